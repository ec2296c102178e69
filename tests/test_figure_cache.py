"""The build's figure cache: the dashboard may send it only while it equals a fresh drawing."""

import json
import shutil

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from digital_compare.app.figure_cache import ALWAYS_FILTERED, FIGURE_CACHE_FILE, read_figure_cache, write_figure_cache
from digital_compare.app.i18n import LANGS
from digital_compare.app.views import CHARTS
from digital_compare.tables.store import TABLE_NAMES, read_table


@pytest.fixture(scope="module")
def read_back(seed_build):
    """The tables as the dashboard reads them from the seed build's folder."""
    out, _ = seed_build
    return {name: read_table(name, out, validate=False) for name in TABLE_NAMES}


@pytest.fixture
def tables_copy(seed_build, tmp_path):
    out, _ = seed_build
    copy = tmp_path / "tables"
    shutil.copytree(out, copy)
    return copy


def as_sent(fig: go.Figure) -> dict:
    """What st.plotly_chart sends to the browser for a figure (key order aside)."""
    return json.loads(pio.to_json(fig.to_dict(), validate=False))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("chart_id", [spec.id for spec in CHARTS if spec.id not in ALWAYS_FILTERED])
def test_cached_figure_is_what_the_builder_draws_now(seed_build, read_back, chart_id, lang):
    cache = read_figure_cache(seed_build[0])
    fresh = next(spec for spec in CHARTS if spec.id == chart_id).build(read_back, lang)[1]
    assert as_sent(go.Figure(cache[chart_id][lang], _validate=False)) == as_sent(fresh)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: (d / "metrics.csv").write_text((d / "metrics.csv").read_text().replace("17", "71"),
                                                              encoding="utf-8"), id="a table changed"),
        pytest.param(lambda d: (d / "events.csv").unlink(), id="a table missing"),
        pytest.param(lambda d: (d / FIGURE_CACHE_FILE).write_text('{"fingerprint": ', encoding="utf-8"),
                     id="cache truncated"),
        pytest.param(lambda d: (d / FIGURE_CACHE_FILE).unlink(), id="cache missing"),
    ],
)
def test_cache_is_ignored_unless_it_matches_the_tables(tables_copy, change):
    assert read_figure_cache(tables_copy)  # the untouched copy is usable
    change(tables_copy)
    assert read_figure_cache(tables_copy) == {}


def test_cache_from_other_drawing_code_is_ignored(tables_copy, monkeypatch):
    from digital_compare.app import figure_cache

    edited = tables_copy / "charts.py"
    edited.write_text((figure_cache._PACKAGE_DIR / "charts.py").read_text(encoding="utf-8") + "\n# edited\n",
                      encoding="utf-8")
    monkeypatch.setattr(figure_cache, "_PACKAGE_DIR", tables_copy)
    for module in figure_cache._DRAWING_MODULES:
        if module != "charts.py":
            shutil.copy(figure_cache.__file__.replace("figure_cache.py", module), tables_copy / module)
    assert read_figure_cache(tables_copy) == {}
    write_figure_cache(tables_copy)  # a new build under that code is usable again
    assert set(read_figure_cache(tables_copy)) == {spec.id for spec in CHARTS if spec.id not in ALWAYS_FILTERED}


def test_a_chart_only_drawn_filtered_is_not_cached(seed_build):
    # /explore draws the variable its visitor chose, always from its own rows
    assert not set(read_figure_cache(seed_build[0])) & set(ALWAYS_FILTERED)


def test_a_chart_the_tables_cannot_draw_is_left_out_with_the_reason(tables_copy):
    metrics = tables_copy / "metrics.csv"
    lines = metrics.read_text(encoding="utf-8").splitlines()
    metrics.write_text("\n".join(line for line in lines if "vn_gii_rank" not in line) + "\n", encoding="utf-8")
    write_figure_cache(tables_copy)
    cache = json.loads((tables_copy / FIGURE_CACHE_FILE).read_text(encoding="utf-8"))
    assert "vn_targets_2023" in cache["figures"]
    assert any(key.startswith("vn_rankings/") and "vn_gii_rank" in reason for key, reason in cache["not_drawn"].items())


def test_a_rebuild_of_the_same_tables_keeps_the_cache(tables_copy):
    cache_file = tables_copy / FIGURE_CACHE_FILE
    cache_file.write_text(cache_file.read_text(encoding="utf-8").replace('"not_drawn":{}', '"not_drawn":{"kept":"yes"}'),
                          encoding="utf-8")
    write_figure_cache(tables_copy)  # same tables, same code: nothing to redraw
    assert json.loads(cache_file.read_text(encoding="utf-8"))["not_drawn"] == {"kept": "yes"}
    write_figure_cache(tables_copy, force=True)
    assert json.loads(cache_file.read_text(encoding="utf-8"))["not_drawn"] == {}
