"""Thai and English UI strings. Thai quotes from the articles are never translated here;
their English glosses live in the annotations."""

from __future__ import annotations

import string

from digital_compare.text.decode import UPLOAD_CEILING_MB

__all__ = ["LANGS", "label", "plotly_locale", "t"]

LANGS = ("th", "en")

#: the Thai of a UPU sentence that repeats the GII sentence's figures: quoted, not paraphrased
_UPU_REPEATS_TH = (
    "ประโยคดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU) ระบุ “{quote}” ซ้ำตัวเลขและใจความของประโยคดัชนีนวัตกรรมโลก (GII) ก่อนหน้า "
    "แสดงตามที่แหล่งข่าวอ้าง โดยไม่ถือว่าเป็นข้อผิดพลาด · ภาษาไทยไม่ชัดเจนว่า “ซึ่ง” ผูกอันดับนี้กับดัชนีครั้งล่าสุดหรือการประเมินครั้งก่อน")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app_title": ("เปรียบเทียบดิจิทัล: จีน–เวียดนาม", "Digital Compare: China vs Vietnam"),
    "app_tagline": (
        "การเปลี่ยนผ่านสู่ดิจิทัลของจีน (ฝูเจี้ยน) และเวียดนาม ตามที่ข่าวภาษาไทยรายงาน — ทุกตัวเลขสืบกลับถึงข้อความต้นฉบับ",
        "China's (Fujian) and Vietnam's digital transformation as Thai-language news reports it — every figure traced to its source text",
    ),
    "nav_overview": ("ภาพรวม", "Overview"),
    "nav_china": ("จีน (ฝูเจี้ยน)", "China (Fujian)"),
    "nav_vietnam": ("เวียดนาม", "Vietnam"),
    "nav_compare": ("เปรียบเทียบ", "Compare"),
    "nav_sources": ("แหล่งข้อมูล", "Sources"),
    "nav_data": ("ข้อมูล", "Data"),
    "nav_analyze": ("วิเคราะห์บทความ", "Analyse an article"),
    "language": ("ภาษา", "Language"),
    "present_mode": ("โหมดนำเสนอ", "Presentation mode"),
    # a slide is 16:9 only where the screen holds one; a phone shows the card's own drawing
    "present_help": ("ซ่อนแถบด้านข้าง แล้วแสดงกราฟทีละภาพตามขนาดหน้าจอ ใช้ปุ่มลูกศรซ้าย–ขวาเพื่อเปลี่ยนกราฟ",
                     "Hide the sidebar and show one chart at a time, laid out for the screen's size; the Left and Right keys "
                     "move between charts"),
    "present_exit": ("ออกจากโหมดนำเสนอ", "Exit presentation mode"),
    # chart block
    "tab_chart": ("กราฟ", "Chart"),
    # the same chart drawn by Plotly: hover for a bar's whole statement, zoom, full screen, PNG
    "tab_interactive": ("กราฟแบบโต้ตอบ", "Interactive"),
    "tab_table": ("ตาราง · CSV", "Table · CSV"),
    "tab_sources": ("แหล่งที่มา", "Sources"),
    "download_csv": ("ดาวน์โหลด CSV", "Download CSV"),
    "open_in_reader": ("เปิดในหน้าอ่านบทความ", "Open in the article reader"),
    # one line break fewer: an article cited by outlet, title and date already fills two lines of a half-width chart
    "source_line": ("ที่มา: {sources} · สกัดข้อมูลโดย digital-compare", "Source: {sources} · Extracted by digital-compare"),
    "quote": ("ข้อความต้นฉบับ", "Quote"),
    "theme": ("ประเด็น", "Theme"),
    "country": ("ประเทศ", "Country"),
    "theme_country": ("ประเด็น · ประเทศ", "Theme · country"),
    "gloss": ("คำแปล (อังกฤษ)", "English gloss"),
    "article": ("บทความ", "Article"),
    "outlet": ("สื่อ", "Outlet"),
    "published": ("วันที่เผยแพร่", "Published"),
    "not_given": ("ไม่ระบุ", "not given"),
    "date_not_given": ("ไม่ระบุวันที่เผยแพร่", "date not given"),
    "no_rows": ("ไม่มีข้อมูลที่ตรงกับตัวกรอง", "No rows match the filter"),
    "table_error": ("โหลดตารางไม่ได้: {cause}", "Could not load the tables: {cause}"),
    "rebuilt": ("สร้างตารางใหม่จากบทความแล้ว", "Tables were rebuilt from the articles"),
    # overview
    "overview_intro": (
        "เลือกหน้าเพื่อสำรวจ: ไทม์ไลน์ของจีน ผลการประเมินปี {vn_review_year} ของเวียดนาม การเปรียบเทียบ และข้อความต้นฉบับของทุกตัวเลข",
        "Explore China's timeline, Vietnam's {vn_review_year} review, a side-by-side comparison, and the source text behind every number.",
    ),
    "kpi_cn_header": ("จีน — มณฑลฝูเจี้ยน ปี {fujian_year}", "China — Fujian province, {fujian_year}"),
    "kpi_vn_header": ("เวียดนาม — ทั้งประเทศ ปี {vn_review_year_ad}", "Vietnam — nationwide, {vn_review_year_ad}"),
    "kpi_scope_year": ("{scope} · {year} · {source}", "{scope} · {year} · {source}"),
    "places_delta": ("{change} อันดับ เทียบกับปี {year}", "{change} {change:place|places} vs {year}"),
    "points_delta": ("{change} จุดร้อยละ เทียบกับปี {year}", "{change} percentage {change:point|points} vs {year}"),
    "points_delta_computed": ("{change} จุดร้อยละ (คำนวณจาก {previous} ปี {year})", "{change} percentage points (computed from {previous} in {year})"),
    "value_delta": ("{change} เทียบกับปี {year}", "{change} vs {year}"),
    "go_to": ("ไปที่หน้า{page}", "Go to {page}"),
    # china
    "china_title": ("จีน: จาก “ฝูเจี้ยนดิจิทัล” สู่ “จีนดิจิทัล”", "China: from “Digital Fujian” to “Digital China”"),
    "china_intro": (
        "สี จิ้นผิง เขียนในสารแสดงความยินดีว่าได้วางแผน “ฝูเจี้ยนดิจิทัล” ในปี {cn_plan_year}; การประชุมสุดยอด “จีนดิจิทัล” {cn_summit_1} ({cn_summit_1_year}) และ{cn_summit_3} ({cn_summit_3_year}) เปิดขึ้นที่เมืองฝูโจว มณฑลฝูเจี้ยน",
        "Xi Jinping wrote in his message of congratulations that he planned “Digital Fujian” in {cn_plan_year}; the {cn_summit_1} ({cn_summit_1_year}) and {cn_summit_3} ({cn_summit_3_year}) Digital China Summits opened in Fuzhou, Fujian.",
    ),
    "filter_category": ("ประเภทเหตุการณ์", "Event category"),
    "timeline_title": ("ไทม์ไลน์ ฝูเจี้ยนดิจิทัล → จีนดิจิทัล", "Timeline: Digital Fujian → Digital China"),
    "timeline_subtitle": ("เหตุการณ์ตามวันที่ (ปี ค.ศ.) · เหตุการณ์ที่ระบุแค่ปีวางไว้กลางปี", "Events by date (Christian era) · year-only events sit mid-year"),
    # of the article, not of Fujian: it tells of years of work in between, but dates none of it
    "timeline_gap": ("บทความไม่ได้ระบุวันที่ของเหตุการณ์ใดในปี ค.ศ. {years}", "the article dates no event in {years}"),
    "timeline_summary": ("{n} รายการที่บทความระบุปีหรือวันที่ ({kinds}) ตั้งแต่ {first} จนถึง {last}",
                         "{n} dated items in the article ({kinds}), from {first}, to {last}."),
    "fujian_title": ("เศรษฐกิจดิจิทัลของฝูเจี้ยน ปี {fujian_year}", "Fujian's digital economy, {fujian_year}"),
    "fujian_subtitle": ("ขนาด (ล้านล้านหยวน) · อัตราการเติบโต (%) · สัดส่วนต่อ GDP มณฑล (%) · “ข้อมูลแสดงให้เห็น” บทความไม่ระบุแหล่งที่มา",
                        "Size (trillion yuan) · growth (%) · share of provincial GDP (%) · “data show”, source not named"),
    "firsts_title": ("ฝูเจี้ยน: รายแรกในจีน เป็นผู้นำ และปรับปรุง", "Fujian: first in China, led, improved"),
    "firsts_subtitle": ("แต่ละรายการพร้อมข้ออ้างที่บทความใช้ (บทความไม่ระบุปี)", "Each item with the claim the article makes (no dates given)"),
    "claim_first_in_china": ("รายแรกในจีน", "first in China"),
    "claim_led": ("เป็นผู้นำ", "led"),
    "claim_improved": ("ปรับปรุง", "improved"),
    "vn_claims_title": ("เวียดนาม: ข้ออ้างอื่นในบทความ", "Vietnam: the article's other claims"),
    # where its Thai text is depends on the surface: the page's Sources tab, the slide's notes (vn_claims_figure)
    # listed, not plotted: a streak, a top-list membership and a rank whose year is unclear are no values on a year axis
    "vn_claims_subtitle": ("ข้ออ้างที่แสดงเป็นรายการแทนการวาดเป็นค่า พร้อมขอบเขต ปี และแหล่งที่มา",
                           "Claims listed rather than plotted, with scope, year and source"),
    "upu_rank_note_short": ("ซ้ำตัวเลขและใจความของประโยคดัชนีนวัตกรรมโลก (GII) · ไม่ชัดเจนว่าอันดับ {vn_upu_rank} เป็นของปี {vn_upu_year} หรือ {vn_upu_previous_year}",
                            "repeats the GII sentence's figures and sense · unclear whether rank {vn_upu_rank} is for {vn_upu_year} or {vn_upu_previous_year}"),
    "upu_rank_note": ("ประโยคดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU) ระบุ “อันดับที่ {vn_upu_rank}” และ “ใน {vn_gii_top_n} ประเทศแรกอย่างต่อเนื่องตั้งแต่ปี {vn_gii_top_since_as_written}” ซ้ำตัวเลขและใจความของประโยคดัชนีนวัตกรรมโลก (GII) "
                      "ภาษาไทยไม่ชัดเจนว่า “ซึ่ง” ผูกอันดับ {vn_upu_rank} กับปี {vn_upu_year} หรือปี {vn_upu_previous_year}",
                      "The postal-index sentence states “rank {vn_upu_rank}” and “in the top {vn_gii_top_n} continuously since {vn_gii_top_since}”, repeating the figures and sense of the innovation-index (GII) sentence; "
                      "the Thai does not make clear whether “ซึ่ง” (“which”) ties rank {vn_upu_rank} to {vn_upu_year} or to {vn_upu_previous_year}"),
    # vietnam
    "vietnam_title": ("เวียดนาม: ผลการเปลี่ยนผ่านสู่ดิจิทัลปี {vn_review_year}", "Vietnam: {vn_review_year} digital-transformation review"),
    "vietnam_intro": (
        "การประชุมออนไลน์ของคณะกรรมการแห่งชาติว่าด้วยการเปลี่ยนแปลงทางดิจิทัล {vn_meeting_day} (ปีอนุมานจากประโยค)",
        "National Committee on Digital Transformation online review, {vn_meeting_day} (year inferred from the sentence)",
    ),
    "targets_title": ("เป้าหมาย {vn_targets_total} ข้อของเวียดนาม: สถานะ ณ การประเมินปี {vn_review_year}",
                      "Vietnam's {vn_targets_total} digital-transformation targets: status at the {vn_review_year} assessment"),
    "targets_subtitle": ("เป้าหมายของโครงการเปลี่ยนผ่านสู่ดิจิทัลแห่งชาติและยุทธศาสตร์ชาติ · จำนวน และร้อยละตามที่บทความรายงาน · "
                         "ตามการประเมินของกระทรวงสารสนเทศและการสื่อสาร",
                         "Targets of the National Digital Transformation Programme and national strategy · number, and share as reported · "
                         "per the Ministry of Information and Communications' assessment"),
    "targets_source": ("ตามการประเมินของกระทรวงสารสนเทศและการสื่อสาร", "per the Ministry of Information and Communications' assessment"),
    "targets_center": ("เป้าหมาย", "targets"),
    "share_note": ("ร้อยละที่รายงานกับที่คำนวณต่างกันไม่เกิน {gap} จุด", "Reported and computed shares differ by at most {gap} points"),
    "tasks_title": ("ภารกิจในแผนปี {vn_tasks_year}: เสร็จแล้ว {vn_tasks_done} จาก {vn_tasks_total}",
                    "Tasks in the {vn_tasks_year} plan: {vn_tasks_done} of {vn_tasks_total} completed"),
    "tasks_subtitle": ("จำนวนภารกิจ ตามการประเมินของกระทรวงสารสนเทศและการสื่อสาร · “ยังไม่เสร็จ” คำนวณจากผลต่าง",
                       "Number of tasks, per the Ministry of Information and Communications' assessment · “not completed” is computed"),
    "rankings_title": ("อันดับดัชนีนวัตกรรมโลก (GII) และระดับดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU)", "Innovation rank (GII) and postal level (UPU)"),
    "rankings_subtitle": ("อันดับดัชนีนวัตกรรมโลก (GII) ยิ่งน้อยยิ่งดี · ระดับดัชนีของสหภาพไปรษณีย์สากล (UPU) จาก {scale} · จุดกลวง = คำนวณจากส่วนต่างที่บทความระบุ",
                          "GII rank (lower is better) · UPU level out of {scale} · hollow = derived from the stated change"),
    "growth_title": ("การเติบโตของเศรษฐกิจดิจิทัลเวียดนาม", "Vietnam's digital-economy growth"),
    "growth_subtitle": ("% ต่อปี ตามรายงานของ Google ({vn_growth_years}) สูงกว่าการเติบโตของ GDP {vn_growth_multiple} เท่า (ประโยคเดียวกัน ไม่ระบุว่าเป็นของปีใด) · "
                        "“{vn_annual_growth} ต่อปี” (ไม่ระบุปี จึงเขียนไว้ใต้กราฟ ไม่วาดบนแกนปี · ต่อจากรายงานของ Google ในย่อหน้าเดียวกัน ไม่ระบุว่ามาจากรายงานฉบับเดียวกันหรือไม่)",
                        "% a year per a Google report ({vn_growth_years}), {vn_growth_multiple}× GDP growth (same sentence; which year is not said) · "
                        "“{vn_annual_growth} a year” (year not given, so stated below the chart, not drawn on the year axis · follows the Google report in the same paragraph; not said to be the same report's)"),
    "redtape_title": ("ลดข้อบังคับและลดความซับซ้อนของขั้นตอน ภายในสิ้นปี {vn_redtape_year}", "Regulations cut and procedures simplified by end-{vn_redtape_year}"),
    "redtape_subtitle": ("ตัวเลขตามที่บทความเขียน · เวียดนาม ภายในสิ้นปี {vn_redtape_year} โดยกระทรวงและหน่วยงานต่าง ๆ",
                         "The figures as the article gives them · Vietnam, by the end of {vn_redtape_year}, by ministries and agencies"),
    "procedures_note": ("บทความให้ตัวเลขสองตัวในวลีเดียว โดยไม่อธิบายว่าต่างกันอย่างไร จึงไม่ควรนำมารวมกัน",
                        "The article gives two numbers in one phrase without saying how they differ, so do not add them"),
    "plan2024_title": ("หัวข้อปี {vn_plan_year} ที่เสนอ: ภารกิจและปัญหาหลัก", "Proposed {vn_plan_year} theme: tasks and key problems"),
    "plan_infrastructure": ("ภารกิจ: โครงสร้างพื้นฐานดิจิทัล", "Tasks: digital infrastructure"),
    "plan_economy": ("ภารกิจ: ปัจจัยพื้นฐานเศรษฐกิจดิจิทัล", "Tasks: digital-economy foundations"),
    "plan_problems": ("ปัญหาหลัก: แอปพลิเคชันดิจิทัล", "Key problems: digital applications"),
    "plan2024_subtitle": ("จำนวน · กระทรวงสารสนเทศและการสื่อสารเสนอต่อคณะกรรมการแห่งชาติ บทความไม่ได้ระบุว่ารับรองแล้ว",
                          "Count · proposed by the Ministry of Information and Communications to the National Committee; not said to be adopted"),
    "gdp_multiple": ("สูงกว่าการเติบโตของ GDP {value} เท่า", "{value}× GDP growth"),
    "growth_two_year_note": ("ในประโยคเดียวกัน ไม่ระบุว่าเป็นของปีใด: {statement}", "in the same sentence, which year is not said: {statement}"),
    # compare
    "compare_title": ("เปรียบเทียบ จีน (ฝูเจี้ยน) กับ เวียดนาม", "China (Fujian) vs Vietnam"),
    "caveat": (
        "ข้อควรระวัง: ฝูเจี้ยนเป็นมณฑล ส่วนเวียดนามเป็นทั้งประเทศ และตัวเลขมาจากคนละปี ({fujian_year} กับ {vn_growth_span}) — ใช้เทียบทิศทาง ไม่ใช่เทียบขนาดโดยตรง",
        "Caveat: Fujian is a province and Vietnam a nation, and the figures are from different years ({fujian_year} vs {vn_growth_span}) — compare direction, not size.",
    ),
    "share_caveat": ("ข้อควรระวัง: ฝูเจี้ยนเป็นมณฑล และบทความเวียดนามไม่ให้ตัวเลขสัดส่วนต่อ GDP",
                     "Caveat: Fujian is a province, and the Vietnam article gives no share-of-GDP figure."),
    "compare_caveat_general": ("ข้อควรระวัง: ขอบเขต ปี และแหล่งที่มาของแต่ละตัวเลขต่างกัน ดูข้อความต้นฉบับของแต่ละแท่ง",
                               "Caveat: scopes, years and sources differ; see each bar's quote."),
    "compare_growth_title": ("อัตราการเติบโตของเศรษฐกิจดิจิทัล", "Digital-economy growth"),
    "compare_growth_subtitle": ("% ต่อปี · ฝูเจี้ยน: ระดับมณฑล ปี {fujian_year} บทความไม่ระบุแหล่งที่มา · เวียดนาม: ทั้งประเทศ ปี {vn_growth_years_and} ตามรายงานของ Google",
                                "% a year · Fujian: one province, {fujian_year}, source not named · Vietnam: the nation, {vn_growth_years_and}, per a Google report"),
    "label_fujian_province": ("ฝูเจี้ยน (มณฑล)", "Fujian (province)"),
    "compare_any_subtitle": ("% · ตัวเลขทุกตัวที่บทความให้สำหรับจีน ฝูเจี้ยน และเวียดนาม ขอบเขต ปี และแหล่งที่มาต่างกัน ดูข้อความของแต่ละแท่ง",
                             "% · every figure the articles give for China, Fujian and Vietnam; scopes, years and sources differ: see each bar's quote"),
    "compare_share_title": ("สัดส่วนเศรษฐกิจดิจิทัลต่อ GDP", "Digital economy as a share of GDP"),
    "compare_share_subtitle": ("% ของ GDP · ฝูเจี้ยน: ระดับมณฑล ปี {fujian_year} {fujian_gdp_share} บทความไม่ระบุแหล่งที่มา · บทความเวียดนามไม่ให้ตัวเลขนี้",
                               "% of GDP · Fujian: one province, {fujian_year}, {fujian_gdp_share}, source not named · the Vietnam article gives no such figure"),
    "axis_share_gdp": ("ร้อยละของ GDP", "Per cent of GDP"),
    "theme_matrix": ("ประเด็นที่แต่ละบทความกล่าวถึง", "Themes each article addresses"),
    "theme_matrix_subtitle": ("✓ = บทความกล่าวถึงประเด็นนี้ (ชี้เพื่อดูข้อความ) · ไม่ใช่การวัดน้ำหนัก",
                              "✓ = the article addresses the theme (hover for the quote) · presence, not emphasis"),
    # a picture (PNG, slide) has no hover: the quotes are in its notes and table
    "theme_matrix_subtitle_print": ("✓ = บทความกล่าวถึงประเด็นนี้ · ไม่ใช่การวัดน้ำหนัก", "✓ = the article addresses the theme · presence, not emphasis"),
    "no_evidence": ("บทความไม่กล่าวถึง", "not addressed by the article"),
    "deck_notes_not_addressed": ("บทความเกี่ยวกับ{country}ไม่กล่าวถึง: {themes}", "Not addressed by the article on {country}: {themes}"),
    "keywords_title": ("คำสำคัญของสองบทความ", "Keywords of the two articles"),
    "keywords_subtitle": ("คำที่โดดเด่นเฉพาะบทความ เรียงตามค่าความต่างของความถี่เทียบกับอีกบทความ (ลอการิทึมอัตราส่วนออดส์ถ่วงน้ำหนัก) · ความยาวแท่ง = ครั้งต่อ 1,000 คำ",
                          "The words most distinctive of each article, by weighted log-odds against the other article · bar = occurrences per 1,000 words (tokens)"),
    "top_n": ("จำนวนคำสำคัญที่แสดง", "Number of terms shown"),
    # sources
    "sources_title": ("อ่านบทความต้นฉบับ", "Article reader"),
    "sources_intro": (
        "ข้อความดิบของบทความ โดยเน้นทุกตัวเลขและวันที่ที่ระบบสกัดได้ตามประเภท ข้อความส่วนท้ายเว็บไซต์แสดงเป็นสีจาง",
        "The raw article text with every extracted number and date highlighted by kind; site boilerplate is greyed out.",
    ),
    "choose_article": ("เลือกบทความ", "Article"),
    "filter_kind": ("ประเภทตัวเลข", "Kinds"),
    "selected_mention": ("ตัวเลขที่เลือก", "Selected figure"),
    "quality_title": ("การตรวจสอบคุณภาพข้อมูลของบทความนี้", "This article's data-quality checks"),
    "no_checks": ("ไม่มีการตรวจสอบคุณภาพข้อมูลสำหรับบทความนี้ (ทุกการตรวจสอบอยู่ในหน้าข้อมูล)",
                  "No data-quality check concerns this article (every check is on the Data page)"),
    "passed": ("ผ่าน", "passed"),
    "check_failed": ("ไม่ผ่าน", "not met"),
    "check_failed_warning": ("ไม่ผ่าน (เป็นข้อสังเกต ไม่ใช่ข้อผิดพลาด)", "not met (flagged, not an error)"),
    # a check that sets its figure against nothing (expected and observed empty): a note, never "passed"
    "check_not_compared": ("ข้อมูลประกอบ ไม่ได้เปรียบเทียบ", "a note, nothing compared"),
    "mention_not_found": ("ไม่พบตัวเลขรหัส {id}", "No figure with id {id}"),
    "article_not_found": ("ไม่พบบทความรหัส {id} จึงแสดงบทความแรก", "No article with id {id}; the first article is shown"),
    "link_value_not_offered": ("ลิงก์ระบุ {value} ใน “{what}” แต่ไม่มีในตัวเลือก จึงไม่ได้นำมาใช้",
                               "The link asks for {value} in “{what}”, but that is not one of its choices, so it is ignored."),
    "bad_offset": ("ตำแหน่ง {at} ในลิงก์ไม่ใช่ตัวเลขตำแหน่งอักขระ จึงแสดงบทความตั้งแต่ต้น",
                   "The link's position {at} is not a character offset; the article is shown from the start"),
    "offset_past_end": ("ตำแหน่ง {at} ในลิงก์อยู่เลยท้ายบทความ (ยาว {length} อักขระ) จึงเน้นตัวเลขที่อยู่ใกล้ท้ายบทความที่สุด",
                        "The link's position {at} is past the article's end ({length} characters), so the figure nearest "
                        "the end is highlighted"),
    # explore
    "nav_explore": ("สำรวจตัวแปร", "Explore variables"),
    "explore_title": ("สำรวจตัวแปรหนึ่งจากทุกบทความ", "Explore one variable across every article"),
    "explore_intro": (
        "เลือกตัวแปรเพื่อดูตัวเลขของตัวแปรนั้นที่บทความต่าง ๆ ระบุไว้ แยกตามประเทศ มณฑล และปี แต่ละตัวแปรคือปริมาณเดียวที่มีนิยามเดียว "
        "(เช่น เป้าหมายที่สำเร็จแยกจากเป้าหมายทั้งหมด) แต่ละจุดเชื่อมกับข้อความต้นฉบับ จุดทึบคือค่าที่เกิดขึ้นจริง "
        "จุดกลวงคือค่าเป้าหมาย ค่าคาดการณ์ ข้อเสนอ หรือค่าที่คำนวณจากส่วนต่างที่บทความระบุ ตัวเลขที่บทความไม่ระบุปีแสดงเป็นรายการใต้กราฟ ไม่วาดบนแกนปี",
        "Pick a variable to see what the articles give for it, by country, province and year. A variable is one quantity "
        "with one definition (targets achieved are not the targets set); each point is linked to its quote. Filled: "
        "actual; hollow: target value, forecast, proposal or derived from a stated change. Figures whose year the text does not give are listed under "
        "the chart, not drawn on the year axis.",
    ),
    "explore_indicator": ("ตัวแปร", "Variable"),
    "explore_unit": ("หน่วย", "Unit"),
    "explore_subjects": ("ประเทศ / มณฑล", "Countries / provinces"),
    "explore_sort": ("เรียงตาม", "Sort by"),
    "sort_name": ("ชื่อ", "Name"),
    "sort_value": ("ค่าล่าสุด", "Latest value"),
    "explore_auto": ("แสดงป้ายอัตโนมัติที่ยังไม่ได้ตรวจสอบ", "Show unreviewed automatic labels"),
    "explore_subtitle": ("หน่วย: {unit} · {legend}", "Unit: {unit} · {legend}"),
    "explore_legend": ("ทึบ = ค่าที่เกิดขึ้นจริง, กลวง = ค่าเป้าหมาย/คาดการณ์/ข้อเสนอ หรือคำนวณจากส่วนต่างที่บทความระบุ · จุดเล็กจาง = ป้ายอัตโนมัติที่ยังไม่ได้ตรวจสอบ",
                       "filled = actual, hollow = target value/forecast/proposal or derived from a stated change · small and pale = unreviewed automatic label"),
    "explore_scope_caveat": ("ข้อควรระวัง: {provinces}เป็นมณฑล ส่วน{countries}เป็นทั้งประเทศ{years} — ใช้เทียบทิศทาง ไม่ใช่เทียบขนาดโดยตรง",
                             "Caveat: {provinces} is a province and {countries} a nation{years} — compare direction, not size."),
    "explore_scope_years": (" และตัวเลขมาจากคนละปี ({years})", ", and the figures are from different years ({years})"),
    "explore_rank_note": ("อันดับ: ยิ่งน้อยยิ่งดี", "rank: lower is better"),
    "explore_membership": ("เป็นการติดกลุ่มอันดับแรก ไม่ใช่ค่าที่วัดได้", "it is a place in a top list, not a measured value"),
    "explore_streak": ("เป็นจำนวนปีซ้อน ไม่ใช่ค่าที่วัดในแต่ละปี", "it is a streak of years, not a value measured in a year"),
    "explore_summary": ("{figures} ของ {subjects} ประเทศหรือมณฑล (ป้ายอัตโนมัติที่ยังไม่ได้ตรวจสอบ {auto} รายการ)",
                        "{figures} for {subjects} {what} ({auto} unreviewed automatic labels)."),
    "explore_figure_one": ("1 ตัวเลข", "1 figure"),
    "explore_figures": ("{n} ตัวเลข", "{n} figures"),
    # the latest figure that happened, not the latest point drawn (a 2024 forecast beside a 2023 actual)
    "explore_latest": ("ค่าที่เกิดขึ้นจริงล่าสุดของแต่ละพื้นที่ (พื้นที่ที่ไม่มี ใช้ตัวเลขล่าสุดไม่ว่าสถานะใด): {latest}",
                       "Latest actual figure of each place (for a place with none, its latest figure of any status): {latest}."),
    "explore_empty": ("ยังไม่มีตัวเลขของตัวแปรนี้ เพิ่มบทความได้ที่หน้าวิเคราะห์บทความ",
                      "No figures for this variable yet; add articles on the Analyse page."),
    "axis_value": ("ค่า", "Value"),
    # a count's axis: "ค่า (เป้าหมาย)" reads as "ค่าเป้าหมาย" (a target value)
    "axis_count_of": ("จำนวน ({unit})", "Number of {unit}"),
    "source_annotated": ("ป้ายที่ตรวจสอบแล้ว", "curated label"),
    "source_corrected": ("ป้ายที่ผู้วิเคราะห์แก้ไข", "corrected by an analyst"),
    "source_auto": ("ป้ายอัตโนมัติ", "automatic label"),
    # ยืนยัน, as the review's own accept (รับรอง is a plan's adoption)
    "source_accepted": ("ป้ายอัตโนมัติที่ผู้วิเคราะห์ยืนยันแล้ว", "automatic label accepted by an analyst"),
    "status_actual": ("ค่าที่เกิดขึ้นจริง", "actual"),
    "status_target": ("ค่าเป้าหมาย", "target value"),
    "status_forecast": ("คาดการณ์", "forecast"),
    # analyze: labels and adding
    "labels_title": ("ป้ายกำกับที่ระบบเสนอ", "Suggested labels"),
    # in English the figure is in English words ("about 450 billion baht"): the Thai as written is in the sentence
    "col_surface": ("ตัวเลขในข้อความ", "Figure"),
    "col_measure": ("สิ่งที่วัด (ถ้อยคำของบทความ)", "What it measures (the article's Thai words)"),
    "col_subject": ("ของใคร", "Subject"),
    "col_indicator": ("ตัวชี้วัด", "Indicator"),
    "col_status": ("สถานะ", "Status"),
    "col_year": ("ปี (ค.ศ.)", "Year"),
    "col_confidence": ("ความมั่นใจ", "Confidence"),
    "add_button": ("เพิ่มเข้าแดชบอร์ด", "Add to the dashboard"),
    "add_saving": ("กำลังบันทึกและสร้างตารางใหม่…", "Saving and rebuilding the tables…"),
    "add_failed": ("เพิ่มบทความไม่สำเร็จ: {cause}", "Could not add the article: {cause}"),
    # deck
    "deck_notes_statements": ("ตัวเลขแต่ละตัวพร้อมขอบเขต ปี และแหล่งที่มา:", "Each figure with its scope, year and source:"),
    "deck_notes_quotes": ("ข้อความต้นฉบับภาษาไทยของกราฟนี้:", "The Thai quotes behind this chart:"),
    # a keyword is a word the chart counts, not a quote of a figure
    "deck_notes_terms": ("คำภาษาไทยในกราฟนี้:", "The Thai words on this chart:"),
    "deck_notes_caveats": ("ข้อควรระวัง (ขอบเขต ปี แหล่งที่มา):", "Caveats (scope, year, source):"),
    "deck_notes_years": ("ปีของตัวเลข (ค.ศ.): {years}", "Years of the figures: {years}"),
    "deck_notes_event_years": ("ปีของเหตุการณ์ (ค.ศ.): {years}", "Years of the events: {years}"),
    "deck_notes_periods": ("ช่วงเวลาของตัวเลข: {periods}", "Period of the figures: {periods}"),
    # where a chart's Thai quotes are, per surface: a page has a Sources tab, a slide its speaker notes
    "quotes_in_sources_tab": ("ข้อความต้นฉบับอยู่ในแท็บแหล่งที่มา", "the Thai text is in the Sources tab"),
    "quotes_in_speaker_notes": ("ข้อความต้นฉบับอยู่ในบันทึกของผู้บรรยาย", "the Thai text is in the speaker notes"),
    "deck_built": ("สร้างตารางข้อมูลเมื่อ {date}", "Tables built on {date}"),
    "deck_sources_title": ("แหล่งข้อมูลและวิธีการ", "Sources and method"),
    "deck_method": (
        "ตัวเลขสกัดจากข้อความภาษาไทยของบทความโดยอัตโนมัติ (PyThaiNLP, nlpo3) พร้อมตำแหน่งอักขระและข้อความต้นฉบับ "
        "ยกเว้นตัวเลขที่ระบุว่า “คำนวณ” ซึ่งคำนวณจากตัวเลขที่สกัดได้ (เช่น อันดับของปีก่อนจากอันดับที่เพิ่มขึ้น "
        "และร้อยละจากจำนวนที่บทความระบุ) "
        "ปี พ.ศ. แปลงเป็น ค.ศ. ตัวเลขที่เขียนเป็นคำแปลงเป็นตัวเลข ป้ายกำกับมาจากไฟล์คำอธิบายประกอบที่ตรวจสอบกับข้อความแล้ว "
        "ข้อความต้นฉบับของแต่ละตัวเลขอยู่ในบันทึกของผู้บรรยายของแต่ละสไลด์",
        "The figures were extracted automatically from the articles' Thai text (PyThaiNLP, nlpo3), with their character "
        "offsets and exact quotes, except those marked “derived” or “computed”, which are computed from extracted figures "
        "(e.g. the previous year's rank from the stated rise, shares from the stated counts); Buddhist-era years are converted to the Christian era and number words to numbers. "
        "Labels come from annotation files checked against the text. Each slide's speaker notes hold the Thai quote "
        "behind every figure.",
    ),
    "deck_button": ("ดาวน์โหลดสไลด์ (PowerPoint)", "Download slides (PowerPoint)"),
    "deck_prepare": ("เตรียมสไลด์ PowerPoint", "Prepare a PowerPoint deck"),
    "deck_making": ("กำลังสร้างสไลด์…", "Making the slides…"),
    "title_not_given": ("ไม่มีชื่อเรื่อง", "untitled"),
    # analyze
    "analyze_title": ("วิเคราะห์บทความภาษาไทย", "Analyse a Thai article"),
    "analyze_intro": (
        "วางข้อความหรืออัปโหลดไฟล์ .txt .md .html (ไม่เกิน {mb} MB) ระบบจะหาตัวเลข ปี และวันที่ทั้งหมดพร้อมตำแหน่งในข้อความ",
        "Paste text or upload a .txt, .md or .html file (at most {mb} MB) to find every number, year and date with its place in the text.",
    ),
    "paste_label": ("วางข้อความบทความ", "Paste the article text"),
    "upload_label": ("หรืออัปโหลดไฟล์", "Or upload a file"),
    "use_upload": ("ใช้ไฟล์ที่อัปโหลด: {name}", "Using the uploaded file: {name}"),
    "empty_input": ("วางข้อความหรืออัปโหลดไฟล์เพื่อเริ่มวิเคราะห์", "Paste text or upload a file to start."),
    "input_error": ("อ่านข้อมูลไม่ได้: {cause}", "Could not read the input: {cause}"),
    # the causes of input_error, by InputError.key (the command line prints the English)
    "input_empty": ("ข้อความว่างเปล่า โปรดวางหรืออัปโหลดบทความภาษาไทย", "the input is empty: paste or upload a Thai article"),
    "input_html_empty": ("ไฟล์ HTML ไม่มีข้อความที่มองเห็นได้", "the HTML has no visible text"),
    "input_not_text": ("ข้อมูลไม่ใช่ข้อความแบบ UTF-8, UTF-16 หรือ TIS-620/cp874 (ดูเหมือนเป็นข้อมูลไบนารี)",
                       "the input is not text in UTF-8, UTF-16 or TIS-620/cp874 (it looks like binary data)"),
    "input_too_large": ("ข้อมูลมีขนาด {size} MB เกินขีดจำกัด {mb} MB ต่อบทความ",
                        "the input is {size} MB; the limit is {mb} MB per article"),
    "input_text_too_large": ("ข้อความยาวเกินขีดจำกัด {mb} MB", "the text is over the {mb} MB limit"),
    "input_too_many_figures": ("ข้อความมีตัวเลข {n} ตัว มากกว่า {most} ตัวที่การวิเคราะห์หนึ่งครั้งแสดงได้ "
                               "โปรดแบ่งข้อความเป็นส่วน ๆ หรือใช้คำสั่ง digital-compare extract กับไฟล์",
                               "the text holds {n} figures, more than the {most} one analysis shows; split it, or run "
                               "digital-compare extract on the file"),
    "analysing": ("กำลังวิเคราะห์…", "Analysing…"),
    "analysis_time": ("หยุดการวิเคราะห์เมื่อครบ {seconds} วินาที ข้อความนี้ใช้เวลานานเกินไป ลองแบ่งเป็นส่วนที่สั้นลง",
                      "The analysis was stopped after {seconds} s: this text takes too long. Try it in shorter parts."),
    "analysis_memory": ("หยุดการวิเคราะห์เพราะใช้หน่วยความจำเกิน {mb} MiB ลองแบ่งข้อความเป็นส่วนที่สั้นลง",
                        "The analysis was stopped: it needed more than {mb} MiB of memory. Try the text in shorter parts."),
    "analysis_busy": ("มีการวิเคราะห์อื่นกำลังทำงานอยู่เต็มจำนวน โปรดลองใหม่อีกครั้งในอีกสักครู่",
                      "Other analyses are using every worker; please try again in a moment."),
    "analysis_failed": ("วิเคราะห์ข้อความนี้ไม่สำเร็จ ({cause})", "The analysis failed ({cause})."),
    "no_mentions": ("ไม่พบตัวเลข ปี หรือวันที่ในข้อความนี้", "No numbers, years or dates found in this text."),
    "highlighted_text": ("ข้อความพร้อมไฮไลต์", "Highlighted text"),
    "mentions_table": ("ตัวเลขที่พบ", "Mentions"),
    "analyze_timeline": ("ไทม์ไลน์ของประโยคที่มีวันที่", "Timeline of dated sentences"),
    "analyze_timeline_subtitle": ("ประโยคที่ระบุวันที่หรือปี (ค.ศ.)", "Sentences that state a date or year (Christian era)"),
    "by_kind_title": ("ตัวเลขตามประเภท", "Numbers by kind"),
    "by_kind_subtitle": ("จำนวนรายการที่พบ", "Mentions found"),
    "analyze_keywords_title": ("คำสำคัญของบทความ", "Keywords of the article"),
    "analyze_keywords_subtitle": ("จำนวนครั้ง (ไม่รวมคำหยุด)", "Occurrences (stopwords removed)"),
    "compare_seeds": ("เทียบกับบทความต้นแบบ (จีน / เวียดนาม)", "Compare with the seed articles (China / Vietnam)"),
    # the pasted article's panel counts its words; the seeds' rank theirs against the dashboard's other articles
    "analyze_compare_keywords_title": ("คำสำคัญของบทความของคุณและบทความต้นแบบ {n} บทความ",
                                       "Keywords: your article and the {n} seed articles"),
    "analyze_compare_keywords_subtitle": (
        "บทความของคุณ: คำที่พบบ่อยที่สุด · บทความต้นแบบ: คำที่โดดเด่นเฉพาะบทความเมื่อเทียบกับบทความอื่นในแดชบอร์ด "
        "(ลอการิทึมอัตราส่วนออดส์ถ่วงน้ำหนัก) · ความยาวแท่ง = ครั้งต่อ 1,000 คำ",
        "Your article: its most frequent words · seed articles: the words most distinctive of each against the "
        "dashboard's other articles (weighted log-odds) · bar = occurrences per 1,000 words (tokens)"),
    "download_json": ("ดาวน์โหลด JSON", "Download JSON"),
    "download_xlsx": ("ดาวน์โหลด Excel", "Download Excel"),
    "pasted_source": ("ข้อความที่ผู้ใช้ให้มา", "text supplied by the user"),
    # data
    "data_title": ("ข้อมูลทั้งหมด", "All data"),
    "choose_table": ("ตาราง", "Table"),
    "filter_text": ("กรองด้วยข้อความ", "Filter rows containing"),
    "rows_shown": ("แสดง {shown} จาก {total} แถว", "Showing {shown} of {total} rows"),
    "pandas_snippet": ("โหลดด้วย pandas", "Load it with pandas"),
    "columns": ("คอลัมน์", "Columns"),
    # /data's CSV is the table's own file (the pandas line reads it): on a Thai page, said beside the button
    "data_raw_units_note": ("ในไฟล์ CSV (data/tables/{name}.csv ตามต้นฉบับ) หน่วยเป็นคำของบทความเอง ซึ่งเป็นภาษาไทยเมื่อบทความนับเป็นภาษาไทย "
                            "เช่น {units} ตารางด้านบนแสดงหน่วยเหล่านี้เป็นภาษาอังกฤษ",
                            "In the CSV file (data/tables/{name}.csv as it is) units are the articles' own words, in Thai "
                            "where an article counts in Thai, such as {units}; the table above gives them in English."),
    "data_raw_file_note": ("ไฟล์ CSV คือ data/tables/{name}.csv ตามต้นฉบับ: ใช้ชื่อคอลัมน์และรหัสภาษาอังกฤษของตารางเอง "
                           "ชื่อคอลัมน์แต่ละชื่ออยู่ในวงเล็บท้ายหัวตารางด้านบน และอธิบายไว้ในหัวข้อ “คอลัมน์”",
                           "The CSV file is data/tables/{name}.csv as it is: the table's own column names and codes, "
                           "each column explained under “Columns”."),
    # kinds, categories, statuses, themes
    "kind_percent": ("ร้อยละ", "percent"),
    "kind_money": ("จำนวนเงิน", "money"),
    "kind_count": ("จำนวน", "count"),
    "kind_derived": ("คำนวณจากตัวเลขอื่น", "derived"),
    "kind_multiplier": ("เท่า", "multiplier"),
    "kind_rank": ("อันดับ", "rank"),
    "kind_level": ("ระดับ", "level"),
    "kind_ordinal": ("ลำดับที่", "ordinal"),
    "kind_year": ("ปี", "year"),
    "kind_year_range": ("ช่วงปี", "year range"),
    "kind_date": ("วันที่", "date"),
    "cat_plan": ("แผน", "plan"),
    "cat_summit": ("การประชุมสุดยอด", "summit"),
    "cat_anniversary": ("วาระครบรอบ", "anniversary"),
    "cat_milestone": ("ตัวเลขสำคัญ", "key figure"),
    "cat_meeting": ("การประชุม", "meeting"),
    "cat_ranking": ("การจัดอันดับ", "ranking"),
    "cat_reform": ("การปฏิรูป", "reform"),
    "cat_plan_next": ("ข้อเสนอสำหรับปีถัดไป", "proposal for next year"),
    "cat_dated_sentence": ("ประโยคที่มีวันที่", "dated sentence"),
    "cat_e_government": ("รัฐบาลอิเล็กทรอนิกส์", "e-government"),
    "cat_data_sharing": ("การแบ่งปันข้อมูล", "data sharing"),
    "cat_health": ("สุขภาพ", "health"),
    "cat_environment": ("สิ่งแวดล้อม", "environment"),
    "cat_public_service": ("บริการสาธารณะ", "public service"),
    "cat_digital_economy": ("เศรษฐกิจดิจิทัล", "digital economy"),
    "cat_rankings": ("การจัดอันดับ", "rankings"),
    "cat_security_data_quality": ("ความปลอดภัย/คุณภาพข้อมูล", "security / data quality"),
    "status_achieved": ("สำเร็จลุล่วงแล้ว", "achieved"),
    "status_likely": ("มีแนวโน้มสูงที่จะสำเร็จลุล่วง", "highly likely to be met"),
    "status_at_risk": ("ต้องใช้ความพยายามอย่างเข้มข้นเพื่อให้สำเร็จตามกำหนดเวลา", "need intensive effort to be met on time"),
    "status_completed": ("เสร็จแล้ว", "completed"),
    "status_remaining": ("ยังไม่เสร็จ (คำนวณ)", "not completed (computed)"),
    "status_proposed": ("ที่เสนอ", "proposed"),
    # /explore's status of a figure computed from a stated change (rank 48 from "up 2 places"), never "actual"
    "status_derived": ("คำนวณจากส่วนต่าง", "derived from the stated change"),
    "country_CN": ("จีน", "China"),
    "country_XX": ("บทความของคุณ", "Your article"),
    "country_VN": ("เวียดนาม", "Vietnam"),
    "scope_Fujian province": ("มณฑลฝูเจี้ยน", "Fujian province"),
    "scope_Vietnam": ("เวียดนาม", "Vietnam"),
    # axes
    "axis_date": ("วันที่", "Date"),
    "axis_category": ("ประเภท", "Category"),
    "axis_count": ("จำนวน", "Count"),
    # not "Count": «จำนวน»/"count" is one of the kinds the bars name
    "axis_mentions": ("จำนวนรายการ", "Mentions"),
    "axis_percent": ("ร้อยละต่อปี (%)", "Per cent a year (%)"),
    # the ticks are Christian years: the era named once, on the axis
    "axis_year": ("ปี (ค.ศ.)", "Year"),
    "axis_rank": ("อันดับ", "Rank"),
    "axis_level": ("ระดับ (จาก {scale})", "Level (of {scale})"),
    "axis_per_1000": ("ครั้งต่อ 1,000 คำ", "Per 1,000 words"),
    "axis_term": ("คำ", "Term"),
    "axis_theme": ("ประเด็น", "Theme"),
    "axis_country": ("ประเทศ", "Country"),
    "axis_place": ("ประเทศหรือมณฑล และปี", "Country or province, and year"),
    "axis_tasks": ("จำนวนภารกิจ", "Tasks"),
    "axis_targets": ("จำนวนเป้าหมาย", "Targets"),
    "label_gii": ("อันดับดัชนีนวัตกรรมโลก (GII)", "GII rank"),
    # a panel's title on a 390 px phone: the index's Thai name and its code, no longer
    "label_upu": ("ระดับดัชนีไปรษณีย์ (UPU)", "UPU level"),
    "label_size": ("ขนาด (ล้านล้านหยวน)", "Size (trillion yuan)"),
    "label_growth": ("การเติบโต (%)", "Growth (%)"),
    "label_gdp_share": ("สัดส่วนต่อ GDP (%)", "Share of GDP (%)"),
    "label_fujian": ("ฝูเจี้ยน", "Fujian"),
    "label_vietnam": ("เวียดนาม", "Vietnam"),
    "label_annual_growth": ("{vn_annual_growth} ต่อปี", "{vn_annual_growth} a year"),
    "label_regulations": ("ข้อบังคับธุรกิจที่ลดและปรับลด", "Business regulations cut and simplified"),
    "label_procedures": ("ขั้นตอนการบริหารที่เกี่ยวข้องกับประชาชนที่ลดความซับซ้อน", "Administrative procedures concerning citizens simplified"),
    "figure_top": ("1 ใน {n} ประเทศ", "one of the top {n} countries"),
    "figure_since": ("ตั้งแต่ปี {n}", "since {n}"),
    "figure_years": ("{n} ปีซ้อน", "{n} years running"),
    "figure_rank": ("อันดับที่ {n}", "rank {n}"),
    # sign-in and roles (digital_compare.workspace.auth)
    "auth_account": ("ผู้ใช้", "Account"),
    "auth_sign_in": ("เข้าสู่ระบบ", "Sign in"),
    "auth_sign_in_with": ("เข้าสู่ระบบด้วย {provider}", "Sign in with {provider}"),
    "auth_sign_out": ("ออกจากระบบ", "Sign out"),
    "auth_signed_in_as": ("เข้าสู่ระบบในชื่อ {name}", "Signed in as {name}"),
    "auth_local_user": ("ผู้ใช้บนเครื่องนี้: {name}", "On this computer: {name}"),
    "auth_role": ("บทบาท: {role}", "Role: {role}"),
    "role_analyst": ("นักวิเคราะห์", "Analyst"),
    "role_visitor": ("ผู้เยี่ยมชม", "Visitor"),
    "auth_off_not_analyst": (
        "คุณเข้าสู่ระบบในชื่อ {name} แต่ไม่อยู่ในรายชื่อนักวิเคราะห์ จึงวิเคราะห์ข้อความได้ แต่เพิ่มบทความเข้าแดชบอร์ดไม่ได้",
        "You are signed in as {name} but are not listed as an analyst: you may analyse a text, but not add it to the dashboard.",
    ),
    "auth_off_sign_in": (
        "การเพิ่มบทความเข้าแดชบอร์ดสงวนไว้สำหรับนักวิเคราะห์: เข้าสู่ระบบจากแถบด้านข้าง",
        "Adding to the dashboard is for analysts: sign in from the sidebar.",
    ),
    "auth_off_no_proxy_identity": (
        "การเพิ่มบทความเข้าแดชบอร์ดปิดอยู่: พร็อกซีที่ยืนยันตัวตนไม่ได้ระบุว่าคุณเป็นใคร",
        "Adding to the dashboard is off: the signing-in proxy did not say who you are.",
    ),
    "auth_off_not_local": (
        "การเพิ่มบทความเข้าแดชบอร์ดปิดอยู่: ยังไม่ได้ตั้งค่าการเข้าสู่ระบบ และเครื่องอื่นเข้าถึงเซิร์ฟเวอร์นี้ได้ "
        "(ไม่ได้รับการเชื่อมต่อเฉพาะจากเครื่องนี้ที่ 127.0.0.1) ผู้ดูแลระบบตั้งค่าการเข้าสู่ระบบได้ตาม docs/deploy.md",
        "Adding to the dashboard is off: no sign-in is configured and this server can be reached from other "
        "computers (it does not listen on 127.0.0.1 alone). The administrator can configure sign-in: see docs/deploy.md.",
    ),
    "auth_off_not_direct": (
        "การเพิ่มบทความเข้าแดชบอร์ดปิดอยู่สำหรับคำขอนี้: ยังไม่ได้ตั้งค่าการเข้าสู่ระบบ และคำขอนี้ไม่ได้มาจากเบราว์เซอร์ของเครื่องนี้โดยตรง "
        "(ผ่านพร็อกซี มาจากหน้าเว็บของเว็บไซต์อื่น หรือเปิดแดชบอร์ดด้วยที่อยู่อื่น) เปิดแดชบอร์ดบนเครื่องนี้ที่ "
        "http://localhost:{port} หรือ http://127.0.0.1:{port} "
        "หรือให้ผู้ดูแลระบบตั้งค่าการเข้าสู่ระบบตาม docs/deploy.md",
        "Adding to the dashboard is off for this request: no sign-in is configured, and the request did not come "
        "straight from this computer's browser (it came through a proxy or from another site's page, or the "
        "dashboard was opened under another address). Open it on this computer at http://localhost:{port} or "
        "http://127.0.0.1:{port}, or ask the administrator to configure sign-in: see docs/deploy.md.",
    ),
    # one claim, one wording: who a figure comes from, and its period
    "attribution_data_show": ("“ข้อมูลแสดงให้เห็น” บทความไม่ระบุแหล่งที่มา", "“data show”, source not named"),
    "attribution_mic_assessment": ("ตามการประเมินของกระทรวงสารสนเทศและการสื่อสาร",
                                   "per the Ministry of Information and Communications' assessment"),
    "attribution_wipo": ("ตามการจัดอันดับขององค์การทรัพย์สินทางปัญญาโลก (WIPO)", "per the World Intellectual Property Organization (WIPO)"),
    "attribution_upu": ("ตามการจัดอันดับของสหภาพไปรษณีย์สากล (UPU)", "per the Universal Postal Union (UPU)"),
    "attribution_google_report": ("ตามรายงานของ Google", "per a Google report"),
    "attribution_not_named": ("บทความไม่ระบุแหล่งที่มา", "source not named"),
    # the clause right after the Google report's, in its paragraph: neither the report's for certain nor unsourced
    "attribution_google_paragraph": ("ต่อจากรายงานของ Google ในย่อหน้าเดียวกัน ไม่ระบุว่ามาจากรายงานฉบับเดียวกันหรือไม่",
                                     "follows the Google report in the same paragraph; not said to be the same report's"),
    "attribution_ministries_agencies": ("โดยกระทรวงและหน่วยงานต่าง ๆ", "by ministries and agencies"),
    "attribution_mic_proposal": ("ตามที่กระทรวงสารสนเทศและการสื่อสารเสนอ", "as proposed by the Ministry of Information and Communications"),
    # after a name that already says "proposed": who proposed it, the word once
    "attribution_mic_proposal_by": ("โดยกระทรวงสารสนเทศและการสื่อสาร", "by the Ministry of Information and Communications"),
    "attribution_auto": ("ป้ายอัตโนมัติที่ยังไม่ได้ตรวจสอบ ดูแหล่งที่มาในข้อความต้นฉบับ", "unreviewed automatic label; see the quote for its source"),
    "attribution_reviewed": ("ป้ายที่ผู้วิเคราะห์ตรวจแล้ว ดูแหล่งที่มาในข้อความต้นฉบับ", "labels reviewed by an analyst; see the quote for its source"),
    "attribution_derived": ("คำนวณจาก", "derived from"),
    "attribution_derived_cell": ("คำนวณจากส่วนต่างที่บทความระบุ (ไม่ใช่ตัวเลขของผู้จัดอันดับ)",
                                 "derived from the stated change (not the ranking body's figure)"),
    "period_year": ("ปี {year}", "{year}"),
    "period_years": ("ปี ค.ศ. {first}–{last}", "{first}–{last}"),
    # the year of the assessment that gave the figure (62 targets assessed in 2023), not the figure's year
    "period_assessment": ("ณ การประเมินปี {year}", "at the {year} assessment"),
    # a total reached by the end of the year ("ภายในสิ้นปี พ.ศ. 2566"), not that year's alone
    "period_year_end": ("ภายในสิ้นปี {year}", "by the end of {year}"),
    "year_status_not_given": ("ไม่ระบุปี", "year not given"),
    "year_status_unclear": ("ปีไม่ชัดเจน", "year unclear"),
    "year_status_given": ("ระบุปี", "year given"),
    # the line under /explore's chart: each listed figure with its own reason, never the list of every reason
    "explore_not_plotted": ("ไม่ได้วาดบนแกนปี:", "Not drawn on the year axis:"),
    "explore_not_plotted_item": ("{statement} (เพราะ{reason})", "{statement} (because {reason})"),
    "explore_year_not_given": ("บทความไม่ระบุปี", "the article gives no year"),
    "explore_year_unclear": ("บทความไม่ชัดเจนว่าเป็นของปีใด", "the article does not make clear which year"),
    "explore_show_auto_help": ("ป้ายอัตโนมัติยังไม่ได้ตรวจสอบ จึงซ่อนไว้โดยค่าเริ่มต้น และแสดงเป็นจุดเล็กสีจาง",
                               "Automatic labels are unreviewed: hidden by default, drawn small and pale when shown"),
    "word_country": ("ประเทศหรือมณฑล", "country or province"),
    "word_countries": ("ประเทศหรือมณฑล", "countries or provinces"),
    "explore_none_drawn": ("ไม่มีตัวเลขที่วาดบนแกนปีได้ ดูรายการใต้กราฟ", "Nothing to draw on the year axis: see the list under the chart"),
    "explore_two_figures": ("เป็นตัวเลขหนึ่งในสองตัวของข้อความเดียว", "it is one of two figures of one statement"),
    "untitled_article": ("บทความไม่มีชื่อเรื่อง {outlet} {date}", "untitled article, {outlet}, {date}"),
    # the wording of the project's own untitled article ("ไม่ระบุชื่อสื่อ (ผู้เขียน ฮาตรัง)"): one wording everywhere
    "outlet_not_given": ("ไม่ระบุชื่อสื่อ", "outlet not named"),
    "keywords_tie": ("โดดเด่นที่สุดเท่ากัน", "tied for most distinctive"),
    "keywords_hover_unit": ("ครั้งต่อ 1,000 คำ", "per 1,000 words"),
    # the number after a label's source on /explore's hover: the labeller's confidence, named
    "explore_confidence": ("ความมั่นใจ {value}", "confidence {value}"),
    # column names shown in tables
    "col_id": ("รหัส", "ID"),
    "col_kind": ("ประเภท", "Kind"),
    "col_value": ("ค่า", "Value"),
    "col_unit": ("หน่วย", "Unit"),
    "col_date": ("วันที่", "Date"),
    "col_date_label": ("วันที่", "Date"),
    "col_inferred": ("ปีอนุมานจากประโยค", "Year inferred"),
    "col_qualifier": ("คำขยาย", "Qualifier"),
    "col_start": ("ตำแหน่งเริ่ม", "Start"),
    "col_end": ("ตำแหน่งสิ้นสุด", "End"),
    "col_sentence": ("ประโยค", "Sentence"),
    "col_label": ("รายการ", "Item"),
    "col_count": ("จำนวน", "Count"),
    "col_total": ("ทั้งหมด", "Total"),
    "col_share_reported": ("ร้อยละที่รายงาน", "Share reported (%)"),
    "col_share_computed": ("ร้อยละที่คำนวณ", "Share computed (%)"),
    "col_share": ("ร้อยละ", "Share (%)"),
    "col_gap": ("ส่วนต่าง (จุด)", "Gap (points)"),
    "col_series": ("ชุดข้อมูล", "Series"),
    "col_derived": ("คำนวณจากส่วนต่าง", "Derived"),
    "col_note": ("หมายเหตุ", "Note"),
    "col_table_note": ("หมายเหตุ", "Note"),
    "col_figure": ("ตัวเลข", "Figure"),
    "col_claim": ("ข้ออ้าง", "Claim"),
    "col_country": ("ประเทศ", "Country"),
    "col_scope_label": ("ขอบเขต", "Scope"),
    "col_source": ("ที่มาของป้าย", "Label source"),
    "col_theme_label": ("ประเด็น", "Theme"),
    "col_country_label": ("ประเทศ", "Country"),
    "col_quote": ("ข้อความต้นฉบับ", "Quote"),
    "col_rank": ("อันดับ", "Rank"),
    "col_term": ("คำ", "Term"),
    "col_per_1000_tokens": ("ครั้งต่อ 1,000 คำ", "Per 1,000 words"),
    "col_subject_label": ("ของใคร", "Subject"),
    "col_statement": ("ข้อความที่ระบุ", "Statement"),
    "col_date_precision": ("ความละเอียดของวันที่", "Date precision"),
    "col_category_label": ("ประเภท", "Category"),
    "col_period": ("ช่วงเวลา", "Period"),
    "col_attribution": ("แหล่งที่มา", "Attribution"),
    "col_year_status": ("สถานะของปี", "Year status"),
    "col_year_first": ("ปีแรก (ข้อความที่กล่าวถึงหลายปี)", "First year (a claim over years)"),
    "col_year_basis": ("ปีนี้เป็นปีของ", "Year of"),
    "year_basis_assessment": ("การประเมิน", "the assessment"),
    "year_basis_year_end": ("ยอดรวมถึงสิ้นปี", "the total by the year's end"),
    "col_article_id": ("บทความ", "Article"),
    "col_article": ("บทความ", "Article"),
    "col_outlet": ("สื่อ (อังกฤษ)", "Outlet"),
    "col_outlet_th": ("สื่อ", "Outlet (Thai)"),
    "col_published": ("วันที่เผยแพร่", "Published"),
    "col_title": ("ชื่อเรื่อง", "Title"),
    "col_title_en": ("ชื่อเรื่อง (อังกฤษ)", "Title (English)"),
    "col_title_th": ("ชื่อเหตุการณ์", "Title (Thai)"),
    # an event's name, not an article's title (the articles table's title_en)
    "col_events.title_en": ("ชื่อเหตุการณ์ (อังกฤษ)", "Event name (English)"),
    "col_language": ("ภาษา", "Language"),
    # an article's language, by its code (ISO 639-1)
    "language_th": ("ภาษาไทย", "Thai"),
    "col_sha256": ("ค่าแฮช SHA-256 ของไฟล์", "SHA-256 of the file"),
    "col_chars": ("จำนวนอักขระ", "Characters"),
    "col_content_chars": ("อักขระของเนื้อหา", "Content characters"),
    "col_path": ("ไฟล์", "File"),
    "col_sentence_no": ("ลำดับประโยค", "Sentence no."),
    "col_text": ("ข้อความ", "Text"),
    "col_tokens": ("จำนวนคำ", "Tokens"),
    "col_year_end": ("ปีสิ้นสุด (ค.ศ.)", "End year"),
    # the end-year box left empty: the figure is for one year
    "year_end_none": ("ไม่มี (ปีเดียว)", "none (one year)"),
    "col_era": ("ศักราชที่เขียน", "Era written"),
    # the year written nearest the figure: a clue, not the figure's year (the labelled year is the metrics table's)
    "col_context_year": ("ปีที่เขียนใกล้ที่สุด (ค.ศ.)", "Nearest year written"),
    "col_sentence_start": ("ตำแหน่งเริ่มของประโยค", "Sentence start"),
    "col_sentence_end": ("ตำแหน่งสิ้นสุดของประโยค", "Sentence end"),
    "col_fact": ("รหัสข้อเท็จจริง", "Fact"),
    "col_scope": ("ขอบเขต", "Scope"),
    "col_label_en": ("ชื่อ (อังกฤษ)", "Label"),
    "col_label_th": ("ชื่อ", "Label (Thai)"),
    "col_method": ("วิธีได้ค่า", "Method"),
    "col_mention_id": ("รหัสตัวเลข", "Mention ID"),
    "col_mention_start": ("ตำแหน่งเริ่มของตัวเลข", "Mention start"),
    "col_mention_end": ("ตำแหน่งสิ้นสุดของตัวเลข", "Mention end"),
    "col_gloss_en": ("คำแปล (อังกฤษ)", "English gloss"),
    "col_group": ("กลุ่ม", "Group"),
    "col_event": ("รหัสเหตุการณ์", "Event"),
    "col_category": ("ประเภท", "Category"),
    "col_first": ("รหัสรายการ", "Item"),
    "col_order": ("ลำดับในบทความ", "Order in the text"),
    "col_theme": ("ประเด็น", "Theme"),
    "col_check": ("การตรวจสอบ", "Check"),
    "col_passed": ("ผ่าน", "Passed"),
    "col_severity": ("ระดับหากไม่ผ่าน", "Severity"),
    "col_detail": ("รายละเอียด", "Detail"),
    "col_detail_template": ("แบบข้อความของรายละเอียด", "Detail's wording"),
    "col_detail_values": ("ค่าในรายละเอียด", "Detail's values"),
    "col_expected": ("ค่าที่คาด", "Expected"),
    "col_observed": ("ค่าที่พบ", "Observed"),
    "col_log_odds_z": ("คะแนนความโดดเด่น (ลอการิทึมอัตราส่วนออดส์ถ่วงน้ำหนัก ค่า z)", "Log-odds z"),
    "col_plotted": ("วาดในกราฟ", "Plotted"),
    "col_not_plotted_because": ("เหตุที่ไม่วาด", "Why not plotted"),
    "col_variable_label": ("ตัวแปร", "Variable"),
    "yes": ("ใช่", "yes"),
    "no": ("ไม่", "no"),
    "qualifier_>": ("มากกว่า", "more than"),
    "qualifier_<": ("น้อยกว่า", "less than"),
    "qualifier_≈": ("ประมาณ", "about"),
    "qualifier_≲": ("เกือบ", "nearly"),
    "qualifier_top": ("ติดกลุ่มอันดับแรก", "one of the top N"),
    "series_gii": ("อันดับดัชนีนวัตกรรมโลก (GII)", "GII rank"),
    "series_upu": ("ระดับดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU)", "UPU level"),
    # the growth table's two kinds of rate: a cell names the rate, not a fragment of a phrase ("ของปีที่ระบุ")
    "series_yearly": ("อัตราของปีที่บทความระบุ", "growth in a named year"),
    "series_annual": ("อัตราต่อปี (บทความไม่ระบุปี)", "yearly rate, no year given"),
    "severity_error": ("ข้อผิดพลาด", "error"),
    "severity_warning": ("ข้อสังเกต", "warning"),
    "severity_info": ("ข้อมูลประกอบ", "info"),
    "source_dated_sentence": ("ประโยคที่มีวันที่", "dated sentence"),
    "method_extracted": ("สกัดจากข้อความ", "extracted"),
    "method_derived": ("คำนวณจากตัวเลขที่สกัดได้", "derived"),
    "era_ad": ("ค.ศ.", "Christian era"),
    "era_be": ("พ.ศ.", "Buddhist era"),
    "precision_day": ("วัน", "day"),
    "precision_year": ("ปี", "year"),
    "group_targets": ("เป้าหมาย", "targets"),
    "group_tasks": ("ภารกิจ", "tasks"),
    # checks
    "check_targets_sum_to_total": ("เป้าหมายแต่ละสถานะรวมกันเท่ากับเป้าหมายทั้งหมด", "targets by status add up to the total"),
    "check_targets_achieved_share": ("ร้อยละของเป้าหมายที่สำเร็จ ตรงกับจำนวน", "share of targets achieved matches the counts"),
    "check_targets_likely_share": ("ร้อยละของเป้าหมายที่มีแนวโน้มสูงที่จะสำเร็จ ตรงกับจำนวน", "share of targets highly likely matches the counts"),
    "check_targets_at_risk_share": ("ร้อยละของเป้าหมายที่ต้องใช้ความพยายามอย่างเข้มข้นเพื่อให้สำเร็จตามกำหนดเวลา ตรงกับจำนวน",
                                    "share of targets needing intensive effort to be met on time matches the counts"),
    "check_tasks_completed_share": ("ร้อยละของภารกิจที่เสร็จ ตรงกับจำนวน", "share of tasks completed matches the counts"),
    "check_target_shares_sum_to_100": ("ร้อยละของเป้าหมายรวมกันได้ 100", "target shares add up to 100"),
    "check_fujian_size_vs_gdp_share": ("สัดส่วนเศรษฐกิจดิจิทัลของฝูเจี้ยนต่อ GDP อยู่ระหว่าง 0 ถึง 100%", "Fujian's digital economy as a share of its GDP lies between 0 and 100 %"),
    # a note, not a test the article fails: the repeated figures are the source's claim, their year is unclear
    "check_upu_sentence_repeats_gii": ("อันดับในประโยคดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU) และปีที่อันดับนั้นผูกอยู่",
                                       "the rank in the UPU sentence, and which year it is for"),
    # named without its figures: the detail quotes the sentence and gives the yearly figures from the tables
    "check_vn_growth_mean_vs_about_20": ("อัตราการเติบโตต่อปีที่บทความระบุ ไม่นำไปเทียบกับค่าเฉลี่ยของการเติบโตรายปี",
                                         "the stated growth per year, not compared with the mean of the yearly growth"),
    # each detail of the checks table (tables/steps/checks.py DETAILS) worded from its values, not read
    # back out of the build's English; "quote" is the row's own quote
    "check_detail_growth_not_a_mean": (
        "“{quote}” เป็นข้อความแยก บทความไม่ได้บอกว่าเป็นค่าเฉลี่ย จึงไม่นำไปเทียบกับค่าเฉลี่ยของ {yearly}", ""),
    "check_detail_upu_repeats_rank": (_UPU_REPEATS_TH, ""),
    "check_detail_upu_repeats_rank_and_top": (_UPU_REPEATS_TH, ""),
    "check_detail_upu_not_repeated": (
        "ประโยคดัชนีไปรษณีย์ของสหภาพไปรษณีย์สากล (UPU) ไม่ได้ระบุอันดับของดัชนีนวัตกรรมโลก (GII) ซ้ำ", ""),
    "check_detail_fujian_size_vs_gdp_share": (
        "เกิน {size} ล้านล้าน{unit} และมากกว่า {share} % ของ GDP เป็นขอบล่างทั้งคู่ (“เกิน” และ “มากกว่า”) "
        "จึงอนุมาน GDP ของมณฑลจากสองตัวเลขนี้ไม่ได้ · สัดส่วนอยู่ระหว่าง 0 ถึง 100 %", ""),
    "check_detail_share": ("{count}/{total} = {computed} % · บทความรายงาน {reported} % (ต่างกัน {gap} จุด เกณฑ์ {tolerance})", ""),
    "check_detail_sum_matches": ("{parts} = {summed} ตรงกับ {stated} เป้าหมายที่บทความระบุ", ""),
    "check_detail_sum_differs": ("{parts} = {summed} ไม่ตรงกับ {stated} เป้าหมายที่บทความระบุ", ""),
    "check_detail_shares_sum": ("ร้อยละที่บทความรายงานรวมกันได้ {summed} %", ""),
    # Streamlit's own widgets: our words in place of theirs
    "upload_button": ("เลือกไฟล์", "Choose a file"),
    "analyze_timeline_alt": ("{n} ประโยคที่มีวันที่", "{n} dated sentences"),
    "analyze_keywords_alt": ("คำสำคัญของบทความที่วางเทียบกับบทความต้นแบบ", "keywords of the pasted article beside the seed articles"),
    "deck_title_cn": ("การเปลี่ยนผ่านสู่ดิจิทัลของจีน (ฝูเจี้ยน)", "China's (Fujian) digital transformation"),
    "deck_title_vn": ("การเปลี่ยนผ่านสู่ดิจิทัลของเวียดนาม", "Vietnam's digital transformation"),
    "deck_add": ("เพิ่มในสไลด์", "Add to deck"),
    "deck_link_refused": ("ชุดสไลด์ในลิงก์ระบุ {value} ซึ่งไม่ใช่กราฟในแดชบอร์ดนี้ จึงไม่ได้ใส่ไว้ในชุดสไลด์",
                          "The link's deck names {value}: no such chart on this dashboard, so it is left out of the deck."),
    "deck_added": ("อยู่ในสไลด์แล้ว · นำออก", "In the deck · remove"),
    "deck_tray": ("กราฟในชุดสไลด์: {n}", "Charts in your deck: {n}"),
    "deck_toast": ("เพิ่มในชุดสไลด์แล้ว (กราฟในชุดสไลด์: {n}) ดาวน์โหลดชุดสไลด์ได้ที่แถบด้านข้าง",
                   "Added to the deck (charts in the deck: {n}). Download the deck from the sidebar."),
    "deck_tray_empty": ("ยังไม่มีกราฟ: กด “เพิ่มในสไลด์” ใต้กราฟใดก็ได้", "No charts yet: press “Add to deck” under any chart"),
    "deck_clear": ("ล้างทั้งหมด", "Clear all"),
    "deck_remove": ("นำออก", "Remove"),
    "present_prev": ("ก่อนหน้า", "Previous"),
    "present_next": ("ถัดไป", "Next"),
    "present_position": ("กราฟ {n} จาก {total}", "Chart {n} of {total}"),
}


