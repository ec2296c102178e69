"""Table-driven tests of the extractor: one Thai input, the mention it must yield."""

import pytest

from digital_compare.text.extract import extract_mentions


def only(text, kind):
    found = [m for m in extract_mentions(text) if m.kind == kind]
    assert len(found) == 1, f"expected one {kind} in «{text}», got {[(m.kind, m.surface) for m in extract_mentions(text)]}"
    return found[0]


@pytest.mark.parametrize(
    "text, kind, surface, value, unit",
    [
        # percentages
        ("เติบโต 17.6% ในปีนั้น", "percent", "17.6%", 17.6, "%"),
        ("เติบโต 12 % ต่อปี", "percent", "12 %", 12.0, "%"),
        ("คิดเป็นร้อยละ 20 ของทั้งหมด", "percent", "ร้อยละ 20", 20.0, "%"),
        ("ร้อยละ ๓๕.๕ ของครัวเรือน", "percent", "ร้อยละ ๓๕.๕", 35.5, "%"),
        ("ลดลงห้าสิบเปอร์เซ็นต์", "percent", "ห้าสิบเปอร์เซ็นต์", 50.0, "%"),
        # money with scale words, digits or Thai words
        ("มูลค่า 2 ล้านล้านหยวน", "money", "2 ล้านล้านหยวน", 2e12, "CNY"),
        ("ลงทุน 7.7 แสนล้านบาท", "money", "7.7 แสนล้านบาท", 7.7e11, "THB"),
        ("เกินสองล้านล้านหยวน", "money", "สองล้านล้านหยวน", 2e12, "CNY"),
        ("ราคา 350 ดอลลาร์สหรัฐ", "money", "350 ดอลลาร์สหรัฐ", 350.0, "USD"),
        ("งบ 1,500 ล้านดอลลาร์", "money", "1,500 ล้านดอลลาร์", 1.5e9, "USD"),
        ("ค่าธรรมเนียม 20,000 ดอง", "money", "20,000 ดอง", 20000.0, "VND"),
        # "ด่ง" is the dong too, as news from Vietnam spells it; "ด่งนาย" (a province) is no currency
        ("รายได้ 5 แสนด่งต่อเดือน", "money", "5 แสนด่ง", 5e5, "VND"),
        ("ติดอันดับ 3 ด่งนายตามมา", "rank", "อันดับ 3", 3.0, "rank"),
        # multipliers, ranks, levels
        ("สูงกว่า GDP ถึง 3.5 เท่า", "multiplier", "3.5 เท่า", 3.5, "x"),
        ("เพิ่มขึ้นสามเท่า", "multiplier", "สามเท่า", 3.0, "x"),
        ("อยู่ที่อันดับ 46 ของโลก", "rank", "อันดับ 46", 46.0, "rank"),
        ("อยู่อันดับที่ 12 ในเอเชีย", "rank", "อันดับที่ 12", 12.0, "rank"),
        ("ติดอันดับ 1 ใน 10 ประเทศ", "rank", "อันดับ 1 ใน 10", 10.0, "top"),
        ("อยู่ที่ระดับ 6/10 ในปีนี้", "level", "6/10", 6.0, "/10"),
        ("คะแนน 4/5 ดาว", "level", "4/5", 4.0, "/5"),
        # counts take the classifier after them
        ("กำหนดเป้าหมายไว้ 62 เป้าหมาย", "count", "62", 62.0, "เป้าหมาย"),
        ("ข้อบังคับเกือบ 2,500 ฉบับ", "count", "2,500", 2500.0, "ฉบับ"),
        ("ทั้งสามระดับ", "count", "สาม", 3.0, "ระดับ"),
        ("ประชากร 1.2 ล้านคน", "count", "1.2 ล้าน", 1.2e6, "คน"),
        # a number that orders is an ordinal, no count: the 3rd summit is no quantity of 3
        ("การประชุมครั้งที่ 3 ที่ฝูโจว", "ordinal", "3", 3.0, "ordinal"),
        ("ตามแผนฉบับที่ 14 ของรัฐบาล", "ordinal", "14", 14.0, "ordinal"),
        ("ผลของไตรมาสที่ 2 ดีขึ้น", "ordinal", "2", 2.0, "ordinal"),
        # "ที่" after another word is no ordinal: "stands at 900 people" counts people
        ("จำนวนผู้ใช้อยู่ที่ 900 คน", "count", "900", 900.0, "คน"),
    ],
)
def test_value_mentions(text, kind, surface, value, unit):
    mention = only(text, kind)
    assert (mention.surface, mention.value, mention.unit) == (surface, value, unit)
    assert text[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("เกิน 2 ล้านล้านหยวน", ">"),
        ("มากกว่า 45%", ">"),
        ("เกือบ 2,500 ฉบับ", "≲"),  # nearly: under, not either side
        ("ประมาณ 20% ต่อปี", "≈"),
        ("น้อยกว่า 5%", "<"),
        ("สูงถึง 17.6%", None),
    ],
)
def test_qualifiers(text, qualifier):
    (mention,) = [m for m in extract_mentions(text) if m.kind != "year"]
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(
    "text, surface, year, era",
    [
        ("เมื่อ ค.ศ.2018 มีการประชุม", "ค.ศ.2018", 2018, "ad"),
        ("ในปี พ.ศ. 2566 รัฐบาล", "พ.ศ. 2566", 2023, "be"),
        ("ในปี 2566 องค์การ", "2566", 2023, "be"),
        ("ในปี 2024 กระทรวง", "2024", 2024, "ad"),
        ("ปี ๒๕๖๗ นี้", "๒๕๖๗", 2024, "be"),
        ("ตั้งแต่ปี 2561 จนถึงปัจจุบัน", "2561", 2018, "be"),
    ],
)
def test_years(text, surface, year, era):
    mention = only(text, "year")
    assert (mention.surface, mention.year, mention.era) == (surface, year, era)


