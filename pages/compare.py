"""Compare: growth side by side with its caveat, the theme matrix with evidence, keywords."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.layout import breaks_at_words, names_kept_whole
from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape, story_words, theme_quotes
from digital_compare.app.views import (
    KEYWORDS_DEFAULT_TOP,
    KEYWORDS_MAX_TOP,
    fact_figure,
    fact_period,
    fact_scope,
    fact_statement,
    keywords_filter,
)

lang = current_lang()
tables = load_tables()
present = is_present()

st.title(story_words("compare_title", lang))
st.warning(story_words("caveat", lang, kept_whole=False), icon=":material/warning:")

metrics = tables["metrics"].set_index("fact")
cards = st.columns(3)
for card, fact in zip(cards, ("cn_fujian_digital_economy_growth", "vn_digital_economy_growth_2022", "vn_digital_economy_growth_2023")):
    row = metrics.loc[fact]
    with card, st.container(border=True):
        row = row.copy()
        row["fact"] = fact
        st.metric(f"{fact_scope(row, lang)} · {fact_period(row, lang)}", breaks_at_words(fact_figure(row, lang)))
        # the card's claim in full: what, scope, period and who says so
        st.caption(md_escape(names_kept_whole(fact_statement(row, lang))))

# side by side on a desktop: each laid out for a phone's column, alone across the page they wrapped their
# titles and sources at a quarter of its width
left, right = st.columns(2, gap="medium") if not present else (st.container(), st.container())
with left:
    chart_block("compare_growth", lang, present=present)
with right:
    chart_block("compare_share", lang, present=present)
chart_block("compare_themes", lang, present=present)

# a static table, not st.dataframe: ten short quotes read better wrapped than in a grid,
# and the page does not load the grid's script
st.table(theme_quotes(lang), hide_index=True)

top = st.slider(t("top_n", lang), min_value=3, max_value=KEYWORDS_MAX_TOP, value=KEYWORDS_DEFAULT_TOP, key="top",
                bind="query-params")
chart_block("compare_keywords", lang, present=present, filters=keywords_filter(top))
