"""Streamlit helpers shared by the pages: state in the URL, cached tables, the chart block.

This is the only module (with ``ui_*``) that imports Streamlit.
"""

from __future__ import annotations

import contextlib
import html
import re
import threading
import urllib.parse
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from digital_compare.app.figure_cache import ALWAYS_FILTERED, FIGURE_CACHE_FILE, read_figure_cache, read_pictures
from digital_compare import paths
from digital_compare.app.i18n import LANGS, STREAMLIT_TH, STREAMLIT_TH_CALENDAR, STREAMLIT_TH_PREFIXES, label, plotly_locale, t
from digital_compare.app import layout
from digital_compare.app.layout import PROSE_TERMS, names_kept_whole
from digital_compare.app.memo import Memo, kept
from digital_compare.app.views import (
    ChartSpec,
    Filters,
    apply_filters,
    article_sources,
    chart_alt_text,
    chart_by_id,
    chart_caution,
    chart_sources,
    markup_text,
    story_figures,
    table_tab_frame,
    DEFAULT_FILTERS,
    WIDE_CHARTS,
)
from digital_compare.csv_safe import dataframe_to_safe_csv
from digital_compare.outputs.deck import DECK_PAGES, deck_chart_ids
from digital_compare.outputs.render import LAYOUT_WIDTHS, picture_height, sized_figure
from digital_compare.tables.store import TABLE_NAMES, TableError, read_meta, read_table
from digital_compare.app.navigation import PAGE_FILES, PAGE_META
from digital_compare.workspace.store import SYSTEM as SYSTEM_ACTOR

__all__ = [
    "chart_block", "current_lang", "deck_tray", "download_csv", "is_present", "load_tables", "md_escape", "md_literal",
    "plotly_config", "source_caption",
]

#: highlight colours of the article reader, one per kind of figure, the three kinds of time sharing one.
#: Chosen by search so that every pair stays at least 10 CAM02-UCS apart under simulated deuteranomaly,
#: protanomaly and tritanomaly (tests/test_accessibility.py), with the text at 9:1 or more on each;
#: the kind is also each highlight's title, so colour never carries it alone.
KIND_COLORS = {"percent": "#7BDDEC", "money": "#E4C766", "count": "#D7FCDA", "multiplier": "#BDD0C4", "rank": "#F7F68F",
               "level": "#CECD9B", "ordinal": "#BFA6FF", "year": "#AEF7F3", "year_range": "#AEF7F3", "date": "#AEF7F3"}
#: the camera button's PNG: 960×540 CSS pixels at scale 3 = 2880×1620, 16:9.
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 960, 540, 3


#: uploads a session keeps in the server: the uploader takes one file (and its replacement); the upload
#: endpoint takes any number, and a visitor who sent 400 files of 2 MB held 800 MB until they left
UPLOADS_PER_SESSION = 2


def bound_uploads(manager=None) -> None:
    """Keep only each session's newest :data:`UPLOADS_PER_SESSION` uploads (Streamlit's own file manager,
    which every upload goes through, whether or not a widget ever refers to it)."""
    if manager is None:
        from streamlit.runtime import Runtime

        if not Runtime.exists():
            return
        manager = Runtime.instance().uploaded_file_mgr
    if getattr(manager, "_uploads_bounded", False) or not hasattr(manager, "file_storage"):
        return
    add_file = manager.add_file

    def add_newest(session_id: str, file) -> None:
        add_file(session_id, file)
        older = list(manager.file_storage.get(session_id, {}))[:-UPLOADS_PER_SESSION]
        for file_id in older:
            manager.remove_file(session_id, file_id)

    manager.add_file = add_newest
    manager._uploads_bounded = True


def ensure_routed() -> None:
    """Rerun once through dashboard.py if a page was started without the router.

    On a fresh server the first session's first run of a deep link (``/sources``)
    goes through Streamlit's ``pages/``-directory fallback, which skips the entry
    script; that run switches Streamlit to ``st.navigation`` routing, so one
    rerun brings the sidebar, language and URL state back.
    """
    if not st.session_state.get("_router_ran") and not st.session_state.get("_rerouted"):
        from streamlit.runtime.pages_manager import PagesManager

        # st.navigation clears this flag itself; the pages/-folder fallback never does,
        # so without this every rerun of a deep-linked first session would skip the router.
        PagesManager.uses_pages_directory = False
        st.session_state["_rerouted"] = True
        st.rerun()


def _lang_in_url() -> str:
    """The link's ``lang`` as typed or pasted ("?lang=EN" is English too), "" when absent."""
    return str(st.query_params.get("lang", "")).strip().lower()


def current_lang() -> str:
    """The UI language: the router's ``lang`` switch, else the URL, else Thai."""
    ensure_routed()
    lang = st.session_state.get("lang") or _lang_in_url()
    return lang if lang in LANGS else "th"


def seed_from_url(key: str, options, multi: bool = False, label_text: str | None = None) -> None:
    """Put the URL's value of ``key`` into the widget state when the URL brings a new one.

    A shared link seeds the widgets; afterwards the widget is the source of truth
    and :func:`write_to_url` mirrors it back, also after a page switch drops the query.
    With ``label_text`` (the widget's name), a value the link asks for that is not among the
    options is said, not silently replaced by the default.
    """
    raw = st.query_params.get(key)
    if raw is None or raw == st.session_state.get(f"_url_{key}"):
        return
    asked = raw.split(",") if multi else [raw]
    offered = [v for v in asked if v in options]
    refused = [v for v in asked if v not in options and v]
    if multi and (offered or not refused):
        st.session_state[key] = offered  # "?cat=" (nothing chosen) is a choice too
    elif multi:
        # only values it does not offer: the link is ignored, as said, and the widget shows its default (all)
        st.session_state.pop(key, None)
    elif offered:
        st.session_state[key] = raw
    st.session_state[f"_url_{key}"] = raw
    if label_text and refused:
        lang = current_lang()
        st.warning(t("link_value_not_offered", lang, what=md_escape(label_text), value=_refused_values(refused)),
                   icon=":material/link_off:")


def _refused_values(values: list[str]) -> str:
    """A link's values that are refused, as a warning quotes them: inline code, cut at 40 characters, three at most."""
    return ", ".join(md_literal(v, max_chars=40) for v in values[:3]) + (" …" if len(values) > 3 else "")


def write_to_url(key: str, value, default) -> None:
    serialized = ",".join(value) if isinstance(value, (list, tuple)) else str(value)
    default_serialized = ",".join(default) if isinstance(default, (list, tuple)) else str(default)
    st.session_state[f"_url_{key}"] = serialized
    if serialized == default_serialized:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != serialized:
        st.query_params[key] = serialized


def url_pills(label_text: str, options: list, key: str, format_func=str) -> list:
    """Multi-select pills whose choice lives in the URL as ``key=a,b``; all options when absent.

    Pills rather than a multiselect: the filters have four to nine options, all
    visible at once, and pills share the language switch's script, where the
    multiselect made a first visit load five more script bundles.
    """
    seed_from_url(key, options, multi=True, label_text=label_text)
    if st.session_state.get(f"_options_{key}") not in (None, list(options)):
        st.session_state[key] = list(options)  # new options (another article): start from all of them
    st.session_state[f"_options_{key}"] = list(options)
    chosen = st.pills(label_text, options, selection_mode="multi", default=None if key in st.session_state else options,
                      key=key, format_func=format_func)
    write_to_url(key, chosen, default=options)
    return chosen


