"""The app driven as a crafted client drives it: Streamlit's websocket protocol spoken directly
(tests/streamlit_client.py), with values no widget would send. The server must check what it
receives: an out-of-range value is ignored or gets one clear message, never an exception or a
traceback for the visitor, and nothing is written unless the whole add is valid (issue 23).

Every server here serves a copy of data/ (DIGITAL_COMPARE_ROOT), so no test writes into the checkout.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit_client import Run, StreamlitClient, Trigger

from digital_compare.app.i18n import t
from digital_compare.app.layout import without_layout_marks
from digital_compare.app.views import KEYWORDS_DEFAULT_TOP
from digital_compare.paths import ROOT
from digital_compare.tables.store import read_meta
from digital_compare.tools.serve import running_app

pytestmark = pytest.mark.browser  # no browser, but each test starts a server

# what a visitor must never read: a traceback, a source line, an exception's class name
LEAK = re.compile(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|\b[A-Z]\w*(?:Error|Exception)\b")

ARTICLE = "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570"


def assert_no_crash(run: Run) -> None:
    assert run.status == "finished"
    assert not run.exceptions, f"exception shown to the visitor: {run.exceptions[0].text}"
    leaks = [text[:200] for text in run.texts if LEAK.search(text)]
    assert not leaks, f"traceback or exception name shown to the visitor: {leaks}"


def data_copy(tmp_path: Path) -> Path:
    """A project root holding a copy of the checkout's data/ (built tables included)."""
    # the link to the published version stays a link, into the copy's own versions
    shutil.copytree(ROOT / "data", tmp_path / "data", symlinks=True)
    return tmp_path


def snapshot(root: Path) -> dict[str, str]:
    """Every file under data/, by its content's digest."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((root / "data").rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = data_copy(tmp_path_factory.mktemp("served"))
    with running_app(env={"DIGITAL_COMPARE_ROOT": str(root)}) as url:
        yield url


@pytest.fixture
def client(app):
    with StreamlitClient(app) as session:
        yield session


# ---- pages that only read: values outside the widgets' options ----

def headings(run: Run) -> list[str]:
    return [e.text for e in run.of_type("heading")]


def test_data_table_outside_the_options_is_ignored(client):
    run = client.run(page="data", query="lang=en")
    table = run.widget(t("choose_table", "en"), key="table")
    chosen = client.run(widgets={table.id: "mentions"})  # the harness can choose: the page follows
    assert read_meta("mentions")["title"] in headings(chosen)
    crafted = client.run(widgets={table.id: "no_such_table"})
    assert_no_crash(crafted)
    assert read_meta("articles")["title"] in headings(crafted)  # the default table
    assert crafted.widget(key="table").proto.raw_value.endswith("(articles)")  # shown by its title, then its code


def keyword_bars(run: Run) -> list[int]:
    """How many terms the keywords chart draws for each country."""
    chart = next(e for e in run.of_type("plotly_chart") if e.key == "chart_compare_keywords")
    return [len(trace["y"]) for trace in json.loads(chart.proto.spec)["data"]]


@pytest.mark.parametrize("top", [10_000.0, -5.0, float("nan")])
def test_compare_top_n_outside_the_slider_falls_back(client, top):
    run = client.run(page="compare", query="lang=en&interactive=1")  # bars read from Plotly: the default top is otherwise a picture
    slider = run.widget(t("top_n", "en"), key="top")
    assert keyword_bars(client.run(widgets={slider.id: [5.0]})) == [5, 5]
    crafted = client.run(widgets={slider.id: [top]})
    assert_no_crash(crafted)
    assert keyword_bars(crafted) == [KEYWORDS_DEFAULT_TOP] * 2


def test_compare_top_n_outside_the_slider_falls_back_to_the_default_pictures(client):
    """The default top is drawn as the build's pictures; a crafted top is the default, so the pictures come back."""
    def pictured(run: Run) -> bool:
        return any('data-chart="compare_keywords"' in e.proto.body for e in run.of_type("html"))

    run = client.run(page="compare", query="lang=en")
    slider = run.widget(t("top_n", "en"), key="top")
    assert pictured(run) and not pictured(client.run(widgets={slider.id: [5.0]}))
    crafted = client.run(widgets={slider.id: [10_000.0]})
    assert_no_crash(crafted)
    assert pictured(crafted)


