"""The real app in headless Chromium (Debian's /usr/bin/chromium via Playwright; never downloaded)."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pandas as pd
import pytest

from digital_compare.paths import ROOT
from digital_compare.tools.screenshots import CHART_PAGES, SETTLED, wait_for_page
from digital_compare.tools.serve import running_app

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
PAGES = {"overview": "/", "china": "/china", "vietnam": "/vietnam", "compare": "/compare", "explore": "/explore", "sources": "/sources",
         "data": "/data", "analyze": "/analyze"}
#: charts each chart page draws on arrival
CHARTS_SHOWN = {"china": 3, "vietnam": 7, "compare": 4, "explore": 1}
# Streamlit's front end probes <page>/_stcore/health and host-config before falling back to the app root.
STREAMLIT_PROBE = re.compile(r"/[^/]+/_stcore/(health|host-config)$")


def test_running_app_knows_its_server_process(app_url):
    # the bench reads this process's peak memory: it must be the Streamlit server itself
    cmdline = Path(f"/proc/{app_url.pid}/cmdline").read_bytes().split(b"\0")
    assert b"serve" in cmdline and app_url.rsplit(":", 1)[1].encode() in cmdline


class PageWatch:
    """Console errors and failed responses of one page, minus Streamlit's own base-path probes."""

    def __init__(self, page):
        self.console_errors, self.bad_responses, self.dialogs = [], [], []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("response", lambda r: self.bad_responses.append(r.url) if r.status >= 400 else None)
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def unexpected(self) -> list[str]:
        probes = [u for u in self.bad_responses if STREAMLIT_PROBE.search(u.split("?")[0])]
        others = [u for u in self.bad_responses if u not in probes]
        errors = list(self.console_errors)
        for _ in probes:  # each probe 404 logs exactly one "Failed to load resource" line
            matching = [e for e in errors if e.startswith("Failed to load resource") and "404" in e]
            if matching:
                errors.remove(matching[0])
        return others + errors


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.watch = PageWatch(page)
    yield page
    context.close()


def charts_shown(page) -> int:
    """Charts on the page: drawn by Plotly, or shown as the build's pictures (a story page's Chart tabs)."""
    return page.locator(".js-plotly-plot").count() + page.locator(".dc-picture").count()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("launcher", ["digital-compare serve", "streamlit run dashboard.py"])
def test_deep_link_on_a_fresh_server_goes_through_the_router(browser, launcher):
    """The first visit of a fresh server lands on a sub-page: sidebar, language and page must all be right."""
    with running_app(None if launcher.startswith("digital-compare") else str(ROOT / "dashboard.py")) as url:
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        page.goto(f"{url}/vietnam?lang=en")
        wait_for_page(page, "vietnam")
        assert page.locator("h1").first.inner_text() == "Vietnam: 2023 digital-transformation review"
        nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
        # the fallback navigation lists bare file names ("analyze", "sources") and has no language switch
        assert "Overview" in nav and "Analyse an article" in nav and "\nsources\n" not in f"\n{nav}\n"
        assert page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English").count() == 1
        context.close()


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_in_a_real_browser(page, app_url, name, lang):
    page.goto(f"{app_url}{PAGES[name]}?lang={lang}")
    wait_for_page(page, name)
    shot(page, f"{name}_{lang}")
    if name in CHART_PAGES:
        assert charts_shown(page) >= CHARTS_SHOWN[name]
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.watch.unexpected() == []
    assert f"lang={lang}" in page.url or lang == "th"


@pytest.mark.parametrize("name", ["vietnam", "analyze"])
def test_loading_placeholders_do_not_pulse(page, app_url, name):
    """Every page carries the rule, whatever the page itself draws."""
    page.goto(f"{app_url}{PAGES[name]}?lang=en")
    wait_for_page(page, name)
    page.evaluate("""() => {
        const probe = document.createElement('div');
        probe.id = 'skeleton-probe';
        probe.dataset.testid = 'stSkeleton';
        probe.style.animation = 'pulse 1s infinite';
        document.body.appendChild(probe);
    }""")
    # the rule is a style element the page's run sends: under load it can arrive after the first charts
    page.wait_for_function("getComputedStyle(document.getElementById('skeleton-probe')).animationName === 'none'",
                           timeout=60_000)


def test_language_switch_in_the_ui_updates_url_and_titles(page, app_url):
    page.goto(f"{app_url}/china")
    wait_for_page(page, "china")
    assert page.locator("h1").first.inner_text().startswith("จีน")
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English").click()
    page.wait_for_url(re.compile(r"lang=en"))
    page.wait_for_function("() => document.querySelector('h1').innerText.startsWith('China')")
    assert "lang=en" in page.url


