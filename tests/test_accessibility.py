"""Accessibility: axe-core on every page (Thai, English, presentation mode), page language,
contrast and colour-blind-safe highlights, chart names, and the keyboard alone."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

from digital_compare.tools.screenshots import SETTLED, wait_for_page

PAGES = {"overview": "/", "china": "/china", "vietnam": "/vietnam", "compare": "/compare", "explore": "/explore", "sources": "/sources",
         "data": "/data", "analyze": "/analyze", "review": "/review"}
#: moderate and minor findings we accept, each with its reason in the README's accessibility section
ACCEPTED = {"presentation-role-conflict"}


def _contrast(foreground: str, background: str) -> float:
    def luminance(hex_colour: str) -> float:
        rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        rgb = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        return float(rgb @ [0.2126, 0.7152, 0.0722])

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ---- colours, no browser needed ---------------------------------------------------------

@pytest.mark.parametrize("vision", [None, "deuteranomaly", "protanomaly", "tritanomaly"])
def test_reader_highlights_stay_apart_for_colour_blind_readers(vision):
    from colorspacious import cspace_convert

    from digital_compare.app.ui import KIND_COLORS

    def seen(hex_colour: str):
        rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        if vision:
            rgb = np.clip(cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}, "sRGB1"), 0, 1)
        return cspace_convert(rgb, "sRGB1", "CAM02-UCS")

    colours = sorted(set(KIND_COLORS.values()))
    assert len(colours) >= 7  # the three kinds of time share one colour; every other kind has its own
    closest = min(float(np.linalg.norm(seen(a) - seen(b))) for a, b in itertools.combinations(colours, 2))
    assert closest >= 10, f"two highlight colours are {closest:.1f} apart in CAM02-UCS"


@pytest.mark.parametrize(
    "foreground, background",
    [("#222222", colour) for colour in sorted({"#7BDDEC", "#E4C766", "#D7FCDA", "#BDD0C4", "#F7F68F", "#CECD9B", "#BFA6FF",
                                                "#AEF7F3"})]
    + [("#6B6B6B", "#FFFFFF"), ("#595959", "#FFFFFF"), ("#0B5394", "#FFFFFF")],
)
def test_text_colours_meet_wcag_aa(foreground, background):
    from digital_compare.app.ui import KIND_COLORS

    if background != "#FFFFFF":
        assert background in KIND_COLORS.values()
    assert _contrast(foreground, background) >= 4.5


def test_reader_names_each_highlights_kind_in_text():
    from digital_compare.app.ui import reader_html

    markup = reader_html("ปี 2566 มี 62 เป้าหมาย", [(3, 7, "year", "a:3"), (11, 13, "count", "a:11")], [], None,
                         {"year": "#AEF7F3", "count": "#D7FCDA"}, {"year": "ปี", "count": "จำนวน"})
    assert re.findall(r'title="([^"]+)"', markup) == ["ปี", "จำนวน"]


# ---- in the browser -----------------------------------------------------------------------

@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    yield context.new_page()
    context.close()




def _axe_findings(page) -> list[dict]:
    """axe-core's violations in the page and in every frame it embeds (the article reader)."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    findings = list(axe.run(page).response["violations"])
    for frame in page.frames[1:]:
        if frame.url.startswith("data:"):
            frame.evaluate(axe.axe_script)
            findings += frame.evaluate("axe.run(document, {resultTypes: ['violations']})")["violations"]
    return findings


#: set when, after it is installed, Streamlit starts a run (its status widget) or fades an element
_WATCH_RERUN = """() => { window.__rerun_seen = false;
    new MutationObserver(() => { if (document.querySelector('[data-stale="true"], [data-testid="stStatusWidget"]'))
        window.__rerun_seen = true; }).observe(document.body, {subtree: true, childList: true, attributes: true,
        attributeFilter: ['data-stale']}); }"""


