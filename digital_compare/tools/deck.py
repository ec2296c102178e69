"""``digital-compare deck``: a 16:9 PowerPoint deck of the dashboard's charts, ready to present.

A title slide, one slide per chart (the 1920×1080 picture from the same Kaleido pass as
``export``, its title, one-sentence summary and source line; the summary is also the
picture's alt text), speaker notes with every figure's Thai quote, its English gloss and
the caveats, and a closing slide with the sources and how the figures were extracted.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module for its parser: `extract` must not pay for pandas
    import pandas as pd

__all__ = ["DECK_PAGES", "DeckSlide", "add_subcommand", "build_deck", "deck_slides", "write_deck"]

#: the story pages a deck can be made of, in the dashboard's order
DECK_PAGES = ("china", "vietnam", "compare")
#: runs in Thai need a font with Thai glyphs; Tahoma has them in PowerPoint on Windows and
#: macOS, and LibreOffice substitutes an installed Thai font for it
THAI_FONT = "Tahoma"
_SLIDE_WIDTH_EMU, _SLIDE_HEIGHT_EMU = 12_192_000, 6_858_000  # 13.333 × 7.5 in: 16:9


@dataclass(frozen=True)
class DeckSlide:
    chart_id: str
    title: str
    summary: str
    source: str
    notes: str
    figure: object  # plotly.graph_objects.Figure


def _notes(df: pd.DataFrame, tables: dict, lang: str, summary: str, source: str, spec) -> str:
    """What a presenter needs to answer "where is that from?": quotes, glosses, caveats."""
    import pandas as pd

    from digital_compare.app.i18n import t
    from digital_compare.app.views import chart_facts, check_text, fact_statements

    chart_id = spec.id
    lines = [summary]
    statements = fact_statements(tables, chart_facts(spec, df), lang)
    if statements:  # each figure's whole claim, as the dashboard words it
        lines += ["", t("deck_notes_statements", lang), *(f"• {s}" for s in statements)]
    lines += ["", t("deck_notes_quotes", lang)]
    seen = set()
    metrics = tables["metrics"]
    stated = metrics[metrics["fact"].isin(spec.facts)][["quote", "gloss_en"]]
    quotes = df[["quote", "gloss_en"]] if "quote" in df else df.iloc[0:0]
    quotes = pd.concat([quotes, stated], ignore_index=True).dropna(subset=["quote"])
    for row in quotes.itertuples():
        if row.quote in seen or not isinstance(row.quote, str):
            continue
        seen.add(row.quote)
        lines.append(f"• «{row.quote}»")
        gloss = getattr(row, "gloss_en", None)
        if isinstance(gloss, str) and gloss:
            lines.append(f"  EN: {gloss}")
    if not seen:
        lines.append("• —")
    lines += ["", t("deck_notes_caveats", lang), f"• {source}"]
    # a figure whose year the text does not give keeps the review's year in the tables; it names no year here
    undated = set(metrics.loc[metrics.get("year_status", pd.Series("given", index=metrics.index)) != "given", "fact"])
    dated = df[~df["fact"].isin(undated)] if "fact" in df else df
    years = sorted({int(y) for y in dated.get("year", pd.Series(dtype=float)).dropna()})
    if years:
        lines.append("• " + t("deck_notes_years", lang, years=", ".join(map(str, years))))
    # the province-vs-nation, 2020-vs-2022–2023 caveat is about the growth bars only
    if chart_id == "compare_growth":
        lines.append("• " + t("caveat", lang))
    elif chart_id == "compare_share":
        lines.append("• " + t("share_caveat", lang))
    checks = tables["checks"]
    for check in checks[~checks["passed"].astype(bool)].to_dict("records"):
        if chart_id in ("vn_rankings", "vn_other_claims") and "upu" in check["check"]:
            lines.append(f"• {check_text(check, lang)[1]}")
    return "\n".join(lines)


def deck_slides(tables: dict, lang: str, pages: tuple[str, ...] = DECK_PAGES) -> list[DeckSlide]:
    """One :class:`DeckSlide` per chart of ``pages``, in page order."""
    from digital_compare.app.views import CHARTS, markup_text, source_line

    slides = []
    for page in pages:
        for spec in (s for s in CHARTS if s.page == page):
            df, fig, summary = spec.build(tables, lang)
            source = markup_text(source_line(tables, df, lang), " · ")
            slides.append(DeckSlide(spec.id, markup_text(fig.layout.title.text), summary, source,
                                    _notes(df, tables, lang, summary, source, spec), fig))
    return slides


def _set_font(run, lang: str, size_pt: float | None = None, bold: bool = False, color: str | None = None) -> None:
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font = run.font
    if size_pt:
        font.size = Pt(size_pt)
    font.bold = bold
    if color:
        font.color.rgb = RGBColor.from_string(color)
    if lang == "th" or re.search("[\u0e00-\u0e7f]", run.text):
        font.name = THAI_FONT
        rpr = run._r.get_or_add_rPr()
        for tag in ("a:ea", "a:cs"):  # Thai is a complex script: PowerPoint reads its font from <a:cs>
            element = rpr.find(qn(tag))
            if element is None:
                element = rpr.makeelement(qn(tag), {})
                rpr.append(element)
            element.set("typeface", THAI_FONT)


def _text_box(slide, left, top, width, height, text: str, lang: str, size_pt: float, bold: bool = False,
              color: str = "222222"):
    from pptx.util import Emu

    box = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        _set_font(run, lang, size_pt, bold, color)
    return box


def write_deck(slides: list[DeckSlide], pictures: list[Path], out: Path, lang: str, tables: dict,
               built: dt.date) -> Path:
    """The .pptx file of ``slides``, each with its rendered picture."""
    from pptx import Presentation
    from pptx.util import Emu

    from digital_compare.app.i18n import t
    from digital_compare.app.views import article_source

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(_SLIDE_WIDTH_EMU), Emu(_SLIDE_HEIGHT_EMU)
    blank = deck.slide_layouts[6]
    width, height = _SLIDE_WIDTH_EMU, _SLIDE_HEIGHT_EMU
    margin = width // 30
    articles = tables["articles"].set_index("id")

    title_slide = deck.slides.add_slide(blank)
    _text_box(title_slide, margin, height // 4, width - 2 * margin, height // 6, t("app_title", lang), lang, 40, True)
    lines = [article_source(a, lang) for _, a in articles.iterrows()]
    _text_box(title_slide, margin, height // 4 + height // 6, width - 2 * margin, height // 3,
              "\n".join([t("app_tagline", lang), "", *lines, "", t("deck_built", lang, date=built.isoformat())]),
              lang, 16, color="444444")

    for slide_data, picture in zip(slides, pictures):
        slide = deck.slides.add_slide(blank)
        _text_box(slide, margin, height // 40, width - 2 * margin, height // 10, slide_data.title, lang, 26, True)
        pic_height = int(height * 0.66)
        pic_width = pic_height * 16 // 9
        pic = slide.shapes.add_picture(str(picture), Emu((width - pic_width) // 2), Emu(height * 13 // 100),
                                       Emu(pic_width), Emu(pic_height))
        pic._element.nvPicPr.cNvPr.set("descr", slide_data.summary)  # the picture's alt text
        _text_box(slide, margin, height * 80 // 100, width - 2 * margin, height // 10, slide_data.summary, lang, 14)
        _text_box(slide, margin, height * 92 // 100, width - 2 * margin, height // 16, slide_data.source, lang, 10,
                  color="666666")
        notes = slide.notes_slide.notes_text_frame
        notes.text = slide_data.notes
        for paragraph in notes.paragraphs:
            for run in paragraph.runs:
                _set_font(run, lang)

    sources = deck.slides.add_slide(blank)
    _text_box(sources, margin, height // 20, width - 2 * margin, height // 10, t("deck_sources_title", lang), lang, 28, True)
    lines = [f"• {article_source(a, lang)}" for _, a in articles.iterrows()]
    _text_box(sources, margin, height // 5, width - 2 * margin, height * 7 // 10,
              "\n".join([*lines, "", t("deck_method", lang)]), lang, 16)
    out.parent.mkdir(parents=True, exist_ok=True)
    deck.save(str(out))
    return out


def build_deck(out: Path | str, lang: str = "th", pages: tuple[str, ...] = DECK_PAGES, tables: dict | None = None) -> Path:
    """Render the charts of ``pages`` once with Kaleido and write the deck to ``out``."""
    from digital_compare.paths import TABLES_DIR
    from digital_compare.tables.store import TABLE_NAMES, read_table
    from digital_compare.tools.export import LAYOUT_HEIGHT, LAYOUT_WIDTH, PNG_SCALE, render_figures

    if tables is None:
        tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    slides = deck_slides(tables, lang, pages)
    built = dt.date.fromtimestamp((TABLES_DIR / "articles.csv").stat().st_mtime) if (TABLES_DIR / "articles.csv").exists() \
        else dt.date.today()
    with tempfile.TemporaryDirectory(prefix="dc-deck-") as tmp:
        pictures = [Path(tmp) / f"{s.chart_id}.png" for s in slides]
        render_figures([(s.chart_id, s.figure) for s in slides], pictures, "png")
        assert (LAYOUT_WIDTH * PNG_SCALE, LAYOUT_HEIGHT * PNG_SCALE) == (1920, 1080)
        return write_deck(slides, pictures, Path(out), lang, tables, built)


def cmd_deck(args) -> int:
    from digital_compare.tools.cli import CliError

    pages = tuple(p.strip() for p in args.page.split(",") if p.strip()) if args.page else DECK_PAGES
    unknown = [p for p in pages if p not in DECK_PAGES]
    if unknown or not pages:
        raise CliError(f"--page takes {', '.join(DECK_PAGES)} (comma-separated); not {', '.join(unknown) or 'nothing'}")
    if not str(args.out).lower().endswith(".pptx"):
        raise CliError(f"--out must name a .pptx file, not {args.out}")
    started = time.perf_counter()
    path = build_deck(Path(args.out), args.lang, pages)
    print(f"wrote {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("deck", help="write a 16:9 PowerPoint deck of the charts, with sources and quotes in the notes")
    p.add_argument("--out", required=True, help="the .pptx file to write")
    p.add_argument("--lang", choices=("th", "en"), default="th")
    p.add_argument("--page", help=f"comma-separated story pages (default: {','.join(DECK_PAGES)})")
    p.set_defaults(func=cmd_deck)
