"""A 16:9 PowerPoint deck of chosen charts, ready to present; made by the dashboard's deck tray
and by ``digital-compare deck``.

A title slide naming the articles behind the chosen charts, one slide per chart (its title,
the 1920×1080 picture without title or source inside it, the one-sentence summary, which is
also the picture's alt text, and the source line: each said once), speaker notes with every
figure's Thai quote, its English gloss and the caveats, and a closing slide with the sources
of those charts only and how the figures were extracted.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module for its parser: `extract` must not pay for pandas
    import pandas as pd

__all__ = ["DECK_PAGES", "DeckSlide", "build_deck", "deck_bytes", "deck_chart_ids", "deck_notes", "deck_slides", "write_deck"]

#: the story pages a deck can be made of, in the dashboard's order
DECK_PAGES = ("china", "vietnam", "compare")
#: runs in Thai need a font with Thai glyphs; Tahoma has them in PowerPoint on Windows and
#: macOS, and LibreOffice substitutes an installed Thai font for it
THAI_FONT = "Tahoma"
#: the deck's languages as PowerPoint names them (a run's ``lang``, the file's core language)
LANGUAGE_TAGS = {"th": "th-TH", "en": "en-US"}
_SLIDE_WIDTH_EMU, _SLIDE_HEIGHT_EMU = 12_192_000, 6_858_000  # 13.333 × 7.5 in: 16:9


def deck_chart_ids(pages: tuple[str, ...] = DECK_PAGES) -> tuple[str, ...]:
    """The charts of ``pages``, in page order."""
    from digital_compare.app.views import CHARTS

    return tuple(spec.id for page in pages for spec in CHARTS if spec.page == page)


@dataclass(frozen=True)
class DeckSlide:
    chart_id: str
    title: str
    summary: str
    source: str
    notes: str
    picture: object  # outputs.render.SizedFigure: the chart without its title and source
    article_ids: tuple[str, ...] = ()


def _notes(df: pd.DataFrame, tables: dict, lang: str, summary: str, source: str, spec) -> str:
    """What a presenter needs to answer "where is that from?": quotes, glosses, caveats."""
    import pandas as pd

    from digital_compare.app.formatting import quoted
    from digital_compare.app.i18n import t
    from digital_compare.app.views import (chart_caution, chart_facts, check_text, fact_figure, fact_period,
                                           fact_statements, shown_quote)

    chart_id = spec.id
    lines = [summary]
    metrics = tables["metrics"]
    # in the order the article gives them ("528 and 1,086", not 1,086 first as the bars are sorted)
    where = metrics.drop_duplicates("fact").set_index("fact")
    facts = sorted(chart_facts(spec, df), key=lambda f: (str(where.at[f, "article_id"]), float(where.at[f, "start"]),
                                                        float(where.at[f, "mention_start"]) if pd.notna(where.at[f, "mention_start"]) else 0.0)
                   if f in where.index else ("~", 0.0, 0.0))
    statements = fact_statements(tables, facts, lang)
    if statements:  # each figure's whole claim, as the dashboard words it
        lines += ["", t("deck_notes_statements", lang), *(f"• {s}" for s in statements)]
    lines += ["", t("deck_notes_terms" if "term" in df else "deck_notes_quotes", lang)]
    seen = set()
    stated = metrics[metrics["fact"].isin(spec.facts)][["quote", "gloss_en", "article_id", "start"]]
    quotes = df[[c for c in ("quote", "gloss_en", "article_id", "start") if c in df]] if "quote" in df else df.iloc[0:0]
    if "theme" in df:  # the themes matrix joins a cell's quotes with " | ": here each is its own “…”
        themes = tables["themes"]
        cells = df[df["quotes"] > 0][["theme", "country"]].to_records(index=False).tolist()
        quotes = pd.concat([themes[(themes["theme"] == theme) & (themes["country"] == country)][["quote", "gloss_en"]]
                            for theme, country in cells] or [quotes.iloc[0:0]], ignore_index=True)
    quotes = pd.concat([quotes, stated], ignore_index=True).dropna(subset=["quote"])
    timeline = "date" in df
    # a timeline's quotes in the order its marks are drawn (by date); any other chart's in the article's order,
    # as the statements are
    if not timeline and "start" in quotes and quotes["start"].notna().all():
        quotes = quotes.sort_values(["article_id", "start"], kind="stable")
    not_quoted = t("no_evidence", lang)
    for row in quotes.itertuples():
        # "not addressed by the article" is the dashboard's word, not a quote: it is a plain note below
        if row.quote in seen or not isinstance(row.quote, str) or row.quote == not_quoted:
            continue
        seen.add(row.quote)
        lines.append(f"• {quoted(shown_quote(row.quote))}")
        gloss = getattr(row, "gloss_en", None)
        if lang == "en" and isinstance(gloss, str) and gloss:  # the Thai deck's reader reads the quote itself
            lines.append(f"  EN: {gloss}")
    if not seen:
        lines.append("• —")
    if "quote" in df and "theme_label" in df and "country_label" in df:
        absent = df[df["quote"] == not_quoted]
        for country, part in absent.groupby("country_label", sort=False):
            lines += ["", t("deck_notes_not_addressed", lang, country=country, themes=", ".join(part["theme_label"]))]
    lines += ["", t("deck_notes_caveats", lang), f"• {source}"]
    # a figure whose year the text does not give keeps the review's year in the tables; it names no year here
    undated = set(metrics.loc[metrics.get("year_status", pd.Series("given", index=metrics.index)) != "given", "fact"])
    dated = df[~df["fact"].isin(undated)] if "fact" in df else df
    # a claim over years ("2 ปีซ้อน") is of its span, 2022–2023, not of its last year
    first_years = metrics.dropna(subset=["year_first"]).set_index("fact")["year_first"] if "year_first" in metrics else {}
    periods = set()
    # a chart whose rows carry no year (the tasks bar) names the years of the figures it states
    year_rows = (dated.to_dict("records") if "year" in dated else
                 metrics[metrics["fact"].isin(facts) & ~metrics["fact"].isin(undated)].to_dict("records"))
    for row in year_rows:
        if pd.isna(row.get("year")):
            continue
        first = first_years.get(row.get("fact")) if isinstance(row.get("fact"), str) else None
        year = int(row["year"])
        periods.add((int(first), year) if first is not None and int(first) != year else (year, year))
    # a figure on the slide whose year is not given or unclear is named with its period, not left out silently
    unsure = [f"{fact_figure(row, lang)}: {fact_period(row, lang)}"
              for row in metrics[metrics["fact"].isin(facts) & metrics["fact"].isin(undated)].drop_duplicates("fact").to_dict("records")]
    # a year the slide qualifies ("ณ การประเมินปี ค.ศ. 2023", "ภายในสิ้นปี ค.ศ. 2023") keeps its qualifier here
    based = (metrics[metrics["fact"].isin(facts) & metrics["year_basis"].notna()].drop_duplicates("fact").set_index("fact")
             if "year_basis" in metrics else metrics.iloc[0:0])
    row_facts = {row.get("fact") for row in year_rows if pd.notna(row.get("year"))}
    if periods or unsure:
        years = [f"{a}–{b}" if a != b else str(a) for a, b in sorted(periods)]
        said = ([t("deck_notes_periods", lang, periods=", ".join(dict.fromkeys(
                    fact_period(row, lang) for row in based.reset_index().to_dict("records"))))]
                if len(based) and row_facts <= set(based.index)
                # a timeline's years are its events' dates, not the years of figures
                else [t("deck_notes_event_years" if timeline else "deck_notes_years", lang, years=", ".join(years))]
                * bool(years))
        lines.append("• " + " · ".join(said + unsure))
    caution = chart_caution(chart_id, tables, lang)
    if caution:
        lines.append("• " + caution)
    checks = tables["checks"]
    for check in checks[~checks["passed"].astype(bool)].to_dict("records"):
        if chart_id in ("vn_rankings", "vn_other_claims") and "upu" in check["check"]:
            detail = check_text(check, lang)[1]
            lines.append(f"• {detail[:1].upper()}{detail[1:]}")  # a bullet opens as a sentence does
    return "\n".join(lines)


def deck_notes(tables: dict, lang: str, chart_ids: tuple[str, ...]) -> dict[str, str]:
    """Each chart's speaker notes, as :func:`deck_slides` writes them, without drawing the pictures."""
    from digital_compare.app.views import chart_by_id, markup_text, source_line

    notes = {}
    for chart_id in chart_ids:
        spec = chart_by_id(chart_id)
        df, fig, summary = spec.build(tables, lang)
        notes[chart_id] = _notes(df, tables, lang, summary, markup_text(source_line(tables, df, lang), " · "), spec)
    return notes


