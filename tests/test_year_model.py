"""The learned year chooser: the features of a figure–year pair, the model's file and its fit."""

from __future__ import annotations

import contextlib
import io
import json
import math
from pathlib import Path

import pytest

from digital_compare.text.extract import extract_mentions
from digital_compare.text.labeller import label_figures
from digital_compare.text.year_model import (
    MODEL_FILE,
    UNWEIGHED,
    YearCandidate,
    choose,
    fit_year_model,
    load_year_model,
    pair_score,
)
from digital_compare.tools.cli import main


def _candidates(text: str, surface: str, published: str | None = None) -> dict[tuple, dict[str, float]]:
    found: list = []
    records = label_figures(text, extract_mentions(text, "t"), published=published, year_candidates_out=found)
    index = next(i for i, r in enumerate(records) if r["surface"] == surface)
    return {(c.year, c.year_end): c.features for c in found[index]}


# our own sentences, one cue each: (text, figure, candidate year (Gregorian, as the extractor reads a
# Buddhist-era one), feature, expected value)
FEATURE_CASES = [
    ("ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% เมื่อเทียบกับปี 2565", "12%", 2022, "cue_compare", 1.0),
    ("ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% เมื่อเทียบกับปี 2565", "12%", 2022, "after", 1.0),
    ("ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% เมื่อเทียบกับปี 2565", "12%", 2023, "before", 1.0),
    ("ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% เมื่อเทียบกับปี 2565", "12%", 2023, "opens_sentence", 1.0),
    ("ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% เมื่อเทียบกับปี 2565", "12%", 2022, "opens_sentence", 0.0),
    ("รัฐบาลตั้งเป้าให้สัดส่วนเศรษฐกิจดิจิทัลแตะ 30% ของ GDP ภายในปี 2570", "30%", 2027, "cue_until", 1.0),
    ("รัฐบาลตั้งเป้าให้สัดส่วนเศรษฐกิจดิจิทัลแตะ 30% ของ GDP ภายในปี 2570", "30%", 2027, "figure_between", 0.0),
    ("จำนวนผู้ใช้เพิ่มขึ้นต่อเนื่องตั้งแต่ปี 2562 จนมีถึง 50 ล้านคน", "50 ล้าน", 2019, "cue_since", 1.0),
    ("จำนวนผู้ใช้เพิ่มขึ้นต่อเนื่องตั้งแต่ปี 2562 จนมีถึง 50 ล้านคน", "50 ล้าน", 2019, "same_sentence", 1.0),
    # the year lies past another figure: it is more likely that figure's
    ("การส่งออกโต 5% ส่วนการนำเข้าโต 7% ในปี 2567", "5%", 2024, "figure_between", 1.0),
    ("การส่งออกโต 5% ส่วนการนำเข้าโต 7% ในปี 2567", "5%", 2024, "owned_by_other", 1.0),
    ("การส่งออกโต 5% ส่วนการนำเข้าโต 7% ในปี 2567", "7%", 2024, "owned_by_other", 0.0),
    ("การส่งออกโต 5% ส่วนการนำเข้าโต 7% ในปี 2567", "7%", 2024, "after_near15", 1.0),
    # a year two sentences back is a candidate, marked as such
    ("ปี 2564 เป็นปีที่ตลาดฟื้นตัว ผู้ประกอบการหลายรายขยายกิจการ\nยอดขายรวมอยู่ที่ 900 ล้านบาท", "900 ล้านบาท", 2021, "same_sentence", 0.0),
    ("ปี 2564 เป็นปีที่ตลาดฟื้นตัว ผู้ประกอบการหลายรายขยายกิจการ\nยอดขายรวมอยู่ที่ 900 ล้านบาท", "900 ล้านบาท", 2021, "opens_sentence", 1.0),
]


@pytest.mark.parametrize(("text", "surface", "year", "feature", "expected"), FEATURE_CASES)
def test_pair_features(text, surface, year, feature, expected):
    candidates = _candidates(text, surface)
    assert (year, None) in candidates, sorted(candidates, key=str)
    assert candidates[(year, None)].get(feature, 0.0) == expected


@pytest.mark.parametrize(("published", "candidate", "feature"), [
    ("2024-03-01", (2024, None), "published_year"),
    ("2024-03-01", (None, None), "none"),
])
def test_every_figure_may_have_no_year_or_the_publication_year(published, candidate, feature):
    candidates = _candidates("ในปี 2566 ผู้ใช้อินเทอร์เน็ตในไทยมี 60 ล้านคน", "60 ล้าน", published)
    assert candidates[candidate][feature] == 1.0