def is_present() -> bool:
    return st.session_state.get("present") is True or str(st.query_params.get("present", "")).lower() in ("1", "true")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")
# Streamlit's markdown turns " -- " into " — " and " -> " into " → " (and <-, <->, >=, <=, ~=) in its text after
# the escapes are read: an outlet's title «… -- เส้นทางสี จิ้นผิง (97)» was shown re-punctuated. A word joiner
# (U+2060, invisible, not whitespace to its pattern) before the sequence keeps the text as written.
_MD_TYPOGRAPHY = re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(?=\s|$)")


def md_escape(text: str) -> str:
    """Text shown literally by ``st.markdown`` (no markup, no links, no HTML, no typographic replacement)."""
    text = _MD_TYPOGRAPHY.sub(lambda m: f"{m.group(1)}\u2060{m.group(2)}", str(text))
    return _MD_SPECIAL.sub(r"\\\1", text)


_BACKTICK_RUN = re.compile("`+")


def md_literal(text: str, max_chars: int = 80) -> str:
    """Text a visitor supplied (a URL parameter, a paste), shown by ``st.markdown`` as inline code.

    Inside a code span Markdown makes no link, so a URL stays dead text even where
    escaping alone would leave it auto-linked; newlines are folded and long values cut.

    :Example:

        >>> md_literal("https://evil.example/a`b")
        '`` https://evil.example/a`b ``'
    """
    value = " ".join(str(text).split())
    if len(value) > max_chars:
        value = value[: max_chars - 1] + "…"
    fence = "`" * (max((len(run) for run in _BACKTICK_RUN.findall(value)), default=0) + 1)
    return f"{fence} {value} {fence}"


def published_dir(tables_dir: Path | None = None) -> Path:
    """The version folder ``data/tables`` links to, resolved once per run: every table of a page comes
    from the same published version, even while an analyst's add switches the link."""
    return Path(tables_dir or paths.TABLES_DIR).resolve()


@st.cache_data(show_spinner=False, max_entries=32)
def article_text(article_id: str, path: str) -> str:
    """An articles-table row's text: a curated file of ``data/articles``, or an added article's,
    kept once in the workspace's database (an id names one text for good, so it is cached)."""
    from digital_compare.tables.steps.articles import ADDED_TEXT_PREFIX
    from digital_compare.text.decode import read_article_path

    if path.startswith(ADDED_TEXT_PREFIX):
        from digital_compare.workspace.store import Workspace

        text = Workspace().text(article_id)
        if text is None:
            raise TableError(f"article {article_id}: its text is not in the workspace")
        return text
    return read_article_path(paths.ARTICLES_DIR / path)


def _tables_version(tables_dir: Path, with_figures: bool = False, with_pictures: bool = False) -> tuple:
    tables_dir = published_dir(tables_dir)
    files = [f"{name}.csv" for name in TABLE_NAMES] + ([FIGURE_CACHE_FILE] if with_figures or with_pictures else [])
    # a published version's files never change; the folder names the version, the times guard a plain folder
    version = (str(tables_dir),) + tuple(
        (name, (tables_dir / name).stat().st_mtime_ns if (tables_dir / name).exists() else 0) for name in files)
    # pictures drawn or removed change their folder's time
    return version + ((paths.PICTURE_DIR.stat().st_mtime_ns if paths.PICTURE_DIR.exists() else 0,) if with_pictures else ())


# cache_resource hands every session the same frames (cache_data would unpickle a copy of
# all ten tables on each call); pages only read them.
@kept(max_entries=4)
def _read_tables(version: tuple, tables_dir: str) -> dict[str, pd.DataFrame]:
    return {name: read_table(name, Path(tables_dir), validate=False) for name in TABLE_NAMES}


@kept(max_entries=4)
def _read_metas(version: tuple, tables_dir: str) -> dict[str, dict]:
    return {name: read_meta(name, Path(tables_dir)) for name in TABLE_NAMES}


def load_metas(tables_dir: Path | None = None) -> dict[str, dict]:
    """Each table's sidecar (title, description, columns, sources) of the published version, read once per
    version: with 1,000 added articles the ten sidecars list every source, and reading them took /data's
    rerun to 1.6 s."""
    version = _tables_version(tables_dir)
    return _read_metas(version, version[0])