def test_copied_url_restores_page_language_and_filters(page, app_url):
    page.goto(f"{app_url}/china?lang=en&cat=summit")
    wait_for_page(page, "china")
    assert page.locator("h1").first.inner_text().startswith("China")
    pressed = page.locator('[data-testid="stMain"] [data-testid="stButtonGroup"] button[aria-pressed="true"]')
    assert pressed.all_inner_texts() == ["summit"]
    page.goto(f"{app_url}/data?table=metrics&q=Fujian&lang=en")
    wait_for_page(page, "data")
    assert page.locator('[data-testid="stMain"] [data-testid="stMarkdownContainer"]').get_by_text(
        re.compile(r"^Showing 3 of \d+ rows$")).count() == 1


def test_presentation_mode_hides_the_sidebar(page, app_url):
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(f"{app_url}/vietnam?present=1&lang=en")
    wait_for_page(page, "vietnam")
    shot(page, "present_vietnam_1920")
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    assert "present=1" in page.url


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_camera_button_downloads_a_high_resolution_png(page, app_url, tmp_path):
    page.goto(f"{app_url}/vietnam?lang=en")
    wait_for_page(page, "vietnam")
    # the Chart tab shows a picture; the camera is Plotly's, in the Interactive tab beside it
    page.get_by_role("tab", name="Interactive").first.click()
    chart = page.locator(".js-plotly-plot").first
    chart.locator(".main-svg").first.wait_for(timeout=60_000)
    chart.hover()
    with page.expect_download() as download_info:
        chart.locator('.modebar-btn[data-title="Download plot as a PNG"], .modebar-btn[data-title="Download plot as a png"]').first.click()
    download = download_info.value
    assert download.suggested_filename == "vn_targets_2023.png"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert png_size(target) == (2880, 1620)  # 960×540 at scale 3


def test_upload_and_xss_payload_stay_text(page, app_url, tmp_path):
    page.goto(f"{app_url}/analyze?lang=en")
    wait_for_page(page, "analyze")
    payload = "<img src=x onerror=alert(1)> ปี 2566 มี 62 เป้าหมาย <script>alert(2)</script>"
    page.get_by_label("Paste the article text").fill(payload)
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("text=numbers, years and dates found", timeout=30_000)
    frame = page.frame_locator("iframe").first
    assert "<img src=x onerror=alert(1)>" in frame.locator("#reader").inner_text()
    page.wait_for_timeout(1000)
    assert page.watch.dialogs == []
    # upload a cp874 file: decoded, analysed, shown
    upload = tmp_path / "article.txt"
    upload.write_bytes("เศรษฐกิจดิจิทัลโต ร้อยละ 12 ในปี 2566".encode("cp874"))
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("text=Using the uploaded file", timeout=30_000)
    page.wait_for_selector("text=2 numbers, years and dates found", timeout=30_000)
    shot(page, "analyze_upload")
    assert page.watch.dialogs == []
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.mark.parametrize("name", ["overview", "china", "vietnam", "sources"])
def test_narrow_screen_has_no_horizontal_overflow(browser, app_url, name):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{app_url}{PAGES[name]}?lang=en")
    wait_for_page(page, name)
    shot(page, f"narrow_{name}")
    scroll_width, inner_width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width
    if name in CHART_PAGES:
        assert charts_shown(page) >= 3
    context.close()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_fujian_headline_numbers_do_not_overlap_on_a_phone(browser, app_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    # drawn by Plotly at the phone's width (the picture of it is measured in test_pictures)
    page.goto(f"{app_url}/china?lang={lang}&interactive=1")
    wait_for_page(page, "china")
    page.locator(".indicatorlayer text.number").first.wait_for(timeout=30_000)
    boxes = page.evaluate("""() => [...document.querySelectorAll('.indicatorlayer text')].map(t => {
        const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })""")
    context.close()
    assert len(boxes) == 6  # three numbers, three titles
    for i, (text_a, *a) in enumerate(boxes):
        for text_b, *b in boxes[i + 1:]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, f"{text_a!r} overlaps {text_b!r}"


def test_table_and_sources_tabs_open_on_demand(page, app_url):
    page.goto(f"{app_url}/vietnam?lang=en")
    wait_for_page(page, "vietnam")
    assert page.locator('[data-testid="stDataFrame"]').count() == 0  # built only when opened
    page.get_by_role("tab", name="Table").first.click()  # the first chart: the 62 targets
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(timeout=30_000)
    assert grid.is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").first.click()
    assert download_info.value.suggested_filename == "vn_targets_2023.csv"
    rows = pd.read_csv(download_info.value.path())
    assert sorted(rows["Count"]) == [17, 18, 27]  # at risk, met, likely: the rows the tab shows, as it names them
    page.get_by_role("tab", name="Sources").first.click()
    link = page.get_by_role("link", name="Open in the article reader").first
    link.wait_for(timeout=30_000)
    assert "18 เป้าหมายที่สำเร็จลุล่วง" in page.locator('[data-testid="stMain"]').inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/sources\?.*m=004_448656d886171038"), timeout=30_000)
    page.wait_for_selector("text=Selected figure", timeout=30_000)
    assert page.watch.unexpected() == []


def _server_rss(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) * 1024


def _health_seconds(url: str) -> float:
    import time
    import urllib.request

    started = time.monotonic()
    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=60) as response:
        assert response.status == 200
    return time.monotonic() - started


