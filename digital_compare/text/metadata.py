"""What an article says about itself: its headline, its dateline, the country it is about.

``add`` and the /analyze page prefill an added article's fields from here; the analyst
confirms or corrects them before anything is saved.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_metadata"]

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _published(head: str) -> str | None:
    """A dateline among the first lines: "2024-06-11 13:03:48 | CMG", or a full Thai date ("11 มิ.ย. 2567")."""
    match = _ISO_DATE.search(head)
    if match:
        return match.group(0)
    from digital_compare.text.extract import extract_mentions

    dates = [m for m in extract_mentions(head) if m.kind == "date" and m.date and not m.inferred]
    return dates[0].date if dates else None


def detect_metadata(text: str, wanted: tuple[str, ...] = ("title", "published", "country")) -> dict:
    """Title, publication date and country where the text gives them; None where it does not.

    ``wanted`` names the fields to look for (finding the country reads every place in the text).

    :Example:

        >>> detect_metadata("เวียดนามเร่งเศรษฐกิจดิจิทัล\\n\\n11 มิ.ย. 2567\\nเวียดนามตั้งเป้า 20% ภายในปี 2025")
        {'title': 'เวียดนามเร่งเศรษฐกิจดิจิทัล', 'published': '2024-06-11', 'country': 'VN'}
    """
    from digital_compare.text.labeller import find_places

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    # a headline: one short line that does not run on as a paragraph
    title = first if first and len(first) <= 160 and len(lines) > 1 and not first.endswith((".", "ฯลฯ")) else None
    found = {"title": title, "published": _published("\n".join(lines[:6])) if "published" in wanted else None,
             "country": None}
    if "country" in wanted:
        countries = Counter(p.code.split("-")[0] for p in find_places(text) if p.level != "group")
        found["country"] = countries.most_common(1)[0][0] if countries else None
    return {name: value for name, value in found.items() if name in wanted}
