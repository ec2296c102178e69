"""Streamlit controls of the /explore page: indicator, unit, entity selector, automatic labels; all in the URL."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import seed_from_url, write_to_url
from digital_compare.app.views import Filters, explore_frame, explore_options, indicator_names
from digital_compare.text.labeller import subject_name

__all__ = ["explore_controls"]


def _choice(label_text: str, options: list[str], key: str, format_func=str) -> str:
    seed_from_url(key, options)
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]
    chosen = st.selectbox(label_text, options, key=key, format_func=format_func)
    write_to_url(key, chosen, default=options[0])
    return chosen


def _subject_order(part: pd.DataFrame, lang: str, by: str) -> list[str]:
    """Subjects by name, or by their latest value (largest first), as Our World in Data's entity picker."""
    if by == "value":
        latest = part.sort_values("year").groupby("subject")["value"].last()
        return list(latest.sort_values(ascending=False).index)
    return sorted(part["subject"].unique(), key=lambda s: subject_name(s, lang))


def explore_controls(metrics: pd.DataFrame, lang: str) -> Filters | None:
    """The widgets; the metrics filters they choose, or None (with a message) when nothing matches."""
    options = explore_options(metrics)
    if not options:
        st.info(t("explore_empty", lang))
        return None
    names = indicator_names(lang)
    left, middle, right = st.columns([3, 2, 2])
    with left:
        indicator = _choice(t("explore_indicator", lang), options, "ind", format_func=lambda i: names.get(i, i))
    pool = explore_frame(metrics)
    part = pool[pool["vocabulary"] == indicator]
    units = list(part["unit"].fillna("").value_counts().index)
    with middle:
        unit = _choice(t("explore_unit", lang), units, "unit", format_func=lambda u: u or "—") if len(units) > 1 else units[0]
    part = part[part["unit"].fillna("") == unit]
    with right:
        order_by = _choice(t("explore_sort", lang), ["name", "value"], "sort", format_func=lambda o: t(f"sort_{o}", lang))
    subjects = _subject_order(part, lang, order_by)
    seed_from_url("who", subjects, multi=True)
    if not st.session_state.get("who") or not set(st.session_state["who"]) <= set(subjects):
        st.session_state["who"] = subjects
    chosen = st.multiselect(t("explore_subjects", lang), subjects, key="who", format_func=lambda s: subject_name(s, lang))
    write_to_url("who", chosen, default=subjects)
    seed_from_url("auto", ["1", "0"])
    show_auto = st.toggle(t("explore_auto", lang), value=st.session_state.get("auto", "1") != "0", key="auto_toggle")
    write_to_url("auto", "1" if show_auto else "0", default="1")
    sources = ("annotated", "corrected", "auto") if show_auto else ("annotated", "corrected")
    filters: Filters = (
        ("metrics", "indicator", tuple(sorted(set(part["indicator"])))),
        ("metrics", "subject", tuple(chosen or subjects)),
        ("metrics", "source", sources),
    )
    if unit:
        filters += (("metrics", "unit", (unit,)),)
    return filters
