"""Exceptions whose message is meant for the user; importable without pandas."""


class BuildError(RuntimeError):
    """The articles and annotations disagree; the message names the fact."""


class TableError(RuntimeError):
    """A table is missing, unreadable or fails its schema."""


class ExportError(RuntimeError):
    """A chart could not be exported (no Chromium, or Kaleido failed)."""


class CliError(Exception):
    """A user-facing failure of a command's arguments: printed as one line, exit status 2.

    Here rather than in ``tools.cli``: a subcommand's module raises it, and importing the
    parser's module from a subcommand's would close an import circle.
    """