def _china_seconds(browser, url: str) -> float:
    import time

    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    started = time.monotonic()
    page.goto(f"{url}/china?lang=en")
    wait_for_page(page, "china")
    seconds = time.monotonic() - started
    context.close()
    return seconds


#: what froze the server before the analysis ran in a worker: PyThaiNLP's exponential number-word
#: check, then a dense run of figures whose sentence copies took gigabytes
HOSTILE_PASTE = "รายได้ " + "ล้าน" * 23 + "หนึ่งหนึ่ง บาท\n" + "1 " * 19_000


def test_hostile_paste_does_not_hold_up_other_visitors(browser, app_url):
    _china_seconds(browser, app_url)  # warm: the comparison is with a visit to a running server
    normal_china, normal_health = _china_seconds(browser, app_url), min(_health_seconds(app_url) for _ in range(3))
    baseline = _server_rss(app_url.pid)

    attacker = browser.new_context(viewport={"width": 1440, "height": 900})
    page = attacker.new_page()
    page.goto(f"{app_url}/analyze?lang=en")
    wait_for_page(page, "analyze")
    page.get_by_label("Paste the article text").fill(HOSTILE_PASTE)
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("text=Analysing", timeout=30_000)
    during_health = max(_health_seconds(app_url) for _ in range(3))
    during_china = _china_seconds(browser, app_url)
    page.wait_for_selector("text=numbers, years and dates found", timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    attacker.close()

    assert during_health <= max(1.0, 10 * normal_health), (during_health, normal_health)
    assert during_china <= 2 * normal_china + 3, (during_china, normal_china)
    # the analysis grew a worker, not the server: what the server keeps is the cached result
    assert _server_rss(app_url.pid) - baseline < 200 * 2**20


def test_analysis_past_its_budget_gets_a_message_not_a_frozen_page(browser):
    with running_app(env={"DIGITAL_COMPARE_WORKER_SECONDS": "0.05"}) as url:
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        page = context.new_page()
        page.goto(f"{url}/analyze?lang=en")
        wait_for_page(page, "analyze")
        page.get_by_label("Paste the article text").fill("ปี 2566 มี 62 เป้าหมาย " * 4_000)
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("text=The analysis was stopped after 0.05 s", timeout=60_000)
        assert page.locator('[data-testid="stException"]').count() == 0
        assert _health_seconds(url) < 5
        context.close()


def test_pasted_markup_and_link_parameters_stay_dead_text(page, app_url):
    page.goto(f"{app_url}/sources?lang=en&m=https://evil.example/login")
    wait_for_page(page, "sources")
    alert = page.locator('[data-testid="stAlert"]', has_text="No figure with id").first
    assert "https://evil.example/login" in alert.inner_text() and alert.locator("a").count() == 0

    page.goto(f"{app_url}/analyze?lang=en")
    wait_for_page(page, "analyze")
    page.get_by_label("Paste the article text").fill(
        'ข่าว <a href="//evil.example">2566</a> และ <b style="font-size:90px">ปี 2567</b> มี 62 เป้าหมาย')
    page.keyboard.press("Control+Enter")  # submits the Analyse form
    page.wait_for_selector("text=numbers, years and dates found", timeout=30_000)
    page.get_by_role("tab", name="Charts").click()  # the charts are built when their tab opens
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    charts = page.locator(".js-plotly-plot")
    assert charts.locator("a").count() == 0  # Plotly would draw <a href> as a live link
    # a paste with tags is a piece of a page's source: read as markup, reduced to its words; no tag, link or
    # address reaches the charts, as text or as markup
    assert charts.locator("text", has_text="evil.example").count() == 0
    assert charts.locator("text", has_text="<b").count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


def _chart_titles(page) -> list[str]:
    return page.eval_on_selector_all(".js-plotly-plot .gtitle", "els => els.map(e => e.textContent)")


def test_a_deck_of_three_charts_from_two_pages_in_one_download(page, app_url, tmp_path):
    """Three "Add to deck" clicks on two pages, one download: the deck holds those charts and
    names only their articles; the tray keeps them across pages and in the address."""
    from pptx import Presentation

    page.goto(f"{app_url}/vietnam?lang=en")
    wait_for_page(page, "vietnam")
    tray = page.locator(".st-key-deck_tray")
    for expected in (1, 2):  # the targets and the tasks
        page.wait_for_function(SETTLED, timeout=120_000)  # a click on a button the last run is replacing is lost
        page.get_by_role("button", name="Add to deck").first.click()
        tray.get_by_text(f"Charts in your deck: {expected}").wait_for(timeout=120_000)
        # and said where the button is, the tray being in a phone's closed side menu
        page.locator('[data-testid="stToast"]').get_by_text(f"(charts in the deck: {expected})").wait_for(timeout=120_000)
    assert "deck=vn_targets_2023%2Cvn_tasks_2023" in page.url or "deck=vn_targets_2023,vn_tasks_2023" in page.url
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name="China").click()
    page.wait_for_url(re.compile(r"/china"))
    wait_for_page(page, "china")
    tray.get_by_text("Charts in your deck: 2").wait_for(timeout=120_000)  # kept across the page switch
    # the third chart on /china is the firsts: a China-only chart
    page.wait_for_function(SETTLED, timeout=120_000)
    page.get_by_role("button", name="Add to deck").nth(2).click()
    tray.get_by_text("Charts in your deck: 3").wait_for(timeout=120_000)
    assert "fujian_firsts" in page.url
    with page.expect_download(timeout=180_000) as download_info:
        tray.get_by_role("button", name="Download slides (PowerPoint)").click()
    target = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(target)
    slides = list(Presentation(str(target)).slides)
    texts = ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in slides]
    assert len(slides) == 1 + 3 + 1
    assert [text.splitlines()[0] for text in texts[1:4]] == [
        "Vietnam's 62 digital-transformation targets: status at the 2023 assessment",
        "Tasks in the 2023 plan: 102 of 126 completed", "Fujian: first in China, led, improved"]
    assert texts[0].startswith("Digital Compare: China vs Vietnam")
    for text in (texts[0], texts[-1]):  # both articles, and nothing else
        assert "CMG" in text and "Ha Trang" in text  # the Vietnam article, cited by its byline
    assert page.watch.unexpected() == []

    # the China chart out of the tray: the next deck is Vietnam's, and its sources no longer list CMG
    tray.get_by_role("button", name="Remove").last.click()
    tray.get_by_text("Charts in your deck: 2").wait_for(timeout=120_000)
    with page.expect_download(timeout=180_000) as download_info:
        tray.get_by_role("button", name="Download slides (PowerPoint)").click()
    slides = list(Presentation(download_info.value.path()).slides)
    title, sources = (["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)] for slide in (slides[0], slides[-1]))
    assert title[0].startswith("Vietnam's digital transformation") and "CMG" not in title[0] + sources[0]


def test_presentation_mode_shows_one_chart_a_screen_and_moves_with_the_keys(browser, app_url):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.goto(f"{app_url}/vietnam?present=1&lang=en")
    wait_for_page(page, "vietnam")
    page.get_by_text("Chart 1 of 7").wait_for(timeout=30_000)
    shot(page, "present_slide_1")
    visible = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.offsetParent).map(p => {
        const r = p.getBoundingClientRect(); return [r.top, r.bottom, r.width]; })""")
    assert len(visible) == 1  # one chart, nothing else of the page's
    top, bottom, width = visible[0]
    assert bottom <= 1080 and bottom - top >= 0.8 * 1080 and width >= 0.9 * 1920  # the screen, not a column
    first = _chart_titles(page)
    page.keyboard.press("ArrowRight")
    page.get_by_text("Chart 2 of 7").wait_for(timeout=30_000)
    wait_for_page(page, "vietnam")
    assert "slide=2" in page.url and _chart_titles(page) != first
    page.keyboard.press("ArrowLeft")
    page.get_by_text("Chart 1 of 7").wait_for(timeout=30_000)
    wait_for_page(page, "vietnam")
    assert _chart_titles(page) == first
    context.close()


@pytest.mark.parametrize("asked, shown", [("99", 3), ("0", 1), ("abc", 1)])
def test_a_slide_number_out_of_range_shows_a_slide_that_exists(browser, app_url, asked, shown):
    """slide=99 drew no chart yet said "Chart 7 of 7", and Previous then skipped the last slide."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/china?present=1&lang=en&slide={asked}")
    page.get_by_text(f"Chart {shown} of 3", exact=True).wait_for(timeout=60_000)
    page.wait_for_url(f"**slide={shown}**", timeout=60_000)
    wait_for_page(page, "china")
    visible = page.evaluate("() => [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.getClientRects().length).length")
    context.close()
    assert visible == 1


