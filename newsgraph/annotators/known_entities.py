"""ng_known_entities: a knowledge-based entity ruler run before the statistical NER.

The small English model mislabels many Arabic names of the region ("Asa’ib Ahl al-Haq" as a
PERSON, "al-Harir" as an ORG). Spans matched here from data/known_entities.json are fixed
before `ner` runs, which keeps them and predicts around them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import annotator

_APOSTROPHES = ("’", "'", "‘", "`")


@lru_cache(maxsize=1)
def known_entities() -> list[dict[str, Any]]:
    path = resources.files("newsgraph.annotators").joinpath("data/known_entities.json")
    return json.loads(path.read_text("utf-8"))["entities"]


def _variants(alias: str) -> set[str]:
    """The alias with each kind of apostrophe, so “Asa’ib” and “Asa'ib” both match."""
    found = {alias}
    for apostrophe in _APOSTROPHES:
        for other in _APOSTROPHES:
            found.add(alias.replace(apostrophe, other))
    return found


class KnownEntityRuler:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in known_entities():
            patterns = [nlp.make_doc(v) for alias in entry["aliases"] for v in sorted(_variants(alias))]
            self.matcher.add(entry["label"], patterns)

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end in self.matcher(doc):
            found.append(Span(doc, start, end, label=match_id))
        # Longest match wins; entities already set (by a user's own ruler) are kept where they clash.
        doc.ents = filter_spans([*doc.ents, *filter_spans(found)])
        return doc


def _no_facts(doc: Doc) -> list[dict[str, Any]]:
    return []  # its spans reach the record through ng_entities


@annotator("ng_known_entities", layer="known_entities", to_record=_no_facts, before="ner",
           assigns=["doc.ents"])
def make_known_entities(nlp: Language, name: str) -> KnownEntityRuler:
    return KnownEntityRuler(nlp, name)
