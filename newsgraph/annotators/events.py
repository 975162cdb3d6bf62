"""ng_events: who did what to whom — PLOVER events with actors, recipients, mode and modality.

How it reads a document:
1. triggers: verbs and nouns of the event lexicon (`_event_lexicon.py`, `data/event_verbs.json`)
   whose conditions hold in the parse ("open fire", "called for", "drone strike"), negated
   acceptance as REJECT ("do not accept"), and a few phrases ("there is no room for X");
2. arguments from the parse (`_event_args.py`): subject/agent as actor, object or "on/against X" as
   recipient, passives ("were killed by"), nominal triggers with their light verbs ("carried
   out an attack", "held talks with"), "between X and Y", counts, place and time;
3. modality (`_modality.py`) and the speaker: an event inside a statement of ng_quotes is
   `claimed` and `said_by` its speaker; "we" there is the speaker's organisation when the text
   says they lead one;
4. one event per happening: an event that is the content of a threat, demand, agreement or
   refusal is folded into it ("threatened to strike X" is one THREATEN, mode violence); a
   violent act a speaker says will happen is a THREATEN by the speaker; events of one type in one
   sentence are merged; a definite noun naming an event of a type already told ("the attack")
   is the same event again;
5. the ACLED view of each event (`_acled_map.py`).

Each event is a span over its trigger in `doc.spans["ng_events"]`, with its fields in
`span._.ng_event` (plain data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from ._acled_map import acled_view
from ._event_args import (
    DocContext,
    Mention,
    agent_of,
    counts,
    expand,
    inner_entity,
    location,
    mention,
    np_span,
    prep_objects,
    state_of,
    subject_of,
    time_for,
)
from ._event_lexicon import Entry, Lexicon, default_user_lexicon, load_lexicon
from ._extensions import text_of
from ._modality import governing_verb, is_negated, modality
from .actors import actor_at
from .base import annotator
from .parts import PartIndex
from .places import SPANS_KEY as PLACES_KEY

SPANS_KEY = "ng_events"
if not Span.has_extension("ng_event"):
    Span.set_extension("ng_event", default=None)  # the event fact's fields (plain data)

VERBAL = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONCEDE"})
# Acts a speaker threatens when they say they will do them ("we will hit Haifa").
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
TWO_SIDED = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Prepositions that introduce the recipient, per type.
_RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("against", "on", "at", "upon", "into"),
    "COERCE": ("against", "on", "to"),
    "SANCTION": ("on", "against"),
    "ACCUSE": ("against",),
    "REQUEST": ("on", "upon"),
    "THREATEN": ("against",),
    "PROTEST": ("against",),
    "AID": ("to", "for"),
    "SUPPORT": (),
    "REJECT": (),
    "CONSULT": ("with",),
    "AGREE": ("with",),
    "COOPERATE": ("with", "to"),
    "CONCEDE": ("to",),
    "RETREAT": ("from",),
    "MOBILIZE": ("against",),
}
_NOUN_RECIPIENT_PREPS = ("on", "against", "at", "targeting", "upon", "into", "for", "to")
# What a folded event makes of its governor's mode.
_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "RETREAT": "relations"}
_COERCE_THREAT = {
    "arrest": "arrest",
    "restrict": "restrict",
    "curfew": "restrict",
    "martial-law": "restrict",
    "seize": "territory",
    "deport": "expel",
    "ban": "restrict",
    "censor": "restrict",
    "withhold": "restrict",
}
_REQUEST_MODES = {
    "RETREAT": "yield",
    "CONCEDE": "change",
    "CONSULT": "meet",
    "AGREE": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "ASSAULT": "yield",
}
_GOVERNING = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE"})
# Nouns of hostile designs a speaker attributes to someone: their owner is accused.
_DESIGN_NOUNS = frozenset({"conspiracy", "plot", "agenda", "interference", "meddling", "scheme"})
_PRESENCE_NOUNS = frozenset({"presence", "withdrawal", "expulsion", "departure", "pullout", "exit"})
_BACK_REFERENCE_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
_NOT_TRIGGERS = frozenset(
    {"DATE", "TIME", "PERSON", "GPE", "ORG", "LOC", "FAC", "CARDINAL", "MONEY", "WORK_OF_ART", "LAW"}
)
# Objects that are the weapon or the act, not the target: "take up arms", "opened fire", "fired rockets".
_INSTRUMENT_OBJECTS = frozenset(
    {
        "arm",
        "arms",
        "fire",
        "shot",
        "shots",
        "rocket",
        "missile",
        "shell",
        "mortar",
        "round",
        "bullet",
        "projectile",
        "grenade",
        "salvo",
        "gun",
        "weapon",
        "drone",
        "artillery",
        "gas",
        "cannon",
        "control",
        "canister",
        "teargas",
        "barrage",
    }
)
_PHRASE_OBJECTS = frozenset({"fire", "arms", "arm", "control", "cannon", "gas"})
# Groups a "withdrawal from" leaves: then it is a SANCTION (leaving an organisation), not a retreat.
_BODIES = frozenset(
    {
        "bloc",
        "alliance",
        "organization",
        "organisation",
        "treaty",
        "agreement",
        "deal",
        "pact",
        "union",
        "council",
        "talk",
        "talks",
        "court",
        "accord",
        "convention",
        "coalition",
        "body",
        "forum",
        "group",
    }
)
_READY = frozenset({"ready", "willing", "prepared"})
_HABITUAL = frozenset({"regularly", "usually", "annually", "traditionally"})
# Types a reduced relative with its agent still reports ("a move welcomed by Damascus", "a building
# occupied by students"); others there describe an earlier happening ("a swap mediated by …").
_DESCRIBED_OK = frozenset({"SUPPORT", "ACCUSE", "REJECT", "PROTEST"})
# Types coded in a condition ("if Israel attacks …"); vaguer conditions are not events.
_HYPOTHETICAL_OK = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


@dataclass
class Candidate:
    token: Token
    entry: Entry
    type: str
    mode: str
    sent: Span
    part: str
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    modality: str = "asserted"
    statement: dict[str, Any] | None = None
    absorbed_into: Candidate | None = None
    explicit_actor: bool = False
    first_person: bool = False
    merged: list[Token] = field(default_factory=list)
    authorized_by: str | None = None
    state_agent: Token | None = None  # who authorised it, whose state is the actor


def _near_words(token: Token) -> set[str]:
    words = set()
    near = list(token.children)
    if token.pos_ in ("NOUN", "PROPN"):
        near += [token.head, token.head.head]  # "went on strike", "reached a truce"
        if token.dep_ == "dobj":  # "the military would intensify operations"
            near += [c for c in token.head.children if c.dep_ == "nsubj"]
    for child in near:
        words.add(child.lemma_.lower())
        words.add(child.lower_)
        for grand in child.children if child in token.children else ():
            words.add(grand.lemma_.lower())
            words.add(grand.lower_)
    return words


def _objects(token: Token, is_verb: bool) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in (("dobj", "nsubjpass", "dative") if is_verb else ("pobj",))]
    objs += [c for o in objs for c in o.conjuncts]
    # "500 tonnes of medical supplies", "a package of sanctions": the thing is in the "of"
    objs += [
        g
        for o in list(objs)
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return objs


def _holds(entry: Entry, token: Token, is_verb: bool) -> bool:
    if entry.needs and not entry.needs & _near_words(token):
        return False
    if entry.objects or entry.preps:
        ok = False
        if entry.objects:
            places = "town" in entry.objects  # an entry about places takes a named place too
            people = "president" in entry.objects  # … and one about leaders a named person
            ok = any(
                o.lemma_.lower() in entry.objects
                or o.lower_ in entry.objects
                or (places and o.ent_type_ in ("GPE", "LOC", "FAC"))
                or (people and o.ent_type_ == "PERSON")
                for o in _objects(token, is_verb)
            )
        if not ok and entry.preps:
            ok = any(
                c.dep_ in ("prep", "prt", "agent", "dative", "advmod", "acomp") and c.lower_ in entry.preps
                for c in token.children
            )
        if not ok:
            return False
    return True


def match(token: Token, lex: Lexicon) -> Entry | None:
    """The lexicon reading of a token whose conditions hold, or None."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in _NOT_TRIGGERS:
        return None  # "March" (a month), "Strike" (a name)
    if lemma == "be":
        return _phrase(token, lex)
    if token.pos_ == "ADJ" and lemma in _READY and any(c.dep_ == "xcomp" for c in token.children):
        return Entry("AGREE", "")  # "ready to attend talks"
    if token.pos_ == "VERB" and token.dep_ not in ("aux", "auxpass", "amod"):
        if (
            token.dep_ == "acl"
            and token.tag_ == "VBN"
            and not any(c.dep_ in ("auxpass", "agent") for c in token.children)
        ):
            return None  # "homes destroyed in the fighting": a description, not a new happening
        if lemma in lex.negated_as and is_negated(token):
            return Entry(lex.negated_as[lemma], "", source="negation")
        if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in token.children):
            return None  # "meets regularly": how things are, not a happening
        described = token.dep_ == "acl" and token.tag_ == "VBN"  # "a move welcomed by …"
        for entry in lex.verbs.get(lemma, []):
            if _holds(entry, token, True):
                return entry if not described or entry.type in _DESCRIBED_OK else None
        return None if described else _user_reading(token, lemma, lex)
    if token.pos_ in ("NOUN", "PROPN") and (token.dep_ != "compound" or token.lower_ in ("cannon",)):
        if lemma == "protest" and token.head.lemma_.lower() in ("lodge", "file", "deliver", "register", "send"):
            return Entry("ACCUSE", "disapprove")  # "lodged an official protest with Albania": diplomatic
        if lemma in ("ceasefire", "truce", "cease-fire") and "unilateral" in _near_words(token):
            return Entry("CONCEDE", "")  # a unilateral ceasefire is a concession, not an agreement
        for key in (lemma, token.lower_):
            for entry in lex.nouns.get(key, []):
                if _holds(entry, token, False):
                    return entry
        return None
    return None


