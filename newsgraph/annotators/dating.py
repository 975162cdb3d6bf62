"""ng_dating: bounds on when an article was published, from what it says, for pages that do not say.

An undated article still dates itself: "former US President Donald Trump" was written after
20 January 2021 and before Trump took office again on 20 January 2025; "the Biden
administration" after Biden's transition began. Each such phrase becomes a constraint fact
(evidence span, the interval it allows, why), and the last fact of the layer, kind
`estimate`, is their intersection with the ids of the constraints behind it. The offices and
terms are in data/office_terms.json. Nothing here ever yields a single day: it is a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ._extensions import text_of
from ._lexicons import load_data
from .base import annotator
from .entities import entity_name

if not Doc.has_extension("ng_dating"):
    Doc.set_extension("ng_dating", default=None)  # the constraint facts (plain data)
_FAR_FUTURE = date(9999, 12, 31)
# "the incoming Biden administration" is written before its first day: allow the transition.
_TRANSITION = timedelta(days=80)
_ADMINISTRATION = re.compile(r"\b(?:administration|government|presidency|premiership)\b", re.I)

Interval = tuple[date, date]  # start inclusive, end exclusive


@dataclass(frozen=True)
class Holder:
    name: str
    office: str
    titles: tuple[str, ...]
    terms: tuple[Interval, ...]

    def out_of_office(self) -> list[Interval]:
        """The gaps after each term ends until the next begins (or for ever)."""
        gaps = []
        for n, (_, end) in enumerate(self.terms):
            if end >= _FAR_FUTURE:
                continue
            following = self.terms[n + 1][0] if n + 1 < len(self.terms) else _FAR_FUTURE
            gaps.append((end, following))
        return gaps


@lru_cache(maxsize=1)
def holders() -> dict[str, list[Holder]]:
    """Lower-cased name or surname → the office holders it may name."""
    found: dict[str, list[Holder]] = {}
    for office in load_data("office_terms.json")["offices"]:
        for entry in office["holders"]:
            terms = tuple((date.fromisoformat(s), date.fromisoformat(e) if e else _FAR_FUTURE)
                          for s, e in entry["terms"])
            holder = Holder(entry["name"], office["office"], tuple(office["titles"]), terms)
            for key in entry["keys"]:
                found.setdefault(key.lower(), []).append(holder)
    return found


def _intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if s < e:
                out.append((s, e))
    return out


class DatingAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_dating = self.constraints(doc)
        return doc

    def constraints(self, doc: Doc) -> list[dict[str, Any]]:
        facts: list[dict[str, Any]] = []
        text = text_of(doc)
        for ent in doc.spans.get("ng_entities", []):
            if ent.label_ != "PERSON":
                continue
            candidates = holders().get(entity_name(ent.text).lower(), [])
            if not candidates:
                continue
            before = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 6) : ent.start]]
            after = doc[ent.end : min(ent.sent.end, ent.end + 2)].text
            if any(w in ("then", "then-", "ex-") or w.startswith("then-") for w in before):
                continue  # "then-President Trump": no claim about now
            if "former" in before or "ex" in before:
                start = ent.start - (len(before) - before.index("former" if "former" in before else "ex"))
                titled = [h for h in candidates if any(t.split()[-1] in before for t in h.titles)]
                for holder in titled[:1]:
                    facts.append(self._fact(doc, text, doc[start].idx, ent.end_char, "former-office-holder",
                                            holder.out_of_office(),
                                            f"{holder.name} is a former {holder.office}"))
            elif _ADMINISTRATION.match(after.strip().removeprefix("’s").removeprefix("'s").strip()):
                holder = candidates[0]
                span_end = ent.end_char + len(after)
                allowed = [(s - _TRANSITION, _FAR_FUTURE) for s, _ in holder.terms[:1]]
                facts.append(self._fact(doc, text, ent.start_char, span_end, "administration", allowed,
                                        f"the {holder.name} administration exists from {holder.terms[0][0]}"))
        if facts:
            facts.append(self._estimate(facts))
        return facts

    @staticmethod
    def _fact(doc: Doc, text: str, start: int, end: int, kind: str, allowed: list[Interval],
              why: str) -> dict[str, Any]:
        end = min(end, len(text))
        while end > start and text[end - 1].isspace():
            end -= 1
        return {"id": f"date_{start}_{end}", "start": start, "end": end, "text": text[start:end], "kind": kind,
                "allowed": [[s.isoformat(), None if e >= _FAR_FUTURE else (e - timedelta(days=1)).isoformat()]
                            for s, e in allowed],
                "why": why}

    @staticmethod
    def _estimate(facts: list[dict[str, Any]]) -> dict[str, Any]:
        allowed: list[Interval] = [(date.min, _FAR_FUTURE)]
        for fact in facts:
            intervals = [(date.fromisoformat(s), date.fromisoformat(e) + timedelta(days=1) if e else _FAR_FUTURE)
                         for s, e in fact["allowed"]]
            allowed = _intersect(allowed, intervals)
        first = facts[0]
        estimate: dict[str, Any] = {
            "id": "date_estimate", "start": first["start"], "end": first["end"], "text": first["text"],
            "kind": "estimate", "evidence": [f["id"] for f in facts],
        }
        if not allowed:
            return {**estimate, "not_before": None, "not_after": None, "why": "the constraints contradict each other"}
        not_before = min(s for s, _ in allowed)
        not_after = max(e for _, e in allowed)
        return {**estimate, "not_before": not_before.isoformat(),
                "not_after": None if not_after >= _FAR_FUTURE else (not_after - timedelta(days=1)).isoformat(),
                "why": "; ".join(f["why"] for f in facts)}


def _record(doc: Doc) -> list[dict[str, Any]]:
    return list(doc._.ng_dating or [])


@annotator("ng_dating", layer="dating", needs=["entities"], to_record=_record, requires=["doc.spans"],
           assigns=["doc._.ng_dating"])
def make_dating(nlp: Language, name: str) -> DatingAnnotator:
    return DatingAnnotator(name)
