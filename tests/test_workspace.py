"""The analysts' workspace: one validation for every door, transactions, history, removal and rollback."""

from __future__ import annotations

import filecmp
import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from digital_compare.app.i18n import t
from digital_compare.paths import ANNOTATIONS_DIR, ARTICLES_DIR
from digital_compare.tables.validate import ValidationError, check_article_fields, check_decision
from digital_compare.workspace.auth import Actor
from digital_compare.workspace.store import NewArticle, PermissionDenied, QuotaExceeded, Quotas, Workspace

ANALYST = Actor("ana@example.org", "Ana", "analyst", "oidc")
VISITOR = Actor("anonymous", "anonymous", "visitor", "none")
TEXT = "ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% ส่วนไทยตั้งเป้าให้โต 30% ภายในปี 2570"
FIELDS = {"country": "VN", "outlet": "สำนักข่าวทดสอบ", "title": "เวียดนามเร่งเศรษฐกิจดิจิทัล", "published": "2024-03-15"}


def make_root(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copytree(ARTICLES_DIR, root / "data" / "articles")
    shutil.copytree(ANNOTATIONS_DIR, root / "data" / "annotations")
    return root


@pytest.fixture
def root(tmp_path):
    return make_root(tmp_path)


@pytest.fixture(scope="session")
def readings(tmp_path_factory):
    """One build cache for the tests' workspaces: the seeds are read and drawn once, not in every test."""
    return tmp_path_factory.mktemp("readings")


@pytest.fixture
def workspace(root, readings):
    workspace = Workspace(root, cache_dir=readings)
    workspace.publish(ANALYST)
    return workspace


def snapshot(workspace: Workspace) -> dict:
    """Everything a write could leave behind: the link, the version folders, the database's rows."""
    with workspace.db.read() as cur:
        counts = {table: cur.one(f"SELECT COUNT(*) FROM {table}")[0]
                  for table in ("articles", "decisions", "versions", "history")}
    return {"link": os.readlink(workspace.tables_link), "folders": sorted(p.name for p in workspace.versions_dir.iterdir()),
            **counts}


def same_files(first: Path, second: Path) -> list[str]:
    """Files that differ between two published versions (names and bytes), recursively."""
    compared = filecmp.dircmp(first, second)
    differ = compared.left_only + compared.right_only + compared.diff_files + compared.funny_files
    for sub in compared.common_dirs:
        differ += [f"{sub}/{name}" for name in same_files(first / sub, second / sub)]
    return differ


# ---- one validation for every door ------------------------------------------------------

@pytest.mark.parametrize("fields, key", [
    (dict(FIELDS, country="ไท"), "invalid_country"),
    (dict(FIELDS, country="XX"), "invalid_country"),
    (dict(FIELDS, country=None), "invalid_country"),
    (dict(FIELDS, outlet=""), "invalid_missing_or_not_given"),
    (dict(FIELDS, outlet="x" * 201), "invalid_length"),
    (dict(FIELDS, title=None), "invalid_missing_or_not_given"),
    (dict(FIELDS, published=" "), "invalid_missing_or_not_given"),
    (dict(FIELDS, not_given=["outlet"]), "invalid_given_and_not"),
    (dict(FIELDS, published=None, not_given=["published", "body"]), "invalid_not_given"),
    (dict(FIELDS, title=None, not_given="title"), "invalid_not_given"),
    (dict(FIELDS, title=None, not_given=[{"title": 1}]), "invalid_not_given"),
    (dict(FIELDS, title="a\x00b"), "invalid_characters"),
    (dict(FIELDS, title=["list"]), "invalid_type"),
    (dict(FIELDS, published="2024-13-01"), "invalid_date"),
    (dict(FIELDS, published="99999-01-01"), "invalid_date"),
    (dict(FIELDS, published="1800-01-01"), "invalid_date_range"),
    (dict(FIELDS, published="2999-01-01"), "invalid_date_range"),
    (dict(FIELDS, extra="x"), "invalid_field"),
])
def test_article_fields_refused_with_one_key(fields, key):
    with pytest.raises(ValidationError) as err:
        check_article_fields(fields)
    assert err.value.key == key and "\n" not in str(err.value)


@pytest.mark.parametrize("not_given", [["outlet"], ["title"], ["published"], ["outlet", "title", "published"], ()])
def test_a_field_the_article_does_not_give_is_kept_empty_never_guessed(not_given):
    fields = {name: None if name in not_given else value for name, value in FIELDS.items()}
    checked = check_article_fields(dict(fields, not_given=list(not_given)))
    assert [getattr(checked, name) for name in ("outlet", "title", "published")] == \
        [fields[name] for name in ("outlet", "title", "published")]


STARTS = frozenset({43, 68})


@pytest.mark.parametrize("published", ["99999-01-01", "2024-13-01", "15/03/2024"])
def test_a_wrong_date_is_named_as_given(published):
    with pytest.raises(ValidationError) as refused:
        check_article_fields(dict(FIELDS, published=published))
    assert refused.value.params["value"] == published and repr(published) in str(refused.value)


@pytest.mark.parametrize("decision, key", [
    ({"start": 44, "state": "accepted", "subject": "VN", "indicator": "other", "status": "actual"}, "invalid_figure"),
    ({"start": "43", "state": "accepted"}, "invalid_figure"),
    ({"start": True, "state": "rejected"}, "invalid_figure"),
    ({"start": 43, "state": "deleted"}, "invalid_choice"),
    ({"start": 43, "state": "corrected", "subject": None, "indicator": "other", "status": "actual"}, "invalid_missing"),
    ({"start": 43, "state": "corrected", "subject": "ไท", "indicator": "other", "status": "actual"}, "invalid_choice"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "nonsense", "status": "actual"}, "invalid_choice"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other", "status": "wished"}, "invalid_choice"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other", "status": "actual", "year": 99999},
     "invalid_year_range"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other", "status": "actual", "year": "abc"},
     "invalid_year"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other", "status": "actual", "year": 2020.5},
     "invalid_year_range"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other", "status": "actual", "year": 2023,
      "year_end": 2020}, "invalid_year_range"),
    ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "targets", "part": "most", "status": "actual"},
     "invalid_choice"),
    ({"start": 43, "state": "corrected", "subject": "VN" * 5_000_000, "indicator": "other", "status": "actual"},
     "invalid_choice"),
])
def test_review_decisions_refused_with_one_key(decision, key):
    with pytest.raises(ValidationError) as err:
        check_decision(decision, STARTS)
    assert err.value.key == key and len(str(err.value)) < 300