def _user_reading(token: Token, lemma: str, lex: Lexicon) -> Entry | None:
    """A reading from the user lexicon (an imported CAMEO dictionary): verb + object, verb +
    preposition, then the verb alone."""
    if not (lex.user_verbs or lex.user_objects or lex.user_preps):
        return None
    for obj in _objects(token, True):
        found = lex.user_objects.get((lemma, obj.lemma_.lower()))
        if found is not None:
            return found
    for child in token.children:
        if child.dep_ in ("prep", "prt"):
            found = lex.user_preps.get((lemma, child.lower_))
            if found is not None:
                return found
    return lex.user_verbs.get(lemma)


def _phrase(token: Token, lex: Lexicon) -> Entry | None:
    """ "There is no room for X" and the other phrases of the lexicon, on the verb "be"."""
    for phrase in lex.phrases:
        attr = next((c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() == phrase["attr"]), None)
        if attr is None:
            continue
        if phrase.get("neg") and not any(c.lower_ in ("no", "not") for c in [*attr.children, *token.children]):
            continue
        if phrase.get("prep") and not any(c.lower_ == phrase["prep"] for c in attr.children):
            continue
        return Entry(phrase["type"], phrase.get("mode", ""), preps=frozenset([phrase.get("prep", "")]))
    return None


