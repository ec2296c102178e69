"""Every chart legible as drawn: no two texts overlap, no text cut by its chart's box (or by a card, column or
the window around it that hides overflow), no squashed plot,
no axis title drawn inside a plot area (where it reads as a label of the data).

Measured from the SVG Plotly drew in headless Chromium (``?interactive=1``: every chart by Plotly; the pictures
pages show instead are measured the same way in test_pictures) (each text element's bounding box,
each subplot's plot area), on every chart page in Thai and English, on a desktop and a phone.
"""

from __future__ import annotations

import pytest

from digital_compare.tools.screenshots import wait_for_page

pytestmark = pytest.mark.browser

CHART_PAGES = {"china": "/china", "vietnam": "/vietnam", "compare": "/compare", "explore": "/explore"}
#: charts each page draws on arrival (the chart tab of every block)
CHARTS_SHOWN = {"china": 3, "vietnam": 7, "compare": 4, "explore": 1}
VIEWPORTS = {"desktop": (1440, 900), "phone": (390, 844)}
#: a plot area narrower or shorter than this holds no readable data
MIN_PLOT_WIDTH, MIN_PLOT_HEIGHT = 100, 50
#: boxes that share less than this (px, each way) touch rather than overlap: a glyph's box
#: includes the line's ascent and descent, which neighbouring lines may share
TOLERANCE = 1.5

