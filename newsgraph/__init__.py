"""newsgraph: who said what, who did what to whom, where and when — with the evidence.

    >>> import newsgraph
    >>> record = newsgraph.analyze(html, url="https://example.org/story")
    >>> record["entities"][0]["text"] == record["text"][record["entities"][0]["start"]:record["entities"][0]["end"]]
    True
"""

from ._types import RawPage, SourceFailure
from .config import Settings
from .document import Document, build_document
from .errors import (
    AnnotationError,
    ExtractionError,
    FetchError,
    NewsgraphError,
    RefusedSource,
    SourceError,
    StoreError,
    UnsupportedFormat,
)
from .pipeline import Pipeline, analyze, load_pipeline

__all__ = [
    "AnnotationError",
    "Document",
    "ExtractionError",
    "FetchError",
    "NewsgraphError",
    "Pipeline",
    "RawPage",
    "RefusedSource",
    "Settings",
    "SourceError",
    "SourceFailure",
    "StoreError",
    "UnsupportedFormat",
    "analyze",
    "build_document",
    "load_pipeline",
]
