"""A new user's whole task on /analyze, in Thai, in one pass of the page: paste an article, press
Analyse, select a figure that needs review and correct it, fill in where the article comes from,
add it, follow the link to /explore and find the corrected figure there. No English on the way.

The server listens on loopback with no sign-in configured, so the person at the keyboard is an
analyst; it serves a copy of the curated data, never the checkout's.
"""

from __future__ import annotations

import re

import pytest

from digital_compare.app.i18n import label, t
from digital_compare.app.ui_add import indicator_name
from digital_compare.tools.screenshots import wait_for_page
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
        # the page's script puts Streamlit's own words in Thai in the frame after Streamlit draws them
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
    page.get_by_label(t("add_outlet", LANG)).fill(OUTLET)
    page.get_by_label(t("add_title", LANG)).fill(TITLE)
    date = page.get_by_role("group", name=t("add_published", LANG))
    date.get_by_role("spinbutton").first.click()  # the year; each segment moves on to the next when full
    page.keyboard.type(PUBLISHED.replace("-", ""))
    page.keyboard.press("Tab")
    english.step("add form filled")
    page.get_by_role("button", name=t("add_button", LANG)).click()
    added_line = t("add_done", LANG, title=TITLE, version="\0").split("\0")[0]
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
    page.get_by_role("tab", name=t("tab_table", LANG)).click()
    table = page.locator('[role="tabpanel"] [data-testid="stDataFrame"]')
    page.wait_for_function(  # the grid fills its accessible table after drawing its canvas
        """([subject, value]) => [...document.querySelectorAll('[role=tabpanel] [data-testid="stDataFrame"] tbody [role=row]')]
               .some(r => r.innerText.includes(subject) && r.innerText.includes(value))""",
        arg=[label("country", "VN", LANG), "20 %"], timeout=60_000)
    # the article's figure, corrected, with the analyst's review in its statement (not "unreviewed")
    rows = grid_rows(table)
    mine = [row for row in rows if row[0] == label("country", "VN", LANG) and row[3] == "20 %"]
    assert len(mine) == 1, rows
    assert mine[0][1] == "2023" and mine[0][5] == t("source_corrected", LANG)
    assert mine[0][6].endswith(t("attribution_reviewed", LANG))
    english.step("explore table")

    assert english.found == {}
