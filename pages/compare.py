"""Compare: growth side by side with its caveat, the theme matrix with evidence, keywords."""

import streamlit as st

from digital_compare.app.i18n import label, t
from digital_compare.app.layout import breaks_at_words, names_kept_whole
from digital_compare.app.ui import chart_block, current_lang, is_present, load_tables, md_escape
from digital_compare.app.views import (
    KEYWORDS_DEFAULT_TOP,
    KEYWORDS_MAX_TOP,
    fact_figure,
    fact_period,
    fact_scope,
    fact_statement,
    keywords_filter,
    story_figures,
)

lang = current_lang()
tables = load_tables()
present = is_present()

st.title(names_kept_whole(t("compare_title", lang)))
st.warning(t("caveat", lang, **story_figures(tables, lang)), icon=":material/warning:")

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
# and the page does not load the grid's script; on an English page the gloss comes before the Thai quote,
# where a phone shows it (a fourth column was off the screen at 390 px)
# theme and country share a column: three columns of held-whole Thai words did not fit a 320 px phone
themes = tables["themes"].assign(
    theme=lambda d: [f"{label('cat', v, lang)} · {label('country', c, lang)}" for v, c in zip(d["theme"], d["country"])],
)[["theme", "gloss_en", "quote"] if lang == "en" else ["theme", "quote"]]
headers = {"theme": t("theme_country", lang), "quote": t("quote", lang), "gloss_en": t("gloss", lang)}
# st.table renders Markdown in cells; the quotes are article text and must show literally. A phone's
# narrow cells broke Thai mid-word ("ขอ|ง", "2 ล้าน|ล้านหยวน"): each cell breaks between the tokenizer's words
st.table(themes.fillna("").map(lambda cell: md_escape(breaks_at_words(cell))).rename(columns=headers), hide_index=True)

top = st.slider(t("top_n", lang), min_value=3, max_value=KEYWORDS_MAX_TOP, value=KEYWORDS_DEFAULT_TOP, key="top",
                bind="query-params")
chart_block("compare_keywords", lang, present=present, filters=keywords_filter(top))
