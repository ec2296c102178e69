"""The bench's same-figures floor: a bare page drawing exactly the figures each story page draws."""

from __future__ import annotations

import json

import pytest

from digital_compare.app.views import CHARTS
from digital_compare.tools.bench import STORY_CHARTS, same_figures_app


@pytest.mark.parametrize("page", list(STORY_CHARTS))
def test_the_floor_draws_the_story_pages_own_figures(tmp_path, page):
    from streamlit.testing.v1 import AppTest

    from digital_compare.app.views import chart_by_id

    # every chart of the page, none twice (listed in the order the page draws them)
    assert sorted(STORY_CHARTS[page]) == sorted(spec.id for spec in CHARTS if spec.page == page)
    at = AppTest.from_file(str(same_figures_app(tmp_path)), default_timeout=60)
    at.query_params["page"], at.query_params["lang"] = page, "en"
    at.run()
    assert not at.exception
    titles = [json.loads(chart.proto.spec)["layout"]["title"]["text"] for chart in at.get("plotly_chart")]
    drawn = [chart_by_id(chart_id).build(_tables(), "en")[1].layout.title.text for chart_id in STORY_CHARTS[page]]
    assert titles == drawn


def _tables():
    from digital_compare.tables.store import TABLE_NAMES, read_table

    return {name: read_table(name, validate=False) for name in TABLE_NAMES}


@pytest.mark.parametrize("rounds", [2, 4, 6])
def test_each_app_takes_every_place_of_the_load_run_alike(rounds):
    from digital_compare.tools.bench import LOAD_APPS, load_order

    order = load_order(rounds)
    assert sorted(order) == sorted(LOAD_APPS * rounds)
    # a drift of the machine over the run (warming, or slowing) favours no app: their mean places are equal
    mean_place = {app: sum(i for i, name in enumerate(order) if name == app) / rounds for app in LOAD_APPS}
    assert len(set(mean_place.values())) == 1, mean_place


def test_one_load_round_runs_the_story_pages_first():
    from digital_compare.tools.bench import LOAD_APPS, load_order

    assert load_order(1) == list(LOAD_APPS) and LOAD_APPS[0] == "ours"