class EventAnnotator:
    """The ng_events component (see the module docstring)."""

    def __init__(self, name: str, *, user_lexicon: str | None = None) -> None:
        self.name = name
        path = user_lexicon if user_lexicon is not None else str(default_user_lexicon())
        self.lex = load_lexicon(path or None)

    def __call__(self, doc: Doc) -> Doc:
        ctx = _context(doc, self.lex)
        found: list[Candidate] = []
        part_types = {p.id_: p.label_ for p in doc.spans.get("ng_parts", [])}
        index = PartIndex(doc)
        for sent in _sentences(doc):
            part_id = index.part_at(sent.start_char, sent.end_char)
            part_type = part_types.get(part_id or "", "paragraph")
            if part_type == "credit":
                continue
            for token in sent:
                entry = match(token, self.lex)
                if entry is None:
                    continue
                if part_type == "caption" and token.pos_ != "VERB":
                    continue  # a caption is coded only when it states an event with a verb
                found.append(Candidate(token, entry, entry.type, entry.mode, sent, part_id or part_type))
        for cand in found:
            self._arguments(ctx, cand)
        events = _one_per_happening(ctx, found)
        group = SpanGroup(doc, name=SPANS_KEY)
        facts = []
        for cand in events:
            start, end = _trigger_bounds(cand.token)
            span = Span(doc, start, end, label=cand.type)
            facts.append((span, _fact(ctx, cand, span)))
        text = text_of(doc)
        for span, fact in facts:
            # the ACLED view looks at the sentence's other events: a protest met with force
            ev = fact["evidence"]
            fact["evidence"] = {**ev, "text": text[ev["start"] : ev["end"]]}
            others = [f for _, f in facts if f["evidence"]["start"] == ev["start"]]
            fact["acled_event_type"], fact["acled_sub_event_type"] = acled_view(fact, others)
            fact["evidence"] = ev
            span._.ng_event = fact
            group.append(span)
        doc.spans[SPANS_KEY] = group
        return doc

    # -- arguments ------------------------------------------------------------------------------
    def _arguments(self, ctx: DocContext, cand: Candidate) -> None:
        token = cand.token
        cand.statement = ctx.statement_at(token.idx)
        if (
            cand.statement
            and cand.statement.get("cue")
            and cand.statement["cue"]["start"] <= token.idx < cand.statement["cue"]["end"]
        ):
            cand.statement = None  # the trigger is the reporting verb itself
        if cand.statement is None:
            cand.statement = _reported_by(ctx, token)
        speaker = (cand.statement or {}).get("speaker")
        actor_toks: list[Token] = []
        rec_toks: list[Token] = []
        if token.pos_ in ("VERB", "ADJ") or token.lemma_ == "be":
            self._verb_arguments(cand, actor_toks, rec_toks)
        else:
            self._noun_arguments(cand, actor_toks, rec_toks)
        between = prep_objects(token, ("between", "among"))
        for tok in between[:1]:
            sides = expand(tok)
            actor_toks.append(sides[0])
            rec_toks[:0] = sides[1:]
        seen: set[int] = set()
        for tok in actor_toks:
            for t in expand(tok) if tok not in between else [tok]:
                if t.pos_ == "NUM" or t.i in seen:
                    continue
                seen.add(t.i)
                if t.lower_ in ("we", "us", "our", "i") and cand.statement:
                    cand.first_person = True
                cand.actors.append(mention(ctx, t, speaker))
        if cand.state_agent is not None and not cand.actors:
            state = state_of(ctx, cand.state_agent)
            cand.actors.append(
                mention(ctx, cand.state_agent, speaker)
                if state is None
                else Mention(*_bounds(cand.state_agent), state, cand.state_agent.i)
            )
        cand.explicit_actor = bool(cand.actors) and not cand.first_person
        for tok in rec_toks:
            targets = [tok] if tok in between or (between and tok.head in between) else expand(tok)
            if cand.type in ("REJECT", "ACCUSE", "SUPPORT") and tok.ent_type_ == "" and tok.pos_ == "NOUN":
                inner = inner_entity(tok, ctx)
                if inner is not None and not any(t.ent_type_ for t in targets):
                    targets = [inner]
            for t in targets:
                if t.pos_ == "NUM" or t.lower_ in ("it", "this", "that", "which", "who", "them") or t.i in seen:
                    continue
                seen.add(t.i)
                cand.recipients.append(mention(ctx, t, speaker, as_actor=False))
        if cand.type == "REQUEST":
            for t in token.subtree:
                if t.lemma_.lower() in _PRESENCE_NOUNS:
                    for obj in prep_objects(t, ("of",)):
                        cand.recipients += [mention(ctx, x, speaker, as_actor=False) for x in expand(obj)]
        if cand.type == "RETREAT" and cand.mode == "withdraw":
            bodies = prep_objects(token, ("from", "of"))
            bodies += [
                g
                for c in token.children
                if c.dep_ in ("prt", "prep") and c.lower_ == "out"
                for p in c.children
                if p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            if any(t.ent_type_ == "ORG" or t.lemma_.lower() in _BODIES for b in bodies for t in b.subtree):
                cand.type, cand.mode = "SANCTION", "withdraw"  # leaving an organisation or talks
        if cand.entry.source == "negation" or token.lemma_.lower() in _DESIGN_NOUNS:
            # the negation made the refusal; a design told of is accused whatever becomes of it
            cand.modality = "asserted"
        else:
            cand.modality = modality(token, self.lex, False)

    def _verb_arguments(self, cand: Candidate, actor_toks: list[Token], rec_toks: list[Token]) -> None:
        token = cand.token
        subj, passive = subject_of(token)
        if passive:
            agent = agent_of(token)
            actor_toks += [agent] if agent is not None else []
            rec_toks += [subj] if subj is not None else []
        else:
            actor_toks += [subj] if subj is not None else []
            rec_toks += [
                c
                for c in token.children
                if c.dep_ in ("dobj", "dative")
                and c.lemma_.lower() not in _INSTRUMENT_OBJECTS
                and not (cand.type == "REQUEST" and c.lemma_.lower() in _PRESENCE_NOUNS)
            ]
        rec_toks += prep_objects(token, _RECIPIENT_PREPS.get(cand.type, ()))
        if token.lemma_ == "be":
            attr = next((c for c in token.children if c.dep_ == "attr"), None)
            rec_toks += prep_objects(attr, ("for",)) if attr is not None else []
        if cand.type == "ASSAULT" and token.lemma_.lower() in ("clash", "fight"):
            rec_toks += prep_objects(token, ("with",))
        if cand.type in ("SUPPORT", "AGREE", "COOPERATE", "SANCTION", "CONSULT"):
            for obj in [c for c in token.children if c.dep_ == "dobj"]:
                partners = prep_objects(obj, ("with",))
                if partners:
                    rec_toks[:] = [t for t in rec_toks if t.dep_ != "dobj"] + partners
        if cand.type == "ASSAULT" and not rec_toks:
            # "killing three fighters", "set fire to homes": the people or things hit
            for child in token.children:
                if child.dep_ == "advcl" and child.lemma_.lower() in ("kill", "wound", "injure"):
                    rec_toks += [c for c in child.children if c.dep_ == "dobj"]

    def _noun_arguments(self, cand: Candidate, actor_toks: list[Token], rec_toks: list[Token]) -> None:
        token = cand.token
        lex = self.lex
        for child in token.children:
            if (child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "my", "your")) or (
                child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG")
            ):
                actor_toks.append(child)
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                agent = agent_of(child)
                if agent is not None:
                    if child.lemma_.lower() in ("authorize", "order", "approve", "sanction"):
                        # "a drone strike authorized by former US President Donald Trump": the state acts
                        cand.authorized_by = agent.text
                        cand.state_agent = agent
                    else:
                        actor_toks.append(agent)
            elif child.dep_ == "acl" and child.lemma_.lower() in ("target", "hit"):
                rec_toks += [c for c in child.children if c.dep_ == "dobj"]
        actor_toks += prep_objects(token, ("by",))
        if cand.entry.of_actor:
            actor_toks += prep_objects(token, ("of",))
        else:
            rec_toks += [t for t in prep_objects(token, ("of",)) if t.pos_ != "NUM"]
        rec_toks += prep_objects(token, _NOUN_RECIPIENT_PREPS)
        if cand.type in TWO_SIDED or cand.type == "ASSAULT":
            rec_toks += prep_objects(token, ("with",))
        # the word the noun hangs on: "held talks", "a package of military aid", "a round of talks"
        carrier = token
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in lex.word_list("carrier_nouns")
        ):
            carrier = token.head.head
        if (
            carrier.dep_ == "pobj"
            and carrier.head.lower_ in ("on", "under", "into")
            and carrier.head.head.lemma_.lower() in lex.word_list("light_verbs")
        ):
            carrier = carrier.head  # "placed its units on full readiness"
        head = carrier.head
        if carrier.dep_ in ("dobj", "attr", "prep") and head.lemma_.lower() in lex.word_list("light_verbs") | {"claim"}:
            subj, passive = subject_of(head)
            if subj is not None and not passive:
                actor_toks.append(subj)
            if head.lemma_.lower() == "claim":
                cand.modality = "claimed"
            rec_toks += prep_objects(head, _RECIPIENT_PREPS.get(cand.type, ("on", "against")))
        elif carrier.dep_ == "nsubjpass" and head.lemma_.lower() in lex.word_list("light_verbs"):
            agent = agent_of(head)
            if agent is not None:
                actor_toks.append(agent)
        elif (
            carrier.dep_ == "pobj"
            and carrier.head.lower_ == "for"
            and carrier.head.head.lemma_.lower() == "responsibility"
        ):
            claim = carrier.head.head.head  # "claimed responsibility for a drone attack"
            subj, _ = subject_of(claim)
            actor_toks += [subj] if subj is not None else []
        if token.lemma_.lower() in _DESIGN_NOUNS:
            self._design_arguments(cand, actor_toks, rec_toks)
        else:
            named = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "GPE")]
            if named:
                # "the assassination of top commanders – General X, … and Y": the names, not the description
                rec_toks[:] = [t for t in rec_toks if t.ent_type_] + named

    @staticmethod
    def _design_arguments(cand: Candidate, actor_toks: list[Token], rec_toks: list[Token]) -> None:
        """ "warned of a conspiracy hatched by X", "X's agenda", "the UAE's plot": X is accused, by
        the one who warns of it (or the speaker)."""
        token = cand.token
        owners = [t for t in actor_toks if t.lower_ not in ("our", "its", "their")]
        for child in token.children:
            if child.dep_ == "acl":
                agent = agent_of(child)
                if agent is not None:
                    owners.append(agent)
        actor_toks.clear()
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "about", "against") and token.head.head.pos_ == "VERB":
            subj, _ = subject_of(token.head.head)
            if subj is not None:
                actor_toks.append(subj)
        if not any(t.ent_type_ for t in owners):
            for t in token.sent:
                if t.i <= token.i or t.ent_type_ not in ("GPE", "ORG", "NORP") or t.ent_iob_ != "B":
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "against", "on", "at"):
                    continue
                owners = [t]
                break
        rec_toks[:] = owners


