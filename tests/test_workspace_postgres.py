"""The workspace on PostgreSQL: the same transactions, through the same interface, on a real server.

The test starts its own server (Debian's postgresql package: initdb and pg_ctl, run as the
``postgres`` user when the tests run as root) in a temporary folder, on a free loopback port, and
stops it afterwards.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from digital_compare.tools.serve import free_port
from digital_compare.workspace.store import NewArticle, PermissionDenied, Workspace
from test_workspace import ANALYST, FIELDS, TEXT, VISITOR, make_root, same_files


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or ([shutil.which(name)] if shutil.which(name) else [])
    if not found:
        pytest.fail(f"PostgreSQL's {name} is missing: install the Debian package postgresql (make test does)")
    return found[-1]


@pytest.fixture(scope="module")
def postgres_url():
    import tempfile

    # not under pytest's own temporary folder: that one is private to root, and the server runs as postgres
    folder = Path(tempfile.mkdtemp(prefix="dc-postgres-"))
    data = folder / "data"
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(folder, "postgres")
    port = free_port()
    subprocess.run([*as_user, _pg_bin("initdb"), "-D", str(data), "-U", "dc", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*as_user, _pg_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-t", "60",
                    "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], check=True, capture_output=True)
    try:
        subprocess.run([_pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "dc", "workspace"], check=True)
        yield f"postgresql://dc@127.0.0.1:{port}/workspace"
    finally:
        subprocess.run([*as_user, _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_workspace(tmp_path, postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("DROP TABLE IF EXISTS articles, decisions, versions, history, settings")
    workspace = Workspace(make_root(tmp_path), url=postgres_url)
    workspace.publish(ANALYST)
    return workspace


def test_add_review_remove_and_roll_back_on_postgresql(pg_workspace):
    workspace = pg_workspace
    added = workspace.add_articles([NewArticle(TEXT, FIELDS)], ANALYST)
    article = added.added[0]
    metrics = pd.read_csv(workspace.tables_link / "metrics.csv")
    starts = sorted(metrics[metrics["article_id"] == article]["mention_start"].astype(int))
    workspace.review(article, [{"start": starts[0], "state": "rejected"}], ANALYST)
    removed = workspace.remove_article(article, ANALYST)
    assert same_files(workspace.versions_dir / "v000001", workspace.versions_dir / f"v{removed.version:06d}") == []
    back = workspace.rollback(3, ANALYST)
    assert same_files(workspace.versions_dir / "v000003", workspace.versions_dir / f"v{back.version:06d}") == []
    assert [line["action"] for line in reversed(workspace.history()) if line["action"] != "publish"] == \
        ["add", "review:rejected", "remove", "rollback"]
    with pytest.raises(PermissionDenied):
        workspace.add_articles([NewArticle(TEXT.replace("28", "29"), FIELDS)], VISITOR)


def test_the_history_is_append_only_on_postgresql(pg_workspace, postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as connection:
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            connection.execute("DELETE FROM history")


def _add_to(root: str, url: str, number: int) -> None:
    text = f"ในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต {number}% ตามรายงานฉบับที่ผู้ทดสอบเขียนขึ้นเองเลขที่ {number * 7919}"
    Workspace(Path(root), url=url).add_articles([NewArticle(text, dict(FIELDS, title=f"บทความ {number}"))], ANALYST)


def test_simultaneous_adds_on_postgresql_are_serialised(pg_workspace, postgres_url):
    context = multiprocessing.get_context("spawn")
    adders = [context.Process(target=_add_to, args=(str(pg_workspace.root), postgres_url, n)) for n in range(3)]
    for adder in adders:
        adder.start()
    for adder in adders:
        adder.join(240)
    assert [adder.exitcode for adder in adders] == [0, 0, 0]
    ids = [a["id"] for a in pg_workspace.articles()]
    assert len({i.split("_")[0] for i in ids}) == 3 and pg_workspace.current_version() == 4
    assert set(ids) <= set(pd.read_csv(pg_workspace.tables_link / "articles.csv")["id"])
