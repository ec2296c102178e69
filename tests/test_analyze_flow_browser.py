"""A new user's whole task on /analyze, in Thai, in one pass of the page: paste an article, press
Analyse, select a figure that needs review and correct it, fill in where the article comes from,
add it, follow the link to /explore and find the corrected figure there. No English on the way.

The server listens on loopback with no sign-in configured, so the person at the keyboard is an
analyst; it serves a copy of the curated data, never the checkout's.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from digital_compare.app.formatting import year_words
from digital_compare.app.i18n import STREAMLIT_TH_CALENDAR, label, t
from digital_compare.app.ui_add import indicator_name
from digital_compare.tools.screenshots import SETTLED, wait_for_page
from digital_compare.tools.serve import running_app
from digital_compare.workspace.auth import Actor
from digital_compare.workspace.store import Workspace
from test_auth_browser import NO_ROLES_ENV
from test_workspace import make_root

pytestmark = pytest.mark.browser

LANG = "th"
#: written for this test. "เติบโตร้อยละ 20 เมื่อเทียบกับปีก่อน" follows the digital economy's size, but the
#: labeller reads it as GDP growth: the reviewer corrects that one
TEXT = (
    "กระทรวงสารสนเทศและการสื่อสารของเวียดนามรายงานว่า ในปี 2566 เศรษฐกิจดิจิทัลของเวียดนามมีมูลค่า 30 พันล้านดอลลาร์สหรัฐ\n"
    "และเติบโตร้อยละ 20 เมื่อเทียบกับปีก่อน\n"
    "สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP อยู่ที่ร้อยละ 16.5\n"
    "ชาวเวียดนามใช้อินเทอร์เน็ตร้อยละ 79 ของประชากร\n"
    "รัฐบาลตั้งเป้าให้สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP เพิ่มเป็นร้อยละ 30 ภายในปี 2573"
)
FIGURE, WRONG, RIGHT = "ร้อยละ 20", "gdp_growth", "digital_economy_growth"
OUTLET, TITLE, PUBLISHED = "สำนักข่าวทดสอบ", "เศรษฐกิจดิจิทัลเวียดนามโตร้อยละ 20", "2024-02-01"
#: words in Latin letters a Thai page may show: codes, never sentences
ALLOWED_LATIN = {
    "GDP",  # the Thai text's own word, and in the Thai names of indicators
    "txt", "html",  # the upload's file types
    "CSV",  # the download's format, as Thai pages name it
}
#: names a Thai page prints as they are written: the seed outlet's and the project's (in the source line)
NAMES = ("China Media Group", "digital-compare")
#: Streamlit's own English left on a Thai page: none (its words are put in Thai by the page's script,
#: the date field's empty "yyyy" and the upload button's hidden "Upload" among them)
STREAMLIT_OWN: set[str] = set()
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def app(tmp_path):
    """A loopback server with no sign-in configured, on a published copy of the curated data."""
    root = make_root(tmp_path)
    Workspace(root).publish(Actor("os:test", "test", "analyst", "cli"))
    no_secrets = tmp_path / "secrets.toml"  # absent on purpose: no [auth] from the developer's own files
    env = {**NO_ROLES_ENV, "DIGITAL_COMPARE_ROOT": str(root)}
    with running_app(env=env, streamlit_args=["--secrets.files", str(no_secrets)]) as url:
        yield url, Workspace(root)


@pytest.fixture
def page(browser):
    # a Thai reader's browser: the date field draws its empty segments in the browser's language
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="th-TH")
    page = context.new_page()
    yield page
    context.close()


def visible_text(page) -> str:
    """The main area's text as the reader sees it: Material icons are drawn from their names (the
    ligature "search" is a magnifier, never the word), so their names are left out, as are hidden parts."""
    return page.evaluate("""() => {
        const main = document.querySelector('main'), parts = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (parent.closest('[data-testid="stIconMaterial"], [data-testid="stAlertDynamicIcon"]')
                || !parent.checkVisibility()) continue;
            parts.push(node.textContent);
        }
        return parts.join(' ');
    }""")


class EnglishWatch:
    """The main area's visible text at each step; the Latin-letter words that are not codes or names."""

    def __init__(self, page, allowed: set[str]):
        self.page, self.allowed, self.found = page, allowed, {}

    def step(self, name: str) -> None:
        # every element's code loaded (a widget whose code arrives late, the date field, draws its English
        # placeholder "yyyy" after the page looked settled), then the page's script puts Streamlit's own
        # words in Thai in the frame after Streamlit draws them
        self.page.wait_for_function(SETTLED, timeout=120_000)
        self.page.wait_for_function("() => window.__streamlitWords?.observer")
        self.page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        text = visible_text(self.page)
        for name_or_code in NAMES:
            text = text.replace(name_or_code, " ")
        words = sorted({w for w in LATIN_WORD.findall(text) if w not in self.allowed})
        if words:
            self.found[name] = words


