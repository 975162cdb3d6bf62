"""Who, to whom, how many, where and when for an event trigger, read from the dependency parse.

Mentions are noun phrases (or the named entity at their head) with character offsets; names
come from `_actor_name`, the one place that turns a mention into an actor's name (today the
entity text, demonyms and a person's organisation or state; ng_actors can replace it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ._event_lexicon import Lexicon
from ._lexicons import capitals

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "inside",
        "around",
        "across",
        "throughout",
        "into",
        "on",
        "along",
        "over",
        "within",
        "north",
        "south",
        "east",
        "west",
        "between",
    }
)
_NP_STOP_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "prep"})
_DETERMINERS = frozenset({"the", "a", "an", "any", "some", "all", "this", "that", "these", "those", "such"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my", "ourselves"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his"})
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "dozen": 12,
}
_VAGUE_SIZES = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions"})


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str
    head: int  # token index of the head, to recognise the same mention twice

    def fact(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name}


@dataclass
class DocContext:
    """What argument reading needs from the whole document, computed once per Doc."""

    doc: Doc
    lex: Lexicon
    ent_at: dict[int, Span] = field(default_factory=dict)  # token index → entity
    persons: list[tuple[int, str]] = field(default_factory=list)  # (start offset, full name) in order
    person_org: dict[str, str] = field(default_factory=dict)  # person's full name → organisation led
    statements: list[dict[str, Any]] = field(default_factory=list)  # start, end, id, speaker

    def statement_at(self, offset: int) -> dict[str, Any] | None:
        for st in self.statements:
            if st["start"] <= offset < st["end"]:
                return st
        return None


def _parse_number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def np_span(token: Token) -> Span:
    """The noun phrase headed by `token`: its left modifiers and "of" complements, without relative
    clauses, appositions, conjuncts or locative phrases; without a leading determiner."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in _NP_STOP_DEPS or (child.is_punct and child.text not in ("-", "’", "'")):
            continue
        left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.right_edge.i - token.i < 10:
            right = max(right, child.right_edge.i)
        elif child.dep_ in ("compound", "case", "nummod", "amod") and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    while left < token.i and (doc[left].lower_ in _DETERMINERS or doc[left].is_punct):
        left += 1
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left : right + 1]


def _resolve_person(ctx: DocContext, name: str) -> str:
    """A surname ("Khazali") to the full name used earlier in the article ("Qais Khazali")."""
    for _, full in ctx.persons:
        if full != name and full.endswith(" " + name):
            return full
    return name


def _pronoun_person(ctx: DocContext, offset: int) -> str | None:
    found = None
    for start, full in ctx.persons:
        if start >= offset:
            break
        found = full
    return _resolve_person(ctx, found) if found else None


_MILITARY_WORDS = frozenset(
    {
        "forces",
        "force",
        "troops",
        "troop",
        "military",
        "army",
        "soldiers",
        "soldier",
        "warplanes",
        "warplane",
        "jets",
        "jet",
        "aircraft",
        "navy",
        "drones",
        "drone",
        "artillery",
        "militaries",
        "bases",
        "base",
        "presence",
        "personnel",
        "units",
        "unit",
        "marines",
        "tanks",
        "airstrikes",
        "helicopters",
        "gunships",
        "paratroopers",
        "commandos",
    }
)
_POLICE_WORDS = frozenset({"police", "policemen", "gendarmes", "gendarmerie"})
_STATE_WORDS = frozenset(
    {
        "government",
        "authorities",
        "ministry",
        "officials",
        "official",
        "office",
        "court",
        "cabinet",
        "presidency",
        "administration",
        "foreign",
        "state",
        "regime",
        "treasury",
        "parliament",
        "diplomats",
        "judiciary",
        "kremlin",
        "junta",
    }
)


