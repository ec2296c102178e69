"""/analyze's proposed labels (review one figure at a time) and "Add to the dashboard".

Nothing here writes: the workspace does, in a worker process with its own budget. Every value
the page sends is checked again by the workspace, whatever the widgets allowed.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from pathlib import Path

import pandas as pd
import streamlit as st

from digital_compare.app.analysis import Analysis
from digital_compare.app.formatting import format_figure, named_in_english, with_qualifier
from digital_compare.app.i18n import label, t
from digital_compare.app.layout import grid_column_px
from digital_compare.app.ui import PAGE_FILES, md_escape
from digital_compare.app.views import article_source, article_sources, indicator_names
from digital_compare.app import ui_auth
from digital_compare.app.worker import WRITE_MEMORY_BYTES, WRITE_NICENESS, WRITE_SECONDS, BudgetExceeded, run_with_budget
from digital_compare.errors import BuildError
from digital_compare.tables.validate import (
    EARLIEST_PUBLISHED,
    LIMITS,
    MAY_BE_NOT_GIVEN,
    PARTS,
    YEAR_RANGE,
    ValidationError,
    check_article_fields,
    check_decision,
    country_codes,
    subject_codes,
)
from digital_compare.text.labeller import STATUSES, indicator_vocabulary, subject_name
from digital_compare.text.extract import qualifier_words
from digital_compare.text.thai_numbers import SCALE_PATTERN

__all__ = ["labels_review", "add_form", "error_message", "labels_frame"]

NOT_GIVEN = "—"


def indicator_name(indicator: str, lang: str) -> str:
    return indicator_names(lang).get(indicator, indicator)


def article_citation(article_id: str, lang: str, articles: pd.DataFrame | None = None) -> str:
    """An article as the pages cite it, by outlet, title and date (its id only beside them, in brackets);
    the bare id where the published tables do not hold it."""
    if articles is None:
        from digital_compare.app.ui import load_tables

        articles = load_tables()["articles"]
    return article_sources(articles, [article_id], lang, with_id=True).get(article_id, article_id)


def error_message(err: Exception, lang: str) -> str:
    """One line for the page, in its language: a known refusal by its key, else its message (no exception names)."""
    if isinstance(err, ValidationError):
        from digital_compare.app.i18n import STRINGS

        if err.key in STRINGS:
            params = {k: md_escape(v) for k, v in err.params.items()}
            if f"field_{err.params.get('field')}" in STRINGS:
                params["field"] = t(f"field_{err.params['field']}", lang)
            if err.key in ("quota_near_duplicate", "quota_seed_copy") and "id" in err.params:  # the article it copies, as every page cites one
                params["id"] = md_escape(article_citation(str(err.params["id"]), lang))
            return t(err.key, lang, **params)
        return md_escape(str(err))
    if isinstance(err, BudgetExceeded):
        return t(f"write_{err.kind}" if err.kind in ("time", "memory", "busy") else "write_failed", lang,
                 seconds=f"{WRITE_SECONDS:g}", cause="")
    if isinstance(err, BuildError):
        return t("write_failed", lang, cause=md_escape(str(err)))
    return t("write_failed", lang, cause=md_escape(str(err).split(":")[-1].strip()))


def shown_figure(record: dict, lang: str, qualified_as: str = "") -> str:
    """A figure as the labels table shows it: on a Thai page as the text writes it, led by its qualifier
    in the text's words (``qualified_as``: "ราว ", never "ประมาณ" for it) or else the qualifier's usual
    word ("ประมาณ 4.5 แสนล้านบาท"); on an English page in English ("about 450 billion baht", "#45"), the
    Thai as written only where its unit has no English name (the sentence stays Thai in its own column)."""
    written = (f"{qualified_as}{record['surface']}" if qualified_as and lang != "en"
               else with_qualifier(record["surface"], record.get("qualifier"), lang))
    value, unit = record.get("value"), record.get("unit")
    unit = None if unit is None or (not isinstance(unit, str) and pd.isna(unit)) else unit
    if lang != "en" and unit == "top" and value is not None and "ใน" not in record["surface"]:
        # "ใน 50 ประเทศแรก" read "50": a place in a top group, not a value of 50
        return format_figure(float(value), "top", "top", lang)
    if lang != "en" and value is not None and not pd.isna(value) and _scale_shared(record["surface"], float(value)):
        # "139 และ 167 ล้านคน": the first of a pair is 139 million as the second's scale says; "139 คน" would be wrong
        return format_figure(float(value), unit, qualifier_of(record), lang)
    if lang != "en" and unit and any("\u0e00" <= ch <= "\u0e7f" for ch in unit) and unit not in record["surface"]:
        # "9" → "9 ภารกิจ": the thing counted, which the text writes after the number; "73 ล้าน" → "73 ล้านคน", as written
        joint = "" if written[-1:] >= "\u0e00" else " "
        return f"{written}{joint}{unit}"
    if lang != "en" or value is None or pd.isna(value):
        return written
    if not named_in_english(unit):  # "12 million (หมายเลข)": the number in English, the thing counted as written
        return f"{format_figure(float(value), None, qualifier_of(record), 'en')} ({unit})"
    return format_figure(float(value), unit, qualifier_of(record), "en")


def qualifier_of(record: dict) -> str | None:
    qualifier = record.get("qualifier")
    return qualifier if isinstance(qualifier, str) else None


def _scale_shared(surface: str, value: float) -> bool:
    """Whether a figure's value holds a scale its own words do not: the first of a pair ("139" of "139 และ 167 ล้านคน")."""
    digits = re.fullmatch(r"\D*?(\d[\d,]*(?:\.\d+)?)\D*", surface)
    if digits is None or re.search(SCALE_PATTERN + r"|[Mm]illion|[Bb]illion|[Tt]rillion", surface):
        return False
    written = float(digits.group(1).replace(",", ""))
    return abs(value) >= 1e4 and not math.isclose(written, value)


