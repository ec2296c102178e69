"""The command line's doors into the workspace (add, build): the same checks as the web, one line for every bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digital_compare.paths import ANNOTATIONS_DIR, ARTICLES_DIR

NEWS = "เวียดนามเร่งเศรษฐกิจดิจิทัล\n15 มี.ค. 2567\nในปี 2565 เศรษฐกิจดิจิทัลของเวียดนามเติบโต 28% และคาดว่าจะโต 20% ในปี 2568\n"


def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ARTICLES_DIR, root / "data" / "articles")
    shutil.copytree(ANNOTATIONS_DIR, root / "data" / "annotations")
    return root


def cli(root: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "digital_compare", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "DIGITAL_COMPARE_ROOT": str(root)})


def one_line(result: subprocess.CompletedProcess, message: str) -> None:
    lines = [line for line in result.stderr.splitlines() if not line.startswith(("building tables", "  "))]
    assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_add_a_folder_publishes_once_and_a_second_add_is_a_no_op(tmp_path):
    root = project(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(3):
        (folder / f"n{number}.txt").write_text(NEWS.replace("28%", f"{20 + number}%") + f"ข่าวชิ้นที่ {number} " * 40,
                                               encoding="utf-8")
    first = cli(root, "add", folder, "--outlet", "สำนักข่าวทดสอบ")
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("added: ") == 3 and "published table version 1" in first.stderr
    again = cli(root, "add", folder, "--outlet", "สำนักข่าวทดสอบ")
    assert again.returncode == 0 and again.stderr.count("already there: ") == 3 and "published" not in again.stderr
    assert os.readlink(root / "data" / "tables") == "versions/v000001"
    assert not list((root / "data" / "articles").glob("0*_*.txt"))[2:]  # nothing copied into the curated folder


@pytest.mark.parametrize("make, options, message", [
    (lambda d: (d / "a.txt").write_text(NEWS, encoding="utf-8"), [], "a.txt: outlet is required, or say that the article does not give it (give --outlet, or --not-given outlet)"),
    (lambda d: (d / "a.txt").write_text(NEWS, encoding="utf-8"), ["--outlet", "x", "--country", "ไท"],
     "country must be one of the known codes"),
    (lambda d: (d / "a.txt").write_text(NEWS, encoding="utf-8"), ["--outlet", "x", "--published", "99999-01-01"],
     "published must be a date"),
    (lambda d: (d / "a.txt").write_text("ไม่มีหัวข่าว ไม่มีวันที่ และไม่มีประเทศ.", encoding="utf-8"), ["--outlet", "x"],
     "a.txt: "),
    (lambda d: (d / "a.txt").symlink_to("/etc/passwd"), ["--outlet", "x"], "is a link; copy the file itself"),
    (lambda d: None, ["--outlet", "x", "/proc/self/environ"], "is not a regular file"),
])
def test_add_refuses_with_one_line_and_writes_nothing(tmp_path, make, options, message):
    root = project(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder)
    paths = [o for o in options if o.startswith("/proc")] or [folder]
    result = cli(root, "add", *paths, *[o for o in options if not o.startswith("/proc")])
    one_line(result, message)
    # every file is checked before the workspace is opened: nothing is created
    assert sorted(p.name for p in (root / "data").iterdir()) == ["annotations", "articles"]


@pytest.mark.parametrize("manifest, message", [
    ("- id: [unclosed", "articles.yaml: not valid YAML"),
    ("just a string", "expected a list of article entries"),
    ("- just a string\n", "entry 1: an entry must be a mapping"),
    ("- {id: 000_7c53af49cd1ab984, country: ไท}\n", "entry 1: country must be one of the known codes"),
    ("- {id: 000_7c53af49cd1ab984, country: CN, published: abc}\n", "entry 1: published must be a date"),
    ("- {id: 000_7c53af49cd1ab984, country: CN, published: 1000000000000000000000}\n", "entry 1: published must be a date"),
    ("- {id: 000_7c53af49cd1ab984, country: CN, title: [1, 2]}\n", "entry 1: title must be text"),
    ("- {id: 000_7c53af49cd1ab984, country: CN}\n- {id: 000_7c53af49cd1ab984, country: CN}\n", "is listed twice"),
    ("", "has no entry in articles.yaml"),
    ("\x00\x01", "not valid YAML"),
])
def test_a_corrupt_manifest_stops_the_build_with_one_line(tmp_path, manifest, message):
    root = project(tmp_path)
    (root / "data" / "articles" / "articles.yaml").write_text(manifest, encoding="utf-8")
    one_line(cli(root, "build"), message)


def test_build_publishes_and_an_unchanged_build_is_up_to_date(tmp_path):
    root = project(tmp_path)
    first = cli(root, "build")
    assert first.returncode == 0 and "published table version 1" in first.stderr, first.stderr
    second = cli(root, "build")
    assert second.returncode == 0 and "up to date: table version 1" in second.stderr
    assert (root / "data" / "tables" / "metrics.csv").exists()


def test_the_benchs_generated_articles_pass_the_add_checks():
    """The workspace bench adds generated news through the same checks as an analyst; fields they refuse
    stop the bench (as a required title once did) long after the suite passed."""
    from digital_compare.tables.validate import check_article_fields
    from digital_compare.tools.bench import _ENTRY_FIELDS, _analyst_fields

    assert check_article_fields({**_ENTRY_FIELDS, "country": "VN"}).title is None
    assert check_article_fields(_analyst_fields(2, 7)).title == "a2-7"
