"""Thai and English UI strings. Thai quotes from the articles are never translated here;
their English glosses live in the annotations."""

from __future__ import annotations

__all__ = ["LANGS", "label", "t"]

LANGS = ("th", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app_title": ("เปรียบเทียบดิจิทัล: จีน–เวียดนาม", "Digital Compare: China vs Vietnam"),
    "app_tagline": (
        "การเปลี่ยนผ่านสู่ดิจิทัลของจีน (ฝูเจี้ยน) และเวียดนาม ตามที่ข่าวภาษาไทยรายงาน — ทุกตัวเลขสืบกลับถึงข้อความต้นฉบับ",
        "China's (Fujian) and Vietnam's digital transformation as Thai-language news reports it — every figure traced to its source text",
    ),
    "nav_overview": ("ภาพรวม", "Overview"),
    "nav_china": ("จีน", "China"),
    "nav_vietnam": ("เวียดนาม", "Vietnam"),
    "nav_compare": ("เปรียบเทียบ", "Compare"),
    "nav_sources": ("แหล่งข้อมูล", "Sources"),
    "nav_data": ("ข้อมูล", "Data"),
    "nav_analyze": ("วิเคราะห์บทความ", "Analyze an article"),
    "language": ("ภาษา", "Language"),
    "present_mode": ("โหมดนำเสนอ", "Presentation mode"),
    "present_help": ("ซ่อนแถบด้านข้างและขยายกราฟเป็น 16:9", "Hide the sidebar and size charts 16:9"),
    # chart block
    "tab_chart": ("กราฟ", "Chart"),
    "tab_table": ("ตาราง", "Table"),
    "tab_sources": ("แหล่งที่มา", "Sources"),
    "download_csv": ("ดาวน์โหลด CSV", "Download CSV"),
    "open_in_reader": ("เปิดในหน้าอ่านบทความ", "Open in the article reader"),
    "source_line": ("ที่มา: {sources}<br>สกัดข้อมูลโดย digital-compare", "Source: {sources}<br>Extracted by digital-compare"),
    "quote": ("ข้อความต้นฉบับ", "Quote"),
    "gloss": ("คำแปล (อังกฤษ)", "English gloss"),
    "article": ("บทความ", "Article"),
    "outlet": ("สื่อ", "Outlet"),
    "published": ("วันที่เผยแพร่", "Published"),
    "not_given": ("ไม่ระบุ", "not given"),
    "no_rows": ("ไม่มีข้อมูลที่ตรงกับตัวกรอง", "No rows match the filter"),
    "table_error": ("โหลดตารางไม่ได้: {cause}", "Could not load the tables: {cause}"),
    "rebuilt": ("สร้างตารางใหม่จากบทความแล้ว", "Tables were rebuilt from the articles"),
    # overview
    "overview_intro": (
        "เลือกหน้าเพื่อสำรวจ: ไทม์ไลน์ของจีน ผลการประเมินปี 2566 ของเวียดนาม การเปรียบเทียบ และข้อความต้นฉบับของทุกตัวเลข",
        "Explore China's timeline, Vietnam's 2023 review, a side-by-side comparison, and the source text behind every number.",
    ),
    "kpi_cn_header": ("จีน — มณฑลฝูเจี้ยน ปี 2020", "China — Fujian province, 2020"),
    "kpi_vn_header": ("เวียดนาม — ทั้งประเทศ ปี 2023", "Vietnam — nationwide, 2023"),
    "kpi_scope_year": ("{scope} · ปี {year}", "{scope} · {year}"),
    "places_delta": ("{change} อันดับ เทียบกับปี {year}", "{change} places vs {year}"),
    "go_to": ("ไปที่หน้า{page}", "Go to {page}"),
    # china
    "china_title": ("จีน: จาก “ฝูเจี้ยนดิจิทัล” สู่ “จีนดิจิทัล”", "China: from “Digital Fujian” to “Digital China”"),
    "china_intro": (
        "สี จิ้นผิง วางแผน “ฝูเจี้ยนดิจิทัล” ในปี 2000; ฝูเจี้ยนเป็นเจ้าภาพการประชุมสุดยอด “จีนดิจิทัล” ตั้งแต่ปี 2018",
        "Xi Jinping planned “Digital Fujian” in 2000; Fujian has hosted the Digital China Summit since 2018.",
    ),
    "filter_category": ("ประเภทเหตุการณ์", "Event category"),
    "timeline_title": ("ไทม์ไลน์ ฝูเจี้ยนดิจิทัล → จีนดิจิทัล", "Timeline: Digital Fujian → Digital China"),
    "timeline_subtitle": ("เหตุการณ์ตามวันที่ (ปี ค.ศ.) · จุดที่ระบุแค่ปีวางไว้กลางปี", "Events by date (Christian era) · year-only events sit mid-year"),
    "fujian_title": ("เศรษฐกิจดิจิทัลของฝูเจี้ยน ปี 2020", "Fujian's digital economy, 2020"),
    "fujian_subtitle": ("ขนาด (ล้านล้านหยวน) · อัตราการเติบโต (%) · สัดส่วนต่อ GDP มณฑล (%)", "Size (trillion yuan) · growth (%) · share of provincial GDP (%)"),
    "firsts_title": ("สิ่งที่ฝูเจี้ยนทำเป็นรายแรกในจีน", "What Fujian did first in China"),
    "firsts_subtitle": ("จำนวนรายการตามหมวด (บทความไม่ระบุปี)", "Number of items by category (the article gives no dates)"),
    # vietnam
    "vietnam_title": ("เวียดนาม: ผลการเปลี่ยนผ่านสู่ดิจิทัลปี 2566 (2023)", "Vietnam: 2023 digital-transformation review"),
    "vietnam_intro": (
        "การประชุมออนไลน์ของคณะกรรมการแห่งชาติว่าด้วยการเปลี่ยนแปลงทางดิจิทัล 28 ธันวาคม 2566 (ปีอนุมานจากประโยค)",
        "National Committee on Digital Transformation online review, 28 December 2023 (year inferred from the sentence)",
    ),
    "targets_title": ("เป้าหมาย 62 ข้อของปี 2566 ตามสถานะ", "Vietnam's 62 targets for 2023 by status"),
    "targets_subtitle": ("จำนวนเป้าหมาย · % ที่บทความรายงาน (คำนวณ)", "Number of targets · % reported by the article (computed)"),
    "share_note": ("% ที่รายงานกับที่คำนวณต่างกันไม่เกิน {gap} จุด (การปัดเศษ)", "Reported and computed shares differ by at most {gap} points (rounding)"),
    "tasks_title": ("ภารกิจในแผนปี 2566: เสร็จแล้ว", "Tasks in the 2023 plan: completed"),
    "tasks_subtitle": ("จำนวนภารกิจ", "Number of tasks"),
    "rankings_title": ("อันดับนวัตกรรม (GII) และระดับไปรษณีย์ (UPU)", "Innovation rank (GII) and postal level (UPU)"),
    "rankings_subtitle": ("อันดับ GII (ยิ่งน้อยยิ่งดี) · ระดับ UPU จาก 10", "GII rank (lower is better) · UPU level out of 10"),
    "growth_title": ("การเติบโตของเศรษฐกิจดิจิทัลเวียดนาม", "Vietnam's digital-economy growth"),
    "growth_subtitle": ("% ต่อปี · เส้นประ = “ประมาณ 20% ต่อปี”", "% per year · dashed line = “about 20 % a year”"),
    "redtape_title": ("การลดขั้นตอนและข้อบังคับ ภายในสิ้นปี 2566", "Red tape cut by the end of 2023"),
    "redtape_subtitle": ("จำนวนฉบับ", "Number of regulations / procedures"),
    "plan2024_title": ("หัวข้อปี 2024: ภารกิจและปัญหาหลัก", "2024 theme: tasks and key problems"),
    "plan2024_subtitle": ("จำนวน", "Count"),
    "gdp_multiple": ("สูงกว่าการเติบโตของ GDP {value} เท่า", "{value}× GDP growth"),
    # compare
    "compare_title": ("เปรียบเทียบ จีน (ฝูเจี้ยน) กับ เวียดนาม", "China (Fujian) vs Vietnam"),
    "caveat": (
        "ข้อควรระวัง: ฝูเจี้ยนเป็นมณฑล ส่วนเวียดนามเป็นทั้งประเทศ และตัวเลขมาจากคนละปี (2020 กับ 2022–2023) — ใช้เทียบทิศทาง ไม่ใช่เทียบขนาดโดยตรง",
        "Caveat: Fujian is a province and Vietnam a nation, and the figures are from different years (2020 vs 2022–2023) — compare direction, not size.",
    ),
    "compare_growth_title": ("อัตราการเติบโตของเศรษฐกิจดิจิทัล", "Digital-economy growth"),
    "compare_growth_subtitle": ("% ต่อปี · มณฑลฝูเจี้ยน (2020) กับเวียดนาม (2022, 2023)", "% per year · Fujian province (2020) vs Vietnam (2022, 2023)"),
    "theme_matrix": ("ประเด็นที่แต่ละบทความกล่าวถึง", "Themes each article addresses"),
    "theme_matrix_subtitle": ("จำนวนข้อความหลักฐาน", "Number of evidence quotes"),
    "no_evidence": ("บทความไม่กล่าวถึง", "not addressed by the article"),
    "keywords_title": ("คำสำคัญของสองบทความ", "Keywords of the two articles"),
    "keywords_subtitle": ("ครั้งต่อ 1,000 คำ (ไม่รวมคำหยุด)", "Occurrences per 1,000 tokens (stopwords removed)"),
    "top_n": ("จำนวนคำ", "Number of terms"),
    # sources
    "sources_title": ("อ่านบทความต้นฉบับ", "Article reader"),
    "sources_intro": (
        "ข้อความดิบของบทความ โดยเน้นทุกตัวเลขและวันที่ที่ระบบสกัดได้ตามประเภท ข้อความส่วนท้ายเว็บไซต์แสดงเป็นสีจาง",
        "The raw article text with every extracted number and date highlighted by kind; site boilerplate is greyed out.",
    ),
    "choose_article": ("เลือกบทความ", "Article"),
    "filter_kind": ("ประเภทตัวเลข", "Kinds"),
    "selected_mention": ("ตัวเลขที่เลือก", "Selected figure"),
    "quality_title": ("การตรวจสอบคุณภาพข้อมูล", "Data-quality checks"),
    "passed": ("ผ่าน", "passed"),
    "flagged": ("พบข้อสังเกต", "flagged"),
    "mention_not_found": ("ไม่พบตัวเลขรหัส {id}", "No figure with id {id}"),
    # data
    "data_title": ("ข้อมูลทั้งหมด", "All data"),
    "choose_table": ("ตาราง", "Table"),
    "filter_text": ("กรองด้วยข้อความ", "Filter rows containing"),
    "rows_shown": ("แสดง {shown} จาก {total} แถว", "Showing {shown} of {total} rows"),
    "pandas_snippet": ("โหลดด้วย pandas", "Load it with pandas"),
    "columns": ("คอลัมน์", "Columns"),
    # kinds, categories, statuses, themes
    "kind_percent": ("ร้อยละ", "percent"),
    "kind_money": ("จำนวนเงิน", "money"),
    "kind_count": ("จำนวน", "count"),
    "kind_multiplier": ("เท่า", "multiplier"),
    "kind_rank": ("อันดับ", "rank"),
    "kind_level": ("ระดับ", "level"),
    "kind_year": ("ปี", "year"),
    "kind_year_range": ("ช่วงปี", "year range"),
    "kind_date": ("วันที่", "date"),
    "cat_plan": ("แผน", "plan"),
    "cat_summit": ("การประชุมสุดยอด", "summit"),
    "cat_anniversary": ("วาระครบรอบ", "anniversary"),
    "cat_milestone": ("ความสำเร็จ", "milestone"),
    "cat_meeting": ("การประชุม", "meeting"),
    "cat_ranking": ("การจัดอันดับ", "ranking"),
    "cat_reform": ("การปฏิรูป", "reform"),
    "cat_plan_next": ("แผนปีถัดไป", "next year's plan"),
    "cat_dated_sentence": ("ประโยคที่มีวันที่", "dated sentence"),
    "cat_e_government": ("รัฐบาลอิเล็กทรอนิกส์", "e-government"),
    "cat_data_sharing": ("การแบ่งปันข้อมูล", "data sharing"),
    "cat_health": ("สุขภาพ", "health"),
    "cat_environment": ("สิ่งแวดล้อม", "environment"),
    "cat_public_service": ("บริการสาธารณะ", "public service"),
    "cat_digital_economy": ("เศรษฐกิจดิจิทัล", "digital economy"),
    "cat_rankings": ("การจัดอันดับ", "rankings"),
    "cat_security_data_quality": ("ความปลอดภัย/คุณภาพข้อมูล", "security / data quality"),
    "status_achieved": ("สำเร็จแล้ว", "achieved"),
    "status_likely": ("มีแนวโน้มสูงที่จะสำเร็จ", "highly likely"),
    "status_at_risk": ("ต้องใช้ความพยายามอย่างมาก", "need strong effort"),
    "status_completed": ("เสร็จแล้ว", "completed"),
    "status_remaining": ("ยังไม่เสร็จ", "not completed"),
    "country_CN": ("จีน", "China"),
    "country_VN": ("เวียดนาม", "Vietnam"),
    "scope_Fujian province": ("มณฑลฝูเจี้ยน", "Fujian province"),
    "scope_Vietnam": ("เวียดนาม", "Vietnam"),
    # axes
    "axis_date": ("วันที่", "Date"),
    "axis_category": ("ประเภท", "Category"),
    "axis_count": ("จำนวน", "Count"),
    "axis_percent": ("ร้อยละต่อปี (%)", "Per cent a year (%)"),
    "axis_year": ("ปี", "Year"),
    "axis_rank": ("อันดับ", "Rank"),
    "axis_level": ("ระดับ (จาก 10)", "Level (of 10)"),
    "axis_per_1000": ("ต่อ 1,000 คำ", "Per 1,000 tokens"),
    "axis_term": ("คำ", "Term"),
    "axis_theme": ("ประเด็น", "Theme"),
    "axis_country": ("ประเทศ", "Country"),
    "axis_tasks": ("จำนวนภารกิจ", "Tasks"),
    "axis_targets": ("จำนวนเป้าหมาย", "Targets"),
    "label_gii": ("อันดับ GII", "GII rank"),
    "label_upu": ("ระดับ UPU", "UPU level"),
    "label_size": ("ขนาด (ล้านล้านหยวน)", "Size (trillion yuan)"),
    "label_growth": ("การเติบโต (%)", "Growth (%)"),
    "label_gdp_share": ("สัดส่วนต่อ GDP (%)", "Share of GDP (%)"),
    "label_fujian": ("ฝูเจี้ยน", "Fujian"),
    "label_vietnam": ("เวียดนาม", "Vietnam"),
    "label_about_20": ("ประมาณ 20% ต่อปี", "about 20 % a year"),
    "label_regulations": ("ข้อบังคับธุรกิจ (เกือบ)", "Business regulations (nearly)"),
    "label_procedures_a": ("ขั้นตอนการบริหาร (ชุดที่ 1)", "Administrative procedures (1st figure)"),
    "label_procedures_b": ("ขั้นตอนการบริหาร (ชุดที่ 2)", "Administrative procedures (2nd figure)"),
}


def t(key: str, lang: str = "th", **fmt) -> str:
    """UI string ``key`` in ``lang``, formatted with ``fmt``."""
    th, en = STRINGS[key]
    text = en if lang == "en" else th
    return text.format(**fmt) if fmt else text


def label(prefix: str, value: str, lang: str) -> str:
    """Translated label for a coded value ("status", "achieved"), or the value itself."""
    key = f"{prefix}_{value}"
    return t(key, lang) if key in STRINGS else str(value).replace("_", " ")