def deck_slides(tables: dict, lang: str, chart_ids: tuple[str, ...]) -> list[DeckSlide]:
    """One :class:`DeckSlide` per chart of ``chart_ids``, in that order."""
    from digital_compare.app.views import chart_by_id, markup_text, source_line
    from digital_compare.outputs.render import sized_figure

    slides = []
    for chart_id in chart_ids:
        spec = chart_by_id(chart_id)
        df, fig, summary = spec.build(tables, lang)
        source = markup_text(source_line(tables, df, lang), " · ")
        picture = sized_figure(spec.id, lambda spec=spec, df=df: spec.draw(tables, df, lang), bare=True)
        article_ids = tuple(dict.fromkeys(df["article_id"].dropna())) if "article_id" in df else ()
        meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
        title = meta.get("title") or markup_text(fig.layout.title.text)  # as written: wrapped Thai rejoined gains spaces
        slides.append(DeckSlide(spec.id, title, summary, source,
                                _notes(df, tables, lang, summary, source, spec), picture, article_ids))
    return slides


def deck_title(articles: pd.DataFrame, lang: str) -> str:
    """The dashboard's title for a deck of both countries; else the one country its charts are about."""
    from digital_compare.app.i18n import t

    countries = set(articles["country"])
    if countries == {"CN"}:
        return t("deck_title_cn", lang)
    if countries == {"VN"}:
        return t("deck_title_vn", lang)
    return t("app_title", lang)


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
    rpr = run._r.get_or_add_rPr()
    thai = bool(re.search("[\u0e00-\u0e7f]", run.text))
    # the language PowerPoint proofs the run in: without it, Thai is checked as English and underlined throughout
    rpr.set("lang", LANGUAGE_TAGS["th"] if thai else LANGUAGE_TAGS[lang])
    if thai and lang != "th":
        rpr.set("altLang", LANGUAGE_TAGS[lang])
    if lang == "th" or thai:
        font.name = THAI_FONT
        for tag in ("a:ea", "a:cs"):  # Thai is a complex script: PowerPoint reads its font from <a:cs>
            element = rpr.find(qn(tag))
            if element is None:
                element = rpr.makeelement(qn(tag), {})
                rpr.append(element)
            element.set("typeface", THAI_FONT)