def settled(page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000)


def wait_for_row_in_table_tab(page, tab_name: str, table, subject: str, value: str, timeout_s: float = 180) -> None:
    """Wait until the table tab shows a row with ``subject`` and ``value``. A rerun that ends after the tab
    was clicked may draw the tabs again on their first one, so the tab is chosen again while waiting; a
    timeout names what the page showed instead."""
    tab = page.get_by_role("tab", name=tab_name)
    deadline = time.monotonic() + timeout_s
    while True:
        if tab.get_attribute("aria-selected") != "true":
            tab.click()
        if table.count():  # the grid draws (and fills its accessible table with) the rows in view
            table.first.scroll_into_view_if_needed()
        try:
            page.wait_for_function(  # the grid fills its accessible table after drawing its canvas
                """([subject, value]) => [...document.querySelectorAll('[role=tabpanel] [data-testid="stDataFrame"] tbody [role=row]')]
                       .some(r => r.innerText.includes(subject) && r.innerText.includes(value))""",
                arg=[subject, value], timeout=10_000)
            return
        except PlaywrightTimeoutError:
            if time.monotonic() > deadline:
                shown = grid_rows(table.first) if table.count() else "no table"
                raise AssertionError(f"no row {subject!r} {value!r} in {tab_name!r} after {timeout_s} s; "
                                     f"tab selected: {tab.get_attribute('aria-selected')}; url: {page.url}; "
                                     f"rows: {shown}") from None


def grid_rows(grid) -> list[list[str]]:
    """A data grid's rows as drawn (its own accessible table)."""
    return [[cell.inner_text() for cell in row.locator('[role="gridcell"]').all()]
            for row in grid.locator('tbody [role="row"]').all()]


def choose(page, aria_label: str, option: str) -> None:
    box = page.locator(f'input[aria-label="{aria_label}"]')
    box.click()
    box.press_sequentially(option)  # the list draws only the options in view: narrow it to this one
    page.get_by_role("option", name=option, exact=True).click()
    page.get_by_role("listbox").wait_for(state="detached")


#: the date field's opened calendar and its month and year lists
CALENDAR = '[data-testid="stDateInputCalendar"], [data-testid="stDateInputHeaderPickerPopover"]'
#: what a screen reader or an eye finds in them: every text (hidden ones too) and every name
CALENDAR_TEXT = """(selector) => {
    const parts = [];
    for (const box of document.querySelectorAll(selector)) {
        for (const el of [box, ...box.querySelectorAll('*')])
            for (const name of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(name) || '');
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue);
    }
    return parts.join(' ');
}"""
#: the keys the calendar's hint names, as printed on them
KEY_NAMES = {"Enter", "Esc"}
THAI_WEEKDAYS = [abbr for _name, abbr in STREAMLIT_TH_CALENDAR["weekdays"].values()]
THAI_MONTHS = list(STREAMLIT_TH_CALENDAR["months"].values())


def open_calendar(page):
    """The date field's calendar, opened by its button and drawn (its day buttons are named)."""
    page.locator('[data-testid="stDateInputCalendarButton"]').click()
    calendar = page.locator('[data-testid="stDateInputCalendar"]')
    calendar.locator('[role="gridcell"] [aria-label]').first.wait_for()
    return calendar


def thai_calendar_words(page) -> set[str]:
    """The Latin-letter words left in the calendar once the page's script has put it in Thai."""
    page.locator('[data-testid="stDateInputCalendar"] button[aria-label="เดือนก่อนหน้า"]').wait_for(state="attached")
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return set(re.findall(r"[A-Za-z]+", page.evaluate(CALENDAR_TEXT, CALENDAR))) - KEY_NAMES


def value_texts(page, date) -> list[str]:
    """The date field's segments as a screen reader says them, once the page's script has had a frame."""
    date.get_by_role("spinbutton").first.wait_for()  # the add form is drawn after the analysis's tables
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return [segment.get_attribute("aria-valuetext") for segment in date.get_by_role("spinbutton").all()]