def _axe_findings_at_rest(page, attempts: int = 3) -> list[dict]:
    """axe's findings on the settled page; a scan during which a rerun began (elements faded from
    the run before look like low contrast) is taken again once the page has settled."""
    for _ in range(attempts):
        page.wait_for_function(SETTLED, timeout=60_000)
        page.evaluate(_WATCH_RERUN)
        findings = _axe_findings(page)
        if not page.evaluate("window.__rerun_seen"):
            return findings
    raise AssertionError(f"the page kept rerunning through {attempts} scans")


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["th", "en", "present", "phone", "present_phone"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violation(browser, app_url, name, mode):
    lang = "th" if mode.startswith("present") or mode == "phone" else mode
    # a phone's slide controls name their exit by its icon alone (its words stay for a screen reader); a phone's
    # narrow column made the /data snippet a sideways-scrolling box
    width, height = (390, 844) if mode in ("phone", "present_phone") else (1440, 900)
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    # in English the deck tray holds two charts (its list and buttons), in Thai it is empty
    query = f"lang={lang}" + {"present": "&present=1", "present_phone": "&present=1",
                              "en": "&deck=vn_targets_2023,fujian_firsts"}.get(mode, "")
    page.goto(f"{app_url}{PAGES[name]}?{query}")
    wait_for_page(page, name)
    if mode == "en":
        page.get_by_text("Charts in your deck: 2").wait_for(timeout=30_000)
    # the router's two-line script sets it once its element mounts: wait for that state (30 s at most)
    page.wait_for_function(f"document.documentElement.lang === {lang!r}", timeout=30_000)
    # a rerun begun after the page first settled draws its old elements faded: axe sees the page at rest
    findings = _axe_findings_at_rest(page)
    context.close()
    serious = [(f["id"], f["impact"], f["nodes"][0]["target"], f["nodes"][0]["html"][:300],
                f["nodes"][0].get("failureSummary", "")[:300]) for f in findings if f["impact"] in ("serious", "critical")]
    assert serious == []
    others = {f["id"] for f in findings} - ACCEPTED
    assert others == set(), f"moderate or minor findings not listed in the README: {others}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["th", "en"])
def test_an_analysed_article_and_its_add_form_have_no_serious_violation(browser, app_url, lang):
    """/analyze with its results drawn: the labels table, the highlighted sentence, the correction form and the
    add form with its "not given" boxes."""
    from digital_compare.app.i18n import t
    from digital_compare.paths import ARTICLES_DIR

    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/analyze?lang={lang}")
    wait_for_page(page, "analyze")
    page.get_by_label(t("paste_label", lang)).fill(next(ARTICLES_DIR.glob("000_*.txt")).read_text(encoding="utf-8"))
    page.get_by_role("button", name=t("analyse_button", lang)).click()
    page.get_by_role("checkbox", name=t("add_no_outlet", lang)).wait_for(timeout=120_000)
    findings = _axe_findings_at_rest(page)
    context.close()
    serious = [(f["id"], f["impact"], f["nodes"][0]["target"], f["nodes"][0]["html"][:300]) for f in findings
               if f["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.browser
def test_a_page_whose_style_is_still_loading_is_not_settled(page, app_url):
    """The page-wide style (focus rings, caption contrast) is an element whose code Streamlit loads
    on demand; until it arrives captions are Streamlit's light grey, so the page is not at rest."""
    held = []
    page.route("**/static/js/Html.*.js", lambda route: held.append(route))
    page.goto(f"{app_url}/analyze?lang=en")
    caption = page.locator('[data-testid="stCaptionContainer"]').first
    caption.wait_for(timeout=60_000)
    page.wait_for_function("document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
    assert not page.evaluate(SETTLED)
    assert held, "the style's code was never asked for"
    for route in held:
        route.continue_()
    page.wait_for_function(SETTLED, timeout=60_000)
    assert caption.evaluate("el => getComputedStyle(el.querySelector('p')).color") == "rgb(89, 89, 89)"


@pytest.mark.browser
def test_page_language_follows_the_switch_without_a_reload(page, app_url):
    page.goto(f"{app_url}/china")
    wait_for_page(page, "china")
    assert page.evaluate("document.documentElement.lang") == "th"
    page.evaluate("window.__same_document = true")
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="English").click()
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=30_000)
    assert page.evaluate("window.__same_document === true")  # no reload
    page.locator('[data-testid="stSidebar"]').get_by_role("radio", name="ไทย").click()
    page.wait_for_function("document.documentElement.lang === 'th'", timeout=30_000)


@pytest.mark.browser
@pytest.mark.parametrize("query, selector, role", [
    ("", ".dc-picture", "img"),  # the Chart tabs' pictures
    ("&interactive=1", '[data-testid="stPlotlyChart"]', "figure"),  # every chart drawn by Plotly
])
def test_every_chart_is_named_by_its_title_and_summary(page, app_url, query, selector, role):
    page.goto(f"{app_url}/vietnam?lang=en{query}")
    wait_for_page(page, "vietnam")
    # the charts a reader meets: a card drawn in two widths shows one (the other is display:none, out of the
    # accessibility tree)
    labels = page.eval_on_selector_all(selector,
                                       "els => els.filter(e => e.checkVisibility()).map(e => [e.getAttribute('role'), e.getAttribute('aria-label')])")
    assert len(labels) == 7
    assert all(found == role and label and ". " in label for found, label in labels)
    assert labels[0][1].startswith("Vietnam's 62 digital-transformation targets: status at the 2023 assessment. Of the 62")


def _focus_ring(page) -> tuple[str, str]:
    return page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle + ' ' + s.outlineWidth, s.boxShadow]; }""")


def _tab_to(page, predicate_js: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({predicate_js}); }}"):
            ring, shadow = _focus_ring(page)
            assert not ring.startswith("none") or shadow != "none", "focused without a visible ring"
            return
    raise AssertionError(f"Tab never reached {predicate_js}")


@pytest.mark.browser
def test_keyboard_alone_reaches_and_works_every_control(browser, app_url):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{app_url}/vietnam?lang=th")
    wait_for_page(page, "vietnam")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    # the sidebar's navigation
    _tab_to(page, "el.closest('[data-testid=stSidebarNav]') && el.tagName === 'A'")
    # the language switch: Space chooses English
    _tab_to(page, "el.getAttribute('role') === 'radio' || (el.tagName === 'BUTTON' && el.textContent.trim() === 'English')")
    for _ in range(3):
        if page.evaluate("document.activeElement.textContent.trim()") == "English":
            break
        page.keyboard.press("ArrowRight" if page.evaluate("document.activeElement.getAttribute('role') === 'radio'") else "Tab")
    page.keyboard.press("Space")
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=30_000)
    wait_for_page(page, "vietnam")
    # a chart's tabs: Tab reaches the tab list, an arrow moves to "Table", Enter opens it
    _tab_to(page, "el.getAttribute('role') === 'tab'")
    for _ in range(3):
        if "Table" in page.evaluate("document.activeElement.textContent"):
            break
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
    # the tab's rerun must have finished: a button focused while it is redrawn is not the one pressed
    page.get_by_role("button", name="Download CSV").first.wait_for(timeout=30_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    # its download button, reached and pressed with the keyboard
    _tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Download CSV')")
    with page.expect_download(timeout=60_000) as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == "vn_targets_2023.csv"
    # /analyze: the paste box takes typed text, and its Analyse button, reached by Tab, analyses it
    page.goto(f"{app_url}/analyze?lang=en")
    wait_for_page(page, "analyze")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    _tab_to(page, "el.tagName === 'TEXTAREA'")
    page.keyboard.type("ปี 2566 มี 62 เป้าหมาย")
    _tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Analyse')")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=numbers, years and dates found", timeout=30_000)
    context.close()