def test_year_list_in_parentheses():
    years = [m.year for m in extract_mentions("สองปีซ้อน (2022, 2023)") if m.kind == "year"]
    assert years == [2022, 2023]


@pytest.mark.parametrize("text, units", [
    # one classifier, both counts (the Vietnam article's own words)
    ("และลดความซับซ้อนของขั้นตอนการบริหารที่เกี่ยวข้องกับประชาชน 528 และ 1,086 ฉบับ", {"528": "ฉบับ", "1,086": "ฉบับ"}),
    ("ใน 3, 4 และ 5 จังหวัด", {"3": "จังหวัด", "4": "จังหวัด", "5": "จังหวัด"}),
    ("ได้ 528 คะแนน และ 1,086 ฉบับ", {"528": "คะแนน", "1,086": "ฉบับ"}),  # each its own
])
def test_a_list_of_counts_shares_the_classifier_after_it(text, units):
    counts = {m.surface: m.unit for m in extract_mentions(text, "a") if m.kind == "count"}
    assert counts == units


@pytest.mark.parametrize("text", ["ข้อบังคับ 2500 ฉบับ", "รหัส 12345 สายด่วน", "จำนวน 1086 คน"])
def test_counts_are_not_years(text):
    assert not [m for m in extract_mentions(text) if m.kind == "year"]


@pytest.mark.parametrize(
    "text, surface, year, year_end",
    [
        ("ช่วงปี 2561 – 2565 ที่ผ่านมา", "2561 – 2565", 2018, 2022),
        ("แผนปี 2012-2021 ของจีน", "2012-2021", 2012, 2021),
        ("ระหว่าง พ.ศ. 2560-2564", "พ.ศ. 2560-2564", 2017, 2021),
    ],
)
def test_year_ranges(text, surface, year, year_end):
    mention = only(text, "year_range")
    assert (mention.surface, mention.year, mention.year_end) == (surface, year, year_end)


