"""The PowerPoint deck: slides, pictures, alt text, notes with the Thai quotes, the sources slide."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from digital_compare.app.i18n import t
from digital_compare.app.views import CHARTS
from digital_compare.outputs.deck import DECK_PAGES, build_deck, deck_chart_ids


@pytest.fixture(scope="module", params=["th", "en"])
def deck(request, tmp_path_factory):
    path = build_deck(tmp_path_factory.mktemp("deck") / f"deck_{request.param}.pptx", request.param)
    return request.param, Presentation(str(path))


def _pictures(slide):
    return [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]


def _texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_a_deck_of_vietnam_charts_names_only_vietnam_and_its_article(tmp_path):
    path = build_deck(tmp_path / "vn.pptx", "en", ("vn_tasks_2023", "vn_rankings"))
    slides = list(Presentation(str(path)).slides)
    assert len(slides) == 4
    title, sources = _texts(slides[0]), _texts(slides[-1])
    assert title.startswith("Vietnam's digital transformation") and "China" not in title
    # the Vietnam article names no outlet (an inferred "provincial outlet" was dropped): it is cited by its byline
    assert "CMG" not in title and "CMG" not in sources and "Ha Trang" in sources


def test_a_slide_says_its_title_and_source_once(tables):
    from digital_compare.outputs.deck import deck_slides

    (slide,) = deck_slides(tables, "en", ("vn_targets_2023",))
    picture = slide.picture.figure
    assert slide.title.startswith("Vietnam's 62") and not picture.layout.title.text  # the slide sets it
    assert not [a for a in picture.layout.annotations if "Source" in (a.text or "")]
    assert slide.source.startswith("Source:")


def test_title_chart_and_sources_slides(deck):
    lang, presentation = deck
    charts = deck_chart_ids(DECK_PAGES)
    assert len(charts) == len([spec for spec in CHARTS if spec.page in DECK_PAGES])
    slides = list(presentation.slides)
    assert len(slides) == 1 + len(charts) + 1
    assert presentation.slide_width * 9 == presentation.slide_height * 16  # 16:9
    title = _texts(slides[0])
    assert ("Digital Compare" if lang == "en" else "เปรียบเทียบดิจิทัล") in title
    from digital_compare.app.formatting import day_words

    # dates as a reader writes them ("11 มิถุนายน ค.ศ. 2024"), the build's too, never the code 2024-06-11
    assert day_words("2024-06-11", lang) in title and not re.search(r"\d{4}-\d\d-\d\d", title), title
    assert re.search(t("deck_built", lang, date=r"\d{1,2} \S+ (?:ค\.ศ\. )?\d{4}") + "$", title), title
    sources = _texts(slides[-1])
    assert "CMG" in sources or "ซีเอ็มจี" in sources
    assert ("PyThaiNLP" in sources) and not _pictures(slides[-1])


def test_the_method_slide_says_which_figures_are_computed_not_extracted(deck):
    lang, presentation = deck
    slides = list(presentation.slides)
    method = _texts(slides[-1])
    # the deck shows computed figures (the 2022 GII rank, the 2021 UPU level, the unfinished tasks, shares):
    # "every figure was extracted" was untrue; the method names the mark those figures carry
    assert "ทุกตัวเลขสกัด" not in method and "Every figure was extracted" not in method
    marks = ("“คำนวณ”",) if lang == "th" else ("“derived”", "“computed”")
    assert all(mark in method for mark in marks)
    shown = "\n".join(_texts(slide) + slide.notes_slide.notes_text_frame.text for slide in slides[1:-1])
    assert any(mark.strip("“”") in shown for mark in marks)  # and the slides do mark some


def test_each_chart_slide_has_a_full_size_picture_with_its_summary_as_alt_text(deck):
    lang, presentation = deck
    for slide in list(presentation.slides)[1:-1]:
        (picture,) = _pictures(slide)
        assert picture.image.size == (1920, 1080)
        alt = picture._element.nvPicPr.cNvPr.get("descr")
        assert alt and alt in _texts(slide)  # the one-sentence summary, shown and announced
        source = "Source:" if lang == "en" else "ที่มา:"
        assert source in _texts(slide)


def test_notes_carry_the_thai_quotes_and_the_caveats(deck):
    lang, presentation = deck
    notes = {i: slide.notes_slide.notes_text_frame.text for i, slide in enumerate(presentation.slides) if i}
    targets = next(text for text in notes.values() if "“18 เป้าหมายที่สำเร็จลุล่วง (29%)”" in text)
    # the 62 in the donut's centre is quoted too, though no row of the chart holds it, with whose assessment it is
    assert "“จากการประเมินของ กระทรวงสารสนเทศและการสื่อสาร ในปี พ.ศ. 2566" in targets and "ได้กำหนดเป้าหมายไว้ 62 เป้าหมาย”" in targets
    # the English glosses beside the quotes on the English deck only: the Thai deck's reader reads the Thai
    assert ("EN: the National Digital Transformation Programme" in targets) == (lang == "en")
    assert all("\n  EN: " not in text for text in notes.values()) or lang == "en"
    # and who assessed it, in the deck's language
    assert t("attribution_mic_assessment", lang) in targets
    compare = [text for text in notes.values() if "17.6%" in text]
    assert compare and any("province" in text or "มณฑล" in text for text in compare)


def test_thai_runs_name_a_thai_capable_font(deck):
    _, presentation = deck
    cs_tag = "{http://schemas.openxmlformats.org/drawingml/2006/main}cs"
    slide = presentation.slides[4]
    runs = [run for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs for run in p.runs]
    runs += [run for p in slide.notes_slide.notes_text_frame.paragraphs for run in p.runs]
    thai = [run for run in runs if any("\u0e00" <= ch <= "\u0e7f" for ch in run.text)]
    assert thai  # the notes quote the Thai in both decks
    for run in thai:
        cs = run._r.rPr.find(cs_tag)
        assert cs is not None and cs.get("typeface") == "Tahoma", run.text[:40]


def _boxes(slide) -> list[tuple[str, int, int, int, int]]:
    """Each shape's box (name, left, top, right, bottom) in EMU; a text box as high as its wrapped lines
    need at its width and type size (spAutoFit grows it so when PowerPoint lays it out), if more than stored."""
    from digital_compare.outputs.deck import text_height

    boxes = []
    for shape in slide.shapes:
        bottom = shape.top + shape.height
        if shape.has_text_frame:
            sizes = [run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs if run.font.size]
            bottom = shape.top + max(shape.height, text_height(shape.text_frame.text, shape.width, max(sizes)))
        name = shape.text_frame.text[:30] if shape.has_text_frame else "[picture]"
        boxes.append((name, shape.left, shape.top, shape.left + shape.width, bottom))
    return boxes


@pytest.mark.parametrize("boxes, found", [
    ([("a", 0, 0, 10, 10), ("b", 0, 10, 10, 20)], []),                  # stacked, touching
    ([("a", 0, 0, 10, 11), ("b", 0, 10, 10, 20)], ["overlap a × b"]),   # one runs into the next
    ([("a", 0, 95, 10, 101)], ["off the slide a"]),
])
def test_the_slide_box_check_counts_what_it_should(boxes, found):
    assert _layout_problems(boxes, 100, 100) == found


def _layout_problems(boxes, width, height) -> list[str]:
    found = [f"off the slide {name}" for name, l, t, r, b in boxes if l < 0 or t < 0 or r > width or b > height]
    for i, (a, al, at, ar, ab) in enumerate(boxes):
        for b, bl, bt, br, bb in boxes[i + 1:]:
            if min(ar, br) > max(al, bl) and min(ab, bb) > max(at, bt):
                found.append(f"overlap {a} × {b}")
    return found


def test_no_box_runs_into_another_or_off_the_slide(deck):
    # long summaries (the other claims: six lines) ran over the source line and off the slide's foot,
    # two-line titles into the picture
    lang, presentation = deck
    found = {index: problems for index, slide in enumerate(presentation.slides, start=1)
             if (problems := _layout_problems(_boxes(slide), presentation.slide_width, presentation.slide_height))}
    assert not found, (lang, found)
    for slide in list(presentation.slides)[1:-1]:  # and the chart stays large enough to read
        (picture,) = _pictures(slide)
        assert picture.height >= presentation.slide_height // 2


def test_the_deck_and_its_runs_carry_their_language(deck):
    lang, presentation = deck
    core = presentation.core_properties
    assert core.language == {"th": "th-TH", "en": "en-US"}[lang]
    assert core.title == _texts(presentation.slides[0]).splitlines()[0]  # the title slide's title
    runs = [run for slide in presentation.slides
            for frame in [s.text_frame for s in slide.shapes if s.has_text_frame] + [slide.notes_slide.notes_text_frame]
            for p in frame.paragraphs for run in p.runs if run.text.strip()]
    thai = [run for run in runs if any("\u0e00" <= ch <= "\u0e7f" for ch in run.text)]
    assert thai and (len(thai) < len(runs)) == (lang == "en")  # the English deck quotes the Thai in its notes
    # PowerPoint proofs a run in its lang: Thai as Thai (not as English, underlined throughout), the rest in the deck's
    wrong = [(run._r.rPr.get("lang"), run.text[:30]) for run in runs
             if run._r.rPr.get("lang") != ("th-TH" if run in thai else {"th": "th-TH", "en": "en-US"}[lang])]
    assert not wrong, wrong[:5]
    if lang == "en":  # an English summary quoting «ซึ่ง» is English runs around a Thai one, not one run proofed as Thai
        import re

        mixed = [run.text[:40] for run in thai if re.search("[A-Za-z]", run.text)]
        assert not mixed, mixed[:5]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--page", "china,nowhere"], "--page takes"),
        (["--out", "deck.pdf"], "must name a .pptx"),
    ],
)
def test_bad_deck_arguments_are_one_line(tmp_path, args, message):
    argv = ["deck", "--out", str(tmp_path / "deck.pptx"), *args]
    result = subprocess.run([sys.executable, "-m", "digital_compare", *argv], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("quote, shown", [
    ("(28% ในปี 2565", "28% ในปี 2565"),  # the opening of "(28% ในปี 2565 และ 19% ในปี 2566)"
    ("19% ในปี 2566)", "19% ในปี 2566"),  # and its close
    ("18 เป้าหมายที่สำเร็จลุล่วง (29%)", "18 เป้าหมายที่สำเร็จลุล่วง (29%)"),  # balanced: as stored
    ("(2022, 2023)", "(2022, 2023)"),
    ("สร้างฐานข้อมูลที่ “ถูกต้อง เพียงพอ สะอาด และใช้งานได้จริง”", "สร้างฐานข้อมูลที่ “ถูกต้อง เพียงพอ สะอาด และใช้งานได้จริง”"),
    ("((a)", "(a)"),
])
def test_a_shown_quote_opens_no_bracket_it_does_not_close(quote, shown):
    from digital_compare.app.views import shown_quote

    assert shown_quote(quote) == shown


@pytest.mark.parametrize("lang", ["th", "en"])
def test_deck_notes_show_each_quote_whole_and_balanced_in_its_own_quote_marks(lang):
    import re

    from digital_compare.app.views import _unmatched_brackets
    from digital_compare.outputs.deck import deck_notes
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    notes = deck_notes(tables, lang, deck_chart_ids())
    quotes = {chart: re.findall(r'^• [“"](.*)[”"]$', text, flags=re.M) for chart, text in notes.items()}
    bad = {(chart, q) for chart, qs in quotes.items() for q in qs if _unmatched_brackets(q) or " | " in q}
    assert not bad, bad
    # the growth slide's two yearly quotes, each closed; the themes slide's quotes one per bullet
    assert {"28% ในปี 2565", "19% ในปี 2566"} <= set(quotes["vn_digital_economy_growth"])
    themes = tables["themes"]
    assert set(themes["quote"]) <= set(quotes["compare_themes"])  # each as the article writes it


def test_deck_notes_list_figures_in_the_articles_order_and_every_figure_slide_names_its_years():
    """Slide 9 listed 1,086 before 528 ("528 และ 1,086"); the tasks slide named no years."""
    from digital_compare.outputs.deck import deck_notes
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    notes = deck_notes(tables, "en", ("vn_red_tape_2023", "vn_tasks_2023"))
    statements = notes["vn_red_tape_2023"].split("\n\n")[1]
    assert statements.index("528 administrative") < statements.index("1,086 administrative")
    assert t("deck_notes_years", "en", years="2023") in notes["vn_tasks_2023"]


def notes_quotes(notes: str) -> list[str]:
    """The quotes a slide's notes list, in order, without their quote marks (one each side, as quoted() sets)."""
    block = next(part for part in notes.split("\n\n") if part.startswith(t("deck_notes_quotes", "en"))
                 or part.startswith(t("deck_notes_quotes", "th")))
    return [line[3:-1] for line in block.splitlines()[1:] if line.startswith("• ")]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_timeline_notes_quote_its_events_in_the_order_they_are_drawn(lang):
    """The timeline's notes quoted the 2020 figure first and the 2000 plan third (the article's order), while the
    slide draws 2000 first: a presenter reading down the notes met the events out of step with the picture."""
    from digital_compare.app.views import chart_by_id, shown_quote
    from digital_compare.outputs.deck import deck_notes
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    drawn = chart_by_id("china_timeline").data(tables, lang)
    quotes = notes_quotes(deck_notes(tables, lang, ("china_timeline",))["china_timeline"])
    assert len(drawn) > 2 and [shown_quote(q) for q in drawn["quote"]] == quotes
    # its years are the events' dates, not the years of figures
    notes = deck_notes(tables, lang, ("china_timeline",))["china_timeline"]
    assert t("deck_notes_event_years", lang, years="2000, 2018, 2020") in notes
    assert t("deck_notes_years", lang, years="").split(":")[0] not in notes


