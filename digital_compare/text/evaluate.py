"""Score the labeller against a folder of gold-labelled real news (``digital-compare eval-labels GOLD_DIR``).

A gold folder holds texts (each may open with ``# `` metadata lines, stripped before labelling)
and ``gold_*.yaml`` files with three lists: ``figures`` (file, quote, value, subject, indicator,
year, year_end, status, optional ``also_ok``), ``false_figures`` (numbers that are no quantity)
and ``neutral`` (real numbers that are no data). A labelled record belongs to a gold entry when
it lies inside the entry's quote (which occurs once in its file) and has its value.

Scores: per field, accuracy over the figures found, precision (right / records that say
something, i.e. not null and not ``other``) and recall (right / every gold figure, a missed one
counting against it); all four fields right; extraction recall; non-figures emitted; and a
calibration table (confidence bucket → figures, share fully right).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = ["FIELDS", "GoldSet", "Score", "format_score", "load_gold", "score_gold", "text_body"]

FIELDS = ("subject", "indicator", "year", "status")
#: a record at or above this confidence is trusted; below it, it needs review
TRUSTED = 0.8


_PUBLISHED = re.compile(r"^# .*\bpublished:\s*(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def text_published(raw: str) -> str | None:
    """The publication date a gold text's ``# `` header gives (``published: YYYY-MM-DD``), or None
    ("unknown", or no header): the date an article in the dashboard carries from its manifest."""
    header = raw[: len(raw) - len(text_body(raw))]
    found = _PUBLISHED.search(header)
    return found.group(1) if found else None


def text_body(raw: str) -> str:
    """A gold text without its ``# `` metadata lines and the blank lines after them."""
    lines = raw.splitlines(keepends=True)
    index = 0
    while index < len(lines) and (lines[index].startswith("# ") or not lines[index].strip()):
        index += 1
    return "".join(lines[index:])


@dataclass
class GoldSet:
    texts: dict[str, str]
    figures: list[dict]
    false_figures: list[dict]
    neutral: list[dict]
    #: each text's publication date from its header (None where unknown)
    published: dict[str, str | None] = field(default_factory=dict)


def load_gold(folder: Path, gold_files: list[str] | None = None) -> GoldSet:
    """Every ``gold_*.yaml`` of ``folder`` (or only the named ones) and the texts they point at."""
    entries: dict[str, list[dict]] = {"figures": [], "false_figures": [], "neutral": []}
    paths = [folder / name for name in gold_files] if gold_files else sorted(folder.glob("gold_*.yaml"))
    for path in paths:
        for key, values in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            entries.setdefault(key, []).extend(values or [])
    files = sorted({e["file"] for part in entries.values() for e in part})
    raws = {name: (folder / name).read_text(encoding="utf-8") for name in files}
    return GoldSet({name: text_body(raw) for name, raw in raws.items()}, entries["figures"], entries["false_figures"],
                   entries["neutral"], {name: text_published(raw) for name, raw in raws.items()})


def _close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _field_right(name: str, record: dict, gold: dict) -> bool:
    also = (gold.get("also_ok") or {}).get(name, [])
    if name == "year":
        wanted = [(gold["year"], gold.get("year_end"))] + [(y, gold.get("year_end")) for y in also]
        return (record["year"], record["year_end"]) in wanted
    return record[name] in [gold[name], *also]


def _says(name: str, record: dict) -> bool:
    value = record.get(name)
    return value is not None and value != "other"