#: every chart's drawn texts (visible, non-empty), its box and its plot areas, read from the page
_MEASURE_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
  // a variant the page hides at this width (a full-width card's wide or narrow drawing) is not read
  .filter(plot => plot.getClientRects().length > 0).map((plot, index) => {
    const drawn = plot.getBoundingClientRect();
    // what of the chart a reader can see across: a card, column or the window that hides its overflow cuts
    // a chart wider than itself, though every text is inside the chart's own box
    let left = Math.max(drawn.left, 0), right = Math.min(drawn.right, window.innerWidth);
    for (let e = plot.parentElement; e && e !== document.documentElement; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== 'visible') {
            const r = e.getBoundingClientRect();
            left = Math.max(left, r.left); right = Math.min(right, r.right);
        }
    }
    const box = {left, right, top: drawn.top, bottom: drawn.bottom};
    const title = (plot.querySelector('.gtitle') || {}).textContent || `chart ${index}`;
    const visible = el => {
        for (let e = el; e && e !== plot; e = e.parentElement) {
            const s = getComputedStyle(e);
            if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return false;
        }
        return true;
    };
    const texts = [...plot.querySelectorAll('svg text')]
        .filter(t => t.textContent.trim() && !t.closest('.hoverlayer') && visible(t))
        .map(t => { const r = t.getBoundingClientRect();
                    // a bar's own value text is set by Plotly against its bar, inside or after it
                    return {text: t.textContent.trim().slice(0, 60), l: r.left, t: r.top, r: r.right, b: r.bottom,
                            own: !!t.closest('.barlayer')}; })
        .filter(r => r.r - r.l > 0 && r.b - r.t > 0);
    const marks = [...plot.querySelectorAll('.barlayer .point path')].filter(visible)
        .map(m => { const r = m.getBoundingClientRect(); return {l: r.left, t: r.top, r: r.right, b: r.bottom}; })
        .filter(r => r.r - r.l > 0 && r.b - r.t > 0);
    // Plotly's toolbar is HTML over the chart: shown without a hover, it covers what lies beneath
    for (const group of plot.querySelectorAll('.modebar-container .modebar-group')) {
        const r = group.getBoundingClientRect();
        if (visible(group) && r.width > 0) texts.push({text: '[toolbar]', l: r.left, t: r.top, r: r.right, b: r.bottom});
    }
    let plots = [...plot.querySelectorAll('.draglayer .nsewdrag')].map(d => {
        const r = d.getBoundingClientRect(); return {w: r.width, h: r.height, l: r.left, t: r.top, r: r.right, b: r.bottom}; });
    if (!plots.length) {
        // a picture of the chart (Plotly's SVG export) has no drag layer: each plot area is its data's clip rectangle
        plots = [...plot.querySelectorAll('clipPath.plotclip')].map(clip => {
            const drawn = plot.querySelector(`[clip-path="url(#${clip.id})"], [clip-path="url('#${clip.id}')"]`);
            const rect = clip.querySelector('rect');
            if (!drawn || !rect) return null;
            const m = drawn.getScreenCTM(), w = rect.width.baseVal.value * m.a, h = rect.height.baseVal.value * m.d;
            return {w, h, l: m.e, t: m.f, r: m.e + w, b: m.f + h};
        }).filter(Boolean);
    }
    const axisTitles = [...plot.querySelectorAll('.infolayer .g-xtitle text, .infolayer .g-ytitle text')]
        .filter(t => t.textContent.trim() && visible(t))
        .map(t => { const r = t.getBoundingClientRect();
                    return {text: t.textContent.trim().slice(0, 60), l: r.left, t: r.top, r: r.right, b: r.bottom}; });
    return {title, box: {l: box.left, t: box.top, r: box.right, b: box.bottom}, texts, plots, axisTitles, marks};
})"""


def problems(charts: list[dict]) -> dict[str, list[str]]:
    """Overlapping text pairs, texts cut by their chart's box, squashed plot areas, axis titles
    inside a plot area and texts drawn over a bar (other than its own value), named."""
    found = {"overlap": [], "cut": [], "squashed": [], "astray": [], "on_mark": []}
    for chart in charts:
        box, texts = chart["box"], chart["texts"]
        for i, a in enumerate(texts):
            if (a["l"] < box["l"] - TOLERANCE or a["r"] > box["r"] + TOLERANCE
                    or a["t"] < box["t"] - TOLERANCE or a["b"] > box["b"] + TOLERANCE):
                found["cut"].append(f"{chart['title'][:40]}: {a['text']!r}")
            for b in texts[i + 1:]:
                across = min(a["r"], b["r"]) - max(a["l"], b["l"])
                down = min(a["b"], b["b"]) - max(a["t"], b["t"])
                if across > TOLERANCE and down > TOLERANCE:
                    found["overlap"].append(f"{chart['title'][:40]}: {a['text']!r} × {b['text']!r}")
        for a in texts:
            for mark in chart.get("marks", []) if not a.get("own") else []:
                across = min(a["r"], mark["r"]) - max(a["l"], mark["l"])
                down = min(a["b"], mark["b"]) - max(a["t"], mark["t"])
                if across > TOLERANCE and down > TOLERANCE:
                    found["on_mark"].append(f"{chart['title'][:40]}: {a['text']!r} on a bar")
                    break
        for area in chart["plots"]:
            if area["w"] < MIN_PLOT_WIDTH or area["h"] < MIN_PLOT_HEIGHT:
                found["squashed"].append(f"{chart['title'][:40]}: {area['w']:.0f}×{area['h']:.0f} px")
            for axis_title in chart.get("axisTitles", []):
                across = min(axis_title["r"], area["r"]) - max(axis_title["l"], area["l"])
                down = min(axis_title["b"], area["b"]) - max(axis_title["t"], area["t"])
                if across > TOLERANCE and down > TOLERANCE:
                    found["astray"].append(f"{chart['title'][:40]}: axis title {axis_title['text']!r}")
    return found


@pytest.mark.parametrize("case, expected", [
    # two labels on one line, the second starting inside the first
    ([{"l": 0, "t": 0, "r": 50, "b": 20}, {"l": 40, "t": 2, "r": 90, "b": 22}], {"overlap": 1, "cut": 0}),
    # stacked lines that share a pixel row are not an overlap
    ([{"l": 0, "t": 0, "r": 50, "b": 20}, {"l": 0, "t": 19, "r": 50, "b": 39}], {"overlap": 0, "cut": 0}),
    # a label running out of the chart's right edge
    ([{"l": 280, "t": 0, "r": 320, "b": 20}], {"overlap": 0, "cut": 1}),
])
def test_the_measure_counts_what_it_should(case, expected):
    charts = [{"title": "t", "box": {"l": 0, "t": 0, "r": 300, "b": 200},
               "plots": [{"w": 99, "h": 60, "l": 60, "t": 20, "r": 159, "b": 80}],
               "texts": [{"text": str(i), **r} for i, r in enumerate(case)]}]
    found = problems(charts)
    assert {k: len(found[k]) for k in ("overlap", "cut")} == expected
    assert len(found["squashed"]) == 1  # 99 px wide


@pytest.mark.parametrize("text, own, on_mark", [
    ({"l": 0, "t": 90, "r": 80, "b": 106}, False, 1),  # a label whose lower vowels run into the bar below it
    ({"l": 0, "t": 80, "r": 80, "b": 96}, False, 0),  # one standing 4 px above the bar
    ({"l": 150, "t": 100, "r": 190, "b": 116}, True, 0),  # the bar's own value, which Plotly sets against it
])
def test_a_text_drawn_over_a_bar_is_found(text, own, on_mark):
    charts = [{"title": "t", "box": {"l": 0, "t": 0, "r": 300, "b": 200}, "plots": [],
               "texts": [{"text": "label", "own": own, **text}], "marks": [{"l": 0, "t": 100, "r": 200, "b": 130}]}]
    assert len(problems(charts)["on_mark"]) == on_mark


@pytest.mark.parametrize("axis_title, astray", [
    ({"l": 20, "t": 30, "r": 36, "b": 70}, 0),    # a value axis's title left of the plot, where it belongs
    ({"l": 100, "t": 30, "r": 116, "b": 70}, 1),  # the same title drawn over the plot's data
    ({"l": 90, "t": 84, "r": 130, "b": 100}, 0),  # a year axis's title under the plot
])
def test_an_axis_title_inside_the_plot_is_found(axis_title, astray):
    charts = [{"title": "t", "box": {"l": 0, "t": 0, "r": 300, "b": 200}, "texts": [],
               "plots": [{"w": 200, "h": 60, "l": 60, "t": 20, "r": 260, "b": 80}],
               "axisTitles": [{"text": "value (%)", **axis_title}]}]
    assert len(problems(charts)["astray"]) == astray


@pytest.mark.parametrize("chart_px, column_px, cut", [
    (300, 320, 0),  # the chart fits its column
    (300, 200, 1),  # the column hides what of the chart passes its edge: a text there is cut
])
def test_a_text_cut_by_the_column_around_the_chart_is_found(browser, chart_px, column_px, cut):
    """A text inside the chart's own box may still be hidden by the card or column holding the chart."""
    page = browser.new_page(viewport={"width": 400, "height": 200})
    page.set_content(
        f'<div style="width:{column_px}px;overflow:hidden"><div class="js-plotly-plot" style="width:{chart_px}px">'
        f'<svg width="{chart_px}" height="60"><text x="240" y="30">label</text></svg></div></div>')
    charts = page.evaluate(_MEASURE_JS)
    page.close()
    assert len(problems(charts)["cut"]) == cut