#: python-pptx's text box insets (0.1 in each side, 0.05 in above and below), in EMU
_INSET_X_EMU, _INSET_Y_EMU = 91_440, 45_720
_EMU_PER_PT = 12_700
#: a line of Tahoma, single-spaced, with Thai marks above and below: 1.21 em measured from its metrics, with room
LINE_SPACING_EM = 1.25
#: room between stacked boxes on a slide
_GAP_EMU = _SLIDE_HEIGHT_EMU // 75


def text_lines(text: str, width_emu: int, size_pt: float) -> int:
    """Lines ``text`` takes in a box ``width_emu`` wide at ``size_pt``, wrapped as the charts wrap theirs
    (:mod:`digital_compare.app.layout`: between the tokenizer's words, the wider script's width a character)."""
    from digital_compare.app import layout

    chars = layout.chars_per_line(size_pt, (width_emu - 2 * _INSET_X_EMU) / _EMU_PER_PT)
    return sum(max(1, layout.line_count(layout.wrap_words(line, chars))) for line in str(text).split("\n"))


def text_height(text: str, width_emu: int, size_pt: float) -> int:
    """Height (EMU) of the box that holds ``text`` at ``width_emu`` and ``size_pt``, insets included."""
    return round(text_lines(text, width_emu, size_pt) * size_pt * LINE_SPACING_EM * _EMU_PER_PT) + 2 * _INSET_Y_EMU