def _adjective(token: Token, lex: Lexicon) -> str:
    """ "American"/"U.S." → "US"; "Syria" → "Syrian"; an adjective stays as written."""
    text = token.text
    low = text.lower().rstrip("’'s").rstrip("’'")
    if low in ("american", "u.s.", "us", "united states"):
        return "US"
    if low in ("british", "u.k.", "uk"):
        return "British"
    if token.ent_type_ == "GPE" and token.dep_ != "compound":  # "Syria's army"; but "the Myanmar military"
        for adj, country in lex.demonyms.items():
            if country.lower() == low and " " not in adj:
                return adj.capitalize()
    return text


def _country_of(token: Token, lex: Lexicon) -> str:
    low = token.text.lower()
    if token.text in capitals():
        return capitals()[token.text]  # "the Baghdad government" is Iraq's
    if low in ("american", "u.s.", "us"):
        return "United States"
    if low in ("british", "u.k.", "uk"):
        return "United Kingdom"
    if token.ent_type_ == "NORP":
        return lex.demonyms.get(low, token.text)
    return token.text


def state_of(ctx: DocContext, token: Token) -> str | None:
    """The state an office-holder acts for: "former US President Donald Trump" → "United States"."""
    span = np_span(token)
    ent = ctx.ent_at.get(token.i)
    words = [t for t in span if not t.is_punct and (ent is None or t.i < ent.start)]
    if not {t.lower_ for t in words} & {"president", "minister", "king", "premier", "chancellor", "emir", "prime"}:
        return None
    nationals = [t for t in words if t.ent_type_ in ("GPE", "NORP")]
    return _country_of(nationals[0], ctx.lex) if nationals else None


def _actor_name(ctx: DocContext, span: Span, speaker: dict[str, Any] | None = None, as_actor: bool = True) -> str:
    """The name of the actor a mention stands for. The one place to change when canonical actor
    names (ng_actors) are available. Today: a person's full name (a surname or pronoun resolved
    to the last person named); "we" in a statement to the speaker's organisation when the text
    says they lead or speak for one, else the speaker; state armed forces to "<Adjective>
    military" ("American forces" → "US military"), police to "<Adjective> police", a
    government, ministry or officials to their country; a named group or place to its name;
    anything else to its words without the determiner."""
    lex = ctx.lex
    words = [t for t in span if not t.is_punct]
    if not words:
        return span.text
    head = span.root
    low = head.lower_
    if len(words) <= 2 and low in _FIRST_PERSON:
        if speaker and speaker.get("name"):
            return ctx.person_org.get(speaker["name"], speaker["name"]) if as_actor else speaker["name"]
        return span.text
    if len(words) == 1 and low in _THIRD_PERSON:
        return _pronoun_person(ctx, span.start_char) or span.text
    ent = ctx.ent_at.get(head.i)
    if ent is not None and ent.label_ == "PERSON":
        return _resolve_person(ctx, _strip(ent.text))
    nationals = [t for t in words if t.ent_type_ in ("NORP", "GPE") and t.i != head.i and t.ent_iob_ == "B"]
    if nationals and ent is None:
        if low in _POLICE_WORDS or (low == "forces" and any(t.lower_ == "security" for t in words)):
            return f"{_adjective(nationals[0], lex)} police"
        if low in _MILITARY_WORDS or any(t.lower_ in ("military", "army") for t in words):
            return f"{_adjective(nationals[0], lex)} military"
        if low in _STATE_WORDS:
            return _country_of(nationals[0], lex)
    if ent is not None and ent.label_ in _NAME_LABELS:
        name = _strip(ent.text)
        if ent.label_ == "NORP" and len(ent) == len(words):
            return _country_of(ent[0], lex) if len(ent) == 1 else name
        return name
    if any(t.dep_ in ("compound", "amod", "poss") and t.ent_type_ and t.head.i == head.i for t in words):
        return _strip(span.text)  # "Iraqi officials" would have been a country above; "Hezbollah positions"
    inner = [e for e in (ctx.ent_at.get(t.i) for t in words) if e is not None and e.label_ in ("ORG", "GPE", "PERSON")]
    if inner:
        return _strip(inner[0].text)  # "the forces of the Popular Mobilization Units"
    return _strip(span.text)