def wait_for_charts(page, name: str) -> None:
    """Until every chart the page draws on arrival is drawn."""
    # a generous ceiling: seven charts on a phone under a busy machine's load took over a minute
    wait_for_page(page, name, timeout_ms=180_000)
    # counted by chart, not by drawn <svg>: a chart may draw more than two, so a count of
    # them can be reached while the page's last chart is not yet there
    page.wait_for_function(
        "() => { const plots = [...document.querySelectorAll('.js-plotly-plot')];"
        f" return plots.length >= {CHARTS_SHOWN[name]}"
        " && plots.every(p => p._fullLayout && p.querySelector('.main-svg')); }",
        timeout=180_000)


@pytest.fixture(scope="module")
def measured(browser, app_url):
    """Every chart page, both languages, both viewports: one page per viewport, reused."""
    results = {}
    for viewport, (width, height) in VIEWPORTS.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for lang in ("th", "en"):
            for name, path in CHART_PAGES.items():
                # Plotly at the page's own widths; the pictures a page shows instead are measured in test_pictures
                page.goto(f"{app_url}{path}?lang={lang}&interactive=1")
                wait_for_charts(page, name)
                results[(viewport, lang, name)] = page.evaluate(_MEASURE_JS)
        context.close()
    return results


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", list(CHART_PAGES))
def test_every_chart_is_legible(measured, viewport, lang, name):
    charts = measured[(viewport, lang, name)]
    assert len(charts) >= CHARTS_SHOWN[name]
    found = problems(charts)
    assert found == {"overlap": [], "cut": [], "squashed": [], "astray": [], "on_mark": []}