#: the right edge of a headline figure's text beside its box's: drawn past it, the figure was cut ("…")
_METRIC_OVERFLOW_JS = """() => [...document.querySelectorAll('[data-testid="stMetricValue"]')].map(box => {
    const range = document.createRange(); range.selectNodeContents(box);
    const text = range.getBoundingClientRect(), edge = box.getBoundingClientRect();
    return [box.innerText.replace(/[\\u2060\\u200b]/g, ''), text.right - edge.right]; })"""


@pytest.mark.parametrize("lang, currency", [("th", "หยวน"), ("en", "yuan")])
def test_headline_figures_fit_a_phone(browser, app_url, lang, currency):
    """At 390 px the Fujian size card read "มากกว่า 2 ล้านล้า…": the currency was cut off."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{app_url}/?lang={lang}")
    wait_for_page(page, "overview")
    page.locator('[data-testid="stMetricValue"]').first.wait_for()
    figures = page.evaluate(_METRIC_OVERFLOW_JS)
    overflow = page.evaluate("() => getComputedStyle(document.querySelector('[data-testid=stMetricValue] > div')"
                             " || document.querySelector('[data-testid=stMetricValue]')).textOverflow")
    context.close()
    assert any(currency in text for text, _ in figures), figures
    assert [(text, past) for text, past in figures if past > 1] == []
    assert overflow != "ellipsis"


def test_copied_text_has_no_invisible_layout_marks(browser, app_url):
    """The word joiners and zero-width spaces that steer Thai line breaking stay on the screen: a copied table
    cell or summary is the text as written."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{app_url}/compare?lang=th")
    wait_for_page(page, "compare")
    page.locator('[data-testid="stTable"] td').first.wait_for()
    copied = page.evaluate("""() => {
        const cell = [...document.querySelectorAll('[data-testid="stTable"] td')].find(td => /\\u2060/.test(td.textContent));
        let copied = null;
        document.addEventListener('copy', e => { copied = [e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html')]; });
        const range = document.createRange(); range.selectNodeContents(cell);
        getSelection().removeAllRanges(); getSelection().addRange(range);
        document.execCommand('copy');
        return [cell.textContent, copied]; }""")
    context.close()
    shown, (plain, markup) = copied
    assert "\u2060" in shown  # the page does lay the cell out with joiners
    assert plain and not re.search("[\u2060\u200b\u00a0]", plain) and not re.search("[\u2060\u200b]", markup)
    assert plain == re.sub("[\u2060\u200b]", "", shown).replace("\u00a0", " ")


@pytest.mark.parametrize("width, beside", [(1440, True), (390, False)])
def test_compares_growth_and_share_cards_share_a_row_on_a_desktop(browser, app_url, width, beside):
    """Each laid out for a phone's column, alone across a desktop page the two charts wrapped their titles and
    sources at a quarter of the card's width; side by side, each card is about as wide as its drawing's texts."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{app_url}/compare?lang=en")
    wait_for_page(page, "compare")
    boxes = page.evaluate("""() => ['compare_growth', 'compare_share'].map(id => {
        const r = document.querySelector(`.st-key-chartcard_${id}`).getBoundingClientRect();
        return [r.left, r.top, r.width]; })""")
    main = page.evaluate("document.querySelector('[data-testid=\"stMainBlockContainer\"]').getBoundingClientRect().width")
    (left_a, top_a, width_a), (left_b, top_b, width_b) = boxes
    assert (abs(top_a - top_b) < 2 and left_b > left_a + width_a and max(width_a, width_b) < 0.6 * main) is beside, (boxes, main)
    page.close()
