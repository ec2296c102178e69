"""Overview: headline figures for China (Fujian, 2020) and Vietnam (2023), and the way in."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.layout import breaks_at_words
from digital_compare.app.ui import PAGE_FILES, current_lang, load_tables, md_escape, source_caption, story_words
from digital_compare.app.views import kpi_rows

lang = current_lang()
tables = load_tables()

st.title(t("app_title", lang))
st.markdown(md_escape(t("app_tagline", lang)))

kpis = kpi_rows(tables, lang)
for country, column in zip(("CN", "VN"), st.columns(2, gap="large")):
    with column, st.container(border=True):
        st.header(story_words(f"kpi_{country.lower()}_header", lang))
        for kpi in (k for k in kpis if k["country"] == country):
            # no help icon: its label is Streamlit's English ("Help for …"), and the caption says the same
            # the value breaks between words only, "2 ล้านล้านหยวน" kept whole (the page's style lets it wrap)
            st.metric(kpi["label"], breaks_at_words(kpi["value"]), delta=kpi["delta"], delta_color=kpi["delta_color"], border=False)
            st.caption(md_escape(kpi["scope_year"]))
        st.page_link(PAGE_FILES["china" if country == "CN" else "vietnam"],
                     label=t("go_to", lang, page=t("nav_china" if country == "CN" else "nav_vietnam", lang)),
                     icon=":material/arrow_forward:", query_params={"lang": lang})

st.markdown(md_escape(story_words("overview_intro", lang)))
links = st.columns(3)
for i, page in enumerate(("compare", "sources", "data")):
    links[i].page_link(PAGE_FILES[page], label=t(f"nav_{page}", lang), icon=":material/arrow_forward:",
                       query_params={"lang": lang})
# the articles of the figures shown, not every article in the workspace (an analyst's added one gave none of them)
source_caption(tables, list(dict.fromkeys(kpi["article_id"] for kpi in kpis)), lang)
