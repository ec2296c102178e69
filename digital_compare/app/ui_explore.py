"""Streamlit controls of the /explore page: variable, unit, entity selector, automatic labels; all in the URL."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from digital_compare.app.formatting import format_unit
from digital_compare.app.i18n import t
from digital_compare.app.ui import md_escape, seed_from_url, write_to_url
from digital_compare.app.views import Filters, curated_variable, explore_frame, explore_options, variable_name
from digital_compare.text.labeller import subject_name

__all__ = ["explore_controls"]


def _choice(label_text: str, options: list[str], key: str, format_func=str, pinned: bool = False) -> str:
    """A select box kept in the URL. ``pinned``: the choice is written even when it is the default, so a
    link keeps its view when added articles change which option comes first."""
    seed_from_url(key, options, label_text=label_text)
    if st.session_state.get(key) not in options:
        st.session_state[key] = options[0]
    chosen = st.selectbox(label_text, options, key=key, format_func=format_func)
    write_to_url(key, chosen, default=None if pinned else options[0])
    return chosen


def _subject_order(part: pd.DataFrame, lang: str, by: str) -> list[str]:
    """Subjects by name, or by their latest value (largest first), as Our World in Data's entity picker."""
    if by == "value":
        latest = part.sort_values("year").groupby("subject")["value"].last()
        return list(latest.sort_values(ascending=False).index)
    return sorted(part["subject"].unique(), key=lambda s: subject_name(s, lang))


def explore_controls(metrics: pd.DataFrame, lang: str) -> Filters | None:
    """The widgets; the metrics filters they choose, or None (with a message) when nothing matches."""
    seed_from_url("auto", ["1", "0"], label_text=t("explore_auto", lang))
    show_auto = st.toggle(t("explore_auto", lang), value=st.session_state.get("auto", "0") == "1", key="auto_toggle")
    st.caption(md_escape(t("explore_show_auto_help", lang)))
    write_to_url("auto", "1" if show_auto else "0", default="0")
    st.session_state["auto"] = "1" if show_auto else "0"
    options = explore_options(metrics, include_auto=show_auto)
    if not options:
        st.info(t("explore_empty", lang))
        return None
    asked = st.query_params.get("ind")
    if asked and curated_variable(asked) != asked:
        # a link by the curated name ("?ind=gii_rank") asks for the one variable the explorer names otherwise
        st.query_params["ind"] = curated_variable(asked)
    left, middle, right = st.columns([3, 2, 2])
    with left:
        variable = _choice(t("explore_indicator", lang), options, "ind",
                           format_func=lambda v: variable_name(v, lang, metrics), pinned=True)
    pool = explore_frame(metrics)
    part = pool[(pool["variable"] == variable) & (show_auto | (pool["source"] != "auto"))]
    units = list(part["unit"].fillna("").value_counts().index)
    with middle:
        unit = (_choice(t("explore_unit", lang), units, "unit", format_func=lambda u: format_unit(u, lang) or u or "—")
                if len(units) > 1 else units[0])
    part = part[part["unit"].fillna("") == unit]
    with right:
        order_by = _choice(t("explore_sort", lang), ["name", "value"], "sort", format_func=lambda o: t(f"sort_{o}", lang))
    subjects = _subject_order(part, lang, order_by)
    seed_from_url("who", subjects, multi=True, label_text=t("explore_subjects", lang))
    previous = st.session_state.get("_options_who")
    # every subject of the previous variable chosen is the default, not a choice: another variable
    # starts from all of its own subjects (the one country they shared stayed alone, hiding the others)
    took_all_before = previous is not None and previous != subjects and set(st.session_state.get("who") or ()) == set(previous)
    if not st.session_state.get("who") or not set(st.session_state["who"]) <= set(subjects) or took_all_before:
        st.session_state["who"] = subjects
    st.session_state["_options_who"] = subjects
    chosen = st.multiselect(t("explore_subjects", lang), subjects, key="who", format_func=lambda s: subject_name(s, lang),
                            placeholder=t("explore_subjects", lang))
    write_to_url("who", chosen, default=subjects)
    part = part[part["subject"].isin(chosen or subjects)]
    # one variable is a set of facts: filtering on them keeps the chart to exactly this quantity
    return (("metrics", "fact", tuple(part["fact"])),)

