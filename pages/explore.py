"""Explore: one indicator across every article — each country or province by year, each point linked to its quote."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.layout import PROSE_TERMS, names_kept_whole
from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape
from digital_compare.app.ui_explore import explore_controls

lang = current_lang()
tables = load_tables()

st.title(t("explore_title", lang))
st.markdown(md_escape(names_kept_whole(t("explore_intro", lang), PROSE_TERMS)))
filters = explore_controls(tables["metrics"], lang)
if filters is not None:
    chart_block("explore", lang, present=is_present(), filters=filters)  # the card spans the page
