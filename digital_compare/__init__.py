"""digital-compare: China vs Vietnam digital transformation, traced to Thai news text."""

__version__ = "0.1.0"
