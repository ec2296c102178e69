"""Story charts shown as pictures: drawn for every card width and language, legible as drawn, never of
other tables, each card showing the one drawn for its width, and Plotly one tab away."""

from __future__ import annotations

import json
import re
import shutil
import urllib.request
from pathlib import Path

import pytest

from digital_compare.app import figure_cache
from digital_compare.app.figure_cache import FIGURE_CACHE_FILE, PICTURE_WIDTHS, read_figure_cache, read_pictures
from digital_compare.app.i18n import LANGS, t
from digital_compare.paths import PICTURE_DIR, TABLES_DIR
from digital_compare.tables.store import TABLE_NAMES
from digital_compare.tools.screenshots import PICTURE_DRAWN_JS, SETTLED, wait_for_page
from tests.test_legibility import _MEASURE_JS, problems

STORY_PAGES = {"china": 3, "vietnam": 7, "compare": 4}


@pytest.fixture(scope="module")
def published_pictures():
    pictures = read_pictures()
    assert pictures, "no current pictures: `make build` draws them (digital-compare pictures)"
    return pictures


def test_every_cached_chart_has_a_picture_for_every_width_and_language(published_pictures):
    cached = read_figure_cache()
    assert {chart: set(langs) for chart, langs in published_pictures.items()} == {
        chart: set(langs) for chart, langs in cached.items()}
    for chart, langs in published_pictures.items():
        assert set(langs) <= set(LANGS)
        for lang, widths in langs.items():
            assert sorted(widths) == list(PICTURE_WIDTHS)
            for width, picture in widths.items():
                head = (PICTURE_DIR / picture["file"]).read_text(encoding="utf-8")[:400]
                # drawn at the width it is named for, the height the page reserves for it, and scalable
                assert re.search(rf'width="{width}" height="{picture["height"]}"[^>]*viewBox="0 0 {width} {picture["height"]}"',
                                 head), (chart, lang, width)


def test_a_picture_is_legible_as_drawn(browser, published_pictures):
    """Each picture opened at its own width and measured as the page's Plotly charts are: the card scales it
    evenly (text at 1 to 1.25 times), which neither moves one text onto another nor out of the picture."""
    page = browser.new_page(viewport={"width": max(PICTURE_WIDTHS) + 40, "height": 900})
    found, measured = {}, 0
    for chart, langs in published_pictures.items():
        for lang, widths in langs.items():
            for width, picture in widths.items():
                svg = (PICTURE_DIR / picture["file"]).read_text(encoding="utf-8")
                page.set_content(f'<body style="margin:0"><div class="js-plotly-plot" style="width:{width}px">{svg}</div></body>')
                charts = page.evaluate(_MEASURE_JS)
                measured += len(charts)
                issues = {kind: where for kind, where in problems(charts).items() if where}
                if issues or not charts[0]["texts"]:
                    found[(chart, lang, width)] = issues or "no text measured"
    page.close()
    assert measured == sum(len(widths) for langs in published_pictures.values() for widths in langs.values())
    assert found == {}


def test_a_plot_area_is_measured_in_a_picture(browser, published_pictures):
    """Plotly's pictures have no drag layer: the plot area is read from its clip path, so a squashed one is still found."""
    page = browser.new_page(viewport={"width": 800, "height": 900})
    picture = published_pictures["vn_rankings"]["en"][PICTURE_WIDTHS[0]]
    svg = (PICTURE_DIR / picture["file"]).read_text(encoding="utf-8")
    page.set_content(f'<div class="js-plotly-plot" style="width:{PICTURE_WIDTHS[0]}px">{svg}</div>')
    plots = page.evaluate(_MEASURE_JS)[0]["plots"]
    # the same drawing squeezed to a third of its width: every plot area under 100 px
    page.evaluate("() => { const svg = document.querySelector('svg'); svg.setAttribute('width', svg.getAttribute('width') / 3);"
                  " svg.setAttribute('preserveAspectRatio', 'none'); }")
    squeezed = page.evaluate(_MEASURE_JS)
    page.close()
    assert plots and all(area["w"] >= 100 for area in plots)
    assert len(problems(squeezed)["squashed"]) == len(plots)


def _copy_tables(source: Path, target: Path) -> None:
    target.mkdir()
    for name in [f"{table}{suffix}" for table in TABLE_NAMES for suffix in (".csv", ".meta.yml")] + [FIGURE_CACHE_FILE]:
        shutil.copy(source / name, target / name)