@pytest.mark.parametrize("lang, unclear", [("th", "อันดับที่ 46: ปีไม่ชัดเจน"), ("en", "rank 46: year unclear")])
def test_notes_years_line_names_a_figure_whose_year_is_unclear(lang, unclear):
    """The other-claims slide's years line read "2022–2023" as if every figure on it were of those years; the
    UPU rank's year is unclear (2023 or 2021), and the line says so."""
    from digital_compare.outputs.deck import deck_notes
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    notes = deck_notes(tables, lang, ("vn_other_claims", "vn_digital_economy_growth"))
    years_line = next(line for line in notes["vn_other_claims"].splitlines() if "2022–2023" in line and line.startswith("• ")
                      and ("ปีของตัวเลข" in line or "Years of the figures" in line))
    assert unclear in years_line
    # the quotes in the article's order: the two years' growth, then 3.5×, then "about 20 %", then 3×
    quotes = [line for line in notes["vn_digital_economy_growth"].splitlines() if line.startswith("• “")]
    positions = [quotes.index(next(q for q in quotes if word in q)) for word in ("28%", "19%", "3.5 เท่า", "20%", "3 เท่า”")]
    assert positions == sorted(positions), quotes


@pytest.mark.parametrize("chart_id, lang, says, never", [
    # the slide dates its counts "at the 2023 assessment" and "by the end of 2023": the notes keep the qualifier
    ("vn_targets_2023", "th", "ณ การประเมินปี ค.ศ. 2023", "ปีของตัวเลข (ค.ศ.): 2023"),
    ("vn_targets_2023", "en", "at the 2023 assessment", "Years of the figures: 2023"),
    ("vn_red_tape_2023", "th", "ภายในสิ้นปี ค.ศ. 2023", "ปีของตัวเลข (ค.ศ.): 2023"),
    ("vn_red_tape_2023", "en", "by the end of 2023", "Years of the figures: 2023"),
])
def test_notes_period_line_keeps_the_slides_qualified_year(chart_id, lang, says, never):
    from digital_compare.outputs.deck import deck_notes
    from digital_compare.tables.store import TABLE_NAMES, read_table

    tables = {name: read_table(name, validate=False) for name in TABLE_NAMES}
    caveats = deck_notes(tables, lang, (chart_id,))[chart_id].split("\n\n")[-1]
    assert says in caveats and never not in caveats, caveats