def test_the_rules_choice_is_a_candidate_the_fit_does_not_weigh():
    text = "ในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12%"
    candidates = _candidates(text, "12%")
    assert candidates[(2023, None)]["rules"] == 1.0
    model = fit_year_model([([YearCandidate(2023, None, candidates[(2023, None)]),
                              YearCandidate(None, None, candidates[(None, None)])], {(2023, None)})], steps=20)
    assert not UNWEIGHED & set(model["weights"])


@pytest.mark.parametrize(("weights", "features", "expected"), [
    ({"near15": 2.0, "none": -1.0}, {"near15": 1.0, "bias": 1.0}, 2.0),
    ({"near15": 2.0}, {"unknown_feature": 1.0}, 0.0),  # a feature the model never saw weighs nothing
    ({"log_distance": -1.5}, {"log_distance": 0.5}, -0.75),
])
def test_pair_score(weights, features, expected):
    assert pair_score({"weights": weights}, features) == pytest.approx(expected)


def test_choose_takes_the_best_scored_candidate_with_its_share():
    model = {"weights": {"near15": 2.0, "comparison": -3.0}}
    near = YearCandidate(2566, None, {"near15": 1.0})
    compared = YearCandidate(2565, None, {"comparison": 1.0})
    best, share = choose(model, [compared, near])
    assert best is near
    assert share == pytest.approx(1 / (1 + math.exp(-5.0)))


def test_fit_learns_which_cue_marks_the_right_year():
    # in every figure the year with "near15" is right and the compared one wrong
    groups = [([YearCandidate(2566, None, {"near15": 1.0}), YearCandidate(2565, None, {"comparison": 1.0}),
                YearCandidate(None, None, {"none": 1.0})], {(2566, None)})] * 10
    model = fit_year_model(groups)
    assert model["weights"]["near15"] > 0 > model["weights"]["comparison"]
    assert model == fit_year_model(groups)  # no randomness: the same figures give the same file


def test_load_year_model_reads_its_json(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"weights": {"near15": 1.5}, "override_above": 0.9}), encoding="utf-8")
    assert load_year_model(str(path)) == {"weights": {"near15": 1.5}, "override_above": 0.9}
    assert load_year_model(str(tmp_path / "absent.json")) is None


def _tiny_gold(folder: Path) -> Path:
    """A gold folder in our own words: two texts, three figures."""
    folder.mkdir()
    (folder / "a.txt").write_text("# published: 2024-05-01\n\nในปี 2566 ยอดขายออนไลน์ของไทยเติบโต 12% "
                                  "เมื่อเทียบกับปี 2565\n", encoding="utf-8")
    (folder / "b.txt").write_text("การส่งออกโต 5% ส่วนการนำเข้าโต 7% ในปี 2567\n", encoding="utf-8")
    figures = [
        {"file": "a.txt", "quote": "เติบโต 12%", "value": 12, "subject": "TH", "indicator": "other",
         "year": 2023, "year_end": None, "status": "actual"},
        {"file": "b.txt", "quote": "ส่งออกโต 5%", "value": 5, "subject": "TH", "indicator": "other",
         "year": 2024, "year_end": None, "status": "actual"},
        {"file": "b.txt", "quote": "นำเข้าโต 7%", "value": 7, "subject": "TH", "indicator": "other",
         "year": 2024, "year_end": None, "status": "actual"},
    ]
    (folder / "gold_t.yaml").write_text(json.dumps({"figures": figures}, ensure_ascii=False), encoding="utf-8")
    return folder


def test_the_train_command_writes_the_fit_of_the_gold_figures(tmp_path):
    from digital_compare.text.evaluate import train_year_model, year_examples

    gold = _tiny_gold(tmp_path / "gold")
    out = tmp_path / "model.json"
    train_year_model([gold], out, override_above=0.9)
    written = json.loads(out.read_text(encoding="utf-8"))
    examples = year_examples(gold)
    assert [e.right for e in examples] == [{(2023, None)}, {(2024, None)}, {(2024, None)}]
    assert written["weights"] == fit_year_model([(e.candidates, e.right) for e in examples])["weights"]
    assert written["override_above"] == 0.9 and written["trained_on"] == 3


def test_no_year_model_ships_so_the_rules_choose():
    # the learned chooser scored below the rules on held-out news (README, "A learned year chooser")
    assert not MODEL_FILE.exists()
    assert load_year_model() is None


@pytest.mark.parametrize(("with_gold", "args", "expected"), [
    (False, [], "year-model: skipped, no gold_*.yaml"),
    (True, [], "2-fold cross-validation by file (2 texts, 3 figures"),
    (True, ["--out", "{out}"], "year model: "),
])
def test_year_model_command(tmp_path, with_gold, args, expected):
    folder = _tiny_gold(tmp_path / "gold") if with_gold else tmp_path
    out = tmp_path / "model.json"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["year-model", str(folder), *[a.format(out=out) for a in args]]) == 0
    assert expected in printed.getvalue()
    assert out.exists() == ("--out" in args)
