import io

import pandas as pd
import pytest

from digital_compare.csv_safe import dataframe_to_safe_csv, neutralise_formula


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("-1e6", "-1e6"),
        ("ปี 2566", "ปี 2566"),
        ("a=b", "a=b"),
        (-12.5, -12.5),
        (None, None),
    ],
)
def test_neutralise_formula(cell, expected):
    assert neutralise_formula(cell) == expected


def test_csv_keeps_numbers_and_thai():
    df = pd.DataFrame({"quote": ["=HYPERLINK(\"http://x\")", "เกิน 2 ล้านล้านหยวน"], "value": [-3.5, 2e12]})
    data = dataframe_to_safe_csv(df)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["quote"].tolist() == ["'=HYPERLINK(\"http://x\")", "เกิน 2 ล้านล้านหยวน"]
    assert back["value"].tolist() == [-3.5, 2e12]
