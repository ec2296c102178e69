"""A learned chooser of a figure's year, over the years the text names near it.

For every labelled figure, the candidate periods are the rules' own choice, "no year", the
publication year (where known) and each year or span the text names in the figure's sentence and
the two sentences before it. Each figure–candidate pair is described by features (how far the
year lies from the figure and on which side, whether another figure or year lies between, the
words just before the year, whether the rules marked it a comparison, whether it is the rules'
choice); a logistic regression scores every pair and the best-scored candidate is the figure's
year. The weights are plain JSON (``year_model.json``), fitted by :func:`fit_year_model` with
no library beyond the standard one, so the result is the same on every machine.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["YearCandidate", "year_candidates", "fit_year_model", "choose", "load_year_model", "pair_score"]

_HERE = Path(__file__).resolve().parent
MODEL_FILE = _HERE / "year_model.json"

#: the words just before a named year, each a feature of the pair: a comparison's, a span's, a
#: deadline's, a forecast's, or the plain "in the year"
_CUES_BEFORE = {
    "compare": re.compile(r"เทียบ|ช่วงเดียวกัน|เมื่อเทียบ"),
    "from": re.compile(r"จาก(?:เดิม)?(?:ใน)?(?:ช่วง)?(?:ปี)?[ \u00a0]?$"),
    "since": re.compile(r"ตั้งแต่|นับตั้งแต่|นับจาก"),
    "until": re.compile(r"(?:จน)?ถึง(?:ปี)?[ \u00a0]?$|ภายใน|จนถึง"),
    "target": re.compile(r"เป้า"),
    "forecast": re.compile(r"คาด|ประมาณการ"),
    "former": re.compile(r"เดิม|ก่อนหน้า|ที่แล้ว"),
    "of_year": re.compile(r"ของปี[ \u00a0]?$"),
    "in_year": re.compile(r"ในปี[ \u00a0]?$|ปี[ \u00a0]?$"),
    "when": re.compile(r"เมื่อ"),
    "end_of": re.compile(r"สิ้นปี|ปลายปี"),
}
_CLAUSE_GAP = re.compile(r"[ \u00a0,;:()]")


@dataclass
class YearCandidate:
    """One period a figure may be for, with the features of the pair."""

    year: int | None
    year_end: int | None
    features: dict[str, float] = field(default_factory=dict)


def _sentence_index(starts: list[int], position: int) -> int:
    return bisect.bisect_right(starts, position) - 1


def _nearest_figure(figure_starts: list[int], position: int) -> int | None:
    """The start of the figure nearest a position (a year is most likely its nearest figure's)."""
    index = bisect.bisect_left(figure_starts, position)
    near = figure_starts[max(0, index - 1) : index + 1]
    return min(near, key=lambda start: abs(start - position)) if near else None


def _mention_features(record: dict, year, text: str, sentence_starts: list[int], figure_starts: list[int],
                      year_starts: list[int], compared: bool, rank: int) -> dict[str, float]:
    """Features of a figure and one year the text names near it."""
    after = year.start >= record["end"]
    lo, hi = (record["end"], year.start) if after else (year.end, record["start"])
    distance = max(0, hi - lo)
    back = _sentence_index(sentence_starts, record["sentence_start"]) - _sentence_index(sentence_starts, year.start)
    gap = text[lo:hi] if back == 0 else ""
    before = text[max(0, year.start - 20) : year.start]
    figures_between = bisect.bisect_left(figure_starts, hi) - bisect.bisect_left(figure_starts, lo)
    years_between = bisect.bisect_left(year_starts, hi) - bisect.bisect_right(year_starts, lo)
    out = {
        "same_sentence": float(back == 0),
        "after": float(back == 0 and after),
        "before": float(back == 0 and not after),
        "back1": float(back == 1),
        "back2": float(back >= 2),
        "log_distance": math.log1p(distance) / 6.0,
        "near15": float(back == 0 and distance <= 15),
        "near40": float(back == 0 and distance <= 40),
        "figure_between": float(figures_between > 0),
        "year_between": float(back == 0 and years_between > 0),
        "clause_gap": float(back == 0 and bool(_CLAUSE_GAP.search(gap))),
        "comparison": float(compared),
        "span": float(year.year_end is not None),
        "nearest": float(rank == 0),
        "second": float(rank == 1),
        "date": float(year.kind == "date"),
        "after_near15": float(back == 0 and after and distance <= 15),
        "before_near15": float(back == 0 and not after and distance <= 15),
        "opens_sentence": float(year.start - year.sentence_start <= 25),
        "owned_by_other": float(back == 0 and _nearest_figure(figure_starts, year.start) != record["start"]),
    }
    for name, cue in _CUES_BEFORE.items():
        if cue.search(before):
            out[f"cue_{name}"] = 1.0
            if after and back == 0:
                out[f"after_cue_{name}"] = 1.0
    return out


def year_candidates(text: str, record: dict, temporal: list, comparison: list[bool], sentence_starts: list[int],
                    figure_starts: list[int], published: str | None) -> list[YearCandidate]:
    """The periods one labelled figure may be for, each with the features of the pair.

    ``temporal`` are the years the rules read (sorted by start), ``comparison`` whether the rules
    took each for a comparison, ``sentence_starts`` the sorted starts of the text's sentences,
    ``figure_starts`` the sorted starts of its figures."""
    here = _sentence_index(sentence_starts, record["sentence_start"])
    floor = sentence_starts[max(0, here - 2)] if sentence_starts else 0
    year_starts = [m.start for m in temporal]
    nearby = [(m, c) for m, c in zip(temporal, comparison, strict=True)
              if floor <= m.start < record["sentence_end"] and not (m.start < record["end"] and m.end > record["start"])]
    nearby.sort(key=lambda pair: abs(pair[0].start - record["start"]))
    rules = (record["year"], record["year_end"])
    published_year = int(published[:4]) if published else None
    chosen: dict[tuple, YearCandidate] = {}
    for rank, (mention, compared) in enumerate(nearby):
        key = (mention.year, mention.year_end)
        if key in chosen:
            chosen[key].features["repeated"] = 1.0
            continue
        chosen[key] = YearCandidate(*key, _mention_features(record, mention, text, sentence_starts, figure_starts,
                                                             year_starts, compared, rank))
    for key in (rules, (None, None)) + (((published_year, None),) if published_year else ()):
        chosen.setdefault(key, YearCandidate(*key, {"unnamed": 1.0}))
    for key, candidate in chosen.items():
        features = candidate.features
        features["bias"] = 1.0
        if key == rules:
            # kept apart from the weights (see fit_year_model): the rules were written on the texts it learns from
            features["rules"] = 1.0
        if key == (None, None):
            features["none"] = 1.0
            features["none_nearby_" + ("some" if nearby else "no")] = 1.0
        if published_year is not None and key[0] is not None:
            if key == (published_year, None):
                features["published_year"] = 1.0
            features["past" if key[0] < published_year else "future" if key[0] > published_year else "this_year"] = 1.0
    return list(chosen.values())


def pair_score(model: dict, features: dict[str, float]) -> float:
    """The model's score of one figure–year pair (the logit of its being the figure's year)."""
    weights = model["weights"]
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def choose(model: dict, candidates: list[YearCandidate]) -> tuple[YearCandidate, float]:
    """The best-scored candidate and its softmax share among the figure's candidates."""
    scores = [pair_score(model, c.features) for c in candidates]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    best = scores.index(top)
    return candidates[best], 1.0 / total


#: features the model does not weigh: whether a candidate is the rules' choice. The rules were tuned
#: on the very texts the model learns from, so with it the model only learns to copy them
UNWEIGHED = frozenset({"rules"})


def fit_year_model(groups: list[tuple[list[YearCandidate], set[tuple]]], l2: float = 1.0, steps: int = 300,
                   rate: float = 0.5) -> dict:
    """A conditional logit (softmax over each figure's candidates) fitted by gradient descent with an
    L2 penalty. ``groups``: per figure, its candidates and the set of right (year, year_end) pairs;
    figures none of whose candidates is right teach nothing and are left out."""
    usable = [([YearCandidate(c.year, c.year_end, {k: v for k, v in c.features.items() if k not in UNWEIGHED})
                for c in cands], [float((c.year, c.year_end) in right) for c in cands]) for cands, right in groups]
    usable = [(cands, t) for cands, t in usable if any(t)]
    names = sorted({name for cands, _ in usable for c in cands for name in c.features})
    weights = dict.fromkeys(names, 0.0)
    n = max(len(usable), 1)
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        for cands, targets in usable:
            scores = [sum(weights[k] * v for k, v in c.features.items()) for c in cands]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            right_total = sum(e * t for e, t in zip(exps, targets, strict=True))
            for c, e, t in zip(cands, exps, targets, strict=True):
                # the gradient of -log(the right candidates' share): each candidate's share of all,
                # less its share of the right ones
                p = e / total
                q = e * t / right_total
                for k, v in c.features.items():
                    grad[k] += (p - q) * v
        for k in names:
            weights[k] -= rate * (grad[k] / n + l2 * weights[k] / n)
    return {"weights": {k: round(w, 4) for k, w in weights.items()}, "trained_on": len(usable)}


@cache
def load_year_model(path: str | None = None) -> dict | None:
    """The shipped year model, or None where none ships."""
    target = Path(path) if path else MODEL_FILE
    if not target.is_file():
        return None
    return json.loads(target.read_text(encoding="utf-8"))
