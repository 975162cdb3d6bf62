"""ng_descriptors: the words an outlet uses to describe an actor — framing, not facts.

"Iraqi anti-terror movement Asa’ib Ahl al-Haq", "American forces occupying Iraq", "the Israeli
regime", "the Daesh terrorist group": each outlet picks its labels, and comparing them across
outlets is how analysts see framing. This annotator reads the parse around each named entity
and records the describing words with their evidence span; it judges nothing.

Forms read (the entity is E, a common noun is N):
- classifier    N is a category the entity is put in: "the Israeli regime", "the Daesh terrorist
                group", "terrorist group Daesh", "Iraqi anti-terror movement Asa’ib Ahl al-Haq";
- qualifier     E + an institution noun ("PMU forces", "American forces") is itself the actor, so
                only the words around it describe: "anti-terror PMU forces", "forces occupying Iraq";
- apposition    "Soleimani, top Iranian commander", "top … commanders – General Qassem Soleimani";
- epithet       an adjective on the name itself: "the so-called Islamic State".
Roles ("leader of X", "deputy head of Y") are read by the actors layer; they appear here only as
what an apposition says.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._extensions import text_of
from ._lexicons import word_set
from .actors import actor_at
from .base import annotator

LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
# Nouns that make "E + noun" the actor itself ("US forces" is an actor, not a description of the US).
INSTITUTION_NOUNS = word_set("""
    forces force troops soldiers military army navy militia militias government authorities officials
    police administration ministry parliament lawmakers mps fighters units brigades ships jets warplanes
    drones delegation embassy diplomats leadership security services intelligence people citizens nationals
""")
# Nouns that put an actor in a category: "the Daesh terrorist group", "the Israeli regime". Other
# heads after a name ("Asa’ib leader", "Iraqi soil", "the Iraqi intelligence service") denote
# something else, so they describe nothing about the name.
CATEGORY_NOUNS = word_set("""
    group groups movement organisation organization militia faction factions network outfit party alliance
    coalition regime entity occupation occupier occupiers terrorists terrorist rebels insurgents militants
    extremists jihadists separatists gang gangs cell cells resistance axis proxy proxies junta mercenaries
    thugs criminals aggressor aggressors enemy enemies
""")
# After a demonym or a country only these put the *country* in a category: "the Israeli regime",
# but "Iraqi armed groups" are groups that happen to be Iraqi, another actor.
STATE_CATEGORY_NOUNS = word_set("regime entity occupation occupier occupiers enemy enemies aggressor aggressors "
                                 "junta axis proxy proxies")
# Nouns naming a happening: a name in apposition to one is a parse error ("the assassination of …
# commanders – General Qassem Soleimani" hangs the name on "assassination").
EVENT_NOUNS = word_set("""
    assassination killing killings death deaths attack attacks strike strikes visit arrest election murder
    funeral release meeting speech statement decision war conflict talks bombing raid
""")
# Titles between a description and the name: "commanders – General Qassem Soleimani".
_TITLES = word_set("general gen. gen sheikh sheik dr. dr president prime minister colonel col. commander "
                    "ayatollah imam sayyed sayyid mr. mr mrs. mrs ms. ms")
# Compass words say where, not how: "northern Iraq" is a region, not a description of Iraq.
_COMPASS = word_set("northern southern eastern western central north south east west northeastern northwestern "
                     "southeastern southwestern north-eastern north-western south-eastern south-western upper lower "
                     "greater")
# Participles of speech say what a person is doing, not what they are ("X, speaking at …").
_SPEECH_PARTICIPLES = word_set("speaking saying talking writing adding citing quoted cited asked")
# Determiners and words that carry no description.
_EMPTY = word_set("the a an this that these those its their his her our some any")
_MAX_TOKENS = 10  # longer modifiers are clauses, not labels


def _np_left(head: Token) -> list[Token]:
    """The noun phrase up to and including `head`: its left edge to itself."""
    return list(head.doc[head.left_edge.i : head.i + 1])


def _words(tokens: list[Token], named: set[int]) -> str:
    """The describing words: not the name's tokens, no determiner in front, no punctuation at the edges."""
    kept = [t for t in tokens if t.i not in named]
    while kept and (kept[0].is_punct or kept[0].lower_ in _EMPTY):
        kept.pop(0)
    while kept and kept[-1].is_punct:
        kept.pop()
    return "".join(t.text_with_ws for t in kept).strip()


