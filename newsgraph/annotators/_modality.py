"""Modality of an event trigger: did the outlet report it happened (`asserted`), does a speaker
say so (`claimed`), or is it `planned`, `threatened`, `demanded`, `negated` or `hypothetical`?

Read from the dependency parse around the trigger: negation on the trigger or the verb a noun
trigger hangs on ("did not attack", "no talks"), auxiliaries ("will meet"), the verbs the trigger's
clause is the complement of ("plans to visit", "threatened to strike", "called for the release"),
and conditional subordinators ("if they attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from ._event_lexicon import Lexicon

_WILL = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})  # "said it would": a future seen from the past
_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Dependencies through which a clause or noun is the content of the word above it.
_COMPLEMENT_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "advcl",
        "conj",
        "nsubj",
        "nsubjpass",
        "attr",
        "oprd",
        "csubj",
        "aux",
        "npadvmod",
    }
)


def governing_verb(trigger: Token) -> Token:
    """The verb whose tense and negation a trigger takes: itself for a verb, the verb a noun
    trigger is the subject or object of ("talks began", "carried out an attack")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    token = trigger
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and token.head.pos_ in ("VERB", "AUX"):
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX"):
            return token.head.head
        if token.dep_ in ("conj", "appos", "compound"):
            token = token.head
            continue
        break
    return trigger


def is_negated(trigger: Token) -> bool:
    verb = governing_verb(trigger)
    for token in {trigger, verb}:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
            return True
    return False


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)


def _hypothetical(verb: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _HYPOTHETICAL_MODALS) and not auxes & {"have", "has"}


def chain_up(trigger: Token, limit: int = 6) -> list[Token]:
    """The words above a trigger whose complement it is, nearest first, up to the sentence root."""
    out = []
    token = trigger
    for _ in range(limit):
        if token.head.i == token.i or token.dep_ not in _COMPLEMENT_DEPS:
            break
        token = token.head
        out.append(token)
    return out


def modality(trigger: Token, lex: Lexicon, in_statement: bool) -> str:
    """One of asserted, claimed, planned, threatened, demanded, negated, hypothetical."""
    if is_negated(trigger):
        return "negated"
    verb = governing_verb(trigger)
    if _hypothetical(verb):
        return "hypothetical"
    threat, demand, plan = lex.word_list("threat_verbs"), lex.word_list("demand_verbs"), lex.word_list("plan_words")
    if _future(verb) or any(c.lower_ in ("upcoming", "planned", "proposed", "future") for c in trigger.children):
        found = "planned"
    else:
        found = ""
    # the verbs above, while the trigger is their complement: "is set to resume", "vowed to attack"
    for above in chain_up(verb):
        lemma = above.lemma_.lower()
        if above.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if lemma in ("fail", "refrain", "decline") and above.pos_ == "VERB":
            return "negated"  # "failed to reach agreement"
        if lemma in threat and above.pos_ == "VERB":
            return "threatened"
        if lemma in demand and above.pos_ in ("VERB", "NOUN"):
            return "demanded"
        if lemma in plan or (above.pos_ == "VERB" and _future(above)):
            found = found or "planned"
        if above.pos_ == "VERB" and _hypothetical(above):
            return "hypothetical"
        if above.pos_ == "VERB" and any(c.dep_ == "neg" for c in above.children) and lemma not in ("say", "tell"):
            return "negated"
        if above.pos_ == "VERB" and above.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            break
    if found:
        return found
    # "claimed responsibility for the bombing", "claimed the attack": its perpetrator says so
    if any(above.lemma_.lower() == "claim" and above.pos_ == "VERB" for above in list(trigger.ancestors)[:3]):
        return "claimed"
    return "claimed" if in_statement else "asserted"


__all__ = ["chain_up", "governing_verb", "is_negated", "modality"]
