"""The /analyze page's proposed labels, editable, and "Add to the dashboard"."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
import yaml

from digital_compare.app.analysis import Analysis
from digital_compare.app.i18n import label, t
from digital_compare.app.ui import PAGE_FILES, md_escape
from digital_compare.app.views import indicator_names
from digital_compare.text.decode import InputError
from digital_compare.text.labeller import STATUSES, indicator_vocabulary, place_names, subject_name

__all__ = ["corrections", "labels_editor"]

EDITABLE = ("subject", "indicator", "year", "status")


def corrections(proposed: pd.DataFrame, edited: pd.DataFrame, article_id: str) -> list[dict]:
    """The rows an analyst changed, as annotations keyed by the figure's id in the saved article.

    :Example:

        >>> before = pd.DataFrame({"start": [5], "subject": ["VN"], "indicator": ["other"], "year": [2023], "status": ["actual"]})
        >>> corrections(before, before.assign(indicator="gdp_growth"), "005_ab")
        [{'mention_id': '005_ab:5', 'subject': 'VN', 'indicator': 'gdp_growth', 'year': 2023, 'status': 'actual'}]
    """
    changed = []
    for (_, old), (_, new) in zip(proposed.iterrows(), edited.iterrows()):
        if any(str(old[k]) != str(new[k]) for k in EDITABLE):
            fix = {"mention_id": f"{article_id}:{int(new['start'])}"}
            for key in EDITABLE:
                value = new[key]
                fix[key] = None if pd.isna(value) else (int(value) if key == "year" else str(value))
            changed.append(fix)
    return changed


def _save(text: str, proposed: pd.DataFrame, edited: pd.DataFrame, meta: dict) -> str:
    """Write the article and its corrections, rebuild the tables in a worker; the new article's id."""
    from digital_compare import paths
    from digital_compare.app.worker import run_with_budget
    from digital_compare.tables.corpus import add_article_bytes

    # looked up at call time: saving is confined to the data folder the app serves
    articles, annotations, tables = paths.ARTICLES_DIR, paths.ANNOTATIONS_DIR, paths.TABLES_DIR
    added = add_article_bytes(text.encode("utf-8"), "pasted.txt", articles, **meta)
    fixes = corrections(proposed, edited, added.id)
    if fixes:
        folder = annotations / "corrections"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{added.id}.yaml").write_text(
            "# An analyst's corrections of the automatic labels, from /analyze; the build applies them first.\n"
            + yaml.safe_dump(fixes, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run_with_budget(_rebuild, articles, annotations, tables, seconds=600, memory_bytes=6 * 2**30)
    return added.id


def _rebuild(articles, annotations, tables) -> None:
    from digital_compare.tables.build import build_tables

    build_tables(articles, annotations, tables)


def labels_editor(result: Analysis, lang: str, key: str) -> None:
    """The labeller's proposal for every figure, editable, and the button that adds the article."""
    labels = result.labels
    if labels.empty:
        return
    st.header(t("labels_title", lang))
    st.caption(md_escape(t("labels_help", lang)))
    subjects = sorted({code for code, _ in place_names()[0].values()} | set(labels["subject"]))
    indicators = [entry["id"] for entry in indicator_vocabulary()]
    names = indicator_names(lang)
    shown = labels[["surface", "measure", *EDITABLE, "confidence", "start"]].copy()
    edited = st.data_editor(
        shown, hide_index=True, width="stretch", key=f"labels_{key}", disabled=["surface", "measure", "confidence", "start"],
        column_config={
            "surface": st.column_config.TextColumn(t("col_surface", lang)),
            "measure": st.column_config.TextColumn(t("col_measure", lang)),
            # codes stay the cells' values (the corrections file stores them); the reader sees names
            "subject": st.column_config.SelectboxColumn(t("col_subject", lang), options=subjects, required=True,
                                                        format_func=lambda code: subject_name(code, lang)),
            "indicator": st.column_config.SelectboxColumn(t("col_indicator", lang), options=indicators, required=True,
                                                          format_func=lambda code: names.get(code, code)),
            "status": st.column_config.SelectboxColumn(t("col_status", lang), options=list(STATUSES), required=True,
                                                       format_func=lambda code: label("status", code, lang)),
            "year": st.column_config.NumberColumn(t("col_year", lang), min_value=1900, max_value=2100, step=1, format="%d"),
            "confidence": st.column_config.ProgressColumn(t("col_confidence", lang), min_value=0.0, max_value=1.0),
            "start": None,
        },
    )
    with st.form(f"add_{key}"):
        st.markdown(md_escape(t("add_intro", lang)))
        left, middle, right = st.columns(3)
        country = left.text_input(t("add_country", lang), max_chars=2, placeholder="VN")
        published = middle.date_input(t("add_published", lang), value=None, min_value=dt.date(1990, 1, 1))
        outlet = right.text_input(t("add_outlet", lang), max_chars=120)
        title = st.text_input(t("add_title", lang), max_chars=300)
        submitted = st.form_submit_button(t("add_button", lang), type="primary", icon=":material/add_circle:")
    if not submitted:
        return
    meta = {"country": country.strip().upper() or None, "published": published.isoformat() if published else None,
            "outlet": outlet.strip() or None, "title": title.strip() or None}
    if meta["country"] and not (len(meta["country"]) == 2 and meta["country"].isalpha()):
        st.error(t("add_bad_country", lang), icon=":material/error:")
        return
    try:
        with st.spinner(t("add_saving", lang)):
            article_id = _save(result.text, labels[["start", *EDITABLE]], edited[["start", *EDITABLE]], meta)
    except (InputError, OSError, RuntimeError) as err:
        st.error(t("add_failed", lang, cause=md_escape(str(err))), icon=":material/error:")
        return
    st.success(t("add_done", lang, id=article_id), icon=":material/check_circle:")
    st.page_link(PAGE_FILES["explore"], label=t("nav_explore", lang), icon=":material/query_stats:",
                 query_params={"lang": lang})
    st.page_link(PAGE_FILES["sources"], label=t("open_in_reader", lang), icon=":material/find_in_page:",
                 query_params={"lang": lang, "article": article_id})