def test_a_picture_of_another_figure_is_never_shown(tmp_path, published_pictures):
    tables = tmp_path / "tables"
    _copy_tables(TABLES_DIR.resolve(), tables)
    assert read_pictures(tables) == published_pictures
    # one chart's figure changed (a new version of the tables): that chart is drawn by Plotly, the rest keep their pictures
    cache = json.loads((tables / FIGURE_CACHE_FILE).read_text(encoding="utf-8"))
    cache["figures"]["vn_rankings"]["th"]["layout"]["height"] += 1
    (tables / FIGURE_CACHE_FILE).write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    changed = read_pictures(tables)
    assert "th" not in changed["vn_rankings"] and changed["vn_rankings"]["en"] == published_pictures["vn_rankings"]["en"]
    assert {c: v for c, v in changed.items() if c != "vn_rankings"} == {
        c: v for c, v in published_pictures.items() if c != "vn_rankings"}
    # one picture gone: its chart, in that language, is drawn by Plotly
    _copy_tables(TABLES_DIR.resolve(), tmp_path / "again")
    gone = published_pictures["compare_share"]["en"][PICTURE_WIDTHS[3]]["file"]
    pictures = tmp_path / "charts"
    shutil.copytree(PICTURE_DIR, pictures, ignore=lambda _, names: [n for n in names if n == gone])
    partial = read_pictures(tmp_path / "again", pictures)
    assert "en" not in partial["compare_share"] and "th" in partial["compare_share"]
    # tables that changed after the figures were drawn: the figure cache is not used, nor any picture
    metrics = tables / "metrics.csv"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace("62", "63", 1), encoding="utf-8")
    assert read_pictures(tables) == {}


def test_pictures_are_drawn_once_and_old_ones_removed(tmp_path, monkeypatch, published_pictures):
    """Drawn into a folder of their own at two widths (a whole set is 252 pictures, 50 s)."""
    from digital_compare.outputs.pictures import draw_pictures

    monkeypatch.setattr(figure_cache, "PICTURE_WIDTHS", (326, 948))
    tables, pictures = tmp_path / "tables", tmp_path / "charts"
    _copy_tables(TABLES_DIR.resolve(), tables)
    pictures.mkdir()
    (pictures / "left-by-an-earlier-build.svg").write_text("<svg/>", encoding="utf-8")
    drawn = draw_pictures(tables, pictures)
    shown = read_pictures(tables, pictures)
    assert drawn == 2 * sum(len(langs) for langs in shown.values()) and set(shown) == set(published_pictures)
    assert not (pictures / "left-by-an-earlier-build.svg").exists()
    # the same picture as the published one where the widths agree: named by what it shows, wherever it is drawn
    assert shown["vn_targets_2023"]["th"][948] == published_pictures["vn_targets_2023"]["th"][948]
    def texts(path: Path) -> list[str]:  # Plotly numbers its clip paths afresh each drawing; the words are the same
        return re.findall(r">([^<>]+)<", path.read_text(encoding="utf-8"))

    assert texts(pictures / shown["vn_targets_2023"]["th"][948]["file"]) == texts(
        PICTURE_DIR / published_pictures["vn_targets_2023"]["th"][948]["file"])
    assert draw_pictures(tables, pictures) == 0
    # the other-claims card across the page: from the wide column up, the drawing laid out for it (its text wider)
    claims = shown["vn_other_claims"]["en"]
    assert claims[948]["height"] < claims[326]["height"]


# ---- in the browser ----------------------------------------------------------------

