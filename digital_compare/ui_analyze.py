"""Streamlit parts of the /analyze page: reading the input and showing the analysis."""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from digital_compare import charts
from digital_compare.analysis import Analysis, analyse_text, mentions_to_json, mentions_to_xlsx, prepare_text
from digital_compare.decode import MAX_INPUT_MB, InputError, read_article_bytes
from digital_compare.i18n import label, t
from digital_compare.ui import (
    KIND_COLORS, download_csv, load_tables, mention_spans, plotly_config, reader_html, url_pills,
)
from digital_compare.views import events_plot_frame

__all__ = ["read_input", "show_analysis"]



def read_input(lang: str) -> str | None:
    """The text to analyse from the paste box or the upload; None (with a message) if there is none."""
    pasted = st.text_area(t("paste_label", lang), key="paste", height=220, max_chars=MAX_INPUT_MB * 1024 * 1024 // 3)
    upload = st.file_uploader(t("upload_label", lang), type=["txt", "md", "html", "htm"], key="upload")
    try:
        if upload is not None:
            st.caption(t("use_upload", lang, name=upload.name))
            return read_article_bytes(upload.getvalue(), upload.name)
        if pasted and pasted.strip():
            return prepare_text(pasted)
    except InputError as err:
        st.error(t("input_error", lang, cause=err), icon=":material/error:")
        return None
    st.info(t("empty_input", lang))
    return None


@st.cache_data(show_spinner=False, max_entries=16)
def _analyse(digest: str, text: str) -> Analysis:
    return analyse_text(text)


def analyse_cached(text: str) -> Analysis:
    return _analyse(hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest(), text)


def _source(lang: str) -> str:
    return t("source_line", lang, sources=t("pasted_source", lang))


def _figure_block(fig, chart_id: str, summary: str) -> None:
    st.plotly_chart(fig, config=plotly_config(chart_id), theme=None, key=f"chart_{chart_id}", alt=summary)


def show_analysis(result: Analysis, lang: str) -> None:
    mentions = result.mentions
    if mentions.empty:
        st.info(t("no_mentions", lang))
        return
    st.success(t("mentions_found", lang, n=len(mentions)))
    kinds = [k for k in KIND_COLORS if k in set(mentions["kind"])]
    chosen = url_pills(t("filter_kind", lang), kinds, key="akind", format_func=lambda k: label("kind", k, lang))
    shown = mentions[mentions["kind"].isin(chosen)]

    st.subheader(t("highlighted_text", lang))
    st.iframe(reader_html(result.text, mention_spans(shown), result.boilerplate, None, KIND_COLORS), height=360)

    st.subheader(t("mentions_table", lang))
    columns = ["kind", "surface", "value", "unit", "year", "date", "inferred", "qualifier", "sentence", "start", "end"]
    st.dataframe(shown[columns], hide_index=True, width="stretch")
    cols = st.columns(3)
    with cols[0]:
        download_csv(shown, "mentions", lang, key="analyze_csv")
    cols[1].download_button(t("download_json", lang), mentions_to_json(shown), "mentions.json", "application/json",
                            key="analyze_json", icon=":material/data_object:")
    cols[2].download_button(t("download_xlsx", lang), mentions_to_xlsx(shown), "mentions.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="analyze_xlsx",
                            icon=":material/table:")

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
                      "analyze_timeline", f"{len(frame)} dated sentences")
    _compare_with_seeds(result, lang)


def _compare_with_seeds(result: Analysis, lang: str) -> None:
    st.subheader(t("compare_seeds", lang))
    tables = load_tables()
    seeds = tables["keywords"][tables["keywords"]["rank"] <= 10]
    mine = result.keywords[result.keywords["rank"] <= 10]
    keywords = pd.concat([mine, seeds], ignore_index=True)
    fig = charts.keywords_compare_figure(keywords, lang, _source(lang))
    _figure_block(fig, "analyze_compare_keywords", "keywords of the pasted article beside the seed articles")
    counts = pd.concat([
        result.mentions.assign(country="XX"),
        tables["mentions"].merge(tables["articles"][["id", "country"]], left_on="article", right_on="id"),
    ]).groupby(["kind", "country"]).size().unstack(fill_value=0)
    counts.columns = [label("country", c, lang) for c in counts.columns]
    counts.index = [label("kind", k, lang) for k in counts.index]
    st.dataframe(counts, width="stretch")