def _text_box(slide, left, top, width, height, text: str, lang: str, size_pt: float, bold: bool = False,
              color: str = "222222"):
    from pptx.util import Emu

    box = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))
    frame = box.text_frame
    frame.word_wrap = True
    _write_lines(frame, text, lang, size_pt, bold, color)
    return box


#: a stretch of Thai, with the spaces, digits and punctuation between its words («ปี 2566 และ 2564»)
_THAI_STRETCH = re.compile(r"[\u0e00-\u0e7f]+(?:[^A-Za-z\u0e00-\u0e7f]*[\u0e00-\u0e7f]+)*")


def _script_parts(line: str, lang: str) -> list[str]:
    """``line`` cut where it passes between Thai and the English deck's English, so each run is proofed
    in its own language (a Thai quote inside an English summary); the Thai deck's lines stay whole."""
    if lang == "th":
        return [line]
    parts, start = [], 0
    for match in _THAI_STRETCH.finditer(line):
        parts += [line[start:match.start()], match.group()]
        start = match.end()
    return [part for part in [*parts, line[start:]] if part] or [line]


def _write_lines(frame, text: str, lang: str, size_pt: float | None = None, bold: bool = False,
                 color: str | None = None) -> None:
    """``text`` into ``frame``, a paragraph a line, each in runs of one script with their font and language."""
    for i, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        for part in _script_parts(line, lang):
            run = paragraph.add_run()
            run.text = part
            _set_font(run, lang, size_pt, bold, color)