def _bounds(token: Token) -> tuple[int, int, str]:
    span = np_span(token)
    return span.start_char, span.end_char, span.text


def _sentences(doc: Doc) -> list[Span]:
    """The model's sentences without the blank-line tokens at their edges (as ng_sentences has them)."""
    out = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens:
            out.append(doc[tokens[0].i : tokens[-1].i + 1])
    return out


def _reported_by(ctx: DocContext, token: Token) -> dict[str, Any] | None:
    """The source of a clause ng_quotes left without a statement: "…, a war monitor said",
    "according to residents". A statement-like dict with the source's words and name."""
    from .quotes import SPEECH_VERBS

    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            break
        if head.lemma_.lower() in SPEECH_VERBS and head.pos_ == "VERB" and node.dep_ in ("ccomp", "parataxis", "conj"):
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subj is None and head.i > 0:
                # ", a war monitor said": the parser hung the source elsewhere; the noun before the verb
                before = head.doc[head.i - 1]
                subj = before if before.pos_ in ("NOUN", "PROPN") and before.i > token.i else None
            if subj is not None and subj.i > token.i:
                return _source(ctx, subj, head)
            break
        node = head
    for t in token.sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _source(ctx, pobj, t)
    return None


def _source(ctx: DocContext, subj: Token, cue: Token) -> dict[str, Any]:
    span = np_span(subj)
    ent = ctx.ent_at.get(subj.i)
    kind = "person" if ent is not None and ent.label_ == "PERSON" else "organisation"
    name = mention(ctx, subj, None).name
    return {
        "start": span.start_char,
        "end": span.end_char,
        "id": None,
        "mention": span.text,
        "speaker": {"name": name, "kind": kind},
        "cue": {"start": cue.idx, "end": cue.idx + len(cue.text)},
    }


def _trigger_bounds(token: Token) -> tuple[int, int]:
    """The trigger's tokens: the word, with the particle or object that makes the phrase ("opened
    fire", "called for", "pulling out", "water cannon", "taken full control")."""
    start, end = token.i, token.i + 1
    if token.lemma_ == "be":  # "is no room for"
        attr = next((c for c in token.children if c.dep_ == "attr"), None)
        prep = next((c for c in attr.children if c.dep_ == "prep"), None) if attr is not None else None
        return (attr.left_edge.i, prep.i + 1) if attr is not None and prep is not None else (start, end)
    for child in token.rights:
        if (
            (child.dep_ == "prt" and child.i == end)
            or (
                child.dep_ == "prep"
                and child.i == end
                and child.lower_ in ("for", "on", "upon")
                and token.lemma_.lower() in ("call", "push", "press", "insist", "appeal")
            )
            or (child.dep_ == "dobj" and child.lemma_.lower() in _PHRASE_OBJECTS and child.i - end <= 2)
        ):
            end = child.i + 1
    for child in token.lefts:
        if (
            child.dep_ == "compound"
            and child.i == start - 1
            and child.lower_ in ("water", "tear", "hunger", "drone", "air")
        ):
            start = child.i
    return start, end


