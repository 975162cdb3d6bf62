"""ng_actors: who the article is about, one cluster per actor.

Mentions come from the corrected entities (names, demonyms, capitals), from phrases that name a
state's institutions by its adjective ("US forces", "Iraqi lawmakers", "the Baghdad government"),
from acronyms and other names the text defines ("Popular Mobilization Units (PMU), better known
as Hashd al-Sha'abi") and from the statements' speaker mentions, which ng_quotes has already
resolved ("The leader of … Asa’ib Ahl al-Haq has said" → Qais Khazali; "he said"). Mentions are
joined when they share a name key (transliteration variants meet), a built-in actor, a surname
of a full name, a defined acronym or a resolved speaker.

Each cluster becomes one fact: canonical name, type (PERSON/ORG/GPE), kind, country (ISO3),
sector, its mentions, the roles the text gives it (appositions, titles before a name,
descriptions: "commander of the Quds Force", "former US President"), the built-in actor it links
to (kb_id), and the offsets of its first mention. Credits, bylines and datelines' agencies are
the page's attribution, never actors. The clusters live in ``doc.user_data["ng_actors"]`` (plain
data); :func:`actor_at` finds the cluster of a character span for later annotators.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..kb.builtin import base_by_id
from ..kb.names import alias_key
from ..kb.resolve import Resolver, base_resolver, name_key
from ._actor_patterns import (
    ACRONYM,
    ACTOR_LABELS,
    ADMINISTRATION,
    APPOSITION,
    CAPITALISED_BEFORE,
    CREDIT_LINE,
    DATELINE,
    DATELINE_AFTER,
    DEALING_VERBS,
    DESCRIBED_KINDS,
    DESCRIPTION,
    FORMER,
    GROUP_POSSESSIVE,
    HEADS_OF_STATE,
    INSTITUTION_AFTER,
    INSTITUTIONS,
    KNOWN_AS,
    LEADING_TITLE,
    LED,
    LED_BY,
    LOCATIVE,
    MEMBER,
    MOTION_VERBS,
    NEXT_WORDS,
    NOUNS_BETWEEN,
    NP_END,
    ORG_WORDS,
    PHOTO_BY,
    PLACE_LABELS,
    PLACE_NOUNS,
    PRONOUNS,
    RANKS,
    REGIME,
    ROLE_AT_END,
    ROLE_AT_START,
    ROLE_THEN_OF,
    STATE_BODY,
    STOPWORDS,
    THE_COUNTRY,
    TITLED_NAME,
    TOPIC_WORDS,
    WHO_LEADS,
)
from ._extensions import text_of
from ._lexicons import capitals
from .base import annotator
from .entities import SPANS_KEY as ENTITIES_KEY
from .parts import SPANS_KEY as PARTS_KEY
from .quotes import SPANS_KEY as QUOTES_KEY

DATA_KEY = "ng_actors"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # name | acronym | demonym | institution | descriptor | pronoun
    label: str  # PERSON | ORG | GPE
    name: str  # the name the words give (without "the" or a possessive)
    base: Mapping[str, Any] | None = None  # the built-in actor they name, when they do
    country: str | None = None  # ISO3 the words tie it to (a demonym, a capital, an institution's state)
    sector: str | None = None
    category: str | None = None  # kind of actor the words say ("military" for "US forces")
    place: bool = False  # a town or region named as such, not as its government

    @property
    def is_name(self) -> bool:
        return self.kind in ("name", "acronym", "institution")


@dataclass
class Role:
    role: str
    of: int | None  # index of the mention it is a role in
    of_text: str | None
    ended: bool
    start: int
    end: int


@dataclass
class _Clusters:
    """Union-find over mention indices."""

    parent: list[int] = field(default_factory=list)

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class _Reader:
    """One pass over one Doc."""

    def __init__(self, doc: Doc, resolver: Resolver) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.resolver = resolver
        self.mentions: list[Mention] = []
        self.sets = _Clusters()
        self.roles: list[tuple[int, Role]] = []  # (mention index, role)
        self.credit_parts = [(s.start_char, s.end_char) for s in doc.spans.get(PARTS_KEY, [])
                             if s.label_ in ("credit", "byline")]

    # -- finding mentions ------------------------------------------------------------------------------
    def add(self, mention: Mention) -> int:
        self.mentions.append(mention)
        return self.sets.add()

    def is_credit(self, start: int, end: int) -> bool:
        """A name in a photo credit, a byline, or a dateline's agency: the page's attribution."""
        if any(s <= start < e for s, e in self.credit_parts):
            return True
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        if CREDIT_LINE.search(before) or PHOTO_BY.search(before):
            return True
        return bool(DATELINE.search(self.text[max(0, start - 45):start])
                    and DATELINE_AFTER.match(self.text[end:end + 4]))

    def entity_mentions(self) -> None:
        group = self.doc.spans.get(ENTITIES_KEY)
        ents = list(group) if group is not None else list(self.doc.ents)
        for ent in ents:
            label = ent.label_
            if label not in ACTOR_LABELS:
                continue
            attrs = ent._.ng_attrs or {}
            start, end, text = ent.start_char, ent.end_char, ent.text
            if attrs.get("role") == "credit" or self.is_credit(start, end):
                continue
            if text[:1] in "Tt" and text[:4].lower() == "the ":
                start, text = start + 4, text[4:]
            if " (" in text:  # "Zarqawi Liberation Front (ZLF": the acronym is read on its own
                cut = text.index(" (")
                end, text = start + cut, text[:cut]
            if text.endswith(("’s", "'s")):
                end, text = end - 2, text[:-2]
            if not text or text.lower().startswith(("anti-", "pro-", "non-")):
                continue
            if label == "PERSON":  # "Ayatollah Ali Khamenei": the title is a role, not the name
                lead = LEADING_TITLE.match(text)
                if lead and lead.end() < len(text):
                    start, text = start + lead.end(), text[lead.end():]
            self.add_entity(start, end, text, label)

    def titled_names(self) -> None:
        """People the model missed after a title ("Chancellor Scholz"), when the base knows the
        name as one person's."""
        covered = [(m.start, m.end) for m in self.mentions]
        for found in TITLED_NAME.finditer(self.text):
            s, e = found.span(1)
            if any(a < e and s < b for a, b in covered):
                continue
            person = self.resolver.lookup(found.group(1), "PERSON")
            if person is not None and not self.is_credit(s, e):
                self.add(Mention(s, e, found.group(1), "name", "PERSON", found.group(1), base=person,
                                 country=person.get("country")))

    def add_entity(self, start: int, end: int, text: str, label: str) -> None:
        country = self.resolver.demonym(text)
        if country is not None and label in ("NORP", "ORG", "GPE") and (label == "NORP" or text.lower()
                                                                           not in ("us", "u.s.")):
            self.add(Mention(start, end, text, "demonym", "GPE", text, base=country, country=country["id"]))
            return
        lookup_type = "ORG" if label in ("NORP", "LOC", "FAC") else label
        base = self.resolver.lookup(text, lookup_type)
        after_preposition = bool(LOCATIVE.search(self.text[max(0, start - 12):start]))
        if base is None and label in ("GPE", "ORG") and not after_preposition:
            # "Sudani" tagged GPE: a person the base knows by that very name ("in al-Assad" is a place)
            person = self.resolver.lookup(text, "PERSON")
            if person is not None and alias_key(text) in {alias_key(a) for a in (person["name"],
                                                                                  *person.get("aliases", ()))}:
                base, label = person, "PERSON"
        if base is None and label == "PERSON" and (capitals().get(text) or self.resolver.lookup(text, "GPE")):
            label = "GPE"  # "Sanaa" tagged PERSON
            base = self.resolver.lookup(text, "GPE")
        if label in PLACE_LABELS or label == "NORP":
            # a base, a sea, a community ("Shiite"): kept so that every name has its cluster, but
            # only as an actor of kind "other" unless the base names it ("the Pentagon")
            if base is not None:
                self.add(Mention(start, end, text, "name", "ORG", text, base=base, country=base.get("country")))
            else:
                self.add(Mention(start, end, text, "name", label, text, place=True))
            return
        if label == "PERSON" and base is None and LOCATIVE.search(self.text[max(0, start - 12):start]) \
                and text.lower().startswith(("al-", "al ")):
            return  # "in al-Assad": a place the small model took for a person
        if label != "PERSON" and base is None and LOCATIVE.search(self.text[max(0, start - 12):start]) \
                and text.lower().startswith(("al-", "al ", "ain ")):
            return
        if label == "PERSON" and base is None and {w.lower() for w in text.split()} & ORG_WORDS:
            label = "ORG"  # "Christian Democratic Union" tagged PERSON
        mention = Mention(start, end, text, "name", "GPE" if label == "GPE" else label, text, base=base)
        capital_of = capitals().get(text) or capitals().get(text.title()) if label in ("GPE", "ORG") else None
        country = self.resolver.lookup(capital_of, "GPE") if capital_of else None
        if country is not None and (base is None or base.get("kind") != "country"):
            if self.speaks_for_state(start, end):  # "Baghdad wanted", "accused Washington"
                # a seat of government that is no state's capital ("Erbil") speaks for its own body
                mention.base = base or (self.institution(country, "government") if country.get("kind") == "country"
                                        else country)
                mention.kind, mention.label = "institution", "ORG"
                mention.country, mention.sector, mention.category = (country.get("country") or country["id"], "GOV",
                                                                     "government body")
                if mention.base is None:
                    mention.name = f"{_demonym(country)} government"
            else:  # "in Baghdad": the city
                mention.base, mention.label, mention.place = None, "GPE", True
                mention.country = country.get("country") or country["id"]
        elif label == "GPE" and base is None:
            mention.place = True
        if mention.base is not None:
            mention.country = mention.base.get("country")
        self.add(mention)

    def speaks_for_state(self, start: int, end: int) -> bool:
        """A capital used for its government ("Washington said", "Moscow's ministry", "accused
        Washington", "pressure from Tehran"), not as a place ("in Baghdad", "control Sanaa", a
        dateline). Read from the parse: the name's head word is a subject, a possessor, the
        object of a verb of saying or dealing, or after from/with/between/to when nobody moves."""
        line_start = self.text.rfind("\n", 0, start) + 1
        if start == line_start and self.text[start:end].isupper():
            return False  # BAGHDAD (Reuters) -
        if re.match(r"^\s*(?:airport|province|governorate|city)\b", self.text[end:end + 14], re.I):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
            return True
        if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"):
            return True
        if head.dep_ == "dobj":
            return head.head.lemma_ in DEALING_VERBS
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "with", "between", "to", "by", "against"):
            verb = head.head.head
            return verb.lemma_ not in MOTION_VERBS and not (verb.pos_ == "NOUN" and verb.lower_ in PLACE_NOUNS)
        return False

    def institution(self, country: Mapping[str, Any], noun: str) -> Mapping[str, Any] | None:
        for name in (f"{_demonym(country)} {noun}", f"{country['name']} {noun}"):
            found = self.resolver.lookup(name, "ORG")
            if found is not None:
                return found
        return None

    def grow_to_base_names(self) -> None:
        """A name the model cut short where the base knows a longer one ("UN" of "UN nuclear
        watchdog"): the mention grows over up to three following words."""
        for i, m in enumerate(self.mentions):
            if m.label == "PERSON" or m.kind != "name":
                continue
            following = NEXT_WORDS.match(self.text, m.end)
            if not following:
                continue
            words = following.group(0).split()
            for n in range(len(words), 0, -1):
                end = self.text.index(words[n - 1], m.end) + len(words[n - 1])
                if self.text[end - 2:end] in ("’s", "'s"):  # "the UN nuclear watchdog's board"
                    end -= 2
                if any(o.start < end and m.end < o.end for o in self.mentions):
                    continue
                found = self.resolver.lookup(self.text[m.start:end], "ORG")
                if found is not None and found is not m.base and alias_key(self.text[m.start:end]) in {
                        alias_key(a) for a in (found["name"], *found.get("aliases", ()))}:
                    text = self.text[m.start:end]
                    self.mentions[i] = Mention(m.start, end, text, "name", "ORG", text, base=found,
                                               country=found.get("country"))
                    break

    def institution_mentions(self) -> None:
        """ "US forces", "Iraqi lawmakers", "the Baghdad government", "US-led coalition" and "the
        Israeli regime" (the state itself): the adjective's mention grows into the phrase."""
        for i, m in list(enumerate(self.mentions)):
            if m.kind not in ("demonym", "name") or m.label != "GPE":
                continue
            country = m.base if m.base is not None and m.base.get("kind") == "country" else None
            if country is None and m.place and m.country:
                country = self.resolver.get(m.country)
            if country is None:
                continue
            rest = self.text[m.end:m.end + 40]
            led = LED.match(rest)
            if led:
                phrase = self.text[m.start:m.end + led.end()]
                found = self.resolver.lookup(phrase, "ORG")
                self.mentions[i] = Mention(m.start, m.end + led.end(), phrase, "institution", "ORG", phrase,
                                           base=found, sector="MIL", category="military",
                                           country=(found or {}).get("country"))
                continue
            if REGIME.match(rest):
                end = m.end + REGIME.match(rest).end()  # type: ignore[union-attr]
                self.mentions[i] = Mention(m.start, end, self.text[m.start:end], "name", "GPE", m.name,
                                           base=country, country=country["id"])
                continue
            found = INSTITUTION_AFTER.match(rest)
            if not found or (not found.group("own") and not rest[:1].isspace() and rest[:1] != "-"):
                continue
            noun = found.group(2).lower()
            sector, category, common = INSTITUTIONS[noun]
            end = m.end + found.end()
            # "Mali's military government": the state keeps its own mention, the body begins after it
            start = m.end + found.start(2) if found.group("own") else m.start
            phrase = self.text[start:end]
            base = self.resolver.lookup(self.text[m.start:end], "ORG") or self.institution(country, common)
            name = base["name"] if base else f"{_demonym(country)} {common}"
            made = Mention(start, end, phrase, "institution", "ORG", name, base=base, country=country["id"],
                           sector=sector, category=category)
            if found.group("own"):
                self.add(made)
            else:
                self.mentions[i] = made

    def defined_names(self) -> None:
        """Acronyms in brackets after a name and names after "better known as"."""
        starts = {m.start: i for i, m in enumerate(self.mentions)}
        for i, m in enumerate(list(self.mentions)):
            if m.kind not in ("name", "institution"):
                continue
            end = m.end
            acr = ACRONYM.match(self.text[end:end + 20])
            if acr and self.fits_acronym(i, acr.group(1)):
                m = self.mentions[i]
                if m.label == "PERSON":  # "Christian Democratic Union (CDU)": people have no acronyms
                    m.label = "ORG"
                a_start, a_end = end + acr.start(1), end + acr.end(1)
                j = starts.get(a_start)
                if j is None:
                    j = self.add(Mention(a_start, a_end, acr.group(1), "acronym", m.label, acr.group(1), base=m.base,
                                         country=m.country))
                    starts[a_start] = j
                self.sets.union(i, j)
                self.mentions[j].kind, self.mentions[j].label = "acronym", m.label
                self.acronym_uses(acr.group(1), i)
                end += acr.end()
            known = KNOWN_AS.match(self.text[end:end + 40])
            if known:
                j = starts.get(end + known.end())
                if j is not None:
                    self.sets.union(i, j)

    def fits_acronym(self, i: int, acronym: str) -> bool:
        """Whether the name before "(ACR)" is the one the acronym stands for. When the model
        tagged only its tail ("Germany" of "Alternative for Germany (AfD)"), the mention grows
        back over capitalised words to the one the acronym starts with."""
        m = self.mentions[i]
        first = acronym[0].upper()
        if m.name[:1].upper() == first or (m.base is not None and acronym in m.base.get("aliases", ())):
            return True
        letters, initials = set(acronym.upper()) - set("-.&"), set(_initials(m.name))
        if len(initials) > 1 and (letters <= initials or initials <= letters):
            return True  # the acronym of the name in its own language: National Rally (RN)
        before = re.search(r"((?:[A-Z][\w’'-]*|of|for|the|and|al|de)\s+){1,5}$",
                           self.text[max(0, m.start - 60):m.start])
        if before is None:
            return False
        words = before.group(0).split()
        for word in words:
            if word[:1] == first and word[:1].isupper():
                start = m.start - len(before.group(0)) + before.group(0).index(word)
                if any(o.start < m.start and start < o.end for o in self.mentions):
                    return False
                text = self.text[start:m.end]
                base = self.resolver.lookup(text, "ORG")
                self.mentions[i] = Mention(start, m.end, text, "name", "ORG", text, base=base,
                                           country=(base or {}).get("country"))
                return True
        return False

    def acronym_uses(self, acronym: str, i: int) -> None:
        """Later uses of a defined acronym that the model did not tag."""
        covered = [(m.start, m.end) for m in self.mentions]
        for found in re.finditer(rf"\b{re.escape(acronym)}\b", self.text):
            same = [k for k, m in enumerate(self.mentions) if (m.start, m.end) == found.span()]
            if same:  # "the AfD" tagged PERSON: the defined acronym says what it is
                self.mentions[same[0]].label = self.mentions[i].label
                self.sets.union(i, same[0])
                continue
            if any(s <= found.start() < e for s, e in covered):
                continue
            j = self.add(Mention(found.start(), found.end(), acronym, "acronym", self.mentions[i].label, acronym,
                                 base=self.mentions[i].base, country=self.mentions[i].country))
            self.sets.union(i, j)

    # -- joining ---------------------------------------------------------------------------------------
    def join_by_name(self) -> None:
        by_key: dict[tuple[str, str], int] = {}  # (person, place or other; name key) → first mention
        by_base: dict[str, int] = {}
        for i, m in enumerate(self.mentions):
            if m.base is not None:
                first = by_base.setdefault(str(m.base["id"]), i)
                self.sets.union(first, i)
            if m.kind in ("name", "acronym", "institution"):
                # a town and the government its name stands for share the name, not the cluster
                key = ("P" if m.label == "PERSON" else "place" if m.place else "O", name_key(m.name))
                first = by_key.setdefault(key, i)
                self.sets.union(first, i)
        self.join_surnames()
        self.join_short_forms()

    def join_surnames(self) -> None:
        """A one-word name joins the nearest full name (before it, else after) that ends with it."""
        full = [(i, name_key(m.name).split()) for i, m in enumerate(self.mentions)
                if m.label == "PERSON" and m.kind == "name" and " " in m.name.strip()]
        for i, m in enumerate(self.mentions):
            if m.label != "PERSON" or m.kind != "name" or " " in m.name.strip():
                continue
            key = name_key(m.name)
            fits = [j for j, words in full if words and (words[-1] == key or key in words[1:])]
            if not fits:
                continue
            before = [j for j in fits if self.mentions[j].start < m.start]
            self.sets.union(i, before[-1] if before else fits[0])

    def join_short_forms(self) -> None:
        """ "Asa’ib" for "Asa’ib Ahl al-Haq", "IRGC" for "Islamic Revolution Guards Corps"."""
        orgs = [(i, alias_key(m.name).split(), _initials(m.name)) for i, m in enumerate(self.mentions)
                if m.label == "ORG" and m.kind == "name" and " " in m.name]
        for i, m in enumerate(self.mentions):
            if m.label != "ORG" or m.kind not in ("name", "acronym") or " " in m.name:
                continue
            key = alias_key(m.name)
            for j, words, initials in orgs:
                head = key.rstrip("s")  # "the Guards" (IRGC), "the Brigades" (Qassam Brigades)
                if (words and words[0] == key and len(key) > 3) or (m.name.isupper() and initials == m.name) or (
                        len(key) > 4 and m.name[:1].isupper()
                        and self.text[max(0, m.start - 4):m.start].lower() == "the "
                        and any(w.rstrip("s") == head for w in words[1:])):
                    self.sets.union(i, j)
                    break

    def speakers(self) -> None:
        """Statements' speaker mentions join the actor ng_quotes resolved them to."""
        for span in self.doc.spans.get(QUOTES_KEY, []):
            attrs = span._.ng_attrs or {}
            said_by, words = attrs.get("speaker"), attrs.get("speaker_mention")
            if not said_by or not words or not said_by.get("name"):
                continue
            target = self.mention_of(said_by)
            if target is None:
                continue
            start, end = words["start"], words["end"]
            same = [i for i, m in enumerate(self.mentions) if m.start == start and m.end == end]
            if same:
                other, named = self.mentions[same[0]], self.mentions[target]
                if not (other.is_name and name_key(other.name) != name_key(named.name)
                        and (other.base is None or other.base is not named.base)):
                    self.sets.union(target, same[0])  # never join two different names on a speaker's word
                continue
            if any(m.start <= start and end <= m.end for m in self.mentions):
                continue  # inside a name already counted
            text = self.text[start:end]
            kind = "pronoun" if text.lower() in PRONOUNS else "descriptor"
            j = self.add(Mention(start, end, text, kind, self.mentions[target].label, text))
            self.sets.union(target, j)
            if kind == "descriptor":
                self.descriptor_roles(j, start, end)

    def mention_of(self, said_by: Mapping[str, Any]) -> int | None:
        entity = said_by.get("entity")
        if entity and entity.startswith("ent_"):
            try:
                s, e = (int(x) for x in entity[4:].split("_"))
            except ValueError:
                s = e = -1
            for i, m in enumerate(self.mentions):
                if m.is_name and m.start < e and s < m.end:
                    return i
        key = name_key(said_by["name"])
        person = said_by.get("kind") == "person"
        for i, m in enumerate(self.mentions):
            if m.is_name and (m.label == "PERSON") == person and name_key(m.name) == key:
                return i
        return None

    def the_country(self) -> None:
        """ "the Arab country": the country named last before it."""
        countries = sorted((m.start, i) for i, m in enumerate(self.mentions)
                           if m.kind in ("name", "demonym") and m.base is not None and m.base.get("kind") == "country")
        if not countries:
            return
        starts = [s for s, _ in countries]
        for found in THE_COUNTRY.finditer(self.text):
            at = bisect_left(starts, found.start()) - 1
            if at < 0 or found.start() - starts[at] > 800:
                continue
            i = countries[at][1]
            s, e = found.start(), found.end()
            if any(m.start <= s < m.end for m in self.mentions):
                continue
            j = self.add(Mention(s, e, found.group(0), "descriptor", "GPE", found.group(0)))
            self.sets.union(i, j)

    def titles_as_names(self) -> None:
        """ "the crown prince" for the person the text gave that title."""
        holders: dict[str, list[tuple[int, int]]] = {}
        for i, role in self.roles:
            if self.mentions[i].label == "PERSON":
                holders.setdefault(role.role.lower(), []).append((self.mentions[i].start, i))
        if not holders:
            return
        words = "|".join(sorted((re.escape(r) for r in holders), key=len, reverse=True))
        for found in re.finditer(rf"\b[Tt]he\s+({words})\b(?!\s+(?:of|for)\b)", self.text):
            s, e = found.start(1), found.end(1)
            if any(m.start < e and s < m.end for m in self.mentions):
                continue
            earlier = [i for start, i in sorted(holders[found.group(1).lower()]) if start < s]
            if earlier:
                j = self.add(Mention(s, e, found.group(1), "descriptor", "PERSON", found.group(1)))
                self.sets.union(earlier[-1], j)

    def state_bodies_by_reference(self) -> None:
        """ "the federal government" for the government of the state named last; "the junta" for
        the junta named last."""
        for found in STATE_BODY.finditer(self.text):
            s, e = found.span(1)
            if any(m.start < e and s < m.end for m in self.mentions):
                continue
            earlier = [(m.start, i) for i, m in enumerate(self.mentions) if m.start < s and (
                (found.group(2) and m.kind == "institution" and m.category == "government body"
                 and m.sector == "GOV" and "junta" in m.text.lower())
                or (not found.group(2) and m.kind == "institution" and m.sector == "GOV"
                    and "junta" not in m.text.lower()))]
            if earlier:
                i = max(earlier)[1]
                j = self.add(Mention(s, e, found.group(1), "descriptor", "ORG", found.group(1)))
                self.sets.union(i, j)

    def descriptions_as_names(self) -> None:
        """ "the Iran-backed group", "the Lebanese group", "the Qatar-based network": the
        organisation named last before it. One span: the name inside it is not a mention."""
        orgs = sorted((m.start, i) for i, m in enumerate(self.mentions)
                      if m.label == "ORG" and m.kind in ("name", "acronym") and not m.place)
        if not orgs:
            return
        for found in DESCRIPTION.finditer(self.text):
            s, e = found.start(1), found.end(1)
            inside = [k for k, m in enumerate(self.mentions) if s <= m.start and m.end <= e]
            if any(m.start < e and s < m.end for k, m in enumerate(self.mentions) if k not in inside):
                continue
            allowed = DESCRIBED_KINDS.get(found.group(2).lower(), DESCRIBED_KINDS["group"])
            earlier = [i for start, i in orgs if start < s and s - start < 600
                       and (self.mentions[i].base or {}).get("kind") in allowed]
            if not earlier or (inside and any(self.mentions[k].kind not in ("name", "demonym") for k in inside)):
                continue
            for k in inside:  # "Iran" in "Iran-backed group" is not a mention of its own
                self.mentions[k].kind = "dropped"
            j = self.add(Mention(s, e, found.group(1), "descriptor", "ORG", found.group(1)))
            self.sets.union(earlier[-1], j)

    # -- roles -----------------------------------------------------------------------------------------
    def target_in(self, start: int, end: int) -> int | None:
        """The head actor of a noun phrase: the last named mention inside it that is not a
        possessive or an adjective of another ("Iraq’s PMU" → PMU)."""
        stop = NP_END.search(self.text, start, end)
        limit = stop.start() if stop else end
        inside = [(m.start, i) for i, m in enumerate(self.mentions)
                  if start <= m.start and m.end <= limit and m.kind in ("name", "acronym", "demonym", "institution")]
        return max(inside)[1] if inside else None

    def person_roles(self) -> None:
        starts = {m.start: i for i, m in enumerate(self.mentions) if m.label == "PERSON" and m.kind == "name"}
        for j, org in enumerate(self.mentions):  # "the RSF, which is led by Mohamed Hamdan Dagalo"
            if org.label == "ORG" and org.kind in ("name", "acronym"):
                led = LED_BY.match(self.text[org.end:org.end + 60])
                if led and org.end + led.end() in starts:
                    i = starts[org.end + led.end()]
                    self.roles.append((i, Role("leader", j, None, False, org.start, self.mentions[i].end)))
        for i, m in enumerate(self.mentions):
            if m.label != "PERSON" or m.kind != "name":
                continue
            if m.country is None:  # "Iraqi cleric Ali Fadhil": the adjective gives a nationality
                for other in self.mentions:
                    if other.kind == "demonym" and m.start - 60 < other.end < m.start and \
                            NOUNS_BETWEEN.match(self.text[other.end:m.start]):
                        m.country = (other.base or {}).get("id")
                        break
            self.apposition_role(i, m)
            self.title_role(i, m)
            admin = ADMINISTRATION.match(self.text[m.end:m.end + 20])
            if admin and m.base is not None:
                for r in m.base.get("roles", []):
                    if r.get("role", "").lower() == "president" and len(r.get("of", "")) == 3:
                        self.roles.append((i, Role("President", None, base_by_id()[r["of"]]["name"], False,
                                                   m.start, m.end + admin.end())))
                        break

    def apposition_role(self, i: int, m: Mention) -> None:
        """ "Qassem Soleimani, commander of the Quds Force", "X, Iran's foreign minister",
        "X, a Republican from Louisiana" (member)."""
        member = MEMBER.match(self.text[m.end:m.end + 30])
        if member:
            at = m.end + member.end()
            for j, other in enumerate(self.mentions):
                if other.start == at and other.kind == "name" and other.label in ("NORP", "ORG") and (
                        member.group(0).startswith(",") or other.label == "NORP"
                        or (other.base or {}).get("kind") == "political party"):
                    self.roles.append((i, Role("member", j, None, False, m.start, other.end)))
                    return
        who = WHO_LEADS.match(self.text[m.end:m.end + 40])
        if who:  # "X, who heads the Badr Organization"
            at = m.end + who.end()
            target = self.target_in(at, min(len(self.text), at + 120))
            if target is not None:
                self.roles.append((i, Role(_LEADS[who.group(1).lower()], target, None, False, m.start,
                                           self.mentions[target].end)))
            return
        lead = APPOSITION.match(self.text[m.end:m.end + 60])
        if not lead:
            return
        at = m.end + lead.end()
        window = self.text[at:at + 160]
        role = ROLE_AT_START.match(window)
        adjectives = re.match(r"^(?:[a-z][\w-]*\s+){1,2}", window) if role is None else None
        if adjectives and ROLE_THEN_OF.match(window[adjectives.end():]):  # "the masked spokesman of"
            at += adjectives.end()
            window = window[adjectives.end():]
            role = ROLE_AT_START.match(window)
        if role is None:
            # "X, Iran's foreign minister" / "X, the Iraqi prime minister"
            for j, other in enumerate(self.mentions):
                if other.start == at and other.kind in ("name", "demonym", "acronym"):
                    rest = self.text[other.end:other.end + 60]
                    rest_at = other.end + (2 if rest.startswith(("’s", "'s")) else 0)
                    role = ROLE_AT_START.match(self.text[rest_at:rest_at + 60].lstrip())
                    if role:
                        gap = len(self.text[rest_at:rest_at + 60]) - len(self.text[rest_at:rest_at + 60].lstrip())
                        self.roles.append((i, Role(_role_name(role.group("role")), j, None, False, at,
                                                   rest_at + gap + role.end())))
                    return
            return
        former = bool(re.match(r"(?:former|ex-)", role.group("role"), re.I))
        of = ROLE_THEN_OF.match(window)
        if of:
            target = self.target_in(at + of.end(), at + len(window))
            if target is not None:
                self.roles.append((i, Role(_role_name(of.group("role")), target, None, former, at,
                                           self.mentions[target].end)))

    def title_role(self, i: int, m: Mention) -> None:
        """ "former US President Donald Trump", "Iraqi Prime Minister Mohammed Shia al-Sudani",
        "Pentagon spokesman Major General Pat Ryder", "Houthi military spokesman Yahya Saree"."""
        before = self.text[max(0, m.start - 90):m.start]
        rank = RANKS.search(before)
        while rank:  # "Army chief General …", "Interim President Colonel …"
            before = before[:rank.start()]
            rank = RANKS.search(before)
        role = ROLE_AT_END.search(before)
        if role is None or role.end() < len(before) - 1:
            return
        offset = m.start - len(self.text[max(0, m.start - 90):m.start])
        role_start, role_end = offset + role.start(), offset + role.end("role")
        name = _role_name(role.group("role"))
        # "Israeli military spokesman": the institution "Israeli military" took the role's first word
        holder = next((j for j, o in enumerate(self.mentions) if o.start < role_start < o.end < role_end
                       and o.kind == "institution"), None)
        if holder is not None:
            target = holder
            name = _role_name(self.text[self.mentions[holder].end:role_end])
        else:
            target = self.mention_before(role_start)
        if target is None:  # "the group's secretary-general Ahmed al-Hamidawi"
            target = self.described_owner(role_start)
        first = self.mentions[target].start if target is not None else role_start
        former = FORMER.search(self.text[max(0, first - 12):first])
        ended = bool(former) or role.group("role").lower().startswith(("former", "ex-"))
        if target is None and name.lower() not in HEADS_OF_STATE:
            return
        self.roles.append((i, Role(name, target, None, ended, first - len(former.group(0)) if former else first,
                                   role_end)))

    def described_owner(self, at: int) -> int | None:
        """The organisation "the group's" stands for right before a title: the last one named
        before it of a kind the noun fits."""
        owner = GROUP_POSSESSIVE.search(self.text[max(0, at - 30):at])
        if owner is None:
            return None
        allowed = DESCRIBED_KINDS.get(owner.group(1).lower(), DESCRIBED_KINDS["group"])
        earlier = [(mm.start, j) for j, mm in enumerate(self.mentions) if mm.start < at - 30 and mm.label == "ORG"
                   and mm.kind in ("name", "acronym") and (mm.base or {}).get("kind") in allowed]
        return max(earlier)[1] if earlier else None

    def mention_before(self, at: int) -> int | None:
        """The actor named right before a title: "US" in "US President", "Iraq" in "Iraq's
        prime minister", "KRG" in "(KRG) Prime Minister"; else capitalised words the base knows
        ("Houthi military spokesman"), which become a mention."""
        for j, other in enumerate(self.mentions):
            gap = self.text[other.end:at]
            if other.end <= at and gap in (" ", "’s ", "'s ", ") ", "’ ", "' ") and other.kind != "pronoun":
                return j
        words = CAPITALISED_BEFORE.search(self.text[max(0, at - 50):at])
        if words is None:
            return None
        phrase = words.group(1).strip()
        start = at - len(words.group(1))
        for cut in range(len(phrase.split())):  # the longest known tail: "Yemen's Houthi" → "Houthi"
            tail = " ".join(phrase.split()[cut:])
            base = self.resolver.demonym(tail) or self.resolver.lookup(tail, "ORG")
            if base is not None:
                s = start + phrase.index(tail) if cut else start
                if any(mm.start <= s < mm.end for mm in self.mentions):
                    return None
                kind = "demonym" if base.get("kind") == "country" else "name"
                j = self.add(Mention(s, s + len(tail), tail, kind, "GPE" if kind == "demonym" else "ORG", tail,
                                     base=base, country=base.get("country")))
                return j
        return None

    def descriptor_roles(self, i: int, start: int, end: int) -> None:
        """ "The leader of Iraqi anti-terror movement Asa’ib Ahl al-Haq", "Asa’ib leader"."""
        words = self.text[start:end]
        of = ROLE_THEN_OF.search(words)
        if of:
            target = self.target_in(start + of.end(), end)
            if target is not None:
                self.roles.append((i, Role(_role_name(of.group("role")), target, None, False, start, end)))
                return
        role = ROLE_AT_END.search(words)
        if role:
            role_start = start + role.start()
            for j, other in enumerate(self.mentions):
                if start <= other.start and other.end <= role_start and \
                        self.text[other.end:role_start] in (" ", "’s ", "'s "):
                    self.roles.append((i, Role(_role_name(role.group("role")), j, None, False, start, end)))
                    return

    # -- the clusters --------------------------------------------------------------------------------
    def read(self) -> list[dict[str, Any]]:
        self.entity_mentions()
        self.grow_to_base_names()
        self.titled_names()
        self.institution_mentions()
        self.defined_names()
        self.join_by_name()
        self.person_roles()
        self.speakers()
        self.the_country()
        self.titles_as_names()
        self.descriptions_as_names()
        self.state_bodies_by_reference()
        self.join_by_name()  # again: mentions found since (titles' owners, speakers) join their kin
        members: dict[int, list[int]] = {}
        for i in range(len(self.mentions)):
            members.setdefault(self.sets.find(i), []).append(i)
        clusters = [self.cluster(sorted(ids, key=lambda k: (self.mentions[k].start, self.mentions[k].end)))
                    for ids in members.values()]
        clusters = [c for c in clusters if c is not None]
        clusters.sort(key=lambda c: (c["start"], c["end"]))
        ids = {}
        for c in clusters:
            c["id"] = f"actor_{c['start']}_{c['end']}"
            for k in c.pop("_members"):
                ids[k] = c
        by_kb = {c["kb_id"]: c for c in clusters if c["kb_id"]}
        for c in clusters:
            facts = [self.role_fact(c, r, ids, by_kb) for r in c.pop("_roles")]
            c["roles"] = list({(f["role"], f["of"], f["evidence"]["start"]): f for f in facts}.values())
        return clusters

    def role_fact(self, owner: dict[str, Any], role: Role, ids: dict[int, dict[str, Any]],
                  by_kb: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """A role as a fact. A title with no "of" in the text ("President Joe Biden") takes the
        office the built-in base gives the person under that title, when there is one."""
        target = ids.get(role.of) if role.of is not None else None
        of = target["name"] if target else role.of_text
        if target is None and owner.get("kb_id"):
            base = base_by_id().get(owner["kb_id"]) or {}
            for known in base.get("roles", []):
                if known.get("role", "").lower() == role.role.lower() and known.get("of"):
                    target = by_kb.get(known["of"])
                    of = target["name"] if target else base_by_id().get(known["of"], {}).get("name", known["of"])
                    break
        return {"role": role.role.lower(), "of": of, "of_id": target["id"] if target else None, "ended": role.ended,
                "evidence": {"start": role.start, "end": role.end, "text": self.text[role.start:role.end]}}

    def cluster(self, ids: list[int]) -> dict[str, Any] | None:
        ids = [i for i in ids if self.mentions[i].kind != "dropped"]
        ms = [self.mentions[i] for i in ids]
        names = [m for m in ms if m.is_name or m.kind == "demonym"]
        if not names:
            return None
        bases = Counter(str(m.base["id"]) for m in ms if m.base is not None)
        base = base_by_id().get(bases.most_common(1)[0][0]) if bases else None
        labels = Counter(m.label for m in names)
        label = "GPE" if base is not None and base.get("kind") == "country" else labels.most_common(1)[0][0]
        if base is not None and base.get("type") in ("PERSON", "ORG", "GPE"):
            label = str(base["type"])
        own = [m for m in names if m.kind in ("name", "institution")] or names
        if base is not None:
            name = str(base["name"])
        else:
            name = max(own, key=lambda m: (len(m.name.split()), len(m.name), -m.start)).name
        kind = base.get("kind") if base is not None else _guess_kind(label, own)
        country = (base.get("country") if base is not None else None) or next(
            (m.country for m in ms if m.country), None) or self.country_from_text(ms)
        sector = (base.get("sector") if base is not None else None) or next((m.sector for m in ms if m.sector), None)
        if base is None and any(m.place for m in names) and not any(m.kind == "institution" for m in names):
            kind = "other"
        first = ms[0]
        roles = [r for i, r in self.roles if i in ids]
        if country is None and label == "PERSON":  # a person's country from the offices the text gives
            for r in roles:
                held = self.mentions[r.of] if r.of is not None else None
                if held is not None and (held.country or (held.base or {}).get("country")):
                    country = held.country or (held.base or {}).get("country")
                    break
        return {"id": "", "name": name, "type": label, "kind": kind, "country": country, "sector": sector,
                "kb_id": base["id"] if base is not None else None, "start": first.start, "end": first.end,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind} for m in ms],
                "_roles": roles, "_members": ids}

    def country_from_text(self, ms: list[Mention]) -> str | None:
        """An organisation's country from the adjective or possessive right before its name
        ("Iraqi anti-terror movement Asa’ib Ahl al-Haq", "Iraq’s PMU")."""
        for m in ms:
            if not m.is_name:
                continue
            before = self.text[max(0, m.start - 40):m.start]
            for other in self.mentions:
                if other.base is not None and other.base.get("kind") == "country" and \
                        m.start - 40 <= other.start < m.start and "," not in self.text[other.end:m.start] \
                        and len(self.text[other.end:m.start].split()) <= 3 and before:
                    return str(other.base["id"])
        return None


