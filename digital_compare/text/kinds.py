"""Mention kinds, in a module light enough for the dashboard to import at start-up."""

KINDS = ("percent", "money", "count", "multiplier", "rank", "level", "year", "year_range", "date")
