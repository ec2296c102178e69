"""digital-compare: the entry script only routes; each page lives in pages/."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import (bound_uploads, finish_page, navigation_pages, page_language, sidebar_controls,
                                    still_placeholders)
from digital_compare.app.ui_auth import sidebar_account

# the tab's title is set once the page and its language are known (below)
st.set_page_config(page_icon="static/favicon.png", layout="wide")
bound_uploads()
still_placeholders()
lang = sidebar_controls()
sidebar_account(lang)
page_language(lang)
page = st.navigation(navigation_pages(lang), position="sidebar")
# the browser tab in the reader's language: "ภาพรวม · เปรียบเทียบดิจิทัล: จีน–เวียดนาม"
st.set_page_config(page_title=f"{page.title} · {t('app_title', lang)}")
page.run()
finish_page(lang)
