"""The store: SQLite as the contract (see migrations/ for the schema)."""

from .db import ArticleSummary, Failure, QuoteRow, SaveResult, Store

__all__ = ["ArticleSummary", "Failure", "QuoteRow", "SaveResult", "Store"]
