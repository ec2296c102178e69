"""/review: the analysts' queue of automatic figures (least sure first), the history, removal and rollback.

Each decision is one workspace transaction in a worker process; the server checks who is
asking and every value on each request, whatever the page's widgets allowed.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
import streamlit as st

from digital_compare import paths
from digital_compare.app.formatting import moment_words
from digital_compare.app.i18n import STRINGS, label, t
from digital_compare.app.ui import md_escape
from digital_compare.app.ui_add import error_message, indicator_name, label_widgets
from digital_compare.app.views import article_source
from digital_compare.app import ui_auth
from digital_compare.app.worker import WRITE_MEMORY_BYTES, WRITE_NICENESS, WRITE_SECONDS, BudgetExceeded, run_with_budget
from digital_compare.errors import BuildError
from digital_compare.tables.validate import ValidationError
from digital_compare.text.labeller import subject_name

__all__ = ["review_page"]


def review_queue(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Unreviewed automatic figures of the added articles, least sure first."""
    metrics = tables["metrics"]
    queue = metrics[metrics["source"] == "auto"]
    return queue.sort_values(["confidence", "article_id", "mention_start"], kind="stable").reset_index(drop=True)


def label_period(row) -> tuple[int | None, int | None]:
    """A metrics row's period as a label and a decision carry it: a span is kept there as its last year
    (``year``) and its first (``year_first``); a label holds the first as ``year`` and the last as ``year_end``."""
    year, first = row.get("year"), row.get("year_first")
    if year is None or pd.isna(year):
        return None, None
    if first is None or pd.isna(first) or int(first) == int(year):
        return int(year), None
    return int(first), int(year)


def _write(job, *args) -> object | None:
    """Run one workspace write in a worker; a refusal or a failure becomes one line on the page."""
    lang = st.session_state.get("lang", "th")
    try:
        with st.spinner(t("add_saving", lang)):
            return run_with_budget(job, Path(paths.ROOT), *args, ui_auth.current_actor(), seconds=WRITE_SECONDS,
                                   memory_bytes=WRITE_MEMORY_BYTES, pool="write", niceness=WRITE_NICENESS)
    except (ValidationError, BudgetExceeded, BuildError, RuntimeError, OSError) as err:
        st.session_state["_review_error"] = error_message(err, lang)
        return None


def _sentence(tables, row) -> str:
    """The figure's sentence, the figure marked (from the sentences table: an added article's text
    itself is kept in the workspace's database, not in the published version)."""
    mention = tables["mentions"].set_index("id").loc[row["mention_id"]]
    sentences = tables["sentences"]
    start, end = int(mention["start"]), int(mention["end"])
    s0 = int(mention["sentence_start"])
    sentence = sentences[(sentences["article_id"] == row["article_id"]) & (sentences["start"] == s0)]
    if sentence.empty:  # a sentence split differently: the mention's own copy, unmarked
        return f'<p lang="th" style="font-size:1.15rem;line-height:1.9">{html.escape(str(mention["sentence"]))}</p>'
    text = str(sentence["text"].iloc[0])
    return (f'<p lang="th" style="font-size:1.15rem;line-height:1.9">{html.escape(text[:start - s0])}'
            f'<mark style="background:#F7F68F;outline:2px solid #0B5394;padding:1px 3px">'
            f'{html.escape(text[start - s0:end - s0])}</mark>{html.escape(text[end - s0:])}</p>')


def _queue_item(tables, lang: str) -> None:
    from digital_compare.workspace.jobs import review_job

    queue = review_queue(tables)
    st.header(t("review_queue", lang))
    if queue.empty:
        st.info(t("review_queue_empty", lang), icon=":material/task_alt:")
        return
    st.caption(t("review_queue_count", lang, n=len(queue)))
    row = queue.iloc[0]
    articles = tables["articles"].set_index("id")
    article = articles.loc[row["article_id"]]
    # cited as everywhere else: outlet, title and date; an untitled article by its outlet and date, never its id
    st.markdown(f"**{md_escape(article_source(article, lang))}**")
    st.html(_sentence(tables, row))
    start = int(row["mention_start"])
    year, year_end = label_period(row)
    shown = {"subject": row["subject"], "indicator": row["indicator"], "year": year, "status": row["status"],
             "part": row.get("part"), "year_end": year_end}
    with st.form(f"review_{row['mention_id']}"):
        chosen = label_widgets(shown, lang, key=f"review_{row['mention_id']}")
        st.caption(t("review_keys", lang))
        accept, correct, reject = st.columns(3)
        accepted = accept.form_submit_button(t("review_accept", lang), type="primary", shortcut="A",
                                             icon=":material/check:")
        corrected = correct.form_submit_button(t("save_correction", lang), shortcut="E", icon=":material/edit:")
        rejected = reject.form_submit_button(t("reject_figure", lang), shortcut="X", icon=":material/block:")
    decision = None
    if accepted:
        part = shown["part"] if isinstance(shown["part"], str) else None
        decision = {"start": start, "state": "accepted", "subject": row["subject"], "indicator": row["indicator"],
                    "part": part, "year": year, "year_end": year_end, "status": row["status"]}
    elif corrected:
        decision = {"start": start, "state": "corrected", **chosen}
    elif rejected:
        decision = {"start": start, "state": "rejected"}
    if decision and _write(review_job, row["article_id"], [decision]) is not None:
        st.session_state["_review_done"] = t(f"review_done_{decision['state']}", lang, figure=md_escape(row["surface"]))
        st.rerun()


#: what a publish line's reason begins with (the store writes it), as the history's own action names
_REASONS = {"add": "action_add", "review": "action_review", "remove": "action_remove", "roll": "action_rollback",
            "build": "action_publish", "repair:": "action_repair", "rebuild:": "action_rebuild"}