def _context(doc: Doc, lex: Lexicon) -> DocContext:
    ctx = DocContext(doc=doc, lex=lex)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ctx.ent_at[i] = ent
        if ent.label_ == "PERSON":
            ctx.persons.append((ent.start_char, ent.text))
    for span in doc.spans.get("ng_quotes", []):
        attrs = span._.ng_attrs or {}
        content = attrs.get("content") or {"start": span.start_char, "end": span.end_char}
        speaker = attrs.get("speaker") or {}
        mention_ = attrs.get("speaker_mention") or {}
        ctx.statements.append(
            {
                "start": content["start"],
                "end": content["end"],
                "id": f"q_{content['start']}_{content['end']}",
                "speaker": speaker,
                "cue": attrs.get("cue"),
                "mention": mention_.get("text") or "",
            }
        )
        if speaker.get("name") and speaker.get("kind") == "person":
            org = _led_organisation(doc, mention_.get("text") or "", mention_, lex)
            if org:
                ctx.person_org.setdefault(speaker["name"], org)
    # appositions: "Qais Khazali, the leader of Asa’ib Ahl al-Haq" / "Asa’ib Ahl al-Haq leader Qais Khazali"
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for child in ent.root.children:
            if child.dep_ == "appos" and child.lemma_.lower() in lex.word_list("leader_nouns"):
                org = _org_under(child)
                if org:
                    ctx.person_org.setdefault(ent.text, _full_org(doc, org))
        before = doc[max(0, ent.start - 4) : ent.start]
        if any(t.lower_ in lex.word_list("leader_nouns") for t in before):
            orgs = [ctx.ent_at[t.i] for t in before if t.i in ctx.ent_at and ctx.ent_at[t.i].label_ == "ORG"]
            if orgs:
                ctx.person_org.setdefault(ent.text, _full_org(doc, orgs[-1].text))
    # a surname's organisation is its full name's
    for name, org in list(ctx.person_org.items()):
        for _, full in ctx.persons:
            if full.endswith(" " + name) or name.endswith(" " + full):
                ctx.person_org.setdefault(full, org)
    return ctx


def _org_under(token: Token) -> str | None:
    for t in token.subtree:
        if t.ent_type_ == "ORG":
            ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
            return ent.text
    return None


def _full_org(doc: Doc, short: str) -> str:
    """The longest organisation name in the article that starts like `short` ("Asa’ib" →
    "Asa’ib Ahl al-Haq")."""
    first = short.split()[0].lower() if short.split() else ""
    names = [e.text for e in doc.ents if e.label_ == "ORG" and e.text.lower().startswith(first)]
    return max(names, key=len) if names else short


def _led_organisation(doc: Doc, mention_text: str, mention_: dict[str, Any] | None, lex: Lexicon) -> str | None:
    """The organisation a speaker is described as leading or speaking for: "The leader of …
    Asa’ib Ahl al-Haq", "Hezbollah leader Naim Qassem", "Kataib Hezbollah spokesman X"."""
    words = set(mention_text.lower().split())
    if not mention_ or not words & (lex.word_list("leader_nouns") | {"spokesman", "spokeswoman", "spokesperson"}):
        return None
    orgs = [
        e
        for e in doc.ents
        if e.label_ in ("ORG", "NORP") and mention_["start"] <= e.start_char and e.end_char <= mention_["end"]
    ]
    return _full_org(doc, orgs[0].text) if orgs else None


# -- one event per happening ----------------------------------------------------------------------
def _fold_mode(governor: str, inner: Candidate) -> str:
    if governor == "THREATEN":
        if inner.type == "COERCE":
            return _COERCE_THREAT.get(inner.mode, "restrict")
        if inner.type == "ASSAULT" and (
            inner.token.lemma_.lower() in ("retake", "recapture", "capture", "overrun")
            or any(c.lemma_.lower() == "control" for c in inner.token.children)
        ):
            return "territory"
        return _THREAT_MODES.get(inner.type, "")
    if governor in ("REQUEST", "REJECT"):
        return _REQUEST_MODES.get(inner.type, "change" if inner.type in ("SANCTION", "COERCE") else "")
    return ""


def _depth(token: Token) -> int:
    n = 0
    while token.head.i != token.i and n < 40:
        token, n = token.head, n + 1
    return n


def _governors(token: Token) -> list[Token]:
    """The words above a trigger whose content it is ("threatened to strike", "permission to
    strike", "called for the release"), nearest first; not across a coordination or a speech verb
    ("…, saying the government was violating …": the saying is no content of the call)."""
    from .quotes import SPEECH_VERBS

    out = []
    for _ in range(6):
        if token.head.i == token.i or token.dep_ == "conj":
            break
        token = token.head
        out.append(token)
        if (
            token.lemma_.lower() in SPEECH_VERBS
            and token.pos_ == "VERB"
            and token.lemma_.lower()
            not in ("threaten", "vow", "warn", "demand", "urge", "ask", "accuse", "deny", "pledge", "promise", "claim")
        ):
            break
    return out


def _linked(a: Candidate, b: Candidate) -> bool:
    """Whether two triggers hang together without a coordination between them ("struck …,
    killing three", "carried out airstrikes …, killing 40": one happening; "urged … and called
    for": two)."""

    def path_up(token: Token) -> dict[int, bool]:
        seen, crossed = {token.i: False}, False
        for _ in range(6):
            if token.head.i == token.i:
                break
            crossed = crossed or token.dep_ == "conj"
            token = token.head
            seen[token.i] = crossed
        return seen

    up_a, up_b = path_up(a.token), path_up(b.token)
    common = [i for i in up_a if i in up_b]
    return bool(common) and not up_a[common[0]] and not up_b[common[0]]


