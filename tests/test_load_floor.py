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