def write_deck(slides: list[DeckSlide], pictures: list[Path], out: Path, lang: str, tables: dict,
               built: dt.date) -> Path:
    """The .pptx file of ``slides``, each with its rendered picture."""
    from pptx import Presentation
    from pptx.util import Emu

    from digital_compare.app.formatting import day_words
    from digital_compare.app.i18n import t
    from digital_compare.app.views import article_source

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(_SLIDE_WIDTH_EMU), Emu(_SLIDE_HEIGHT_EMU)
    blank = deck.slide_layouts[6]
    width, height = _SLIDE_WIDTH_EMU, _SLIDE_HEIGHT_EMU
    margin = width // 30
    # only the articles behind the chosen charts, in the order the slides first cite them
    cited = list(dict.fromkeys(a for slide in slides for a in slide.article_ids))
    articles = tables["articles"].set_index("id").loc[[a for a in cited if a in set(tables["articles"]["id"])]]

    title_slide = deck.slides.add_slide(blank)
    title = deck_title(articles, lang)
    # what a file browser, a search and a screen reader announce before the deck is opened
    deck.core_properties.title = title
    deck.core_properties.language = LANGUAGE_TAGS[lang]
    # the dashboard's tagline speaks of both countries: only a deck of both carries it
    tagline = [t("app_tagline", lang), ""] if title == t("app_title", lang) else []
    box_width = width - 2 * margin
    # each box as high as its wrapped lines, stacked: a long title or article list never runs into the next box
    top = height // 4
    top += _text_box(title_slide, margin, top, box_width, text_height(title, box_width, 40), title, lang, 40, True).height
    lines = [article_source(a, lang) for _, a in articles.iterrows()]
    listing = "\n".join([*tagline, *lines, "", t("deck_built", lang, date=day_words(built.isoformat(), lang))])
    _text_box(title_slide, margin, top + _GAP_EMU, box_width, text_height(listing, box_width, 16), listing, lang, 16,
              color="444444")

    for slide_data, picture in zip(slides, pictures):
        slide = deck.slides.add_slide(blank)
        # title at the top, source at the foot, the summary above it, each as high as its lines; the
        # picture takes what is left between (up to 66 % of the slide's height), kept 16:9
        edge = height // 40
        title_box = _text_box(slide, margin, edge, box_width, text_height(slide_data.title, box_width, 26),
                              slide_data.title, lang, 26, True)
        source_height = text_height(slide_data.source, box_width, 10)
        source_top = height - edge - source_height
        summary_size = 14
        picture_top = edge + title_box.height + _GAP_EMU
        # a summary so long the picture would shrink below half the slide's height is set smaller
        while True:
            summary_height = text_height(slide_data.summary, box_width, summary_size)
            summary_top = source_top - _GAP_EMU - summary_height
            pic_height = min(int(height * 0.66), summary_top - _GAP_EMU - picture_top)
            if pic_height >= height // 2 or summary_size <= 12:
                break
            summary_size -= 1
        pic_width = pic_height * 16 // 9
        pic = slide.shapes.add_picture(str(picture), Emu((width - pic_width) // 2), Emu(picture_top),
                                       Emu(pic_width), Emu(pic_height))
        pic._element.nvPicPr.cNvPr.set("descr", slide_data.summary)  # the picture's alt text
        _text_box(slide, margin, summary_top, box_width, summary_height, slide_data.summary, lang, summary_size)
        _text_box(slide, margin, source_top, box_width, source_height, slide_data.source, lang, 10, color="666666")
        _write_lines(slide.notes_slide.notes_text_frame, slide_data.notes, lang)

    sources = deck.slides.add_slide(blank)
    heading = t("deck_sources_title", lang)
    top = height // 20
    top += _text_box(sources, margin, top, box_width, text_height(heading, box_width, 28), heading, lang, 28, True).height
    lines = [f"• {article_source(a, lang)}" for _, a in articles.iterrows()]
    method = "\n".join([*lines, "", t("deck_method", lang)])
    _text_box(sources, margin, top + 2 * _GAP_EMU, box_width, text_height(method, box_width, 16), method, lang, 16)
    out.parent.mkdir(parents=True, exist_ok=True)
    deck.save(str(out))
    return out


def build_deck(out: Path | str, lang: str = "th", chart_ids: tuple[str, ...] | None = None,
               tables: dict | None = None) -> Path:
    """Render the charts ``chart_ids`` (default: every story page's) once with Kaleido and write the deck."""
    from digital_compare.outputs.export import read_or_build_tables
    from digital_compare.outputs.render import PICTURE_SIZE, render_figures
    from digital_compare.paths import TABLES_DIR

    if tables is None:
        tables = read_or_build_tables()
    slides = deck_slides(tables, lang, deck_chart_ids() if chart_ids is None else tuple(chart_ids))
    built = dt.date.fromtimestamp((TABLES_DIR / "articles.csv").stat().st_mtime) if (TABLES_DIR / "articles.csv").exists() \
        else dt.date.today()
    with tempfile.TemporaryDirectory(prefix="dc-deck-") as tmp:
        pictures = [Path(tmp) / f"{s.chart_id}.png" for s in slides]
        render_figures([s.picture for s in slides], pictures, "png")
        assert PICTURE_SIZE == (1920, 1080)
        return write_deck(slides, pictures, Path(out), lang, tables, built)


def deck_of_version(tables_dir: str, lang: str, chart_ids: tuple[str, ...]) -> bytes:
    """The deck of one published version's tables (what the dashboard's worker process makes)."""
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, Path(tables_dir), validate=False) for name in TABLE_NAMES}
    return deck_bytes(lang, chart_ids, tables)


def deck_bytes(lang: str, chart_ids: tuple[str, ...], tables: dict) -> bytes:
    """The .pptx of ``chart_ids`` as bytes (what the dashboard's download button sends)."""
    with tempfile.TemporaryDirectory(prefix="dc-deck-") as tmp:
        return build_deck(Path(tmp) / "deck.pptx", lang, chart_ids, tables).read_bytes()