_OLDER_REASONS = {"the published tables were damaged": "repair:", "rebuild of the current version": "rebuild:"}


def _detail_value(key: str, value, lang: str) -> str:
    if key == "status":
        return label("status", value, lang)
    if key == "part":
        return label("part", value, lang)
    if key == "indicator":
        return indicator_name(value, lang)
    if key in ("subject", "country"):
        return f"{subject_name(value, lang)} ({value})"
    if key == "reason":
        value = str(value)
        for older, prefix in _OLDER_REASONS.items():  # the history is append-only: earlier wordings stay
            if value.startswith(older):
                value = f"{prefix} {value}"
        first, _, rest = value.partition(" ")
        if first not in _REASONS:
            return str(value)
        # what broke is the build's own English message: shown to English readers, named in Thai
        if first == "repair:" and lang == "en" and rest:
            return f"{t(_REASONS[first], lang)} ({rest.split(': ', 1)[-1]})"
        return t(_REASONS[first], lang)
    return str(value)


def actor_name(actor: str, lang: str) -> str:
    """Who did it: the workspace itself (a repair or rebuild), the person at the server's computer and the
    command line's user in the page's language, as the sidebar names them ("local" and "os:root" were shown
    as stored); a signed-in person's id as it is."""
    from digital_compare.workspace.auth import COMMAND_LINE_PREFIX, LOCAL_ID
    from digital_compare.workspace.store import SYSTEM

    if actor == SYSTEM.id:
        return t("actor_system", lang)
    if actor == LOCAL_ID:
        return t("actor_local", lang)
    if str(actor).startswith(COMMAND_LINE_PREFIX):
        return t("actor_command_line", lang, name=str(actor).removeprefix(COMMAND_LINE_PREFIX))
    return str(actor)


def version_option(version: dict, lang: str) -> str:
    """A published version as the rollback list offers it: its number, time, who and why, the reason as
    the history names it (the store writes it in English, with the build's own message)."""
    return (f"{version['id']} · {moment_words(version['created_at'], lang)} · {actor_name(version['actor'], lang)} · "
            f"{_detail_value('reason', version['reason'], lang)}")


def history_detail(detail: dict, lang: str) -> str:
    """A history line's detail in the page's language: field names and coded values by their names
    (ids, numbers and the analyst's own text as they are)."""
    return ", ".join(f"{t(f'hkey_{key}', lang) if f'hkey_{key}' in STRINGS else key}: {_detail_value(key, value, lang)}"
                     for key, value in detail.items() if value is not None)


def _history(lang: str) -> None:
    from digital_compare.workspace.store import Workspace

    st.header(t("history_title", lang))
    lines = Workspace().history(200)
    if not lines:
        st.info(t("history_empty", lang))
        return
    frame = pd.DataFrame([{
        "at": moment_words(line["at"], lang), "actor": actor_name(line["actor"], lang), "action": t(f"action_{line['action'].split(':')[0]}", lang)
        + (f" · {t('review_' + line['action'].split(':')[1], lang)}" if ":" in line["action"] else ""),
        "article": line["article_id"] or "", "detail": history_detail(line["detail"], lang),
    } for line in lines])
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={c: t(f"hcol_{c}", lang) for c in ("at", "actor", "action", "article", "detail")})


def _manage(lang: str) -> None:
    from digital_compare.workspace.jobs import remove_job, rollback_job
    from digital_compare.workspace.store import Workspace

    workspace = Workspace()
    st.header(t("manage_title", lang))
    added = workspace.articles()
    left, right = st.columns(2)
    names = {a["id"]: article_source(a, lang) for a in added}  # cited as every page cites it, "untitled" included
    # an empty select box opens on Streamlit's own English "No results": nothing to choose is said instead
    if not names:
        left.caption(md_escape(t("remove_none", lang)))
    else:
        with left.form("remove_form"):
            chosen = st.selectbox(t("remove_choose", lang), list(names), format_func=names.get, index=None,
                                  placeholder=t("choose", lang))
            # a removal takes the article's figures off every page at once: asked for twice, never by one slip
            confirmed = st.checkbox(t("remove_confirm", lang))
            removed = st.form_submit_button(t("remove_button", lang), icon=":material/delete:")
        if removed and chosen is None:
            left.error(t("remove_choose_first", lang), icon=":material/error:")
        elif removed and not confirmed:
            left.error(t("remove_unconfirmed", lang), icon=":material/error:")
        elif removed and _write(remove_job, chosen) is not None:
            st.session_state["_review_done"] = t("remove_done", lang)
            st.rerun()
    versions = workspace.versions()
    if not versions:
        right.caption(md_escape(t("rollback_none", lang)))
        return
    with right.form("rollback_form"):
        shown = {v["id"]: version_option(v, lang) for v in versions}
        version = st.selectbox(t("rollback_choose", lang), list(shown), format_func=shown.get, index=None,
                               placeholder=t("choose", lang))
        rolled = st.form_submit_button(t("rollback_button", lang), icon=":material/history:", disabled=len(shown) < 2)
    if rolled and version is not None and _write(rollback_job, int(version)) is not None:
        st.session_state["_review_done"] = t("rollback_done", lang, version=version)
        st.rerun()


def review_page(tables: dict[str, pd.DataFrame], lang: str) -> None:
    actor = ui_auth.current_actor()
    off = ui_auth.writing_off_message(actor, lang)
    if off:
        st.info(off, icon=":material/lock:")
        return
    for key, box in (("_review_error", st.error), ("_review_done", st.success)):
        if key in st.session_state:
            box(st.session_state.pop(key))
    _queue_item(tables, lang)
    _manage(lang)
    _history(lang)
