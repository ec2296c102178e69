"""pandera schemas of every built table."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.pandas import Check, Column, DataFrameSchema

from digital_compare.text.kinds import KINDS
from digital_compare.text.thai_dates import YEARS_READ

__all__ = ["SCHEMAS", "coerce_for_schema"]

S, I, F, B = "string", "Int64", "Float64", "boolean"


def _col(dtype: str, nullable: bool = False, checks=None, unique: bool = False) -> Column:
    return Column(dtype, nullable=nullable, checks=checks, unique=unique, coerce=True)


def _span_columns() -> dict[str, Column]:
    return {
        "article_id": _col(S),
        "start": _col(I, checks=Check.ge(0)),
        "end": _col(I, checks=Check.ge(1)),
        "quote": _col(S, checks=Check.str_length(min_value=1)),
    }


_SPAN_ORDER = Check(lambda df: df["start"] < df["end"], error="start must be before end")
COUNTRY = Check.str_matches(r"^[A-Z]{2}$")

SCHEMAS: dict[str, DataFrameSchema] = {
    "articles": DataFrameSchema(
        {
            "id": _col(S, unique=True),
            "country": _col(S, checks=COUNTRY),
            "outlet": _col(S, nullable=True),
            "outlet_th": _col(S, nullable=True),
            "published": _col(S, nullable=True, checks=Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")),
            "title": _col(S, nullable=True),
            "title_en": _col(S, nullable=True),
            "language": _col(S),
            "sha256": _col(S, checks=Check.str_matches(r"^[0-9a-f]{64}$")),
            "chars": _col(I, checks=Check.gt(0)),
            "content_chars": _col(I, checks=Check.ge(0)),
            "path": _col(S),
        },
        strict=True,
    ),
    "sentences": DataFrameSchema(
        {
            "article_id": _col(S),
            "sentence_no": _col(I, checks=Check.ge(0)),
            "start": _col(I, checks=Check.ge(0)),
            "end": _col(I, checks=Check.ge(1)),
            "text": _col(S),
            "tokens": _col(I, checks=Check.ge(0)),
        },
        strict=True,
        checks=_SPAN_ORDER,
    ),
    "mentions": DataFrameSchema(
        {
            "article": _col(S),
            "kind": _col(S, checks=Check.isin(KINDS)),
            "surface": _col(S, checks=Check.str_length(min_value=1)),
            "start": _col(I, checks=Check.ge(0)),
            "end": _col(I, checks=Check.ge(1)),
            "value": _col(F, nullable=True),
            "unit": _col(S, nullable=True),
            "year": _col(I, nullable=True, checks=Check.in_range(1000, 2999)),
            "year_end": _col(I, nullable=True, checks=Check.in_range(1000, 2999)),
            "date": _col(S, nullable=True, checks=Check.str_matches(r"^\d{4}-\d{2}-\d{2}$")),
            "inferred": _col(B),
            "sentence": _col(S),
            "id": _col(S, unique=True),
            "qualifier": _col(S, nullable=True, checks=Check.isin([">", "<", "≈", "≲", "top"])),
            "era": _col(S, nullable=True, checks=Check.isin(["ad", "be"])),
            "context_year": _col(I, nullable=True),
            "sentence_start": _col(I),
            "sentence_end": _col(I),
        },
        strict=True,
        checks=_SPAN_ORDER,
    ),
    "metrics": DataFrameSchema(
        {
            "fact": _col(S, unique=True),
            "country": _col(S, checks=COUNTRY),
            "scope": _col(S),
            "indicator": _col(S),
            "part": _col(S, nullable=True),
            "label_en": _col(S),
            "label_th": _col(S),
            # an automatic figure whose year the text does not give keeps no year, never a guess
            "year": _col(I, nullable=True, checks=Check.in_range(*YEARS_READ)),
            "value": _col(F),
            "unit": _col(S, nullable=True),
            "qualifier": _col(S, nullable=True, checks=Check.isin([">", "<", "≈", "≲", "top"])),
            "kind": _col(S),
            "method": _col(S, checks=Check.isin(["extracted", "derived"])),
            **_span_columns(),
            "mention_id": _col(S, nullable=True),
            "mention_start": _col(I, nullable=True),
            "mention_end": _col(I, nullable=True),
            "surface": _col(S, nullable=True),
            "gloss_en": _col(S, nullable=True),  # an automatic label has no English gloss
            # a country or province code, a group, or a named region the gazetteer knows ("OTHER:Asia-Pacific")
            "subject": _col(S, checks=Check.str_matches(r"^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|ASEAN|WORLD|OTHER:[^\n]{1,60})$")),
            # proposed: the content of a plan put forward for adoption, neither done nor adopted
            "status": _col(S, checks=Check.isin(["actual", "target", "forecast", "proposed"])),
            "source": _col(S, checks=Check.isin(["annotated", "accepted", "corrected", "auto"])),
            "confidence": _col(F, checks=Check.in_range(0, 1)),
            # given: the text ties the year to the figure; not_given: it does not (year is then the
            # review's); unclear: the sentence can be read with more than one year
            "year_status": _col(S, checks=Check.isin(["given", "not_given", "unclear"])),
            "attribution": _col(S, nullable=True),  # who the text says the figure comes from (an i18n key)
            # a claim over years ("2 ปีซ้อน (2022, 2023)"): its first year; year holds the last
            "year_first": _col(I, nullable=True, checks=Check.in_range(*YEARS_READ)),
            # assessment: year is the year of the assessment that gave the figure ("62 targets" assessed in
            # 2023), not the year the figure is of; empty for a figure of its year
            "year_basis": _col(S, nullable=True, checks=Check.isin(["assessment", "year_end"])),
        },
        strict=True,
        checks=_SPAN_ORDER,
    ),
    "targets": DataFrameSchema(
        {
            "group": _col(S, checks=Check.isin(["targets", "tasks"])),
            "status": _col(S),
            "label_en": _col(S),
            "label_th": _col(S),
            "count": _col(I, checks=Check.ge(0)),
            "total": _col(I, checks=Check.gt(0)),
            "share_reported": _col(F, nullable=True),
            "share_computed": _col(F, checks=Check.in_range(0, 100)),
            "year": _col(I),
            "year_basis": _col(S, nullable=True, checks=Check.isin(["assessment", "year_end"])),
            "fact": _col(S),
            **_span_columns(),
        },
        strict=True,
    ),
    "events": DataFrameSchema(
        {
            "event": _col(S, unique=True),
            "country": _col(S, checks=COUNTRY),
            "date": _col(S, checks=Check.str_matches(r"^\d{4}(-\d{2}-\d{2})?$")),
            "year": _col(I),
            "date_precision": _col(S, checks=Check.isin(["day", "year"])),
            "inferred": _col(B),
            "title_th": _col(S),
            "title_en": _col(S, nullable=True),
            "category": _col(S),
            **_span_columns(),
            "gloss_en": _col(S, nullable=True),
            "source": _col(S, checks=Check.isin(["annotated", "dated_sentence"])),
        },
        strict=True,
        checks=_SPAN_ORDER,
    ),
    "firsts": DataFrameSchema(
        {
            "first": _col(S, unique=True),
            "order": _col(I),
            "category": _col(S),
            "label_th": _col(S),
            "label_en": _col(S),
            **_span_columns(),
        },
        strict=True,
    ),
    "themes": DataFrameSchema(
        {
            "theme": _col(S),
            "country": _col(S, checks=COUNTRY),
            **_span_columns(),
            "gloss_en": _col(S),
        },
        strict=True,
    ),
    "keywords": DataFrameSchema(
        {
            "article_id": _col(S),
            "country": _col(S),
            "rank": _col(I, checks=Check.ge(1)),
            "term": _col(S),
            "count": _col(I, checks=Check.ge(1)),
            "per_1000_tokens": _col(F, checks=Check.ge(0)),
            "log_odds_z": _col(F, nullable=True),
        },
        strict=True,
    ),
    "checks": DataFrameSchema(
        {
            "check": _col(S, unique=True),
            "article_id": _col(S),
            "passed": _col(B),
            "severity": _col(S, checks=Check.isin(["error", "warning", "info"])),
            "detail": _col(S),
            "detail_template": _col(S),
            "detail_values": _col(S, checks=Check.str_startswith("{")),
            "expected": _col(S, nullable=True),
            "observed": _col(S, nullable=True),
            "start": _col(I, nullable=True),
            "end": _col(I, nullable=True),
            "quote": _col(S, nullable=True),
        },
        strict=True,
    ),
}


def coerce_for_schema(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Nullable dtypes for a table read back from CSV (bool columns come back as text)."""
    schema = SCHEMAS[name]
    df = df.copy()
    for column, spec in schema.columns.items():
        if column in df.columns and str(spec.dtype) == "boolean" and df[column].dtype != "boolean":
            df[column] = df[column].map(
                lambda v: pd.NA if pd.isna(v) else str(v).strip().lower() in ("true", "1")
            ).astype("boolean")
    return df
