"""Streamlit parts of the /analyze page: reading the input and showing the analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from digital_compare.app import charts
from digital_compare.app.analysis import Analysis, analyse_text, mentions_to_json, mentions_to_xlsx, prepare_text
from digital_compare.app.i18n import STRINGS, label, t
from digital_compare.app.ui import (
    KIND_COLORS,
    download_csv,
    load_tables,
    md_escape,
    mention_spans,
    plotly_config,
    reader_html,
    show_reader,
    url_pills,
)
from digital_compare.app.memo import Memo
from digital_compare.app.ui_add import add_form, labels_review
from digital_compare.app.views import (
    chart_alt_text,
    display_frame,
    download_frame,
    events_plot_frame,
    glossed_term,
    story_articles,
)
from digital_compare.app.worker import WORKER_MEMORY_BYTES, WORKER_SECONDS, BudgetExceeded, run_with_budget
from digital_compare.text.decode import MAX_INPUT_BYTES, MAX_INPUT_MB, InputError, read_article_bytes

__all__ = ["AnalysisFailure", "analyse_cached", "figures_download", "read_input", "show_analysis", "show_failure"]

# Streamlit's own English hint under a text box in a form ("Press Ctrl+Enter to submit form"): the
# page has its Analyse button, and the hint would be the one English line on a Thai page
HIDE_INPUT_HINT = '<style>[data-testid="InputInstructions"]{display:none}</style>'

#: uploads and pastes turned into text, and analyses, by digest: a rerun (any widget) or a
#: crafted ``clear_cache`` never starts a hostile input's conversion or analysis again
_PREPARED = Memo(16)
_ANALYSES = Memo(16)
#: below this percentage of Thai letters (pythainlp's ``count_thai``: digits, spaces and punctuation not
#: counted) a text is told its labels may be wrong: the labeller reads Thai news
THAI_SHARE_MIN = 50
#: more data figures than this per 1,000 characters reads as a list of numbers or a jumble, not an article: the
#: densest real news the labeller is measured on (a ranked list) has 35; told, not refused: a pasted table may be meant
FIGURES_PER_1000_MAX = 80
#: fewer figures than this are never so told, however short the text
FIGURES_DENSE_MIN = 20
#: the paste box's limit: 2 MB of Thai, three bytes a character
MAX_PASTE_CHARS = MAX_INPUT_MB * 1024 * 1024 // 3
#: seconds turning one upload or paste into text may take (HTML parsing; ordinary pages take milliseconds)
PREPARE_SECONDS = 20.0


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _prepared(kind: str, data: bytes, name: str) -> str | AnalysisFailure:
    """The text of an upload (decoded, HTML reduced) or a paste, made in a worker process: a crafted page
    (two megabytes of nested <div>) costs the worker its budget, never the server's time."""
    def convert() -> str | AnalysisFailure:
        if kind == "upload":
            return _in_worker(read_article_bytes, data, name, seconds=PREPARE_SECONDS)
        return _in_worker(prepare_text, data.decode("utf-8", errors="surrogatepass"), seconds=PREPARE_SECONDS)

    return _PREPARED.get((kind, _digest(data), name), convert, keep=_kept)


def read_input(lang: str) -> str | None:
    """The text to analyse, once the visitor presses Analyse: the upload if there is one, else the paste.
    Kept for the session, so reviewing the labels never asks to analyse again."""
    st.html(HIDE_INPUT_HINT)
    with st.form("analyse_form", border=False):
        pasted = st.text_area(t("paste_label", lang), key="paste", height=220, max_chars=MAX_PASTE_CHARS,
                              placeholder=t("paste_placeholder", lang, chars=f"{MAX_PASTE_CHARS:,}"))
        upload = st.file_uploader(t("upload_label", lang), type=["txt", "md", "html", "htm"], key="upload")
        # a caption, not help=: the help button's own label is Streamlit's English
        st.caption(md_escape(t("upload_help", lang, mb=MAX_INPUT_MB)))
        pressed = st.form_submit_button(t("analyse_button", lang), type="primary", icon=":material/search:")
    if pressed:
        if upload is not None:
            if upload.size > MAX_INPUT_BYTES:
                st.error(t("input_error", lang, cause=t("too_large", lang, mb=MAX_INPUT_MB)), icon=":material/error:")
                return None
            st.session_state["_analyse_input"] = ("upload", upload.getvalue(), upload.name)
        elif pasted and pasted.strip():
            st.session_state["_analyse_input"] = ("paste", pasted.encode("utf-8", errors="surrogatepass"), "")
        else:
            st.session_state.pop("_analyse_input", None)
    given = st.session_state.get("_analyse_input")
    if not given:
        st.info(t("empty_input", lang))
        return None
    kind, data, name = given
    if kind == "upload":
        st.caption(t("use_upload", lang, name=md_escape(name)))
    text = _prepared(kind, data, name)
    if isinstance(text, AnalysisFailure):
        show_failure(text, lang)
        return None
    return text


