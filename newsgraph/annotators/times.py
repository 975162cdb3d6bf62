"""ng_times: temporal expressions, normalised TIMEX3-style against the publication date.

"On Thursday", "last year", "two days after the assassination", "June 2020": when something
happened is half of what a news report says about it, and most of it is written relative to a
date the text never states — the day the article was published. This component finds the
expressions (`_timex.py`: a grammar over the text, with the model's DATE/TIME entities to
confirm bare years and month names), reads the tense of the verb each one hangs on (a past
"on Thursday" is the Thursday before publication, a future one the Thursday after), finds the
event a relative time points at ("after the assassination"), and resolves the value against
`doc._.ng_meta["published"]` (`_timex_resolve.py`).

Times told from another time ("three days later", "the following year", "that night", "the
quarter", "a year earlier") count from the date named last before them, the temporal focus that
TimeML annotators use; with none named, "the quarter" and "a year earlier" count from the
publication date and the others stay relative to the event just told.

When the publication date is unknown nothing is guessed: the value keeps X digits and
`relative` records how to compute it. Each span in `doc.spans["ng_times"]` carries its fact in
`span._.ng_time` (plain data). Not in `span._.ng_attrs`: spaCy keys span extensions by character
offsets alone, so a time span over the model's DATE entity ("last year") would share — and
overwrite — the entity's `ng_attrs`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from ._extensions import text_of
from ._timex import Candidate, Meaning, combine, scan, select
from ._timex_resolve import Focus, from_focus, resolve, shift, shift_years
from .base import annotator, span_fact
from .parts import PartIndex

SPANS_KEY = "ng_times"
if not Span.has_extension("ng_time"):
    Span.set_extension("ng_time", default=None)  # the time fact's fields (plain data), see above

# A time inside one of these entities is part of a name ("Theresa May", "USA Today").
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC", "GPE", "LOC", "NORP"})
# … and a duration or set inside an EVENT is too ("the Six-Day War").
_EVENT_LABELS = _NAME_LABELS | {"EVENT"}
_AGES = re.compile(r"\bold\b|\baged?\b|\bage of\b", re.I)

_WILL = frozenset({"will", "'ll", "ll", "shall", "wo", "going"})
# Modals place an event ahead, unless perfect: "may have occurred on October 7" is past.
_MODALS = frozenset({"would", "'d", "could", "may", "might", "can", "should", "must"})
_PERFECT_AUX = frozenset({"has", "have", "'ve", "having"})
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re", "'m"})
# Subordinators whose present-tense clause speaks of the future: "until we select …".
_FUTURE_MARKS = frozenset({"until", "till", "once", "when", "before", "after", "if", "unless"})
# Words on the way from a time to its verb that put it ahead: "results due on Saturday", "the
# upcoming vote on Sunday"; and, followed by "to" or "for", "talks set to resume", "scheduled for".
_FUTURE_WORDS = frozenset({"due", "upcoming"})
_FUTURE_BEFORE_TO = frozenset({"scheduled", "expected", "set", "planned", "slated", "poised"})


def _puts_ahead(token: Token) -> bool:
    if token.lower_ in _FUTURE_WORDS:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in _FUTURE_BEFORE_TO and nxt is not None and nxt.lower_ in ("to", "for")
# Words that make the infinitive below them a plan: "voted to hold a referendum on March 3".
_PLAN_WORDS = frozenset({"agree", "decide", "vote", "plan", "expect", "schedule", "aim", "intend", "prepare",
                         "promise", "pledge", "vow", "threaten", "hope", "want", "seek", "call", "urge", "ask",
                         "order", "way", "likely", "resolve", "ready", "deadline", "move", "bid", "push", "effort",
                         "offer", "invite"})


def parse_published(value: Any) -> date | None:
    """The publication date from the document metadata, or None when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _verb_tense(verb: Token) -> str | None:
    """ "past", "present" or "future" from one verb and its auxiliaries; None to ask the verb
    above (infinitives and bare participles take their tense from the clause they hang on)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _WILL:
        return "future"
    if words & _MODALS:
        return "past" if words & _PERFECT_AUX else "future"
    if "to" in words:
        return None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        if words & _BE_PRESENT and not words & _PERFECT_AUX:
            return "present"  # "is forecast to make landfall on Thursday"
        return "past"  # "has said", "launched on Thursday" (a reduced relative clause)
    if verb.tag_ == "VBG" and not auxes:
        return None  # "killing hundreds": the main verb decides
    if verb.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        if words & _PERFECT_AUX:
            return "past"
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FUTURE_MARKS for c in verb.children):
            return "future"  # "until we select a new leader in November"
        return "present"  # "meets on Monday", "is meeting on Monday"
    return None


def tense_of(span: Span) -> str:
    """The tense that places a relative time: walk from the expression up to its verb. An
    infinitive takes the tense of what governs it, unless that is a word of plans ("agreed to
    meet on Monday", "clearing the way for Britain to leave on Jan. 31"). News reports what
    happened, so without a verb (headlines, fragments) it is the past; and a past verb just
    before the expression wins over the parse ("said on Sunday it would …")."""
    if span.start > 0 and span.doc[span.start - 1].tag_ == "VBD":
        return "past"
    token = span.root
    infinitive = False
    for _ in range(10):
        if token.i < span.start or token.i >= span.end:
            if _puts_ahead(token) or (infinitive and token.lemma_.lower() in _PLAN_WORDS):
                return "future"
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
                found = _verb_tense(token)
                if found:
                    return found
                infinitive = infinitive or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.head.i == token.i:
            break
        token = token.head
    return "past"


def _event_span(doc: Doc, span: Span) -> Span | None:
    """The event a relative time points at: the object of its final "after"/"before"/"of"
    ("the high-profile assassination of top … commanders") or the clause it introduces ("he
    left office"), cut at the first punctuation mark."""
    prep = span[-1]
    head: Token | None = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if head is None and prep.head.i >= span.end and (prep.dep_ == "mark" or prep.head.pos_ in ("VERB", "AUX")):
        head = prep.head  # "after he left office"
    if head is None:
        for token in doc[span.end : min(len(doc), span.end + 8)]:
            if token.is_punct and token.text not in ("-", "‑"):
                break
            if token.pos_ in ("NOUN", "PROPN", "VERB", "PRON", "NUM"):
                head = token
                break
    if head is None or head.i < span.end:
        return None
    start = span.end
    if head.pos_ in ("VERB", "AUX"):
        end = head.right_edge.i + 1
    else:
        end = head.i + 1
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "against", "on", "in", "by", "for", "with"):
                end = child.right_edge.i + 1
                break
    end = min(end, head.sent.end)
    for i in range(start, end):
        token = doc[i]
        if (token.is_punct and token.text not in ("-", "‑", "'", "’")) or "\n" in token.text:
            end = i
            break
    if end - start > 20:
        end = head.i + 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


class _Names:
    """The model's entities of some labels, asked "does one hold this stretch?" by bisection:
    their starts in order, and the farthest end among those starting at or before each."""

    def __init__(self, ents: list[tuple[int, int, str]], labels: frozenset[str]) -> None:
        self.spans = sorted((s, e) for s, e, label in ents if label in labels)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))

    def hold(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def _blocked(cand: Candidate, names: _Names, event_names: _Names) -> bool:
    """Whether a candidate lies inside a name the model found ("Theresa May", "the Six-Day War")."""
    found = event_names if cand.meaning.kind in ("duration", "set") else names
    if cand.meaning.kind == "feast":  # the model calls "Easter" or "Ashura" a name: only a longer one blocks
        return any(s <= cand.start and cand.end <= e and (e - s) > cand.length for s, e in found.spans)
    return found.hold(cand.start, cand.end)


def _model_only(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The model's DATE/TIME entities that no rule read: kept, with an unknown value, so a
    holiday or season the grammar lacks is still a fact ("Ramadan", "the holy month")."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _AGES.search(ent.text):
            continue
        if any(c.start < ent.end_char and ent.start_char < c.end for c in chosen):
            continue
        if not any(ch.isalpha() for ch in ent.text):
            continue  # a lone number the grammar declined: most likely a count
        out.append(Candidate(ent.start_char, ent.end_char, Meaning("unknown", type=ent.label_), "model"))
    return out


class TimeAnnotator:
    """The ng_times component (see the module docstring)."""

    def __init__(self, name: str, *, use_model_dates: bool = False) -> None:
        self.name = name
        self.use_model_dates = use_model_dates

    def __call__(self, doc: Doc) -> Doc:
        """Find, read and resolve every temporal expression; one span per expression in
        `doc.spans["ng_times"]`, its fact in `span._.ng_time`."""
        text = text_of(doc)
        published = parse_published((doc._.ng_meta or {}).get("published"))
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        dates = [(s, e) for s, e, label in ents if label in ("DATE", "TIME")]

        def confirmed(start: int, end: int) -> bool:
            return any(s < end and start < e for s, e in dates)

        names, event_names = _Names(ents, _NAME_LABELS), _Names(ents, _EVENT_LABELS)
        candidates = [c for c in scan(text) if not _blocked(c, names, event_names)]
        chosen = combine(text, select(text, candidates, confirmed))
        if self.use_model_dates:
            chosen = sorted(chosen + _model_only(doc, chosen), key=lambda c: c.start)

        index = PartIndex(doc)
        group = SpanGroup(doc, name=SPANS_KEY)
        taken: list[tuple[int, int]] = []
        by_start: dict[int, tuple[Span, dict[str, Any], Candidate]] = {}
        pending: list[tuple[Span, dict[str, Any], Candidate]] = []
        tenses: dict[int, str] = {}
        focus: Focus = {}
        for cand in chosen:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            meaning = cand.meaning
            if cand.tense_from is not None and cand.tense_from in tenses:
                tense = tenses[cand.tense_from]
            else:
                tense = tense_of(span) if (meaning.needs_tense or cand.in_start is not None) else "past"
            tenses[cand.start] = tense
            if cand.in_start is not None and tense == "future":  # "will reopen in two weeks", not "is … in two weeks"
                cand = replace(cand, start=cand.in_start, meaning=_future_offset(meaning))
                span = doc.char_span(cand.start, cand.end, alignment_mode="expand") or span
                meaning = cand.meaning
            if any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            if cand.family == "frequency-word" and span.root.dep_ == "amod":
                continue  # "a daily newspaper", "the annual parade": TimeML leaves the adjective alone
            if cand.family == "bare-anaphor" and "quarter" not in focus:
                continue  # "fighting in the quarter": no quarter of a year named before it
            if cand.family == "vague-adjective" and span.root.dep_ != "amod":
                continue  # "future demand" is FUTURE_REF, "the future looks bleak" is a noun
            attrs = _against_focus(cand, resolve(meaning, published, tense, focus), focus, published)
            _update_focus(focus, cand, attrs, published)
            if meaning.kind == "event" and meaning.needs_event:
                pending.append((span, attrs, cand))
            taken.append((span.start_char, span.end_char))
            span._.ng_part = index.part_at(span.start_char, span.end_char)
            span._.ng_time = attrs
            by_start[span.start_char] = (span, attrs, cand)
            group.append(span)
        for span, attrs, cand in pending:
            self._attach_event(doc, span, attrs, cand, by_start)
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=sorted(group, key=lambda s: s.start_char))
        return doc

    @staticmethod
    def _attach_event(doc: Doc, span: Span, attrs: dict[str, Any], cand: Candidate,
                      by_start: dict[int, tuple[Span, dict[str, Any], Candidate]]) -> None:
        """Fill `relation` with the event a relative time points at; when that "event" is itself
        a resolved date ("two days before March 3"), compute the date."""
        event = _event_span(doc, span)
        relation = dict(attrs["relation"])
        if event is not None:
            relation["event_text"] = event.text
            relation["event"] = {"start": event.start_char, "end": event.end_char, "text": event.text}
            target = by_start.get(event.start_char)
            if target is not None:
                relation["time"] = f"t_{target[0].start_char}_{target[0].end_char}"
                computed = _shifted(target[1], cand.meaning)
                if computed is not None:
                    attrs.update(type="DATE", value=computed, anchor=target[1]["anchor"], resolved=True)
                    if "anchor_date" in target[1]:
                        attrs["anchor_date"] = target[1]["anchor_date"]
        attrs["relation"] = relation
        span._.ng_time = attrs


# Kinds whose value names the period a text is about (not a comparison, a length or a vague ref).
_FOCUS_KINDS = frozenset({"abs", "monthday", "month", "weekday", "offset", "season", "quarter", "feast", "weekend"})


def _update_focus(focus: Focus, cand: Candidate, attrs: dict[str, Any], published: date | None = None) -> None:
    """Remember the date just named, and the quarter, for "the quarter" and "a year earlier". A
    narrative moves the focus ("three days later", "the next day"); a comparison does not ("a
    year ago", "a year earlier": the report is still about its quarter). "The latest quarter"
    names the reported quarter too; a quarter not over at publication ("the trend will continue
    into the fourth quarter") is a forecast, and the report stays about the quarter it reports."""
    value = attrs.get("value") or ""
    m = cand.meaning
    if not attrs.get("resolved") or not re.match(r"\d{4}", value) or attrs.get("type") not in ("DATE", "TIME"):
        return
    if cand.family == "measure":
        if m.unit in ("day", "week", "month") and m.kind in ("event", "offset"):
            focus["date"] = (value, attrs["anchor"])  # "three days later", "two weeks ago"
        return
    reported = m.kind == "focus" and not m.offset  # "the quarter", "the latest period"
    told = m.kind == "event" and cand.family in ("the-unit", "position")
    if m.kind not in _FOCUS_KINDS and not reported and not told:
        return
    focus["date"] = (value, attrs["anchor"])
    if re.fullmatch(r"\d{4}-Q[1-4]", value) and ("quarter" not in focus or not _unfinished(value, published)):
        focus["quarter"] = (value, attrs["anchor"])


def _unfinished(quarter: str, published: date | None) -> bool:
    """Whether a quarter ("1989-Q4") has not ended by the publication date (unknown: it has)."""
    if published is None:
        return False
    year, number = int(quarter[:4]), int(quarter[-1])
    return shift(date(year, 3 * number - 2, 1), "quarter", 1) > published


def _against_focus(cand: Candidate, attrs: dict[str, Any], focus: Focus, published: date | None) -> dict[str, Any]:
    """Times told from the date named last (TimeML's temporal focus), as a TimeML annotator
    reads them: "three days later" after "on March 3" is March 6, "the following year" after
    "June 2020" is 2021, "that night" is the night of the day just named, "a year earlier" after
    "the third quarter" is that quarter a year back. With nothing named before, "a year earlier"
    counts from publication and the others stay relative to the event just told. "A year ago"
    in a report about a quarter is that quarter a year back."""
    m = cand.meaning
    if m.kind == "event" and not m.needs_event and m.unit in ("day", "week", "month", "year"):
        counted = cand.family == "measure" and m.offset == int(m.offset) and m.offset > 0
        if counted and m.direction in ("before", "after"):
            n = int(m.offset) * (-1 if m.direction == "before" else 1)
        elif cand.family in ("the-unit", "position"):
            n = {"after": 1, "before": -1}.get(m.direction or "", 0)
        else:
            return attrs
        found = from_focus(focus["date"][0], m.unit or "day", n, keep_grain=counted) if "date" in focus else None
        anchor = focus["date"][1] if found else "publication"
        if found is None and counted and m.unit == "year" and published is not None:
            found = (str(published.year + n), "year")  # "a year earlier", nothing named before it
        if found is None and m.part and n == 0 and cand.family == "the-unit" and published is not None:
            # "during the night", "in the morning" with no day named before: wire copy's own day —
            # the night being the one before it, as "overnight" is
            day = published - timedelta(days=1) if m.part == "NI" else published
            found = (day.isoformat(), "day")
        if found is None and cand.family == "position" and m.unit == "day" and published is not None:
            found = (published.isoformat(), "day")  # "earlier in the day", no day named: wire copy's own
        if found is None:
            return attrs
        value, granularity = found
        out: dict[str, Any] = {"type": "DATE", "value": value, "granularity": granularity, "anchor": anchor,
                               "resolved": True}
        if m.part and granularity == "day":  # "that night", "the next morning"
            out.update(type="TIME", value=f"{value}T{m.part}", granularity="part-of-day")
        if attrs.get("mod"):
            out["mod"] = attrs["mod"]
        if anchor == "publication" and published is not None:
            out["anchor_date"] = published.isoformat()
        return out
    quarter = focus.get("quarter")
    if (cand.family == "measure" and m.kind == "offset" and m.unit == "year" and m.offset == int(m.offset)
            and quarter is not None and focus.get("date") == quarter):
        moved = shift_years(quarter[0], int(m.offset))
        if moved is not None:
            return {**attrs, "value": moved, "granularity": "quarter"}
    return attrs


def _future_offset(m: Meaning) -> Meaning:
    """ "in two weeks" with a future verb: two weeks after the reference date."""
    n = int(m.offset) if m.offset == int(m.offset) else m.offset
    if m.value and "X" in m.value:
        return Meaning("ref", value="FUTURE_REF", granularity=m.granularity)
    unit = m.unit or "day"
    if unit in ("second", "minute", "hour", "night"):
        unit, n = "day", 0
    if unit == "fortnight":
        unit, n = "week", n * 2
    if n != int(n):
        unit, n = ("month", round(n * 12)) if unit == "year" else ("day", round(n * 30))
    return Meaning("offset", unit=unit, offset=int(n), granularity=unit if unit != "weekend" else "week")


def _shifted(target: dict[str, Any], m: Meaning) -> str | None:
    """The date `m` (a relation: "two days before") points at, when its target is a resolved day
    ("March 3"); None otherwise."""
    value = target.get("value") or ""
    if not target.get("resolved") or not re.fullmatch(r"\d{4}-\d\d-\d\d", value) or not m.offset:
        return None
    if m.offset != int(m.offset) or (m.unit or "") not in ("day", "week", "month", "year"):
        return None
    n = int(m.offset) * (-1 if m.direction == "before" else 1)
    return shift(date.fromisoformat(value), m.unit or "day", n).isoformat()


def _record(doc: Doc) -> list[dict[str, Any]]:
    """The record facts: id `t_<start>_<end>`, offsets, text, part, then the time attributes."""
    return [span_fact(s, f"t_{s.start_char}_{s.end_char}", part=s._.ng_part, **(s._.ng_time or {}))
            for s in doc.spans.get(SPANS_KEY, [])]


@annotator("ng_times", layer="times", needs=["parts", "entities"], to_record=_record,
           requires=["doc.ents", "doc.sents", "token.dep", "token.tag", "doc.spans"], assigns=["doc.spans"],
           default_config={"use_model_dates": False})
def make_times(nlp: Language, name: str, use_model_dates: bool) -> TimeAnnotator:
    """spaCy factory for `nlp.add_pipe("ng_times")`. `use_model_dates` keeps the model's DATE/TIME
    entities that no rule reads, with an unknown value (off: on news pages most were noise)."""
    return TimeAnnotator(name, use_model_dates=use_model_dates)


__all__ = ["SPANS_KEY", "TimeAnnotator", "parse_published", "tense_of"]
