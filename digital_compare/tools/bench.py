"""``digital-compare bench``: speed as a user feels it, each figure beside a reference from the same run.

The machines are noisy, so every budget is a ratio to something measured in
the same run, never an absolute time. Nothing here runs in the test suite.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

from digital_compare.tools.screenshots import PICTURE_DRAWN_JS

__all__ = ["Row", "add_subcommand", "make_corpus", "run_bench"]


@dataclass
class Row:
    measure: str
    value: float
    unit: str
    reference: str = ""
    ref_value: float | None = None
    budget: str = ""
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.ref_value else self.value / self.ref_value


def _print_table(rows: list[Row]) -> None:
    header = f"{'measure':<44} {'value':>11} {'unit':<6} {'reference':<30} {'ref':>9} {'ratio':>7}  {'budget':<18} ok"
    print(header)
    print("-" * len(header))
    for r in rows:
        ref = "" if r.ref_value is None else f"{r.ref_value:9.3f}"
        ratio = "" if r.ratio is None else f"{r.ratio:7.2f}"
        ok = "" if r.ok is None else ("yes" if r.ok else "NO")
        print(f"{r.measure:<44} {r.value:11.3f} {r.unit:<6} {r.reference:<30} {ref:>9} {ratio:>7}  {r.budget:<18} {ok}")
    sys.stdout.flush()


# ---- 1. extraction throughput ------------------------------------------------------

def _seed_texts() -> list[str]:
    """The seed articles' text without their site boilerplate."""
    from digital_compare.paths import ARTICLES_DIR
    from digital_compare.text.clean import boilerplate_spans

    texts = []
    for path in sorted(ARTICLES_DIR.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        for start, end in reversed(boilerplate_spans(raw)):
            raw = raw[:start] + raw[end:]
        texts.append(raw)
    return texts


def make_corpus(out_dir: Path, megabytes: float = 8.0, file_mb: float = 0.5, seed: int = 7) -> list[Path]:
    """Thai articles made from the seeds' content with every number varied, in files of ~file_mb."""
    rng = random.Random(seed)
    base = "\n".join(_seed_texts())

    def vary(match: re.Match) -> str:
        digits = match.group(0)
        return str(rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 0, 10 ** len(digits) - 1))

    out_dir.mkdir(parents=True, exist_ok=True)
    files, total, index = [], 0, 0
    target = int(megabytes * 1e6)
    while total < target:
        parts, size = [], 0
        while size < file_mb * 1e6:
            text = re.sub(r"\d+", vary, base)
            parts.append(text)
            size += len(text.encode("utf-8"))
        path = out_dir / f"bench_{index:03d}.txt"
        path.write_text("\n".join(parts), encoding="utf-8")
        files.append(path)
        total += path.stat().st_size
        index += 1
    return files


def _timed_process(cmd: list[str], **kwargs) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} failed: {result.stderr.decode(errors='replace')[-500:]}")
    return elapsed, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


_TOKENIZER_SCRIPT = textwrap.dedent("""
    import sys, pathlib
    from digital_compare.text.thai_text import word_tokenize_fast
    for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
        word_tokenize_fast(path.read_text(encoding="utf-8"))
""")


def bench_extraction(work: Path, megabytes: float) -> list[Row]:
    corpus = work / "corpus"
    files = make_corpus(corpus, megabytes)
    mb = sum(p.stat().st_size for p in files) / 1e6
    extract_s, _ = _timed_process([sys.executable, "-m", "digital_compare", "extract", str(corpus)])
    token_s, _ = _timed_process([sys.executable, "-c", _TOKENIZER_SCRIPT, str(corpus)])
    sample = files[0].read_text(encoding="utf-8")[:300_000]
    from pythainlp.tokenize import word_tokenize

    started = time.perf_counter()
    word_tokenize(sample, engine="newmm")
    newmm_mbps = len(sample.encode("utf-8")) / 1e6 / (time.perf_counter() - started)
    extract_mbps, token_mbps = mb / extract_s, mb / token_s
    return [
        Row(f"extract DIR ({mb:.1f} MB, whole process)", extract_mbps, "MB/s", "nlpo3 tokenizer, whole process",
            token_mbps, "≥ 1× reference", extract_mbps >= token_mbps),
        Row("pythainlp newmm (in process, 0.3 M chars)", newmm_mbps, "MB/s", "nlpo3 tokenizer", token_mbps),
    ]