def period_cell(year, year_end) -> str:
    """A figure's period as the labels table shows it: "2022–2023" for a span, the year alone, or "not given".

    :Example:

        >>> period_cell(2022, 2023), period_cell(2023.0, None), period_cell(None, None) == NOT_GIVEN
        ('2022–2023', '2023', True)
    """
    if year is None or pd.isna(year):
        return NOT_GIVEN
    if year_end is None or pd.isna(year_end) or int(year_end) == int(year):
        return str(int(year))
    return f"{int(year)}–{int(year_end)}"


def labels_frame(result: Analysis, fixes: dict[int, dict], lang: str) -> pd.DataFrame:
    """One row per figure as the page shows it: names in the page's language, the analyst's
    corrections applied, the figures that need review first (least sure first)."""
    labels = result.labels
    rows = []
    for record in labels.to_dict("records"):
        fix = fixes.get(int(record["start"]))
        shown = dict(record, **(fix or {}))
        state = (fix or {}).get("state", "proposed")
        needs_review = state == "proposed" and float(record["confidence"]) < 0.8
        rows.append({
            "start": int(record["start"]), "end": int(record["end"]),
            "figure": shown_figure(record, lang, qualifier_words(result.text, int(record["start"]))
                                   if isinstance(record.get("qualifier"), str) else ""),
            "measure": record["measure"],
            "subject": subject_name(shown["subject"], lang) if shown.get("subject") else NOT_GIVEN,
            "indicator": indicator_name(shown["indicator"], lang) if shown.get("indicator") else NOT_GIVEN,
            "year": period_cell(shown.get("year"), shown.get("year_end"))
            + (f" ({t('year_status_unclear', lang)})" if state == "proposed" and record.get("year_status") == "unclear" else ""),
            "status": label("status", shown["status"], lang) if shown.get("status") else NOT_GIVEN,
            "confidence": float(record["confidence"]),
            "review": t(f"review_{'needed' if needs_review else state}", lang),
            "_order": (0 if needs_review else 1, float(record["confidence"]), int(record["start"])),
        })
    rows.sort(key=lambda row: row.pop("_order"))
    return pd.DataFrame(rows)