class _NumberAgreement(string.Formatter):
    """``{n:figure|figures}`` writes the word that agrees with ``n`` (one, or any other count; "+1" and "−1" are
    one): English nouns after a count, which Thai does not inflect."""

    def format_field(self, value, format_spec: str):
        if "|" in format_spec:
            one, other = format_spec.split("|", 1)
            return one if str(value).lstrip("+-\u2212 ") == "1" else other
        return super().format_field(value, format_spec)


_AGREEMENT = _NumberAgreement()


def t(key: str, lang: str = "th", **fmt) -> str:
    """UI string ``key`` in ``lang``, formatted with ``fmt``."""
    th, en = STRINGS[key]
    text = en if lang == "en" else th
    return _AGREEMENT.format(text, **fmt) if fmt else text


def label(prefix: str, value: str, lang: str) -> str:
    """Translated label for a coded value ("status", "achieved"), or the value itself."""
    key = f"{prefix}_{value}"
    if key in STRINGS:
        return t(key, lang)
    if prefix == "country":  # an added article's country ("ID", "MY"): named as the gazetteer names it, never its code
        from digital_compare.text.labeller import subject_name

        return subject_name(str(value), lang)
    return str(value).replace("_", " ")


def _workspace_strings() -> None:
    from digital_compare.app.i18n_workspace import WORKSPACE_STRINGS

    STRINGS.update(WORKSPACE_STRINGS)