def _fact(doc: Doc, entity: Span, tokens: list[Token], kind: str, mention: Span | None = None,
          named: set[int] | None = None) -> dict[str, Any] | None:
    """A descriptor fact; `named` are the tokens that name the actor (default: the entity's)."""
    named = named if named is not None else set(range(entity.start, entity.end))
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "or")):
        tokens.pop()
    if not tokens or len(tokens) > _MAX_TOKENS:
        return None
    if len(tokens) == 1 and tokens[0].is_upper and len(tokens[0]) > 2:
        return None  # a dateline ("BAGHDAD —") read as an apposition
    label = _words(tokens, named)
    if not label or not any(t.is_alpha and t.pos_ in ("NOUN", "ADJ", "VERB") and t.i not in named for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    who = mention if mention is not None else entity
    text = text_of(doc)
    return {"id": f"desc_{start}_{end}_{entity.start_char}", "start": start, "end": end, "text": text[start:end],
            "label": label, "kind": kind,
            "entity": {"start": who.start_char, "end": who.end_char, "text": text[who.start_char : who.end_char],
                       "label": entity.label_}}


def _describe(doc: Doc, entity: Span) -> list[dict[str, Any]]:
    found: list[dict[str, Any] | None] = []
    root = entity.root
    head = root.head
    # E modifies a common noun: "the Daesh terrorist group", "the Israeli regime", "PMU forces".
    if root.dep_ in ("compound", "amod", "nmod", "poss") and head.pos_ == "NOUN" and head.i >= entity.end:
        if head.lower_ in INSTITUTION_NOUNS:
            mention = doc[entity.start : head.i + 1]
            before = [t for t in doc[head.left_edge.i : entity.start]
                      if t.lower_ not in _EMPTY and not t.like_num and t.pos_ != "NUM"]
            # words between the name and the noun qualify too: "US occupation forces"
            between = [t for t in doc[entity.end : head.i] if t.pos_ in ("NOUN", "ADJ", "VERB")]
            if before or between:
                named = {*range(entity.start, entity.end), head.i}
                found.append(_fact(doc, entity, before + list(mention), "qualifier", mention, named))
            found.extend(_clauses(doc, entity, head, mention))
        elif (root.dep_ != "poss" and not _names_another(doc, head, entity)
              and head.lower_ in (STATE_CATEGORY_NOUNS if entity.label_ in ("GPE", "NORP") else CATEGORY_NOUNS)):
            found.append(_fact(doc, entity, _np_left(head), "classifier"))
    # A common noun (with its modifiers) in compound before the name: "terrorist group Daesh".
    for child in root.lefts:
        if child.dep_ in ("compound", "appos") and child.pos_ == "NOUN" and child.i < entity.start:
            found.append(_fact(doc, entity, list(doc[child.left_edge.i : child.i + 1]), "classifier"))
        elif (child.dep_ == "amod" and child.i < entity.start and child.pos_ == "ADJ"
              and child.lower_ not in _COMPASS):
            found.append(_fact(doc, entity, list(doc[child.left_edge.i : child.i + 1]), "epithet"))
    # Appositions either way round.
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.lower_ not in EVENT_NOUNS:
            found.append(_fact(doc, entity, list(doc[child.left_edge.i : child.i + 1]), "apposition"))
    before = _before_title(doc, entity)
    if before is not None and before.text in ("–", "—", ":") and before.i > 0 and doc[before.i - 1].pos_ == "NOUN":
        found.append(_fact(doc, entity, _np_left(doc[before.i - 1]), "apposition"))  # "commanders – Gen. X"
    elif root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < entity.start and head.lower_ not in EVENT_NOUNS:
        found.append(_fact(doc, entity, _np_left(head), "apposition"))
    if root.pos_ == "PROPN" or entity.label_ in ("GPE", "NORP"):
        found.extend(_clauses(doc, entity, root, entity, participles=("VBN",)))
    return [f for f in found if f is not None]


def _before_title(doc: Doc, entity: Span) -> Token | None:
    """The token before the name and any titles in front of it."""
    i = entity.start - 1
    while i >= 0 and doc[i].lower_ in _TITLES:
        i -= 1
    return doc[i] if i >= 0 else None


def _names_another(doc: Doc, head: Token, entity: Span) -> bool:
    """Whether the category noun hangs on another name ("Iraqi anti-terror movement Asa’ib Ahl
    al-Haq"): then it describes that name, and the demonym is part of the description."""
    if head.dep_ in ("compound", "appos") and head.head.pos_ == "PROPN":
        return not (entity.start <= head.head.i < entity.end)
    return False


def _clauses(doc: Doc, entity: Span, head: Token, mention: Span,
             participles: tuple[str, ...] = ("VBG", "VBN")) -> list[dict[str, Any] | None]:
    """Participles after the actor: "American forces occupying Iraq", "the Houthis, backed by Iran"."""
    out: list[dict[str, Any] | None] = []
    for child in head.rights:
        if child.dep_ == "acl" and child.tag_ in participles and child.lower_ not in _SPEECH_PARTICIPLES:
            out.append(_fact(doc, entity, list(doc[child.i : child.right_edge.i + 1]), "qualifier", mention))
    return out


class DescriptorAnnotator:
    """The ng_descriptors component: `doc._.ng_descriptors` holds the facts."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        facts: dict[str, dict[str, Any]] = {}
        for entity in doc.ents:
            if entity.label_ in LABELS:
                for fact in _describe(doc, entity):
                    facts.setdefault(fact["id"], fact)
        for fact in facts.values():  # the actor described, as ng_actors resolved it
            cluster = actor_at(doc, fact["entity"]["start"], fact["entity"]["end"])
            if cluster is not None:
                fact["actor"] = {"id": cluster["id"], "name": cluster["name"], "kb_id": cluster.get("kb_id")}
        doc.user_data["ng_descriptors"] = sorted(facts.values(), key=lambda f: (f["start"], f["entity"]["start"]))
        return doc


def _record(doc: Doc) -> list[dict[str, Any]]:
    return list(doc.user_data.get("ng_descriptors", []))


@annotator("ng_descriptors", layer="descriptors", needs=["entities", "actors"], to_record=_record,
           requires=["token.dep", "doc.ents"])
def make_descriptors(nlp: Language, name: str) -> DescriptorAnnotator:
    return DescriptorAnnotator(name)
