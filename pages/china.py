"""China: the Digital Fujian → Digital China timeline, Fujian's 2020 digital economy, its firsts."""

import streamlit as st

from digital_compare.app.i18n import label, t
from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape, story_words, url_pills

lang = current_lang()
tables = load_tables()
present = is_present()

st.title(story_words("china_title", lang))
st.markdown(md_escape(story_words("china_intro", lang)))

events = tables["events"]
categories = list(dict.fromkeys(events[(events["country"] == "CN") & (events["source"] == "annotated")]["category"]))
chosen = url_pills(t("filter_category", lang), categories, key="cat", format_func=lambda c: label("cat", c, lang))
narrowed = (("events", "category", tuple(chosen)),) if len(chosen) < len(categories) else ()
chart_block("china_timeline", lang, present=present, filters=narrowed)

left, right = st.columns([3, 2], gap="medium") if not present else (st.container(), st.container())
with left:
    chart_block("fujian_digital_economy_2020", lang, present=present)
with right:
    chart_block("fujian_firsts", lang, present=present)
