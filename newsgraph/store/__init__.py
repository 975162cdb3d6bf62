"""The store: SQLite as the contract (see migrations/ for the schema)."""

from .db import ArticleSummary, Failure, SaveResult, Store

__all__ = ["ArticleSummary", "Failure", "SaveResult", "Store"]