def test_a_valid_decision_passes_the_same_check():
    checked = check_decision({"start": 68, "state": "corrected", "subject": "TH", "indicator": "targets", "part": "total",
                              "year": 2027.0, "status": "target"}, STARTS)
    assert (checked.subject, checked.indicator, checked.part, checked.year, checked.status) == \
        ("TH", "targets", "total", 2027, "target")


@pytest.mark.parametrize("status", ["actual", "target", "forecast", "proposed"])
def test_every_status_of_the_metrics_table_is_accepted_from_an_analyst(status):
    """A plan put forward and not said to be adopted ("ได้เสนอหัวข้อสำหรับปี 2024") is filed as proposed, as
    the seed data files it; the form offered only actual, target and forecast."""
    checked = check_decision({"start": 68, "state": "corrected", "subject": "VN", "indicator": "other", "year": 2024,
                              "status": status}, STARTS)
    assert checked.status == status


@pytest.mark.parametrize("lang, tag", [("th", "(ที่เสนอ)"), ("en", "(proposed)")])
def test_an_added_articles_proposed_figure_is_drawn_and_told_as_a_proposal_on_explore(workspace, lang, tag):
    from digital_compare.app.views import explore_data, explore_figure, explore_frame
    from digital_compare.tables.store import read_table

    done = workspace.add_articles([NewArticle(TEXT, FIELDS, ({"start": 68, "state": "corrected", "subject": "TH",
                                                                "indicator": "digital_economy_growth", "year": 2027,
                                                                "status": "proposed"},))], ANALYST)
    metrics = read_table("metrics", workspace.tables_link)
    mine = metrics[(metrics["article_id"] == done.added[0]) & (metrics["mention_start"] == 68)]
    assert mine["status"].tolist() == ["proposed"]
    pool = explore_frame(metrics)
    variable = pool.loc[mine.index, "variable"].iloc[0]
    shown = explore_data({"metrics": metrics[pool.reindex(metrics.index)["variable"] == variable]}, lang)
    row = shown[(shown["article_id"] == done.added[0]) & (shown["year"] == 2027)].iloc[0]
    assert row["status"] == "proposed" and tag in row["statement"]
    fig = explore_figure(shown, lang, "source")
    # the point at (2027, 30): hollow, as a target or forecast is, and joined to no actual figure
    symbols = [trace.marker.symbol if isinstance(trace.marker.symbol, str) else trace.marker.symbol[i]
               for trace in fig.data if trace.mode and "markers" in trace.mode
               for i, (x, y) in enumerate(zip(trace.x, trace.y)) if (x, y) == (2027, 30)]
    assert symbols == ["circle-open"]


