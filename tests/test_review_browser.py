"""/review by keyboard alone, as an analyst signed in through a real OpenID Connect provider.

An article of twelve figures is added through the workspace; on /review the analyst corrects,
rejects and accepts the three least sure figures with the keys A / E / X, Tab, typing and Enter
(no mouse on the review controls), finds each change in the page's history with who and when and
in the published tables, then removes the article from the page: the published tables are again
those of the version before the add, file by file.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from digital_compare.app.i18n import label, t
from digital_compare.tools.screenshots import wait_for_page
from digital_compare.workspace.auth import Actor
from digital_compare.workspace.store import NewArticle, Workspace
from test_auth_browser import ANALYST, _sign_in, app_signing_in_with, oidc_provider  # noqa: F401 (a fixture)
from test_workspace import make_root, same_files

pytestmark = pytest.mark.browser

LANG = "th"
#: the analyst as the provider names her; the app keeps her subject as her id in the history
ANN = Actor(f"oidc:{ANALYST['sub']}", ANALYST["name"], "analyst", "oidc")
#: written for this test: twelve figures, one of them a hotline key ("กด 5") that is no data figure, and
#: a present-day figure after a target sentence ("ปัจจุบัน": dated by the publication, not by the target)
TEXT = (
    "กระทรวงสารสนเทศและการสื่อสารของเวียดนามรายงานว่า ในปี 2566 เศรษฐกิจดิจิทัลของเวียดนามมีมูลค่า 30 พันล้านดอลลาร์สหรัฐ\n"
    "และเติบโตร้อยละ 20 เมื่อเทียบกับปีก่อน\n"
    "สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP อยู่ที่ร้อยละ 16.5\n"
    "ชาวเวียดนามใช้อินเทอร์เน็ตร้อยละ 79 ของประชากร\n"
    "บริการภาครัฐออนไลน์ครบวงจรมีสัดส่วนร้อยละ 42 ของบริการทั้งหมด\n"
    "การค้าออนไลน์เติบโตร้อยละ 25 ในปีเดียวกัน\n"
    "ขณะที่จำนวนวิสาหกิจดิจิทัลเพิ่มขึ้นเป็น 73,000 แห่ง\n"
    "รัฐบาลตั้งเป้าให้สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP เพิ่มเป็นร้อยละ 20 ภายในปี 2568 และร้อยละ 30 ภายในปี 2573\n"
    "ปัจจุบันมีผู้ใช้สมาร์ตโฟน 72 ล้านคน\n"
    "และตั้งเป้าให้มีวิสาหกิจดิจิทัล 100,000 แห่งภายในปี 2573\n"
    "ผู้สนใจสอบถามรายละเอียดได้ที่สายด่วน 1111 กด 5"
)
FIELDS = {"country": "VN", "outlet": "สำนักข่าวทดสอบ", "title": "เศรษฐกิจดิจิทัลเวียดนามปี 2566", "published": "2024-02-01"}


def minutes_between(first: dt.datetime, last: dt.datetime) -> set[str]:
    """Every minute from ``first`` to ``last`` as the history writes it."""
    from digital_compare.app.formatting import moment_words

    minute, out = first.replace(second=0), set()
    while minute <= last:
        out.add(moment_words(minute.isoformat(), LANG))
        minute += dt.timedelta(minutes=1)
    return out


@pytest.fixture
def workspace(tmp_path):
    """A copy of the curated data, published (version 1), then the article added (version 2) by Ann."""
    workspace = Workspace(make_root(tmp_path))
    workspace.publish(ANN)
    assert workspace.add_articles([NewArticle(TEXT, FIELDS)], ANN).version == 2
    return workspace


@pytest.fixture
def review_page(oidc_provider, workspace, browser, tmp_path):  # noqa: F811 (the fixture imported above)
    with app_signing_in_with(oidc_provider, tmp_path, env={"DIGITAL_COMPARE_ROOT": str(workspace.root)}) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        _sign_in(page, url, ANALYST["sub"])
        page.goto(f"{url}/review?lang={LANG}")
        wait_for_page(page, "review")
        yield page
        context.close()


def published_metrics(workspace: Workspace, article_id: str) -> pd.DataFrame:
    metrics = pd.read_csv(workspace.tables_link / "metrics.csv")
    return metrics[metrics["article_id"] == article_id].set_index("mention_start")


def queue(workspace: Workspace, article_id: str) -> list[tuple[int, str]]:
    """The article's automatic figures as the queue should offer them: least sure first, then by position."""
    mine = published_metrics(workspace, article_id)
    mine = mine[mine["source"] == "auto"].reset_index().sort_values(["confidence", "mention_start"], kind="stable")
    return [(int(start), surface) for start, surface in zip(mine["mention_start"], mine["surface"])]


def wait_for_figure(page, surface: str) -> None:
    page.wait_for_function("(s) => document.querySelector('[data-testid=\"stMain\"] mark')?.innerText === s", arg=surface,
                           timeout=60_000)


