"""Every chart's unfiltered figure, drawn when the tables are built.

A fresh dashboard then sends its first charts without building them: the /china
timeline took 80 ms to build through Plotly's validators and 5 ms to load from
here. The cache is only used while it matches what a build would draw now. Its
fingerprint covers the table files, the modules that draw the charts and the
Plotly and pandas versions; any change and the dashboard builds the figures itself.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from digital_compare.paths import PICTURE_DIR, TABLES_DIR

__all__ = ["FIGURE_CACHE_FILE", "PICTURE_WIDTHS", "figure_digest", "figure_fingerprint", "picture_files", "picture_key", "read_figure_cache",
           "read_pictures", "write_figure_cache"]

FIGURE_CACHE_FILE = "figures.cache.json"
#: the card widths (CSS px) a story chart is drawn at as a picture: a card shows the widest not wider than itself,
#: so its texts are drawn at 1 to 1.25 times their size. Measured card widths: phones 326 (360-390 px) and 366
#: (430), a tablet 704, desktop halves and thirds 344-682, across the page 788-1428
PICTURE_WIDTHS = (326, 366, 442, 532, 640, 788, 948, 1160, 1428)
#: charts a page only ever draws filtered (/explore: one variable the visitor chose), so never from here;
#: drawing them on every analyst's add cost half a second
ALWAYS_FILTERED = ("explore",)
#: the modules whose code decides what a figure looks like
_DRAWING_MODULES = ("charts.py", "layout.py", "views.py", "i18n.py", "formatting.py")
_PACKAGE_DIR = Path(__file__).resolve().parent


def drawing_fingerprint() -> str:
    """SHA-256 over the drawing modules' source and the Plotly and pandas versions."""
    import pandas
    import plotly

    digest = hashlib.sha256(f"plotly {plotly.__version__} pandas {pandas.__version__}\n".encode())
    for path in [_PACKAGE_DIR / module for module in _DRAWING_MODULES]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def figure_fingerprint(tables_dir: Path = TABLES_DIR) -> str:
    """SHA-256 over the tables' CSV files, the drawing modules' source, and the Plotly and
    pandas versions."""
    from digital_compare.tables.store import TABLE_NAMES

    digest = hashlib.sha256(drawing_fingerprint().encode())
    for path in [Path(tables_dir) / f"{name}.csv" for name in TABLE_NAMES]:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


def _load(path: Path) -> dict:
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def write_figure_cache(tables_dir: Path = TABLES_DIR, force: bool = False, drawings=None, tables=None) -> Path:
    """Draw every chart in both languages from the written tables, as the dashboard reads them.

    A chart these tables cannot draw (another corpus may lack its facts) is left
    out with the reason; the dashboard then tries to build it and shows why not.
    Drawing all of them takes about 2 s, so a cache that still matches (the same
    tables rebuilt by the same code, as on every ``make run``) is kept unless ``force``.
    ``drawings`` (an :class:`~digital_compare.tables.article_cache.ArticleCache`) keeps each
    chart's drawing by the rows it plots: a new version in which only /explore's rows changed
    (an analyst's add) draws that chart alone. ``tables``: the frames just written (the build's),
    instead of reading them back.
    """
    from digital_compare.app.i18n import LANGS
    from digital_compare.app.views import CHARTS
    from digital_compare.tables.store import TABLE_NAMES, atomic_write_text, read_table

    tables_dir = Path(tables_dir)
    path = tables_dir / FIGURE_CACHE_FILE
    fingerprint = figure_fingerprint(tables_dir)
    if not force and _load(path).get("fingerprint") == fingerprint:
        return path
    if tables is None:
        tables = {name: read_table(name, tables_dir, validate=False) for name in TABLE_NAMES}
    figures: dict[str, dict] = {}
    not_drawn: dict[str, str] = {}
    code = drawing_fingerprint()
    for spec in CHARTS:
        if spec.id in ALWAYS_FILTERED:
            continue
        for lang in LANGS:
            try:
                df = spec.data(tables, lang)
                if df.empty:
                    continue
                key = (spec.id, lang, code, hashlib.sha256(df.to_csv().encode()).hexdigest(),
                       spec.draw.__module__, _source_key(tables, df, lang))
                drawn = drawings.get("figures", key) if drawings is not None else None
                if drawn is None:
                    drawn = json.loads(spec.draw(tables, df, lang).to_json())
                    if drawings is not None:
                        drawings.put("figures", key, drawn)
            except Exception as err:  # noqa: BLE001 — recorded; the page reports it when it builds the chart
                not_drawn[f"{spec.id}/{lang}"] = f"{type(err).__name__}: {err}"
                continue
            figures.setdefault(spec.id, {})[lang] = drawn
    atomic_write_text(path, json.dumps(
        {"fingerprint": fingerprint, "figures": figures, "not_drawn": not_drawn},
        ensure_ascii=False, separators=(",", ":")))
    return path


def _source_key(tables, df, lang: str) -> str:
    from digital_compare.app.views import source_line

    return source_line(tables, df, lang)


def read_figure_cache(tables_dir: Path = TABLES_DIR) -> dict[str, dict[str, dict]]:
    """``{chart id: {lang: figure dict}}``, or ``{}`` when the cache is missing, unreadable
    or drawn from other tables or other code than the current ones."""
    cache = _load(Path(tables_dir) / FIGURE_CACHE_FILE)
    if cache.get("fingerprint") != figure_fingerprint(tables_dir):
        return {}
    figures = cache.get("figures")
    return figures if isinstance(figures, dict) else {}


def figure_digest(figure: dict) -> str:
    """SHA-256 of a cached figure, its keys in order."""
    return hashlib.sha256(json.dumps(figure, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def picture_key(code: str, chart_id: str, lang: str, width: int, figure_sha: str) -> str:
    """The digest naming a chart's picture at ``width``: of the drawing code (:func:`drawing_fingerprint`) and the
    chart's cached figure (:func:`figure_digest`), which with the code decide every picture of it (the wide and
    filtered ones too). A new version of the tables whose figure of a chart is unchanged keeps that chart's pictures."""
    return hashlib.sha256(f"{code}\0{chart_id}\0{lang}\0{width}\0{figure_sha}".encode()).hexdigest()[:32]


def picture_files(picture_dir: Path = PICTURE_DIR) -> dict[str, tuple[str, int]]:
    """``{key: (file name, height)}`` of the pictures drawn (``<key>-<height>.svg``)."""
    found = {}
    for path in Path(picture_dir).glob("*.svg"):
        key, _, height = path.stem.partition("-")
        if height.isdigit():
            found[key] = (path.name, int(height))
    return found


def read_pictures(tables_dir: Path = TABLES_DIR, picture_dir: Path = PICTURE_DIR) -> dict[str, dict[str, dict[int, dict]]]:
    """``{chart id: {lang: {width: {"file": name, "height": px}}}}`` of the charts whose picture at every one of
    :data:`PICTURE_WIDTHS` is drawn from their current figure; ``{}`` when none is."""
    figures = read_figure_cache(tables_dir)
    if not figures:
        return {}
    code, drawn = drawing_fingerprint(), picture_files(picture_dir)
    pictures: dict[str, dict[str, dict[int, dict]]] = {}
    for chart_id, langs in figures.items():
        for lang, figure in langs.items():
            sha = figure_digest(figure)
            found = {width: drawn.get(picture_key(code, chart_id, lang, width, sha)) for width in PICTURE_WIDTHS}
            if all(found.values()):
                pictures.setdefault(chart_id, {})[lang] = {
                    width: {"file": name, "height": height} for width, (name, height) in found.items()}
    return pictures