def reader(run: Run) -> str:
    """The article reader's frame address: it holds the article shown."""
    return next(e for e in run.of_type("iframe")).proto.src


def test_sources_article_outside_the_options_is_ignored(client):
    run = client.run(page="sources", query="lang=en")
    article = run.widget(t("choose_article", "en"), key="article")
    first, second = article.proto.options[:2]  # the browser sends the option as shown (format_func applied)
    shown_first = reader(client.run(widgets={article.id: first}))
    assert reader(client.run(widgets={article.id: second})) != shown_first
    crafted = client.run(widgets={article.id: "999_not_an_article"})
    assert_no_crash(crafted)
    assert reader(crafted) == shown_first  # the default article


@pytest.mark.parametrize("page, title_key", [("data", "data_title"), ("compare", "compare_title"),
                                             ("analyze", "analyze_title")])
def test_unknown_language_falls_back_to_thai(client, page, title_key):
    run = client.run(page=page, query="lang=xx")
    assert_no_crash(run)
    # a page title keeps names whole with invisible joiners, which the reader never sees
    assert t(title_key, "th") in [without_layout_marks(text) for text in run.texts]


# Streamlit itself, before the page's code runs: session_state.get_serialized ("'str' object cannot be
# interpreted as an integer") and SelectboxSerde.deserialize ("unhashable type: RepeatedScalarContainer")
WRONG_FIELD = ("Streamlit 1.67 raises TypeError on a selectbox value in another WidgetState field than "
               "string_value; the visitor gets Streamlit's generic error box")


@pytest.mark.parametrize("page, key, value", [
    ("compare", "top", "ten"),  # a string where the slider sends numbers
    pytest.param("data", "table", 3, id="number-into-selectbox", marks=pytest.mark.xfail(strict=True, reason=WRONG_FIELD)),
    ("data", "q", "ก" * 1_000_000),  # a million characters into a 200-character filter
    pytest.param("sources", "article", ["000", "004"], id="list-into-selectbox",
                 marks=pytest.mark.xfail(strict=True, reason=WRONG_FIELD)),
])
def test_values_of_the_wrong_type_or_size(client, page, key, value):
    run = client.run(page=page, query="lang=en")
    crafted = client.run(widgets={run.widget(key=key).id: value})
    assert_no_crash(crafted)


def test_clear_cache_then_a_page_still_renders(client):
    client.run(page="compare", query="lang=en")
    client.send_clear_cache()
    run = client.run(page="data")
    assert_no_crash(run)
    assert t("data_title", "en") in run.texts and run.of_type("dataframe")


# ---- /analyze: "Add to the dashboard" pressed with crafted values ----

def analysed(client: StreamlitClient, text: str = ARTICLE) -> Run:
    """/analyze with ``text`` pasted and Analyse pressed."""
    run = client.run(page="analyze", query="lang=en")
    submit = next(e for e in run.of_type("button") if e.proto.is_form_submitter and "analyse_form" in e.id)
    run = client.run(widgets={run.widget(key="paste").id: text, submit.id: Trigger})
    assert_no_crash(run)
    return run


@pytest.mark.parametrize("rows", [["x"], [None], [1.5], [True], {"a": 1}, [10**30], [-5], "rows"])
def test_a_crafted_selection_in_the_labels_table_shows_the_first_figure(client, rows):
    """The proposed labels' table names the selected row; a string, a bool, a fraction or a mapping there broke
    the page below the table (the figure's sentence and its labelling form)."""
    run = analysed(client)
    table = next(e for e in run.of_type("arrow_data_frame") + run.of_type("dataframe") if "labels_" in (e.id or ""))
    first = run.texts
    crafted = client.run(widgets={table.id: {"selection": {"rows": rows, "columns": []}}})
    assert_no_crash(crafted)
    heading = next(text for text in first if text.startswith(t("figure_in_sentence", "en", figure="\0").split("\0")[0]))
    assert heading in crafted.texts  # the first figure's sentence and form, as before any selection


def add_form(run: Run) -> dict[str, str]:
    ids = {label: run.widget(label).id for label in (t("add_country", "en"), t("add_outlet", "en"), t("add_title", "en"),
                                                       t("add_published", "en"))}
    ids["submit"] = next(e for e in run.of_type("button") if e.proto.is_form_submitter and "FormSubmitter:add_" in e.id).id
    return ids


