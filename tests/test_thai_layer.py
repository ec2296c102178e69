"""Table-driven tests of the Thai helpers: digits, numbers, scale words, eras, months, sentences."""

import pytest

from digital_compare.text.thai_dates import bare_year_era, thai_month_to_number, two_digit_be_year_to_ad, year_to_ad
from digital_compare.text.thai_numbers import (
    arabic_number_to_float,
    is_thai_number_word_shape,
    scale_word_to_multiplier,
    thai_digits_to_arabic_same_length,
    thai_number_word_to_float,
)
from digital_compare.text.thai_text import excerpt_at_words, keyword_counts, segment_sentences, word_tokenize_fast


@pytest.mark.parametrize(
    "text, expected",
    [
        ("๒๕๖๖", "2566"),
        ("ปี ๒๐๒๔ มี ๙ ภารกิจ", "ปี 2024 มี 9 ภารกิจ"),
        ("no thai digits 42", "no thai digits 42"),
        ("", ""),
    ],
)
def test_thai_digits_keep_length(text, expected):
    assert thai_digits_to_arabic_same_length(text) == expected
    assert len(thai_digits_to_arabic_same_length(text)) == len(text)


@pytest.mark.parametrize(
    "surface, expected",
    [("2,500", 2500.0), ("17.6", 17.6), ("๑,๐๘๖", 1086.0), ("1,234,567.5", 1234567.5), ("06", 6.0)],
)
def test_arabic_number_to_float(surface, expected):
    assert arabic_number_to_float(surface) == expected


@pytest.mark.parametrize(
    "scale, multiplier",
    [("พัน", 10**3), ("หมื่น", 10**4), ("แสน", 10**5), ("ล้าน", 10**6), ("พันล้าน", 10**9),
     ("หมื่นล้าน", 10**10), ("แสนล้าน", 10**11), ("ล้านล้าน", 10**12)],
)
def test_scale_words(scale, multiplier):
    assert scale_word_to_multiplier(scale) == multiplier


@pytest.mark.parametrize(
    "words, value",
    [("สองล้านล้าน", 2e12), ("เจ็ดแสนล้าน", 7e11), ("ยี่สิบเอ็ด", 21.0), ("สามร้อยห้าสิบ", 350.0), ("หนึ่งพัน", 1000.0)],
)
def test_thai_number_words(words, value):
    assert thai_number_word_to_float(words) == value


@pytest.mark.parametrize(
    "words, well_formed",
    [
        ("สองล้านห้าแสน", True),
        ("หนึ่งร้อยยี่สิบสาม", True),
        ("ล้านล้าน", True),
        ("หนึ่งหนึ่ง", False),  # two digits in a row
        ("ร้อยพัน", False),  # powers must fall
        ("ล้าน" * 23 + "หนึ่งหนึ่ง", False),  # exponential in PyThaiNLP's own check
        ("หนึ่ง" + "ล้าน" * 52, False),  # OverflowError in PyThaiNLP
        ("สอง" + "ล้าน" * 40_000, False),
        ("หนึ่งx", False),
    ],
)
def test_number_word_shape_is_checked_before_conversion(words, well_formed):
    assert is_thai_number_word_shape(words) is well_formed
    if not well_formed:
        with pytest.raises(ValueError):
            thai_number_word_to_float(words)


@pytest.mark.parametrize(
    "year, era, expected",
    [
        (2566, "be", 2023),  # พ.ศ.
        (2018, "ad", 2018),  # ค.ศ.
        (2566, None, 2023),  # bare, Buddhist range
        (2561, None, 2018),
        (2022, None, 2022),  # bare, Christian range
        (2400, None, 1857),  # lowest bare Buddhist year
        (2299, None, 2299),  # highest bare Christian year
        (1999, None, 1999),
        (97, None, None),    # not a year
        (2350, None, None),  # between the two windows: refuse to guess
    ],
)
def test_year_to_ad(year, era, expected):
    assert year_to_ad(year, era) == expected


@pytest.mark.parametrize("year, era", [(2566, "be"), (2024, "ad"), (1475, None), (3000, None)])
def test_bare_year_era(year, era):
    assert bare_year_era(year) == era


@pytest.mark.parametrize("yy, expected", [(65, 2022), (66, 2023), (40, 1997)])
def test_two_digit_buddhist_year(yy, expected):
    assert two_digit_be_year_to_ad(yy) == expected