# ---- transactions -------------------------------------------------------------------------

def test_add_publishes_a_new_version_with_the_article_and_its_history(workspace):
    before = snapshot(workspace)
    done = workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    assert done.version == 2 and len(done.added) == 1 and os.readlink(workspace.tables_link) == "versions/v000002"
    metrics = pd.read_csv(workspace.tables_link / "metrics.csv")
    mine = metrics[metrics["article_id"] == done.added[0]]
    assert sorted(mine["surface"]) == ["28%", "30%"] and set(mine["source"]) == {"auto"}
    articles = pd.read_csv(workspace.tables_link / "articles.csv").set_index("id")
    assert articles.loc[done.added[0], ["outlet", "title", "published"]].tolist() == \
        [FIELDS["outlet"], FIELDS["title"], FIELDS["published"]]
    # the text is kept once, in the database; the version holds its sentences, not a copy of it
    assert workspace.text(done.added[0]) == TEXT and articles.loc[done.added[0], "path"] == f"workspace:{done.added[0]}"
    sentences = pd.read_csv(workspace.tables_link / "sentences.csv")
    assert "".join(sentences[sentences["article_id"] == done.added[0]]["text"]) in TEXT
    assert not (workspace.tables_link / "texts").exists()
    line = workspace.history(5)[1]
    assert (line["actor"], line["action"], line["article_id"]) == (ANALYST.id, "add", done.added[0])
    # the same text again is a no-op
    again = workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    assert again.added == () and again.existing == done.added and snapshot(workspace)["folders"] == before["folders"] + ["v000002"]


def test_an_article_added_without_outlet_title_or_date_is_cited_as_not_given(workspace):
    from digital_compare.app.views import article_sources

    none = dict(FIELDS, outlet=None, title=None, published=None, not_given=["outlet", "title", "published"])
    done = workspace.add_articles([NewArticle(TEXT, none)], ANALYST)
    (listed,) = [a for a in workspace.articles() if a["id"] == done.added[0]]
    assert (listed["outlet"], listed["title"], listed["published"]) == (None, None, None)
    articles = pd.read_csv(workspace.tables_link / "articles.csv")
    assert articles.set_index("id").loc[done.added[0], ["outlet", "title", "published"]].isna().all()
    for lang in ("th", "en"):
        cited = article_sources(articles, done.added, lang)[done.added[0]]
        assert cited == f"{t('outlet_not_given', lang)}, {t('title_not_given', lang)}, {t('date_not_given', lang)}"
    # its figures reach the tables as any article's do
    metrics = pd.read_csv(workspace.tables_link / "metrics.csv")
    assert not metrics[metrics["article_id"] == done.added[0]].empty


def test_a_database_replaced_beside_its_versions_publishes_past_them(root, readings):
    first = Workspace(root, cache_dir=readings)
    first.publish(ANALYST)
    for leftover in (root / "data").glob("workspace.sqlite3*"):
        leftover.unlink()
    again = Workspace(root, cache_dir=readings)
    done = again.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    assert os.readlink(again.tables_link) == f"versions/v{done.version:06d}" and done.version == 2
    assert not list(again.versions_dir.glob("*.building"))