def wait_for_idle(page) -> None:
    """No run in progress and nothing left from the last one: a shortcut pressed while the previous
    figure's form is still shown (stale, being replaced) submits a form the server no longer has."""
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"], [data-testid=\"stStatusWidget\"]')",
                           timeout=60_000)


def wait_for_done(page, key: str, **params) -> None:
    page.get_by_text(t(key, LANG, **params), exact=True).wait_for(timeout=120_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)


def focused_label(page) -> str:
    """The focused control's name: its aria-label, else its last line of text (a button's, after its icon)."""
    return page.evaluate("""() => { const e = document.activeElement;
        return e?.getAttribute('aria-label') || (e?.innerText || '').trim().split('\\n').pop() }""")


def tab_to(page, name: str, most: int = 60) -> None:
    """Press Tab until the control named ``name`` has the focus (the page's tab order, by keyboard)."""
    for _ in range(most):
        if focused_label(page) == name:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{name!r} cannot be reached with Tab (last focus: {focused_label(page)!r})")


def choose_option(page, aria_label: str, option: str) -> None:
    """In the focused select, type an option's name and take it with Enter."""
    assert focused_label(page) == aria_label
    page.keyboard.type(option)
    page.get_by_role("option", name=option, exact=True).wait_for()
    page.keyboard.press("Enter")
    page.get_by_role("listbox").wait_for(state="detached")  # taken, not only typed
    assert page.locator(f'input[aria-label="{aria_label}"]').input_value() == option


def history_rows(page, *showing: str) -> list[dict[str, str]]:
    """The history table's rows as the page draws them (the grid's own accessible table), once its
    cells show every text in ``showing`` (the grid fills that table after drawing its canvas)."""
    grid = page.locator('[data-testid="stDataFrame"]').last
    grid.locator("table").wait_for(state="attached")
    page.wait_for_function("""([grid, texts]) => texts.every(text => [...grid.querySelectorAll('[role=gridcell]')]
                                  .some(cell => cell.innerText.includes(text)))""",
                           arg=[grid.element_handle(), list(showing)], timeout=90_000)  # a busy machine draws the grid late
    heads = [h.inner_text() for h in grid.locator('[role="columnheader"]').all()]
    keys = ["at", "actor", "action", "article", "detail"]
    assert heads == [t(f"hcol_{key}", LANG) for key in keys]
    return [dict(zip(keys, (cell.inner_text() for cell in row.locator('[role="gridcell"]').all())))
            for row in grid.locator('tbody [role="row"]').all()]


