"""Vietnam: the 2023 review — targets, tasks, rankings, growth, red tape, the 2024 theme and other claims."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.layout import names_kept_whole
from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape
from digital_compare.app.views import story_figures

lang = current_lang()
tables = load_tables()
present = is_present()

figures = story_figures(tables, lang)
st.title(names_kept_whole(t("vietnam_title", lang, **figures)))
st.markdown(md_escape(names_kept_whole(t("vietnam_intro", lang, **figures))))

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