def header_picker(page, calendar, index: int):
    """The calendar header's month (0) or year (1) list, opened."""
    calendar.locator("header button[aria-haspopup]").nth(index).click()
    listbox = page.locator('[data-testid="stDateInputHeaderPickerPopover"] [role="listbox"]')
    listbox.wait_for()
    return listbox


def test_a_new_user_pastes_reviews_adds_and_finds_the_figure_on_explore_in_thai(app, page):
    url, workspace = app
    english = EnglishWatch(page, ALLOWED_LATIN | STREAMLIT_OWN)
    page.goto(f"{url}/analyze?lang={LANG}")
    wait_for_page(page, "analyze")
    english.step("arrival")

    page.get_by_label(t("paste_label", LANG)).fill(TEXT)
    page.get_by_role("button", name=t("analyse_button", LANG)).click()
    page.get_by_role("heading", name=t("labels_title", LANG)).wait_for(timeout=60_000)
    settled(page)
    english.step("analysed")

    # the proposed labels: the rows needing review first; select the mislabelled figure's row
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.locator('[role="gridcell"]').first.wait_for(state="attached")
    rows = grid_rows(grid)
    review_column = [c.inner_text() for c in grid.locator('[role="columnheader"]').all()].index(t("col_review", LANG))
    needing = [i for i, row in enumerate(rows) if row[review_column] == t("review_needed", LANG)]
    assert needing == list(range(len(needing))) and needing, rows  # needing review, listed first
    wrong = [i for i, row in enumerate(rows) if row[0] == FIGURE and indicator_name(WRONG, LANG) in row]
    assert wrong and wrong[0] in needing, rows
    box = grid.locator("canvas").first.bounding_box()
    header = row_height = 35  # Streamlit's grid: one header row, rows of 35 px; the row marker on the left
    page.mouse.click(box["x"] + 14, box["y"] + header + row_height * wrong[0] + row_height / 2)
    page.get_by_role("heading", name=t("figure_in_sentence", LANG, figure=FIGURE)).wait_for()
    settled(page)
    assert page.locator("main mark").first.inner_text() == FIGURE
    english.step("row selected")

    choose(page, t("col_indicator", LANG), indicator_name(RIGHT, LANG))
    page.get_by_role("button", name=t("save_correction", LANG)).click()
    page.wait_for_function(
        """([figure, state]) => [...document.querySelectorAll('[data-testid="stDataFrame"] tbody [role=row]')]
               .some(r => r.innerText.includes(figure) && r.innerText.includes(state))""",
        arg=[FIGURE, t("review_corrected", LANG)], timeout=60_000)
    settled(page)
    english.step("corrected")

    # where the article comes from: the country is read from the text; the rest is typed
    country = page.locator(f'input[aria-label="{t("add_country", LANG)}"]')
    assert country.input_value() == f"{label('country', 'VN', LANG)} (VN)"
    page.get_by_label(t("add_outlet", LANG), exact=True).fill(OUTLET)
    page.get_by_label(t("add_title", LANG), exact=True).fill(TITLE)
    # the date from the calendar, which a Thai browser draws in Buddhist years: 2567 is 2024
    date = page.get_by_role("group", name=t("add_published", LANG))
    assert value_texts(page, date) == ["ว่าง"] * 3  # what a screen reader says of the empty segments
    calendar = open_calendar(page)
    assert thai_calendar_words(page) == set()
    assert calendar.locator("thead th").all_inner_texts() == THAI_WEEKDAYS
    year, month, day = (int(part) for part in PUBLISHED.split("-"))
    years = header_picker(page, calendar, 1)
    assert thai_calendar_words(page) == set()
    years.get_by_role("option", name=f"พ.ศ. {year + 543}", exact=True).click()
    months = header_picker(page, calendar, 0)
    assert thai_calendar_words(page) == set()
    months.get_by_role("option", name=THAI_MONTHS[month - 1], exact=True).click()
    calendar.locator(f'[aria-label*="ที่ {day} {THAI_MONTHS[month - 1]} {year + 543}"]:not([data-outside-month])').click()
    calendar.wait_for(state="detached")
    assert date.get_by_role("spinbutton").all_inner_texts() == PUBLISHED.split("-")  # the field keeps ค.ศ.
    assert value_texts(page, date) == [f"{year}", f"{month:02d} – {THAI_MONTHS[month - 1]}", f"{day:02d}"]
    english.step("add form filled")
    page.get_by_role("button", name=t("add_button", LANG)).click()
    added_line = t("add_done", LANG, article=f"{OUTLET}, “{TITLE}”,\0", version="").split("\0")[0]
    page.get_by_text(added_line).wait_for(timeout=180_000)
    settled(page)
    english.step("added")
    (added,) = workspace.articles()
    assert (added["title"], added["outlet"], added["published"], added["country"]) == (TITLE, OUTLET, PUBLISHED, "VN")

    page.locator("main").get_by_role("link", name=t("nav_explore", LANG)).click()
    page.wait_for_url(re.compile(r"/explore"))
    wait_for_page(page, "explore")
    english.step("explore")
    # a corrected figure is reviewed: shown without switching on the automatic labels
    choose(page, t("explore_indicator", LANG), indicator_name(RIGHT, LANG))
    page.wait_for_url(re.compile(f"ind={RIGHT}"))
    settled(page)
    table = page.locator('[role="tabpanel"] [data-testid="stDataFrame"]')
    wait_for_row_in_table_tab(page, t("tab_table", LANG), table, label("country", "VN", LANG), "20 %")
    # the article's figure, corrected, with the analyst's review in its statement (not "unreviewed")
    rows = grid_rows(table)
    # columns: place, period, figure, status, source, statement (views.CHARTS' explore table)
    mine = [row for row in rows if row[0] == label("country", "VN", LANG) and row[2] == "20 %"]
    assert len(mine) == 1, rows
    assert mine[0][1] == t("period_year", LANG, year=year_words(2023, LANG)) and mine[0][4] == t("source_corrected", LANG)
    assert mine[0][5].endswith(t("attribution_reviewed", LANG))
    english.step("explore table")

    assert english.found == {}


