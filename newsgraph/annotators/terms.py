"""ng_terms: words in quotation marks that are not statements — scare quotes ("the “occupier”"),
quoted terms, titles of works. Kept apart from quotes so that nobody counts them as speech, and
kept at all because the words an outlet puts in quotation marks say something about its framing.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from ._extensions import text_of
from .base import annotator
from .quotes import _TITLE_CUES, MARKS_KEY

SPANS_KEY = "ng_terms"


class TermAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        group = SpanGroup(doc, name=SPANS_KEY)
        text = text_of(doc)
        for span in doc.spans.get(MARKS_KEY, []):
            before = text[max(0, span.start_char - 30) : span.start_char].lower().split()
            words = span.text.split()
            titled = bool(before) and before[-1].strip("“\"‘'") in _TITLE_CUES
            capitalised = len(words) > 1 and all(w[:1].isupper() for w in words if len(w) > 3)
            span.label_ = "title" if titled or (capitalised and len(words) >= 3) else "term"
            group.append(span)
        doc.spans[SPANS_KEY] = group
        return doc


def _record(doc: Doc) -> list[dict[str, Any]]:
    return [{"id": f"term_{s.start_char}_{s.end_char}", "start": s.start_char, "end": s.end_char, "text": s.text,
             "kind": s.label_} for s in doc.spans.get(SPANS_KEY, [])]


@annotator("ng_terms", layer="terms", needs=["quotes"], to_record=_record, requires=["doc.spans"],
           assigns=["doc.spans"])
def make_terms(nlp: Language, name: str) -> TermAnnotator:
    return TermAnnotator(name)
