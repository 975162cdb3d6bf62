"""Annotators: small spaCy components, one job each, adding typed spans to the Doc.

Importing this package registers them all with spaCy (`nlp.add_pipe("ng_entities")`) and
with newsgraph's pipeline (`newsgraph.annotators.base.REGISTRY`).
"""

# registration happens on import
from . import (  # noqa: F401
    actors,
    claims,
    dating,
    descriptors,
    entities,
    events,
    known_entities,
    parts,
    places,
    quotes,
    sentences,
    statement_times,
    terms,
    times,
)
from .base import REGISTRY, AnnotatorSpec, annotator, ordered

__all__ = ["REGISTRY", "AnnotatorSpec", "annotator", "ordered"]
