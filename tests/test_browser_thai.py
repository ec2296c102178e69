"""In a real browser, a Thai page speaks Thai where Plotly and Streamlit would speak English:
the chart toolbar, the upload button, the "Press Ctrl+Enter to apply" hint."""

from __future__ import annotations

import re

import pytest

from digital_compare.app.i18n import PLOTLY_TH, t
from digital_compare.tools.screenshots import wait_for_page


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang, camera", [("th", PLOTLY_TH["Download plot as a PNG"]), ("en", "Download plot as a PNG")])
def test_plotly_toolbar_is_in_the_page_language(page, app_url, lang, camera):
    page.goto(f"{app_url}/explore?lang={lang}")
    wait_for_page(page, "explore")
    # /explore's card spans the page: of its two drawings, the one laid out for the card's width is shown
    page.locator(".js-plotly-plot >> visible=true").first.hover()
    page.wait_for_selector(".modebar-btn[data-title]", state="attached")
    titles = page.eval_on_selector_all(".modebar-btn[data-title]", "els => els.map(e => e.getAttribute('data-title'))")
    assert camera in titles
    if lang == "th":
        assert "Zoom in" not in titles and PLOTLY_TH["Zoom in"] in titles


def test_analyze_hides_streamlits_english(page, app_url):
    page.goto(f"{app_url}/analyze?lang=th")
    wait_for_page(page, "analyze")
    button = page.locator('[data-testid="stFileUploaderDropzone"] button')
    label = button.evaluate("b => getComputedStyle(b, '::after').content")
    assert t("upload_button", "th") in label
    assert not button.get_by_text("Upload", exact=True).is_visible()
    assert not page.get_by_text("Drag and drop").is_visible()
    area = page.get_by_role("textbox", name=t("paste_label", "th"))
    area.fill("ปี 2566")  # typed, not applied: the moment Streamlit shows its hint
    assert not page.get_by_text("Press Ctrl+Enter to apply").is_visible()