#: names in the prose of a page (the browser's line breaker split "ฝู|เจี้ยน" on a phone)
#: /compare: its title (an <h1>) broke "ฝู|เจี้ยน", its themes table "2 ล้าน|ล้านหยวน" and "ใช้|งาน"
PROSE_NAMES = {"china": ("ฝูเจี้ยน", "จิ้นผิง", "ฝูโจว"), "overview": ("ฝูเจี้ยน",),
               # … and, with its quotes free to wrap, "อิเล็กทรอนิ|กส์" in the themes column
               "compare": ("ฝูเจี้ยน", "ล้านล้านหยวน", "ใช้งาน", "อิเล็กทรอนิกส์"),
               # the intro's terms the browser split ("ค่าคาด|การณ์" at 390 px)
               "explore": ("คาดการณ์", "เป้าหมาย", "ข้อเสนอ", "เกิดขึ้น")}
#: [name, lines it is drawn on, the text around it] of each name in the page's paragraphs, joiners aside
_NAMES_JS = """(names) => { const out = [];
  for (const p of document.querySelectorAll('[data-testid="stMarkdownContainer"] p, h1, h2, [data-testid="stTable"] td')) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let node;
    while ((node = walker.nextNode())) {
      for (const name of names) {
        const re = new RegExp([...name].join('\\u2060?'), 'g'); let m;
        while ((m = re.exec(node.textContent))) {
          const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
          out.push([name, lines.size, node.textContent.slice(Math.max(0, m.index - 20), m.index + m[0].length + 10)]);
        }
      }
    }
  }
  return out; }"""