_workspace_strings()
#: Streamlit's own words (control names read by screen readers, tooltips, placeholders, the data
#: grid's menus, the skip link) in Thai; Streamlit has no setting for its language, so a script of
#: the page's puts these in (and takes them out again on an English page)
STREAMLIT_TH = {
    "Skip to main content": "ข้ามไปยังเนื้อหาหลัก",
    # the dialog for an address that names no page (a link mistyped or from an older version)
    "Page not found": "ไม่พบหน้านี้",
    "The page that you have requested does not seem to exist. Running the app's main page.":
        "ไม่พบหน้าที่ขอเปิด จึงเปิดหน้าหลักของแดชบอร์ดแทน",
    "App pages": "หน้าต่าง ๆ ของแดชบอร์ด",
    "Sidebar": "แถบด้านข้าง",
    "Collapse sidebar": "ซ่อนแถบด้านข้าง",
    "Expand sidebar": "แสดงแถบด้านข้าง",
    "Fullscreen": "เต็มจอ",
    "Close fullscreen": "ออกจากโหมดเต็มจอ",
    "Exit fullscreen": "ออกจากโหมดเต็มจอ",
    "Link to heading": "ลิงก์ไปยังหัวข้อนี้",
    "Open": "เปิดรายการ",
    "Close": "ปิด",
    "Clear all": "ล้างทั้งหมด",
    "Clear value": "ล้างค่า",
    "Selected values": "ค่าที่เลือก",
    "Choose an option": "เลือกรายการ",
    "Choose options": "เลือกรายการ",
    "No results": "ไม่พบรายการ",
    "file upload": "อัปโหลดไฟล์",
    "Search": "ค้นหา",
    # a table's search: its box, and the buttons a screen reader names beside it
    "Type to search": "พิมพ์เพื่อค้นหา", "Previous Result": "ผลการค้นหาก่อนหน้า", "Next Result": "ผลการค้นหาถัดไป",
    "Close Search": "ปิดการค้นหา",
    # a row of tabs wider than the screen: its hidden scroll buttons; a table's row selection
    "Scroll tabs right": "เลื่อนดูแท็บทางขวา", "Scroll tabs left": "เลื่อนดูแท็บทางซ้าย",
    "Clear selection": "ล้างการเลือก",
    "Show/hide columns": "แสดงหรือซ่อนคอลัมน์",
    "Download as CSV": "ดาวน์โหลดเป็น CSV",
    "Sort ascending": "เรียงจากน้อยไปมาก",
    "Sort descending": "เรียงจากมากไปน้อย",
    "Pin column": "ตรึงคอลัมน์",
    "Unpin column": "เลิกตรึงคอลัมน์",
    "Hide column": "ซ่อนคอลัมน์",
    "Autosize": "ปรับความกว้างอัตโนมัติ",
    "Format": "รูปแบบตัวเลข",
    "Copy to clipboard": "คัดลอก",
    "Upload": "อัปโหลด",
    # the uploader's "+" once a file is chosen
    "Add files": "เพิ่มไฟล์",
    # the uploader's refusal of a file over server.maxUploadSize (text.decode's UPLOAD_CEILING_MB; a smaller file
    # over MAX_INPUT_MB reaches the page, which refuses it in its own words)
    "Error:": "ข้อผิดพลาด: ",  # its own text node before the refusal (the page's script matches trimmed texts)
    "add icon": "ไอคอนเพิ่มไฟล์",  # the "+" button's hidden text
    f"File must be {UPLOAD_CEILING_MB:.1f}MB or smaller.": f"ไฟล์ต้องมีขนาดไม่เกิน {UPLOAD_CEILING_MB} MB",
    # a number field's step buttons (the year of a label on /analyze), read aloud by screen readers
    "Increment": "เพิ่มค่า",
    "Decrement": "ลดค่า",
    # the name Streamlit gives every embedded frame (the highlighted text, the article reader)
    "st.iframe": "กรอบเนื้อหาที่ฝังในหน้า",
    # the date field: its empty segments, its buttons
    "yyyy": "ปปปป", "mm": "ดด", "dd": "วว", "YYYY-MM-DD": "ปปปป-ดด-วว",
    "Choose date": "เลือกวันที่", "Clear date": "ล้างวันที่",
    # its opened calendar: the header's buttons and pickers, the screen reader's hidden words
    "Previous month": "เดือนก่อนหน้า", "Next month": "เดือนถัดไป", "Previous": "ก่อนหน้า", "Next": "ถัดไป",
    "month": "เดือน", "year": "ปี", "Dismiss": "ปิด",
    # Enter and Esc: the names printed on the keys
    "Use arrow keys to navigate dates. Enter to select. Escape to close.":
        "ใช้ปุ่มลูกศรเลื่อนไปยังวันที่ กด Enter เพื่อเลือก กด Esc เพื่อปิด",
    "January": "มกราคม", "February": "กุมภาพันธ์", "March": "มีนาคม", "April": "เมษายน", "May": "พฤษภาคม",
    "June": "มิถุนายน", "July": "กรกฎาคม", "August": "สิงหาคม", "September": "กันยายน", "October": "ตุลาคม",
    "November": "พฤศจิกายน", "December": "ธันวาคม",
}
#: Streamlit's names made of a word and a label of ours ("Remove มณฑลฝูเจี้ยน", "year, วันที่เผยแพร่")
STREAMLIT_TH_PREFIXES = {"Remove ": "นำออก: ", "Help for ": "คำอธิบาย: ", "Shortcut ": "ปุ่มลัด ",
                         "year, ": "ปี: ", "month, ": "เดือน: ", "day, ": "วัน: "}