@pytest.mark.parametrize(
    "name, number",
    [("มกราคม", 1), ("เมษายน", 4), ("ธันวาคม", 12), ("พ.ย.", 11), ("ม.ค.", 1), ("ต.ค", 10)],
)
def test_thai_month_to_number(name, number):
    assert thai_month_to_number(name) == number


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("ก ข  ค ง", ["ก ข", "ค ง"]),
        ("บรรทัดหนึ่ง\nบรรทัดสอง", ["บรรทัดหนึ่ง", "บรรทัดสอง"]),
        ("ในปี พ.ศ. 2566 มี 62 เป้าหมาย", ["ในปี พ.ศ. 2566 มี 62 เป้าหมาย"]),  # abbreviation dots stay
        ("Done. Next one? Really!\nok", ["Done.", "Next one?", "Really!", "ok"]),
        # a headline's exclamation goes on into the sentence that says its figures: their topic is the headline's
        ("ส่งออกไทยยังแกร่ง! กระทรวงเผย ปีนี้โต 4%", ["ส่งออกไทยยังแกร่ง! กระทรวงเผย ปีนี้โต 4%"]),
        ("ข้อความ------\n\nต่อ", ["ข้อความ", "ต่อ"]),
        ("   ", []),
        # spaces typed twice inside a sentence: after a comma, between a count and its unit
        ("ตลาดทั้ง 4  เมืองมีมูลค่า 9 ล้าน,  ค้าปลีก 3 ล้าน", ["ตลาดทั้ง 4  เมืองมีมูลค่า 9 ล้าน,  ค้าปลีก 3 ล้าน"]),
        ("มี 15  เป้าหมาย", ["มี 15  เป้าหมาย"]),
        # and before a clause that goes on (และ, หรือ, ซึ่ง, ด้วย)
        ("มีผู้ใช้ 9 ล้านคน  ซึ่งเพิ่มขึ้นจากปีก่อน  และยังโตต่อ", ["มีผู้ใช้ 9 ล้านคน  ซึ่งเพิ่มขึ้นจากปีก่อน  และยังโตต่อ"]),
        # but a year, or a number before a word it does not count, may end one
        ("ภายในปี 2570  ประเทศลาวตั้งเป้า", ["ภายในปี 2570", "ประเทศลาวตั้งเป้า"]),
        ("ขยายตัว 4  ปีนี้คาดว่า", ["ขยายตัว 4", "ปีนี้คาดว่า"]),
        # a line wrapped inside its sentence: the next line opens on the value the measure stands at
        ("ยอดส่งออกต่ำสุดนับแต่ไตรมาสแรกของปี 2564\nที่ร้อยละ 2.9 และต่ำกว่าเป้า",
         ["ยอดส่งออกต่ำสุดนับแต่ไตรมาสแรกของปี 2564\nที่ร้อยละ 2.9 และต่ำกว่าเป้า"]),
        ("ยอดขายโตต่อเนื่อง\n\n ที่ 12 ล้านชิ้น", ["ยอดขายโตต่อเนื่อง\n\n ที่ 12 ล้านชิ้น"]),
        # a line opening on any other word, "ที่" included, opens a sentence
        ("ยอดขายโตต่อเนื่อง\nที่ประชุมรับทราบ", ["ยอดขายโตต่อเนื่อง", "ที่ประชุมรับทราบ"]),
    ],
)
def test_segment_sentences(text, sentences):
    assert [text[s:e] for s, e in segment_sentences(text)] == sentences


@pytest.mark.parametrize(
    "text", ["เกินสองล้านล้านหยวนในปี 2020", "ประชาชนสามารถจัดการบริการ", "mixed ภาษา text 123"]
)
def test_tokens_join_back_to_text(text):
    assert "".join(word_tokenize_fast(text)) == text


def test_keywords_drop_stopwords_and_numbers():
    counts = dict(keyword_counts("เศรษฐกิจดิจิทัลของเวียดนามและเศรษฐกิจดิจิทัลของจีน 2023 ในปี"))
    assert counts["เศรษฐกิจ"] == 2 and counts["ดิจิทัล"] == 2
    assert "ของ" not in counts and "และ" not in counts and "2023" not in counts


@pytest.mark.parametrize("text, kept, dropped", [
    # a month: no keyword, and no fragment of it («.ค.» was the tail of «มี.ค.» cut by the tokenizer)
    ("เมื่อวันที่ 15 มี.ค. 2567 กระทรวงดิจิทัลรายงาน", {"กระทรวง", "ดิจิทัล"}, {"มี.ค.", ".ค.", "มี"}),
    ("ตั้งแต่มี.ค. 2567 และเดือนเม.ย. 2567 ถึง ต.ค. 2567", {"เดือน"}, {"มี.ค.", ".ค.", "เม.ย.", "ต.ค."}),
    # eras say which calendar; a time's «น.» is no word
    ("ปี ค.ศ. 2024 หรือ พ.ศ. 2567 เวลา 10.30 น. ดิจิทัล", {"ดิจิทัล"}, {"ค.ศ.", "พ.ศ.", ".ศ.", "น."}),
    # other abbreviations are words, counted whole, spaced or not
    ("ร่าง พ.ร.บ. ดิจิทัล และตามพ.ร.บ.ไซเบอร์ ของ ก.ล.ต.", {"พ.ร.บ.", "ก.ล.ต.", "ไซเบอร์"}, {"ร.บ.", ".บ.", "ตามพ"}),
])
def test_keywords_keep_abbreviations_whole_and_drop_dates_and_fragments(text, kept, dropped):
    counts = dict(keyword_counts(text))
    assert kept <= set(counts) and not dropped & set(counts), counts
    assert not [term for term in counts if term.startswith(".")]


