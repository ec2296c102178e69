"""Build steps, one table per file: each ``run(ctx)`` loads, processes and saves."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from digital_compare.errors import BuildError
from digital_compare.tables.article_cache import ArticleCache
from digital_compare.tables.store import step_meta_template, write_table

__all__ = ["AddedText", "StepContext"]


@dataclass(frozen=True)
class AddedText:
    """An article from the analysts' workspace: its text is in the database, not a file in git."""

    id: str
    text: str
    entry: dict  # country, outlet, title, published, sha256 of the text's UTF-8 bytes


@dataclass
class StepContext:
    articles_dir: Path
    annotations_dir: Path | None
    out_dir: Path | None
    raw: dict[str, str] = field(default_factory=dict)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: figure labels of the articles without hand annotations, made beside their extraction
    labels: dict[str, list[dict]] = field(default_factory=dict)
    #: the workspace's articles, built beside the files of ``articles_dir``
    added: tuple[AddedText, ...] = ()
    #: analysts' reviews of automatic figures, by mention id
    decisions: dict[str, dict] = field(default_factory=dict)
    cache: ArticleCache = field(default_factory=lambda: ArticleCache(None))
    _records: dict[tuple, dict[str, list[dict]]] = field(default_factory=dict, repr=False)
    _sources_text: str | None = field(default=None, repr=False)

    def save(self, name: str, df: pd.DataFrame) -> pd.DataFrame:
        """Validate against the schema, keep for later steps, and write with its sidecar."""
        import pandera.errors

        from digital_compare.tables.schemas import SCHEMAS

        try:
            df = SCHEMAS[name].validate(df.reset_index(drop=True))
        except pandera.errors.SchemaError as err:
            # one line that names the table, never a traceback
            raise BuildError(f"table {name} fails its schema: {str(err).splitlines()[0][:300]}") from None
        self.tables[name] = df
        if self.out_dir is not None:
            write_table(df, name, self.meta_for(name, df), self.out_dir, meta_tail=self._sources_yaml())
        return df

    def records_by_article(self, table: str, column: str = "article") -> dict[str, list[dict]]:
        """A table's rows per article as plain records, split once and shared by the steps: a
        DataFrame filter per article scanned the whole table a thousand times for a thousand
        articles, and a small frame's ``to_dict`` cost 3 ms each."""
        key = (table, column)
        if key not in self._records:
            split: dict[str, list[dict]] = {}
            for record in self.tables[table].to_dict("records"):
                split.setdefault(record[column], []).append(record)
            self._records[key] = split
        return self._records[key]

    def meta_for(self, name: str, df: pd.DataFrame) -> dict:
        """A table's sidecar but its sources (:meth:`_sources_yaml`, the same for every table)."""
        meta = dict(step_meta_template(name))
        meta["rows"] = int(len(df))
        # the dtypes of the validated frame, so the dashboard's light read restores them exactly
        meta["schema"] = {column: str(dtype) for column, dtype in df.dtypes.items()}
        return meta

    def _sources_yaml(self) -> str:
        """Every article of the build as the sidecars' ``sources``, dumped once: ten sidecars each
        dumping a thousand sources took a second of an analyst's add."""
        from digital_compare.tables.store import dump_yaml

        articles = self.tables.get("articles")
        if articles is None:
            return ""
        if self._sources_text is None:
            self._sources_text = dump_yaml({"sources": [
                {
                    "article_id": a.id,
                    "country": a.country,
                    "outlet": None if pd.isna(a.outlet) else a.outlet,
                    "published": None if pd.isna(a.published) else a.published,
                    "title": None if pd.isna(a.title) else a.title,
                    "sha256": a.sha256,
                }
                for a in articles.itertuples(index=False)
            ]})
        return self._sources_text
