"""CSV exports that a spreadsheet will not run as formulas (OWASP CSV injection)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a DataFrame is written: `extract --csv` never needs it
    import pandas as pd

__all__ = ["dataframe_to_safe_csv", "neutralise_dataframe", "neutralise_formula"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would evaluate with a single quote.

    Plain numbers, negative ones included, stay as they are.

    :Example:

        >>> neutralise_formula("=HYPERLINK(\\"x\\")"), neutralise_formula("-12.5")
        ('\\'=HYPERLINK("x")', '-12.5')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def neutralise_dataframe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells and column names a spreadsheet will not run (CSV and Excel alike)."""
    import pandas as pd

    safe = df.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_formula)
    safe.columns = [neutralise_formula(str(c)) for c in safe.columns]
    return safe


def dataframe_to_safe_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM so spreadsheet programs read Thai) with formulas neutralised."""
    return neutralise_dataframe(df).to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
