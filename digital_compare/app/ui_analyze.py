"""Streamlit parts of the /analyze page: reading the input and showing the analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from digital_compare.app import charts
from digital_compare.app.analysis import Analysis, analyse_text, mentions_to_json, mentions_to_xlsx, prepare_text
from digital_compare.app.i18n import label, t
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
from digital_compare.app.ui_add import labels_editor
from digital_compare.app.views import chart_alt_text, display_frame, events_plot_frame, story_articles
from digital_compare.app.worker import WORKER_MEMORY_BYTES, WORKER_SECONDS, BudgetExceeded, run_with_budget
from digital_compare.text.decode import MAX_INPUT_MB, InputError, read_article_bytes

__all__ = ["AnalysisFailure", "analyse_cached", "read_input", "show_analysis", "show_failure"]



def read_input(lang: str) -> str | None:
    """The text to analyse from the paste box or the upload; None (with a message) if there is none."""
    # our words where Streamlit's English would be (its help button's label is English too: a caption instead)
    pasted = st.text_area(t("paste_label", lang), key="paste", height=220, max_chars=MAX_INPUT_MB * 1024 * 1024 // 3,
                          placeholder=t("paste_help", lang))
    upload = st.file_uploader(t("upload_label", lang), type=["txt", "md", "html", "htm"], key="upload")
    st.caption(md_escape(t("upload_help", lang, mb=MAX_INPUT_MB)))
    try:
        if upload is not None:
            st.caption(t("use_upload", lang, name=upload.name))
            return read_article_bytes(upload.getvalue(), upload.name)
        if pasted and pasted.strip():
            return prepare_text(pasted)
    except InputError as err:
        st.error(t("input_error", lang, cause=md_escape(str(err))), icon=":material/error:")
        return None
    st.info(t("empty_input", lang))
    return None


@dataclass(frozen=True)
class AnalysisFailure:
    """Why an analysis gave no result: an i18n key and what to fill in."""

    key: str
    cause: str = ""


# A failure is cached like a result: a rerun of the page (any widget) must not start a
# hostile text's thirty seconds again.
@st.cache_data(show_spinner=False, max_entries=16)
def _analyse(digest: str, text: str) -> Analysis | AnalysisFailure:
    try:
        return run_with_budget(analyse_text, text)
    except InputError as err:
        return AnalysisFailure("input_error", str(err))
    except BudgetExceeded as err:
        return AnalysisFailure(f"analysis_{err.kind}", str(err))
    except RuntimeError as err:
        return AnalysisFailure("analysis_failed", str(err).split(":")[0])


def analyse_cached(text: str, lang: str) -> Analysis | AnalysisFailure:
    """The analysis of ``text``, run in a child process with a time and memory budget."""
    with st.spinner(t("analysing", lang)):
        return _analyse(hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest(), text)


def show_failure(failure: AnalysisFailure, lang: str) -> None:
    st.error(t(failure.key, lang, cause=md_escape(failure.cause), seconds=f"{WORKER_SECONDS:g}",
               mb=f"{WORKER_MEMORY_BYTES / 2**20:,.0f}"), icon=":material/error:")


def _source(lang: str) -> str:
    return t("source_line", lang, sources=t("pasted_source", lang))


def _figure_block(fig, chart_id: str, summary: str) -> None:
    st.plotly_chart(fig, config=plotly_config(chart_id), theme=None, key=f"chart_{chart_id}", alt=chart_alt_text(fig, summary))


def show_analysis(result: Analysis | AnalysisFailure, lang: str) -> None:
    if isinstance(result, AnalysisFailure):
        show_failure(result, lang)
        return
    mentions = result.mentions
    if mentions.empty:
        st.info(t("no_mentions", lang))
        return
    st.success(t("mentions_found", lang, n=len(mentions)))
    kinds = [k for k in KIND_COLORS if k in set(mentions["kind"])]
    chosen = url_pills(t("filter_kind", lang), kinds, key="akind", format_func=lambda k: label("kind", k, lang))
    shown = mentions[mentions["kind"].isin(chosen)]

    st.header(t("highlighted_text", lang))
    names = {kind: label("kind", kind, lang) for kind in KIND_COLORS}
    show_reader(reader_html(result.text, mention_spans(shown), result.boilerplate, None, KIND_COLORS, names), 360,
                title=t("highlighted_text", lang))

    st.header(t("mentions_table", lang))
    columns = ["kind", "surface", "value", "unit", "year", "date", "inferred", "qualifier", "sentence", "start", "end"]
    st.dataframe(display_frame(shown, lang, columns), hide_index=True, width="stretch")
    cols = st.columns(3)
    with cols[0]:
        download_csv(shown, "mentions", lang, key="analyze_csv")
    # made when clicked: 20,000 figures take seconds to write, and most visits download nothing
    cols[1].download_button(t("download_json", lang), lambda: mentions_to_json(shown), "mentions.json", "application/json",
                            key="analyze_json", icon=":material/data_object:", on_click="ignore")
    cols[2].download_button(t("download_xlsx", lang), lambda: mentions_to_xlsx(shown), "mentions.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="analyze_xlsx",
                            icon=":material/table:", on_click="ignore")

    labels_editor(result, lang, key=hashlib.sha256(result.text.encode("utf-8", "surrogatepass")).hexdigest()[:12])

    left, right = st.columns(2)
    with left:
        by_kind = result.by_kind.assign(label=lambda d: [label("kind", k, lang) for k in d["kind"]],
                                        value=lambda d: d["count"], text=lambda d: d["count"].astype(str))
        summary = ", ".join(f"{r.label}: {r.value}" for r in by_kind.itertuples())
        _figure_block(charts.count_bar_figure(by_kind, lang, _source(lang), title=t("by_kind_title", lang),
                                              subtitle=t("by_kind_subtitle", lang), axis_title=t("axis_count", lang)),
                      "analyze_by_kind", summary)
    with right:
        kw = result.keywords.head(12).assign(label=lambda d: d["term"], value=lambda d: d["count"],
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
    _compare_with_seeds(result, lang)


def _compare_with_seeds(result: Analysis, lang: str) -> None:
    st.header(t("compare_seeds", lang))
    tables = load_tables()
    keywords = tables["keywords"]
    seeds = keywords[keywords["article_id"].isin(story_articles(tables)) & (keywords["rank"] <= 10)]
    mine = result.keywords[result.keywords["rank"] <= 10]
    keywords = pd.concat([mine, seeds], ignore_index=True)
    fig = charts.keywords_compare_figure(keywords, lang, _source(lang))
    _figure_block(fig, "analyze_compare_keywords", t("analyze_keywords_alt", lang))
    counts = pd.concat([
        result.mentions.assign(country="XX"),
        tables["mentions"].merge(tables["articles"][["id", "country"]], left_on="article", right_on="id"),
    ]).groupby(["kind", "country"]).size().unstack(fill_value=0)
    counts.columns = [label("country", c, lang) for c in counts.columns]
    counts.index = [label("kind", k, lang) for k in counts.index]
    st.dataframe(counts, width="stretch")
