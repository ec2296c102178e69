"""Data: every built table with its description, a filter, a CSV download and a pandas snippet."""

import streamlit as st

from digital_compare.app.i18n import t
from digital_compare.app.ui import current_lang, download_csv, load_metas, load_tables, md_escape, seed_from_url, write_to_url
from digital_compare.app.views import column_help, column_name, display_frame, thai_words
from digital_compare.tables.store import TABLE_NAMES

lang = current_lang()
tables = load_tables()
st.title(t("data_title", lang))

metas = load_metas()


def _title(table: str) -> str:
    meta = metas[table]
    return str(meta.get("title_th") if lang == "th" else meta.get("title")) or table


# the file name beside the title: it is what the CSV and the pandas snippet below are called
# kept in the URL by hand: a bound select box writes its shown label there, and the label is in the page's language
seed_from_url("table", list(TABLE_NAMES), label_text=t("choose_table", lang))
name = st.selectbox(t("choose_table", lang), TABLE_NAMES, key="table", format_func=lambda table: f"{_title(table)} ({table})")
write_to_url("table", name, default=TABLE_NAMES[0])
meta = metas[name]
suffix = "_th" if lang == "th" else ""
st.header(_title(name))
st.markdown(md_escape(" ".join(str(meta.get(f"description{suffix}") or meta.get("description", "")).split())))
columns_text = meta.get(f"columns{suffix}") or meta.get("columns")
if columns_text:
    with st.expander(t("columns", lang)):
        for column, text in columns_text.items():
            st.markdown(f"- {md_escape(column_name(column, lang, name))} `{column}`: {md_escape(column_help(column, text, lang))}")

# Streamlit's "Press Enter to apply" is English on every page and has no setting: the filter applies as one types
st.html("<style>[data-testid=InputInstructions]{display:none !important}</style>")
query = st.text_input(t("filter_text", lang), key="q", bind="query-params", max_chars=200)
df = tables[name]
if query:
    mask = df.astype(str).apply(lambda col: col.str.contains(query, case=False, regex=False)).any(axis=1)
    df = df[mask]
# markdown, not a caption: a caption's grey passes 4.5:1 only once the page-wide style has arrived,
# and the filter box bound to the URL can rerun the page before it has
st.markdown(md_escape(t("rows_shown", lang, shown=len(df), total=len(tables[name]))))
if df.empty:
    st.info(t("no_rows", lang))
else:
    st.dataframe(display_frame(df, lang, with_codes=True, articles=tables["articles"], table=name), hide_index=True, width="stretch")
    download_csv(df, name, lang, key=f"csv_{name}")
    if lang == "th":  # the file keeps the table's English names and codes; the table above is in Thai
        st.markdown(md_escape(t("data_raw_file_note", lang, name=name)))
    elif thai_units := thai_words(df.get("unit")):  # and the articles' own units, which the table above translates
        st.markdown(md_escape(t("data_raw_units_note", lang, name=name, units=", ".join(f"“{u}”" for u in thai_units[:3]))))

st.markdown(f"**{t('pandas_snippet', lang)}**")
# plain text: the syntax colours of Streamlit's code block fall below 4.5:1 on its background
# wrapped: on a phone the snippet scrolled sideways in a box a keyboard could not reach (axe: scrollable-region-focusable)
st.code(f'import pandas as pd\n\n{name} = pd.read_csv("data/tables/{name}.csv")', language="text", wrap_lines=True)
