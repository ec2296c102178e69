"""digital-compare: the entry script only routes; each page lives in pages/."""

import streamlit as st

from digital_compare.app.ui import finish_page, navigation_pages, page_language, sidebar_controls, still_placeholders
from digital_compare.app.ui_auth import sidebar_account

st.set_page_config(page_title="Digital Compare · China–Vietnam", page_icon="static/favicon.png", layout="wide")
still_placeholders()
lang = sidebar_controls()
sidebar_account(lang)
page_language(lang)
st.navigation(navigation_pages(lang), position="sidebar").run()
finish_page(lang)
