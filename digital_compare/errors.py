"""Exceptions whose message is meant for the user; importable without pandas."""


class BuildError(RuntimeError):
    """The articles and annotations disagree; the message names the fact."""


class TableError(RuntimeError):
    """A table is missing, unreadable or fails its schema."""


class ExportError(RuntimeError):
    """A chart could not be exported (no Chromium, or Kaleido failed)."""