def test_a_deck_asked_for_past_the_limit_is_refused_at_once_not_queued(monkeypatch):
    """Every deck request waits in the thread pool that all downloads share; eight crafted ones (each a
    different order of the charts) held a visitor's CSV download for 52 s. Past three at once, a request is
    refused at once and the others are made as before."""
    import threading

    from digital_compare.app import ui, worker

    release, started = threading.Event(), threading.Semaphore(0)

    def drawing(*args, **kwargs):
        started.release()
        release.wait(30)
        return b"deck"

    monkeypatch.setattr(worker, "run_with_budget", drawing)
    results = []
    threads = [threading.Thread(target=lambda ids=ids: results.append(ui._deck_bytes("th", ids, ("v", n))))
               for n, ids in enumerate([("a", "b"), ("b", "a"), ("a",)])]
    for thread in threads:
        thread.start()
    for _ in threads:
        assert started.acquire(timeout=30)  # three drawn at once here: the worker's own slot is not in this test
    with pytest.raises(worker.BudgetExceeded) as refused:
        ui._deck_bytes("th", ("b",), ("v", 9))
    assert refused.value.kind == "busy"
    release.set()
    for thread in threads:
        thread.join(30)
    assert results == [b"deck"] * 3
    assert ui._deck_bytes("th", ("b",), ("v", 9)) == b"deck"  # the slots free again