# ---- 1b. hostile input -----------------------------------------------------------------

def _cpu_seconds(cmd: list[str]) -> float:
    """CPU seconds of one child process, whatever its exit status (a refused input is a result too)."""
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def bench_hostile(work: Path) -> list[Row]:
    """``extract`` on each crafted input against ordinary seed text of the same byte size."""
    from digital_compare.text.hostile import HOSTILE_CASES, case_file_name, ordinary_text_of_size

    folder = work / "hostile"
    folder.mkdir(exist_ok=True)
    rows = []
    for case, text in HOSTILE_CASES.items():
        path = folder / case_file_name(case)
        path.write_bytes(text.encode("utf-8"))
        ordinary = folder / f"ordinary{path.suffix}"
        ordinary.write_bytes(ordinary_text_of_size(path.stat().st_size, path.suffix == ".html"))
        extract = [sys.executable, "-m", "digital_compare", "extract"]
        seconds, reference = _cpu_seconds([*extract, str(path)]), _cpu_seconds([*extract, str(ordinary)])
        size_kb = path.stat().st_size / 1000
        rows.append(Row(f"hostile: {case} ({size_kb:,.0f} KB)", seconds, "CPU-s", "ordinary text, same size",
                        reference, "≤ 10× reference", seconds <= 10 * reference))
    return rows


# ---- 2. build ------------------------------------------------------------------------

def bench_build(work: Path) -> list[Row]:
    cmd = [sys.executable, "-m", "digital_compare", "build", "--out", str(work / "tables")]
    seconds, peak_kib = _timed_process(cmd)
    again, _ = _timed_process(cmd)  # what every `make run` does: same tables, figure cache kept
    return [Row("build from the seeds (whole process)", seconds, "s"),
            Row("build peak memory (largest child so far)", peak_kib / 1024, "MiB"),
            Row("build again, tables unchanged", again, "s", "first build", seconds)]


# ---- 2b. corpus scale ---------------------------------------------------------------

