"""ng_sentences: the model's sentences as spans with stable ids and the part each lies in."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .base import annotator, span_fact
from .parts import PartIndex

SPANS_KEY = "ng_sentences"


class SentenceAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        index = PartIndex(doc)
        group = SpanGroup(doc, name=SPANS_KEY)
        for sent in doc.sents:
            # trim the blank-line tokens spaCy leaves at sentence edges
            tokens = [t for t in sent if not t.is_space]
            if not tokens:
                continue
            span = doc[tokens[0].i : tokens[-1].i + 1]
            span._.ng_part = index.part_at(span.start_char, span.end_char)
            group.append(span)
        doc.spans[SPANS_KEY] = group
        return doc


def _record(doc: Doc) -> list[dict[str, Any]]:
    return [span_fact(s, f"s{n}", part=s._.ng_part) for n, s in enumerate(doc.spans.get(SPANS_KEY, []), 1)]


@annotator("ng_sentences", layer="sentences", needs=["parts"], to_record=_record,
           requires=["token.is_sent_start"], assigns=["doc.spans"])
def make_sentences(nlp: Language, name: str) -> SentenceAnnotator:
    return SentenceAnnotator(name)