@pytest.mark.parametrize("name", list(PROSE_NAMES))
def test_a_phone_never_breaks_a_name_in_the_prose(browser, app_url, name):
    """Titles, intros, chart summaries and table cells at every phone width from 320 to 400 px: each name on one line."""
    page = browser.new_page(viewport={"width": 320, "height": 844})
    split, seen = {}, 0
    for width in range(320, 401, 10):
        page.set_viewport_size({"width": width, "height": 844})
        if width == 320:
            page.goto(f"{app_url}{CHART_PAGES.get(name, '/')}?lang=th")
            wait_for_page(page, name, timeout_ms=180_000)
        found = page.evaluate(_NAMES_JS, list(PROSE_NAMES[name]))
        seen += len(found)
        split.update({(width, text): lines for _, lines, text in found if lines > 1})
    page.close()
    assert seen and split == {}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_phones_table_fits_its_card(browser, app_url, lang):
    """The themes table's quotes ran 18 px (Thai) and 84 px (English) past its card at 390 px, their ends cut."""
    page = browser.new_page(viewport={"width": 320, "height": 844})
    overflow = {}
    page.goto(f"{app_url}{CHART_PAGES['compare']}?lang={lang}")
    wait_for_page(page, "compare", timeout_ms=180_000)
    for width in (320, 360, 390):
        page.set_viewport_size({"width": width, "height": 844})
        page.locator('[data-testid="stTableStyledTable"]').first.wait_for()
        sizes = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stTable"]')].map(box => {
            const table = box.querySelector('table');
            return [Math.round(table.getBoundingClientRect().right - box.getBoundingClientRect().right), table.rows.length]; })""")
        assert sizes and all(rows > 1 for _, rows in sizes)
        overflow.update({width: px for px, _ in sizes if px > 0})
    page.close()
    assert overflow == {}


#: the widest line of text a chart draws, as a share of its card's width, and the card's width; the chart shown
#: whose title starts with ``title`` (any chart shown with text, for null)
_WIDEST_LINE_JS = """(title) => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p.getClientRects().length > 0
      && (title === null ? p.querySelector('.annotation-text') !== null
          : ((p.querySelector('.gtitle') || {}).textContent || '').replace(/\u2060/g, '').startsWith(title)));
  if (!plot) return null;
  const card = plot.getBoundingClientRect();
  const widest = Math.max(...[...plot.querySelectorAll('.annotation-text tspan.line, .annotation-text')]
      .map(t => t.getBoundingClientRect().width));
  return [widest / card.width, card.width]; }"""


#: cards across the page, each drawn for a wide column beside its phone drawing: the chart's title key (None: the
#: page's one chart), and the share of the card its widest text line must reach at 1440 px
FULL_WIDTH_CARDS = [
    # "Vietnam: the article's other claims" wrapped at about 30 characters in the card's left quarter
    ("vietnam", "vn_claims_title", 0.5),
    # /explore's one chart wrapped its subtitle and source at a phone's width (about 210 px of 948)
    ("explore", None, 0.45),
]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("page_name, title_key, share_at_1440", FULL_WIDTH_CARDS)
def test_a_card_across_the_page_sets_its_text_across_the_card(browser, app_url, lang, page_name, title_key,
                                                               share_at_1440):
    """At 1440 px the text runs across the card; on a phone the narrow drawing is the one shown."""
    from digital_compare.app.i18n import t

    title = t(title_key, lang) if title_key else None
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    # Plotly's drawings (the pictures of both variants are measured in test_pictures)
    page.goto(f"{app_url}/{page_name}?lang={lang}&interactive=1")
    wait_for_page(page, page_name, timeout_ms=180_000)
    page.wait_for_function(f"(title) => ({_WIDEST_LINE_JS})(title) !== null", arg=title, timeout=180_000)
    share, card = page.evaluate(_WIDEST_LINE_JS, title)
    assert card > 760 and share > share_at_1440, (share, card)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function(f"(title) => {{ const r = ({_WIDEST_LINE_JS})(title); return r && r[1] < 400; }}", arg=title,
                           timeout=60_000)
    share, card = page.evaluate(_WIDEST_LINE_JS, title)
    assert share <= 1.0, (share, card)
    page.close()


#: presentation mode: a phone held upright and turned sideways, and three desktop screens, each slide alone
PRESENT_VIEWPORTS = {"phone": (390, 844), "sideways": (844, 390), "laptop": (1280, 720), "desktop": (1440, 900),
                     "wide": (1920, 1080)}
#: the slide controls' buttons, where the screen shows them
_NAV_JS = """() => [...document.querySelectorAll('.st-key-present_nav button')].map(b => {
  const r = b.getBoundingClientRect(); return [b.innerText.trim(), r.top, r.bottom, window.innerHeight]; })"""
#: the page's padding above a slide in presentation mode (1rem)
PRESENT_TOP_PADDING_PX = 16
PRESENT_POSITION = {"th": "กราฟ {n} จาก {total}", "en": "Chart {n} of {total}"}


@pytest.fixture(scope="module")
def presented(browser, app_url):
    """Every slide of every story page in presentation mode, both languages, each screen: (its shown charts
    measured, its slide controls' buttons)."""
    results = {}
    for viewport, (width, height) in PRESENT_VIEWPORTS.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        for lang in ("th", "en"):
            for name in ("china", "vietnam", "compare"):
                total = CHARTS_SHOWN[name]
                # the first slide from its address, each next one by the Right key, as a presenter moves on
                # (a page load a slide cost this fixture two thirds of its five minutes)
                page.goto(f"{app_url}{CHART_PAGES[name]}?lang={lang}&present=1&slide=1")
                for n in range(1, total + 1):
                    if n > 1:
                        page.keyboard.press("ArrowRight")
                    page.get_by_text(PRESENT_POSITION[lang].format(n=n, total=total), exact=True).wait_for(timeout=180_000)
                    wait_for_page(page, name, timeout_ms=180_000)
                    page.wait_for_function(
                        "() => { const shown = [...document.querySelectorAll('.js-plotly-plot')]"
                        ".filter(p => p.getClientRects().length > 0);"
                        " return shown.length > 0 && shown.every(p => p._fullLayout && p.querySelector('.main-svg')); }",
                        timeout=180_000)
                    results[(viewport, lang, name, n)] = page.evaluate(_MEASURE_JS), page.evaluate(_NAV_JS)
        context.close()
    return results


@pytest.mark.parametrize("viewport", list(PRESENT_VIEWPORTS))
@pytest.mark.parametrize("lang", ["th", "en"])
def test_presentation_mode_shows_each_chart_legible_on_every_screen(presented, viewport, lang):
    """A slide on a phone kept the desktop's layout: titles and sources ran past the screen, the donut was not drawn."""
    slides = {key: charts for key, charts in presented.items() if key[:2] == (viewport, lang)}
    assert len(slides) == sum(CHARTS_SHOWN[name] for name in ("china", "vietnam", "compare"))
    width = PRESENT_VIEWPORTS[viewport][0]
    found = {}
    for (_, _, name, n), (charts, buttons) in slides.items():
        assert len(charts) == 1, (name, n)  # one chart a screen
        # the controls on the screen, under a chart taller than it too (they were cut, or scrolled away)
        assert len(buttons) == 3 and all(0 <= top and bottom <= screen for _, top, bottom, screen in buttons), (name, n, buttons)
        box = charts[0]["box"]
        assert box["r"] - box["l"] >= 0.85 * width, (name, n)  # the screen's width, not a column's
        if problems_found := {k: v for k, v in problems(charts).items() if v}:
            found[(name, n)] = problems_found
    assert found == {}


@pytest.mark.parametrize("viewport", ["desktop", "wide"])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_desktops_slide_fits_its_screen_above_the_controls(presented, viewport, lang):
    """On a 1440 × 900 screen the China timeline's slide, laid out for a 1440 px slide and so too wide for the
    screen, fell back to the card's drawing, taller than the screen: the controls covered its source line."""
    slides = {key: charts for key, charts in presented.items() if key[:2] == (viewport, lang)}
    taller = {}
    for (_, _, name, n), (charts, buttons) in slides.items():
        controls_top = min(top for _, top, _, _ in buttons)
        box = charts[0]["box"]
        if box["b"] > controls_top + 0.5:
            taller[(name, n)] = (round(box["b"]), round(controls_top))
    assert taller == {}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_phones_slide_controls_sit_on_one_row_clear_of_the_charts_texts(presented, lang):
    """On a 390 × 844 phone the exit took a second row of the controls, and the Thai timeline's years sat under
    them. A chart taller than the screen above the controls (a list of many claims) is scrolled past them."""
    slides = {key: charts for key, charts in presented.items() if key[:2] == ("phone", lang)}
    covered, fitting = {}, 0
    for (_, _, name, n), (charts, buttons) in slides.items():
        tops = [top for _, top, _, _ in buttons]
        assert max(tops) - min(tops) < 2, (name, n, buttons)
        box = charts[0]["box"]
        if box["b"] - box["t"] > min(tops) - PRESENT_TOP_PADDING_PX:
            continue
        fitting += 1
        under = [text["text"] for text in charts[0]["texts"] + charts[0]["axisTitles"]
                 if text["b"] > min(tops) and text["t"] < buttons[0][3]]
        if under:
            covered[(name, n)] = under
    assert covered == {} and fitting >= len(slides) // 2


@pytest.mark.parametrize("width, name", [
    (320, "china"),    # the narrowest phone (WCAG's reflow width): the timeline's early panel was 78 px wide
    (1024, "china"),   # a small laptop: "firsts" sat in a 178 px column and every claim was cut
    (1024, "vietnam"),  # six cards in two 234 px columns, the donut's texts cut and overprinted
])
def test_charts_stay_legible_between_a_phone_and_a_desktop(browser, app_url, width, name):
    """A column narrower than a phone's card takes a row of its own; a phone under 390 px gives its cards the room."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    try:
        page.goto(f"{app_url}{CHART_PAGES[name]}?lang=th&interactive=1")
        wait_for_charts(page, name)
        charts = page.evaluate(_MEASURE_JS)
    finally:
        page.close()
    assert len(charts) >= CHARTS_SHOWN[name]
    assert problems(charts) == {"overlap": [], "cut": [], "squashed": [], "astray": [], "on_mark": []}


@pytest.mark.parametrize("width, toolbar", [(390, False), (1440, True)])
def test_a_tap_on_a_phone_brings_no_toolbar_over_the_title(browser, app_url, width, toolbar):
    """On a phone a tap is a hover: Plotly's toolbar came up over the chart's title (a desktop keeps it)."""
    context = browser.new_context(viewport={"width": width, "height": 844}, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{app_url}/vietnam?lang=th&interactive=1")
        wait_for_charts(page, "vietnam")
        chart = page.locator(".js-plotly-plot").first
        chart.scroll_into_view_if_needed()
        chart.hover()
        chart.tap()
        page.wait_for_function("() => document.querySelector('.js-plotly-plot .modebar-container') !== null")
        shown = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot .modebar-container')]"
                              ".filter(m => getComputedStyle(m).display !== 'none').length")
        assert (shown > 0) is toolbar
        if not toolbar:
            assert problems(page.evaluate(_MEASURE_JS))["overlap"] == []
    finally:
        context.close()