def _sentence_html(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    before, figure, after = text[sentence_start:start], text[start:end], text[end:sentence_end]
    return (f'<p lang="th" style="font-size:1.1rem;line-height:1.9">{html.escape(before)}'
            f'<mark style="background:#F7F68F;outline:2px solid #0B5394;padding:1px 3px">{html.escape(figure)}</mark>'
            f"{html.escape(after)}</p>")


def _fixes(key: str) -> dict[int, dict]:
    return st.session_state.setdefault(f"fixes_{key}", {})


def labels_review(result: Analysis, lang: str, key: str) -> None:
    """The proposed labels first, needing-review rows first; the chosen row's sentence with its figure
    highlighted, and its labels to keep, correct or reject."""
    labels = result.labels
    if labels.empty:
        return
    fixes = _fixes(key)
    frame = labels_frame(result, fixes, lang)
    needing = int((frame["review"] == t("review_needed", lang)).sum())
    st.header(t("labels_title", lang))
    st.caption(md_escape(t("labels_help", lang, n=len(frame), needing=needing)))
    # review beside the figure: on a phone the first three columns are what shows without a sideways scroll
    columns = ["figure", "review", "subject", "indicator", "year", "status", "confidence", "measure"]
    headers = {"figure": t("col_surface", lang), "review": t("col_review", lang), "subject": t("col_subject", lang),
               "indicator": t("col_indicator", lang), "year": t("col_year", lang), "status": t("col_status", lang),
               "measure": t("col_measure", lang)}
    event = st.dataframe(
        frame[columns], hide_index=True, width="stretch", key=f"labels_{key}", on_select="rerun",
        selection_mode="single-row",
        column_config={
            # each as wide as its longest cell: "medium" gave «9 ภารกิจ» 200 px and left room for two columns
            # on a phone; "small" cut «ประมาณ 4.…» and «ค่าเป้าหมา»
            **{name: st.column_config.TextColumn(header, width=grid_column_px([header, *frame[name].astype(str)]))
               for name, header in headers.items()},
            "confidence": st.column_config.ProgressColumn(t("col_confidence", lang), min_value=0.0, max_value=1.0,
                                                          format="%.2f", width="small"),
        },
    )
    chosen = selected_row(event, len(frame))
    row = frame.iloc[chosen]
    record = labels[labels["start"] == row["start"]].iloc[0].to_dict()
    st.subheader(t("figure_in_sentence", lang, figure=md_escape(row["figure"])))
    st.html(_sentence_html(result.text, int(record["start"]), int(record["end"]), int(record["sentence_start"]),
                           int(record["sentence_end"])))
    _figure_form(record, fixes, labels["start"], lang, key)


def selected_row(event, rows: int) -> int:
    """The row a table's selection names, or the first: the selection comes from the client, which may send
    a string, a bool, a fraction or a mapping where a row number belongs (each broke the page)."""
    try:
        chosen = (event.selection.rows or [0])[0]
    except (AttributeError, KeyError, IndexError, TypeError):
        return 0
    if isinstance(chosen, bool) or not isinstance(chosen, int) or not 0 <= chosen < rows:
        return 0
    return chosen


def status_choice(status: str, lang: str) -> str:
    """A status as the labelling form offers it: "proposed" with what it means (put forward, not said to be adopted)."""
    return t("status_choice_proposed", lang) if status == "proposed" else label("status", status, lang)


def label_widgets(current: dict, lang: str, key: str) -> dict:
    """The four labels and the part of one figure as widgets (inside a form), set to ``current``;
    the chosen values, as a decision carries them. /analyze and /review show the same ones; ``key``
    names the figure (its widgets keep what the analyst typed while it is shown)."""
    def keyed(name: str) -> str:
        return f"{key}_{name}"

    subjects = sorted(subject_codes() | {str(current.get("subject"))}, key=lambda c: subject_name(c, lang))
    indicators = [entry["id"] for entry in indicator_vocabulary()]
    parts = [None] + sorted({p for options in PARTS.values() for p in options})
    year, year_end = current.get("year"), current.get("year_end")
    part = current.get("part") if isinstance(current.get("part"), str) else None
    left, right = st.columns(2)
    subject = left.selectbox(t("col_subject", lang), subjects, key=keyed("subject"),
                             index=subjects.index(current["subject"]) if current.get("subject") in subjects else 0,
                             format_func=lambda c: subject_name(c, lang))
    indicator = right.selectbox(t("col_indicator", lang), indicators, key=keyed("indicator"),
                                index=indicators.index(current["indicator"]) if current.get("indicator") in indicators else 0,
                                format_func=lambda i: indicator_name(i, lang))
    left, end, middle, right = st.columns(4)
    # a number box offers to be emptied only if it opens empty: set to the proposed year through its key, a
    # year the text does not give can be cleared to "not given" (passed as its value, clearing restored it)
    for name, proposed in (("year", year), ("year_end", year_end)):
        st.session_state.setdefault(keyed(name), None if proposed is None or pd.isna(proposed) else int(proposed))
    year = left.number_input(t("col_year", lang), min_value=YEAR_RANGE[0], max_value=YEAR_RANGE[1], step=1, key=keyed("year"),
                             value=None, placeholder=NOT_GIVEN)
    # a figure for a span ("2 ปีซ้อน (2022, 2023)") keeps its last year through a correction
    year_end = end.number_input(t("col_year_end", lang), min_value=YEAR_RANGE[0], max_value=YEAR_RANGE[1], step=1, key=keyed("year_end"),
                                value=None, placeholder=t("year_end_none", lang))
    status = middle.selectbox(t("col_status", lang), list(STATUSES), key=keyed("status"),
                              index=list(STATUSES).index(current["status"]) if current.get("status") in STATUSES else 0,
                              format_func=lambda s: status_choice(s, lang))
    part = right.selectbox(t("col_part", lang), parts, key=keyed("part"), index=parts.index(part) if part in parts else 0,
                           format_func=lambda p: NOT_GIVEN if p is None else label("part", p, lang))
    return {"subject": subject, "indicator": indicator, "part": part, "year": None if year is None else int(year),
            "year_end": None if year_end is None else int(year_end), "status": status}


def _figure_form(record: dict, fixes: dict[int, dict], starts, lang: str, key: str) -> None:
    start = int(record["start"])
    current = dict(record, **fixes.get(start, {}))
    done = st.session_state.pop(f"_figure_done_{key}", None)
    if done:  # said where the button is: the count that changes is in the caption far above it on a phone
        st.toast(t(f"figure_done_{done}", lang), icon=":material/check:")
    with st.form(f"figure_{key}_{start}", border=True):
        chosen = label_widgets(current, lang, key=f"fix_{key}_{start}")
        save, reject = st.columns(2)
        saved = save.form_submit_button(t("save_correction", lang), icon=":material/edit:")
        rejected = reject.form_submit_button(t("reject_figure", lang), icon=":material/block:")
    if not (saved or rejected):
        return
    fix = {"state": "rejected"} if rejected else {"state": "corrected", **chosen}
    try:
        # what a crafted client sent is refused here at once, and checked again by the workspace on adding
        check_decision({"start": start, **fix}, frozenset(int(s) for s in starts))
    except ValidationError as err:
        st.error(error_message(err, lang), icon=":material/error:")
        return
    fixes[start] = fix
    st.session_state[f"_figure_done_{key}"] = fix["state"]
    st.rerun()


def _listed(names: list[str], lang: str) -> str:
    """"a, b and c" / "a b และ c"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}" if lang == "en" else f"{' '.join(names[:-1])} และ{names[-1]}"


def _decisions(fixes: dict[int, dict]) -> tuple[dict, ...]:
    return tuple({"start": start, **fix} for start, fix in sorted(fixes.items()))


def add_form(result: Analysis, detected: dict, lang: str, key: str) -> None:
    """Country, outlet, title and date (prefilled from the text), each given or ticked as not given by the
    article, then one transactional add."""
    from digital_compare import paths
    from digital_compare.workspace.jobs import add_job
    from digital_compare.workspace.store import NewArticle

    actor = ui_auth.current_actor()
    if not actor.can_write:
        return  # decided on the server on every run; the page says why under its title
    st.header(t("add_title_header", lang))
    countries = list(country_codes())
    guessed = detected.get("country")
    published = detected.get("published")
    with st.form(f"add_{key}"):
        st.markdown(md_escape(t("add_intro", lang, outlet=t("outlet_not_given", lang), title=t("title_not_given", lang),
                                 date=t("date_not_given", lang))))
        country = st.selectbox(t("add_country", lang), countries, index=countries.index(guessed) if guessed in countries else None,
                               format_func=lambda c: f"{subject_name(c, lang)} ({c})", placeholder=t("choose", lang))
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        outlet = left.text_input(t("add_outlet", lang), value=detected.get("outlet") or "", max_chars=LIMITS["outlet"])
        no_outlet = right.checkbox(t("add_no_outlet", lang))
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        title = left.text_input(t("add_title", lang), value=detected.get("title") or "", max_chars=LIMITS["title"],
                                placeholder=t("add_title_placeholder", lang))
        no_title = right.checkbox(t("add_no_title", lang))
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        date = left.date_input(t("add_published", lang), value=dt.date.fromisoformat(published) if published else None,
                               min_value=EARLIEST_PUBLISHED, max_value=dt.date.today(), format="YYYY-MM-DD")
        no_date = right.checkbox(t("add_no_published", lang))
        submitted = st.form_submit_button(t("add_button", lang), type="primary", icon=":material/add_circle:")
    if not submitted:
        return
    # a ticked box wins over what the field still holds (a prefilled guess the analyst did not clear)
    not_given = [name for name, ticked in (("outlet", no_outlet), ("title", no_title), ("published", no_date)) if ticked]
    fields = {"country": country, "outlet": None if no_outlet else outlet, "title": None if no_title else title,
              "published": None if no_date else date.isoformat() if isinstance(date, dt.date) else date,
              "not_given": not_given}
    missing = ([] if country else ["country"]) + [name for name in MAY_BE_NOT_GIVEN
                                                   if name not in not_given and not str(fields[name] or "").strip()]
    if len(missing) > 1:  # one message per press named one field: every one still to fill in, at once
        st.error(t("add_missing_fields", lang, fields=_listed([t(f"field_{name}", lang) for name in missing], lang)),
                 icon=":material/error:")
        return
    try:
        check_article_fields(fields)  # a clear line at once; the workspace checks it again
        with st.spinner(t("add_saving", lang)):
            done = run_with_budget(add_job, Path(paths.ROOT), [NewArticle(result.text, fields, _decisions(_fixes(key)))],
                                   actor, seconds=WRITE_SECONDS, memory_bytes=WRITE_MEMORY_BYTES, pool="write",
                                   niceness=WRITE_NICENESS)
    except (ValidationError, BudgetExceeded, BuildError, RuntimeError, OSError) as err:
        st.error(error_message(err, lang), icon=":material/error:")
        return
    if done.added:
        cited = article_source({"outlet": fields["outlet"], "title": fields["title"], "published": fields["published"]}, lang)
        st.success(t("add_done", lang, article=md_escape(cited), version=done.version), icon=":material/check_circle:")
    else:
        st.info(t("add_existing", lang), icon=":material/info:")
    article_id = (done.added or done.existing)[0]
    st.page_link(PAGE_FILES["explore"], label=t("nav_explore", lang), icon=":material/query_stats:",
                 query_params={"lang": lang})
    st.page_link(PAGE_FILES["sources"], label=t("open_in_reader", lang), icon=":material/find_in_page:",
                 query_params={"lang": lang, "article": article_id})