#: the date field's opened calendar, where Streamlit's words are made of dates ("Today, Monday,
#: November 30, 2026, Last available date"): its dates in Thai order with Thai names, each year marked
#: as the Gregorian year it is (a Thai reader takes a bare year for a Buddhist one), the phrases around
#: them in Thai, and each weekday column headed by its standard abbreviation (the browser's own
#: narrow headings "S M T W T F S" name two columns "S" and two "T", so a column is named from its
#: days). A browser set to Thai draws the calendar in Thai itself, in Buddhist years marked พ.ศ.;
#: only the phrases and headings are left to put in Thai there.
STREAMLIT_TH_CALENDAR = {
    "months": {en: STREAMLIT_TH[en] for en in ("January", "February", "March", "April", "May", "June", "July",
                                               "August", "September", "October", "November", "December")},
    #: English name: (Thai name after วัน, standard abbreviation)
    "weekdays": {"Sunday": ("อาทิตย์", "อา."), "Monday": ("จันทร์", "จ."), "Tuesday": ("อังคาร", "อ."),
                 "Wednesday": ("พุธ", "พ."), "Thursday": ("พฤหัสบดี", "พฤ."), "Friday": ("ศุกร์", "ศ."),
                 "Saturday": ("เสาร์", "ส.")},
    "era": "ค.ศ.",
    #: an empty segment of the field, as a screen reader names it
    "empty": "ว่าง",
    #: in this order: the longer phrase before the shorter one inside it
    "phrases": [("Choose date, ", "เลือกวันที่ "), ("Selected Date: ", "วันที่เลือก: "),
                ("Selected Range: ", "ช่วงที่เลือก: "), ("Today, ", "วันนี้ "), (" selected", " (เลือกอยู่)"),
                (", First available date", " (วันแรกที่เลือกได้)"), (", Last available date", " (วันสุดท้ายที่เลือกได้)")],
}
#: plotly.js's own words (toolbar titles, notices) in Thai, passed with each chart's config as an
#: inline locale: plotly.js then translates every string it draws itself
PLOTLY_TH = {
    "Autoscale": "ปรับขนาดอัตโนมัติ",
    "Box Select": "เลือกแบบกรอบ",
    "Compare data on hover": "เปรียบเทียบข้อมูลเมื่อชี้",
    "Download plot as a PNG": "ดาวน์โหลดกราฟเป็นภาพ PNG",
    "Download plot as a png": "ดาวน์โหลดกราฟเป็นภาพ PNG",
    "Download plot": "ดาวน์โหลดกราฟ",
    "Download plot as JSON": "ดาวน์โหลดกราฟเป็น JSON",
    "Image download succeeded": "ดาวน์โหลดภาพสำเร็จ",
    "JSON download succeeded": "ดาวน์โหลด JSON สำเร็จ",
    "Lasso Select": "เลือกแบบอิสระ",
    "Pan": "เลื่อนกราฟ",
    "Preparing image - this may take a few seconds": "กำลังเตรียมภาพ อาจใช้เวลาสักครู่",
    "Taking snapshot - this may take a few seconds": "กำลังเตรียมภาพ อาจใช้เวลาสักครู่",
    "Snapshot succeeded": "ดาวน์โหลดภาพสำเร็จ",
    "Sorry, there was a problem downloading your image!": "ขออภัย ดาวน์โหลดภาพไม่สำเร็จ",
    "Sorry, there was a problem downloading your snapshot!": "ขออภัย ดาวน์โหลดภาพไม่สำเร็จ",
    "Reset": "คืนค่าเดิม",
    "Reset axes": "คืนค่าแกนเดิม",
    "Reset view": "คืนมุมมองเดิม",
    "Reset views": "คืนมุมมองเดิม",
    "Show closest data on hover": "แสดงข้อมูลที่ใกล้ที่สุดเมื่อชี้",
    "Toggle Spike Lines": "เปิด/ปิดเส้นบอกตำแหน่ง",
    "Toggle show closest data on hover": "เปิด/ปิดการแสดงข้อมูลที่ใกล้ที่สุดเมื่อชี้",
    "Zoom": "ซูม",
    "Zoom in": "ขยาย",
    "Zoom out": "ย่อ",
    "Double-click to zoom back out": "ดับเบิลคลิกเพื่อย่อกลับ",
    "Double-click on legend to isolate one trace": "ดับเบิลคลิกที่คำอธิบายสัญลักษณ์เพื่อแสดงชุดข้อมูลเดียว",
    "Produced with Plotly.js": "สร้างด้วย Plotly.js",
    "trace": "ชุดข้อมูล",
    "new text": "ข้อความใหม่",
}
PLOTLY_TH_FORMAT = {
    "days": ["อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"],
    "shortDays": ["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."],
    "months": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "shortMonths": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
    "date": "%d/%m/%Y",
}


def plotly_locale(lang: str) -> dict:
    """The Plotly config entries that make plotly.js speak ``lang`` (English is its own)."""
    if lang != "th":
        return {}
    return {"locale": "th", "locales": {"th": {"dictionary": PLOTLY_TH, "format": PLOTLY_TH_FORMAT}}}