@pytest.mark.parametrize("lang, plus", [("th", "เพิ่มไฟล์"), ("en", "Add files")])
def test_a_chosen_files_buttons_keep_their_own_names(page, app_url, tmp_path, lang, plus):
    """The browse button's label was drawn on every button of the drop zone: once a file was chosen, its
    remove button read "choose file", and the "+" was named in English on the Thai page."""
    page.goto(f"{app_url}/analyze?lang={lang}")
    wait_for_page(page, "analyze")
    upload = tmp_path / "article.txt"
    upload.write_text("เศรษฐกิจดิจิทัลเติบโต 10% ในปี 2566", encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(str(upload))
    zone = '[data-testid="stFileUploaderDropzone"]'
    page.wait_for_function(f"() => document.querySelectorAll('{zone} button').length >= 2")
    page.wait_for_function(f"() => [...document.querySelectorAll('{zone} button')].some(b => b.getAttribute('aria-label') === {plus!r})")
    drawn = page.eval_on_selector_all(f"{zone} button", "els => els.map(b => getComputedStyle(b, '::after').content)")
    assert all(t("upload_button", lang) not in content for content in drawn), drawn


def test_a_file_over_the_articles_limit_is_refused_by_the_page_saying_why(page, app_url, tmp_path):
    """A file over the 2 MB an article may be was refused by Streamlit alone: a red chip whose message showed
    on hover, while the page still asked for a text. The page takes it in and says why it is refused."""
    from digital_compare.app.i18n import t
    from digital_compare.text.decode import MAX_INPUT_BYTES, MAX_INPUT_MB, UPLOAD_CEILING_MB

    page.goto(f"{app_url}/analyze?lang=th")
    wait_for_page(page, "analyze")
    upload = tmp_path / "big.txt"
    upload.write_bytes("ข่าว 2566 ".encode() * (MAX_INPUT_BYTES // 10 + 1000))
    assert MAX_INPUT_BYTES < upload.stat().st_size < UPLOAD_CEILING_MB * 1024 * 1024
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(str(upload))
    page.locator('[data-testid="stFileChips"]').get_by_text("big.txt").wait_for()
    assert page.locator('[data-testid="stFileUploader"] [role="alert"]').count() == 0
    page.get_by_role("button", name=t("analyse_button", "th")).click()
    said = t("input_error", "th", cause=t("too_large", "th", mb=MAX_INPUT_MB))
    page.locator('[data-testid="stAlertContentError"]').get_by_text(said).wait_for()


def test_a_refused_upload_is_refused_in_thai(page, app_url, tmp_path):
    """A file over the upload limit was refused only by Streamlit's "Error: File must be 2.0MB or smaller.", in
    English on the Thai page."""
    from digital_compare.text.decode import UPLOAD_CEILING_MB

    page.goto(f"{app_url}/analyze?lang=th")
    wait_for_page(page, "analyze")
    upload = tmp_path / "big.txt"
    upload.write_bytes("ข่าว 2566 ".encode() * (UPLOAD_CEILING_MB * 1024 * 1024 // 10 + 1000))
    page.locator('[data-testid="stFileUploader"] input[type=file]').set_input_files(str(upload))
    refusal = page.locator('[data-testid="stFileUploader"] [role="alert"]')
    refusal.wait_for()
    page.wait_for_function("(el) => !/[A-Za-z]{3,}/.test(el.innerText)", arg=refusal.element_handle())
    assert refusal.inner_text().startswith("ข้อผิดพลาด:") and "MB" in refusal.inner_text()
    # what the chips say, Material icons aside (the "+" is drawn from the ligature "add", never read as a word)
    chips = page.evaluate("""() => { const box = document.querySelector('[data-testid="stFileChips"]'), parts = [];
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) if (!walker.currentNode.parentElement.closest('[data-testid="stIconMaterial"]'))
            parts.push(walker.currentNode.nodeValue);
        return parts.join(' '); }""")
    assert set(re.findall(r"[A-Za-z]{3,}", chips.replace("big.txt", ""))) == set(), chips


_STREAMLIT_ENGLISH = """(words) => {
    const names = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
        .flatMap(el => ['aria-label', 'title', 'placeholder'].map(a => el.getAttribute(a)));
    const skip = document.querySelector('[data-testid="stSkipToContent"]')?.textContent.trim();
    return [...names, skip].filter(v => v && (words.includes(v) || /^(Remove|Help for) /.test(v)));
}"""


def test_streamlits_own_words_follow_the_page_language(page, app_url):
    """Streamlit's control names (read aloud by screen readers), placeholders and skip link: Thai on
    a Thai page, and English again after switching to English without a reload."""
    from digital_compare.app.i18n import STREAMLIT_TH

    page.goto(f"{app_url}/explore?lang=th")
    wait_for_page(page, "explore")
    english = list(STREAMLIT_TH)
    page.wait_for_function(f"(words) => ({_STREAMLIT_ENGLISH})(words).length === 0", arg=english)
    assert page.locator('[data-testid="stSkipToContent"]').inner_text().strip() == STREAMLIT_TH["Skip to main content"]
    fullscreen = page.locator(f'[aria-label="{STREAMLIT_TH["Fullscreen"]}"]')
    assert fullscreen.count() >= 1
    page.get_by_role("radio", name="English").or_(page.get_by_role("button", name="English")).first.click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    page.wait_for_function("() => document.querySelector('[data-testid=\"stSkipToContent\"]')?.textContent.trim()"
                           " === 'Skip to main content'")
    page.locator('[aria-label="Fullscreen"]').first.wait_for(state="attached")
    assert page.locator(f'[aria-label="{STREAMLIT_TH["Fullscreen"]}"]').count() == 0


#: attribute words in Latin letters a Thai page may keep: the language switch's own name ("ภาษา · Language")
_ALLOWED_LATIN_NAMES = ["Language"]
_ENGLISH_NAMES = """(allowed) => [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
    .flatMap(el => ['aria-label', 'title', 'placeholder'].map(a => el.getAttribute(a)))
    .filter(v => v && (v.match(/[A-Za-z.]{3,}/g) || []).some(w => !allowed.includes(w)))"""


def test_analysed_text_names_its_controls_in_thai(page, app_url):
    """After an analysis, the label editor's year field has step buttons Streamlit names "Increment" and
    "Decrement", and the highlighted text sits in a frame titled "st.iframe": a screen reader read them
    aloud in English on a Thai page."""
    _analysed_in_thai(page, app_url)
    assert page.evaluate(f"({_ENGLISH_NAMES})", _ALLOWED_LATIN_NAMES) == []


def _analysed_in_thai(page, app_url) -> None:
    """/analyze in Thai with a sentence analysed, once no control is named in English."""
    page.goto(f"{app_url}/analyze?lang=th")
    wait_for_page(page, "analyze")
    page.get_by_label(t("paste_label", "th")).fill("ในปี 2566 เศรษฐกิจดิจิทัลของเวียดนามเติบโตร้อยละ 19")
    page.get_by_role("button", name=t("analyse_button", "th")).click()
    page.get_by_role("heading", name=t("labels_title", "th")).wait_for(timeout=60_000)
    page.locator('[aria-label="ลดค่า"]').first.wait_for(state="attached")
    page.wait_for_function(f"(allowed) => ({_ENGLISH_NAMES})(allowed).length === 0", arg=_ALLOWED_LATIN_NAMES)


def test_a_phone_and_a_tables_search_name_their_controls_in_thai(browser, app_url):
    """On a phone the analysis's tabs overflow and Streamlit adds "Scroll tabs right"; a table's search box
    said "Type to search" beside "Previous Result", "Next Result" and "Close Search": English on a Thai page."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    try:
        _analysed_in_thai(phone, app_url)
        # the labels table's search, as a keyboard user opens it
        grid = phone.locator('[data-testid="stDataFrame"]').first
        grid.hover()
        grid.locator('[data-testid="stElementToolbar"] button').first.wait_for()
        search = grid.locator('[data-testid="stElementToolbar"] button[aria-label="ค้นหา"]')
        # by the keyboard, as the comment says: a pointer's click waited 30 s on a busy machine while the grid's
        # scroller, still settling under the toolbar, took the pointer events
        search.focus()
        search.press("Enter")
        phone.locator('[data-testid="stDataFrame"] input').first.wait_for()
        phone.wait_for_function(f"(allowed) => ({_ENGLISH_NAMES})(allowed).length === 0", arg=_ALLOWED_LATIN_NAMES)
        assert phone.evaluate(f"({_ENGLISH_NAMES})", _ALLOWED_LATIN_NAMES) == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_highlighted_text_frame_is_titled_in_the_page_language(page, app_url, lang):
    """Streamlit titles a frame "st.iframe": the Thai page translated it, the English page read it out as is."""
    page.goto(f"{app_url}/analyze?lang={lang}")
    wait_for_page(page, "analyze")
    page.get_by_label(t("paste_label", lang)).fill("ในปี 2566 เศรษฐกิจดิจิทัลของเวียดนามเติบโตร้อยละ 19")
    page.get_by_role("button", name=t("analyse_button", lang)).click()
    page.locator(f'iframe[title="{t("highlighted_text", lang)}"]').wait_for(state="attached", timeout=60_000)
    assert page.locator('iframe[title="st.iframe"]').count() == 0


@pytest.mark.parametrize("lang, fullscreen", [("th", "เต็มจอ"), ("en", "Fullscreen")])
def test_the_charts_fullscreen_tooltip_is_in_the_page_language(page, app_url, lang, fullscreen):
    """Streamlit adds a Fullscreen button to each chart's toolbar: its name was put in Thai, but the
    tooltip a sighted reader sees on hover (data-title) still said "Fullscreen"."""
    page.goto(f"{app_url}/vietnam?lang={lang}")
    wait_for_page(page, "vietnam")
    # the Chart tab shows a picture: Plotly's toolbar is the Interactive tab's
    page.get_by_role("tab", name=t("tab_interactive", lang)).first.click()
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=60_000)
    page.locator(".js-plotly-plot").first.hover()
    page.wait_for_function("(word) => [...document.querySelectorAll('.modebar-btn[data-title]')]"
                           ".some(b => b.getAttribute('data-title') === word)", arg=fullscreen)
    titles = page.eval_on_selector_all(".modebar-btn[data-title]", "els => els.map(e => e.getAttribute('data-title'))")
    if lang == "th":
        page.wait_for_function("() => ![...document.querySelectorAll('.modebar-btn[data-title]')]"
                               ".some(b => b.getAttribute('data-title') === 'Fullscreen')")
        titles = page.eval_on_selector_all(".modebar-btn[data-title]", "els => els.map(e => e.getAttribute('data-title'))")
        assert "Fullscreen" not in titles
    assert fullscreen in titles


@pytest.mark.parametrize("lang, empty", [("th", "ไม่พบรายการ"), ("en", "No results")])
def test_a_select_box_with_nothing_to_list_says_so_in_the_page_language(page, app_url, lang, empty):
    """Streamlit draws the list of a select box apart from the page (stSelectboxVirtualDropdown, on the body),
    where its "No results" stayed English on a Thai page."""
    page.goto(f"{app_url}/explore?lang={lang}")
    wait_for_page(page, "explore")
    field = page.locator('[data-testid="stSelectbox"] input').first
    field.click()
    field.type("zzzq")
    dropdown = page.locator('[data-testid="stSelectboxVirtualDropdown"]')
    dropdown.get_by_text(empty, exact=True).wait_for()
    if lang == "th":
        assert dropdown.get_by_text("No results", exact=True).count() == 0


@pytest.mark.parametrize("lang, title", [("th", "ไม่พบหน้านี้"), ("en", "Page not found")])
def test_an_address_that_names_no_page_is_said_in_the_page_language(page, app_url, lang, title):
    """Streamlit's own dialog for an unknown page stayed English on a Thai page."""
    page.goto(f"{app_url}/nosuchpage?lang={lang}")
    dialog = page.locator('[role="dialog"]')
    dialog.get_by_text(title, exact=True).wait_for()
    if lang == "th":
        dialog.get_by_text("ไม่พบหน้าที่ขอเปิด จึงเปิดหน้าหลักของแดชบอร์ดแทน", exact=True).wait_for()
        assert not re.search(r"[A-Za-z]{3,}", dialog.inner_text()), dialog.inner_text()