@dataclass(frozen=True)
class AnalysisFailure:
    """Why an analysis gave no result: an i18n key and what to fill in. A cause with a key of its own
    (``cause_key``, ``params``: an :class:`InputError`'s) is worded in the page's language when shown:
    a failure is kept for every visitor whatever their language."""

    key: str
    cause: str = ""
    cause_key: str = ""
    params: dict = field(default_factory=dict)
    #: the budget the worker had: a conversion's 20 s was reported as the analysis's 30
    seconds: float = WORKER_SECONDS

    @property
    def says_nothing_of_the_text(self) -> bool:
        """Every worker was busy: the text was never tried, so the failure is not kept against it."""
        return self.key == "analysis_busy"


def _kept(value) -> bool:
    return not (isinstance(value, AnalysisFailure) and value.says_nothing_of_the_text)


def _in_worker(func, *args, seconds: float = WORKER_SECONDS):
    """``func(*args)`` in a budgeted worker process; a refusal or a stop becomes an :class:`AnalysisFailure`."""
    try:
        return run_with_budget(func, *args, seconds=seconds)
    except InputError as err:
        return AnalysisFailure("input_error", str(err), err.key, dict(err.params))
    except BudgetExceeded as err:
        return AnalysisFailure(f"analysis_{err.kind}", str(err), seconds=seconds)
    except RuntimeError as err:
        return AnalysisFailure("analysis_failed", str(err).split(":")[0])


def analyse_cached(text: str, lang: str) -> Analysis | AnalysisFailure:
    """The analysis of ``text``, run in a child process with a time and memory budget; a failure is
    kept like a result, so a rerun never starts a hostile text's thirty seconds again."""
    with st.spinner(t("analysing", lang)):
        return _ANALYSES.get(_digest(text.encode("utf-8", errors="surrogatepass")), lambda: _in_worker(analyse_text, text),
                             keep=_kept)


def show_failure(failure: AnalysisFailure, lang: str) -> None:
    cause = t(failure.cause_key, lang, **failure.params) if failure.cause_key in STRINGS else failure.cause
    st.error(t(failure.key, lang, cause=md_escape(cause), seconds=f"{failure.seconds:g}",
               mb=f"{WORKER_MEMORY_BYTES / 2**20:,.0f}"), icon=":material/error:")


def _source(lang: str) -> str:
    return t("source_line", lang, sources=t("pasted_source", lang))


def _figure_block(fig, chart_id: str, summary: str) -> None:
    st.plotly_chart(fig, config=plotly_config(chart_id), theme=None, key=f"chart_{chart_id}", alt=chart_alt_text(fig, summary))