@pytest.mark.parametrize("text, kept, dropped", [
    # a figure's scale words are part of its number, spaced or not: /analyze counted «ล้าน» of «4 ล้านล้านบาท»
    ("เศรษฐกิจดิจิทัลมีมูลค่าเกือบ 4 ล้านล้านบาท", {"เศรษฐกิจ", "มูลค่า"}, {"ล้าน", "ล้านล้าน"}),
    ("ลงทุน 4.5 แสนล้านบาท และ 30 พันล้านดอลลาร์", {"ลงทุน"}, {"แสน", "แสนล้าน", "พัน", "พันล้าน", "ล้าน"}),
    ("มูลค่า 2 ล้านล้านหยวน", {"มูลค่า"}, {"ล้าน"}),
    # not after digits a word stays a word, and «ร้อยละ» is not cut to «ละ»
    ("ผู้ใช้หลายล้านคนเติบโต 12 ร้อยละ", {"ผู้ใช้"}, {"ละ"}),
])
def test_keywords_drop_the_scale_words_of_a_written_figure(text, kept, dropped):
    counts = dict(keyword_counts(text))
    assert kept <= set(counts) and not dropped & set(counts), counts


@pytest.mark.parametrize("text, term", [
    # the Fujian article's term, counted whole with the project's names: the word list cut it to «ระบบข้อมูล»
    ("ขับเคลื่อนความทันสมัยด้วยระบบข้อมูลสารสนเทศ การพัฒนาระบบข้อมูลสารสนเทศ", "ระบบข้อมูลสารสนเทศ"),
    # Vietnam's term: cut, «การเปลี่ยนแปลง» (change) headed its keywords
    ("คณะกรรมการว่าด้วยการเปลี่ยนแปลงทางดิจิทัล ระบุการเปลี่ยนแปลงทางดิจิทัลเป็นแนวโน้ม", "การเปลี่ยนแปลงทางดิจิทัล"),
])
def test_the_projects_names_keep_a_term_whole(text, term):
    from digital_compare.paths import ANNOTATIONS_DIR
    from digital_compare.tables.steps.keywords import proper_names

    counts = dict(keyword_counts(text, names=proper_names(ANNOTATIONS_DIR)))
    # no fragment of the term counted apart from it
    assert counts.get(term) == 2 and [w for w in counts if w != term and w in term and len(w) > 4] == [], counts


def test_the_seed_keywords_name_the_term_the_article_writes_with_its_gloss():
    """/compare showed «ระบบข้อมูล» glossed "info system"; the article writes ระบบข้อมูลสารสนเทศ, five times."""
    from digital_compare.app.views import keyword_glosses
    from digital_compare.paths import ARTICLES_DIR
    from digital_compare.tables.store import read_table

    keywords = read_table("keywords")
    fujian = keywords[keywords["article_id"] == "000_7c53af49cd1ab984"].set_index("term")
    text = (ARTICLES_DIR / "000_7c53af49cd1ab984.txt").read_text(encoding="utf-8")
    assert fujian.loc["ระบบข้อมูลสารสนเทศ", "count"] == text.count("ระบบข้อมูลสารสนเทศ") == 5
    assert "ระบบข้อมูล" not in fujian.index and "ล้าน" not in fujian.index
    assert keyword_glosses()["ระบบข้อมูลสารสนเทศ"] == "informatization" and "ระบบข้อมูล" not in keyword_glosses()


UPU_SENTENCE = ("สหภาพไปรษณีย์สากลจัดอันดับดัชนีไปรษณีย์ของเวียดนามในปี 2566 อยู่ที่ระดับ 6/10 เพิ่มขึ้น 1 ระดับ"
                "เมื่อเทียบกับการประเมินครั้งก่อนในปี 2564 ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้ใน 50 ประเทศแรก")