def _one_per_happening(ctx: DocContext, found: list[Candidate]) -> list[Candidate]:
    by_token = {c.token.i: c for c in found}
    lex = ctx.lex
    # 1. the content of a threat, demand, agreement, refusal or accusation is part of it; a
    #    denied act did not happen; protesters' demands belong to the protest
    for cand in sorted(found, key=lambda c: _depth(c.token)):
        # the condition of a threat ("if Hezbollah fired on Israeli towns") is no part of it
        for above in _governors(cand.token) if cand.modality != "hypothetical" else ():
            gov = by_token.get(above.i)
            if gov is None or gov is cand or gov.absorbed_into is not None:
                continue
            if gov.type == cand.type:
                break
            if gov.token.lemma_.lower() == "deny":
                cand.modality = "negated"
                if not cand.actors:
                    cand.actors = list(gov.actors)
                break
            if gov.type == "PROTEST" and cand.type == "REQUEST":
                cand.absorbed_into = gov
                break
            if gov.type in _GOVERNING and not (gov.type == "ACCUSE" and cand.token.dep_ == "dobj"):
                cand.absorbed_into = gov
                gov.mode = gov.mode or _fold_mode(gov.type, cand)
                if not gov.recipients:
                    gov.recipients = list(cand.recipients)
                break
        if cand.type in ("SUPPORT", "AGREE", "COOPERATE", "CONSULT") and cand.absorbed_into is None:
            _warned_against(ctx, cand)
        if (
            cand.type in ("CONSULT", "AGREE")
            and cand.modality == "negated"
            and (any(c.dep_ == "det" and c.lower_ == "no" for c in cand.token.children) or cand.type == "AGREE")
        ):
            cand.type, cand.mode, cand.modality = "REJECT", "meet", "asserted"  # "there would be no negotiations"
    kept = [c for c in found if c.absorbed_into is None]
    # nouns that refer back to a happening as the object, cause or setting of another are not new
    kept_at = {c.token.i for c in kept}
    kept = [c for c in kept if not _back_reference(c, kept_at, lex)]
    # 2. speakers: what a speaker says will be done to an adversary is a threat by the speaker;
    #    an attack its own perpetrator reports is claimed
    for cand in kept:
        speaker = (cand.statement or {}).get("speaker") or {}
        if cand.statement and cand.type not in VERBAL and _obliged(cand.token):
            # "…, saying the RSF must first withdraw": what a speaker says others must do is a demand
            subject = [m for m in cand.actors if m.head >= 0]
            cand.mode = _fold_mode("REQUEST", cand) or "change"
            cand.type, cand.modality = "REQUEST", "demanded"
            cand.recipients = subject or cand.recipients
            cand.actors, cand.first_person = [], False
        if (
            cand.statement
            and cand.modality == "planned"
            and (cand.type in HOSTILE or (cand.type, cand.mode) == ("PROTEST", "boycott") or _conditional(cand.token))
        ):
            # the threatener is the speaker (or the organisation they lead); a spokesperson's
            # unnamed voice leaves the state or group named in the clause
            cand.mode = _fold_mode("THREATEN", cand) or "violence"
            cand.type = "THREATEN"
            if cand.first_person or not cand.actors or (speaker.get("kind") == "person" and speaker.get("name")):
                cand.actors = []
        if (
            cand.statement
            and speaker.get("name")
            and (not cand.actors or cand.first_person)
            and (cand.type in VERBAL or cand.first_person)
        ):
            name = ctx.person_org.get(speaker["name"], speaker["name"])
            cand.actors = (
                [Mention(a.start, a.end, a.text, name, a.head) for a in cand.actors]
                if cand.actors
                else [Mention(cand.statement["start"], cand.statement["start"], "", name, -1)]
            )
        if cand.type == "ASSAULT" and cand.statement and cand.modality == "asserted" and _own_report(ctx, cand):
            cand.modality = "claimed"
    # 3. events of one type that hang on each other in one sentence are one happening
    merged: list[Candidate] = []
    for cand in kept:
        same = next(
            (
                m
                for m in merged
                if m.sent.start == cand.sent.start
                and m.type == cand.type
                and (_linked(m, cand) or (not (m.actors and cand.actors) and _compatible(m, cand)))
            ),
            None,
        )
        if same is None:
            merged.append(cand)
            continue
        keep, other = (cand, same) if _prefer(cand, same) else (same, cand)
        if keep is cand:
            merged[merged.index(same)] = cand
        keep.merged.append(other.token)
        keep.actors = keep.actors or other.actors
        names = {r.name for r in keep.recipients}
        keep.recipients += [] if keep.recipients else [r for r in other.recipients if r.name not in names]
        keep.mode = _better_mode(lex, keep.mode, other.mode)
        keep.authorized_by = keep.authorized_by or other.authorized_by
        keep.statement = keep.statement or other.statement
    # 4. nominal triggers need something to hold on to; "the attack" after an attack is that attack
    out: list[Candidate] = []
    seen_lemmas: set[str] = set()
    for cand in merged:
        token = cand.token
        if cand.modality == "hypothetical" and cand.type not in _HYPOTHETICAL_OK:
            continue
        nominal = token.pos_ in ("NOUN", "PROPN") and not cand.merged
        if nominal and not (cand.actors or cand.recipients or _light_verb(token, lex)) and cand.type != "PROTEST":
            continue
        det = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
        if nominal and det in _BACK_REFERENCE_DETS and token.lemma_.lower() in seen_lemmas and token.dep_ != "dobj":
            continue
        seen_lemmas.update(t.lemma_.lower() for t in [token, *cand.merged])
        out.append(cand)
    # 5. a speaker's threat without a target continues the speaker's last one
    last_target: dict[str, list[Mention]] = {}
    for cand in out:
        cand.recipients = _dedupe(cand.recipients, cand.actors)
        cand.actors = _dedupe(cand.actors, [])
        speaker = ((cand.statement or {}).get("speaker") or {}).get("name")
        if cand.type == "THREATEN" and speaker:
            if cand.recipients:
                last_target[speaker] = cand.recipients
            elif speaker in last_target:
                cand.recipients = list(last_target[speaker])
    return out


def _conditional(token: Token) -> bool:
    """ "will withdraw … unless the president arranges a ceasefire": an act held over someone."""
    verb = governing_verb(token)
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)
        for c in verb.children
    )


def _obliged(token: Token) -> bool:
    verb = governing_verb(token)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & {"must", "should"}) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ == "have" and verb.head.tag_ in ("VBP", "VBZ")
    )


def _prefer(a: Candidate, b: Candidate) -> bool:
    """Whether `a` names the happening better than `b`: the attack word over "killed"."""
    weak = ("kill", "wound", "injure", "die")
    return b.token.lemma_.lower() in weak and a.token.lemma_.lower() not in weak


def _back_reference(cand: Candidate, kept_at: set[int], lex: Lexicon) -> bool:
    """ "condemned the attack", "after clashes in Zahedan", "in response to the killing", "pull out
    of EU talks", "coverage of an alleged massacre": a noun naming a happening as the object,
    cause or setting of another."""
    token = cand.token
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head
    if token.dep_ == "dobj" and head.i in kept_at and head.lemma_.lower() not in lex.word_list("light_verbs"):
        return True
    if token.dep_ == "dobj" and head.lemma_.lower() in lex.word_list("backreference_verbs"):
        return True  # "to counter Russia's deployments"
    if (
        token.dep_ == "dobj"
        and head.lemma_.lower() not in lex.word_list("light_verbs")
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in token.children)
    ):
        return True  # "halving his prison sentence": what is already there
    if token.dep_ != "pobj":
        return False
    prep, above = head.lower_, head.head
    if above.dep_ in ("prt", "prep") and above.head.i in kept_at:
        above = above.head  # "pull out of EU talks"
    named = any(m.head >= 0 and token.doc[m.head].ent_type_ in ("PERSON", "ORG") for m in cand.recipients + cand.actors)
    if prep in lex.word_list("skip_preps") and not named:
        return True
    if prep in ("for", "from", "of", "against", "over", "about") and above.i in kept_at and above.i != token.i:
        return True  # "regret for the killing", "withdrawal from talks"
    if prep == "to" and above.lemma_.lower() in lex.word_list("backreference_heads"):
        return True
    return prep == "of" and above.lemma_.lower() in lex.word_list("backreference_of")