@pytest.mark.parametrize("item, key", [
    (NewArticle(TEXT, dict(FIELDS, country="ไท")), "invalid_country"),
    (NewArticle(TEXT, dict(FIELDS, outlet="x" * 10_000_000)), "invalid_length"),
    (NewArticle("ก" * (1024 * 1024), FIELDS), "invalid_size"),  # 3 MB of UTF-8
    (NewArticle(TEXT, FIELDS, ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "nonsense",
                                "status": "actual"},)), "invalid_choice"),
    (NewArticle(TEXT, FIELDS, ({"start": 43, "state": "corrected", "subject": "VN", "indicator": "other",
                                "status": "actual", "year": 99999},)), "invalid_year_range"),
    (NewArticle(TEXT, FIELDS, ({"start": 44, "state": "rejected"},)), "invalid_figure"),
    (NewArticle(TEXT, FIELDS, ({"start": 43, "state": "corrected", "subject": None, "indicator": "other",
                                "status": "actual"},)), "invalid_missing"),
])
def test_a_refused_add_leaves_no_trace_and_a_later_add_works(workspace, item, key):
    before = snapshot(workspace)
    with pytest.raises(ValidationError) as err:
        workspace.add_articles([item], ANALYST)
    assert err.value.key == key
    assert snapshot(workspace) == before
    assert workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST).version == 2


def test_visitors_cannot_write_anything(workspace):
    before = snapshot(workspace)
    for write in (lambda: workspace.add_articles([NewArticle(TEXT, FIELDS)], VISITOR),
                  lambda: workspace.review("005_x", [], VISITOR), lambda: workspace.remove_article("005_x", VISITOR),
                  lambda: workspace.rollback(1, VISITOR), lambda: workspace.publish(VISITOR)):
        with pytest.raises(PermissionDenied):
            write()
    assert snapshot(workspace) == before


def test_a_failed_rebuild_rolls_back_and_says_why(workspace, monkeypatch):
    from digital_compare.errors import BuildError
    from digital_compare.tables import build

    before = snapshot(workspace)

    def broken(*args, **kwargs):
        Path(args[2]).mkdir(parents=True)
        (Path(args[2]) / "articles.csv").write_text("half")
        raise BuildError("table metrics fails its schema: a test's failure")

    monkeypatch.setattr(build, "build_tables", broken)
    with pytest.raises(BuildError, match="a test's failure"):
        workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    assert snapshot(workspace) == before
    monkeypatch.undo()
    assert workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST).version == 2


def _add_in_process(root: str, number: int) -> None:
    text = f"ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต {number}% ตามรายงานฉบับที่ผู้ทดสอบเขียนขึ้นเองเลขที่ {number * 7919}"
    Workspace(Path(root)).add_articles([NewArticle(text, dict(FIELDS, title=f"บทความ {number}"))], ANALYST)


def test_simultaneous_adds_are_serialised_with_distinct_ids(workspace):
    context = multiprocessing.get_context("spawn")
    adders = [context.Process(target=_add_in_process, args=(str(workspace.root), n)) for n in range(4)]
    for adder in adders:
        adder.start()
    for adder in adders:
        adder.join(240)
    assert [adder.exitcode for adder in adders] == [0, 0, 0, 0]
    ids = [a["id"] for a in workspace.articles()]
    assert len(ids) == 4 and len({i.split("_")[0] for i in ids}) == 4
    articles = pd.read_csv(workspace.tables_link / "articles.csv")
    assert set(ids) <= set(articles["id"]) and workspace.current_version() == 5


def test_a_build_killed_midway_leaves_the_previous_version_serving(workspace):
    before = snapshot(workspace)
    script = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
              f"from test_workspace import _add_in_process; _add_in_process({str(workspace.root)!r}, 1)")
    adder = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 120
    while not list(workspace.versions_dir.glob("*.building")) and adder.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert adder.poll() is None, "the add finished before it could be killed"
    adder.send_signal(signal.SIGKILL)
    adder.wait(30)
    after = snapshot(workspace)
    # its half-built folder is all it left, and nothing serves from it; the next writer sweeps it
    assert after.pop("folders") == before.pop("folders") + ["v000002.building"] and after == before
    assert workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST).version == 2
    assert not list(workspace.versions_dir.glob("*.building"))


