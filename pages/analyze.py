"""Analyze: paste or upload a Thai article and get its traced mentions (filled by the self-service issue)."""

import streamlit as st

from digital_compare.i18n import t
from digital_compare.ui import current_lang

lang = current_lang()
st.title(t("nav_analyze", lang))