def show_analysis(result: Analysis | AnalysisFailure, lang: str) -> None:
    """The task first (review the proposed labels, add the article), the details after, in tabs built when opened."""
    if isinstance(result, AnalysisFailure):
        show_failure(result, lang)
        return
    mentions = result.mentions
    if mentions.empty:
        st.info(t("no_mentions", lang))
        return
    from digital_compare.text.metadata import detect_metadata

    key = hashlib.sha256(result.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    st.success(t("mentions_found", lang, n=len(mentions), figures=len(result.labels)))
    from pythainlp.util import count_thai  # here: 0.1 s to import, for a page that may never analyse

    thai_share = count_thai(result.text)
    if thai_share < THAI_SHARE_MIN:  # an English or Chinese text: the years read as counts, the labels guesses
        # rounded down: 49.6 is not "50 %" in a warning for under half
        st.warning(t("not_thai_text", lang, share=str(int(thai_share))), icon=":material/translate:")
    per_1000 = 1000 * len(result.labels) / max(len(result.text), 1)
    if len(result.labels) >= FIGURES_DENSE_MIN and per_1000 > FIGURES_PER_1000_MAX:
        st.warning(t("dense_figures", lang, n=f"{len(result.labels):,}", chars=f"{len(result.text):,}",
                     per=str(round(per_1000))), icon=":material/warning:")
    if result.labels.empty:  # nothing an add would put on /explore
        st.info(t("no_figures_to_add", lang), icon=":material/info:")
    else:
        labels_review(result, lang, key)
        add_form(result, detect_metadata(result.text, ("title", "published", "country", "outlet")), lang, key)

    st.header(t("analysis_details", lang))
    tab_text, tab_all, tab_charts, tab_seeds = st.tabs(
        [t("highlighted_text", lang), t("mentions_table", lang), t("analysis_charts", lang), t("compare_seeds", lang)],
        key=f"details_{key}", on_change="rerun")
    if tab_text.open is not False:
        with tab_text:
            _highlighted_text(result, lang)
    if tab_all.open:
        with tab_all:
            _all_mentions(result, lang)
    if tab_charts.open:
        with tab_charts:
            _charts(result, lang)
    if tab_seeds.open:
        with tab_seeds:
            _compare_with_seeds(result, lang)


def _highlighted_text(result: Analysis, lang: str) -> None:
    kinds = [k for k in KIND_COLORS if k in set(result.mentions["kind"])]
    chosen = url_pills(t("filter_kind", lang), kinds, key="akind", format_func=lambda k: label("kind", k, lang))
    shown = result.mentions[result.mentions["kind"].isin(chosen)]
    names = {kind: label("kind", kind, lang) for kind in KIND_COLORS}
    show_reader(reader_html(result.text, mention_spans(shown), result.boilerplate, None, KIND_COLORS, names), 360,
                title=t("highlighted_text", lang))


def figures_download(mentions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the found figures' CSV, JSON and Excel files hold: on a Thai page, headings and codes in Thai as
    the table above them shows them, the article named as the text the user supplied, not "pasted"."""
    if lang == "th":
        mentions = mentions.assign(article=t("pasted_source", lang))
    return download_frame(mentions, lang)


#: the "numbers found" tab's columns
MENTION_COLUMNS = ("kind", "surface", "value", "unit", "year", "date", "inferred", "qualifier", "sentence", "start", "end")


def _all_mentions(result: Analysis, lang: str) -> None:
    shown = result.mentions
    st.dataframe(display_frame(shown, lang, list(MENTION_COLUMNS)), hide_index=True, width="stretch")
    files = figures_download(shown, lang)
    cols = st.columns(3)
    with cols[0]:
        download_csv(files, "mentions", lang, key="analyze_csv")
    # made when clicked: 20,000 figures take seconds to write, and most visits download nothing
    cols[1].download_button(t("download_json", lang), lambda: mentions_to_json(files), "mentions.json", "application/json",
                            key="analyze_json", icon=":material/data_object:", on_click="ignore")
    cols[2].download_button(t("download_xlsx", lang), lambda: mentions_to_xlsx(files), "mentions.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="analyze_xlsx",
                            icon=":material/table:", on_click="ignore")


def _charts(result: Analysis, lang: str) -> None:
    left, right = st.columns(2)
    with left:
        by_kind = result.by_kind.assign(label=lambda d: [label("kind", k, lang) for k in d["kind"]],
                                        value=lambda d: d["count"], text=lambda d: d["count"].astype(str))
        summary = ", ".join(f"{r.label}: {r.value}" for r in by_kind.itertuples())
        _figure_block(charts.count_bar_figure(by_kind, lang, _source(lang), title=t("by_kind_title", lang),
                                              subtitle=t("by_kind_subtitle", lang), axis_title=t("axis_mentions", lang)),
                      "analyze_by_kind", summary)
    with right:
        kw = result.keywords.head(12).assign(label=lambda d: [glossed_term(term, lang) for term in d["term"]],
                                            value=lambda d: d["count"],
                                            text=lambda d: d["count"].astype(str))
        if not kw.empty:
            _figure_block(charts.count_bar_figure(kw, lang, _source(lang), title=t("analyze_keywords_title", lang),
                                                  subtitle=t("analyze_keywords_subtitle", lang),
                                                  axis_title=t("axis_count", lang), color=charts.PALETTE[4]),
                          "analyze_keywords", ", ".join(kw["term"].head(5)))
    if not result.events.empty:
        frame = events_plot_frame(result.events, lang)
        _figure_block(charts.timeline_figure(frame, lang, _source(lang), title=t("analyze_timeline", lang),
                                             subtitle=t("analyze_timeline_subtitle", lang)),
                      "analyze_timeline", t("analyze_timeline_alt", lang, n=len(frame)))


def _compare_with_seeds(result: Analysis, lang: str) -> None:
    st.header(t("compare_seeds", lang))
    tables = load_tables()
    keywords = tables["keywords"]
    seeds = keywords[keywords["article_id"].isin(story_articles(tables)) & (keywords["rank"] <= 10)]
    mine = result.keywords[result.keywords["rank"] <= 10]
    keywords = pd.concat([mine, seeds], ignore_index=True)
    # each Thai word with the English gloss /compare gives it
    keywords["term"] = [glossed_term(term, lang) for term in keywords["term"]]
    fig = charts.keywords_compare_figure(
        keywords, lang, _source(lang), title=t("analyze_compare_keywords_title", lang, n=seeds["article_id"].nunique()),
        subtitle=t("analyze_compare_keywords_subtitle", lang))
    _figure_block(fig, "analyze_compare_keywords", t("analyze_keywords_alt", lang))
    counts = pd.concat([
        result.mentions.assign(country="XX"),
        tables["mentions"].merge(tables["articles"][["id", "country"]], left_on="article", right_on="id"),
    ]).groupby(["kind", "country"]).size().unstack(fill_value=0)
    counts.columns = [label("country", c, lang) for c in counts.columns]
    counts.index = [label("kind", k, lang) for k in counts.index]
    st.dataframe(counts, width="stretch")