ENGLISH_MONTHS = list(STREAMLIT_TH_CALENDAR["months"])


@pytest.mark.parametrize("lang", ["th", "en"])
def test_an_english_browsers_date_calendar_speaks_the_pages_language(app, browser, lang):
    """A browser set to English draws the calendar in English, in Gregorian years: on a Thai page
    the page's script puts all of it in Thai, each year marked ค.ศ.; an English page keeps it English."""
    url, _workspace = app
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"{url}/analyze?lang={lang}")
        wait_for_page(page, "analyze")
        page.get_by_label(t("paste_label", lang)).fill(TEXT)
        page.get_by_role("button", name=t("analyse_button", lang)).click()
        page.get_by_role("heading", name=t("labels_title", lang)).wait_for(timeout=60_000)
        settled(page)
        date = page.get_by_role("group", name=t("add_published", lang))
        assert value_texts(page, date) == ["ว่าง" if lang == "th" else "Empty"] * 3
        calendar = open_calendar(page)
        year_button = calendar.locator("header button[aria-haspopup]").nth(1)
        if lang == "th":
            assert thai_calendar_words(page) == set()
            assert calendar.locator("thead th").all_inner_texts() == THAI_WEEKDAYS
            assert re.fullmatch(r"ค\.ศ\. \d{4}", year_button.inner_text().strip())
            months, names = header_picker(page, calendar, 0), THAI_MONTHS
        else:
            calendar.locator('button[aria-label="Previous month"]').wait_for(state="attached")
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
            assert not re.search("[\u0e00-\u0e7f]", page.evaluate(CALENDAR_TEXT, CALENDAR))
            assert calendar.locator("thead th").all_inner_texts() == list("SMTWTFS")
            assert re.fullmatch(r"\d{4}", year_button.inner_text().strip())
            months, names = header_picker(page, calendar, 0), ENGLISH_MONTHS
        assert months.get_by_role("option").all_inner_texts() == names
        page.keyboard.press("Escape")
        months.wait_for(state="detached")
        years = header_picker(page, calendar, 1)
        options = years.get_by_role("option").all_inner_texts()
        era = r"ค\.ศ\. " if lang == "th" else ""
        assert options and all(re.fullmatch(era + r"\d{4}", option) for option in options), options
        page.keyboard.press("Escape")
        years.wait_for(state="detached")
        # the month before: Streamlit draws the calendar anew, and the script follows
        shown = calendar.locator('[role="grid"]').get_attribute("aria-label")
        calendar.locator('header button[slot="previous"]').click()
        page.wait_for_function("""([selector, shown]) => document.querySelector(selector).getAttribute('aria-label') !== shown""",
                               arg=['[data-testid="stDateInputCalendar"] [role="grid"]', shown])
        if lang == "th":
            assert thai_calendar_words(page) == set()
            assert calendar.locator("thead th").all_inner_texts() == THAI_WEEKDAYS
        else:
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
            assert not re.search("[\u0e00-\u0e7f]", page.evaluate(CALENDAR_TEXT, CALENDAR))
    finally:
        context.close()
