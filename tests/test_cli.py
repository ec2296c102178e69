"""The command line: the extraction contract and one clear line for every bad input."""

import csv
import io
import json
import subprocess
import sys

import pytest

from digital_compare.paths import ARTICLES_DIR
from digital_compare.text.decode import MAX_INPUT_BYTES
from digital_compare.text.extract import MENTION_FIELDS


def run_cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "digital_compare", *map(str, args)],
                          capture_output=True, text=True, timeout=120, **kwargs)


def test_extract_json_lines_follow_the_contract():
    result = run_cli("extract", ARTICLES_DIR / "000_7c53af49cd1ab984.txt")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(records[0]) == list(MENTION_FIELDS)
    money = [r for r in records if r["kind"] == "money"]
    assert [(r["surface"], r["value"], r["unit"]) for r in money] == [("2 ล้านล้านหยวน", 2e12, "CNY")]
    summit = [r for r in records if r["date"] == "2018-04-22"]
    assert summit and summit[0]["year"] == 2018


def test_extract_loads_neither_pandas_nor_the_dashboard():
    # the parser imports every subcommand's module; a heavy import there is paid by every `extract`
    code = ("import sys\n"
            "from digital_compare.tools.cli import main\n"
            f"main(['extract', {str(ARTICLES_DIR / '000_7c53af49cd1ab984.txt')!r}])\n"
            "heavy = sorted(m for m in ('pandas', 'plotly', 'streamlit', 'asyncio', 'digital_compare.app') if m in sys.modules)\n"
            "print(heavy, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout, result.stderr
    assert result.stderr.strip() == "[]"


def test_extract_folder_as_csv():
    result = run_cli("extract", "--csv", ARTICLES_DIR)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["article"] for r in rows} == {"000_7c53af49cd1ab984", "004_448656d886171038"}
    assert any(r["surface"] == "28 ธันวาคม" and r["date"] == "2023-12-28" and r["inferred"] == "True" for r in rows)


def test_csv_output_neutralises_formulas(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text("=HYPERLINK(1) มี 62 เป้าหมาย", encoding="utf-8")
    rows = {r["surface"]: r for r in csv.DictReader(io.StringIO(run_cli("extract", "--csv", path).stdout))}
    assert rows["62"]["sentence"].startswith("'=HYPERLINK")
    assert rows["62"]["value"] == "62.0"


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file or folder"),
        (b"", "the input is empty"),
        (bytes(range(256)) * 8, "looks like binary data"),
        (b"x" * (MAX_INPUT_BYTES + 10), "the limit is 2 MB"),
    ],
    ids=["missing", "empty", "binary", "oversize"],
)
def test_bad_input_exits_nonzero_with_one_line(tmp_path, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("extract", path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_folder_without_articles(tmp_path):
    result = run_cli("extract", tmp_path)
    assert result.returncode == 2 and "holds no" in result.stderr and "Traceback" not in result.stderr


def test_build_into_folder(tmp_path):
    result = run_cli("build", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "metrics.csv").exists() and (tmp_path / "metrics.meta.yml").exists()
    assert "metrics" in result.stderr


def test_console_script_matches_module():
    from pathlib import Path

    script = Path(sys.executable).parent / "digital-compare"
    assert script.exists(), "the package must be installed with its console script"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "extract" in result.stdout and "build" in result.stdout


def test_unknown_options_are_refused_except_for_serve():
    result = run_cli("build", "--server.port", "1")
    assert result.returncode == 2 and "unrecognized arguments: --server.port 1" in result.stderr
    assert "Traceback" not in result.stderr
    help_text = run_cli("serve", "--help").stdout
    assert "--port" in help_text and "streamlit run" in help_text


def _linked_article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("ปี 2566 มี 62 เป้าหมาย", encoding="utf-8")
    secret = tmp_path / "outside.txt"
    secret.write_text("ความลับ 99 ข้อ", encoding="utf-8")
    (folder / "b.txt").symlink_to(secret)
    return folder


@pytest.mark.parametrize(
    "args, message",
    [
        (["--out", ""], "--out is empty"),
        (["--out", "{file}"], "is a file, not a folder"),
        (["--out", "{articles}", "--articles", "{articles}"], "--out is the articles folder"),
        (["--articles", "{linked}", "--out", "{tmp}/tables"], "b.txt links to a file outside"),
        (["--out", "/proc/no-such/tables"], "error:"),
    ],
)
def test_build_refuses_bad_folders_with_one_line(tmp_path, args, message):
    places = {"file": tmp_path / "a-file", "articles": ARTICLES_DIR, "linked": None, "tmp": tmp_path}
    places["file"].write_text("x")
    if any("{linked}" in a for a in args):
        places["linked"] = _linked_article(tmp_path)
    result = run_cli("build", *[a.format(**places) for a in args])
    lines = [line for line in result.stderr.splitlines() if not line.startswith("building tables")]
    assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "tables").exists() or "ความลับ" not in "".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "tables").glob("*.csv"))