def _demonym(country: Mapping[str, Any]) -> str:
    demonyms = [d for d in country.get("demonyms", ()) if d not in ("US", "U.S.")]
    return demonyms[0] if demonyms else str(country["name"])


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in STOPWORDS).upper()


_LEADS = {"leads": "leader", "heads": "head", "commands": "commander", "chairs": "chairman", "runs": "head"}


def _role_name(text: str) -> str:
    """The title without "former" and without the words that only say what a role is about
    ("military spokesman", "national security spokesman" → "spokesman")."""
    text = re.sub(r"^(?:former|ex-)\s*", "", " ".join(text.split()), flags=re.I)
    return TOPIC_WORDS.sub("", text) or text


_KIND_WORDS = (
    ("military", ("army", "forces", "military", "navy", "air force", "troops", "command")),
    ("armed group", ("brigade", "brigades", "militia", "battalion", "front", "jihad", "resistance", "mujahideen")),
    ("government body", ("ministry", "government", "council", "parliament", "assembly", "administration", "agency",
                         "department", "office", "cabinet", "court", "commission")),
    ("news agency", ("news", "tv", "television", "times", "post", "press", "radio")),
)


def _guess_kind(label: str, mentions: list[Mention]) -> str:
    if label == "PERSON":
        return "person"
    for m in mentions:
        if m.category:
            return m.category
    words = {w.lower() for m in mentions for w in m.name.split()}
    for kind, cues in _KIND_WORDS:
        if words & set(cues):
            return kind
    return "organisation" if label == "ORG" else "other"


class ActorAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[DATA_KEY] = _Reader(doc, base_resolver()).read()
        return doc


def actors_of(doc: Doc) -> list[dict[str, Any]]:
    """The actor clusters of an annotated Doc (plain dicts, as in the record)."""
    return list(doc.user_data.get(DATA_KEY) or [])


def actor_at(doc: Doc, start: int, end: int) -> dict[str, Any] | None:
    """The cluster a character span belongs to: the mention with exactly these offsets, else the
    smallest mention containing the span, else the largest mention inside it."""
    exact = containing = inside = None
    for cluster in actors_of(doc):
        for m in cluster["mentions"]:
            if m["start"] == start and m["end"] == end:
                exact = cluster
            elif m["start"] <= start and end <= m["end"]:
                size = m["end"] - m["start"]
                if containing is None or size < containing[0]:
                    containing = (size, cluster)
            elif start <= m["start"] and m["end"] <= end:
                size = m["end"] - m["start"]
                if inside is None or size > inside[0]:
                    inside = (size, cluster)
    if exact is not None:
        return exact
    if containing is not None:
        return containing[1]
    return inside[1] if inside is not None else None


def _record(doc: Doc) -> list[dict[str, Any]]:
    return actors_of(doc)


@annotator("ng_actors", layer="actors", needs=["entities", "quotes"], version="1", to_record=_record,
           requires=["doc.spans"])
def make_actors(nlp: Language, name: str) -> ActorAnnotator:
    return ActorAnnotator(name)


__all__ = ["DATA_KEY", "ActorAnnotator", "actor_at", "actors_of"]