def _strip(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"(?:’s|'s|’|')$", "", text).strip()


def mention(ctx: DocContext, token: Token, speaker: dict[str, Any] | None, as_actor: bool = True) -> Mention:
    ent = ctx.ent_at.get(token.i)
    span = np_span(token)
    if ent is not None and (ent.start < span.start or ent.end > span.end):
        span = ent
    return Mention(span.start_char, span.end_char, span.text, _actor_name(ctx, span, speaker, as_actor), token.i)


def expand(token: Token) -> list[Token]:
    """A head and its conjuncts ("the US and Iraq"), and named appositions ("commanders – X and Y")."""
    out = [token, *token.conjuncts]
    named = []
    for t in list(out):
        for child in t.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG", "GPE"):
                named.extend([child, *child.conjuncts])
    if named and token.ent_type_ == "" and token.tag_ in ("NNS", "NNPS"):
        return named  # the plural description gives way to the names it lists
    return out + named


def inner_entity(token: Token, ctx: DocContext) -> Token | None:
    """A named entity inside an object that names nobody itself ("the result of an election handled
    by the Emirates’ rulers" → the Emirates), skipping locative phrases."""
    stack = list(token.children)
    while stack:
        t = stack.pop(0)
        if t.dep_ == "prep" and t.lower_ in _LOCATIVE:
            continue
        if t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and t.i in ctx.ent_at:
            ent = ctx.ent_at[t.i]
            return ent.root
        stack.extend(t.children)
    return None


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject of a verb and whether it is passive, climbing to the controlling clause for
    infinitives, conjuncts and participles ("set to resume", "attacked and killed", ", killing")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "expl") and child.dep_ != "expl":
            return child, False
        if child.dep_ == "nsubjpass":
            return child, True
    if depth > 3:
        return None, False
    head = verb.head
    if head.i == verb.i:
        return None, False
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lemma_.lower() in (
            "urge",
            "ask",
            "call",
            "press",
            "order",
            "force",
            "require",
            "tell",
            "invite",
            "encourage",
            "allow",
            "push",
        ):
            return obj, False
        sub, passive = subject_of(head, depth + 1)
        return sub, False if passive and head.lemma_.lower() in (
            "set",
            "expect",
            "schedule",
            "due",
            "slate",
        ) else passive
    if verb.dep_ in ("conj", "advcl") or (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ == "VERB"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "relcl":
        return head, False
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "a bill requiring …": the one who passed the bill
        if head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
            return subject_of(head.head, depth + 1)
        return head, False
    return None, False


def agent_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def prep_objects(token: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def counts(sent: Span, lex: Lexicon) -> dict[str, Any]:
    """Dead, injured and crowd size stated in a sentence: "killing three", "12 people were
    injured", "the death toll rose to 15", "thousands of protesters"."""
    dead_words, injured_words = lex.word_list("dead"), lex.word_list("injured")
    crowd = lex.word_list("crowd_nouns")
    found: dict[str, Any] = {}

    def put(key: str, value: int | str) -> None:
        if key not in found:
            found[key] = value

    for token in sent:
        value: int | str | None = _parse_number(token)
        if token.lower_ in _VAGUE_SIZES:
            value = token.lower_
        if value is None or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
            continue
        if token.i + 1 < len(sent.doc) and sent.doc[token.i + 1].lower_ in ("%", "percent", "per"):
            continue
        noun = token.head if token.dep_ in ("nummod", "quantmod", "compound") else token
        if token.dep_ == "pobj" and token.head.lower_ == "to" and isinstance(value, int):
            # "the death toll rose to 15"
            verb = token.head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() == "toll":
                put("dead", value)
                continue
        if noun.lemma_.lower() in crowd or (noun is token and token.head.lower_ == "of"):
            of_head = noun
            if noun is token:
                of_pobj = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of_pobj is not None:
                    of_head = next((c for c in of_pobj.children if c.dep_ == "pobj"), noun)
            if (of_head.lemma_.lower() in crowd and of_head.lemma_.lower() not in ("people", "man", "woman")) or (
                of_head.lemma_.lower() in crowd
                and any(
                    t.lemma_.lower() in ("protest", "rally", "march", "demonstrate", "gather")
                    for t in (of_head.head, of_head.head.head)
                )
            ):
                put("size", value)
        if isinstance(value, str):
            continue
        words = {noun.head.lemma_.lower()} if noun.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") else set()
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
            words = set()
        words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "acl", "relcl")}
        words |= {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "acl")}
        if noun.head.lemma_.lower() == "leave" and any(
            c.lemma_.lower() in ("dead", "injured", "wounded") for c in noun.head.children
        ):
            words |= {c.lemma_.lower() for c in noun.head.children}
        if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass"):
            words.add(noun.head.head.lemma_.lower())
        if words & dead_words:
            put("dead", value)
        elif words & injured_words:
            put("injured", value)
    return found


