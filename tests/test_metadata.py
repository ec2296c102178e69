"""The publication date /analyze and ``add`` prefill: only a dateline gives it, never a date the story tells."""

from __future__ import annotations

from pathlib import Path

import pytest

from digital_compare.text.metadata import detect_metadata

SEEDS = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.mark.parametrize("text, published", [
    # a date line of its own, with a time and the outlet
    ("ผลักดันจีนดิจิทัล\n\n2024-06-11 13:03:48 | CMG\nเนื้อหา", "2024-06-11"),
    ("เวียดนามเร่งเศรษฐกิจดิจิทัล\n\n11 มิ.ย. 2567\nเวียดนามตั้งเป้า 20% ภายในปี 2025", "2024-06-11"),
    ("หัวข่าว\nเผยแพร่: 15 มี.ค. 2567 10:30 น.\nเนื้อหา", "2024-03-15"),
    ("หัวข่าว\nวันพุธที่ 15 มีนาคม 2567 เวลา 10.30 น.\nเนื้อหา", "2024-03-15"),
    ("หัวข่าว\n15 มี.ค. 2567 | สำนักข่าวทดสอบ\nเนื้อหา", "2024-03-15"),
    ("Headline\nPublished on 15 March 2024\nเนื้อหา", "2024-03-15"),
    # a place, then the date, opening the lead: the wire's dateline
    ("หัวข่าว\nกรุงเทพฯ 15 มี.ค. 2567 – กระทรวงดิจิทัลฯ รายงานว่าเศรษฐกิจดิจิทัลโต 12%", "2024-03-15"),
    # the date of an event told in a sentence, not of the article
    ("เมื่อวันที่ 15 มี.ค. 2567 หน่วยงานด้านดิจิทัลของรัฐไทยเผยผลสำรวจว่าเศรษฐกิจดิจิทัลไทยมีมูลค่าประมาณ "
     "4.5 แสนล้านบาท\nเติบโตร้อยละ 12 คิดเป็นสัดส่วนเกือบ 18% ของ GDP ในปี 2566", None),
    ("หัวข่าว\nเมื่อวันที่ 15 มี.ค. 2567 กระทรวงดิจิทัลฯ รายงานผล", None),
    ("หัวข่าว\nวันที่ 15 มี.ค. 2567 หน่วยงานด้านดิจิทัลของรัฐเผยว่ายอดขายออนไลน์โต 12%", None),
    ("หัวข่าว\nระบบเปิดใช้ตั้งแต่ 2024-01-05 และมีผู้ใช้ 2 ล้านคน", None),
    ("หัวข่าว\nเมื่อวันที่ 15 มี.ค. 2567 กระทรวงฯ รายงาน\n16 มี.ค. 2567\nเนื้อหา", "2024-03-16"),
    # a day and month without a year is no publication date
    ("หัวข่าว\n15 มี.ค.\nเนื้อหา ปี 2566", None),
])
def test_only_a_dateline_gives_the_publication_date(text, published):
    assert detect_metadata(text, ("published",)) == {"published": published}


@pytest.mark.parametrize("seed, published", [
    ("000_7c53af49cd1ab984.txt", "2024-06-11"),  # "2024-06-11 13:03:48 | CMG"
    # the Vietnam article gives no publication date; its first line tells of a meeting "ช่วงบ่ายของวันที่ 28 ธันวาคม"
    ("004_448656d886171038.txt", None),
])
def test_the_seed_articles_publication_dates(seed, published):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert detect_metadata(text, ("published",)) == {"published": published}


#: a lead written for these tests whose first line runs straight on into the next, as a pasted paragraph does
LEAD = ("กระทรวงสารสนเทศและการสื่อสารของเวียดนามรายงานว่า ในปี 2566 เศรษฐกิจดิจิทัลของเวียดนามมีมูลค่า 30 พันล้านดอลลาร์สหรัฐ\n"
        "และเติบโตร้อยละ 20 เมื่อเทียบกับปีก่อน")


@pytest.mark.parametrize("text, title", [
    # a headline stands apart: a blank line, or the dateline, after it
    ("เวียดนามเร่งเศรษฐกิจดิจิทัล\n\n11 มิ.ย. 2567\nเวียดนามตั้งเป้า 20% ภายในปี 2025", "เวียดนามเร่งเศรษฐกิจดิจิทัล"),
    ("ไทยตั้งเป้าเศรษฐกิจดิจิทัล\n16 มี.ค. 2567 | สำนักข่าวทดสอบ\nเนื้อหา", "ไทยตั้งเป้าเศรษฐกิจดิจิทัล"),
    ("  \nหัวข่าวสั้น ๆ\n\nเนื้อข่าว", "หัวข่าวสั้น ๆ"),
    # a lead's first line is no title, though it is short and ends with no full stop
    (LEAD, None),
    ("เมื่อวันที่ 15 มี.ค. 2567 กระทรวงดิจิทัลฯ รายงานว่าเศรษฐกิจดิจิทัลโต 12%\nคิดเป็นเกือบ 18% ของ GDP", None),
    # a byline, a source address, a comment line; a text of one line; a sentence ending in a full stop
    ("โดยฝ่ายข่าวต่างประเทศของสำนักข่าวทดสอบ\n\nเนื้อข่าว", None),
    ("https://example.org/news/1\n\nเนื้อข่าว", None),
    ("# source: https://example.org/news/1\n\nเนื้อข่าว", None),
    ("หัวข่าวบรรทัดเดียว", None),
    ("Digital economy grew.\n\nเนื้อข่าว", None),
])
def test_the_title_is_prefilled_only_from_a_headline(text, title):
    assert detect_metadata(text, ("title",)) == {"title": title}


@pytest.mark.parametrize("seed, title", [
    ("000_7c53af49cd1ab984.txt", "ผลักดันการสร้างสรรค์ “จีนดิจิทัล” -- เส้นทางสี จิ้นผิง (97)"),
    ("004_448656d886171038.txt", None),  # the Vietnam article has no title
])
def test_the_seed_articles_titles(seed, title):
    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert detect_metadata(text, ("title",)) == {"title": title}
