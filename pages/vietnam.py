"""Vietnam: the 2023 review — targets, tasks, rankings, growth, red tape, the 2024 theme and other claims."""

import streamlit as st

from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape, story_words

lang = current_lang()
load_tables()  # damaged tables are published again (or the page says why) before anything is drawn
present = is_present()

st.title(story_words("vietnam_title", lang))
st.markdown(md_escape(story_words("vietnam_intro", lang)))

pairs = (("vn_targets_2023", "vn_tasks_2023"), ("vn_rankings", "vn_digital_economy_growth"),
         ("vn_red_tape_2023", "vn_plan_2024"))
for first, second in pairs:
    if present:
        chart_block(first, lang, present=True)
        chart_block(second, lang, present=True)
        continue
    left, right = st.columns(2, gap="medium")
    with left:
        chart_block(first, lang)
    with right:
        chart_block(second, lang)

chart_block("vn_other_claims", lang, present=present)  # the one card across the page
