"""Mention kinds, in a module light enough for the dashboard to import at start-up."""

#: "ordinal": a number that orders ("ครั้งที่ 3", the 3rd), not a quantity; no figure
KINDS = ("percent", "money", "count", "multiplier", "rank", "level", "ordinal", "year", "year_range", "date")
