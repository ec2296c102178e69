"""Data: every built table with its description, a filter, a CSV download and a pandas snippet."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import current_lang, download_csv, load_tables, md_escape
from digital_compare.tables.store import TABLE_NAMES, read_meta

lang = current_lang()
tables = load_tables()
st.title(t("data_title", lang))

name = st.selectbox(t("choose_table", lang), TABLE_NAMES, key="table", bind="query-params")
meta = read_meta(name)
st.header(meta.get("title_th") if lang == "th" else meta.get("title", name))
st.markdown(md_escape(" ".join(str(meta.get("description", "")).split())))
if meta.get("columns"):
    with st.expander(t("columns", lang)):
        for column, text in meta["columns"].items():
            st.markdown(f"- `{column}`: {md_escape(text)}")

query = st.text_input(t("filter_text", lang), key="q", bind="query-params", max_chars=200)
df = tables[name]
if query:
    mask = df.astype(str).apply(lambda col: col.str.contains(query, case=False, regex=False)).any(axis=1)
    df = df[mask]
st.caption(t("rows_shown", lang, shown=len(df), total=len(tables[name])))
if df.empty:
    st.info(t("no_rows", lang))
else:
    st.dataframe(df, hide_index=True, width="stretch")
    download_csv(df, name, lang, key=f"csv_{name}")

st.markdown(f"**{t('pandas_snippet', lang)}**")
# plain text: the syntax colours of Streamlit's code block fall below 4.5:1 on its background
st.code(f'import pandas as pd\n\n{name} = pd.read_csv("data/tables/{name}.csv")', language="text")