@pytest.mark.parametrize("text, figure, max_chars, expected", [
    ("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", "ซึ่ง", 24, "ซึ่งอยู่อันดับที่ 46 และ…"),  # never "…46 แล"
    ("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", "ซึ่ง", 22, "ซึ่งอยู่อันดับที่ 46…"),
    ("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", "ไว้", 12, "…ตำแหน่งไว้"),
    ("ซึ่งอยู่อันดับที่ 46 และรักษาตำแหน่งไว้", "ไว้", 15, "…รักษาตำแหน่งไว้"),
    ("สั้น 46", "46", 160, "สั้น 46"),  # short enough: whole, no ellipsis
    ("เวียดนามยังติดอันดับ 1 ใน 10 ประเทศ", "เวียดนามยังติดอันดับ", 3, "เวียดนามยังติดอันดับ…"),  # the figure kept whole
])
def test_an_excerpt_is_cut_between_words_with_an_ellipsis(text, figure, max_chars, expected):
    start = text.index(figure)
    assert excerpt_at_words(text, start, start + len(figure), max_chars) == expected


@pytest.mark.parametrize("max_chars", [20, 40, 80, 160])
@pytest.mark.parametrize("figure", ["2566", "6/10", "2564", "46", "50"])
def test_every_excerpt_of_a_sentence_holds_its_figure_in_whole_words(figure, max_chars):
    start = UPU_SENTENCE.index(figure)
    excerpt = excerpt_at_words(UPU_SENTENCE, start, start + len(figure), max_chars)
    inner = excerpt.strip("…")
    assert figure in inner and len(inner) <= max(max_chars, len(figure))
    at = UPU_SENTENCE.index(inner)
    bounds = {0}
    for token in word_tokenize_fast(UPU_SENTENCE):
        bounds.add(max(bounds) + len(token))
    # both ends sit between the tokenizer's words (spaces at a cut trimmed)
    assert at in bounds or UPU_SENTENCE[at - 1].isspace()
    assert at + len(inner) in bounds or UPU_SENTENCE[at + len(inner)].isspace()
    assert excerpt.startswith("…") == (at > 0) and excerpt.endswith("…") == (at + len(inner) < len(UPU_SENTENCE))


def test_no_seed_keyword_is_only_ever_a_piece_of_a_longer_name():
    """«การเปลี่ยนแปลง» (all 7 uses inside «การเปลี่ยนแปลงทางดิจิทัล») headed Vietnam's keywords, and «ดิจิทัล» China's
    (inside «จีนดิจิทัล», «ฝูเจี้ยนดิจิทัล»): a term every use of which sits inside a name counted whole is a fragment."""
    import re

    from digital_compare.paths import ANNOTATIONS_DIR, ARTICLES_DIR
    from digital_compare.tables.steps.keywords import proper_names
    from digital_compare.tables.store import read_table

    names = proper_names(ANNOTATIONS_DIR)
    keywords = read_table("keywords", validate=False)
    fragments = []
    for article_id, terms in keywords.groupby("article_id")["term"]:
        raw = (ARTICLES_DIR / f"{article_id}.txt").read_text(encoding="utf-8")
        for term in terms:
            uses = [m.start() for m in re.finditer(re.escape(term), raw)]
            inside = [at for at in uses if any(
                name != term and term in name and any(s <= at and at + len(term) <= s + len(name)
                                                      for s in (m.start() for m in re.finditer(re.escape(name), raw)))
                for name in names)]
            if uses and len(inside) == len(uses):
                fragments.append((article_id, term))
    assert fragments == []


@pytest.mark.parametrize("text", [
    "1 " * 40,
    "ราคา 1,234.5 ล้านบาท  (ประมาณ 12%)\tและ\u00a0ทั้งหมด\n\nปี 2566 a b c-d e.f 3 4 ( 5 )",
    "สินค้าต่าง ๆ ได้ 5 ชนิด และ GDP 8% ใน Q2 ๆ 1 ๆ",
    "ผลการประเมิน 62 เป้าหมาย\n- 18 เป้าหมาย บรรลุแล้ว\n- 27 เป้าหมาย มีแนวโน้มบรรลุ",
])
def test_a_boundary_found_without_the_tokenizer_is_one_it_gives(text):
    """Beside an ASCII space the cut is taken as it stands (a paste of 50,000 figures cut twice each spent
    2 CPU-s tokenizing windows); every such place is a boundary between the tokenizer's own words."""
    from digital_compare.text.thai_text import _plainly_between_words, word_boundary_near

    bounds, position = {0}, 0
    for token in word_tokenize_fast(text):
        position += len(token)
        bounds.add(position)
    plain = [at for at in range(1, len(text)) if _plainly_between_words(text[at - 1], text[at])]
    assert plain
    assert [at for at in plain if at not in bounds] == []
    assert all(word_boundary_near(text, at, 0, len(text), forward) == at for at in plain for forward in (True, False))
