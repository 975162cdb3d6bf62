"""Annotators: small spaCy components, one job each, adding typed spans to the Doc.

Importing this package registers them all with spaCy (`nlp.add_pipe("ng_entities")`) and
with newsgraph's pipeline (`newsgraph.annotators.base.REGISTRY`).
"""

from . import entities, known_entities, parts, quotes, sentences, terms  # noqa: F401  (registration happens on import)
from .base import REGISTRY, AnnotatorSpec, annotator, ordered
from .times import TimeAnnotator  # noqa: F401  (registers ng_times)

__all__ = ["REGISTRY", "AnnotatorSpec", "annotator", "ordered"]
