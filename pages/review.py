"""Review: the analysts' queue of automatic figures, the history of every change, removal and rollback."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import current_lang, load_tables, md_escape
from digital_compare.app.ui_review import review_page

lang = current_lang()
st.title(t("review_title", lang))
st.markdown(md_escape(t("review_intro", lang)))
review_page(load_tables(), lang)
