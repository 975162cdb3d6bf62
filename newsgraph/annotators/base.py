"""The annotator framework.

An annotator is a spaCy pipeline component with one job. It reads the Doc (the cleaned text of a
Document) and what earlier annotators wrote, and adds typed spans to `doc.spans[<its key>]`.
Each one declares:

- `needs`: the layers it reads ("parts", "sentences", "entities", …), used to order the pipeline;
- spaCy's own `requires` / `assigns`, so `nlp.analyze_pipes()` can check the order too;
- `to_record`: how its spans become facts (plain dicts with `id`, `start`, `end`, `text`) in the
  analysis record.

Registering with :func:`annotator` makes the component available to `nlp.add_pipe(name)` for
spaCy users and to :func:`ordered` for newsgraph's own pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import AnnotationError

RecordFacts = Callable[[Doc], list[dict[str, Any]]]

# Layers the spaCy model itself provides; an annotator may need them without one providing them.
MODEL_LAYERS = frozenset({"tokens", "sentences", "ents"})


@dataclass(frozen=True)
class AnnotatorSpec:
    name: str  # the spaCy component name, "ng_*"
    layer: str  # the record key it fills, and the layer name others list in `needs`
    needs: tuple[str, ...]
    version: str
    to_record: RecordFacts
    before: str | None = None  # a model component it must run before ("parser", "ner")


REGISTRY: dict[str, AnnotatorSpec] = {}


def annotator(name: str, *, layer: str, needs: Iterable[str] = (), version: str = "1",
              to_record: RecordFacts, requires: Iterable[str] = (), assigns: Iterable[str] = (),
              before: str | None = None, default_config: dict[str, Any] | None = None,
              ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a component factory with spaCy and newsgraph at once."""

    def register(factory: Callable[..., Any]) -> Callable[..., Any]:
        Language.factory(name, requires=list(requires), assigns=list(assigns),
                         default_config=default_config or {}, func=factory)
        REGISTRY[name] = AnnotatorSpec(name=name, layer=layer, needs=tuple(needs), version=version,
                                       to_record=to_record, before=before)
        return factory

    return register


def ordered(names: Iterable[str] | None = None) -> list[AnnotatorSpec]:
    """The named annotators (default: all registered) in an order where each comes after what it
    needs. Raises AnnotationError for a missing layer or a cycle."""
    specs = [REGISTRY[n] for n in (names if names is not None else REGISTRY)]
    by_layer = {s.layer: s for s in specs}
    done: list[AnnotatorSpec] = []
    visiting: set[str] = set()

    def visit(spec: AnnotatorSpec) -> None:
        if spec in done:
            return
        if spec.name in visiting:
            raise AnnotationError(f"annotators need each other in a cycle at {spec.name}")
        visiting.add(spec.name)
        for layer in spec.needs:
            if layer in MODEL_LAYERS:
                continue
            if layer not in by_layer:
                raise AnnotationError(f"annotator {spec.name} needs layer {layer!r}, which no annotator provides")
            visit(by_layer[layer])
        visiting.discard(spec.name)
        done.append(spec)

    for spec in sorted(specs, key=lambda s: s.name):  # sorted: the same order on every run
        visit(spec)
    return done


def span_fact(span: Any, fact_id: str, **fields: Any) -> dict[str, Any]:
    """The common shape of a fact: id, character offsets, the evidence text, then its fields."""
    return {"id": fact_id, "start": span.start_char, "end": span.end_char, "text": span.text, **fields}