def test_an_analyst_reviews_by_keyboard_alone_and_removing_restores_the_tables(review_page, workspace):
    page, started = review_page, dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    before = workspace.versions_dir / "v000001"
    (article,) = [a["id"] for a in workspace.articles()]
    waiting = queue(workspace, article)
    assert len(waiting) == 12
    # the least sure first: the smartphone users ("ปัจจุบัน", dated by the publication), the online public
    # services' share and the digital firms (labelled right), then the hotline key
    (fix_start, fix), (accept_start, accept), (also_start, also), (reject_start, reject) = waiting[:4]
    assert (fix, accept, also, reject) == ("72 ล้าน", "ร้อยละ 42", "73,000", "5")
    assert published_metrics(workspace, article).loc[fix_start, ["year", "status"]].tolist() == [2024, "actual"]
    page.get_by_text(t("review_queue_count", LANG, n=12), exact=True).wait_for()
    # the figure's article cited as everywhere else, its date as a reader writes it
    page.get_by_text(f"{FIELDS['outlet']}, “{FIELDS['title']}”, 1 กุมภาพันธ์ ค.ศ. 2024", exact=True).wait_for()

    # correct (the analyst dates it with the year the article reviews): year and status typed into the
    # form, then E from the form's first button
    wait_for_figure(page, fix)
    wait_for_idle(page)
    tab_to(page, t("col_year", LANG))
    page.keyboard.press("Control+A")
    page.keyboard.type("2023")
    page.keyboard.press("Tab")  # past the end year, left empty: a figure of one year
    assert focused_label(page) == t("col_year_end", LANG)
    page.keyboard.press("Tab")
    choose_option(page, t("col_status", LANG), label("status", "actual", LANG))
    tab_to(page, t("col_part", LANG))
    page.keyboard.press("Tab")  # to the first button: a shortcut typed into a field would be text
    page.keyboard.press("e")
    wait_for_done(page, "review_done_corrected", figure=fix)

    for surface, left in ((accept, 11), (also, 10)):
        wait_for_figure(page, surface)
        page.get_by_text(t("review_queue_count", LANG, n=left), exact=True).wait_for()
        wait_for_idle(page)
        page.keyboard.press("a")
        wait_for_done(page, "review_done_accepted", figure=surface)

    wait_for_figure(page, reject)
    page.get_by_text(t("review_queue_count", LANG, n=9), exact=True).wait_for()
    wait_for_idle(page)
    page.keyboard.press("x")
    wait_for_done(page, "review_done_rejected", figure=reject)
    page.get_by_text(t("review_queue_count", LANG, n=8), exact=True).wait_for()

    # the history on the page: each change with who and when
    reviews = {}
    figure_key = t("hkey_mention", LANG)
    mentions = [f"{figure_key}: {article}:{start}" for start in (fix_start, reject_start, accept_start, also_start)]
    for row in history_rows(page, *mentions):
        if row["action"].startswith(t("action_review", LANG)):
            reviews[re.search(f"{figure_key}: ([^,\\s]+)", row["detail"]).group(1)] = row
    expected = {fix_start: "corrected", reject_start: "rejected", accept_start: "accepted", also_start: "accepted"}
    assert set(reviews) == {f"{article}:{start}" for start in expected}
    now = dt.datetime.now(dt.timezone.utc)
    for start, state in expected.items():
        row = reviews[f"{article}:{start}"]
        assert row["actor"] == ANN.id
        assert row["action"] == f"{t('action_review', LANG)} · {t(f'review_{state}', LANG)}"
        assert row["article"] == article
        # a date and time of day as a reader writes them ("1 ธันวาคม ค.ศ. 2026 01:15 UTC"), not the stored ISO code
        assert row["at"] in minutes_between(started, now), row["at"]
    # what the correction changed, in the page's language
    correction = reviews[f"{article}:{fix_start}"]["detail"]
    assert f"{t('hkey_status', LANG)}: {label('status', 'actual', LANG)}" in correction
    assert f"{t('hkey_year', LANG)}: 2023" in correction

    # the published tables: the corrected and the accepted figures say so, the rejected one is gone
    metrics = published_metrics(workspace, article)
    assert reject_start not in metrics.index
    assert metrics.loc[fix_start, ["source", "year", "status", "indicator"]].tolist() == ["corrected", 2023, "actual", "other"]
    assert metrics.loc[accept_start, ["source", "year", "status"]].tolist() == ["accepted", 2023, "actual"]
    assert metrics.loc[also_start, ["source", "year", "status"]].tolist() == ["accepted", 2023, "actual"]
    assert (metrics.drop([fix_start, accept_start, also_start])["source"] == "auto").all()

    # remove the article from the page's remove form, by keyboard: one press alone removes nothing (it took the
    # article and its figures off every page at once), the confirmation ticked, it does
    tab_to(page, t("remove_choose", LANG))
    choose_option(page, t("remove_choose", LANG), f"{FIELDS['outlet']}, “{FIELDS['title']}”, 1 กุมภาพันธ์ ค.ศ. 2024")
    tab_to(page, t("remove_button", LANG), most=4)
    page.keyboard.press("Enter")
    page.get_by_text(t("remove_unconfirmed", LANG), exact=True).wait_for()
    assert [a["id"] for a in workspace.articles()] == [article]
    tab_to(page, t("remove_confirm", LANG), most=60)
    page.keyboard.press("Space")
    tab_to(page, t("remove_button", LANG), most=3)
    page.keyboard.press("Enter")
    wait_for_done(page, "remove_done")
    page.get_by_text(t("review_queue_empty", LANG), exact=True).wait_for()
    assert workspace.articles() == []
    assert workspace.tables_link.resolve() != before.resolve()
    assert same_files(before, workspace.tables_link.resolve()) == []
    removals = [row for row in history_rows(page, t("action_remove", LANG)) if row["action"] == t("action_remove", LANG)]
    assert [(row["actor"], row["article"]) for row in removals] == [(ANN.id, article)]


def test_the_review_queue_with_a_figure_has_no_serious_accessibility_violation(review_page, workspace):
    from test_accessibility import _axe_findings_at_rest

    page = review_page
    (article,) = [a["id"] for a in workspace.articles()]
    page.get_by_text(t("review_queue_count", LANG, n=len(queue(workspace, article))), exact=True).wait_for()
    serious = [(f["id"], f["impact"], f["nodes"][0]["target"]) for f in _axe_findings_at_rest(page)
               if f["impact"] in ("serious", "critical")]
    assert serious == []


def test_the_reader_shows_an_added_articles_text_kept_in_the_workspace(review_page, workspace):
    """The published version holds no copy of an added text: /sources reads it from the workspace."""
    page = review_page
    (article,) = [a["id"] for a in workspace.articles()]
    assert not (workspace.tables_link / "texts").exists()
    url = page.url.split("/review")[0]
    page.goto(f"{url}/sources?lang={LANG}&article={article}")
    wait_for_page(page, "sources")
    # the reader is a frame of its own (a data: address, no script)
    reader = page.frame_locator('[data-testid="stMain"] iframe').first.locator("main")
    reader.get_by_text("ชาวเวียดนามใช้อินเทอร์เน็ต", exact=False).first.wait_for()
    assert "ชาวเวียดนามใช้อินเทอร์เน็ตร้อยละ 79 ของประชากร" in " ".join(reader.inner_text().split())