@pytest.mark.parametrize(
    "text, surface, date, inferred",
    [
        ("เมื่อวันที่ 22 เมษายน ค.ศ.2018 การประชุม", "22 เมษายน ค.ศ.2018", "2018-04-22", False),
        ("ประกาศเมื่อ 30 พ.ย.65 ที่ผ่านมา", "30 พ.ย.65", "2022-11-30", False),
        ("ประกาศเมื่อ 1 ม.ค. 67", "1 ม.ค. 67", "2024-01-01", False),
        ("วันที่ 5 มีนาคม 2567 เวลา", "5 มีนาคม 2567", "2024-03-05", False),
        ("อัปเดต 9-2-2025 เวลา 10.00", "9-2-2025", "2025-02-09", False),
        ("รายการ (17-07-2567)", "17-07-2567", "2024-07-17", False),
        ("ลงวันที่ 3/11/2566", "3/11/2566", "2023-11-03", False),
        ("วันที่ ๑๒ ตุลาคม ค.ศ.๒๐๒๐", "๑๒ ตุลาคม ค.ศ.๒๐๒๐", "2020-10-12", False),
        # no year written: take the nearest year of the sentence, flagged inferred
        ("การประชุมปี 2566 ในช่วงบ่ายของวันที่ 28 ธันวาคม", "28 ธันวาคม", "2023-12-28", True),
        # … or of the sentence before
        ("ผลงานปี 2567\nวันที่ 15 มกราคม มีพิธี", "15 มกราคม", "2024-01-15", True),
    ],
)
def test_dates(text, surface, date, inferred):
    mention = only(text, "date")
    assert (mention.surface, mention.date, mention.inferred) == (surface, date, inferred)


@pytest.mark.parametrize("text", ["วันที่ 31 กุมภาพันธ์ 2566", "วันที่ 28 ธันวาคม"])
def test_impossible_or_unanchored_dates_get_no_iso_date(text):
    dates = [m for m in extract_mentions(text) if m.kind == "date"]
    assert all(m.date is None for m in dates)


@pytest.mark.parametrize(
    "text",
    [
        "ประชาชนสามารถจัดการ",  # "สาม" inside "สามารถ"
        "ผู้นำเสนอแนวทาง",        # "หก"? no number words at all
        "โรคโควิด-19 ระบาด",      # part of a name
        "แสนดีและพันธมิตร",        # "แสน" / "พัน" inside words
        # a classifier or noun then "หนึ่ง" is the indefinite "a, some": no quantity of 1
        "บริษัทจำนวนหนึ่งลงทุนในเวียดนาม",
        "ประชาชนกลุ่มหนึ่งเห็นด้วย",
        "ในระดับหนึ่ง",
        "ผู้ประกอบการรายหนึ่งกล่าว",
    ],
)
def test_no_false_numbers(text):
    assert [m.surface for m in extract_mentions(text) if m.kind == "count"] == []


@pytest.mark.parametrize("text, value", [
    ("ขยับขึ้นหนึ่งอันดับ", 1.0),        # the number before its classifier counts
    ("มีผู้ประกอบการจำนวนหนึ่งล้านราย", 1e6),
    ("ลงทุนจำนวนหนึ่งพันล้านบาท", 1e9),
])
def test_one_counts_where_a_classifier_or_a_scale_follows_it(text, value):
    assert [m.value for m in extract_mentions(text) if m.kind in ("count", "money")] == [value]


def test_context_year_prefers_year_right_after_figure():
    text = "(28% ในปี 2565 และ 19% ในปี 2566)"
    percents = [m for m in extract_mentions(text) if m.kind == "percent"]
    assert [(m.value, m.context_year) for m in percents] == [(28.0, 2022), (19.0, 2023)]


def test_boilerplate_lines_are_not_extracted():
    raw = "ข่าว 62 เป้าหมาย\nShare with:\nIN/LU\n  • รายการ (17-07-2567)\n"
    assert [m.surface for m in extract_mentions(raw)] == ["62"]