def place_candidates(ctx: DocContext, sent: Span) -> list[Span]:
    places = ctx.doc.spans.get("ng_places") if "ng_places" in ctx.doc.spans else None
    if places is not None and len(places):
        return [p for p in places if sent.start_char <= p.start_char and p.end_char <= sent.end_char
                and (p._.ng_place or {}).get("mention", "name") == "name"]
    return [e for e in sent.ents if e.label_ in _PLACE_LABELS]


# Event types whose location is where something physical happened; for the others (statements,
# decisions, talks) a place counts only when it hangs on the trigger itself ("talks in Geneva"),
# not on what the statement is about ("called for a ceasefire in Gaza", "accused X of crimes in Darfur").
_MATERIAL_TYPES = frozenset({"AID", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"})
# Where something was sent or moved to is where the aid or deployment happened ("delivered … to
# the port of Aden", "deployed troops to the border").
_DESTINATION_TYPES = frozenset({"AID", "MOBILIZE"})
# Nouns whose "of" introduces the place's own name: "the town of Paletwa", "the port of Aden".
_KIND_NOUNS = frozenset(
    {"town", "city", "village", "port", "province", "governorate", "region", "district", "state", "capital",
     "camp", "suburb", "neighbourhood", "neighborhood", "area", "island", "enclave", "outskirts", "county",
     "oblast", "municipality", "settlement", "hamlet", "strip", "coast"}
)


# Nouns of a gathering: a place on them is where the event on them happened ("blocked the
# package at a summit in Brussels", "would not meet them at the conference in Doha").
_SETTING_NOUNS = frozenset({"summit", "meeting", "conference", "session", "talks", "ceremony", "rally", "forum",
                            "visit", "gathering", "hearing", "trial", "statement", "news", "briefing"})
# Verbs of going somewhere: "travel to Riyadh for talks" — the talks are in Riyadh.
_MOTION_VERBS = frozenset({"travel", "fly", "go", "head", "arrive", "come", "return", "visit", "journey"})


def _verb_of(trigger: Token) -> Token:
    """The verb a nominal trigger belongs to ("held talks", "travel … for talks"): the nearest verb
    above it; a verbal trigger is its own."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return trigger


def _attachment(root: Token) -> Token:
    """The token through which a place name hangs in its clause: itself, or the kind noun of "the
    town of X" / the name it is in apposition or coordination with."""
    token = root
    for _ in range(4):
        if token.dep_ in ("compound", "appos", "conj", "flat") and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _KIND_NOUNS:
            token = token.head.head
        else:
            break
    return token


def location(ctx: DocContext, sent: Span, trigger: Token, taken: set[int], event_type: str = "") -> Span | None:
    """The place an event happened: a place (ng_places, else a GPE/LOC/FAC entity) in the trigger's
    clause, attached by a locative preposition ("in", "near", "at" …) to the trigger, its verb or —
    for physical events — their arguments ("opened fire on protesters in Omdurman"); a place that
    is the object of a physical event ("shelled the Abu Shouk camp", "captured the village of
    X"); else the place in the subject's name ("a Moscow court sentenced"). Never a place
    beyond another verb ("agreed to swap prisoners after talks in Switzerland"). The nearest
    attachment wins; a container in the possessive ("Khartoum's twin city of Omdurman") or in
    the subject ("authorities in Rakhine imposed a curfew in Sittwe") gives way."""
    material = event_type in _MATERIAL_TYPES or not event_type
    verb = _verb_of(trigger)
    scope = {trigger.i, verb.i}
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        scope.add(verb.head.i)  # "stormed the building in the Green Zone, and forces fired tear gas"
    to_is_where = event_type in _DESTINATION_TYPES or verb.lemma_.lower() in _MOTION_VERBS
    locative_preps = _LOCATIVE | ({"to"} if to_is_where else set())
    best: tuple[int, Span] | None = None
    for place in place_candidates(ctx, sent):
        root = place.root
        fact = place._.ng_place if Span.has_extension("ng_place") else None
        if root.i in taken and not (material and fact and fact.get("feature") not in (None, "country")):
            continue  # a country attacked is the target; "an attack on the Kirkuk airport" is also where
        hang = _attachment(root)
        rank: int | None = None
        if root.dep_ in ("compound", "amod", "nmod") and root.head.dep_ in ("nsubj", "nsubjpass") and (
            root.head.head.i in scope and root.head not in place and fact and fact.get("feature") == "city"
        ):
            rank = 40  # "A Moscow court sentenced …"
        elif hang.dep_ == "pobj" and hang.head.lower_ in locative_preps:
            token, hops, nouns, crossed, in_subject = hang.head, 1, 0, False, False
            while token.i not in scope and token.head.i != token.i and hops < 8:
                token = token.head
                hops += 1
                if token.i in scope:
                    break
                if token.pos_ in ("VERB", "AUX"):
                    crossed = True
                    break
                if token.i in taken and token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
                    crossed = True  # part of a party's name: "The Islamic Resistance in Iraq"
                    break
                if token.pos_ == "NOUN" and not (token.dep_ == "dobj" and token.head.i in scope) and (
                    token.lemma_.lower() not in _SETTING_NOUNS
                ):
                    nouns += 1  # a name ("talks with Burns in Doha") or the trigger's object ("signed a deal
                    # in Cairo") is where the parser often hangs the verb's own place
                    in_subject = in_subject or token.dep_ in ("nsubj", "nsubjpass")
            if token.i in scope and not crossed and (material or nouns == 0):
                rank = hops + (5 if in_subject else 0)
        elif material and hang.dep_ in ("dobj", "nsubjpass") and hang.head.i in scope:
            rank = 0  # "shelled the camp", "the village was captured"
        if rank is None:
            continue
        if root.dep_ == "compound" and root.head.lemma_.lower() in _KIND_NOUNS:
            rank += 2  # "the West Bank village of Huwara": the village, not the West Bank
        if root.dep_ == "poss" or (place.end < len(ctx.doc) and ctx.doc[place.end].tag_ == "POS"):
            rank += 3
        if best is None or rank < best[0]:
            best = (rank, place)
    return best[1] if best else None


def time_for(ctx: DocContext, sent: Span, trigger: Token) -> Span | None:
    """The ng_times expression in the trigger's clause (one hanging on it or on its verb), else
    the nearest one in the sentence."""
    times = [
        t for t in ctx.doc.spans.get("ng_times", []) if sent.start_char <= t.start_char and t.end_char <= sent.end_char
    ]
    if not times:
        return None
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for t in times:
        token = t.root
        for _ in range(6):
            if token.i in (trigger.i, verb.i):
                return t
            if token.head.i == token.i:
                break
            token = token.head
    return min(times, key=lambda t: abs(t.root.i - trigger.i))


__all__ = [
    "DocContext",
    "Mention",
    "agent_of",
    "counts",
    "expand",
    "inner_entity",
    "location",
    "mention",
    "np_span",
    "prep_objects",
    "state_of",
    "subject_of",
    "time_for",
]