_SHOWN_JS = """(drawn) => [...document.querySelectorAll('.dc-pictures')].map(box => {
  const picture = box.querySelector('.dc-picture'), rect = picture.getBoundingClientRect();
  return {chart: box.dataset.chart, card: box.clientWidth, width: rect.width, height: rect.height,
          src: (getComputedStyle(picture).backgroundImage.match(/url\\("?([^")]+)"?\\)/) || [])[1], drawn: eval(drawn)(picture)};
})"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [1440, 390])
@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", list(STORY_PAGES))
def test_a_card_shows_the_picture_drawn_for_its_width(browser, app_url, published_pictures, name, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/{name}?lang={lang}")
    wait_for_page(page, name, timeout_ms=180_000)
    page.wait_for_function(SETTLED, timeout=180_000)
    cards = page.evaluate(_SHOWN_JS, PICTURE_DRAWN_JS)
    assert len(cards) == STORY_PAGES[name]
    # nothing of the page is drawn by Plotly: its script is not even loaded
    assert page.locator(".js-plotly-plot").count() == 0
    for card in cards:
        fitting = [w for w in PICTURE_WIDTHS if w <= card["card"] + 0.5]
        chosen = fitting[-1] if fitting else PICTURE_WIDTHS[0]
        picture = published_pictures[card["chart"]][lang][chosen]
        assert card["src"] == f"{app_url}/app/static/charts/{picture['file']}", (card, chosen)
        # across the card, at the picture's proportions, and fetched wherever the card is on the page
        assert card["width"] == pytest.approx(card["card"], abs=0.5)
        assert card["height"] == pytest.approx(picture["height"] * card["card"] / chosen, abs=1.5)
        assert card["drawn"], card
    # one picture fetched a card: not the widths the cards did not choose
    fetched = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/static/charts/'))")
    assert sorted(fetched) == sorted(card["src"] for card in cards)
    context.close()


@pytest.mark.browser
def test_a_pictures_name_is_the_charts_title_and_summary(browser, app_url):
    """A screen reader announces the picture as an image named by the chart's title and its summary."""
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{app_url}/vietnam?lang=en")
    wait_for_page(page, "vietnam", timeout_ms=180_000)
    card = page.locator('[class*="st-key-chartcard_vn_tasks_2023"]')
    picture = card.get_by_role("img")
    name = picture.get_attribute("aria-label")
    summary = card.locator('[data-testid="stMarkdown"] p').last.inner_text()
    page.close()
    def words(text: str) -> str:  # the page keeps "81 %" on one line with a no-break space and word joiners
        return re.sub(r"[\s\u2060\u200b]+", " ", text)

    assert name.startswith("Tasks in the 2023 plan") and words(summary) in words(name)


@pytest.mark.browser
def test_the_interactive_tab_draws_the_chart_with_plotly(browser, app_url):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{app_url}/vietnam?lang=th")
    wait_for_page(page, "vietnam", timeout_ms=180_000)
    card = page.locator('[class*="st-key-chartcard_vn_rankings"]')
    card.get_by_role("tab", name=t("tab_interactive", "th")).click()
    card.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=60_000)
    assert page.locator(".js-plotly-plot").count() == 1  # the other cards still show their pictures
    assert page.locator(".dc-pictures").count() == 6
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("query, plotly, pictures, interactive_tabs", [
    ("lang=en&interactive=1", 7, 0, 0),  # every chart by Plotly on arrival, no Interactive tab
    ("lang=en", 0, 7, 7),
])
def test_interactive_in_the_url_draws_every_chart_with_plotly(browser, app_url, query, plotly, pictures, interactive_tabs):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(f"{app_url}/vietnam?{query}")
    wait_for_page(page, "vietnam", timeout_ms=180_000)
    if plotly:
        page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= {plotly}", timeout=120_000)
    counts = (page.locator('[data-testid="stPlotlyChart"] >> visible=true').count(), page.locator(".dc-pictures").count(),
              page.get_by_role("tab", name=t("tab_interactive", "en")).count())
    page.close()
    assert counts == (plotly, pictures, interactive_tabs)


@pytest.mark.browser
def test_a_picture_is_served_as_an_svg_image(app_url, published_pictures):
    picture = published_pictures["compare_growth"]["th"][PICTURE_WIDTHS[0]]
    with urllib.request.urlopen(f"{app_url}/app/static/charts/{picture['file']}") as response:
        assert response.headers["Content-Type"] == "image/svg+xml"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.read() == (PICTURE_DIR / picture["file"]).read_bytes()


def test_the_picture_folder_holds_only_current_pictures(published_pictures):
    named = {p["file"] for langs in published_pictures.values() for widths in langs.values() for p in widths.values()}
    assert named == {path.name for path in PICTURE_DIR.glob("*")}
    assert all(re.fullmatch(r"[0-9a-f]{32}-[1-9][0-9]*\.svg", name) for name in named)


def test_a_pictures_name_and_address_cannot_break_out_of_the_markup():
    """The name is our text but may quote an article; file names are our digests, quoted all the same."""
    from html.parser import HTMLParser

    from digital_compare.app.ui import pictures_html

    alt = 'ราคา "50%" <script>alert(1)</script> & \'more\''
    markup = pictures_html("vn_rankings", {326: {"file": "a'b).svg", "height": 700}, 442: {"file": "c.svg", "height": 700}}, alt)

    class Read(HTMLParser):
        tags, labels, style = [], [], ""

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.labels += [value for name, value in attrs if name == "aria-label"]

        def handle_data(self, data):
            if self.tags and self.tags[-1] == "style":
                Read.style += data

    reader = Read()
    reader.feed(markup)
    assert reader.tags == ["style", "div", "div"] and reader.labels == [alt]
    # the file name stays inside its url('…'): its quote and parenthesis are escaped
    assert "url('app/static/charts/a%27b%29.svg')" in Read.style and "url('app/static/charts/c.svg')" in Read.style
    assert "@container (min-width:442px)" in Read.style