def test_offsets_survive_invisible_characters():
    raw = "\u202eกลับ\u200b ปี 2566\x00 มี 62 เป้าหมาย 🎉"
    mentions = extract_mentions(raw)
    assert [m.surface for m in mentions] == ["2566", "62"]
    assert all(raw[m.start : m.end] == m.surface for m in mentions)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("ก" * 2_000 + " 62 เป้าหมาย " + "ข" * 2_000, "62"),
        ("62 เป้าหมาย " + "ข" * 5_000, "62"),
        ("ก" * 5_000 + " ร้อยละ 29", "ร้อยละ 29"),
    ],
)
def test_long_sentence_is_cut_around_its_figure(text, surface):
    from digital_compare.text.extract import SENTENCE_MAX_CHARS

    (mention,) = [m for m in extract_mentions(text) if m.surface == surface]
    assert (mention.sentence_start, mention.sentence_end) == (0, len(text))  # offsets keep the whole sentence
    record = mention.as_record()
    assert surface in record["sentence"] and len(record["sentence"]) <= SENTENCE_MAX_CHARS + 2
    assert record["sentence"].strip("…") in text


@pytest.mark.parametrize(
    "text, counted",
    [
        ("ผลักดันการสร้างสรรค์ “จีนดิจิทัล” -- เส้นทางสี จิ้นผิง (97)\nเนื้อหา", []),  # an episode in a title
        ("แพลตฟอร์มบริการสาธารณะแบบครบวงจร “12345” ในทั้งมณฑล", []),  # a hotline's name
        ("และดำเนินโครงการ 06 เสริมสร้างความร่วมมือ", []),  # a project's number
        ("โทรสายด่วน 1669 ได้ตลอด 24 ชั่วโมง", ["24"]),
        ("มี 62 เป้าหมาย (รวม 18 เป้าหมายที่สำเร็จ)", ["62", "18"]),  # a count in brackets mid-line counts
        ("ผลสำรวจ 5 ข้อ (97) และอื่น ๆ", ["5", "97"]),  # brackets that do not end the line
    ],
)
def test_identifiers_are_not_counted_as_figures(text, counted):
    assert [m.surface for m in extract_mentions(text) if m.kind == "count"] == counted


@pytest.mark.parametrize(
    "text, kind, date",
    [
        ("เผยแพร่ 2024-03-12 เวลา 10:00", "date", "2024-03-12"),  # a dateline, not a year and two counts
        ("วันที่ 2567-02-14", "date", "2024-02-14"),  # Buddhist era, ISO order
        ("ระหว่าง 2012-2021", "year_range", None),  # four digits after the dash: a range, not a month
    ],
)
def test_iso_dates(text, kind, date):
    (mention,) = [m for m in extract_mentions(text) if m.kind in ("date", "year_range")]
    assert (mention.kind, mention.date) == (kind, date)


@pytest.mark.parametrize(
    "text, figures",
    [
        ("เผยแพร่ 2024-03-12 เวลา 10:00", [("date", "2024-03-12")]),
        ("เวลา 10.30 น. มีผู้เข้าร่วม 1,200 คน", [("count", "1,200")]),  # a time of day is no figure
        ("อัตรา 17.6% และ 3.5 เท่า", [("percent", "17.6%"), ("multiplier", "3.5 เท่า")]),  # decimals still are
    ],
)
def test_times_of_day_are_not_figures(text, figures):
    assert [(m.kind, m.surface) for m in extract_mentions(text)] == figures


