"""Reading and writing the built tables and their ``.meta.yml`` sidecars."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import yaml

from digital_compare.errors import TableError
from digital_compare.paths import TABLES_DIR

__all__ = [
    "TABLE_NAMES",
    "TableError",
    "atomic_write_text",
    "read_meta",
    "read_table",
    "step_meta_template",
    "write_table",
]

#: build order; later steps read earlier tables.
TABLE_NAMES = (
    "articles", "sentences", "mentions", "metrics", "targets", "events",
    "firsts", "themes", "keywords", "checks",
)

#: libyaml's loader when PyYAML has it: the dashboard reads ten sidecars on start (27 ms → 4 ms)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_STEPS_DIR = Path(__file__).resolve().parent / "steps"


def atomic_write_text(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def step_meta_template(name: str) -> dict:
    """The hand-written metadata of a table (title, description, columns)."""
    with open(_STEPS_DIR / f"{name}.meta.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def dump_yaml(data: dict) -> str:
    # libyaml's emitter: the pure-Python one took 0.9 s per sidecar once 1,000 articles were its sources
    return yaml.dump(data, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=100)


def write_table(df: pd.DataFrame, name: str, meta: dict, out_dir: Path = TABLES_DIR, meta_tail: str = "") -> Path:
    """Write ``<name>.csv`` and ``<name>.meta.yml`` atomically; ``meta_tail``: more of the sidecar's
    keys, already as YAML (the sources every table of a build shares, dumped once)."""
    out_dir = Path(out_dir)
    csv_path = out_dir / f"{name}.csv"
    atomic_write_text(csv_path, df.to_csv(index=False, lineterminator="\n"))
    atomic_write_text(out_dir / f"{name}.meta.yml", dump_yaml(meta) + meta_tail)
    return csv_path


def read_table(name: str, tables_dir: Path = TABLES_DIR, validate: bool = True) -> pd.DataFrame:
    """Load a built table and check it against its pandera schema.

    ``validate=False`` (the dashboard) only checks that the columns are the built ones:
    the build has validated the file already, and pandera's import and checks would
    double the dashboard's cold start.
    """
    path = Path(tables_dir) / f"{name}.csv"
    if not path.exists():
        raise TableError(f"table '{name}' has not been built ({path} is missing)")
    try:
        df = pd.read_csv(path, keep_default_na=True, na_values=[""], dtype_backend="numpy_nullable")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise TableError(f"table '{name}' is unreadable: {err}") from err
    if not validate:
        return _check_columns(name, df, Path(tables_dir))
    from digital_compare.tables.schemas import SCHEMAS, coerce_for_schema

    df = coerce_for_schema(name, df)
    try:
        return SCHEMAS[name].validate(df)
    except Exception as err:  # pandera raises several error types
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise TableError(f"table '{name}' fails its schema: {first_line}") from err


def _check_columns(name: str, df: pd.DataFrame, tables_dir: Path) -> pd.DataFrame:
    """Columns and dtypes as the build's sidecar records them (``schema``)."""
    schema = read_meta(name, tables_dir).get("schema") or {}
    if list(df.columns) != list(schema):
        raise TableError(f"table '{name}' has columns {list(df.columns)}, the build wrote {list(schema)}")
    try:
        for column, dtype in schema.items():
            if dtype == "boolean":
                df[column] = df[column].map(lambda v: pd.NA if pd.isna(v) else str(v).strip().lower() in ("true", "1"))
            df[column] = df[column].astype(dtype)  # the same dtypes the validated read gives
    except (TypeError, ValueError) as err:
        raise TableError(f"table '{name}' has a malformed value: {err}") from err
    return df


def read_meta(name: str, tables_dir: Path = TABLES_DIR) -> dict:
    path = Path(tables_dir) / f"{name}.meta.yml"
    if not path.exists():
        raise TableError(f"metadata for table '{name}' is missing ({path})")
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_YAML_LOADER) or {}