def load_tables(tables_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """All tables of the published version, cached until another is published. Missing or corrupt
    tables are published again by the workspace once; if that fails too the page shows why and stops."""
    try:
        version = _tables_version(tables_dir)
        return _read_tables(version, version[0])
    except TableError as first_error:
        try:
            from digital_compare.workspace.store import Workspace

            with st.spinner(t("rebuilt", current_lang())):
                Workspace().republish(SYSTEM_ACTOR, f"repair: the published tables were damaged: {first_error}")
            version = _tables_version(tables_dir)
            tables = _read_tables(version, version[0])
            st.toast(t("rebuilt", current_lang()))
            return tables
        except Exception as err:  # noqa: BLE001 — any failure becomes a message, never a traceback
            st.error(t("table_error", current_lang(), cause=f"{first_error}; {err}"))
            st.stop()


@kept(max_entries=4)
def _figure_cache(version: tuple, tables_dir: str) -> dict[str, dict[str, dict]]:
    return read_figure_cache(Path(tables_dir))


def _cached_figure(chart_id: str, lang: str) -> go.Figure | None:
    """The build's drawing of an unfiltered chart, if it still matches tables and code."""
    version = _tables_version(paths.TABLES_DIR, with_figures=True)
    drawn = _figure_cache(version, version[0]).get(chart_id, {}).get(lang)
    if drawn is None:
        return None
    # drawn by the same builders and validated then; validating again cost 18 ms of the 23
    return go.Figure(drawn, _validate=False)


@kept(max_entries=256)
def _build_chart(chart_id: str, lang: str, version: tuple, filters: Filters = (), column_px: int | None = None,
                 beside_tabs: bool = True):
    """(plotted frame, figure, summary), shared read-only across sessions. ``column_px``: the figure laid out
    for a browser column at least that wide (:func:`layout.column`), else for the narrowest. ``beside_tabs``
    False: drawn for presentation mode, where no Sources tab is beside it (:func:`layout.without_tabs`)."""
    spec = chart_by_id(chart_id)
    tables = apply_filters(load_tables(), filters)
    df = spec.data(tables, lang)
    if df.empty:
        return df, None, ""
    fig = None if filters or column_px or not beside_tabs else _cached_figure(chart_id, lang)
    if fig is None:
        with (layout.column(column_px) if column_px else contextlib.nullcontext()), \
                (contextlib.nullcontext() if beside_tabs else layout.without_tabs()):
            fig = spec.draw(tables, df, lang)
    return df, fig, spec.summary(df, lang)


@kept(max_entries=64)
def _story_words(version: tuple, key: str, lang: str, kept_whole: bool) -> str:
    words = t(key, lang, **story_figures(load_tables(), lang))
    return names_kept_whole(words) if kept_whole else words


def story_words(key: str, lang: str, kept_whole: bool = True) -> str:
    """A story page's own wording ``key`` with the tables' figures in it (:func:`views.story_figures`), names held
    whole (:func:`layout.names_kept_whole`) unless ``kept_whole`` is False; made once per tables version and
    language (the figures and the Thai name search were a fifth of /china's script run)."""
    return _story_words(_tables_version(paths.TABLES_DIR), key, lang, kept_whole)


@kept(max_entries=8)
def _theme_quotes(version: tuple, lang: str) -> pd.DataFrame:
    themes = load_tables()["themes"]
    # theme and country share a column: three columns of held-whole Thai words did not fit a 320 px phone
    shown = themes.assign(theme=[f"{label('cat', v, lang)} · {label('country', c, lang)}"
                                 for v, c in zip(themes["theme"], themes["country"])])
    # on an English page the gloss comes before the Thai quote, where a phone shows it (a fourth column was off
    # the screen at 390 px)
    shown = shown[["theme", "gloss_en", "quote"] if lang == "en" else ["theme", "quote"]]
    headers = {"theme": t("theme_country", lang), "quote": t("quote", lang), "gloss_en": t("gloss", lang)}
    # st.table renders Markdown in cells; the quotes are article text and must show literally. A phone's narrow
    # cells broke Thai mid-word ("ขอ|ง", "2 ล้าน|ล้านหยวน"): each cell breaks between the tokenizer's words
    return shown.fillna("").map(lambda cell: md_escape(layout.breaks_at_words(cell))).rename(columns=headers)


def theme_quotes(lang: str) -> pd.DataFrame:
    """/compare's table of each theme's quote, as ``st.table`` shows it; made once per tables version and language
    (tokenizing its ten quotes for their word breaks was a fifth of the page's script run)."""
    return _theme_quotes(_tables_version(paths.TABLES_DIR), lang)


WIDE_COLUMN_PX = layout.WIDE_COLUMN_PX


@kept(max_entries=4)
def _pictures(version: tuple, tables_dir: str) -> dict[str, dict[str, dict[int, dict]]]:
    return read_pictures(Path(tables_dir))


def chart_pictures(chart_id: str, lang: str) -> dict[int, dict] | None:
    """The build's pictures of an unfiltered chart (:mod:`digital_compare.outputs.pictures`) by card width,
    if every one is drawn from the current figures; None when the page draws it with Plotly."""
    version = _tables_version(paths.TABLES_DIR, with_pictures=True)
    return _pictures(version, version[0]).get(chart_id, {}).get(lang)


def interactive_only() -> bool:
    """``?interactive=1``: every chart drawn by Plotly on arrival, none as a picture."""
    return st.query_params.get("interactive") == "1"


def pictures_html(chart_id: str, pictures: dict[int, dict], alt: str) -> str:
    """The chart as the picture drawn for the widest of its widths not above the card's (the narrowest below that),
    chosen by the card's width (a CSS container query) and kept at the picture's proportions.

    The picture is the element's background: only the one chosen is fetched, at once, wherever the card is on
    the page (as images, the hidden widths had to be lazy, and a lazy image waits until the reader nears it).
    ``alt``: what a screen reader announces, the chart's title and summary (escaped: it may quote an article).
    """
    key = re.sub(r"[^a-z0-9_]", "", chart_id)
    rules = [f".dc-pictures{{container-type:inline-size}}.dc-pic-{key}{{width:100%;background:no-repeat 0 0/100% 100%}}"]
    for index, (width, picture) in enumerate(sorted(pictures.items())):
        url = "app/static/charts/" + urllib.parse.quote(picture["file"])
        rule = f".dc-pic-{key}{{aspect-ratio:{width}/{int(picture['height'])};background-image:url('{url}')}}"
        rules.append(f"@container (min-width:{width}px){{{rule}}}" if index else rule)
    return (f"<style>{''.join(rules)}</style>"
            f'<div class="dc-pictures" data-chart="{key}"><div class="dc-picture dc-pic-{key}" role="img" '
            f'aria-label="{html.escape(alt, quote=True)}"></div></div>')


def _wide_card_css(chart_id: str) -> str:
    """Show the card's narrow variant below :data:`WIDE_COLUMN_PX` of the card's own width, the wide one from it."""
    return (f"<style>.st-key-card_{chart_id} {{container-type: inline-size;}}"
            f"@container (min-width: {WIDE_COLUMN_PX}px) {{.st-key-narrow_{chart_id} {{display: none;}}}}"
            f"@container (max-width: {WIDE_COLUMN_PX - 0.02}px) {{.st-key-wide_{chart_id} {{display: none;}}}}</style>")


def warm_tables() -> None:
    """Import pandas, read the tables and the build's figures into the shared caches
    (``digital-compare serve`` does this while the browser loads Streamlit, before
    the first visitor needs them)."""
    version = _tables_version(paths.TABLES_DIR)
    _read_tables(version, version[0])
    figures = _tables_version(paths.TABLES_DIR, with_figures=True)
    _figure_cache(figures, figures[0])
    pictures = _tables_version(paths.TABLES_DIR, with_pictures=True)
    _pictures(pictures, pictures[0])


def warm_charts() -> None:
    """Every story chart's rows, figure and summary in both languages, /compare's quotes table, and the Thai word
    breaker, into the shared caches: ten first visitors arriving together otherwise each waited while the server
    did it (/compare's first visit cost the server 1.5 CPU-s against 0.3 for the next)."""
    from digital_compare.app.views import CHARTS

    version = _tables_version(paths.TABLES_DIR)
    layout.breaks_at_words("ฝูเจี้ยน")
    for lang in LANGS:
        _theme_quotes(version, lang)
        for spec in CHARTS:
            if spec.id not in ALWAYS_FILTERED:
                _build_chart(spec.id, lang, version, DEFAULT_FILTERS.get(spec.id, ()))


#: the toolbar's buttons that move or zoom axes: a chart of text alone (claims, firsts) has none to move
_AXIS_BUTTONS = ["zoom2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d"]


def plotly_config(chart_id: str, lang: str | None = None, fig: go.Figure | None = None) -> dict:
    """The chart's Plotly config: PNG export size, and plotly.js's own toolbar words in ``lang``
    (the page's language when not given). ``fig`` drawn as text alone (no trace): no zoom or pan."""
    text_only = fig is not None and not fig.data
    return {
        **plotly_locale(lang or current_lang()),
        "displaylogo": False,
        # shown while the pointer is over the chart, never drawn over its title otherwise
        "displayModeBar": "hover",
        "toImageButtonOptions": {
            "format": "png", "filename": chart_id, "width": EXPORT_WIDTH, "height": EXPORT_HEIGHT, "scale": EXPORT_SCALE,
        },
        "modeBarButtonsToRemove": ["lasso2d", "select2d", *(_AXIS_BUTTONS if text_only else [])],
    }


def download_csv(df: pd.DataFrame, name: str, lang: str, key: str) -> None:
    """CSV download button, spreadsheet formulas neutralised; the file is made when clicked."""
    st.download_button(t("download_csv", lang), lambda: dataframe_to_safe_csv(df), file_name=f"{name}.csv", mime="text/csv",
                       key=key, icon=":material/download:", on_click="ignore")


def source_caption(tables: dict[str, pd.DataFrame], article_ids, lang: str) -> None:
    parts = article_sources(tables["articles"], article_ids, lang).values()
    st.caption(md_escape(t("source_line", lang, sources="; ".join(parts) or "—").replace("<br>", " · ")))


def _sources_tab(df: pd.DataFrame, tables: dict[str, pd.DataFrame], lang: str, chart_id: str) -> None:
    # the rows' quotes and those of every figure the chart states beyond its rows (the donut's 62)
    shown = chart_sources(chart_by_id(chart_id), df, tables, lang)
    names = article_sources(tables["articles"], shown["article_id"], lang)
    for i, row in enumerate(shown.itertuples()):
        where = names.get(row.article_id, "—")
        st.markdown(f"**{md_escape(where)}**")
        st.markdown("> " + md_escape(row.quote))
        if isinstance(getattr(row, "statement", None), str):  # the claim as every other surface words it
            st.markdown(md_escape(row.statement))
        if lang == "en" and isinstance(getattr(row, "gloss_en", None), str) and row.gloss_en:
            st.caption(md_escape(row.gloss_en))
        target = row.mention_id if isinstance(getattr(row, "mention_id", None), str) else None
        params = {"lang": lang, "article": row.article_id}
        if target:
            params["m"] = target
        elif pd.notna(getattr(row, "start", None)):
            params["at"] = str(int(row.start))
        st.page_link(PAGE_FILES["sources"], label=t("open_in_reader", lang), icon=":material/find_in_page:",
                     query_params=params)


def chart_block(chart_id: str, lang: str, *, present: bool = False, filters: Filters = ()) -> None:
    """Chart | Interactive | Table · CSV | Sources tabs, a one-sentence summary and the chart's "Add to deck" button.

    The Chart tab shows the build's picture of an unfiltered chart where there is one (no script to run: under
    load a page of Plotly charts took the browser 1.3-1.75 times its bare figures' work); the Interactive tab
    draws it with Plotly (hover, zoom, full screen) when opened. A filtered chart, one with no picture, and every
    chart with ``?interactive=1`` are drawn with Plotly in the Chart tab, and have no Interactive tab.
    In presentation mode only the chart of the current slide is drawn, alone, at the screen's size.
    A chart of :data:`WIDE_CHARTS` spans the page, so a variant laid out for a wide column is drawn too and shown
    where the card is that wide.
    """
    if present:
        _present_slide(chart_id, lang, filters)
        return
    tables = load_tables()
    spec: ChartSpec = chart_by_id(chart_id)
    df, fig, summary = _build_chart(chart_id, lang, _tables_version(paths.TABLES_DIR), filters)
    if fig is None:
        st.info(t("no_rows", lang))
        return
    with st.container(border=True, key=f"chartcard_{chart_id}"):
        pictures = None if filters != DEFAULT_FILTERS.get(chart_id, ()) or interactive_only() else chart_pictures(chart_id, lang)
        names = [t("tab_chart", lang)] + ([t("tab_interactive", lang)] if pictures else []) + [
            t("tab_table", lang), t("tab_sources", lang)]
        # lazy tabs: the Interactive, Table and Sources tabs are built only when opened, which keeps a
        # six-chart page's rerun small
        tabs = st.tabs(names, key=f"tabs_{chart_id}", on_change="rerun")
        tab_chart, tab_table, tab_sources = tabs[0], tabs[-2], tabs[-1]
        if pictures and tab_chart.open is not False:
            with tab_chart:
                st.html(pictures_html(chart_id, pictures, chart_alt_text(fig, summary)))
        if pictures and tabs[1].open:
            with tabs[1]:
                _plotly_card(chart_id, lang, fig, summary, filters)
        if not pictures and tab_chart.open is not False:
            with tab_chart:
                _plotly_card(chart_id, lang, fig, summary, filters)
        if tab_table.open:
            with tab_table:
                # the CSV is the table shown, in the page's language, each article named: raw codes are /data's
                shown = table_tab_frame(df, tables, lang, spec.columns)
                st.dataframe(shown, hide_index=True, width="stretch")
                # beside the rows it holds; on the chart tab, six download buttons cost
                # a cold /vietnam visit 0.15–1.0 CPU-seconds in the browser
                download_csv(shown, chart_id, lang, key=f"csv_{chart_id}")
        if tab_sources.open:
            with tab_sources:
                _sources_tab(df, tables, lang, chart_id)
        # our own words kept whole as on the page's intro ("เกิด|ขึ้น" of the latest actual figure broke at 360 px)
        st.markdown(md_escape(names_kept_whole(summary, PROSE_TERMS)))
        if spec.page in DECK_PAGES:
            chosen = chart_id in deck_ids()
            st.button(t("deck_added" if chosen else "deck_add", lang), key=f"deck_toggle_{chart_id}",
                      icon=":material/check:" if chosen else ":material/add:", type="tertiary",
                      on_click=_toggle_deck, args=(chart_id,))


def _plotly_card(chart_id: str, lang: str, fig: go.Figure, summary: str, filters: Filters) -> None:
    wide_fig = _build_chart(chart_id, lang, _tables_version(paths.TABLES_DIR), filters,
                            column_px=WIDE_COLUMN_PX)[1] if chart_id in WIDE_CHARTS else None
    if wide_fig is None:
        st.plotly_chart(fig, config=plotly_config(chart_id, lang, fig), theme=None, key=f"chart_{chart_id}",
                        alt=chart_alt_text(fig, summary))
        return
    st.html(_wide_card_css(chart_id))
    with st.container(key=f"card_{chart_id}"):
        for variant, drawn in (("narrow", fig), ("wide", wide_fig)):
            with st.container(key=f"{variant}_{chart_id}"):
                st.plotly_chart(drawn, config=plotly_config(chart_id, lang, drawn), theme=None,
                                key=f"chart_{chart_id}" + ("_wide" if variant == "wide" else ""),
                                alt=chart_alt_text(drawn, summary))


# ---- the deck tray: charts chosen on any page, kept in the session and the URL (?deck=a,b) ----

def deck_ids() -> list[str]:
    """The charts in the visitor's deck, in the order they were added; seeded from ``?deck=``."""
    raw = st.query_params.get("deck")
    if "deck" not in st.session_state or (raw is not None and raw != st.session_state.get("_url_deck")):
        known = set(deck_chart_ids())
        asked = list(dict.fromkeys((raw or "").split(",")))
        st.session_state["deck"] = [c for c in asked if c in known]
        st.session_state["_url_deck"] = raw
        # said by the tray, as a filter says a value it does not offer
        st.session_state["_deck_refused"] = [c for c in asked if c and c not in known]
    return st.session_state["deck"]


def _mirror_deck_to_url() -> None:
    value = ",".join(st.session_state.get("deck", []))
    st.session_state["_url_deck"] = value or None
    if value:
        if st.query_params.get("deck") != value:
            st.query_params["deck"] = value
    elif "deck" in st.query_params:
        del st.query_params["deck"]


def _toggle_deck(chart_id: str) -> None:
    chosen = deck_ids()
    adding = chart_id not in chosen
    st.session_state["deck"] = [*chosen, chart_id] if adding else [c for c in chosen if c != chart_id]
    _mirror_deck_to_url()
    if adding:  # on a phone the tray is in the closed side menu: the count and where to download, said here
        st.toast(t("deck_toast", current_lang(), n=len(st.session_state["deck"])), icon=":material/slideshow:")


def _clear_deck() -> None:
    st.session_state["deck"] = []
    _mirror_deck_to_url()


# Kaleido draws every chart of the deck (about 1 s a chart) in a worker process with its own budget;
# one deck per language, charts and table version serves every visitor who chose the same charts, kept
# where a crafted clear_cache cannot reach, and made once however many ask for it at the same moment.
_DECKS = Memo(8)
#: deck requests in the server at once (one drawn, the others waiting for it or for the deck worker); one
#: more is refused at once: each waits in a thread of the pool every download shares (six on two cores), and
#: eight crafted requests held a visitor's CSV download for 52 s
DECK_REQUESTS = 3
_deck_requests = threading.BoundedSemaphore(DECK_REQUESTS)


def _deck_bytes(lang: str, chart_ids: tuple[str, ...], version: tuple) -> bytes:
    from digital_compare.app.worker import DECK_MEMORY_BYTES, DECK_SECONDS, BudgetExceeded, run_with_budget
    from digital_compare.outputs.deck import deck_of_version

    if not _deck_requests.acquire(blocking=False):
        raise BudgetExceeded("busy", f"{DECK_REQUESTS} decks are being made")
    try:
        return _DECKS.get((lang, chart_ids, version), lambda: run_with_budget(
            deck_of_version, version[0], lang, chart_ids, seconds=DECK_SECONDS, memory_bytes=DECK_MEMORY_BYTES, pool="deck"))
    finally:
        _deck_requests.release()


def _chart_title(chart_id: str, lang: str) -> str:
    _, fig, _ = _build_chart(chart_id, lang, _tables_version(paths.TABLES_DIR))
    return markup_text(fig.layout.title.text) if fig is not None else chart_id


def deck_tray(lang: str) -> None:
    """The sidebar's deck: the chosen charts, each removable, and one button that makes and downloads it."""
    chosen = deck_ids()
    _mirror_deck_to_url()  # a page switch drops the query; the deck stays in the address
    with st.sidebar.container(key="deck_tray"):
        st.markdown(f"**{md_escape(t('deck_tray', lang, n=len(chosen)))}**")
        refused = st.session_state.pop("_deck_refused", [])
        if refused:
            st.warning(t("deck_link_refused", lang, value=_refused_values(refused)), icon=":material/link_off:")
        if not chosen:
            st.markdown(md_escape(t("deck_tray_empty", lang)))
            return
        for chart_id in chosen:
            name, remove = st.columns([3, 2], vertical_alignment="center")
            # markdown, not a caption: a caption's grey depends on the page-wide style having arrived
            name.markdown(md_escape(_chart_title(chart_id, lang)))
            # named in words: a screen reader announces an icon-only button as "button"
            remove.button(t("deck_remove", lang), key=f"deck_remove_{chart_id}", icon=":material/close:",
                          type="tertiary", on_click=_toggle_deck, args=(chart_id,))
        # the deck is made when the button is pressed, not before
        st.download_button(t("deck_button", lang), lambda: _deck_bytes(lang, tuple(chosen), _tables_version(paths.TABLES_DIR)),
                           file_name=f"digital-compare_{len(chosen)}-charts_{lang}.pptx",
                           mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
                           key="deck_download", icon=":material/download:", on_click="ignore", type="primary")
        st.button(t("deck_clear", lang), key="deck_clear", type="tertiary", on_click=_clear_deck)


# ---- presentation mode: one chart a screen, Left/Right to move ----

@kept(max_entries=64)
def _slide_figures(chart_id: str, lang: str, version: tuple, filters: Filters = ()) -> tuple[tuple[go.Figure, int, int], ...]:
    """The chart laid out as a 16:9 slide at each size of :data:`PRESENT_WIDTHS` that holds it: (figure, width,
    height). A screen shows the largest it holds, at that height and the screen's width: stretched taller than
    laid out, a bar grew past the labels set beside it."""
    spec = chart_by_id(chart_id)
    tables = apply_filters(load_tables(), filters)
    df = spec.data(tables, lang)
    if df.empty:
        return ()
    # each drawing is the spec's own, fresh: laid out here and kept only in this cache, so it needs no copy
    narrowest = sized_figure(chart_id, lambda: spec.draw(tables, df, lang), widths=PRESENT_WIDTHS)
    slides = [(narrowest.figure, narrowest.width, narrowest.height)]
    for width in (w for w in PRESENT_WIDTHS if w > narrowest.width):
        with layout.canvas(width, picture_height(width)):
            slides.append((spec.draw(tables, df, lang), width, picture_height(width)))
    for fig, _, height in slides:
        fig.update_layout(width=None, height=height, autosize=True)
    return tuple(slides)


#: the screen's width beyond a slide's (the page's padding in presentation mode), and its height beyond
#: the slide's (padding and the slide controls under it)
_PRESENT_SPARE_PX = (48, 144)
#: the slides' widths: the pictures', and the widest 16:9 slide a 1440 × 900 screen holds above the controls
#: (1344 px; the 1440 px slide is too wide for it, and the China timeline, too tall for the 1280 px one, fell
#: back to a card's drawing taller than the screen)
PRESENT_WIDTHS = tuple(sorted({*LAYOUT_WIDTHS, (900 - _PRESENT_SPARE_PX[1]) * 16 // 9}))
#: the height a slide's caution takes above its chart: two lines of a warning box at a slide's narrowest screen
_PRESENT_CAUTION_PX = 96


def _present_variants_css(sizes: list[tuple[int, int]], above_px: int = 0) -> str:
    """Which drawing a screen shows: the largest slide it holds (with ``above_px`` of the screen's height taken
    above it), else the card's drawing for a wide column, and on a phone the card's own."""
    def fits(width: int, height: int) -> str:
        return (f"(min-width: {width + _PRESENT_SPARE_PX[0]}px) and "
                f"(min-height: {height + _PRESENT_SPARE_PX[1] + above_px}px)")

    def hidden(key: str) -> str:
        # the wrapper too: left in the page at no height, each hidden drawing's wrapper added a gap
        return f'.st-key-{key}, [data-testid="stLayoutWrapper"]:has(> .st-key-{key}) {{display: none !important;}}'

    rules = []
    for i, (width, height) in enumerate(sizes):
        key = f"present_w{width}"
        rules.append(f"@media not all and {fits(width, height)} {{{hidden(key)}}}")
        if i + 1 < len(sizes):
            rules.append(f"@media {fits(*sizes[i + 1])} {{{hidden(key)}}}")
    if sizes:
        rules.append(f"@media {fits(*sizes[0])} {{{hidden('present_column')}}}")
    rules.append(f"@media (max-width: {PRESENT_PHONE_MAX_PX}px) {{{hidden('present_column')}}}")
    rules.append(f"@media (min-width: {PRESENT_PHONE_MAX_PX + 0.02}px) {{{hidden('present_phone')}}}")
    return "<style>" + "".join(rules) + "</style>"


def _present_slide(chart_id: str, lang: str, filters: Filters) -> None:
    position = st.session_state.get("_present_seen", 0)
    st.session_state["_present_seen"] = position + 1
    if position != present_index():
        return
    version = _tables_version(paths.TABLES_DIR)
    slides = _slide_figures(chart_id, lang, version, filters)
    # the page's caution is hidden with the rest of the page: the slide says it above its chart, as the deck's notes do
    caution = chart_caution(chart_id, load_tables(), lang)
    st.html(_SLIDE_ONLY_CSS + _present_variants_css([(width, height) for _, width, height in slides],
                                                    _PRESENT_CAUTION_PX if caution else 0))
    with st.container(key="present_slide"):
        if not slides:
            st.info(t("no_rows", lang))
            return
        if caution:
            st.warning(md_escape(caution), icon=":material/warning:")
        _, phone_fig, summary = _build_chart(chart_id, lang, version, filters, beside_tabs=False)
        column_fig = _build_chart(chart_id, lang, version, filters, column_px=WIDE_COLUMN_PX, beside_tabs=False)[1]
        # a slide's texts are wrapped for a 16:9 screen of its size: on a phone they ran past its edge and the
        # donut was not drawn, so a smaller screen gets the card's drawing for a wide column, a phone the card's own
        for fig, width, _ in slides:
            with st.container(key=f"present_w{width}"):
                st.plotly_chart(fig, config=plotly_config(chart_id, fig=fig), theme=None, key=f"slide_{width}_{chart_id}",
                                alt=chart_alt_text(fig, summary))
        for variant, drawn in (("column", column_fig), ("phone", phone_fig)):
            with st.container(key=f"present_{variant}"):
                st.plotly_chart(drawn, config=plotly_config(chart_id, fig=drawn), theme=None, key=f"slide_{variant}_{chart_id}",
                                alt=chart_alt_text(drawn, summary))


def present_index() -> int:
    try:
        return max(0, int(st.query_params.get("slide", "1")) - 1)
    except ValueError:
        return 0


def _go_to_slide(index: int) -> None:
    st.query_params["slide"] = str(index + 1)


def present_navigation(lang: str) -> None:
    """Previous / next (also the Left and Right keys, whose arrows the buttons show: an arrow icon beside them
    read "← ก่อนหน้า ←") under the page's one chart; drawn after the page, when the number of its charts is known."""
    total = st.session_state.get("_present_seen", 0)
    asked = present_index()
    index = min(asked, max(total - 1, 0))
    if total and st.query_params.get("slide") != str(index + 1):
        # a slide past the last showed no chart, yet "7 of 7", and one not a number stayed in the address: the
        # address names the slide shown, and a run past the last is run again to draw it
        st.query_params["slide"] = str(index + 1)
        if asked > index:
            st.rerun()
    with st.container(key="present_nav", horizontal=True, vertical_alignment="center"):
        if total:
            st.button(t("present_prev", lang), key="present_prev", shortcut="Left",
                      disabled=index == 0, on_click=_go_to_slide, args=(index - 1,))
            st.markdown(md_escape(t("present_position", lang, n=index + 1, total=total)))
            st.button(t("present_next", lang), key="present_next", shortcut="Right",
                      disabled=index >= total - 1, on_click=_go_to_slide, args=(index + 1,))
        st.button(t("present_exit", lang), key="exit_present", icon=":material/close:", on_click=_exit_present, type="tertiary")


def reader_html(raw: str, spans: list[tuple[int, int, str, str]], boilerplate: list[tuple[int, int]],
                focus_id: str | None, colors: dict[str, str], kind_names: dict[str, str] | None = None) -> str:
    """The article as escaped HTML with <mark>s; every piece of text goes through html.escape.

    ``spans``: (start, end, kind, mention_id) sorted by start, non-overlapping.
    """
    grey = bytearray(len(raw))
    for start, end in boilerplate:
        grey[start:end] = b"\x01" * (end - start)
    out, cursor = [], 0

    def plain(a: int, b: int) -> None:
        i = a
        while i < b:
            j = i
            while j < b and grey[j] == grey[i]:
                j += 1
            piece = html.escape(raw[i:j])
            out.append(f'<span class="bp">{piece}</span>' if grey[i] else piece)
            i = j

    for start, end, kind, mention_id in spans:
        plain(cursor, start)
        focus = ' class="focus"' if mention_id == focus_id else ""
        out.append(
            f'<mark id="{html.escape(mention_id, quote=True)}"{focus} style="background:{colors.get(kind, "#FFE08A")}" '
            f'title="{html.escape((kind_names or {}).get(kind, kind), quote=True)}" data-kind="{html.escape(kind, quote=True)}">'
            f'{html.escape(raw[start:end])}</mark>'
        )
        cursor = end
    plain(cursor, len(raw))
    body = "".join(out)
    return (
        "<style>body{font-family:Sarabun,Loma,Garuda,'Noto Sans Thai',sans-serif;font-size:17px;line-height:1.9;"
        "white-space:pre-wrap;margin:8px 12px;color:#222}mark{padding:1px 3px;border-radius:4px}"
        "mark.focus{outline:3px solid #D55E00;outline-offset:2px;scroll-margin-top:30vh}.bp{color:#6B6B6B}</style>"
        f'<div id="reader">{body}</div>'
    )


#: Chromium refuses a frame address over 2 MiB; past this the reader is drawn in the page instead
READER_DATA_URL_MAX = 1_900_000


def show_reader(markup: str, height: int, focus_id: str | None = None, title: str = "บทความ · Article") -> None:
    """The article reader, in the smallest privilege that shows it.

    A ``data:`` address gives the frame an opaque origin: nothing in it can reach
    the app, its cookies or its session, whatever Streamlit's sandbox flags allow;
    and the reader has no script at all: the focused figure is reached through the
    address's fragment. A text too long for a frame address is drawn by ``st.html``
    (sanitised, no frame) in a scrolling box, without the jump to the figure.
    """
    import base64

    # the article is Thai whatever the UI language: a screen reader reads it with a Thai voice
    document = (f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                "<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>"
                f'</head><body><main><h1 class="sr">{html.escape(title)}</h1>{markup}</main></body></html>')
    address = "data:text/html;charset=utf-8;base64," + base64.b64encode(document.encode("utf-8")).decode("ascii")
    if focus_id:
        address += "#" + urllib.parse.quote(focus_id, safe=":_-.")
    if len(address) <= READER_DATA_URL_MAX:
        # alt= is the frame's title attribute: without it Streamlit titles every frame "st.iframe"
        st.iframe(address, height=height, alt=title)
    else:
        with st.container(height=height):
            st.html(markup)


def mention_spans(mentions: pd.DataFrame) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, id) of each mention row, as :func:`reader_html` takes them."""
    return [(int(r.start), int(r.end), r.kind, r.id) for r in mentions.itertuples()]


def kind_legend_html(colors: dict[str, str], name) -> str:
    chips = "".join(
        f'<span style="background:{html.escape(color, quote=True)};padding:2px 8px;border-radius:4px;'
        f'font-size:14px">{html.escape(name(kind))}</span>'
        for kind, color in colors.items()
    )
    # a wrapping row: the chips, with nothing between them to break at, ran 140 px past a phone's screen
    return f'<div style="display:flex;flex-wrap:wrap;gap:6px">{chips}</div>'


def navigation_pages(lang: str) -> list:
    return [
        st.Page(PAGE_FILES[name], title=t(key, lang), icon=icon, url_path=path or None, default=(name == "overview"))
        for name, key, icon, path in PAGE_META
    ]


# Streamlit pulses a placeholder in every element whose script is still loading. Each
# pulse frame is a repaint; a cold /vietnam visit spent about 0.3 CPU-seconds of the
# browser's time on them, and more on a busy machine, where scripts load slowly.
_STILL_PLACEHOLDERS_CSS = '<style>[data-testid="stSkeleton"]{animation:none !important}</style>'


def still_placeholders() -> None:
    """Loading placeholders keep their shape but do not pulse."""
    st.html(_STILL_PLACEHOLDERS_CSS)


# Every control keeps a visible focus ring for keyboard users; some of Streamlit's widgets
# draw none of their own. The colour is the theme's primary (7.0:1 on white).
_FOCUS_RING_CSS = (
    "<style>:is(a,button,input,textarea,select,summary,[role=tab],[role=radio],[role=option],[tabindex]):focus-visible"
    "{outline:3px solid #0B5394 !important;outline-offset:2px !important}"
    # captions are drawn at 60 % opacity, 2.8 to 3.9:1 on white; WCAG AA asks 4.5:1
    '[data-testid="stCaptionContainer"]{opacity:1 !important}[data-testid="stCaptionContainer"] *{color:#595959 !important}'
    # headings are one level down from Streamlit's sizes: a page's sections are <h2>, drawn as <h3> were
    "h2{font-size:1.5rem !important}"
    # a headline figure wraps (between its words: breaks_at_words) instead of ending in "…" on a phone:
    # "มากกว่า 2 ล้านล้านหยวน" lost its currency at 390 px
    '[data-testid="stMetricValue"],[data-testid="stMetricValue"] *{white-space:normal !important;overflow:visible !important;'
    'text-overflow:clip !important;overflow-wrap:anywhere}'
    # a table's cell may break inside a word only where the word alone is wider than a phone's column: the theme
    # table's quotes ran 18 px past its card at 390 px (words are held whole by breaks_at_words' joiners)
    '[data-testid="stTableStyledTable"] :is(td,th):nth-child(n+2),[data-testid="stTableStyledTable"] :is(td,th):nth-child(n+2) *{overflow-wrap:anywhere !important}</style>'
)
#: the narrowest a chart card's drawing is laid out for (a 390 px phone's card), and the column that gives it
CHART_MIN_PX = 326
_CHART_COLUMN_MIN_PX = CHART_MIN_PX + 32
# A chart is laid out for a card at least as wide as a 390 px phone's: in a column narrower than that its texts
# were cut (/china's "firsts" at 1024 and 1280 px, /vietnam's six cards at 1024 px). Such a column takes a row of
# its own instead (Streamlit's rows already wrap). Below 390 px, the page's and the cards' padding give the
# drawing the width it needs: at 360 px the timeline's plot was 92 px wide and two claims were cut.
#: screens up to this wide get no Plotly toolbar
PHONE_TOOLBAR_MAX_PX = 480
_NARROW_SCREEN_CSS = (
    f'<style>[data-testid="stColumn"]:has([data-testid="stPlotlyChart"],.dc-pictures){{min-width:min(100%,{_CHART_COLUMN_MIN_PX}px) !important}}'
    '@media (max-width:389.98px){[data-testid="stMainBlockContainer"]{padding-left:.5rem !important;'
    'padding-right:.5rem !important}[class*="st-key-chartcard_"]{padding:.5rem !important}}'
    # the narrowest phones (320 px, the width WCAG's reflow asks for): the card's frame and padding go
    '@media (max-width:359.98px){[data-testid="stMainBlockContainer"]{padding-left:.25rem !important;'
    'padding-right:.25rem !important}[class*="st-key-chartcard_"]{padding:0 !important;border:none !important}}'
    # a phone: a tap is a hover, and Plotly's toolbar came over the chart's title (Streamlit's full screen stays)
    f'@media (max-width:{PHONE_TOOLBAR_MAX_PX - 0.02}px){{.js-plotly-plot .modebar-container{{display:none !important}}}}</style>'
)
#: what a visitor copies from a page is the text as written: the invisible marks that steer the browser's
#: Thai line breaking (word joiners, zero-width spaces, no-break spaces of breaks_at_words) are left out
_COPY_AS_WRITTEN_JS = """
if (!window.__dcCopyAsWritten) {
  window.__dcCopyAsWritten = true;
  const clean = (text) => text.replace(/[\u2060\u200b]/g, "").replace(/\u00a0/g, " ");
  document.addEventListener("copy", (event) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const text = selection.toString();
    if (!/[\u2060\u200b\u00a0]/.test(text)) return;
    const box = document.createElement("div");
    for (let i = 0; i < selection.rangeCount; i++) box.appendChild(selection.getRangeAt(i).cloneContents());
    event.clipboardData.setData("text/plain", clean(text));
    event.clipboardData.setData("text/html", clean(box.innerHTML));
    event.preventDefault();
  });
}
"""


def page_language(lang: str) -> None:
    """``<html lang>`` follows the UI language, so a screen reader reads Thai with a Thai voice.

    Streamlit writes ``lang="en"`` into its page and has no setting for it; a two-line
    script sets it on each run (no reload), with a language from :data:`LANGS` only.
    Also the page-wide accessibility style: focus rings, caption contrast, heading sizes.
    """
    code = lang if lang in LANGS else "th"
    st.html(f"{_FOCUS_RING_CSS}{_NARROW_SCREEN_CSS}<script>document.documentElement.lang = {code!r};{_COPY_AS_WRITTEN_JS}{_streamlit_words_script(code)}</script>",
            unsafe_allow_javascript=True)


def _streamlit_words_script(lang: str) -> str:
    """On a Thai page, Streamlit's own English words (:data:`STREAMLIT_TH`) in Thai, kept so while
    Streamlit redraws; on an English page the English put back. Only Streamlit's attributes and
    its menus, tooltips, skip link and date calendar are touched, never a text of the page's content."""
    import json

    return _STREAMLIT_WORDS_JS % (json.dumps(STREAMLIT_TH, ensure_ascii=False),
                                  json.dumps(list(STREAMLIT_TH_PREFIXES.items()), ensure_ascii=False),
                                  json.dumps(STREAMLIT_TH_CALENDAR, ensure_ascii=False), json.dumps(lang))


_STREAMLIT_WORDS_JS = """
(() => {
  const TH = %s, PREFIXES = %s, CAL = %s, lang = %s;
  // data-title: the tooltip of a chart toolbar's button (Streamlit adds "Fullscreen" among Plotly's own)
  const ATTRS = ["aria-label", "title", "placeholder", "data-title"];
  // the date field's calendar and its month and year lists: drawn apart from the field, all Streamlit's
  const CALENDAR = '[data-testid="stDateInputCalendar"], [data-testid="stDateInputHeaderPickerPopover"]';
  const CHROME = '[data-testid="stSkipToContent"], [data-baseweb="popover"], [role="tooltip"], ' +
                 '[data-testid="stElementToolbar"], [data-testid="stTooltipContent"], [data-testid="stDateInput"], ' +
                 '[data-testid="stFileUploaderDropzone"], [data-testid="stSelectboxVirtualDropdown"], [role="dialog"], ' + CALENDAR;
  const state = window.__streamlitWords || (window.__streamlitWords = {texts: []});
  const thai = (value) => {
    if (Object.hasOwn(TH, value)) return TH[value];
    for (const [en, th] of PREFIXES) if (value.startsWith(en)) return th + value.slice(en.length);
    return null;
  };
  const MONTHS = Object.keys(CAL.months).join("|"), DAYS = Object.keys(CAL.weekdays).join("|");
  const FULL_DATE = new RegExp(`(?:(${DAYS}), )?(${MONTHS}) ([0-9]{1,2}), ([0-9]{4})`, "g");
  const MONTH_YEAR = new RegExp(`(${MONTHS}) ([0-9]{4})`, "g");
  const VALUE_TEXT = "aria-valuetext", SEGMENT_MONTH = new RegExp(`^([0-9]+ . )(${MONTHS})$`);
  const calendarThai = (value) => {
    let words = value
      .replace(FULL_DATE, (_, day, month, date, year) =>
        (day ? `วัน${CAL.weekdays[day][0]}ที่ ` : "") + `${date} ${CAL.months[month]} ${CAL.era} ${year}`)
      .replace(MONTH_YEAR, (_, month, year) => `${CAL.months[month]} ${CAL.era} ${year}`);
    for (const [en, th] of CAL.phrases) words = words.split(en).join(th);
    if (/^[0-9]{4}$/.test(words)) words = `${CAL.era} ${words}`;  // the year picker's Gregorian years
    return words === value ? thai(value) : words;
  };
  const NAMED = "[aria-label], [title], [placeholder], [data-title]";
  const setText = (node, words) => { state.texts.push([node, node.nodeValue]); node.nodeValue = words; };
  const setName = (el, name, words) => { el.setAttribute("data-en-" + name, el.getAttribute(name)); el.setAttribute(name, words); };
  // the names of ``elements`` and the texts under ``boxes`` (but those inside ``skip``) put in Thai by ``translate``
  const namesToThai = (elements, translate) => {
    for (const el of elements) {
      for (const name of ATTRS) {
        const value = el.getAttribute(name), words = value && translate(value);
        if (words && words !== value) setName(el, name, words);
      }
    }
  };
  const textsToThai = (boxes, translate, skip) => {
    for (const box of boxes) {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode, value = node.nodeValue.trim(), words = value && translate(value);
        if (words && words !== value && !(skip && node.parentElement.closest(skip))) setText(node, words);
      }
    }
  };
  // a weekday column's heading, named from its first day ("Sunday, November 1, 2026" or "วันอาทิตย์ที่ 1 …")
  const weekdayAbbr = (dayLabel) => {
    for (const [en, [name, abbr]] of Object.entries(CAL.weekdays))
      if (dayLabel.includes(en) || dayLabel.includes(`วัน${name}ที่`)) return abbr;
    return null;
  };
  const calendarToThai = () => {
    for (const grid of document.querySelectorAll('[data-testid="stDateInputCalendar"] table')) {
      const days = grid.querySelectorAll('tbody tr:first-child [role="gridcell"] [aria-label]');
      grid.querySelectorAll("thead th").forEach((heading, column) => {
        const day = days[column], node = heading.firstChild;
        const abbr = day && weekdayAbbr(day.getAttribute("data-en-aria-label") || day.getAttribute("aria-label"));
        if (abbr && node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== abbr) setText(node, abbr);
      });
    }
    // what a screen reader says of the field's segments: "Empty", "02 – February"
    for (const segment of document.querySelectorAll('[data-testid="stDateInputField"] [aria-valuetext]')) {
      const value = segment.getAttribute(VALUE_TEXT), month = value.match(SEGMENT_MONTH);
      const words = value === "Empty" ? CAL.empty : month ? month[1] + CAL.months[month[2]] : null;
      if (words) setName(segment, VALUE_TEXT, words);
    }
    const boxes = [...document.querySelectorAll(CALENDAR)];
    namesToThai(boxes.flatMap((box) => [box, ...box.querySelectorAll(NAMED)]), calendarThai);
    textsToThai(boxes, calendarThai, "thead, select");
  };
  const toThai = () => {
    calendarToThai();
    namesToThai(document.querySelectorAll(NAMED), thai);
    textsToThai(document.querySelectorAll(CHROME), thai);
  };
  const toEnglish = () => {
    for (const name of [...ATTRS, VALUE_TEXT]) {
      for (const el of document.querySelectorAll("[data-en-" + name + "]")) {
        el.setAttribute(name, el.getAttribute("data-en-" + name));
        el.removeAttribute("data-en-" + name);
      }
    }
    for (const [node, value] of state.texts) if (node.isConnected) node.nodeValue = value;
    state.texts = [];
  };
  if (state.observer) state.observer.disconnect();
  state.observer = null;
  state.lang = lang;  // a frame the Thai page asked for may come after the switch to English
  if (lang !== "th") { toEnglish(); return; }
  let queued = false;
  state.observer = new MutationObserver(() => {
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; if (state.lang === "th") toThai(); }); }
  });
  state.observer.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                                         attributeFilter: [...ATTRS, VALUE_TEXT]});
  toThai();
})();
"""


_PRESENT_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stExpandSidebarButton"] {display: none !important;}
.block-container, [data-testid="stMainBlockContainer"] {padding: 1rem 1rem 0 1rem !important; max-width: 100% !important;}
</style>"""
#: the widest screen shown a chart as its card draws it on a phone
PRESENT_PHONE_MAX_PX = 899.98
#: with a slide on the page, nothing else of it: the chart fills the screen above its controls
_SLIDE_ONLY_CSS = """<style>
[data-testid="stMain"] [data-testid="stVerticalBlock"]:not(.st-key-present_slide, .st-key-present_slide *,
  .st-key-present_nav, .st-key-present_nav *) > :not(:has(.st-key-present_slide, .st-key-present_nav)):not(
  .st-key-present_slide, .st-key-present_nav) {display: none !important;}
/* the controls stay on the screen under a chart taller than it (a phone's, or one turned sideways) */
[data-testid="stLayoutWrapper"]:has(> .st-key-present_nav) {position: sticky; bottom: 0; z-index: 5; background: #fff;
  padding: 0.5rem 0;}
/* a phone: the controls on one row (the exit by its icon, its name kept for a screen reader), so that a chart
   the height of the screen keeps its year axis clear of them */
@media (max-width: %(phone)spx) {
  .st-key-present_nav {gap: 0.5rem !important; flex-wrap: nowrap !important;}
  .st-key-exit_present [data-testid="stMarkdownContainer"] {position: absolute !important; width: 1px; height: 1px;
    overflow: hidden; clip-path: inset(50%%); white-space: nowrap;}
}
</style>""" % {"phone": PHONE_TOOLBAR_MAX_PX - 0.02}


def _exit_present() -> None:
    st.session_state["present"] = False
    for key in ("present", "slide"):
        if key in st.query_params:
            del st.query_params[key]


def sidebar_controls() -> str:
    """Language switch and presentation toggle, both kept in the URL (?lang=en, ?present=1)."""
    st.session_state["_router_ran"] = True
    asked = _lang_in_url()
    if asked in LANGS and st.query_params.get("lang") != asked:
        st.query_params["lang"] = asked
    raw = st.query_params.get("lang")
    if asked and asked not in LANGS and raw != st.session_state.get("_url_lang"):
        # "?lang=fr" showed the Thai page without a word; said once, in both languages (whoever asked for
        # another may read neither the page's Thai nor guess why), as the address loses it below
        st.warning(" · ".join(t("link_value_not_offered", code, what=md_escape(t("language", code)),
                                  value=_refused_values([raw])) for code in LANGS), icon=":material/link_off:")
    seed_from_url("lang", options=LANGS)
    lang = st.sidebar.segmented_control(
        "ภาษา · Language", LANGS, format_func=lambda code: {"th": "ไทย", "en": "English"}[code],
        key="lang", required=True, default="th" if "lang" not in st.session_state else None,
    ) or "th"
    write_to_url("lang", lang, default="th")
    asked_present = str(st.query_params.get("present", "")).lower()
    if asked_present in ("1", "true"):
        st.session_state["present"] = True
    elif asked_present not in ("", "0", "false"):
        # "?present=yes": said and ignored, as a filter's value it does not offer; said once, as the address
        # loses it below
        st.warning(t("link_value_not_offered", lang, what=md_escape(t("present_mode", lang)),
                     value=_refused_values([st.query_params.get("present", "")])), icon=":material/link_off:")
    present = st.sidebar.toggle(t("present_mode", lang), key="present", help=t("present_help", lang))
    st.session_state["_present_seen"] = 0  # the page counts its charts anew on every run
    if present:
        st.query_params["present"] = "1"
        st.html(_PRESENT_CSS)
    else:
        if "present" in st.query_params:
            del st.query_params["present"]
        if "slide" in st.query_params:
            del st.query_params["slide"]
        deck_tray(lang)
    return lang


#: set once a page's script run has reached its end: ``serve`` warms the story charts after it (see warm_charts)
FIRST_PAGE_DONE = threading.Event()


def finish_page(lang: str) -> None:
    """What follows every page: in presentation mode, the slide controls."""
    if is_present():
        present_navigation(lang)
    FIRST_PAGE_DONE.set()
