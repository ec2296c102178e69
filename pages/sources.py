"""Sources: the article reader with every extracted figure highlighted, and the data-quality checks."""

import pandas as pd
import streamlit as st

from digital_compare.app.i18n import label, t
from digital_compare.app.ui import (
    article_text,
    KIND_COLORS,
    current_lang,
    download_csv,
    kind_legend_html,
    load_tables,
    md_escape,
    md_literal,
    mention_spans,
    reader_html,
    seed_from_url,
    show_reader,
    url_pills,
    write_to_url,
)
from digital_compare.app.views import article_name, check_text, column_name, display_frame, download_frame
from digital_compare.text.clean import boilerplate_spans
from digital_compare.text.thai_text import excerpt_at_words

#: the selected figure's sentence is shown in at most about this many characters
SELECTED_EXCERPT_CHARS = 160

lang = current_lang()
tables = load_tables()
st.title(t("sources_title", lang))
st.markdown(md_escape(t("sources_intro", lang)))

articles = tables["articles"].set_index("id")
mentions = tables["mentions"]
requested = st.query_params.get("m")
focus_row = mentions[mentions["id"] == requested]
focus = requested if not focus_row.empty else None  # only a known id ever reaches the reader's script
if requested and focus_row.empty:
    st.warning(t("mention_not_found", lang, id=md_literal(requested)))
asked_article = st.query_params.get("article")
if asked_article and asked_article not in articles.index and focus_row.empty:
    st.warning(t("article_not_found", lang, id=md_literal(asked_article)))
# an id names its article before the colon: a figure gone (or mistyped) still opens the article it was of
focus_article = focus_row.iloc[0]["article"] if not focus_row.empty else (requested or "").rpartition(":")[0]
if focus_article in articles.index and st.session_state.get("_focus") != requested:
    st.session_state["_focus"] = requested
    st.session_state["article"] = focus_article
else:
    seed_from_url("article", list(articles.index))

# one pass over the articles: a .loc per option cost 0.1 ms each, 100 ms for 1,000 articles
names = {row["id"]: f"{label('country', row['country'], lang)} — {article_name(row, lang)}"
         for row in tables["articles"].to_dict("records")}
article_id = st.selectbox(t("choose_article", lang), list(articles.index), key="article", format_func=names.__getitem__)
write_to_url("article", article_id, default=articles.index[0])
kinds = [k for k in KIND_COLORS if k in set(mentions["kind"])]
chosen = url_pills(t("filter_kind", lang), kinds, key="kind", format_func=lambda k: label("kind", k, lang))
shown = mentions[(mentions["article"] == article_id) & mentions["kind"].isin(chosen)]

if not focus_row.empty and focus_row.iloc[0]["article"] == article_id:
    row = focus_row.iloc[0]
    # the figure's sentence around the figure, cut between words ("…46 และ…", never "…46 แล")
    sentence = row["sentence"]
    offset = int(row["start"]) - int(row["sentence_start"])
    if sentence[offset:offset + len(row["surface"])] != row["surface"]:  # a long sentence is stored as an excerpt
        offset = max(0, sentence.find(row["surface"]))
    excerpt = excerpt_at_words(sentence, offset, offset + len(row["surface"]), SELECTED_EXCERPT_CHARS)
    st.info(f"{t('selected_mention', lang)}: **{md_escape(row['surface'])}** ({label('kind', row['kind'], lang)}) — "
            f"{md_escape(excerpt)}")
at = st.query_params.get("at")
at_is_offset = bool(at) and at.isascii() and at.isdigit() and len(at) <= 9  # "²" is a digit to str.isdigit
raw = article_text(article_id, articles.loc[article_id, "path"])
if at and not at_is_offset:
    st.warning(t("bad_offset", lang, at=md_literal(at)))
elif at_is_offset and int(at) > len(raw) and focus_row.empty and len(shown):
    st.warning(t("offset_past_end", lang, at=md_literal(at), length=f"{len(raw):,}"))
if focus_row.empty and at_is_offset:
    nearest = shown.iloc[(shown["start"] - int(at)).abs().argsort()[:1]] if len(shown) else shown
    focus = nearest.iloc[0]["id"] if len(nearest) else None

st.html(kind_legend_html({k: KIND_COLORS[k] for k in chosen}, lambda k: label("kind", k, lang)))
kind_names = {kind: label("kind", kind, lang) for kind in KIND_COLORS}
show_reader(reader_html(raw, mention_spans(shown), boilerplate_spans(raw), focus, KIND_COLORS, kind_names), 560, focus,
            title=article_name(articles.loc[article_id], lang))

if shown.empty:
    st.info(t("no_rows", lang))
else:
    # the figure first, its long id last: on a phone the id took the first screen-width
    columns = ["surface", "kind", "value", "unit", "year", "date", "inferred", "qualifier", "start", "end", "id"]
    # the value column as wide as a 13-digit value ("2,000,000,000,000" was cut to "2,000,0…"), the date and the figure
    # as written as a whole Thai date ("22 เมษายน 2561" was cut to "22 เมษ…", "22 เมษายน ค.ศ.2018" to "…ค.ศ.201")
    st.dataframe(display_frame(shown, lang, columns), hide_index=True, width="stretch",
                 column_config={column_name(name, lang): st.column_config.Column(width="medium")
                                for name in ("surface", "value", "date")})
    # in the page's language, as the table above it; the raw file, English names and codes, is /data's
    download_csv(download_frame(shown, lang, tables["articles"]), f"mentions_{article_id}", lang, key="csv_mentions")

st.header(t("quality_title", lang))
checks = tables["checks"][tables["checks"]["article_id"] == article_id]
if checks.empty:
    st.info(t("no_checks", lang))
for check in checks.to_dict("records"):
    # a note that compares nothing (no expected, no observed value) is told as a note, not as "passed"
    note = pd.isna(check["expected"]) and pd.isna(check["observed"])
    # a failed check says so: its name states the condition it tests ("…gives UPU figures only…")
    failed = "check_failed" if check["severity"] == "error" else "check_failed_warning"
    status = t("check_not_compared", lang) if note else t("passed", lang) if check["passed"] else t(failed, lang)
    name, detail = check_text(check, lang)
    text = f"**{md_escape(name)}** — {status}: {md_escape(detail)}"
    box = st.info if note else st.success if check["passed"] else (st.error if check["severity"] == "error" else st.warning)
    box(text, icon=":material/info:" if note else ":material/check_circle:" if check["passed"] else ":material/flag:")