@pytest.mark.parametrize(
    "text, expected",
    [
        # the low end of a range shares the high end's unit and scale
        ("ลงทุน 800-1,000 ล้านบาท", [("money", 800e6, "THB"), ("money", 1000e6, "THB")]),
        ("เติบโต 6-7%", [("percent", 6.0, "%"), ("percent", 7.0, "%")]),
        # ร้อยละ before the low end opens the range: the high end is a per cent too
        ("จะโตร้อยละ 4.5 -5 ในปีนี้", [("percent", 4.5, "%"), ("percent", 5.0, "%")]),
        ("ราวร้อยละ 6–8", [("percent", 6.0, "%"), ("percent", 8.0, "%")]),
        # a scale word through the decimal digits: no float residue
        ("มูลค่า 5.4 แสนล้านบาท", [("money", 540_000_000_000.0, "THB")]),
        # two-digit Buddhist years after ปี, alone or as a range
        ("ปี 68-69 โต", [("year_range", 2025.0, "year")]),
        ("ปี’64", [("year", 2021.0, "year")]),
        # the next year of a list of years is a year, not a count
        ("ในปี 2019 และ 2021 ที่", [("year", 2019.0, "year"), ("year", 2021.0, "year")]),
        # English dates and day ranges are dates; digits in an address are nothing
        ("on 30 July 2022 and 8 August", [("date", None, None), ("date", None, None)]),
        ("วันที่ 25-26 เมษายน 2564", [("date", None, None)]),
        ("ที่ https://example.com/news/2566/12345 และ www.example.go.th/a?id=77", []),
        # a file name or a code the page kept, and a chain of numbers joined by hyphens, are names
        ("ภาพ Photo_2023-05-01-10-22-31 ประกอบข่าว", []),
        ("เอกสาร รายงานCPI_Q2.67 (ร่าง)", []),
        ("รหัส 2566-08-14-09-55 ในระบบ", []),
        # … while a date and a range of two stay what they are
        ("วันที่ 2024-06-11 ยอดขายโต 5-7%", [("date", None, None), ("percent", 5.0, "%"), ("percent", 7.0, "%")]),
        # a number alone on its line is a page number or a counter; one in a sentence is counted
        ("รายงานเศรษฐกิจ\n\n12\n\nยอดขาย 12 ล้านบาท", [("money", 12e6, "THB")]),
        ("แชร์\n  407  \nความคิดเห็น", []),
        # numbers in words
        ("ถึงสองเท่า และเพิ่มขึ้นเท่าตัว", [("multiplier", 2.0, "x"), ("multiplier", 2.0, "x")]),
        ("มูลค่า 400 พันล้านเหรียญสหรัฐ", [("money", 400e9, "USD")]),
        # "ลบ." abbreviates ล้านบาท in business news, alone, after a scale word and at a range's high end
        ("ยอดขาย 12,500 ลบ. เพิ่มขึ้น", [("money", 12_500e6, "THB")]),
        ("คำขอลงทุน 4.2 แสนลบ. ในปีนี้", [("money", 4.2e11, "THB")]),
        ("งบ 300-450 ลบ.", [("money", 300e6, "THB"), ("money", 450e6, "THB")]),
        # the first of a pair shares the scale (and currency) written once after the second
        ("มี 139 และ 167 ล้านคน", [("count", 139e6, "คน"), ("count", 167e6, "คน")]),
        ("มูลค่า 31 และ 36 พันล้านดอลลาร์", [("money", 31e9, "USD"), ("money", 36e9, "USD")]),
        # "เท่ากับ" is "equals", no multiple; a month's two-digit year is no count
        ("ในปี 2566 เท่ากับร้อยละ 5", [("year", 2023.0, "year"), ("percent", 5.0, "%")]),
        ("ณ (ธ.ค. 64) มีผู้ใช้ 68.1 ล้านคน", [("count", 68.1e6, "คน")]),
        # one of the top N with no อันดับ written is a place in a top group, not a count of N countries
        ("ญี่ปุ่นติด 1 ใน 3 ประเทศที่ยื่นจดสิทธิบัตรมากที่สุด", [("rank", 3.0, "top")]),
        ("ติดอันดับ 1 ใน 10 ประเทศ", [("rank", 10.0, "top")]),
        ("คิดเป็น 1 ใน 3 ของ GDP", [("count", 1.0, None), ("count", 3.0, None)]),
        # … but ลบ meaning minus is no currency
        ("ดัชนีติดลบ 3.5 จุด", [("count", 3.5, "จุด")]),
        # one amount in two parts: "3 แสน 4 หมื่นล้าน" is 340,000 million, not two figures
        ("กว่า 2 แสน 7 หมื่นล้านดอลลาร์สหรัฐ", [("money", 270e9, "USD")]),
        # names, not quantities
        ("เครือข่าย 5G ของกลุ่ม G20", []),
        ("ประกอบด้วย (1) มูลค่าเพิ่ม", []),
        # list markers closed by a bracket alone, the first after ได้แก่ and the next after a figure
        ("สาขาที่โตดี ได้แก่ 1) ประมง ขยายตัว 4% 2) ก่อสร้าง", [("percent", 4.0, "%")]),
        ("ผลการดำเนินงาน\n3) ด้านบริการ", []),
        # a footnote's mark in square brackets
        ("ภาคบริการ [2] มีมูลค่า 9,000 ล้านหยวน", [("money", 9e9, "CNY")]),
        # a bracket still open on the line: the number is counted
        ("(รวม 12) ราย", [("count", 12.0, None)]),
        # a disease's name written with a space before its hyphen
        ("การระบาดของโควิด -19 รอบใหม่", []),
        # a minus sign after a space, glued to its per cent, is the figure's sign (no hyphen of a name)
        ("ดุลการค้า -19%", [("percent", -19.0, "%")]),
        ("อัตราการขยายตัวเศรษฐกิจ -3.6% ในปี 2020", [("percent", -3.6, "%"), ("year", 2020.0, "year")]),
        ("(−6.1%)", [("percent", -6.1, "%")]),
        # a dash after a figure joins a range: both ends keep their own value
        ("ขยายตัว 12.66% -16.5%", [("percent", 12.66, "%"), ("percent", 16.5, "%")]),
        ("ขยายตัว 3-4%", [("percent", 3.0, "%"), ("percent", 4.0, "%")]),
        # a two-digit Buddhist year glued between a headline's words, a growth verb right after it
        ("ส่งออกลุ้น68โต3%", [("year", 2025.0, "year"), ("percent", 3.0, "%")]),
        # a glued count followed by a classifier is still a count
        ("มีผู้ใช้งาน67คน", [("count", 67.0, "คน")]),
    ],
)
def test_real_news_shapes(text, expected):
    assert [(m.kind, m.value, m.unit) for m in extract_mentions(text)] == expected