VALID = {"country": "TH", "outlet": "สำนักข่าวทดสอบ", "title": "ไทยตั้งเป้าเศรษฐกิจดิจิทัล", "published": "2024-03-15"}


def fill(ids: dict[str, str], **fields) -> dict:
    values = dict(VALID, **fields)
    return {ids[t("add_country", "en")]: values["country"], ids[t("add_outlet", "en")]: values["outlet"],
            ids[t("add_title", "en")]: values["title"], ids[t("add_published", "en")]: [values["published"]],
            ids["submit"]: Trigger}


@pytest.fixture
def adding(tmp_path):
    """A client on a server of its own, on its own copy of data/, and that copy's root."""
    root = data_copy(tmp_path)
    with running_app(env={"DIGITAL_COMPARE_ROOT": str(root)}) as url, StreamlitClient(url) as session:
        yield session, root


def added(run: Run) -> list[str]:
    """The "Added …" messages."""
    prefix = t("add_done", "en", article="\0", version="").split("\0")[0]
    return [message for message in run.alerts("success") if message.startswith(prefix)]


def published_changes(root: Path, before: dict[str, str]) -> list[str]:
    """What changed under data/ besides the build cache (a reading kept for later is not a write of the workspace)."""
    after = snapshot(root)
    # the database's shared-memory and log files change when a reader opens it; its rows are compared instead
    changed = [path for path in sorted(set(after) | set(before) - {"rows"}) if after.get(path) != before.get(path)
               and not path.startswith(("data/cache/", "data/workspace.sqlite3"))]
    return changed + ([] if workspace_rows(root) == before.get("rows") else ["data/workspace.sqlite3 (rows)"])