def make_news_corpus(root: Path, articles: int, seed: int = 7) -> Path:
    """A data folder (``root/data``) with the seeds, their annotations and ``articles`` short
    articles (about 2 KB each) made from the seeds' paragraphs with every figure varied."""
    import shutil

    import yaml

    from digital_compare.paths import ANNOTATIONS_DIR, ARTICLES_DIR

    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(ARTICLES_DIR, data / "articles")
    shutil.copytree(ANNOTATIONS_DIR, data / "annotations")
    rng = random.Random(seed)
    paragraphs = [line for text in _seed_texts() for line in text.splitlines() if len(line) > 80]

    def vary(match: re.Match) -> str:  # years stay years; every other figure changes
        digits = match.group(0)
        return digits if len(digits) == 4 else str(rng.randint(1, 10 ** len(digits) - 1))

    entries = yaml.safe_load((data / "articles" / "articles.yaml").read_text(encoding="utf-8"))
    for index in range(articles):
        article_id = f"{index + 100:04d}_generated"
        text = "\n".join(re.sub(r"\d+", vary, rng.choice(paragraphs)) for _ in range(2))[:2000]
        (data / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
        entries.append({"id": article_id, "country": rng.choice(["CN", "VN", "TH"]), "outlet": "generated"})
    (data / "articles" / "articles.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return root


_RERUNS_SCRIPT = textwrap.dedent("""
    import json
    from digital_compare.app.ui_bench import bench_reruns
    print(json.dumps([[page, median, reference] for page, median, reference in bench_reruns(%d)]))
""")


def bench_scale(work: Path, articles: int = 1000, runs: int = 10) -> list[Row]:
    """Build the seeds alone and the seeds plus ``articles`` added ones, each into an empty folder;
    then the warm reruns of every page with the added articles."""
    import json

    seeds, corpus = make_news_corpus(work / "seeds", 0), make_news_corpus(work / "corpus", articles)
    size = sum(p.stat().st_size for p in (corpus / "data" / "articles").glob("*.txt")) / 1e6
    timings = {}
    for name, root in (("seeds", seeds), ("corpus", corpus)):
        env = {**os.environ, "DIGITAL_COMPARE_ROOT": str(root)}
        timings[name] = _timed_process([sys.executable, "-m", "digital_compare", "build"], env=env)
    (seeds_s, _), (corpus_s, corpus_kib) = timings["seeds"], timings["corpus"]
    rows = [Row(f"build seeds + {articles} articles ({size:.1f} MB)", corpus_s, "s", "build of the seeds alone",
                seeds_s, "≤ 4× reference", corpus_s <= 4 * seeds_s),
            Row(f"build peak memory, seeds + {articles}", corpus_kib / 1024, "MiB")]
    result = subprocess.run([sys.executable, "-c", _RERUNS_SCRIPT % runs], capture_output=True, text=True,
                            env={**os.environ, "DIGITAL_COMPARE_ROOT": str(corpus)}, check=True)
    for page, value, reference in json.loads(result.stdout.strip().splitlines()[-1]):
        rows.append(Row(f"+{articles}: rerun /{'' if page == 'overview' else page} (median of {runs})", value, "ms",
                        "empty Streamlit page", reference, "≤ ref + 100 ms", value <= reference + 100))
    return rows


# ---- 2c. the analysts' workspace ------------------------------------------------------
# adding a 1,000-article folder, against building the same corpus from files; adding one article to the
# seeds plus 1,000 until /explore's rows hold it; the server's own CPU for a 2 MB upload of nested <div>;
# an analysis's latency while three analysts add in a loop, against the same analysis alone.

#: generated news has no headline: its title is marked as not given, as an analyst adding it would mark it
_ENTRY_FIELDS = {"outlet": "generated", "published": "2024-01-01", "not_given": ["title"]}


def _analyst_fields(seed: int, number: int) -> dict:
    """An analyst's article in the add loop, titled by who added it and when."""
    return {**_ENTRY_FIELDS, "country": "VN", "title": f"a{seed}-{number}", "not_given": []}


def _phrases() -> list[str]:
    """The seeds' phrases (Thai writes clauses apart with spaces) that generated news is made of."""
    paragraphs = [line for text in _seed_texts() for line in text.splitlines() if len(line) > 80]
    return [phrase for paragraph in paragraphs for phrase in paragraph.split(" ") if len(phrase) > 12]


def generated_news(rng: random.Random, phrases: list[str]) -> str:
    """About 2 KB drawn anew from the phrases, every figure but years varied: it shares a phrase here and
    there with another generated text, as news does, but is no near-copy of it."""
    def vary(match: re.Match) -> str:
        digits = match.group(0)
        return digits if len(digits) == 4 else str(rng.randint(1, 10 ** len(digits) - 1))

    return " ".join(re.sub(r"\d+", vary, rng.choice(phrases)) for _ in range(40))[:2000]


def _news_folder(folder: Path, articles: int, seed: int) -> Path:
    """``articles`` generated news texts, a headline first, as files of a folder to add."""
    folder.mkdir(parents=True, exist_ok=True)
    rng, phrases = random.Random(seed), _phrases()
    for index in range(articles):
        body = generated_news(rng, phrases)
        (folder / f"n{index:04d}.txt").write_text(f"ข่าวทดสอบฉบับที่ {seed}-{index}\n{body}", encoding="utf-8")
    return folder


def _cli(root: Path, *args: str) -> tuple[float, int]:
    return _timed_process([sys.executable, "-m", "digital_compare", *args], env={**os.environ, "DIGITAL_COMPARE_ROOT": str(root)})


# the dashboard's worker process has its modules imported by the fork server before any add (worker._PRELOAD)
_ONE_MORE = """
import importlib, json, sys, time
from pathlib import Path
from digital_compare.app.worker import _PRELOAD
for module in _PRELOAD:
    importlib.import_module(module)
from digital_compare.workspace.auth import cli_actor
from digital_compare.workspace.store import NewArticle, Workspace
from digital_compare.tables.store import read_table
from digital_compare.app.views import explore_frame
root, text = Path(sys.argv[1]), Path(sys.argv[2]).read_text(encoding="utf-8")
start = time.perf_counter()
done = Workspace(root).add_articles([NewArticle(text, {"country": "VN", "outlet": "generated", "title": "one more",
                                                       "published": "2024-02-01"})], cli_actor())
metrics = read_table("metrics", root / "data" / "tables", validate=False)
assert (explore_frame(metrics)["article_id"] == done.added[0]).any()
print(json.dumps(time.perf_counter() - start))
"""


def _add_loop(root: str, seed: int, stop_at: float) -> None:
    """An analyst adding one new article after another, each through a budgeted worker as the dashboard does."""
    from digital_compare.app.worker import WRITE_NICENESS, run_with_budget
    from digital_compare.workspace.auth import Actor
    from digital_compare.workspace.jobs import add_job
    from digital_compare.workspace.store import NewArticle

    actor = Actor(f"analyst{seed}@example.org", f"analyst {seed}", "analyst", "cli")
    rng, phrases = random.Random(seed), _phrases()
    number = 0
    while time.monotonic() < stop_at:
        text = generated_news(rng, phrases)
        run_with_budget(add_job, Path(root), [NewArticle(text, _analyst_fields(seed, number))], actor,
                        seconds=600, memory_bytes=6 * 2**30, pool="write", niceness=WRITE_NICENESS)
        number += 1


def _analysis_latency(text: str, runs: int) -> float:
    from digital_compare.app.analysis import analyse_text
    from digital_compare.app.worker import run_with_budget

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run_with_budget(analyse_text, text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _server_cpu_for_upload(data: bytes) -> float:
    """CPU-seconds the dashboard's own process spends on one upload (its children excluded)."""
    from digital_compare.app import ui_analyze

    before = resource.getrusage(resource.RUSAGE_SELF)
    ui_analyze._prepared("upload", data, "nested.html")
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_workspace(work: Path, articles: int = 1000, load_seconds: float = 60, runs: int = 3) -> list[Row]:
    from digital_compare.workspace.auth import cli_actor
    from digital_compare.workspace.store import Workspace

    rows: list[Row] = []
    # 1. a 1,000-article folder: added, against the same texts built as files; each timed in fresh
    # copies, turn about, and the medians compared (one run of either varies by a tenth)
    folder = _news_folder(work / "folder", articles, seed=11)
    as_files = make_news_corpus(work / "files", 0)
    import shutil

    import yaml

    manifest = as_files / "data" / "articles" / "articles.yaml"
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.txt")):
        shutil.copy(path, as_files / "data" / "articles" / f"{path.stem}_f.txt")
        entries.append({"id": f"{path.stem}_f", "country": "VN", **_ENTRY_FIELDS})
    manifest.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    add_times, cold_times, build_times, bare_times = [], [], [], []
    add_args = ("add", str(folder), "--country", "VN", "--outlet", "generated", "--published", "2024-01-01",
                "--not-given", "title")
    for run in range(runs):
        # the add as an analyst makes it: into the workspace `make run` built and published (its seeds'
        # readings and charts kept), untimed
        adding = make_news_corpus(work / f"adding{run}", 0)
        _cli(adding, "build")
        add_times.append(_cli(adding, *add_args)[0])
        # and into a workspace never built: the add builds everything it publishes
        cold_times.append(_cli(make_news_corpus(work / f"cold{run}", 0), *add_args)[0])
        # the reference is the build as `make run` does it: the same corpus as files, published as a
        # version with its readings kept, from a cold cache; `build --out` (a folder, nothing kept) beside it
        building = work / f"files{run}"
        shutil.copytree(as_files, building)
        build_times.append(_cli(building, "build")[0])
        bare_times.append(_cli(building, "build", "--out", str(work / f"files-tables{run}"))[0])
    add_s, cold_s, build_s, bare_build_s = (statistics.median(times) for times in
                                            (add_times, cold_times, build_times, bare_times))
    shown = f"median of {runs}" if runs > 1 else "one run"
    rows.append(Row(f"add a {articles}-article folder to the built workspace (whole process, {shown})", add_s, "s",
                    "build of the same corpus", build_s, "≤ 1× reference", add_s <= build_s))
    rows.append(Row(f"add a {articles}-article folder to the built workspace (whole process, {shown})", add_s, "s",
                    "build --out, nothing kept", bare_build_s))
    rows.append(Row(f"add a {articles}-article folder to a workspace never built ({shown})", cold_s, "s",
                    "build of the same corpus", build_s))
    adding = work / "adding0"

    # 2. one more article into the seeds + 1,000, until /explore's rows hold it
    one = work / "one.txt"
    one.write_text("เวียดนามตั้งเป้าให้เศรษฐกิจดิจิทัลมีสัดส่วนร้อยละ 20 ของ GDP ภายในปี 2568 ตามยุทธศาสตร์แห่งชาติ "
                   "ขณะที่ในปี 2566 สัดส่วนอยู่ที่ร้อยละ 16.5", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", _ONE_MORE, str(adding), str(one)], capture_output=True, text=True,
                            check=True)
    visible_s = float(result.stdout.strip().splitlines()[-1])
    start = time.perf_counter()
    Workspace(adding).republish(cli_actor(), "bench: the full rebuild, the reference")
    full_s = time.perf_counter() - start
    rows.append(Row(f"add 1 article to seeds + {articles}: on /explore", visible_s, "s", "full rebuild, same corpus",
                    full_s, "≤ 2 s", visible_s <= 2.0))

    # 3. the server's CPU for a 2 MB upload of nested <div>
    depth = 2 * 1024 * 1024 // len("<div>")
    nested = ("<html><body>" + "<div>" * depth).encode()[: 2 * 1024 * 1024 - 16]
    cpu = _server_cpu_for_upload(nested)
    rows.append(Row("2 MB nested <div> upload: server CPU", cpu, "CPU-s", "", None, "< 1 CPU-s", cpu < 1.0))

    # 4. an analysis while three analysts add in a loop
    text = "\n".join(_seed_texts())[:6000]
    alone = _analysis_latency(text, 7)
    context = multiprocessing.get_context("spawn")
    stop_at = time.monotonic() + load_seconds
    adders = [context.Process(target=_add_loop, args=(str(adding), seed, stop_at)) for seed in range(3)]
    for adder in adders:
        adder.start()
    time.sleep(min(10.0, load_seconds / 4))  # the adders are importing and their first rebuilds are running
    loaded = _analysis_latency(text, 7)
    for adder in adders:
        adder.join(load_seconds + 600)
    failed = [seed for seed, adder in enumerate(adders) if adder.exitcode != 0]
    if failed:
        # a latency beside adders that stopped at their first add would measure an idle machine
        raise RuntimeError(f"bench workspace: analysts {failed} stopped adding (exit codes "
                           f"{[adders[seed].exitcode for seed in failed]}); their traceback is above")
    rows.append(Row("analysis latency, 3 analysts adding", loaded, "s", "the same analysis alone", alone,
                    "≤ 1.5× reference", loaded <= 1.5 * alone))
    return rows


# ---- 3. warm page rerun: digital_compare/app/ui_bench.py (it drives Streamlit's AppTest) ----

# ---- 4. cold start -------------------------------------------------------------------

#: the reference for cold start and load: Streamlit with one Plotly chart and nothing else
BARE_APP = (
    "import plotly.graph_objects as go\n"
    "import streamlit as st\n"
    "st.title('bare')\n"
    "st.plotly_chart(go.Figure(go.Bar(x=['a', 'b'], y=[1, 2])))\n"
)


def _cold_start(browser_page, script: Path | None, path: str) -> float:
    from digital_compare.tools.serve import running_app

    started = time.perf_counter()
    with running_app(script and str(script), timeout=120) as url:
        browser_page.goto(f"{url}{path}")
        browser_page.wait_for_function(CHARTS_DRAWN_JS, arg=1, timeout=120_000)
        return time.perf_counter() - started


def bench_cold_start(work: Path, repeats: int = 5) -> list[Row]:
    from playwright.sync_api import sync_playwright

    from digital_compare.tools.serve import launch_chromium

    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    ours, ref = [], []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for _ in range(repeats):
            for script, path, bucket in ((None, "/china", ours), (bare, "/", ref)):
                context = browser.new_context()
                bucket.append(_cold_start(context.new_page(), script, path))
                context.close()
        browser.close()
    ours_s, ref_s = statistics.median(ours), statistics.median(ref)
    return [Row(f"cold start → first chart, /china (median of {repeats})", ours_s, "s",
                "bare one-chart Streamlit app", ref_s, "≤ 1.25× reference", ours_s <= 1.25 * ref_s)]


# ---- 5. export -----------------------------------------------------------------------

def bench_export(work: Path) -> list[Row]:
    import kaleido

    from digital_compare.outputs.chromium import chromium_path
    from digital_compare.outputs.export import export_charts, figures_for_export

    os.environ.setdefault("BROWSER_PATH", chromium_path())
    started = time.perf_counter()
    export_charts(work / "export_all", "png", "en")
    together = time.perf_counter() - started
    figures = figures_for_export("en")
    (work / "export_each").mkdir(exist_ok=True)
    started = time.perf_counter()
    for sized in figures:
        kaleido.write_fig_sync(sized.figure, path=str(work / "export_each" / f"{sized.chart_id}.png"),
                               opts={"width": sized.width, "height": sized.height, "scale": sized.scale},
                               kopts={"mathjax": False})
    separately = time.perf_counter() - started
    from digital_compare.outputs.deck import build_deck

    started = time.perf_counter()
    build_deck(work / "deck.pptx", "en")
    deck = time.perf_counter() - started
    return [Row(f"export {len(figures)} charts, one browser", together, "s", f"{len(figures)} × single-chart export",
                separately, "well below 1×", together < 0.6 * separately),
            Row("deck, all story pages (.pptx)", deck, "s", f"export {len(figures)} charts", together)]


# ---- load ------------------------------------------------------------------------------

def _peak_rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


#: the reference drawing the same figures as each story page: the build's cached figures, made
#: figures without validation (as the dashboard does), one st.plotly_chart each, nothing else;
#: the floor for those charts
SAME_FIGURES_APP = (
    "import json, pathlib\n"
    "import plotly.graph_objects as go\n"
    "import streamlit as st\n"
    "FIGURES = json.loads(pathlib.Path({cache!r}).read_text(encoding='utf-8'))['figures']\n"
    "PAGES = {pages!r}\n"
    "page, lang = st.query_params.get('page', 'china'), st.query_params.get('lang', 'th')\n"
    "st.title(page)\n"
    "for chart_id in PAGES[page]:\n"
    "    st.plotly_chart(go.Figure(FIGURES[chart_id][lang], _validate=False), theme=None, key=chart_id)\n"
)
#: the charts each story page draws on arrival (its chart tabs), in page order
STORY_CHARTS = {
    "china": ("china_timeline", "fujian_digital_economy_2020", "fujian_firsts"),
    "vietnam": ("vn_targets_2023", "vn_tasks_2023", "vn_rankings", "vn_digital_economy_growth", "vn_red_tape_2023",
                "vn_plan_2024", "vn_other_claims"),
    "compare": ("compare_growth", "compare_share", "compare_themes", "compare_keywords"),
}


def same_figures_app(work: Path) -> Path:
    from digital_compare.app.figure_cache import FIGURE_CACHE_FILE
    from digital_compare.paths import TABLES_DIR

    script = work / "same_figures_app.py"
    script.write_text(SAME_FIGURES_APP.format(cache=str(TABLES_DIR / FIGURE_CACHE_FILE),
                                              pages={k: list(v) for k, v in STORY_CHARTS.items()}), encoding="utf-8")
    return script


#: true once ``charts`` charts are drawn: a Plotly chart once it has drawn its SVG (counted by plot: each draws
#: three <svg class="main-svg">), a chart shown as a picture once its picture is fetched (:data:`PICTURE_DRAWN_JS`)
CHARTS_DRAWN_JS = f"""(charts) => {{
  const pictureDrawn = {PICTURE_DRAWN_JS};
  return [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.querySelector('.main-svg')).length
    + [...document.querySelectorAll('.dc-picture')].filter(pictureDrawn).length >= charts;
}}"""


async def _load_session(browser, url: str, paths: list[str], deadline: float, timings: list, errors: list, offset: int):
    """Visit ``paths`` in turn until ``deadline``; each visit's time until all its charts are drawn.

    ``paths``: (address, charts the page draws on arrival).
    """
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    step = offset
    while time.monotonic() < deadline:
        path, charts = paths[step % len(paths)]
        step += 1
        started = time.perf_counter()
        try:
            await page.goto(f"{url}{path}", timeout=120_000)
            await page.wait_for_function(CHARTS_DRAWN_JS, arg=charts, timeout=120_000)
            timings.append((path, time.perf_counter() - started))
            if await page.locator('[data-testid="stException"]').count():
                errors.append(f"exception element on {path}")
        except Exception as err:  # noqa: BLE001 — every failure counts against the budget
            errors.append(f"{path}: {type(err).__name__}")
    await context.close()


async def _load(script: Path, paths: list[str], sessions: int, seconds: float):
    import asyncio

    from playwright.async_api import async_playwright

    from digital_compare.tools.serve import CHROMIUM_ARGS, chromium_path, running_app

    timings, errors = [], []
    with running_app(script and str(script), timeout=120) as url:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            deadline = time.monotonic() + seconds
            await asyncio.gather(*(
                _load_session(browser, url, paths, deadline, timings, errors, i) for i in range(sessions)))
            await browser.close()
        peak = _peak_rss_mib(url.pid)
    return timings, errors, peak


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


#: the apps of a load round in the order the first round runs them; each later round runs them in the order
#: opposite to the round before, so that, over an even number of rounds, every app's mean place in the run is the
#: same and a drift of the machine during the run falls on all of them alike. One 60 s run is noisy: the same
#: floor's median time to /compare's charts was 4.75 s in one run and 7.13 s in another
LOAD_APPS = ("ours", "bare", "floor")


def load_order(rounds: int) -> list[str]:
    """The apps in the order the load section runs them: :data:`LOAD_APPS`, then reversed, then as first..."""
    return [app for index in range(rounds) for app in (LOAD_APPS if index % 2 == 0 else LOAD_APPS[::-1])]


def bench_load(work: Path, seconds: float = 60, sessions: int = 10, rounds: int = 2) -> list[Row]:
    """The story pages under load against two references: the bare one-chart app, and the
    same-figures floor (a bare page drawing each story page's own figures). Each app runs ``rounds`` times
    (:func:`load_order`) and its visits are pooled."""
    import asyncio

    bare = work / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    floor = same_figures_app(work)
    langs = ("th", "en")
    runs = {
        "ours": (None, [(f"/{page}?lang={lang}", len(charts)) for page, charts in STORY_CHARTS.items() for lang in langs]),
        "bare": (bare, [(f"/?lang={lang}", 1) for lang in langs]),
        "floor": (floor, [(f"/?page={page}&lang={lang}", len(charts))
                          for page, charts in STORY_CHARTS.items() for lang in langs]),
    }
    timings, errors, peaks = {app: [] for app in runs}, {app: [] for app in runs}, dict.fromkeys(runs, 0.0)
    for app in load_order(rounds):
        visits, failures, peak = asyncio.run(_load(*runs[app], sessions, seconds))
        timings[app] += visits
        errors[app] += failures
        peaks[app] = max(peaks[app], peak)
    ours, ref, same = timings["ours"], timings["bare"], timings["floor"]
    all_ours, all_ref = [s for _, s in ours], [s for _, s in ref]
    p95, ref_p95 = _quantile(all_ours, 0.95), _quantile(all_ref, 0.95)
    rows = [
        Row(f"load: {sessions} sessions × {seconds:.0f} s × {rounds} rounds, errors", len(errors["ours"]), "count",
            "bare app errors", len(errors["bare"]) + len(errors["floor"]), "0", not errors["ours"]),
        Row("load: page loads completed", len(ours), "count", "bare app", len(ref)),
        Row("load: p50 time to charts drawn", _quantile(all_ours, 0.5), "s", "bare one-chart app p50",
            _quantile(all_ref, 0.5)),
        Row("load: p95 time to charts drawn", p95, "s", "bare one-chart app p95", ref_p95, "≤ 1.5× reference",
            p95 <= 1.5 * ref_p95),
    ]
    for page in STORY_CHARTS:
        mine = [s for path, s in ours if path.startswith(f"/{page}?")]
        floor_times = [s for path, s in same if f"page={page}&" in path]
        median, floor_median = _quantile(mine, 0.5), _quantile(floor_times, 0.5)
        rows += [
            Row(f"load: /{page} p50 time to all its charts", median, "s", "same figures, bare page p50", floor_median,
                "≤ 1.2× floor", median <= 1.2 * floor_median),
            Row(f"load: /{page} page loads completed", len(mine), "count", "same figures, bare page", len(floor_times),
                "≥ 0.9× floor", len(mine) >= 0.9 * len(floor_times)),
        ]
    rows.append(Row("load: server peak memory", peaks["ours"], "MiB", "bare app server", peaks["bare"]))
    return rows


def rerun_rows(runs: int) -> list[Row]:
    """Warm page reruns (:mod:`digital_compare.app.ui_bench` drives Streamlit) as bench rows."""
    from digital_compare.app.ui_bench import bench_reruns

    return [Row(f"warm rerun /{'' if page == 'overview' else page} (median of {runs})", median, "ms",
                "empty Streamlit page", reference, "≤ ref + 100 ms", median <= reference + 100)
            for page, median, reference in bench_reruns(runs)]


def run_bench(quick: bool = False, load_seconds: float = 60, sections: tuple[str, ...] = ()) -> list[Row]:
    rows: list[Row] = []
    wanted = set(sections) or {"extract", "hostile", "build", "scale", "workspace", "rerun", "cold", "export", "load"}
    with tempfile.TemporaryDirectory(prefix="dc-bench-") as tmp:
        work = Path(tmp)
        steps = [
            ("extract", lambda: bench_extraction(work, 1.0 if quick else 9.0)),
            ("hostile", lambda: bench_hostile(work)),
            ("build", lambda: bench_build(work)),
            ("scale", lambda: bench_scale(work, 200 if quick else 1000, 5 if quick else 10)),
            ("workspace", lambda: bench_workspace(work, 200 if quick else 1000, 20 if quick else 60, 1 if quick else 3)),
            ("rerun", lambda: rerun_rows(5 if quick else 20)),
            ("cold", lambda: bench_cold_start(work, 1 if quick else 5)),
            ("export", lambda: bench_export(work)),
            ("load", lambda: bench_load(work, 10 if quick else load_seconds, rounds=1 if quick else 2)),
        ]
        for name, step in steps:
            if name not in wanted:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            rows.extend(step())
    return rows


def cmd_bench(args) -> int:
    rows = run_bench(args.quick, args.load_seconds, tuple(args.only or ()))
    print()
    _print_table(rows)
    failed = [r.measure for r in rows if r.ok is False]
    if failed:
        print(f"\nover budget: {', '.join(failed)}")
    return 0


def add_subcommand(sub) -> None:
    p = sub.add_parser("bench", help="measure extraction, build, page reruns, cold start, export and load")
    p.add_argument("--quick", action="store_true", help="smaller corpus, fewer runs, 10 s load")
    p.add_argument("--load-seconds", type=float, default=60)
    p.add_argument("--only", nargs="*", choices=("extract", "hostile", "build", "scale", "workspace", "rerun", "cold", "export", "load"))
    p.set_defaults(func=cmd_bench)