def test_the_summits_number_is_an_ordinal_named_in_both_languages_with_its_own_highlight():
    """/sources and /data typed «ครั้งที่ 3» ประเภท จำนวน (count), หน่วย ลำดับที่: an ordinal is no count."""
    from digital_compare.app.i18n import label
    from digital_compare.app.ui import KIND_COLORS
    from digital_compare.paths import ARTICLES_DIR
    from digital_compare.tables.store import read_table
    from digital_compare.text.kinds import KINDS

    mentions = read_table("mentions")
    text = (ARTICLES_DIR / "000_7c53af49cd1ab984.txt").read_text(encoding="utf-8")
    third = mentions[(mentions["article"] == "000_7c53af49cd1ab984") & (mentions["kind"] == "ordinal")]
    assert [text[start - len("ครั้งที่ "):end] for start, end in zip(third["start"], third["end"])] == ["ครั้งที่ 3"]
    assert not ((mentions["kind"] == "count") & (mentions["unit"] == "ordinal")).any()
    assert "ordinal" in KINDS and (label("kind", "ordinal", "th"), label("kind", "ordinal", "en")) == ("ลำดับที่", "ordinal")
    assert set(KINDS) <= set(KIND_COLORS)


def test_a_long_sentences_excerpt_is_cut_between_words():
    # written for this test: a sentence longer than a record carries whole
    from digital_compare.text.extract import SENTENCE_MAX_CHARS, sentence_excerpt
    from digital_compare.text.thai_text import word_tokenize_fast

    raw = "ภาคบริการดิจิทัลมีบทบาทสำคัญต่อการจ้างงานในเมืองใหญ่ " * 6 + "การค้าออนไลน์ขยายตัว 5.05% " + "ผู้ประกอบการรายย่อยเริ่มใช้ระบบชำระเงินอิเล็กทรอนิกส์ " * 6
    assert len(raw) > SENTENCE_MAX_CHARS
    start = raw.index("5.05%")
    excerpt = sentence_excerpt(raw, 0, len(raw), start, start + 5)
    assert excerpt.startswith("…") and excerpt.endswith("…") and "5.05%" in excerpt
    inner = excerpt.strip("…")
    left = raw.index(inner)
    bounds, at = {0}, 0
    for token in word_tokenize_fast(raw):
        at += len(token)
        bounds.add(at)
    assert left in bounds and left + len(inner) in bounds  # no word of the sentence cut in two
