"""ng_claims: the numbers an article states about the world — what a fact-checker checks first.

"It is estimated that there are currently 2,500 American troops in Iraq": a quantity (2500), what
is counted ("troops", the phrase "2,500 American troops"), where ("Iraq"), how sure the text is
("It is estimated") and who says so (the speaker when the number sits inside a statement, or
"according to X"; none when the outlet states it itself). Times, ages, years, ordinals and
numbers inside names ("Tower 22", "Resolution 2334") are not claims.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._extensions import text_of
from ._lexicons import word_set
from ._timex import NUMBER_WORDS
from .base import annotator
from .quotes import SPANS_KEY as QUOTES_KEY
from .times import SPANS_KEY as TIMES_KEY

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "m": 1e6}
VAGUE = {"dozens": "dozens", "hundreds": "hundreds", "thousands": "thousands", "millions": "millions",
         "scores": "scores", "tens": "tens"}
# Words on the number that make it approximate or a bound.
NUMBER_HEDGES = {"about": "approximately", "around": "approximately", "some": "approximately",
                 "roughly": "approximately", "approximately": "approximately", "nearly": "at most",
                 "almost": "at most", "least": "at least", "over": "more than", "more": "more than",
                 "than": "more than", "up": "at most", "estimated": "estimated", "an": None, "fewer": "less than",
                 "less": "less than", "under": "less than", "just": None, "only": None}
# Sentence-level hedges: the text does not vouch for the number.
SENTENCE_HEDGE = re.compile(
    r"\b(?:it\s+is\s+(?:estimated|believed|thought|understood)|(?:an\s+)?estimated|reportedly|allegedly|"
    r"according\s+to\s+(?:estimates|some\s+estimates|unconfirmed\s+reports)|unconfirmed|believed\s+to|"
    r"thought\s+to|said\s+to\s+be|may\s+have|could\s+have|as\s+many\s+as|up\s+to)\b", re.I)
ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.I)
# Nouns a number counts that say nothing checkable ("one of the", "two sides", "three times").
NOT_COUNTED = word_set("""
    time times way ways side sides point points thing things reason reasons part parts kind kinds sort
    step steps stage stages round rounds term terms option options example examples question questions
    year years month months week weeks day days hour hours minute minutes decade decades century centuries
    """)


CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD", "dollar": "USD",
              "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yuan": "CNY", "rubles": "RUB", "roubles": "RUB",
              "riyals": "SAR", "shekels": "ILS", "dinars": "dinar", "lira": "lira", "liras": "lira"}
MONEY = re.compile(r"(?P<cur>US\$|\$|€|£)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*"
                   r"(?P<scale>thousand|million|billion|trillion|bn|mn|m)?(?:\s+(?P<word>[A-Za-z]+))?", re.I)


def _money(ent: Span) -> tuple[float, str] | None:
    """ "$2 billion" → (2e9, "USD"); "211 trillion dinars" → (2.11e14, "dinar")."""
    m = MONEY.search(ent.text)
    if not m:
        return None
    value = float(m.group("n").replace(",", "")) * SCALES.get((m.group("scale") or "").lower(), 1)
    currency = (m.group("cur") or "").lower() or (m.group("word") or "").lower()
    return value, CURRENCIES.get(currency, currency or "money")


def _value(token: Token) -> tuple[float | None, str | None]:
    """The number a token (with a scale word after it) stands for, or a vague magnitude."""
    word = token.lower_.replace(",", "")
    if word in VAGUE:
        return None, VAGUE[word]
    try:
        value = float(word)
    except ValueError:
        value = float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else None
    if value is None:
        return None, None
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in SCALES:
        value *= SCALES[nxt.lower_]
    return value, None


def _number_tokens(sent: Span) -> list[tuple[Token, Token]]:
    """(number, counted noun) pairs: the number modifies a common noun."""
    pairs = []
    for token in sent:
        if token.dep_ not in ("nummod", "quantmod", "amod", "compound", "nsubj", "dobj", "pobj"):
            continue
        if not (token.like_num or token.lower_ in VAGUE) or token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        head = token.head
        while head.lower_ in SCALES and head.head.i != head.i:  # "2 billion dollars": the noun is past "billion"
            head = head.head
        if token.lower_ in VAGUE and token.dep_ in ("nsubj", "dobj", "pobj"):
            counted = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in counted.children if c.dep_ == "pobj"), None) if counted is not None else None
            if obj is not None and obj.pos_ == "NOUN":
                pairs.append((token, obj))  # "thousands of people"
            continue
        if head.pos_ != "NOUN" or head.lower_ in NOT_COUNTED or head.i < token.i:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both") for c in head.children):
            continue  # "the two commanders" points back to people already counted
        pairs.append((token, head))
    return pairs


def _hedges(sent: Span, number: Token, text: str) -> tuple[str | None, dict[str, Any] | None]:
    bound = None
    for child in number.children:
        if NUMBER_HEDGES.get(child.lower_):
            bound = NUMBER_HEDGES[child.lower_]
    prev = number.nbor(-1) if number.i > sent.start else None
    if bound is None and prev is not None and prev.lower_ in NUMBER_HEDGES and NUMBER_HEDGES[prev.lower_]:
        bound = NUMBER_HEDGES[prev.lower_]
    m = SENTENCE_HEDGE.search(text, sent.start_char, sent.end_char)
    hedge = {"start": m.start(), "end": m.end(), "text": m.group(0)} if m else None
    return bound, hedge


def _location(counted: Token) -> Token | None:
    """ "2,500 troops in Iraq": a place attached by "in" to the counted noun or its verb."""
    for holder in (counted, counted.head):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "across", "inside"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                        return obj
    return None


def _entity_span(token: Token) -> tuple[int, int]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    return token.idx, token.idx + len(token.text)


class ClaimAnnotator:
    """The ng_claims component: `doc._.ng_claims` holds the facts (plain data)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        times = [(t.start_char, t.end_char) for t in doc.spans.get(TIMES_KEY, [])]
        statements = []
        for quote in doc.spans.get(QUOTES_KEY, []):
            attrs = quote._.ng_attrs or {}
            content = attrs.get("content") or {"start": quote.start_char, "end": quote.end_char}
            statements.append((content["start"], content["end"], attrs))
        claims: list[dict[str, Any]] = []
        money = [e for e in doc.ents if e.label_ == "MONEY"]
        for ent in money:
            found = _money(ent)
            if found is not None:
                claims.append(self._money_claim(doc, text, ent, *found, statements))
        for sent in doc.sents:
            for number, counted in _number_tokens(sent):
                if any(s <= number.idx < e for s, e in times):
                    continue  # "three days ago" is a time, not a count
                if any(e.start <= number.i < e.end for e in money):
                    continue  # read above as an amount of money
                value, vague = _value(number)
                if value is None and vague is None:
                    continue
                claims.append(self._claim(doc, text, sent, number, counted, value, vague, statements))
        doc._.ng_claims = sorted(claims, key=lambda c: c["number"]["start"])
        return doc

    def _money_claim(self, doc: Doc, text: str, ent: Span, value: float, currency: str,
                     statements: list[tuple[int, int, dict[str, Any]]]) -> dict[str, Any]:
        sent = ent.sent
        claim = self._claim(doc, text, sent, ent[0], ent[-1], value, None, statements)
        claim.update(unit=currency, number={"start": ent.start_char, "end": ent.end_char, "text": ent.text},
                     subject={"start": ent.start_char, "end": ent.end_char, "text": ent.text})
        return claim

    def _claim(self, doc: Doc, text: str, sent: Span, number: Token, counted: Token, value: float | None,
               vague: str | None, statements: list[tuple[int, int, dict[str, Any]]]) -> dict[str, Any]:
        left = counted.left_edge
        phrase_start = min(number.idx, left.idx if left.i >= sent.start else number.idx)
        phrase_end = counted.idx + len(counted.text)
        bound, hedge = _hedges(sent, number, text)
        place = _location(counted)
        said_by = None
        for start, end, attrs in statements:
            if start <= number.idx < end:
                speaker = attrs.get("speaker") or {}
                mention = attrs.get("speaker_mention") or {}
                said_by = {"name": speaker.get("name"), "mention": mention.get("text"),
                           "statement": f"q_{start}_{end}"}
                break
        if said_by is None:
            m = ACCORDING_TO.search(text, sent.start_char, sent.end_char)
            if m:
                source_end = re.search(r"[,.;]|$", text[m.end() : sent.end_char])
                stop = m.end() + (source_end.start() if source_end else 0)
                said_by = {"name": None, "mention": text[m.end() : stop].strip() or None, "statement": None}
        loc = None
        if place is not None:
            ps, pe = _entity_span(place)
            loc = {"start": ps, "end": pe, "text": text[ps:pe]}
        return {"id": f"claim_{number.idx}", "start": sent.start_char, "end": sent.end_char,
                "text": text[sent.start_char : sent.end_char].strip(),
                "quantity": value, "magnitude": vague, "bound": bound, "unit": counted.lower_,
                "number": {"start": number.idx, "end": number.idx + len(number.text), "text": number.text},
                "subject": {"start": phrase_start, "end": phrase_end, "text": text[phrase_start:phrase_end]},
                "location": loc, "hedge": hedge, "attributed_to": said_by}


if not Doc.has_extension("ng_claims"):
    Doc.set_extension("ng_claims", default=None)


def _record(doc: Doc) -> list[dict[str, Any]]:
    out = []
    for claim in doc._.ng_claims or []:
        fact = dict(claim)
        # the evidence is the sentence; its text may carry trailing space the span trims
        fact["end"] = fact["start"] + len(fact["text"])
        out.append(fact)
    return out


@annotator("ng_claims", layer="claims", needs=["quotes", "times"], to_record=_record,
           requires=["token.dep", "doc.ents", "doc.spans"])
def make_claims(nlp: Language, name: str) -> ClaimAnnotator:
    return ClaimAnnotator(name)
