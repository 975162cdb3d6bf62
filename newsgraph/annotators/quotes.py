"""ng_quotes: who said what. Direct, indirect, mixed and headline statements, each with its
content span, cue span, speaker mention span and the speaker resolved to a name.

How it reads a document, in order:
1. reported speech from the dependency parse: a speech verb ("said", "warned", "adding") and its
   clausal complement, "warned of …", "according to X, …". A complement that contains a quoted
   fragment is `mixed`; one that is entirely quoted is left to step 2.
2. every span between quotation marks that step 1 did not take: statements (direct quotes,
   attributed through the speech verb next to them, or continuing the previous quote of the same
   speaker) and the rest — scare quotes, quoted terms, titles of works — which ng_terms keeps.
3. the headline: "…, X warns", "X: ‘…’", "X says …".
4. speakers: names, surnames (to the full name used in the article), pronouns (to the right
   earlier person), descriptions ("the leader of …": to the named person it introduces),
   organisations ("the ministry said") and unnamed sources ("officials said", a group).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, SpanGroup, Token

from ._extensions import text_of
from ._lexicons import capitals, given_names
from ._quote_marks import MarkedSpan, find_marked_spans
from ._quote_offsets import FirstContaining, Union
from .base import annotator, span_fact
from .parts import SPANS_KEY as PARTS_KEY

SPANS_KEY = "ng_quotes"


def _words(text: str) -> list[str]:
    return text.split()


MARKS_KEY = "ng_quote_marks"  # quoted spans that are not statements, for ng_terms

SPEECH_VERBS = frozenset(
    _words("""
    say tell add warn stress note insist claim state declare announce explain argue ask urge vow pledge
    threaten deny accuse emphasize emphasise write tweet post confirm acknowledge admit reply respond remark
    comment suggest predict report allege assert maintain reiterate caution recall complain concede promise
    boast contend mention observe hint indicate charge counter testify disclose reveal signal underline
    underscore lament describe demand rule conclude determine""")
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "a", "an", "in", "on", "to", "at", "by", "with"})
# Plural heads that name people of some party or trade, who speak as a group but are no organisation.
_PEOPLE_GROUPS = frozenset(
    _words("""
    republican democrat conservative liberal progressive independent lawmaker legislator senator official
    aide lawyer attorney diplomat analyst resident witness protester protestor activist voter critic supporter
    opponent member minister negotiator investigator prosecutor expert economist doctor medic worker
    survivor relative officer""")
)
# Head nouns of descriptions of a person that are not roles ("the 45-year-old", "the former chief").
_DESCRIPTIVE_HEADS = frozenset({"old", "man", "woman", "veteran", "father", "mother", "native", "lawmaker", "chief"})
# Plural heads that name members of an armed group ("M23 rebels" is the group M23) …
_GROUP_MEMBERS = frozenset({"rebel", "fighter", "militant", "gunman", "insurgent", "jihadist", "militiaman"})
# … and nouns of the outlet's own comment appended to reported content (", a claim the army
# disputed", ", a demand Republicans have rejected").
_COMMENT_NOUNS = frozenset({"claim", "demand", "commitment", "move", "charge", "allegation", "assertion",
                            "accusation", "position", "promise", "pledge", "step", "figure", "view", "stance"})
# Verbs that, joined to a reported clause, are the speaker's next act, not more content.
_NEXT_ACTS = frozenset({"decline", "refuse", "urge", "call", "vow", "pledge", "promise", "ask", "demand"})
# Subordinators of a remark the outlet adds to reported content.
_ASIDE_MARKS = frozenset({"though", "although", "while", "whereas"})
# Speech verbs that report content through "of" or "about": "warned of a conspiracy".
_OF_VERBS = frozenset({"warn", "speak", "complain", "talk", "caution"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "we", "them"})
# Head nouns of descriptions that stand for organisations rather than people.
_ORG_NOUNS = frozenset(
    _words("""
    ministry government army military police office agency council committee movement group party
    organization organisation embassy administration department command coalition alliance union court
    parliament cabinet presidency regime statement militia forces force faction bloc commission authority
    authorities company firm network channel newspaper campaign utility institute bank university hospital
    foundation center centre service board bureau mission panel corporation operator airline charity
    organisation organization secretariat delegation tribunal prosecutor's""")
)
# Head nouns of descriptions that stand for one person ("the spokesman", "Asa’ib leader").
PERSON_ROLES = frozenset(
    _words("""
    leader chief envoy commander minister president premier pm spokesman spokeswoman spokesperson official
    general king prince emir ayatollah cleric ambassador secretary senator lawmaker mp governor mayor judge
    diplomat negotiator candidate head director founder chairman chairwoman chair ceo adviser advisor
    aide deputy representative lawyer attorney prosecutor mediator monarch sheikh imam rapporteur coordinator
    administrator commissioner speaker colonel brigadier admiral captain major lieutenant sergeant officer
    doctor surgeon witness resident analyst expert researcher activist journalist nominee pick democrat
    republican incumbent challenger veteran lawmaker freshman administrator author sponsor""")
)
_HEADLINE_CUES = (
    "warns?|says|say|said|vows?|insists?|claims?|urges?|threatens?|denies|deny|accuses|accuse|stresses|"
    "declares?|announces?|tells?|pledges?|demands?|rejects?|confirms?|admits?|argues?|slams?|blasts?|hails?|"
    "praises?|condemns?|reports?|estimates?|predicts?"
)
_HEADLINE_TAIL = re.compile(rf",\s+(?P<speaker>[^,:]{{2,80}}?)\s+(?P<cue>{_HEADLINE_CUES})\.?$")
_HEADLINE_SAYS = re.compile(rf"^(?P<speaker>[^,:“\"‘]{{2,80}}?)\s+(?P<cue>{_HEADLINE_CUES})\s+(?P<content>.+)$")
_HEADLINE_COLON = re.compile(r"^(?P<speaker>[^:]{2,80}?)\s*:\s*(?P<content>.+)$")
_HEADLINE_QUOTE_FIRST = re.compile(
    rf"^(?P<content>[‘'\"“«].+[’'\"”»]),?\s+(?:(?P<cue>{_HEADLINE_CUES})\s+(?P<speaker>[^,:]{{2,60}})"
    rf"|(?P<speaker2>[^,:]{{2,60}}?)\s+(?P<cue2>{_HEADLINE_CUES}))"
    r"(?:\s+(?:as|of|after|before|amid|while|on|in|over|about|ahead)\b.*)?$")
# "Governor vetoes school voucher expansion, calls it 'a raid on rural districts'"
_HEADLINE_CALLS = re.compile(
    r"^(?P<speaker>\S+(?:\s+\S+)?)\s+\w+s\b.*?,?\s+(?P<cue>calls)\s+\S+(?:\s+\S+)?\s+"
    r"(?P<content>[‘'\"“«][^‘'\"“«]+[’'\"”»])$")
_TITLE_CUES = frozenset(
    _words("""
    book novel film movie documentary song album report series show play poem article essay titled entitled""")
)
_TERM_CUES = frozenset({"so-called", "dubbed", "called", "termed", "labelled", "labeled", "branded", "coined"})


@dataclass
class Speaker:
    name: str | None
    kind: str  # person | organisation | unnamed
    plural: bool = False
    entity: str | None = None  # id of the entity mention the name was taken from
    indefinite: bool = False  # "a spokesman": may be named later with the same role


@dataclass
class Statement:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    speaker: Speaker | None
    confidence: float
    marks: list[MarkedSpan] = field(default_factory=list)


class QuoteAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        reader = _DocReader(doc)
        statements = reader.read()
        group = SpanGroup(doc, name=SPANS_KEY)
        for st in statements:
            span = doc.char_span(st.start, st.end, label=st.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.ng_attrs = _attrs(reader.text, st)
            group.append(span)
        doc.spans[SPANS_KEY] = group
        left = SpanGroup(doc, name=MARKS_KEY)
        for mark in reader.unused_marks:
            span = doc.char_span(mark.content_start, mark.content_end, label="marked", alignment_mode="expand")
            if span is not None:
                left.append(span)
        doc.spans[MARKS_KEY] = left
        return doc


def _attrs(text: str, st: Statement) -> dict[str, Any]:
    def piece(bounds: tuple[int, int] | None) -> dict[str, Any] | None:
        if bounds is None:
            return None
        return {"start": bounds[0], "end": bounds[1], "text": text[bounds[0] : bounds[1]]}

    speaker = None
    if st.speaker is not None:
        speaker = {"name": st.speaker.name, "kind": st.speaker.kind, "plural": st.speaker.plural,
                   "entity": st.speaker.entity}
    return {"kind": st.kind, "content": {"start": st.start, "end": st.end}, "cue": piece(st.cue),
            "speaker_mention": piece(st.mention), "speaker": speaker, "confidence": round(st.confidence, 2)}


class _DocReader:
    """One pass over one Doc; holds what the steps share."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        parts = list(doc.spans.get(PARTS_KEY, []))
        self.title = next((p for p in parts if p.label_ == "title"), None)
        self.blocks = [(p.start_char, p.end_char) for p in parts if p.label_ == "paragraph"]
        if not self.blocks and not parts:
            self.blocks = [(0, len(self.text))]
        self.marks = find_marked_spans(self.text, self.blocks)
        self._mark_at = FirstContaining([(m.start, m.end) for m in self.marks])
        self._block_at = FirstContaining(self.blocks)
        self.datelines = [s + _dateline_length(self.text[s:e]) for s, e in self.blocks]
        self.unused_marks: list[MarkedSpan] = []
        # Built once: every SpanGroup read and `doc.ents` makes new Span objects each time.
        self.ng_entities = list(doc.spans.get("ng_entities", []))
        self.model_entities = list(doc.ents)
        self.entities = self.ng_entities or self.model_entities  # ng_entities, else the model's
        self.people = _People([e for e in self.entities if e.label_ == "PERSON"])
        self.contents = Union([])  # statement contents, once found
        self.speakers_at: list[tuple[int, Speaker]] = []  # people resolved as speakers, by mention offset
        self.unnamed_roles: set[str] = set()  # role nouns of unnamed sources so far ("a spokesman")

    # -- helpers ------------------------------------------------------------------------------
    def in_marks(self, token: Token) -> MarkedSpan | None:
        n = self._mark_at.index(token.idx)
        return self.marks[n] if n >= 0 else None

    def block_of(self, offset: int) -> int:
        return self._block_at.index(offset)

    # -- the steps ----------------------------------------------------------------------------
    def read(self) -> list[Statement]:
        statements: list[Statement] = []
        consumed: set[MarkedSpan] = set()
        for st in self._reported_speech():
            consumed.update(st.marks)
            statements.append(st)
        for st in self._quoted(consumed, statements):
            statements.append(st)
        statements.extend(self._headline())
        statements.sort(key=lambda s: s.start)
        statements = _drop_nested(statements)
        self._resolve_all(statements)
        return statements

    def _reported_speech(self) -> list[Statement]:
        found: list[Statement] = []
        title_end = self.title.end_char if self.title is not None else -1
        for i in _speech_candidates(self.doc):
            token = self.doc[i]
            if token.idx < title_end or self.in_marks(token):
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                st = self._according_to(token)
                if st is not None:
                    found.append(st)
            elif token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                found.extend(self._speech_clause(token))
        return found

    def _speech_clause(self, verb: Token) -> list[Statement]:
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None) or _that_clause(verb)
        kind_hint = "indirect"
        if comp is None and verb.lemma_.lower() in _OF_VERBS:
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")), None)
            comp = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            kind_hint = "indirect-of"
        if comp is None and verb.dep_ == "parataxis":
            return self._parenthetical(verb)
        if comp is None:
            return self._inverted(verb)
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "did not say that …" reports nothing said
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children):
            return []
        subject = _subject_of(verb)
        if subject is None or _impersonal(subject, verb):
            # no one is said to say it ("to confirm that …"), or "It is said that …": the
            # outlet's own unattributed claim
            return []
        if kind_hint == "indirect-of" and comp.left_edge.i > verb.i + 2:
            return []
        cue = _cue_bounds(verb)
        mention = self._mention(subject)
        confidence = 0.85 if kind_hint == "indirect" else 0.6
        # "said that A, but that B": B hangs on the speech verb itself
        extra = [c for c in verb.children if c.dep_ == "conj" and c.i > comp.i
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        found = []
        for clause in [comp, *extra]:
            for first, last in self._clauses(clause):
                st = self._clause_statement(verb, first, last, cue, mention, confidence)
                if st is not None:
                    found.append(st)
        return found

    def _parenthetical(self, verb: Token) -> list[Statement]:
        """ "The package, Vasquez said, would fund …": the attribution sits inside the clause it
        reports; the statement is the whole clause, attribution included."""
        subject = _subject_of(verb)
        if subject is None or (_impersonal(subject, verb) and subject.lower_ != "it"):
            return []
        before = subject.left_edge.i - 1
        after = verb.i + 1
        while after < len(self.doc) and after < verb.i + 6 and self.doc[after].text != ",":
            after += 1  # "Baird argued in the brief,"
        if before < 0 or self.doc[before].text != "," or after >= len(self.doc) or self.doc[after].text != ",":
            return []
        clause = verb.head
        first, last = clause.left_edge, clause.right_edge
        while first.i < last.i and (first.is_punct or first.is_space or first.idx < self.dateline_end(first.idx)):
            first = self.doc[first.i + 1]
        while last.i > first.i and (last.is_punct or last.is_space):
            last = self.doc[last.i - 1]
        if last.i - first.i < 5:
            return []
        start, end = first.idx, self._through_final_stop(last, last.idx + len(last.text))
        inside = [m for m in self.marks if m.start < end and m.end > start]
        if any(m.start <= start for m in inside):
            return []
        kind = "mixed" if inside else "indirect"
        return [Statement(kind, start, end, _cue_bounds(verb), self._mention(subject), None, 0.8, marks=inside)]

    def _inverted(self, verb: Token) -> list[Statement]:
        """ "Sudan is facing the worst hunger crisis, the head of the NRC, Anders Lindqvist,
        said on Wednesday": content first, then the speaker and the verb, with nothing of
        substance after the verb."""
        sent = verb.sent
        after = [t for t in self.doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if any(t.pos_ in ("VERB", "AUX") for t in after) or self.in_marks(verb) or verb.dep_ not in ("ROOT", "conj"):
            return []  # "a claim neither government confirmed" modifies a noun: nothing reported
        i = verb.i - 1
        comma = None
        while i > sent.start and verb.i - i <= 20:
            tok = self.doc[i]
            if tok.pos_ in ("VERB", "AUX") or self.in_marks(tok):
                break
            if tok.text == ",":
                comma = i
            i -= 1
        if comma is None or comma - sent.start < 4:
            return []
        first = sent.start
        while first < comma and self.doc[first].idx < self.dateline_end(self.doc[first].idx):
            first += 1
        content = self.doc[first:comma]
        finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content)
        if len(content) < 5 or not finite or any(self.in_marks(t) for t in content):
            return []
        np_end = next((j for j in range(comma + 1, verb.i) if self.doc[j].text == ","), verb.i)
        speaker = self.doc[comma + 1 : np_end]
        if not len(speaker) or not any(t.is_alpha for t in speaker):
            return []
        end = self._through_final_stop(content[-1], content.end_char)
        return [Statement("indirect", content.start_char, content.end_char if end <= content.end_char else end,
                          _cue_bounds(verb), (speaker.start_char, speaker.end_char), None, 0.8)]

    def _clauses(self, comp: Token) -> list[tuple[Token, Token]]:
        """Token ranges of a reported clause, split where it goes on with "and that …" (at
        whatever depth the parser hung it) or "and …" with a new subject: each is a statement
        of its own."""
        splits = [c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)]
        splits += [c for c in comp.subtree if c.dep_ == "conj" and c not in splits and c.i > comp.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        splits.sort(key=lambda t: t.i)
        ranges: list[tuple[Token, Token]] = []
        first = comp.left_edge
        for conj in splits:
            if conj.left_edge.i <= first.i:
                continue
            last = conj.left_edge.nbor(-1)
            while last.i > first.i and (last.is_punct or last.is_space or last.dep_ == "cc"):
                last = last.nbor(-1)
            ranges.append((first, last))
            first = conj.left_edge
        ranges.append((first, comp.right_edge))
        return ranges

    def _clause_statement(self, verb: Token, start_tok: Token, end_tok: Token, cue: tuple[int, int],
                          mention: tuple[int, int] | None, confidence: float) -> Statement | None:
        # "said that …": the content starts after the complementiser (and after a dateline)
        while start_tok.i < end_tok.i and ((start_tok.dep_ == "mark" and start_tok.lower_ == "that")
                                           or start_tok.is_punct or start_tok.is_space
                                           or start_tok.idx < self.dateline_end(start_tok.idx)):
            start_tok = self.doc[start_tok.i + 1]
        if start_tok.i >= end_tok.i or start_tok.i <= verb.i < end_tok.i:
            return None
        # A ends where the next speech clause begins ("said that A, adding that B", "warned that
        # A and said B"), where the outlet adds a remark of its own (", though the toll could not
        # be verified") and where a participle comments on it (", calling it …")
        for tok in self.doc[start_tok.i + 1 : end_tok.i + 1]:
            speech = tok.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in tok.children)
            aside = tok.dep_ == "advcl" and tok.nbor(-1).text != "," and any(
                c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in tok.children)
            cut = tok.left_edge if aside else tok
            participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and cut.nbor(-1).text == ","
            comment = (tok.dep_ == "appos" and tok.lemma_.lower() in _COMMENT_NOUNS
                       and tok.left_edge.nbor(-1).text == "," and tok.left_edge.lower_ in ("a", "an"))
            if comment:
                cut = tok.left_edge
            next_act = (tok.dep_ == "conj" and tok.lemma_.lower() in (SPEECH_VERBS | _NEXT_ACTS)
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))
            if next_act:
                cut = tok
            if speech or participle or comment or next_act or (aside and cut.nbor(-1).text == ","):
                end_tok = cut.nbor(-1)
                while end_tok.i > start_tok.i and (end_tok.is_punct or end_tok.is_space or end_tok.dep_ == "cc"):
                    end_tok = end_tok.nbor(-1)
                break
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        end = self._through_final_stop(end_tok, end)
        inside = [m for m in self.marks if m.start < end and m.end > start]
        if inside and any(m.start <= start for m in inside):
            return None  # the clause begins inside a quote: a direct quote, read from its marks
        if end - start < 8 or not any(t.pos_ in ("VERB", "AUX") for t in self.doc[start_tok.i : end_tok.i + 1]):
            return None  # a fragment ("Mayor Lucinda Fox") left by an odd parse, not a clause
        kind = "mixed" if inside else "indirect"
        return Statement(kind, start, end, cue, mention, None, confidence, marks=inside)

    def dateline_end(self, offset: int) -> int:
        """Where the dateline ("KYIV, Ukraine (AP) — ") of the paragraph holding `offset` ends."""
        block = self.block_of(offset)
        return self.datelines[block] if block >= 0 else 0

    def _mention(self, subject: Token | None) -> tuple[int, int] | None:
        if subject is None or not any(ch.isalnum() for ch in subject.text):
            return None
        start, end = _mention_bounds(subject, self.model_entities)
        start = max(start, min(self.dateline_end(start), end))
        while start < end and not self.text[start].isalnum():
            start += 1
        return (start, end) if start < end else None

    def _through_final_stop(self, last: Token, end: int) -> int:
        """Include the sentence's full stop when the clause runs to the end of its sentence."""
        nxt = last.i + 1
        if nxt < len(self.doc) and self.doc[nxt].text in (".", "!", "?") and (
            nxt + 1 >= len(self.doc) or self.doc[nxt + 1].is_sent_start or self.doc[nxt + 1].is_space
        ):
            return self.doc[nxt].idx + 1
        return end

    def _according_to(self, according: Token) -> Statement | None:
        to = self.doc[according.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        sent = according.sent
        src_start, src_end = according.i, source.right_edge.i + 1
        if according.i == sent.start:  # "According to X, …"
            first = src_end
            while first < sent.end and (self.doc[first].is_punct or self.doc[first].is_space):
                first += 1
            last = sent.end - 1
        else:  # "…, according to X."
            first = sent.start
            while first < src_start and self.doc[first].idx < self.dateline_end(self.doc[first].idx):
                first += 1
            last = src_start - 1
            while last > first and (self.doc[last].is_punct or self.doc[last].is_space):
                last -= 1
        if last <= first or any(self.in_marks(self.doc[i]) for i in (first, last)):
            return None
        if any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in self.doc[first : last + 1]):
            return None  # "He told donors …, according to a recording": the statement is his
        start = self.doc[first].idx
        end = self.doc[last].idx + len(self.doc[last].text)
        cue = (according.idx, to.idx + len(to.text))
        return Statement("indirect", start, end, cue, self._mention(source), None, 0.8)

    def _quoted(self, consumed: set[MarkedSpan], earlier: list[Statement]) -> list[Statement]:
        found: list[Statement] = []
        previous: Statement | None = None
        for mark in self.marks:
            if mark in consumed:
                continue
            shape = self._shape(mark)
            if shape == "called":  # `X called the ruling "a great day"`: X's words
                caller = self._caller(mark)
                if caller is None:
                    self.unused_marks.append(mark)
                    continue
                verb, subject = caller
                st = Statement("direct", mark.content_start, mark.content_end, _cue_bounds(verb),
                               self._mention(subject), None, 0.85, [mark])
                found.append(st)
                previous = st
                continue
            if shape == "term":
                self.unused_marks.append(mark)
                continue
            cue, subject, confidence = self._attribution(mark)
            continues = cue is None and previous is not None and self._continues(previous, mark)
            if shape in ("short", "title") and cue is None and not continues:
                self.unused_marks.append(mark)  # a short phrase or a title nobody is said to have said
                continue
            st = Statement("direct", mark.content_start, mark.content_end, None, None, None, confidence, [mark])
            if cue is not None:
                st.cue = _cue_bounds(cue)
                if cue.lower_ == "according":
                    st.cue = (cue.idx, cue.nbor(1).idx + len(cue.nbor(1).text))
                st.mention = self._mention(subject)
            elif continues and previous is not None:
                st.cue, st.mention, st.speaker = previous.cue, previous.mention, previous.speaker
                st.confidence = previous.confidence * 0.9
                st.marks.append(previous.marks[0])  # resolution follows the quote it continues
            else:
                st.confidence = 0.4
            found.append(st)
            previous = st
        return found

    def _caller(self, mark: MarkedSpan) -> tuple[Token, Token] | None:
        """The verb "call" just before a quote and its subject, unless nobody in particular calls
        it so ("what critics call", "so-called")."""
        span = self.doc.char_span(max(0, mark.start - 60), mark.start, alignment_mode="contract")
        verb = next((t for t in reversed(span or []) if t.lemma_.lower() == "call" and t.pos_ == "VERB"), None)
        if verb is None:
            return None
        if any(c.lower_ in ("what", "which") and c.dep_ in ("dobj", "nsubj", "oprd") for c in verb.children):
            return None
        if any(c.lower_ in ("itself", "themselves", "himself", "herself") for c in verb.children):
            return None  # "a group calling itself “Falcons of the Two Rivers”": a name, not a statement
        subject = _subject_of(verb)
        if subject is None or subject.lower_ in ("what", "which", "who", "that"):
            return None
        return verb, subject

    def _shape(self, mark: MarkedSpan) -> str:
        """What a quoted span looks like: "term" (scare quotes, quoted words), "called" (`called
        the bill "a raid"`), "title" (a title of a work or a bill: a statement only if attributed),
        "short" (likewise) or "statement"."""
        content = self.text[mark.content_start : mark.content_end]
        words = content.split()
        before = self.text[max(0, mark.start - 40) : mark.start].lower().split()
        last = before[-1] if before else ""
        near = before[-5:]
        if any(w in ("called", "calling", "calls", "call") for w in near) and not any(
                w.endswith((",", ".", ";", ":")) for w in near[near.index(next(w for w in near if w in (
                    "called", "calling", "calls", "call"))):]):
            return "called"
        if last in _TERM_CUES or last in _TITLE_CUES:
            return "term"
        if len(before) >= 2 and " ".join(before[-2:]) in ("known as", "described as", "referred to"):
            return "term"
        if len(before) >= 3 and before[-3] in ("described", "dismissed", "derided", "branded") and \
                before[-1] == "as":
            return "term"
        letters = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
        title_case = letters and sum(w[0].isupper() for w in letters) / len(letters) > 0.8
        if len(words) > 1 and title_case and not content.rstrip("”\"’").endswith(("!", "?")) and len(words) <= 12:
            return "term"  # "Rural Prosperity and Food Security Act of 2026," a title, not a sentence
        if len(words) < 4:
            sentence = content[:1].isupper() and content.rstrip("”\"’").endswith((".", ",", "!", "?"))
            return "short" if sentence else "term"
        return "statement"

    def _attribution(self, mark: MarkedSpan) -> tuple[Token | None, Token | None, float]:
        """The speech verb for a quote: after it (`“…,” he said`) or before it (`X said: “…”`)."""
        content = self.text[mark.content_start : mark.content_end]
        after = self._window_after(mark)
        before = self._window_before(mark)
        # a quote ending in a comma is followed by its attribution; a complete sentence is more
        # often introduced ("told reporters: …")
        complete = content.rstrip("”\"’'»").endswith((".", "!", "?"))
        order = [before, after] if complete or content.endswith(":") else [after, before]
        for window in order:
            for token in window:
                if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
                    return token, _subject_of(token) or _nearby_name(window, token), 0.95
                if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                    source = next((c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"), None)
                    return token, source, 0.9
        return None, None, 0.0

    def _window_after(self, mark: MarkedSpan) -> list[Token]:
        """Tokens after the closing mark up to the end of the sentence or the next quote."""
        tokens: list[Token] = []
        end_block = self.blocks[self.block_of(mark.start)][1] if self.block_of(mark.start) >= 0 else len(self.text)
        span = self.doc.char_span(mark.end, end_block, alignment_mode="expand")
        if span is None or mark.open_ended:
            return tokens
        for token in span:
            if (self.in_marks(token) or (tokens and (token.text in (".", "!", "?", ";") or token.is_sent_start))
                    or len(tokens) >= 12):
                break  # an attribution follows its quote closely: `“…,” Khazali said, adding …`
            tokens.append(token)
        return tokens

    def _window_before(self, mark: MarkedSpan) -> list[Token]:
        """Tokens before the opening mark back to the start of the sentence or a previous quote,
        or a previous sentence ending with a colon (`He said:`)."""
        block = self.block_of(mark.start)
        block_start = self.blocks[block][0] if block >= 0 else 0
        span = self.doc.char_span(block_start, mark.start, alignment_mode="contract")
        tokens: list[Token] = []
        if span is not None:
            for token in reversed(span):
                if self.in_marks(token) or (tokens and token.text in (".", "!", "?", ";")) or len(tokens) >= 20:
                    break
                tokens.insert(0, token)
        if not [t for t in tokens if not t.is_space] and block > 0:
            prev_start, prev_end = self.blocks[block - 1]
            prev = self.doc.char_span(prev_start, prev_end, alignment_mode="contract")
            if prev is not None and prev.text.rstrip().endswith(":"):
                return list(prev.sents)[-1][:] if list(prev.sents) else []
        return tokens

    def _continues(self, previous: Statement, mark: MarkedSpan) -> bool:
        """A quote with no speech verb of its own continues the previous quote when it follows
        it in the same paragraph, or opens the next paragraph after an open-ended quote or after
        a paragraph that ended with that quote."""
        prev_mark = previous.marks[0]
        same_block = self.block_of(prev_mark.start) == self.block_of(mark.start)
        if same_block:
            return True
        next_block = self.block_of(mark.start) == self.block_of(prev_mark.start) + 1
        starts_block = next_block and mark.start == self.blocks[self.block_of(mark.start)][0]
        # a paragraph that opens with a quotation mark and has no attribution of its own goes on
        # with the speaker of the quote that ended the paragraph before (the news convention)
        return starts_block

    def _headline(self) -> list[Statement]:
        if self.title is None:
            return []
        text = self.title.text
        m = _HEADLINE_TAIL.search(text)
        if m:  # "…, Asa’ib leader warns"
            return [self._headline_statement(m, _unquote(text[: m.start()]), "cue", "speaker", 0.75)]
        m = _HEADLINE_QUOTE_FIRST.match(text)
        if m:  # "‘We are not going anywhere,’ says Kharkiv teacher", "‘…,’ Gray says as …"
            cue, speaker = ("cue", "speaker") if m.group("cue") else ("cue2", "speaker2")
            return [self._headline_statement(m, _unquote(m.group("content")), cue, speaker, 0.75)]
        m = _HEADLINE_CALLS.match(text)
        if m:  # "Governor vetoes …, calls it 'a raid on rural districts'"
            return [self._headline_statement(m, _unquote(m.group("content")), "cue", "speaker", 0.7)]
        m = _HEADLINE_COLON.match(text)
        if m and re.match(r"[‘'\"“«]", m.group("content")):  # "Okafor: ‘This court is not a rubber stamp’"
            return [self._headline_statement(m, _unquote(m.group("content")), None, "speaker", 0.75)]
        m = _HEADLINE_SAYS.match(text)
        if m:  # "Vasquez says border bill cannot pass …"
            return [self._headline_statement(m, _unquote(m.group("content")), "cue", "speaker", 0.7)]
        return []

    def _headline_statement(self, m: re.Match[str], content: str, cue: str | None, speaker: str,
                            confidence: float) -> Statement:
        assert self.title is not None
        base = self.title.start_char
        offset = self.title.text.find(content)
        cue_bounds = (base + m.start(cue), base + m.end(cue)) if cue else None
        return Statement("headline", base + offset, base + offset + len(content), cue_bounds,
                         (base + m.start(speaker), base + m.end(speaker)), None, confidence)

    # -- speakers -----------------------------------------------------------------------------
    def _resolve_all(self, statements: list[Statement]) -> None:
        last_person: Speaker | None = None
        pending: list[Statement] = []  # descriptions in the lede waiting for the person they introduce
        headline: list[Statement] = []
        self.contents = Union([(st.start, st.end) for st in statements])
        unnamed_roles = self.unnamed_roles  # "a spokesman" said …; later "the spokesman" is the same one
        by_role: list[tuple[str, Statement]] = []  # unnamed people who may be named later by role
        organisations: list[str] = []  # organisation speakers so far, for "the ministry said"
        org_at: list[tuple[int, str]] = []  # and where each spoke, for "it said"
        lede = self.blocks[0] if self.blocks else (0, 0)
        for st in statements:
            if st.kind == "headline":
                headline.append(st)
                continue
            if st.speaker is None and st.mention is not None:
                st.speaker, st.confidence = self._resolve(st, last_person)
            speaker = st.speaker
            if speaker is None:
                continue
            head = self._mention_head(st)
            if speaker.kind == "organisation" and speaker.name is None:  # "it said"
                candidates = [c for c in (org_at[-1] if org_at else None, self._latest_organisation(st.start)) if c]
                named = max(candidates)[1] if candidates else None
                st.speaker = Speaker(named, "organisation") if named else Speaker(None, "unnamed")
                if named:
                    org_at.append((st.start, named))
            elif speaker.kind == "organisation":
                earlier = _earlier_organisation(speaker.name, organisations)
                words = speaker.name.lower().split()
                if earlier is None and len(words) <= 2 and words[-1] in _ORG_NOUNS and speaker.name.islower():
                    latest = self._latest_organisation(st.start)  # "the company said", "the rights group said"
                    earlier = latest[1] if latest else None
                speaker.name = earlier or speaker.name
                organisations.append(speaker.name)
                org_at.append((st.start, speaker.name))
            elif speaker.kind == "person" and speaker.name is None:
                if lede[0] <= st.start < lede[1] and not speaker.indefinite:
                    pending.append(st)  # the lede's "The leader of X has said": the next person named
                elif head in unnamed_roles and not speaker.indefinite:
                    st.speaker = Speaker(None, "unnamed")  # "the spokesman" after "a spokesman said"
                else:
                    by_role.append((head or "", st))  # named later with the same role, or never
                    if head:
                        unnamed_roles.add(head)
            elif speaker.kind == "person":
                if st.mention is not None:
                    self.speakers_at.append((st.mention[0], speaker))
                self._learn_gender(st, speaker)
                for waiting in pending:
                    waiting.speaker = Speaker(speaker.name, "person", entity=speaker.entity)
                    waiting.confidence = min(waiting.confidence, 0.75)
                pending.clear()
                roles = self.people.roles_of(speaker.name or "")
                for role, waiting in [pair for pair in by_role if pair[0] in roles]:
                    waiting.speaker = Speaker(speaker.name, "person", entity=speaker.entity)
                    waiting.confidence = min(waiting.confidence, 0.7)
                    by_role.remove((role, waiting))
                last_person = speaker
            elif speaker.kind == "unnamed" and head:
                unnamed_roles.add(head)
        for st in [*pending, *(waiting for _, waiting in by_role)]:  # never named: stays unnamed
            st.speaker = Speaker(None, "unnamed")
        counts: dict[str, int] = {}
        org_counts: dict[str, int] = {}
        for st in statements:
            if st.speaker is not None and st.speaker.name and st.kind != "headline":
                tally = counts if st.speaker.kind == "person" else org_counts
                tally[st.speaker.name] = tally.get(st.speaker.name, 0) + 1
        for st in headline:
            st.speaker = self._resolve_headline(st, counts, org_counts)

    def _latest_organisation(self, before: int) -> tuple[int, str] | None:
        """(offset, name) of the organisation that "it" or "the company" most likely stands for:
        the latest one that was the subject of a clause, else the latest one named — outside
        datelines, quotes and reported content, and never a news agency being told something."""
        subject: tuple[int, str] | None = None
        named: tuple[int, str] | None = None
        for ent in self.ng_entities:
            if ent.start_char >= before:
                break
            if ent.label_ not in ("ORG", "GPE") or ent.start_char < self.dateline_end(ent.start_char):
                continue
            if self.in_marks(ent[0]) or ent.start_char in self.contents:
                continue
            root = ent.root
            if root.dep_ in ("dobj", "dative", "pobj") and root.head.lemma_.lower() in ("tell", "to", "with"):
                continue  # "told Reuters", "in an interview with AP"
            name = capitals().get(_clean_name(ent.text), _clean_name(ent.text)) if ent.label_ == "GPE" \
                else _clean_name(ent.text)
            if root.dep_ in ("nsubj", "nsubjpass"):
                subject = (ent.start_char, name)
            elif ent.label_ == "ORG":
                named = (ent.start_char, name)
        return subject or named

    def _learn_gender(self, st: Statement, speaker: Speaker) -> None:
        """ "Achterberg said she had not spoken to …": a reported clause whose subject is "she" or
        "he" right after its named speaker says which pronoun that speaker takes."""
        if st.kind not in ("indirect", "mixed") or not speaker.name or speaker.name in self.people.gender:
            return
        if st.mention is None or st.mention[1] > st.start or st.start - st.mention[1] > 40:
            return  # the name must stand just before the clause
        first = self.text[st.start : st.start + 4].split(" ")[0].lower()
        if first in ("she", "he"):
            self.people.gender[speaker.name] = "f" if first == "she" else "m"

    def _mention_head(self, st: Statement) -> str | None:
        if st.mention is None:
            return None
        span = self.doc.char_span(*st.mention, alignment_mode="expand")
        return span.root.lemma_.lower() if span is not None else None

    def _resolve(self, st: Statement, last_person: Speaker | None) -> tuple[Speaker | None, float]:
        assert st.mention is not None
        mention = self.doc.char_span(*st.mention, alignment_mode="expand")
        if mention is None:
            return None, st.confidence
        head = mention.root
        low = head.lower_
        if low in _PERSON_PRONOUNS:
            person = self._antecedent(mention.start_char, low)
            if person is None and last_person is not None and self._gender_fits(last_person, low):
                person = last_person
            if person is not None:
                return Speaker(person.name, "person", entity=person.entity), min(st.confidence, 0.9)
            return Speaker(None, "unnamed"), 0.4
        if low in _GROUP_PRONOUNS:
            return Speaker(None, "unnamed", plural=True), min(st.confidence, 0.6)
        if low == "it":  # "It said …": the organisation just mentioned (filled in by _resolve_all)
            return Speaker(None, "organisation"), min(st.confidence, 0.75)
        ent = _entity_in(mention, self.entities)
        if ent is not None and ent.label_ == "PERSON" and ent.start <= head.i < ent.end:
            name = self.people.full_name(_clean_name(ent.text))
            return Speaker(name, "person", entity=_ent_id(ent)), st.confidence
        if head.pos_ == "PROPN" and self.people.full_name(head.text) in self.people.names:
            return Speaker(self.people.full_name(head.text), "person"), st.confidence  # an untagged surname
        if ent is not None and head.pos_ == "PROPN" and any(
                c.dep_ == "appos" and c.lemma_.lower() in PERSON_ROLES for c in head.children):
            # "Johannes Vogel, a spokesman for UNHCR, said": whatever the tagger thought, a person
            return Speaker(_clean_name(ent.text), "person", entity=_ent_id(ent)), st.confidence
        named = self._apposed_person(head) or self._following_name(mention)
        if named is not None:
            return named, st.confidence
        plural = head.tag_ in ("NNS", "NNPS")
        role = head.lower_ if head.pos_ == "PROPN" else head.lemma_.lower()
        # "the spokesman" points back; "Israel's UN ambassador" introduces someone new
        the = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children if c.i < head.i)
        definite = the or any(c.dep_ == "poss" for c in head.children if c.i < head.i)
        if not plural and role in PERSON_ROLES and (ent is None or ent.label_ != "PERSON") and definite:
            # "The Democrat said", "the Speaker told reporters": a person described, not a party
            if role in self.unnamed_roles:
                return Speaker(None, "unnamed"), min(st.confidence, 0.8)  # "a spokesman … the spokesman"
            described = self._described_person(head, mention.start_char)
            if described is None and the:
                described = self._recent_person(mention.start_char)
            if described is not None:
                return described, min(st.confidence, 0.7)
        if plural and head.lemma_.lower().rstrip("s") in _PEOPLE_GROUPS:
            # "House Republicans", "Democrats on the panel", "Justice Department lawyers": people,
            # not an organisation
            return Speaker(None, "unnamed", plural=True), min(st.confidence, 0.8)
        if low in _ORG_NOUNS or head.lemma_.lower() in _ORG_NOUNS:
            return Speaker(_org_name(mention), "organisation", plural=plural), st.confidence
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC") and ent.start <= head.i < ent.end:
            name = _clean_name(ent.text)
            # "Beijing said": the capital speaks for its government
            name = capitals().get(name, name) if ent.label_ == "GPE" and ent.end == mention.end else name
            if len(mention) > len(ent) and any(t.dep_ == "conj" for t in mention):
                name = _clean_name(mention.text)  # "France, Britain and Germany said"
            return Speaker(name, "organisation", entity=_ent_id(ent)), st.confidence
        if head.pos_ == "PROPN":
            return Speaker(_clean_name(mention.text), "organisation", plural=plural), min(st.confidence, 0.8)
        named_by = [t for t in head.children if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
        # "M23 rebels said", "Houthi fighters said": the group so named
        if plural and named_by and head.lemma_.lower() in _GROUP_MEMBERS:
            return Speaker(_clean_name(named_by[0].text), "organisation", plural=True), min(st.confidence, 0.8)
        if plural:
            return Speaker(None, "unnamed", plural=True), min(st.confidence, 0.8)
        if definite:
            # "the spokesman", "the militia leader": the person so described earlier; in the lede,
            # the one named next (left for _resolve_all to fill in); elsewhere "the former Ohio
            # schools chief" is the person the paragraph has just been about
            if role in self.unnamed_roles:
                return Speaker(None, "unnamed"), min(st.confidence, 0.8)
            described = self._described_person(head, mention.start_char)
            if described is not None:
                return described, min(st.confidence, 0.85)
            lede = self.blocks[0] if self.blocks else (0, 0)
            if the and not (lede[0] <= mention.start_char < lede[1]) and role in PERSON_ROLES | _DESCRIPTIVE_HEADS:
                recent = self._recent_person(mention.start_char)
                if recent is not None:
                    return recent, min(st.confidence, 0.6)
            return Speaker(None, "person"), min(st.confidence, 0.75)
        if the and re.search(r"\d+-year-old", mention.text):  # "the 81-year-old said"
            recent = self._recent_person(mention.start_char)
            if recent is not None:
                return recent, min(st.confidence, 0.6)
        if head.lemma_.lower() in PERSON_ROLES:
            # "A spokesman for UNIFIL said …": the person named later with that role, if any
            return Speaker(None, "person", indefinite=True), min(st.confidence, 0.75)
        return Speaker(None, "unnamed"), min(st.confidence, 0.8)

    def _apposed_person(self, head: Token) -> Speaker | None:
        """ "Qais Khazali, the leader of …" or "A senior official, Khalil al-Hayya,": the name
        in apposition to a description."""
        candidates = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            candidates.append(head.head)
        if head.lemma_.lower() in PERSON_ROLES:
            # "The leader of the Kurdistan Democratic Party, Masoud Barzani, said": the parser
            # hangs the name on "Party"
            candidates += [t for t in head.subtree if t.dep_ == "appos" and t.head.i != head.i]
        for tok in candidates:
            span = self.doc[tok.left_edge.i : tok.right_edge.i + 1]
            ent = _entity_in(span, self.entities)
            if ent is not None and ent.label_ == "PERSON":
                return Speaker(self.people.full_name(_clean_name(ent.text)), "person", entity=_ent_id(ent))
            names = [t for t in span if t.pos_ == "PROPN"]
            if names and tok.pos_ == "PROPN" and head.lemma_.lower() in PERSON_ROLES:
                first, last = names[0], names[-1]
                return Speaker(_clean_name(self.doc[first.i : last.i + 1].text), "person")
        return None

    def _recent_person(self, offset: int) -> Speaker | None:
        """The person the text has just been about: the latest person speaker or subject in this
        paragraph or the one before (no gender to go on)."""
        block = self.block_of(offset)
        floor = self.blocks[max(0, block - 1)][0] if block >= 0 else 0
        found = [(at, sp) for at, sp in self.speakers_at if floor <= at < offset]
        for token in self.doc.char_span(floor, offset, alignment_mode="contract") or []:
            if token.dep_ in ("nsubj", "nsubjpass") and not self.in_marks(token) and token.idx not in self.contents:
                person = self._person_at(token)
                if person is not None:
                    found.append((token.idx, person))
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def _following_name(self, mention: Span) -> Speaker | None:
        """ "The president's nominee to lead the EPA, former Utah regulator Samuel Korte,
        acknowledged …": a person's name set off by commas right after the description, however
        the parser attached it."""
        head = mention.root
        if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _ORG_NOUNS or head.pos_ == "PROPN":
            return None
        i = mention.end
        if i >= len(self.doc) or self.doc[i].text != ",":
            return None
        close = next((j for j in range(i + 1, min(len(self.doc), i + 10)) if self.doc[j].text == ","), None)
        if close is None:
            return None
        for ent in self.ng_entities:
            if i < ent.start and ent.end == close and ent.label_ == "PERSON":
                return Speaker(self.people.full_name(_clean_name(ent.text)), "person", entity=_ent_id(ent))
        return None

    def _described_person(self, head: Token, before: int) -> Speaker | None:
        """The latest person before `before` described with the same role noun: "Army
        spokesman Nabil Abdallah" … "the spokesman"; "The mayor of Jenin, Nidal Abu Saleh" …
        "the mayor"."""
        role = head.lower_ if head.pos_ == "PROPN" else head.lemma_.lower()
        for offset, name, words, entity in reversed(self.people.described):
            if offset < before and role in words:
                return Speaker(name, "person", entity=entity)
        return None

    def _antecedent(self, offset: int, pronoun: str = "") -> Speaker | None:
        """The person a pronoun at `offset` stands for. Paragraph by paragraph backwards (this
        one, then the two before it): the latest person who spoke (subject of a speech verb),
        else the latest person who was the subject of a clause; failing both, the latest person
        named. Names inside quotation marks or inside reported content are what speakers talk
        about, never antecedents."""
        block = self.block_of(offset)
        named: list[tuple[int, Speaker]] = []
        for n in range(block, max(-1, block - 3), -1):
            start, end = self.blocks[n] if n >= 0 else (0, offset)
            tiers: list[list[tuple[int, Speaker]]] = [[], []]
            for token in self.doc.char_span(start, min(end, offset), alignment_mode="contract") or []:
                if self.in_marks(token) or token.idx in self.contents:
                    continue
                speaker = self._person_at(token)
                if speaker is None:
                    continue
                wanted = "f" if pronoun in ("she", "her") else "m" if pronoun in ("he", "him") else None
                known = self.people.gender.get(speaker.name or "")
                if wanted and known and known != wanted:
                    continue  # "she" is not the man just named
                if token.dep_ in ("nsubj", "nsubjpass"):
                    speech = token.head.lemma_.lower() in SPEECH_VERBS
                    tiers[0 if speech else 1].append((token.i, speaker))
                else:
                    named.append((token.i, speaker))
            # people already resolved as speakers here ("The envoy, Astrid Lindqvist, said")
            for at, speaker in self.speakers_at:
                if start <= at < min(end, offset) and self._gender_fits(speaker, pronoun or "he/she"):
                    tiers[0].append((self.doc.char_span(at, at + 1, alignment_mode="expand").start, speaker))
            for tier in tiers:
                if tier:
                    return max(tier, key=lambda pair: pair[0])[1]
            if n < 0:
                break
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def _gender_fits(self, person: Speaker, pronoun: str) -> bool:
        known = self.people.gender.get(person.name or "")
        wanted = "f" if pronoun in ("she", "her") else "m" if pronoun in ("he", "him") else None
        return known is None or wanted is None or known == wanted

    def _person_at(self, token: Token) -> Speaker | None:
        """The person a token names, if it is the head of a person's name."""
        ent = self.people.entity_at.get(token.i)
        if ent is not None and ent.root.i == token.i:
            return Speaker(self.people.full_name(_clean_name(ent.text)), "person", entity=_ent_id(ent))
        if token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass"):
            name = self.people.full_name(token.text)
            if name in self.people.names:
                return Speaker(name, "person")
        return None

    def _resolve_headline(self, st: Statement, counts: dict[str, int], organisations: dict[str, int]) -> Speaker:
        """Headlines name speakers briefly ("Asa’ib leader", "Senator", "utility", "China"):
        find whom the body quotes under that description."""
        assert st.mention is not None
        mention_text = _clean_name(self.text[st.mention[0] : st.mention[1]])
        words = mention_text.split()
        if not words:
            return Speaker(None, "unnamed")
        name = self.people.full_name(words[-1])
        if name in self.people.names and words[-1] in name:
            return Speaker(name, "person")
        last = words[-1].lower()
        role = last.rstrip("s") if last.endswith("s") and last.rstrip("s") in PERSON_ROLES else last
        if role in PERSON_ROLES and last != role:
            return Speaker(None, "unnamed", plural=True)  # "officials say"
        if role in PERSON_ROLES:
            # "Asa’ib leader warns", "Senator: …": the person the body quotes most, among those
            # described with that role when there are any
            fitting = {n: c for n, c in counts.items() if role in self.people.roles_of(n)} or counts
            if fitting:
                st.confidence = 0.7
                return Speaker(max(fitting, key=lambda n: (fitting[n], -len(n))), "person")
            return Speaker(None, "unnamed")
        lowered = {w.lower() for w in words}
        containing = {n: c for n, c in organisations.items() if lowered <= set(n.lower().replace("’s", "").split())}
        if containing:  # "China says" → "China’s Commerce Ministry" quoted in the body
            return Speaker(max(containing, key=lambda n: (containing[n], len(n))), "organisation")
        if last in _ORG_NOUNS and organisations:  # "utility says": the organisation the body quotes most
            return Speaker(max(organisations, key=lambda n: organisations[n]), "organisation")
        return Speaker(mention_text, "organisation", plural=last.endswith("s"))


# -- small helpers ------------------------------------------------------------------------------
def _speech_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens `_reported_speech` may act on: "according", and verbs whose lemma
    is a speech verb. Read from the token arrays at once, because making a Token object for
    every token of the document cost more than all the work done on the few that qualify."""
    if not len(doc):
        return []
    table = doc.to_array([LEMMA, LOWER, POS])
    strings = doc.vocab.strings
    # hashes are uint64: keep every array of them so typed, or numpy compares them as floats
    speech_lemmas = numpy.array([h for h in set(table[:, 0].tolist()) if strings[h].lower() in SPEECH_VERBS],
                                dtype=table.dtype)
    verbs = numpy.isin(table[:, 0], speech_lemmas) & numpy.isin(table[:, 2], numpy.array([VERB, AUX], table.dtype))
    according = table[:, 1] == numpy.array(strings["according"], table.dtype)
    return numpy.flatnonzero(verbs | according).tolist()


def _subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb. A participle ("…, saying …", "…, adding that …") has none
    of its own: it borrows the speaker of the speech verb it hangs from, or failing that the
    subject of its clause."""
    own = _direct_subject(verb)
    if own is not None or verb.tag_ != "VBG":
        return own
    token = verb
    fallback: Token | None = None
    for _ in range(4):
        if token.head.i == token.i:
            break
        token = token.head
        subject = _direct_subject(token)
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            return subject
        if fallback is None and subject is not None and subject.dep_ == "nsubj":
            fallback = subject
    return fallback


def _direct_subject(verb: Token) -> Token | None:
    # a closing quotation mark is sometimes parsed as the subject: words only
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and any(ch.isalnum() for ch in c.text)]
    subj = next((c for c in subjects if not _is_dateline(c)), None)
    if subj is None and subjects:
        # "UNITED NATIONS — The UN's humanitarian chief, Tom Fletcher, told …": the parser made
        # the dateline the subject and the real one its apposition
        subj = next((c for c in subjects[0].children if c.dep_ == "appos"), None)
    if subj is None:
        # "… and warned": a conjoined verb shares the first verb's subject
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return _direct_subject(verb.head)
        return None
    if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head  # "Rosalind Achterberg, the bill's author, who said …": the noun it describes
    if subj.dep_ == "nsubjpass":  # "it was said by X"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return subj


def _that_clause(verb: Token) -> Token | None:
    """A "that"-clause the parser hung below the verb instead of on it: "said in a statement
    that X" parses with the clause attached to "statement"."""
    for tok in verb.subtree:
        if tok.i > verb.i and tok.dep_ in ("acl", "relcl", "advcl") and tok.head.i != verb.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            path, head = 0, tok.head
            while head.i != verb.i and path < 3:
                head, path = head.head, path + 1
            if head.i == verb.i and tok.left_edge.i <= verb.i + 6:
                return tok
    return None


def _impersonal(subject: Token, verb: Token) -> bool:
    """ "It is said that …", "It was reported …": no speaker, the outlet's own claim."""
    if subject.lower_ != "it":
        return False
    return subject.dep_ in ("nsubjpass", "expl") or any(c.dep_ == "auxpass" for c in verb.children)


def _is_dateline(token: Token) -> bool:
    """A token of a dateline: upper-case words before a dash at the start of a paragraph."""
    if not token.text.isupper() or len(token.text) < 2:
        return False
    dash = next((t for t in token.doc[token.i : token.i + 12] if t.text in ("—", "–", "-") and t.whitespace_), None)
    return dash is not None and all(t.text.isupper() or t.is_punct or t.text[:1].isupper()
                                    for t in token.doc[token.left_edge.i : dash.i])


def _nearby_name(window: list[Token], cue: Token) -> Token | None:
    """When the parse gives a speech verb no subject, the name or pronoun beside it."""
    for token in window:
        if token.i != cue.i and (token.ent_type_ in ("PERSON", "ORG") or token.lower_ in _PERSON_PRONOUNS):
            return token
    return None


def _cue_bounds(verb: Token) -> tuple[int, int]:
    """The cue: the verb with the auxiliaries just before it ("has said")."""
    first = verb
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i and child.i >= first.i - 2:
            first = child if child.i < first.i else first
    last = verb
    for child in verb.children:  # "pointed out"
        if child.dep_ == "prt" and child.i == verb.i + 1:
            last = child
    return first.idx, last.idx + len(last.text)


def _mention_bounds(subject: Token, model_entities: list[Span]) -> tuple[int, int]:
    """The speaker mention: the subject's phrase, stopping at a comma, an apposition or a
    relative clause ("Khazali, who …" → "Khazali"). `model_entities` is `list(doc.ents)`."""
    doc = subject.doc
    if subject.ent_type_ and not any(c.dep_ == "conj" for c in subject.children):
        ent = next((e for e in model_entities if e.start <= subject.i < e.end), None)
        if ent is not None and not any(c.dep_ == "prep" for c in subject.children):
            start = ent.start
            # "Russia's defence ministry": the possessive belongs to the name
            poss = [c for c in subject.children if c.dep_ == "poss" and c.i < ent.start]
            if poss and poss[0].right_edge.i + 2 >= ent.start:
                start = poss[0].left_edge.i
            return doc[start].idx, ent.end_char
    cut = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
    if any(c.dep_ == "conj" for c in subject.children):
        cut -= {t.i for c in subject.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in cut]
    start = subject.i
    while start - 1 >= tokens[0].i and doc[start - 1].i not in cut and doc[start - 1].text != ",":
        start -= 1
    end = subject.i
    while end + 1 <= tokens[-1].i and doc[end + 1].i not in cut and doc[end + 1].text != ",":
        end += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _entity_in(span: Span, ents: list[Span]) -> Span | None:
    """The entity (of `ents`: ng_entities, else the model's) whose root is the span's root, or
    the first entity inside the span."""
    inside = [e for e in ents if e.start >= span.start and e.end <= span.end]
    for ent in inside:
        if ent.start <= span.root.i < ent.end:
            return ent
    return inside[0] if inside else None


def _ent_id(ent: Span) -> str:
    return f"ent_{ent.start_char}_{ent.end_char}"


_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z0-9.'’ -]{1,30})?(?:\s*\([A-Za-z]{1,12}\))?(?:\s*[—–]|\s+-)\s+")


def _dateline_length(paragraph: str) -> int:
    m = _DATELINE.match(paragraph)
    return m.end() if m else 0


_MARK_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'", "«": "»"}


def _unquote(text: str) -> str:
    """Strip one pair of quotation marks around the whole of `text`, and nothing else."""
    text = text.strip()
    if len(text) > 2 and _MARK_PAIRS.get(text[0]) == text[-1] and text[0] not in text[1:-1]:
        return text[1:-1].strip()
    return text


def _earlier_organisation(name: str, earlier: list[str]) -> str | None:
    """ "the ministry" after "the interior ministry": the fuller name said before."""
    words = name.lower().split()
    if len(words) > 2:
        return None
    for previous in reversed(earlier):
        if previous.lower().endswith(" " + words[-1]) and all(w in previous.lower().split() for w in words):
            return previous
    return None


def _org_name(mention: Span) -> str:
    """An organisation's name from its mention: "the region's interior ministry" → "interior
    ministry", but "Russia's defence ministry" keeps its proper-noun possessor."""
    drop: set[int] = set()
    for tok in mention:
        if tok.dep_ == "poss" and tok.pos_ != "PROPN":
            drop.update(t.i for t in tok.subtree)
        if tok.dep_ == "det" and tok.i == mention.start:
            drop.add(tok.i)
    kept = [t for t in mention if t.i not in drop]
    if not kept:
        return _clean_name(mention.text)
    return _clean_name(mention.doc[kept[0].i : kept[-1].i + 1].text)


_ARTICLE_OR_POSSESSIVE = re.compile(r"^(the|a|an)\s+|['’]s$", flags=re.I)


def _clean_name(text: str) -> str:
    return _ARTICLE_OR_POSSESSIVE.sub("", text.strip()).strip()


_FEMALE_WORDS = frozenset({"mrs.", "ms.", "miss", "mrs", "ms", "spokeswoman", "congresswoman", "chairwoman",
                           "businesswoman", "madam", "queen", "princess", "wife", "mother", "daughter"})
_MALE_WORDS = frozenset({"mr.", "mr", "spokesman", "congressman", "chairman", "businessman", "king", "prince",
                         "sheikh", "husband", "father", "son", "emir"})


class _People:
    """The document's persons: full names, surnames pointing to them, where each is named, the
    role words used with each name ("Army spokesman Nabil Abdallah"), and what their given
    names or titles suggest of their gender, for choosing between "he" and "she"."""

    def __init__(self, ents: list[Span]) -> None:
        self.names = {_clean_name(e.text) for e in ents}
        self.by_surname: dict[str, str] = {}
        for name in sorted(self.names, key=len, reverse=True):
            parts = name.split()
            if len(parts) > 1:
                for key in {parts[-1], parts[-1].removeprefix("al-").removeprefix("Al-")}:
                    self.by_surname.setdefault(key.casefold(), name)
        self.entity_at: dict[int, Span] = {t.i: e for e in ents for t in e}
        self.described: list[tuple[int, str, set[str], str]] = []
        self.gender: dict[str, str] = {}
        given = given_names()
        for ent in ents:
            name = self.full_name(_clean_name(ent.text))
            words = _role_words(ent)
            if words:
                self.described.append((ent.start_char, name, words, _ent_id(ent)))
            hint = given.get(name.split()[0].casefold()) if " " in name else None
            if words & _FEMALE_WORDS:
                hint = "f"
            elif words & _MALE_WORDS:
                hint = "m"
            if hint and name not in self.gender:
                self.gender[name] = hint

    def roles_of(self, name: str) -> set[str]:
        """Every role word used with the person's name anywhere in the document."""
        return set().union(*(words for _, who, words, _ in self.described if who == name))

    def full_name(self, name: str) -> str:
        if " " in name:
            return name
        key = name.casefold()
        found = self.by_surname.get(key) or self.by_surname.get(key.removeprefix("al-"))
        if found:
            return found
        # a first name alone ("Nadia said") stands for the one full name that starts with it
        firsts = [n for n in self.names if " " in n and n.split()[0].casefold() == key]
        return firsts[0] if len(firsts) == 1 else name


# Abbreviated titles and the role nouns a later description may use for the same person.
_TITLE_ROLES = {
    "gov.": ("governor",), "gov": ("governor",), "sen.": ("senator", "lawmaker"), "sen": ("senator", "lawmaker"),
    "rep.": ("representative", "congressman", "congresswoman", "lawmaker"),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"), "gen.": ("general",),
    "lt.": ("lieutenant",), "col.": ("colonel",), "adm.": ("admiral",), "sgt.": ("sergeant",),
    "capt.": ("captain",), "maj.": ("major",), "amb.": ("ambassador",), "sec.": ("secretary",),
    "pres.": ("president",), "atty.": ("attorney",), "dr.": ("doctor",), "prof.": ("professor",),
    "senator": ("lawmaker",), "representative": ("lawmaker",), "congressman": ("lawmaker",),
    "congresswoman": ("lawmaker",), "mp": ("lawmaker",),
}


def _role_words(ent: Span) -> set[str]:
    """Lemmas of the titles and descriptions attached to a person's name, with the role nouns
    that abbreviated titles stand for ("Gov." → governor)."""
    words = _raw_role_words(ent)
    for word in list(words):
        words.update(_TITLE_ROLES.get(word, ()))
    return words


def _raw_role_words(ent: Span) -> set[str]:
    doc = ent.doc
    words: set[str] = set()
    i = ent.start - 1
    floor = max(ent.sent.start, ent.start - 4)  # once: `ent.sent` looks the sentence up anew each time
    while i >= floor and not doc[i].is_punct and doc[i].pos_ not in ("DET", "VERB"):
        words.add(doc[i].lemma_.lower())
        i -= 1
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        top = root.head
        # "The leader of the Kurdistan Democratic Party, Masoud Barzani": climb to "leader"
        while top.dep_ in ("pobj", "prep", "compound", "poss") and top.head.i != top.i:
            top = top.head
        described.append(top)
    for tok in described:
        words.update(t.lemma_.lower() for t in tok.subtree if not (ent.start <= t.i < ent.end))
    return words


def _drop_nested(statements: list[Statement]) -> list[Statement]:
    """One statement per span of text: a statement inside another of the same sentence goes."""
    kept: list[Statement] = []
    for st in statements:
        if any(k.start <= st.start and st.end <= k.end and k is not st for k in kept):
            continue
        kept = [k for k in kept if not (st.start <= k.start and k.end <= st.end and st.kind != "headline")]
        kept.append(st)
    return kept


def _record(doc: Doc) -> list[dict[str, Any]]:
    out = []
    full = text_of(doc)
    for span in doc.spans.get(SPANS_KEY, []):
        attrs = dict(span._.ng_attrs or {})
        content = attrs.pop("content")
        text = full[content["start"] : content["end"]]
        out.append({"id": f"q_{content['start']}_{content['end']}", "start": content["start"], "end": content["end"],
                    "text": text, **attrs})
    return out


@annotator("ng_quotes", layer="quotes", needs=["parts", "entities"], version="1", to_record=_record,
           requires=["doc.sents", "token.dep", "doc.spans"], assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteAnnotator:
    return QuoteAnnotator(name)


__all__ = ["SPANS_KEY", "SPEECH_VERBS", "QuoteAnnotator", "span_fact"]