def workspace_rows(root: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(root / "data" / "workspace.sqlite3")
    try:
        return repr([connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                     for table in ("articles", "decisions", "versions", "history", "settings")])
    finally:
        connection.close()


def data_state(root: Path) -> dict[str, str]:
    return {**snapshot(root), "rows": workspace_rows(root)}


def test_valid_add_through_the_socket_publishes_the_article(adding):
    # on a loopback-only server with no sign-in configured, the local user is an analyst (issue 23)
    client, root = adding
    before = data_state(root)
    serving = (root / "data" / "tables").readlink()
    run = client.run(widgets=fill(add_form(analysed(client))))
    assert_no_crash(run)
    assert added(run), run.alerts("error")
    changed = published_changes(root, before)
    now = (root / "data" / "tables").readlink()
    assert now != serving and any(p.startswith(f"data/{now}/") for p in changed)


@pytest.mark.parametrize("country", ["ไท", "XX", "th"])
def test_a_country_outside_the_list_never_reaches_the_store(adding, country):
    """Streamlit answers a selectbox value outside its options with the option shown (the country the text
    names most); the crafted code is neither refused with a traceback nor stored."""
    client, root = adding
    run = client.run(widgets=fill(add_form(analysed(client)), country=country))
    assert_no_crash(run)
    from digital_compare.tables.validate import country_codes

    stored = set(pd.read_csv(root / "data" / "tables" / "articles.csv")["country"])
    assert country not in stored and stored <= set(country_codes())


def test_a_10mb_outlet_never_reaches_the_store(adding):
    client, root = adding
    run = client.run(widgets=fill(add_form(analysed(client)), outlet="x" * 10_000_000))
    assert_no_crash(run)
    from digital_compare.tables.validate import LIMITS

    outlets = pd.read_csv(root / "data" / "tables" / "articles.csv")["outlet"].dropna()
    assert outlets.str.len().max() <= LIMITS["outlet"]


@pytest.mark.parametrize("fields", [
    pytest.param({"outlet": ""}, id="no-outlet"),
    pytest.param({"title": "a\u202eb\x07"}, id="control-characters"),
])
def test_crafted_add_is_refused_before_anything_is_written(adding, fields):
    client, root = adding
    before = data_state(root)
    run = client.run(widgets=fill(add_form(analysed(client)), **fields))
    problems = [f"written or changed: {path}" for path in published_changes(root, before)]
    if len(run.alerts("error")) != 1 or added(run):
        problems.append(f"not one error message: errors {run.alerts('error')}, added {added(run)}")
    problems += [f"exception shown: {e.text[:200]}" for e in run.exceptions]
    problems += [f"leak shown: {text[:200]}" for text in run.texts if LEAK.search(text)]
    assert not problems, "\n".join(problems)


def test_an_article_that_names_no_outlet_or_title_goes_in_cited_as_such(adding):
    """Ticked "not given" boxes win over what the fields still hold (a guess the analyst did not clear): the
    article is stored with no outlet or title and cited as "outlet not named", "untitled", never made up."""
    client, root = adding
    run = analysed(client)
    ids = add_form(run)
    ticks = {run.widget(t(f"add_no_{name}", "en")).id: True for name in ("outlet", "title")}
    run = client.run(widgets={**fill(ids), **ticks})
    assert_no_crash(run)
    assert added(run), run.alerts("error")
    assert t("outlet_not_given", "en") in added(run)[0] and t("title_not_given", "en") in added(run)[0]
    articles = pd.read_csv(root / "data" / "tables" / "articles.csv")
    mine = articles[articles["path"].str.startswith("workspace:")]
    assert len(mine) == 1 and mine[["outlet", "title"]].isna().all(axis=None)
    assert mine["published"].tolist() == [VALID["published"]]


def figure_form(run: Run) -> dict[str, str]:
    ids = {label: run.widget(label).id for label in (t("col_subject", "en"), t("col_indicator", "en"), t("col_year", "en"),
                                                       t("col_status", "en"))}
    ids["save"] = next(e for e in run.of_type("button") if e.proto.is_form_submitter and "FormSubmitter:figure_" in e.id
                       and t("save_correction", "en") in e.id).id
    return ids


@pytest.mark.parametrize("cells", [
    pytest.param({"col_indicator": "nonsense"}, id="indicator-out-of-vocabulary"),
    pytest.param({"col_year": 99999.0}, id="year-99999"),
    pytest.param({"col_subject": "x" * 10_000_000}, id="10MB-cell"),
    pytest.param({"col_status": "wished"}, id="status-out-of-vocabulary"),
])
def test_crafted_correction_is_refused_and_the_add_stays_clean(adding, cells):
    client, root = adding
    before = data_state(root)
    run = analysed(client)
    ids = figure_form(run)
    run = client.run(widgets={**{ids[t(k, "en")]: v for k, v in cells.items()}, ids["save"]: Trigger})
    assert_no_crash(run)
    # refused at once with one line, or dropped by Streamlit itself (a selectbox keeps its option)
    assert len(run.alerts("error")) <= 1
    run = client.run(widgets=fill(add_form(run)))
    assert_no_crash(run)
    assert added(run), run.alerts("error")
    metrics = (root / "data" / "tables" / "metrics.csv").read_text(encoding="utf-8")
    assert "nonsense" not in metrics and "99999" not in metrics and "wished" not in metrics and "xxxxxxxxxx" not in metrics
    assert published_changes(root, before)


def test_a_crafted_add_does_not_break_the_next_valid_add(adding):
    client, root = adding
    ids = add_form(analysed(client))
    client.run(widgets=fill(ids, country="ไท"))
    ids = add_form(analysed(client, ARTICLE.replace("28%", "29%") + " ฉบับแก้ไข"))
    run = client.run(widgets=fill(ids))
    assert added(run), f"the valid add failed: {run.alerts('error')}"
    assert_no_crash(run)


def test_nothing_can_be_written_on_a_shared_server_without_sign_in(tmp_path):
    """Listening beyond loopback with no sign-in configured: the add form, the review forms and every
    write are off, whatever the client sends (the ids below are those an analyst's page would have)."""
    root = data_copy(tmp_path)
    with running_app(env={"DIGITAL_COMPARE_ROOT": str(root)}) as url, StreamlitClient(url) as analyst:
        run = analysed(analyst)
        crafted = fill(add_form(run))
        figure = figure_form(run)
    before = data_state(root)
    serving = (root / "data" / "tables").readlink()
    with running_app(env={"DIGITAL_COMPARE_ROOT": str(root)}, address="0.0.0.0") as url, StreamlitClient(url) as client:
        run = analysed(client)
        assert not [e for e in run.of_type("button") if "FormSubmitter:add_" in (e.id or "")]
        from digital_compare.app.ui import md_escape

        assert md_escape(t("auth_off_not_local", "en")) in run.alerts("info")
        run = client.run(widgets=crafted)
        assert_no_crash(run)
        run = client.run(widgets={figure["save"]: Trigger})
        assert_no_crash(run)
        review = client.run(page="review", query="lang=en")
        assert not [e for e in review.of_type("button") if e.proto.is_form_submitter]
        assert not added(run)
    assert published_changes(root, before) == []
    assert (root / "data" / "tables").readlink() == serving


@pytest.mark.parametrize("as_host, origin", [
    # a site whose name is made to resolve to 127.0.0.1 (DNS rebinding): its page's socket names the site
    ("rebind.attacker.example", "http://rebind.attacker.example:{port}"),
    # a page of another program on this machine, or this machine's LAN address
    ("127.0.0.1", "http://localhost:3000"),
    ("192.0.2.2", "http://192.0.2.2:{port}"),
])
def test_a_page_of_another_site_is_not_the_person_at_this_computer(tmp_path, as_host, origin):
    """On loopback alone with no sign-in, the local browser is the analyst; a page of another site it shows
    spoke to the server through it and was the analyst too (it added, and removed, articles)."""
    root = data_copy(tmp_path)
    with running_app(env={"DIGITAL_COMPARE_ROOT": str(root)}) as url:
        with StreamlitClient(url, origin=url) as analyst:
            run = analysed(analyst)
            assert [e for e in run.of_type("button") if "FormSubmitter:add_" in (e.id or "")]  # this machine's browser
            crafted = fill(add_form(run))
        before = data_state(root)
        port = url.rsplit(":", 1)[1].strip("/")
        with StreamlitClient(url, as_host=as_host, origin=origin.format(port=port)) as page:
            run = analysed(page)
            assert not [e for e in run.of_type("button") if "FormSubmitter:add_" in (e.id or "")]
            from digital_compare.app.ui import md_escape

            assert md_escape(t("auth_off_not_direct", "en", port=port)) in run.alerts("info")
            run = page.run(widgets=crafted)
            assert_no_crash(run)
            assert not added(run)
    assert published_changes(root, before) == []


def test_clear_cache_leaves_the_tables_and_the_drawn_charts_in_place():
    """Any client may send clear_cache: one sending it every 10 ms made every visitor's /vietnam 10–30 times
    slower, each run reading the tables and drawing the charts again. What it clears is Streamlit's own caches."""
    import streamlit as st

    from digital_compare.app import ui

    version = ui._tables_version(ui.paths.TABLES_DIR)
    tables, chart = ui.load_tables(), ui._build_chart("vn_targets_2023", "en", version)
    slide = ui._slide_figures("vn_targets_2023", "en", version)
    st.cache_data.clear()
    st.cache_resource.clear()  # what the message does (AppSession._handle_clear_cache_request)
    assert ui.load_tables() is tables
    assert ui._build_chart("vn_targets_2023", "en", version) is chart
    assert ui._slide_figures("vn_targets_2023", "en", version) is slide


def test_a_session_keeps_only_its_newest_uploads():
    """Streamlit's upload endpoint takes any number of files for a session, whether or not a widget refers to
    them: a visitor sent 400 of 2 MB and the server held 800 MB more until they left."""
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.uploaded_file_manager import UploadedFileRec

    from digital_compare.app.ui import UPLOADS_PER_SESSION, bound_uploads

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    bound_uploads(manager)
    bound_uploads(manager)  # once per server, however many runs ask
    for n in range(400):
        manager.add_file("visitor", UploadedFileRec(f"f{n}", "a.txt", "text/plain", b"x" * 1000))
    manager.add_file("analyst", UploadedFileRec("mine", "b.txt", "text/plain", b"y"))
    assert [f.file_id for f in manager.get_files("visitor", [f"f{n}" for n in range(400)])] == ["f398", "f399"]
    assert UPLOADS_PER_SESSION == 2 and manager.get_files("analyst", ["mine"])[0].data == b"y"
    assert sum(stat.byte_length for stats in manager.get_stats().values() for stat in stats) == 2001