def _own_report(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the speaker of the statement an attack is told in is its perpetrator."""
    st = cand.statement or {}
    said = " ".join(filter(None, [((st.get("speaker") or {}).get("name") or ""), st.get("mention") or ""])).lower()
    if not said:
        return False
    for actor in cand.actors:
        name = actor.name.lower()
        if actor.text.lower() in ("it", "we", "they") or (name and (name in said or said in name)):
            return True
        first = name.split()[0] if name.split() else ""
        if first and first in said.split():
            return True
    return False


def _warned_against(ctx: DocContext, cand: Candidate) -> None:
    """ "warned of/against attempts at normalising ties with X": a refusal of X by the one who warns."""
    token = cand.token
    for _ in range(6):
        if token.head.i == token.i:
            return
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "against") and token.head.head.lemma_.lower() == "warn":
            warn = token.head.head
            cand.type, cand.mode = "REJECT", "assist"
            subj, _ = subject_of(warn)
            if subj is not None:
                cand.actors = [mention(ctx, subj, (cand.statement or {}).get("speaker"))]
                cand.explicit_actor = True
            cand.modality = "asserted"
            return
        token = token.head


def _light_verb(token: Token, lex: Lexicon) -> bool:
    return token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and token.head.lemma_.lower() in lex.word_list(
        "light_verbs"
    )


def _compatible(a: Candidate, b: Candidate) -> bool:
    if not a.actors or not b.actors or not a.recipients or not b.recipients:
        return True
    return bool({m.name for m in a.actors} & {m.name for m in b.actors}) or bool(
        {m.name for m in a.recipients} & {m.name for m in b.recipients}
    )


def _better_mode(lex: Lexicon, a: str, b: str) -> str:
    order = [m for m, _ in lex.mode_words]
    if not a:
        return b
    if not b or a not in order or b not in order:
        return a
    return a if order.index(a) <= order.index(b) else b


def _dedupe(mentions: list[Mention], other: list[Mention]) -> list[Mention]:
    names = {m.name.lower() for m in other}
    out: list[Mention] = []
    for m in mentions:
        key = m.name.lower()
        if key in names or not key:
            continue
        names.add(key)
        out.append(m)
    return out


# -- the fact -------------------------------------------------------------------------------------
def _assault_mode(lex: Lexicon, cand: Candidate) -> str:
    """The weapon: the trigger's own reading, else the most specific weapon word in its sentence."""
    words = {t.lemma_.lower() for t in cand.sent} | {t.lower_ for t in cand.sent}
    mode = cand.mode
    for name, keys in lex.mode_words:
        if words & keys:
            return _better_mode(lex, mode, name)
    return mode


def _fact(ctx: DocContext, cand: Candidate, trigger: Span) -> dict[str, Any]:
    token, sent, lex = cand.token, cand.sent, ctx.lex
    taken = {m.head for m in cand.actors + cand.recipients}
    mode = _assault_mode(lex, cand) if cand.type == "ASSAULT" else cand.mode
    stated = counts(sent, lex) if cand.type in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE") else {}
    dead = stated.get("dead") if cand.type == "ASSAULT" else None
    if (
        cand.type == "ASSAULT"
        and dead is None
        and any(t.lemma_.lower().startswith(("assassinat", "kill", "murder", "execut")) for t in [token, *cand.merged])
    ):
        people = [r for r in cand.recipients if r.head >= 0 and ctx.doc[r.head].ent_type_ == "PERSON"]
        dead = len(people) or None
    size = (
        stated.get("size")
        if cand.type in ("PROTEST", "MOBILIZE") or (cand.type, mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct"))
        else None
    )
    if size is None and cand.type in ("COERCE", "ASSAULT", "MOBILIZE") and mode in ("arrest", "abduct", "troops"):
        size = next((n for n in _numbers_of(cand)), None)
    place = location(ctx, sent, token, taken, cand.type)
    when = time_for(ctx, sent, token)
    modality_ = cand.modality
    if modality_ == "threatened" and cand.type in ("ASSAULT", "COERCE"):
        # "warned that ships … would be targeted": the attack is threatened, not reported — the
        # event is the threat (the seed's "we will … destroy any US military presence" too)
        cand.type, mode = "THREATEN", "violence" if cand.type == "ASSAULT" else mode
        place = None  # the place of the threatened act is not where the threat was made
    if cand.type == "THREATEN" and modality_ not in ("negated", "hypothetical"):
        modality_ = "threatened"
    elif cand.type == "REQUEST" and modality_ not in ("negated", "hypothetical"):
        modality_ = "demanded"
    elif modality_ in ("threatened", "demanded", "claimed") and not (modality_ == "claimed" and cand.type == "ASSAULT"):
        modality_ = "asserted"
    statement = cand.statement
    speaker = (statement or {}).get("speaker") or {}
    fact: dict[str, Any] = {
        "type": cand.type,
        "mode": mode or None,
        "modality": modality_,
        "actors": [m.fact() for m in cand.actors],
        "recipients": [m.fact() for m in cand.recipients],
        "location": {"text": place.text, "start": place.start_char, "end": place.end_char}
        if place is not None
        else None,
        "time": {
            "id": f"t_{when.start_char}_{when.end_char}",
            "text": when.text,
            "value": (when._.ng_time or {}).get("value") if Span.has_extension("ng_time") else None,
        }
        if when is not None
        else None,
        "counts": {
            "dead": dead,
            "injured": stated.get("injured") if cand.type == "ASSAULT" else None,
            "size": size if isinstance(size, int) else None,
        },
        "trigger": {"start": trigger.start_char, "end": trigger.end_char, "text": trigger.text},
        "evidence": {"start": sent.start_char, "end": sent.end_char},
        "said_by": {
            "name": speaker.get("name"),
            "text": statement.get("mention") or None,
            "statement": statement.get("id"),
        }
        if statement
        else None,
        "part": cand.part,
    }
    if cand.authorized_by:
        fact["authorized_by"] = cand.authorized_by
    return fact


def _numbers_of(cand: Candidate) -> list[int]:
    """Numbers counting the people an arrest, abduction or deployment is about ("arrested 15
    Palestinians", "massed 50,000 troops")."""
    out = []
    for t in cand.token.subtree:
        if t.dep_ == "nummod" and t.head.head.i == cand.token.i and t.lower_.replace(",", "").isdigit():
            out.append(int(t.lower_.replace(",", "")))
    return out


def _resolved(doc: Doc, mention: dict[str, Any]) -> dict[str, Any]:
    """A mention with the actor it stands for (ng_actors' cluster and its knowledge-base link)."""
    cluster = actor_at(doc, mention["start"], mention["end"])
    if cluster is None:
        return mention
    return {**mention, "actor": {"id": cluster["id"], "name": cluster["name"], "kb_id": cluster.get("kb_id"),
                                 "country": cluster.get("country"), "kind": cluster.get("kind")}}


def _place(places: dict[tuple[int, int], dict[str, Any]], location: dict[str, Any] | None) -> dict[str, Any] | None:
    """The event's location with its resolved place (coordinates, country) from ng_places."""
    if location is None:
        return None
    place = places.get((location["start"], location["end"]))
    if place is None:
        return location
    keep = ("id", "name", "feature", "lat", "lon", "admin1", "country", "precision")
    return {**location, "place": {k: place.get(k) for k in keep}}


# What strikes is not who strikes: "Two rockets struck the base" names no actor.
_WEAPONS = frozenset(["rocket", "rockets", "missile", "missiles", "drone", "drones", "shell", "shells", "mortar",
                      "mortars", "bomb", "bombs", "grenade", "grenades", "ied", "ieds", "explosive", "explosives",
                      "artillery", "shelling", "projectile", "projectiles", "munitions", "mine", "mines"])


# Words before a participant that count or qualify it but do not name it: "at least 11 United Nations
# staff", "more than a dozen Houthi targets", "dozens of men", "the United States".
_LEADING = frozenset(["the", "a", "an", "these", "those", "this", "that", "some", "several", "many", "few", "more",
                      "than", "at", "least", "most", "around", "about", "nearly", "almost", "over", "up", "to",
                      "dozen", "dozens", "hundreds", "thousands", "tens", "of", "suspected", "alleged", "so-called",
                      "another", "other", "two", "both"])
_TOWN_NOUNS = frozenset(["town", "city", "village", "camp", "district", "province", "region", "neighbourhood",
                         "neighborhood", "suburb", "port"])


def _tight(doc: Doc, mention: dict[str, Any]) -> dict[str, Any]:
    """The words that name the participant, without counts, determiners and titles: "Three Syrian
    soldiers" → "Syrian soldiers", "Turkish President Recep Tayyip Erdogan" → the name, "the
    southern Israeli town of Sderot" → "Sderot", "Palestine's" → "Palestine"."""
    if mention["end"] <= mention["start"]:
        return mention  # implied ("we" resolved to an organisation): nothing to trim
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or len(span) < 2:
        return _without_possessive(doc, mention)
    tokens = list(span)
    person = next((e for e in doc.ents if e.label_ == "PERSON" and span.start <= e.start and e.end <= span.end
                   and e.start <= span.root.i < e.end), None)
    if person is not None:
        tokens = list(person)
    elif (span.root.lower_ in _TOWN_NOUNS and any(t.dep_ == "prep" and t.lower_ == "of" for t in span.root.children)):
        named = [t for t in span if t.i > span.root.i and t.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "ORG")]
        if named:
            tokens = [t for t in span if named[0].i <= t.i <= named[-1].i]
    while len(tokens) > 1 and (tokens[0].lower_ in _LEADING or tokens[0].like_num or tokens[0].pos_ == "NUM"
                               or tokens[0].is_punct):
        tokens.pop(0)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if (start, end) == (mention["start"], mention["end"]):
        return _without_possessive(doc, mention)
    text = text_of(doc)
    return _without_possessive(doc, {**mention, "start": start, "end": end, "text": text[start:end]})


def _without_possessive(doc: Doc, mention: dict[str, Any]) -> dict[str, Any]:
    for mark in ("’s", "'s"):
        if mention["text"].endswith(mark) and len(mention["text"]) > len(mark):
            end = mention["end"] - len(mark)
            return {**mention, "end": end, "text": text_of(doc)[mention["start"]:end]}
    return mention


def _arguments(doc: Doc, mentions: list[dict[str, Any]], times: list[tuple[int, int]],
               as_actor: bool) -> list[dict[str, Any]]:
    """Mentions that can be parties: no time expressions ("Tuesday evening"), and for actors no
    bare weapons (a weapon with a name in it, "Houthi drones", keeps its name)."""
    kept = []
    for m in mentions:
        if any(s < m["end"] and m["start"] < e for s, e in times):
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if as_actor and span is not None and span.root.lower_ in _WEAPONS and not any(
                t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span):
            continue
        kept.append(_resolved(doc, _tight(doc, m)))
    return kept


def _record(doc: Doc) -> list[dict[str, Any]]:
    text = text_of(doc)
    places = {(s.start_char, s.end_char): {"id": f"pl_{s.start_char}_{s.end_char}", **(s._.ng_place or {})}
              for s in doc.spans.get(PLACES_KEY, [])} if Span.has_extension("ng_place") else {}
    times = [(s.start_char, s.end_char) for s in doc.spans.get("ng_times", [])]
    out = []
    for span in doc.spans.get(SPANS_KEY, []):
        fact = dict(span._.ng_event or {})
        fact["actors"] = _arguments(doc, fact.get("actors", []), times, as_actor=True)
        fact["recipients"] = _arguments(doc, fact.get("recipients", []), times, as_actor=False)
        fact["location"] = _place(places, fact.get("location"))
        ev = fact.pop("evidence")
        trig = fact["trigger"]
        out.append(
            {
                "id": f"ev_{trig['start']}_{trig['end']}",
                "start": trig["start"],
                "end": trig["end"],
                "text": trig["text"],
                **fact,
                "evidence": {"start": ev["start"], "end": ev["end"], "text": text[ev["start"] : ev["end"]]},
            }
        )
    return out


@annotator(
    "ng_events",
    layer="events",
    needs=["parts", "entities", "quotes", "times", "places", "actors"],
    version="1",
    to_record=_record,
    requires=["doc.ents", "doc.sents", "token.dep", "token.lemma", "doc.spans"],
    assigns=["doc.spans"],
    default_config={"user_lexicon": None},
)
def make_events(nlp: Language, name: str, user_lexicon: str | None) -> EventAnnotator:
    """spaCy factory for `nlp.add_pipe("ng_events")`. `user_lexicon`: a lexicon file made by
    `newsgraph kb import-cameo-verbs` (default: $NEWSGRAPH_EVENT_LEXICON, else
    ~/.config/newsgraph/event_verbs.user.json when it exists; "" for none)."""
    return EventAnnotator(name, user_lexicon=user_lexicon)


__all__ = ["SPANS_KEY", "EventAnnotator", "match"]
