"""ng_entities: named entities from the spaCy model as typed spans.

Each entity keeps spaCy's label and says which part of the page it is in; an entity inside a
photo credit ("AFP" in "(Photo by AFP)") is marked `role: credit`, because it is the page's
attribution, not an actor of the story.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from ._lexicons import given_names
from .base import annotator, span_fact
from .parts import SPANS_KEY as PARTS_KEY
from .parts import PartIndex

SPANS_KEY = "ng_entities"
_EDGE = re.compile(r"^(the|a|an)\s+|['’]s$", re.I)


def entity_name(text: str) -> str:
    """The name an entity mention refers to: without a leading article or possessive 's."""
    return _EDGE.sub("", text).strip() or text


# Labels the small model gives a lone surname it has seen as a PERSON's full name before
# ("Qais Khazali … Khazali said" → ORG). GPE is left out: "Washington" may be either.
_OFTEN_A_SURNAME = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"})


def _people_names(doc: Doc) -> set[str]:
    """Full names of the document's PERSON entities and the surnames within them."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = entity_name(ent.text)
            names.add(name)
            parts = name.split()
            if len(parts) > 1:
                names.add(parts[-1])
    return names


def _looks_like_a_name(ent: Span) -> bool:
    """ "Marcus Bell" or "FAA Administrator Emeka Chukwu" tagged ORG: two or three capitalised
    words starting with a known given name or right after a person's title, and nothing that
    organisations are called by."""
    words = ent.text.split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)) or any(
            w.lower() in _ORG_WORDS for w in words):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return words[0].casefold() in given_names() or before in _PERSON_TITLES


_PERSON_TITLES = frozenset({"sen.", "rep.", "gov.", "gen.", "dr.", "mr.", "mrs.", "ms.", "president", "minister",
                            "administrator", "secretary", "judge", "justice", "mayor", "governor", "senator",
                            "spokesman", "spokeswoman", "spokesperson", "ambassador", "commander", "chairman",
                            "chairwoman", "director", "leader", "premier", "chancellor", "envoy"})


_ORG_WORDS = frozenset({"company", "corp", "corp.", "inc", "inc.", "group", "bank", "party", "front", "forces",
                        "university", "foundation", "institute", "council", "committee", "ministry", "agency"})


_EDGE_PUNCT = frozenset({",", ";", ":"})


def _trimmed(ent: Span) -> Span | None:
    """The entity without whitespace tokens at its edges (the model sometimes takes a headline's
    closing line break into a name), nor a comma, semicolon or colon ("Uyo," of "in Uyo, Nigeria's
    army said")."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].is_space or ent.doc[start].text in _EDGE_PUNCT):
        start += 1
    while end > start and (ent.doc[end - 1].is_space or ent.doc[end - 1].text in _EDGE_PUNCT):
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def _with_hyphenated_tail(ent: Span) -> Span:
    """ "Itamar Ben-Gvir" when the model stopped at "Ben": a name goes on through a hyphen
    written without spaces to a capitalised word."""
    doc = ent.doc
    end = ent.end
    while (end + 1 < len(doc) and doc[end].text in ("-", "‑") and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()):
        end += 2
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _missed_surnames(doc: Doc, people: set[str]) -> list[Span]:
    """Capitalised tokens equal to the surname of a person named in full elsewhere in the
    document that the model left untagged ("Khazali spoke in Baghdad")."""
    surnames = {n for n in people if " " not in n and len(n) > 2}
    if not surnames:
        return []
    tagged = {t.i for ent in doc.ents for t in ent}
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.i not in tagged and t.text in surnames and t.text[0].isupper()]


class EntityAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        index = PartIndex(doc)
        credit_ids = {s.id_ for s in doc.spans.get(PARTS_KEY, []) if s.label_ == "credit"}
        group = SpanGroup(doc, name=SPANS_KEY)
        people = _people_names(doc)
        corrected = []
        for ent in [*doc.ents, *_missed_surnames(doc, people)]:
            ent = _trimmed(_with_hyphenated_tail(ent))
            if ent is None:
                continue
            label = ent.label_
            if label in _OFTEN_A_SURNAME and (entity_name(ent.text) in people or _looks_like_a_name(ent)):
                label = "PERSON"
            corrected.append(Span(doc, ent.start, ent.end, label=label))
        # later components read the corrected entities from doc.ents too
        doc.ents = filter_spans(corrected)
        for span in doc.ents:
            if not span.text.strip():
                continue
            part = index.part_at(span.start_char)
            span._.ng_part = part
            span._.ng_attrs = {"name": entity_name(span.text),
                               "role": "credit" if part in credit_ids else "mention"}
            group.append(span)
        doc.spans[SPANS_KEY] = group
        return doc


def _record(doc: Doc) -> list[dict[str, Any]]:
    return [
        span_fact(s, f"ent_{s.start_char}_{s.end_char}", label=s.label_, part=s._.ng_part, **(s._.ng_attrs or {}))
        for s in doc.spans.get(SPANS_KEY, [])
    ]


@annotator("ng_entities", layer="entities", needs=["parts", "ents"], to_record=_record,
           requires=["doc.ents"], assigns=["doc.spans", "doc.ents"])
def make_entities(nlp: Language, name: str) -> EntityAnnotator:
    return EntityAnnotator(name)