def test_remove_and_rollback_restore_the_earlier_tables_exactly(workspace):
    first = workspace.versions_dir / "v000001"
    added = workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    article = added.added[0]
    metrics = pd.read_csv(workspace.tables_link / "metrics.csv")
    starts = sorted(metrics[metrics["article_id"] == article]["mention_start"].astype(int))
    workspace.review(article, [{"start": starts[0], "state": "rejected"},
                               {"start": starts[1], "state": "corrected", "subject": "TH", "indicator": "gdp_growth",
                                "year": 2027, "status": "target"}], ANALYST)
    reviewed = pd.read_csv(workspace.tables_link / "metrics.csv")
    mine = reviewed[reviewed["article_id"] == article]
    assert mine[["surface", "indicator", "source"]].values.tolist() == [["30%", "gdp_growth", "corrected"]]
    removed = workspace.remove_article(article, ANALYST)
    assert same_files(first, workspace.versions_dir / f"v{removed.version:06d}") == []
    back = workspace.rollback(3, ANALYST)
    assert same_files(workspace.versions_dir / "v000003", workspace.versions_dir / f"v{back.version:06d}") == []
    assert [a["id"] for a in workspace.articles()] == [article]
    actions = [(line["actor"], line["action"]) for line in reversed(workspace.history())]
    assert [a for _, a in actions if a != "publish"] == ["add", "review:rejected", "review:corrected", "remove", "rollback"]
    assert all(actor == ANALYST.id for actor, _ in actions[1:])