@dataclass
class Score:
    scored: int = 0
    found: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    said: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    said_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    all_four: int = 0
    false_emitted: int = 0
    unjudged: int = 0
    records: int = 0
    buckets: dict[float, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: (file, record, all four right) for every gold figure found
    matched: list[tuple[str, dict, bool]] = field(default_factory=list)
    #: the gold entry of each of :attr:`matched`, in the same order
    matched_gold: list[dict] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("scored", "found", "all_four", "false_emitted", "unjudged", "records"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in FIELDS:
            self.right[name] += other.right[name]
            self.said[name] += other.said[name]
            self.said_right[name] += other.said_right[name]
        for bucket, (n, k) in other.buckets.items():
            have = self.buckets.setdefault(bucket, [0, 0])
            have[0] += n
            have[1] += k
        self.errors.extend(other.errors)


def score_gold(gold: GoldSet, labeller: Callable[[str, str], list[dict]]) -> Score:
    """Label every gold text with ``labeller(text, name)`` and score the records against the gold."""
    records = {name: labeller(text, name) for name, text in gold.texts.items()}
    used: dict[str, set[int]] = {name: set() for name in gold.texts}
    score = Score(records=sum(len(r) for r in records.values()))

    def match(entry: dict):
        text = gold.texts[entry["file"]]
        if entry["quote"] not in text:
            return "header"
        start = text.index(entry["quote"])
        end = start + len(entry["quote"])
        for index, record in enumerate(records[entry["file"]]):
            if index not in used[entry["file"]] and record["start"] >= start and record["end"] <= end \
                    and _close(record["value"], entry["value"]):
                used[entry["file"]].add(index)
                return record
        return None

    for entry in gold.figures:
        record = match(entry)
        if record == "header":
            continue
        score.scored += 1
        if record is None:
            score.errors.append(f"MISSED {entry['file']}: {entry['quote']}")
            continue
        score.found += 1
        rights = [_field_right(name, record, entry) for name in FIELDS]
        score.all_four += all(rights)
        score.matched.append((entry["file"], record, all(rights)))
        score.matched_gold.append(entry)
        for name, ok in zip(FIELDS, rights, strict=True):
            score.right[name] += ok
            score.said[name] += _says(name, record)
            score.said_right[name] += ok and _says(name, record)
            if not ok:
                want = (entry["year"], entry.get("year_end")) if name == "year" else entry[name]
                got = (record["year"], record["year_end"]) if name == "year" else record[name]
                score.errors.append(f"{entry['file']}: {entry['quote']!r} {name}: gold {want} got {got}"
                                    f" (confidence {record.get('confidence')})")
        bucket = min(int(float(record.get("confidence") or 0) * 10), 9) / 10
        tally = score.buckets.setdefault(bucket, [0, 0])
        tally[0] += 1
        tally[1] += all(rights)
    for entry in gold.false_figures:
        record = match(entry)
        if record not in (None, "header"):
            score.false_emitted += 1
            score.errors.append(f"NOT A FIGURE {entry['file']}: {entry['quote']!r}")
    for entry in gold.neutral:
        match(entry)
    score.unjudged = sum(len(records[name]) - len(used[name]) for name in gold.texts)
    return score


def format_score(score: Score, title: str = "") -> str:
    found = max(score.found, 1)
    lines = [title] if title else []
    lines.append(f"figures in gold {score.scored}; found {score.found}; extraction recall "
                 f"{score.found / max(score.scored, 1):.3f}; records {score.records}")
    lines.append(f"  {'field':<10} {'accuracy':>8} {'precision':>9} {'recall':>7}")
    for name in FIELDS:
        precision = score.said_right[name] / score.said[name] if score.said[name] else 1.0
        recall = score.right[name] / max(score.scored, 1)
        lines.append(f"  {name:<10} {score.right[name] / found:8.3f} {precision:9.3f} {recall:7.3f}")
    lines.append(f"  all four   {score.all_four / found:8.3f}")
    lines.append(f"non-figures emitted: {score.false_emitted} (records matching no gold entry: {score.unjudged})")
    lines.append("calibration: confidence bucket -> figures, share fully right")
    for bucket in sorted(score.buckets):
        n, k = score.buckets[bucket]
        lines.append(f"  {bucket:.1f}  {n:4d}  {k / n:.2f}")
    trusted = [score.buckets[b] for b in score.buckets if b >= TRUSTED - 1e-9]
    n = sum(t[0] for t in trusted)
    k = sum(t[1] for t in trusted)
    lines.append(f"  >= {TRUSTED:.1f}: {n} figures, {k / n if n else 0:.2f} fully right; "
                 f"below (needs review): {score.found - n}")
    return "\n".join(lines)


def _calibration_lines(pairs: list[tuple[float, bool]]) -> list[str]:
    buckets: dict[float, list[int]] = {}
    for probability, right in pairs:
        tally = buckets.setdefault(min(int(probability * 10), 9) / 10, [0, 0])
        tally[0] += 1
        tally[1] += right
    lines = [f"  {b:.1f}  {n:4d}  {k / n:.2f}" for b, (n, k) in sorted(buckets.items())]
    trusted = [(n, k) for b, (n, k) in buckets.items() if b >= TRUSTED - 1e-9]
    n, k = sum(t[0] for t in trusted), sum(t[1] for t in trusted)
    lines.append(f"  >= {TRUSTED:.1f}: {n} figures, {k / n if n else 0:.2f} fully right; below (needs review): {len(pairs) - n}")
    return lines


#: L2 penalty and steps of the confidence model's fit: few features, a few hundred figures
L2, STEPS, RATE = 10.0, 800, 1.0


def fit_confidence_model(samples: list[tuple[list[str], bool]]) -> dict:
    """A logistic regression of "all four labels right" on the labeller's features, fitted by
    gradient descent with an L2 penalty (plain Python: a few hundred samples, a few dozen features)."""
    names = sorted({f for features, _ in samples for f in features})
    index = {name: i for i, name in enumerate(names)}
    rows = [[index[f] for f in features] for features, _ in samples]
    targets = [1.0 if right else 0.0 for _, right in samples]
    weights, bias, n = [0.0] * len(names), 0.0, max(len(samples), 1)
    for _ in range(STEPS):
        grad, grad_bias = [0.0] * len(names), 0.0
        for row, target in zip(rows, targets, strict=True):
            z = bias + sum(weights[i] for i in row)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - target
            grad_bias += error
            for i in row:
                grad[i] += error
        bias -= RATE * grad_bias / n
        weights = [w - RATE * (g / n + L2 * w / n) for w, g in zip(weights, grad, strict=True)]
    return {"bias": round(bias, 4), "weights": {name: round(w, 4) for name, w in zip(names, weights, strict=True)},
            "trained_on": len(samples)}


def _labelled_with_features(text: str, name: str, published: str | None = None) -> list[dict]:
    from digital_compare.text.extract import extract_mentions
    from digital_compare.text.labeller import label_figures

    features: list[list[str]] = []
    records = label_figures(text, extract_mentions(text, name), published=published, features_out=features)
    for record, found in zip(records, features, strict=True):
        record["_features"] = found
    return records


def cross_validate_confidence(folder: Path, folds: int = 5) -> str:
    """The confidence model fitted on the files of ``folds - 1`` folds, scored on the last; every
    fold in turn (k-fold by file: no text is scored by a model that saw it)."""
    from digital_compare.text.labeller import model_probability

    gold = load_gold(folder)
    score = score_gold(gold, lambda text, name: _labelled_with_features(text, name, gold.published.get(name)))
    files = sorted({file for file, _, _ in score.matched})
    fold_of = {file: i % folds for i, file in enumerate(files)}
    pairs = []
    for fold in range(folds):
        train = [(r["_features"], ok) for f, r, ok in score.matched if fold_of[f] != fold]
        model = fit_confidence_model(train)
        pairs += [(model_probability(model, r["_features"]), ok) for f, r, ok in score.matched if fold_of[f] == fold]
    lines = [f"== confidence model, {folds}-fold cross-validation by file ({len(files)} texts, {len(pairs)} figures)",
             "calibration: held-out confidence bucket -> figures, share fully right", *_calibration_lines(pairs)]
    return "\n".join(lines)


def train_confidence(folder: Path, out: Path) -> str:
    """Fit the confidence model on every gold figure of ``folder`` and write it to ``out``."""
    import json

    gold = load_gold(folder)
    score = score_gold(gold, lambda text, name: _labelled_with_features(text, name, gold.published.get(name)))
    model = fit_confidence_model([(r["_features"], ok) for _, r, ok in score.matched])
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return f"confidence model: {len(model['weights'])} features from {model['trained_on']} figures -> {out}"


def _default_labeller(text: str, name: str) -> list[dict]:
    from digital_compare.text.labeller import label_text

    return label_text(text, name)


def run(folder: Path, show: bool = False, split: bool = False, cv: bool = False,
        labeller: Callable[[str, str], list[dict]] | None = None, dated: bool = True) -> str:
    """The report ``eval-labels`` prints: the whole set, then (``split``) each gold file alone, then
    (``cv``) the confidence model's calibration under cross-validation by file. With ``dated`` (the
    default labeller only), each text is labelled with the publication date its header gives, as an
    article in the dashboard is with its manifest's; without, as if no date were known."""
    if not folder.is_dir() or not list(folder.glob("gold_*.yaml")):
        return f"eval-labels: skipped, no gold_*.yaml in {folder}"
    gold = load_gold(folder)
    if labeller is None:
        from digital_compare.text.labeller import label_text

        dates = gold.published if dated else {}

        def labeller(text: str, name: str) -> list[dict]:
            return label_text(text, name, published=dates.get(name))

    whole = score_gold(gold, labeller)
    parts = [format_score(whole, f"== {folder} (all gold files)")]
    if split:
        for path in sorted(folder.glob("gold_*.yaml")):
            parts.append(format_score(score_gold(load_gold(folder, [path.name]), labeller), f"== {path.name} alone"))
    if cv:
        parts.append(cross_validate_confidence(folder))
    if show:
        parts.append("\n".join(whole.errors))
    return "\n\n".join(parts)


@dataclass
class YearExample:
    """One gold figure the labeller found: its candidate years, the right ones, and whether the
    rules had its other three fields right (for all four under a new year)."""

    file: str
    candidates: list
    right: set
    rules: tuple
    others_right: bool


def year_examples(folder: Path) -> list[YearExample]:
    """Every found gold figure of ``folder`` with its candidate years as the rules left them
    (texts labelled with their headers' publication dates)."""
    from digital_compare.text.extract import extract_mentions
    from digital_compare.text.labeller import label_figures

    gold = load_gold(folder)
    candidates_of: dict[int, list] = {}

    def labeller(text: str, name: str) -> list[dict]:
        found: list = []
        records = label_figures(text, extract_mentions(text, name), published=gold.published.get(name),
                                year_candidates_out=found)
        for record, candidates in zip(records, found, strict=True):
            candidates_of[id(record)] = candidates
        return records

    score = score_gold(gold, labeller)
    examples = []
    for (file, record, _), entry in zip(score.matched, score.matched_gold, strict=True):
        also = (entry.get("also_ok") or {}).get("year", [])
        right = {(entry["year"], entry.get("year_end"))} | {(y, entry.get("year_end")) for y in also}
        others = all(_field_right(name, record, entry) for name in FIELDS if name != "year")
        examples.append(YearExample(f"{folder.name}/{file}", candidates_of[id(record)], right,
                                    (record["year"], record["year_end"]), others))
    return examples


def _chosen_years(model: dict, examples: list[YearExample]) -> list[tuple]:
    from digital_compare.text.year_model import choose

    picks = []
    for example in examples:
        best, share = choose(model, example.candidates)
        picks.append(((best.year, best.year_end), share))
    return picks


def _tally(examples: list[YearExample], years: list[tuple]) -> tuple[int, int]:
    year_right = sum(y in e.right for e, y in zip(examples, years, strict=True))
    all_four = sum(y in e.right and e.others_right for e, y in zip(examples, years, strict=True))
    return year_right, all_four


#: the softmax share above which the year model overrides the rules' choice, tried under cross-validation
OVERRIDE_SHARES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def cross_validate_years(folders: list[Path], folds: int = 5) -> tuple[str, dict]:
    """The year model fitted on the files of ``folds - 1`` folds (every development folder pooled),
    scored on the last, every fold in turn: year accuracy and all four, the rules' against the
    model's (for each override share), per fold and in total."""
    from digital_compare.text.year_model import fit_year_model

    examples = [e for folder in folders for e in year_examples(folder)]
    files = sorted({e.file for e in examples})
    folds = max(1, min(folds, len(files)))  # a fold per text at most: none is left empty
    fold_of = {file: i % folds for i, file in enumerate(files)}
    header = f"{'fold':<5}{'figs':>5}{'rules yr':>9}{'rules 4':>8}" + "".join(f"{f'>{t:.1f} yr':>9}{'4':>5}" for t in OVERRIDE_SHARES)
    lines = [f"== year model, {folds}-fold cross-validation by file ({len(files)} texts, {len(examples)} figures; "
             f"a right year among the candidates for {sum(any((c.year, c.year_end) in e.right for c in e.candidates) for e in examples)})",
             header]
    totals = {"rules": [0, 0], **{t: [0, 0] for t in OVERRIDE_SHARES}, "n": 0}
    for fold in range(folds):
        train = [e for e in examples if fold_of[e.file] != fold]
        test = [e for e in examples if fold_of[e.file] == fold]
        model = fit_year_model([(e.candidates, e.right) for e in train])
        picks = _chosen_years(model, test)
        rules = _tally(test, [e.rules for e in test])
        row = f"{fold:<5}{len(test):>5}{rules[0] / len(test):9.3f}{rules[1] / len(test):8.3f}"
        totals["n"] += len(test)
        totals["rules"][0] += rules[0]
        totals["rules"][1] += rules[1]
        for share in OVERRIDE_SHARES:
            years = [pick if (pick != e.rules and s >= share) else e.rules for e, (pick, s) in zip(test, picks, strict=True)]
            got = _tally(test, years)
            totals[share][0] += got[0]
            totals[share][1] += got[1]
            row += f"{got[0] / len(test):9.3f}{got[1] / len(test):5.2f}"
        lines.append(row)
    n = max(totals["n"], 1)
    lines.append(f"{'all':<5}{n:>5}{totals['rules'][0] / n:9.3f}{totals['rules'][1] / n:8.3f}"
                 + "".join(f"{totals[t][0] / n:9.3f}{totals[t][1] / n:5.2f}" for t in OVERRIDE_SHARES))
    return "\n".join(lines), totals


def train_year_model(folders: list[Path], out: Path, override_above: float) -> str:
    """Fit the year model on every found gold figure of ``folders`` and write it to ``out`` with the
    softmax share above which it overrides the rules' year."""
    import json

    from digital_compare.text.year_model import fit_year_model

    examples = [e for folder in folders for e in year_examples(folder)]
    model = fit_year_model([(e.candidates, e.right) for e in examples])
    model["override_above"] = override_above
    model["trained_on_folders"] = [folder.name for folder in folders]
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return f"year model: {len(model['weights'])} features from {model['trained_on']} figures -> {out}"