def test_the_history_is_append_only(workspace):
    workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    connection = sqlite3.connect(workspace.root / "data" / "workspace.sqlite3")
    for statement in ("UPDATE history SET actor = 'mallory'", "DELETE FROM history"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute(statement)
    connection.close()


def test_quotas_refuse_near_copies_and_too_many_adds(root, readings):
    workspace = Workspace(root, quotas=Quotas(adds_per_hour=2), cache_dir=readings)
    workspace.publish(ANALYST)
    story = (TEXT + " กระทรวงสารสนเทศและการสื่อสารรายงานว่าบริการภาครัฐออนไลน์เพิ่มขึ้นอย่างต่อเนื่อง "
             "ขณะที่ธุรกิจขนาดเล็กหันมาใช้แพลตฟอร์มดิจิทัลมากขึ้น และรัฐบาลเร่งพัฒนาโครงสร้างพื้นฐานด้านข้อมูลทั่วประเทศ "
             "เพื่อให้ประชาชนเข้าถึงบริการได้สะดวกและปลอดภัยยิ่งขึ้นในทุกจังหวัด")
    workspace.add_articles([NewArticle(story, FIELDS)], ANALYST)
    with pytest.raises(QuotaExceeded) as near:
        # the same story re-wrapped, with one figure changed and a footer added
        copy = story.replace("28%", "29%").replace(" ", "\n", 3) + "\nแชร์ข่าวนี้"
        workspace.add_articles([NewArticle(copy, dict(FIELDS, title="สำเนา"))], ANALYST)
    assert near.value.key == "quota_near_duplicate"
    workspace.add_articles([NewArticle("ไทยตั้งเป้าให้เศรษฐกิจดิจิทัลมีสัดส่วนร้อยละ 30 ของ GDP ภายในปี 2570 ตามแผนพัฒนา",
                                       dict(FIELDS, title="อีกเรื่อง", country="TH"))], ANALYST)
    with pytest.raises(QuotaExceeded) as hourly:
        workspace.add_articles([NewArticle("กัมพูชาคาดว่าเศรษฐกิจจะเติบโตร้อยละ 6 ในปี 2568 ตามการประเมินของธนาคาร",
                                           dict(FIELDS, title="กัมพูชา", country="KH"))], ANALYST)
    assert hourly.value.key == "quota_hourly"


def test_an_add_rereads_only_the_new_article(root, tmp_path):
    from digital_compare.tables.article_cache import ArticleCache

    workspace = Workspace(root, cache_dir=tmp_path / "own-cache")
    workspace.publish(ANALYST)
    cache = ArticleCache(workspace.cache_dir)
    kinds = ("sentences", "mentions", "keyword_counts", "figures")
    before = {kind: cache.count(kind) for kind in kinds}
    workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    new = {kind: cache.count(kind) - before[kind] for kind in kinds}
    # one reading of each kind (sentences, mentions, keyword counts): the new article's only
    assert (before["mentions"], new["sentences"], new["mentions"], new["keyword_counts"]) == (2, 1, 1, 1)
    # and only the charts whose rows it changed are drawn again (of 15 charts in two languages)
    from digital_compare.app.views import CHARTS

    assert 0 < new["figures"] <= 6 < 2 * len(CHARTS)


def test_readings_made_beside_a_files_reading_are_served_as_the_builds_own(tmp_path, monkeypatch):
    """`digital-compare add` reads each text as the build will in the worker that decoded its file:
    the build then reads no text again and publishes what it would have made itself."""
    import digital_compare.parallel
    from digital_compare.tables.readings import readings_of

    workspaces = []
    for name in ("offered", "plain"):
        workspace = Workspace(make_root(tmp_path / name), cache_dir=tmp_path / name / "cache")
        workspace.publish(ANALYST)
        workspaces.append(workspace)
    offered, plain = workspaces
    texts = [TEXT, TEXT.replace("28%", "31%") + " ขณะที่จีนมีผู้ใช้ 1,000 ล้านคน"]
    items = [NewArticle(text, dict(FIELDS, title=f"ข่าว {n}")) for n, text in enumerate(texts)]
    computed = []
    real_map = digital_compare.parallel.map_in_order
    monkeypatch.setattr(digital_compare.parallel, "map_in_order",
                        lambda func, jobs, **kwargs: computed.append(len(jobs)) or real_map(func, jobs, **kwargs))
    made = [NewArticle(item.text, item.fields, readings=tuple(readings_of(
        item.text, item.fields["country"], item.fields["published"], offered.annotations_dir))) for item in items]
    done = offered.add_articles(made, ANALYST)
    assert computed == [0, 0, 0]  # sentences, mentions, word counts: every one served
    assert plain.add_articles(items, ANALYST).added == done.added
    assert same_files(offered.tables_link.resolve(), plain.tables_link.resolve()) == []
    mentions = pd.read_csv(offered.tables_link / "mentions.csv")
    added = mentions[mentions["article"] == done.added[1]]
    assert len(added) >= 4 and (added["id"] == added["article"] + ":" + added["start"].astype(str)).all()


def test_a_corpus_past_the_parallel_threshold_adds_through_the_worker(workspace):
    """The rebuild runs in a worker process and, past 350,000 characters, over a pool of its own."""
    from digital_compare.app.worker import run_with_budget
    from digital_compare.workspace.jobs import add_job

    paragraph = "เศรษฐกิจดิจิทัลของไทยเติบโตร้อยละ {n} ในปี 2566 ตามรายงานของสำนักงานที่ {n} "
    big = [NewArticle("".join(paragraph.format(n=i * 100 + j) for j in range(900)), dict(FIELDS, title=f"ยาว {i}", country="TH"))
           for i in range(6)]
    assert sum(len(item.text) for item in big) > 350_000
    done = run_with_budget(add_job, workspace.root, big, ANALYST, seconds=600, memory_bytes=6 * 2**30, pool="write")
    assert len(done.added) == 6
    assert set(done.added) <= set(pd.read_csv(workspace.tables_link / "articles.csv")["id"])


def test_signatures_keep_every_article_as_they_grow_past_their_first_room():
    from digital_compare.workspace.similar import Signatures, signature

    texts = [f"ข่าวที่ {n}: " + "".join(chr(0x0E01 + (n * 7 + i * 13) % 40) for i in range(300)) for n in range(40)]
    signatures = Signatures(["seed"], [signature("บทความต้นทาง " * 30)])
    for n, text in enumerate(texts):
        signatures.add(f"a{n}", signature(text))
    for n, text in enumerate(texts):
        assert signatures.closest(signature(text)) == (f"a{n}", 1.0)
    assert signatures.closest(signature("ข้อความอื่นทั้งหมด " * 20))[1] < 0.5


@pytest.mark.parametrize("changed", [0, 1, 6, 12, 15, 16, 30, 64])
def test_signatures_find_every_article_at_least_three_quarters_alike(changed):
    """Banded lookup against the brute-force answer: a copy with ``changed`` of its 64 values
    altered is found whenever it is more than 0.75 alike (at most 15 changed: one band stays whole)."""
    import numpy as np

    from digital_compare.workspace.similar import SIGNATURE_SIZE, Signatures

    rng = np.random.default_rng(changed)
    others = [rng.integers(0, 2**63, SIGNATURE_SIZE, dtype=np.uint64) for _ in range(50)]
    signatures = Signatures([f"o{n}" for n in range(50)], [o.tobytes().hex() for o in others])
    for target in range(0, 50, 7):
        copy = others[target].copy()
        for place in rng.choice(SIGNATURE_SIZE, changed, replace=False):
            copy[place] ^= np.uint64(1)
        twin, alike = signatures.closest(copy.tobytes().hex())
        expected = (SIGNATURE_SIZE - changed) / SIGNATURE_SIZE
        if changed <= 15:
            assert (twin, alike) == (f"o{target}", expected)
        else:
            assert alike <= 0.75


@pytest.mark.parametrize("wanted, expected", [
    (("title", "published", "country"), {"title": "เวียดนามเร่งเศรษฐกิจดิจิทัล", "published": "2024-06-11", "country": "VN"}),
    (("country",), {"country": "VN"}),
    (("published",), {"published": "2024-06-11"}),
    ((), {}),
])
def test_metadata_is_read_only_for_the_fields_asked(wanted, expected):
    from digital_compare.text.metadata import detect_metadata

    text = "เวียดนามเร่งเศรษฐกิจดิจิทัล\n\n11 มิ.ย. 2567\nเวียดนามตั้งเป้า 20% ภายในปี 2025"
    assert detect_metadata(text, wanted) == expected


@pytest.mark.parametrize("head, outlet", [
    ("2024-06-11 13:03:48 | CMG", "CMG"),
    ("เผยแพร่: 15 มี.ค. 2567 10:30 น. · ไทยรัฐออนไลน์", "ไทยรัฐออนไลน์"),
    ("15 มี.ค. 2567 | โดย สมชาย", None),  # a byline names a writer, not the outlet
    ("2024-01-02 | 12 ความเห็น", None),
    ("2024-01-02", None),
    ("กรุงเทพฯ 15 มี.ค. 2567 – รัฐบาลประกาศ", None),
])
def test_the_outlet_is_read_from_a_datelines_tail_only(head, outlet):
    from digital_compare.text.metadata import detect_metadata

    assert detect_metadata(f"หัวข่าว\n\n{head}\nเนื้อข่าว", ("outlet",)) == {"outlet": outlet}


@pytest.mark.parametrize("length", [3, 200, 4095 + 8, 3 * 4096 + 100])
def test_a_signature_is_the_minimum_of_each_hash_however_the_shingles_are_blocked(length):
    import numpy as np

    from digital_compare.workspace import similar

    text = "".join(chr(0x0E01 + (i * 31 + i // 7) % 46) for i in range(length))
    hashes = similar._shingle_hashes(text)
    with np.errstate(over="ignore"):
        expected = [int((hashes * similar._A[i] + similar._B[i]).min()) for i in range(similar.SIGNATURE_SIZE)]
    got = np.frombuffer(bytes.fromhex(similar.signature(text)), dtype=np.uint64)
    assert [int(v) for v in got] == expected


@pytest.mark.parametrize("rewrap", [
    pytest.param(lambda text: text, id="the seed as it is"),
    pytest.param(lambda text: "\ufeff" + text.replace(" ", "\n", 5) + "\nแชร์ข่าวนี้", id="re-wrapped with a footer"),
])
def test_a_copy_of_a_project_article_is_refused(workspace, root, rewrap):
    # the project's own articles are in every version: a copy added as a new article would double its figures
    seed = next((root / "data" / "articles").glob("004_*.txt")).read_text(encoding="utf-8")
    workspace.publish(ANALYST)
    before = workspace.current_version()
    with pytest.raises(QuotaExceeded) as copy:
        workspace.add_articles([NewArticle(rewrap(seed), dict(FIELDS, title="สำเนาบทความ"))], ANALYST)
    assert copy.value.key == "quota_seed_copy"
    assert copy.value.params["id"] == "004_448656d886171038"
    assert workspace.current_version() == before
    assert workspace.articles() == []


CLAIMS_TEXT = ("ลาวติดอันดับ 1 ใน 10 ประเทศที่มีผู้ใช้แอปใหม่สูงสุด 2 ปีซ้อน (2022, 2023) ดัชนีการขนส่งของลาวในปี 2566 "
               "อยู่ที่ระดับ 5/10 ดีขึ้นเมื่อเทียบกับการประเมินครั้งก่อนในปี 2564 ซึ่งอยู่อันดับที่ 80 "
               "และอยู่ใน 90 ประเทศแรกต่อเนื่องตั้งแต่ปี 2561")


@pytest.mark.parametrize("surface, year, year_first, year_status", [
    ("อันดับ 1 ใน 10", 2023, 2022, "given"),  # a place in a top group over two years
    ("2", 2023, 2022, "given"),  # the streak's length
    ("อันดับที่ 80", 2021, None, "unclear"),  # ซึ่ง after the year compared with: 2021 or 2023
    ("90", 2023, 2018, "given"),  # a top group held since 2018
    ("5/10", 2023, None, "given"),
])
def test_an_added_articles_claims_over_years_keep_their_period(workspace, surface, year, year_first, year_status):
    """An automatic figure over years kept only its first year ("2 ปีซ้อน (2022, 2023)" as 2022), a top-50 band
    held since 2018 was a value of 50 at one year, and a rank whose year ซึ่ง leaves open was a plain 2021."""
    from digital_compare.tables.store import read_table

    done = workspace.add_articles([NewArticle(CLAIMS_TEXT, dict(FIELDS, country="LA", title="ลาว"))], ANALYST)
    metrics = read_table("metrics", workspace.tables_link)
    row = metrics[(metrics["article_id"] == done.added[0]) & (metrics["surface"] == surface)].iloc[0]
    first = None if pd.isna(row["year_first"]) else int(row["year_first"])
    assert (int(row["year"]), first, row["year_status"]) == (year, year_first, year_status)


@pytest.mark.parametrize("surface, plotted", [("90", False), ("อันดับ 1 ใน 10", False), ("2", False), ("5/10", True)])
def test_explore_lists_a_reviewed_top_group_or_streak_and_draws_a_value(workspace, surface, plotted):
    """Reviewed into a named indicator, a top group or a streak is still no value at a year: listed, not drawn."""
    from digital_compare.app.views import explore_data, explore_frame
    from digital_compare.tables.store import read_table

    start = CLAIMS_TEXT.index(surface if surface != "2" else "2 ปีซ้อน")
    decision = {"start": start, "state": "corrected", "subject": "LA", "indicator": "postal_index_level",
                "year": 2023, "status": "actual"}
    done = workspace.add_articles([NewArticle(CLAIMS_TEXT, dict(FIELDS, country="LA", title="ลาว"), (decision,))],
                                  ANALYST)
    metrics = read_table("metrics", workspace.tables_link)
    mine = metrics[(metrics["article_id"] == done.added[0]) & (metrics["mention_start"] == start)]
    assert mine["source"].tolist() == ["corrected"]
    pool = explore_frame(metrics)
    facts = pool.loc[(pool["variable"] == "postal_index_level") & (pool["article_id"] == done.added[0]), "fact"]
    shown = explore_data({"metrics": metrics[metrics["fact"].isin(facts)]}, "en")
    assert shown.loc[shown["fact"] == mine["fact"].iloc[0], "plotted"].tolist() == [plotted]


def test_reviewing_a_figure_over_years_keeps_both_years(workspace):
    """/review's form showed the metrics row's year (a span's last year) as the figure's only year: "2 ปีซ้อน
    (2022, 2023)" became 2023 alone once corrected (say, its indicator only)."""
    from digital_compare.app.ui_review import label_period
    from digital_compare.tables.store import read_table

    done = workspace.add_articles([NewArticle(CLAIMS_TEXT, dict(FIELDS, country="LA", title="ลาว"))], ANALYST)
    metrics = read_table("metrics", workspace.tables_link)
    row = metrics[(metrics["article_id"] == done.added[0]) & (metrics["surface"] == "อันดับ 1 ใน 10")].iloc[0]
    year, year_end = label_period(row)
    assert (year, year_end) == (2022, 2023)
    workspace.review(done.added[0], [{"start": int(row["mention_start"]), "state": "corrected", "subject": row["subject"],
                                      "indicator": "innovation_index_rank", "year": year, "year_end": year_end,
                                      "status": row["status"]}], ANALYST)
    after = read_table("metrics", workspace.tables_link)
    kept = after[after["fact"] == row["fact"]].iloc[0]
    assert (kept["source"], int(kept["year_first"]), int(kept["year"])) == ("corrected", 2022, 2023)
    assert label_period({"year": 2023.0, "year_first": float("nan")}) == (2023, None)
    assert label_period({"year": None, "year_first": None}) == (None, None)
