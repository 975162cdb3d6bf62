"""Finding place mentions: where in the text a place is named (ng_places, step one).

Sources of mentions, each a :class:`Proposal` with the evidence span and what the words around it
say about the kind of place:

- the model's GPE, LOC and FAC entities (after ng_entities' corrections);
- runs of capitalised words ("Ain al-Assad", "Deir ez-Zor", "Strait of Hormuz") whose words, or
  a stretch of them, are a gazetteer name: names from newsgraph's alias table anywhere; other
  gazetteer names only where the context says "place" (after "in", "near", "outside" …), since
  towns share names with people and words ("Jordan", "Reading", "Of");
- facility phrases: "X airbase", "X air base", "X airport", "X crossing", "port of X";
- kind words: "Anbar province", "the province of Anbar", "the city of Erbil";
- regions: "northern Syria", "the west of the country", "the north of Iraq".

What is never a place: nationality words ("Iraqi"), months and weekdays, a town's name inside a
person's name ("Jim Jordan"), a capital standing for its government ("Washington said",
"Moscow's defence ministry"), and the first half of "Iran-backed".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ._lexicons import word_set

# A capitalised word, maybe with the Arabic article ("al-Harir") and hyphenated parts ("Deir ez-Zor"
# is two words), ending in a letter: "Emirates’ rulers" and "Iraq’s" give "Emirates" and "Iraq".
# "St. Cloud", "Mt. Vernon", "Ft. Worth": the abbreviated first word is part of the name ("Main St. The
# mayor …" is a street's end and a sentence's start).
# (capitals with accents too: "Şanlıurfa", "Łódź", "İzmir", "Évora")
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_WORD = (r"(?:(?:St|Ste|Mt|Ft)\.[ ](?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That)\b)(?=[A-Z]))?"
             rf"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrstz])[-‑])?[{UPPER}](?:[\w’'‘ʿʾ]*\w)?"
             r"(?:[-‑]\w(?:[\w’'‘ʿʾ]*\w)?)*(?<![’']s)")
# Lower-case words inside a name: "Strait of Hormuz", "Ayn al Asad", "Rio Grande do Sul",
# "Frankfurt am Main", "Newcastle upon Tyne".
_LINK = (r"(?:[ ]+(?:of[ ]+(?:the[ ]+)?|al[ ]+|el[ ]+|bin[ ]+|ibn[ ]+|de[ ]+|la[ ]+|le[ ]+|ez[ ]+|ad[ ]+|do[ ]+|"
         r"da[ ]+|dos[ ]+|das[ ]+|del[ ]+|di[ ]+|du[ ]+|des[ ]+|am[ ]+|upon[ ]+|y[ ]+)?)")
RUN = re.compile(rf"{NAME_WORD}(?:{_LINK}{NAME_WORD})*")
WORD = re.compile(NAME_WORD)

_FACILITY = re.compile(
    r"[ ]+((?:international[ ]+)?airport|air[ ]?base|airbase|air[ ]?field|airfield|military[ ]+airport|"
    r"military[ ]+base|naval[ ]+base|base|border[ ]+crossing|border[ ]+gate|border[ ]+post|crossing|terminal|"
    r"(?:refugee|displacement|displaced[ ]+persons?|idp)[ ]+camp|camp|port|highway|"
    r"nuclear[ ]+(?:power[ ]+)?(?:plant|facility|site)|power[ ]+plant|power[ ]+station|dam|refinery|"
    r"(?:oil|gas)[ ]+field|oil[ ]+terminal|checkpoint|junction|prison|hospital|bridge|outpost|garrison|barracks|"
    r"laboratory|racecourse|quarantine[ ]+station)\b",
    re.I)
AIR_WORDS = ("airport", "air base", "airbase", "air field", "airfield", "base", "military airport",
             "international airport", "airbase", "military base", "naval base")
# "Anbar province", "Barrow County", "Rapides Parish" ("State" and "Region" in capitals are too
# often part of other names: "Islamic State")
_KIND_AFTER = re.compile(r"[ ]+(province|governorate|region|district|department|state|oblast|county|parish|peninsula|"
                         r"regency|Province|Governorate|District|Oblast|County|Parish|Regency|Krai|Kray|Okrug|"
                         # Russia's and China's: "Yamalo-Nenets Autonomous Okrug", "Tibet Autonomous Region"
                         r"Autonomous[ ]+(?:Okrug|Oblast|Region|Prefecture|Republic))\b")
_KIND_BEFORE = re.compile(
    r"\b(port|city|town|village|province|governorate|state|region|district|oblast|county|capital|suburb|"
    r"neighbou?rhood|camp|island|enclave|provinces|governorates|states|regions|districts|cities|towns|villages)"
    r"[ ]+of[ ]+$", re.I)
# the later names of a list after a plural kind word: "the villages of Nuli and Avnevi", "the villages
# of Ceamurlia de Jos, Maliuc and Caraorman" — and every name of one it gives examples of:
# "concentration camps such as Auschwitz", "cities like Homs and Hama"
_LIST_MEMBER = r"[A-Z][\w’'‘-]*(?:[ ]+(?:(?:de|del|da|do|la|le|al|el|du|des|di|van|von)[ ]+)?[A-Z][\w’'‘-]*){0,2}"
_LIST_KINDS = (r"(provinces|governorates|regions|districts|cities|towns|villages|camps|islands)"
               r"[ ]+(of|such[ ]+as|including|like)[ ]")
_PLURAL_KIND_OF = re.compile(rf"\b{_LIST_KINDS}")
_KIND_LIST_BEFORE = re.compile(rf"\b{_LIST_KINDS}[ ]*(?:{_LIST_MEMBER}(?:,[ ]+and|,|[ ]+and|[ ]+or)[ ]+)+$")
_KIND_EXAMPLES_BEFORE = re.compile(rf"\b{_LIST_KINDS}[ ]*(?:{_LIST_MEMBER}(?:,[ ]+and|,|[ ]+and|[ ]+or)[ ]+)*$")
# "the Yemeni capital Sanaa", "the southern port city Aden", "the border town Rafah": a kind word
# without "of", after "the" and at most three describing words.
_KIND_BARE = re.compile(
    r"\b(?:the|a|an)[ ]+(?:[A-Za-z][a-z’'-]*[ ]+){0,3}?(?:port[ ]+)?(capital|city|town|village)[ ]+$")
# an apposition that says what the name is: "Antigua, the colonial city popular with tourists",
# "Moore, a town of 55,000", "Mosul, Iraq's second city" — the kind word closes the phrase or a
# clause follows it (not "Paris, the city's mayor", "Ohio, the state prosecutor")
_KIND_APPOSED = re.compile(
    r",[ ]+(?:the|a|an|[A-Z][A-Za-z-]+['’]s)[ ]+(?:[A-Za-z][a-z’'-]*[ ]+){0,3}?"
    r"(capital|city|town|village|province|governorate|state|region|district)"
    r"(?=[,.;:)]|[ ]+(?:of|in|on|near|where|which|that|known|popular|famous|with|and|about|some|just)\b)")
_GOVERNMENT_WORDS = word_set(
    "government ministry foreign defence defense military army top commander commanders officials leaders "
    "leadership president prime embassy envoy ambassador spokesman spokeswoman regime forces troops navy "
    "allies position decision response stance move policy authorities administration security "
    "intelligence decision-makers negotiators delegation")
# Words after which a capitalised name is a place. Strong: locating prepositions ("in Mosul"),
# compass words ("north of Baghdad") and verbs of attack, capture and flight (conflict reporting:
# "seized Kidal", "shelled Kharkiv", "fled Bakhmut") — enough even for a name the model calls a
# person. Weak: "on" ("strikes on Rafah"), "including" — enough for a gazetteer name the model
# did not tag ("on Clinton" is about the man).
_STRONG_LOCATIVE = frozenset({
    "in", "near", "at", "outside", "around", "into", "toward", "towards", "across", "through", "from", "between",
    "inside", "within", "via", "off", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "northern", "southern", "eastern", "western", "central", "town", "city", "village",
    "entered", "seized", "captured", "struck", "shelled", "bombed", "besieged", "raided", "took", "visited",
    "fled", "reached", "recaptured", "retook", "stormed", "overran", "liberated", "evacuated", "hit", "pounded",
    "bombarded", "encircled", "surrounded"})
# (and "in nearby Champaign", "neighboring Bangladesh": a place beside another)
_LOCATIVE = _STRONG_LOCATIVE | frozenset({"on", "including", "nearby", "neighboring", "neighbouring"})
_SPEECH = frozenset({"said", "says", "told", "added", "warned", "stated", "announced", "claimed", "insisted",
                     "argued", "noted", "wrote", "tweeted", "asked", "replied", "denied", "confirmed"})
_NOT_NAMES = word_set(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec mon tue "
    "tues wed thu thur thurs fri sat sun north south east west northern southern eastern western "
    "god allah i mr mrs ms dr president over under about across along among during since until within "
    "without through although because however also still even just only "
    "minister general the a an he she they we it this that these those but and or if in on at of for by "
    "with after before when while as so his her their its our my your army police congress parliament "
    "senate government christmas easter ramadan eid thanksgiving halloween passover hanukkah diwali "
    "both either neither each every all any some many most several few other another such "
    "there here then than what which who whom whose where how why from to into upon home")
_DIRECTIONS = {
    "north": (0.8, 0.5), "south": (0.2, 0.5), "east": (0.5, 0.8), "west": (0.5, 0.2), "central": (0.5, 0.5),
    "centre": (0.5, 0.5), "center": (0.5, 0.5), "northeast": (0.8, 0.8), "northwest": (0.8, 0.2),
    "southeast": (0.2, 0.8), "southwest": (0.2, 0.2),
}
_DIR = r"(north|south|east|west|central|centre|center|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)"
_DIR_ADJ = re.compile(rf"\b{_DIR}(?:ern)?[ ]+(?={NAME_WORD})")  # lower case: "North Darfur" is a name
_DIR_OF = re.compile(
    rf"\bthe[ ]+{_DIR}(?:ern)?(?:[ ]+part)?(?:[ ]+and[ ]+(?:in[ ]+)?the[ ]+{_DIR}(?:ern)?(?:[ ]+part)?)?"
    rf"[ ]+of[ ]+(the[ ]+country|(?-i:{NAME_WORD}(?:[ ]+{NAME_WORD})*))", re.I)  # names keep their capitals


def direction(word: str) -> tuple[float, float]:
    """(share of the latitude span, share of the longitude span) of a compass word."""
    key = word.lower().replace("-", "").replace(" ", "")
    key = {"n.": "north", "s.": "south", "e.": "east", "w.": "west"}.get(key, key)
    if key.startswith("far") and len(key) > 3:  # "Far North Queensland": its north (the point's shift is capped anyway)
        key = key[3:]
    for suffix in ("ern",):
        if key.endswith(suffix) and key[: -len(suffix)] in _DIRECTIONS:
            key = key[: -len(suffix)]
    return _DIRECTIONS.get(key, (0.5, 0.5))


@dataclass
class Proposal:
    """A stretch of text that may name a place, and what its context says."""

    start: int
    end: int
    source: str  # entity, alias, gazetteer, facility, kind, region, short, repeat, dateline, demonym, party
    name_start: int = -1  # the name inside the span ("Baghdad" in "Baghdad airport"); -1: the whole span
    name_end: int = -1
    hint: str | None = None  # airport, crossing, port, camp, …; admin1; city
    label: str | None = None  # the model's entity label, when one covers it
    directions: list[tuple[float, float]] = field(default_factory=list)  # regions: compass parts
    of_country: bool = False  # "the west of the country": the article's country
    priority: int = 0  # on equal length, the higher wins
    lookup: str | None = None  # the name to look up when the text abbreviates it ("Pa." → Pennsylvania)
    metonym: bool = False  # the place stands for its government: "Washington said", "Tamil Nadu accused"
    in_word: bool = False  # a part of a hyphenated word ("Ohio" of "Iowa-Ohio State"): found, but no witness

    @property
    def name_span(self) -> tuple[int, int]:
        return (self.start, self.end) if self.name_start < 0 else (self.name_start, self.name_end)


def previous_word(text: str, start: int) -> str:
    # (not across a sentence's end: "… in Kansas City. Bond for …" has no "city" before "Bond")
    m = re.search(r"(\w+)[^\w.!?]{0,3}$", text[max(0, start - 30): start])
    return m.group(1).lower() if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"\W{0,3}(\w+)", text[end: end + 30])
    return m.group(1).lower() if m else ""


def is_compound_modifier(text: str, end: int) -> bool:
    """ "Anti-war", "Frankenstein-esque": the word modifies another joined by a hyphen — but
    "Atlanta-area calls" and "the Albany-based weather service" still name the place, and
    "Iran-backed militias", "Georgian-controlled villages" still speak of the country
    (`agent_compound`)."""
    return bool(re.match(r"[-‑][a-z]", text[end: end + 2])) and not (
        _PLACE_COMPOUND.match(text, end) or _AGENT_COMPOUND.match(text, end))


_PLACE_COMPOUND = re.compile(r"[-‑](?:area|based|region|wide)\b")  # "a Canada-wide warrant"
# the place, its government or its people did what the word says: "Saudi-led", "US-made",
# "Cypriot-flagged", "the Greek-majority island" (geoparsing corpora count these mentions)
_AGENT_COMPOUND = re.compile(
    r"[-‑](?:led|backed|controlled|owned|run|held|funded|financed|sponsored|supported|allied|aligned|brokered|"
    r"dominated|occupied|administered|governed|flagged|registered|majority|born|made|built|trained|educated)\b")


def agent_compound(text: str, end: int) -> bool:
    return _AGENT_COMPOUND.match(text, end) is not None


def place_compound(text: str, end: int) -> bool:
    """ "Northbrook-based", "the Atlanta-area": the name with a word that says it is a place."""
    return _PLACE_COMPOUND.match(text, end) is not None


def is_possessive(text: str, end: int) -> bool:
    """ "Lara's", and a name ending in s with the apostrophe alone ("in Flores' honor")."""
    return text[end: end + 2] in ("'s", "’s") or (
        end > 0 and text[end - 1] in "sz" and text[end: end + 1] in ("'", "’") and text[end + 1: end + 2] in (" ", ""))


def facility_after(text: str, end: int) -> re.Match[str] | None:
    return _FACILITY.match(text, end)


def kind_after(text: str, end: int) -> re.Match[str] | None:
    return _KIND_AFTER.match(text, end)


# "the Mexican state of", "the northern province of": the unit words before a province's name
_UNIT_OF = (r"(?:(?:[A-Z][\w-]*[ ]+)?(?:[a-z-]+[ ]+)?(?:state|province|region|governorate|prefecture|department|"
            r"district|county)[ ]+of[ ]+)?")
# "Tamarasheni, a Georgian town a stone's throw from Tskhinvali", "Kwamouth, a town 200 km north of
# Kinshasa": a kind word in an apposition after the name — with the people's word before it (group
# 1) and the place the clause puts it in or near (groups 3 and 4), if any
_KIND_APPOSITIVE = re.compile(
    rf",[ ]+(?:a|an)[ ]+(?:[a-z-]+[ ]+){{0,2}}(?:([A-Z][\w-]*)[ ]+)?(?:[a-z-]+[ ]+)?(town|village|hamlet|settlement|"
    rf"suburb)\b(?:[^,.;:()]{{0,40}}?\b(in|near|outside|of|from)[ ]+(?:the[ ]+)?{_UNIT_OF}({RUN.pattern}))?")


def kind_appositive(text: str, end: int) -> re.Match[str] | None:
    return _KIND_APPOSITIVE.match(text, end)


# "200 km north of", "30 miles south-east of": how far and which way from the place named next
_OFFSET = re.compile(r"(\d+(?:\.\d+)?)[ -]?(km|kilometres|kilometers|miles|mi)[ ]+(north|south|east|west|"
                     r"north-?east|north-?west|south-?east|south-?west)[ ]+of[ ]+(?:the[ ]+)?$")
_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0, "southwest": 225.0,
             "west": 270.0, "northwest": 315.0}


def offset_before(text: str, start: int) -> tuple[float, float, str] | None:
    """(km, bearing in degrees, the words) of "200 km north of " ending at `start`, if the words say so."""
    m = _OFFSET.search(text, max(0, start - 40), start)
    if m is None:
        return None
    km = float(m.group(1)) * (1.609 if m.group(2) in ("miles", "mi") else 1.0)
    return km, _BEARINGS[m.group(3).replace("-", "")], m.group(0).strip()


def kind_before(text: str, start: int) -> str | None:
    """The kind word of "the province of X" / "the provinces of X, Y" (singular), or of "the
    Yemeni capital Sanaa" / "the border town Rafah" (no "of")."""
    near = text[max(0, start - 50): start]
    tail = near.rstrip(" ")
    m = None
    if len(tail) < len(near):  # (both patterns end in a space; cheap tests of their last words first)
        if tail[-3:].lower() == " of":
            m = _KIND_BEFORE.search(text[max(0, start - 40): start])
        if m is None and tail.endswith(("capital", "city", "town", "village")):
            m = _KIND_BARE.search(near)
    if not m:
        window = text[max(0, start - 120): start]
        plural = _PLURAL_KIND_OF.search(window)  # (a cheap test first: most names follow no such word)
        m = None if not plural else (_KIND_LIST_BEFORE if plural.group(2) == "of" else _KIND_EXAMPLES_BEFORE).search(
            window, plural.start())
    if not m:
        return None
    word = m.group(1).lower()
    return {"cities": "city", "provinces": "province", "states": "state", "regions": "region",
            "districts": "district", "governorates": "governorate", "towns": "town",
            "villages": "village", "camps": "camp", "islands": "island"}.get(word, word)


def kind_apposed(text: str, end: int) -> str | None:
    """The kind word of an apposition after a name: "Antigua, the colonial city popular with …"."""
    m = _KIND_APPOSED.match(text, end)
    return m.group(1).lower() if m else None


def government_after(text: str, end: int) -> bool:
    """ "Moscow's defence ministry", "Kyiv's top commander": the possessive names the government."""
    if not is_possessive(text, end):
        return False
    words = re.findall(r"[A-Za-z-]+", text[end + 2: end + 40])[:3]
    return any(w.lower() in _GOVERNMENT_WORDS for w in words)


_LIST_SEPARATOR = re.compile(r",?[ ]+(?:and|or)[ ]+(?:the[ ]+)?|,[ ]+(?:the[ ]+)?|[-‑–/]")


def coordinated(text: str, end: int, start: int) -> bool:
    """Whether only a list separator lies between two mentions: ", ", " and ", ", and ", " or ", or
    the hyphen or slash of one word ("Fargo-Moorhead", "the Chartres/Franklin intersection")."""
    # (asked for every pair of mentions: most are too far apart for any separator)
    return 0 < start - end <= 64 and _LIST_SEPARATOR.fullmatch(text, end, start) is not None


def is_name_word(word: str) -> bool:
    return word.lower() not in _NOT_NAMES


# a retreat out of a place: "after troops pulled out of Kaya" (also read by places.py's _DRIVEN_FROM)
OUT_OF = r"\b(?:pulled|pulling|pull|withdrew|withdrawn|retreated|driven|pushed|forced)[ ]+out[ ]+of[ ]+$"
_ATTACK_ON = re.compile(r"\b(?:strikes?|attacks?|assaults?|offensive|raids?|bombardment|shelling|airstrikes?|"
                        r"air[ ]+strikes?|advance|march|push|drive|siege)[ ]+on[ ]+$"
                        # "the battle for Lyman"
                        r"|\b(?:battle|fight|fighting|struggle|offensive|push)[ ]+for[ ]+$"
                        rf"|{OUT_OF}", re.I)


# Going somewhere: "a trip to Cancun", "moved to Arlington", "flew to Doha", "deported to Mexico".
_GOING_TO = re.compile(r"\b(?:trips?|travel(?:l?ed|s)?|moved?|flew|fly|flies|returned|returns?|drove|went|goes|go|"
                       r"headed|heads?|heading|relocated|deported|extradited|evacuated|flown|driven|sent|back|"
                       # (an outbreak's way: "cholera spread to Harare")
                       r"spread|spreads|spreading)"
                       r"(?:[ ]+on)?[ ]+to[ ]+$"
                       # "from Cabell County to Bluefield": the far end of a way from a place
                       r"|\bfrom[ ]+(?:the[ ]+)?(?-i:[A-Z])[\w.'’-]*(?:[ ]+(?-i:[A-Z])[\w.'’-]*){0,3}[ ]+to[ ]+$", re.I)


# Nouns whose "of X" is a place: "residents of Kafr Nabl", "the mayor of Kiryat Shmona".
# (and "near to X", "close to X": "the village of Saldowo, near to Bieżuń")
_PLACE_OF = re.compile(r"\b(?:(?:near|close)[ ]+to|(?:residents?|natives?|inhabitants|people|mayor|governor|"
                       r"outskirts|suburbs|streets|centre|center|community|hamlet|villages|towns|"
                       r"municipality|town|city|village|province|district|region|governorate|port|skies|"
                       r"countryside|heart|edge|entrance|coast|shores|island|waters|hometown|birthplace|downtown|"
                       # what befalls a town in war: "the shelling of Kostiantynivka", "the fall of Kabul"
                       r"shelling|bombing|bombardment|siege|fall|liberation|occupation|evacuation|encirclement|"
                       r"recapture|destruction|battle|"
                       r"(?:north|south)[- ]?(?:east|west)|north|south|east|west)[ ]+of)[ ]+$",
                       re.I)
# A kind word two names share: "the Donetsk and Luhansk regions" (each name alone is the place).
_PLURAL_KINDS = r"(provinces|governorates|regions|districts|states|oblasts|counties|parishes)\b"
_LISTED_NAME = r"[A-Z][\w’'‘-]*(?:[ ]+[A-Z][\w’'‘-]*)?"
# "the Kherson and Zaporizhzhia regions", "Becker, Clay, Douglas and Wilkin counties"
_SHARED_KIND = re.compile(
    rf"(?:,[ ]+{_LISTED_NAME})*(?:,?[ ]+(?:and|or)[ ]+(?:the[ ]+)?{_LISTED_NAME})?[ ]+{_PLURAL_KINDS}")


def shared_kind_after(text: str, end: int) -> str | None:
    """The plural kind word that follows the name, directly or at the end of a list of names:
    "the Kherson and Zaporizhzhia regions", "Becker, Clay and Wilkin counties" (None: none)."""
    m = _SHARED_KIND.match(text, end)
    return m.group(1) if m else None


def locative_before(text: str, start: int, strong: bool = False) -> bool:
    """Whether the word before says "place"; `strong`: strongly enough to overrule a person tag
    ("strikes on Rafah" is strong, a bare "on" is not)."""
    if previous_word(text, start) in (_STRONG_LOCATIVE if strong else _LOCATIVE):
        return True
    before = text[max(0, start - 30): start]
    return bool(_ATTACK_ON.search(before) or place_of_before(text, start) or _GOING_TO.search(before))


def place_of_before(text: str, start: int) -> bool:
    """Whether a noun whose "of X" is a place stands before: "residents of", "a native of", "south of"."""
    return bool(_PLACE_OF.search(text[max(0, start - 30): start]))


def speech_after(text: str, end: int) -> bool:
    return next_word(text, end) in _SPEECH


@lru_cache(maxsize=4)
def runs(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Capitalised-name runs: (start, end, [(word start, word end), …]); cached, as three passes
    over one article ask (the caller must not change the list)."""
    found = []
    for m in RUN.finditer(text):
        words = [(m.start() + w.start(), m.start() + w.end()) for w in WORD.finditer(m.group(0))]
        found.append((m.start(), m.end(), words))
    return found


def region_phrases(text: str) -> list[Proposal]:
    """ "the west and in the north of the country", "the north of Iraq" (the base name is looked up
    by the resolver; `of_country` when it is "the country"). "northern Syria" is found from the
    runs, where the name is known to be a country or province."""
    out = []
    for m in _DIR_OF.finditer(text):
        dirs = [direction(m.group(1))] + ([direction(m.group(2))] if m.group(2) else [])
        base = m.group(3)
        of_country = base.lower().startswith("the ")
        start3 = m.start(3)
        out.append(Proposal(m.start(), m.end(), "region", name_start=-1 if of_country else start3,
                            name_end=-1 if of_country else m.end(3), hint="region", directions=dirs,
                            of_country=of_country, priority=3))
    return out


_COMPASS_PART = r"(?:North|South|East|West|Central|Eastern|Western|Northern|Southern)"
# "Central and South America", "Eastern and Southern Europe": two parts of a continent, its name said once
_SHARED_CONTINENT = re.compile(rf"\b({_COMPASS_PART})[ ]+(?:and|or)[ ]+({_COMPASS_PART})[ ]+"
                               r"(America|Europe|Africa|Asia)\b")


def shared_continent_parts(text: str) -> list[Proposal]:
    """The first part of "Central and South America" (looked up as "Central America"), and the
    second with the continent's name, as the text spells them."""
    out = []
    for m in _SHARED_CONTINENT.finditer(text):
        out.append(Proposal(m.start(1), m.end(1), "named", hint="region", priority=3,
                            lookup=f"{m.group(1)} {m.group(3)}"))
        out.append(Proposal(m.start(2), m.end(3), "named", hint="region", priority=3,
                            lookup=f"{m.group(2)} {m.group(3)}"))
    return out


def direction_before(text: str, start: int) -> tuple[int, tuple[float, float]] | None:
    """ "northern " right before a name: (where the adjective starts, its compass part)."""
    found = [m for m in _DIR_ADJ.finditer(text, max(0, start - 20), start + 1) if m.end() == start]
    if not found:
        return None
    return found[-1].start(), direction(found[-1].group(1))


__all__ = [
    "AIR_WORDS",
    "OUT_OF",
    "RUN",
    "WORD",
    "Proposal",
    "agent_compound",
    "coordinated",
    "direction",
    "direction_before",
    "facility_after",
    "government_after",
    "is_compound_modifier",
    "is_name_word",
    "is_possessive",
    "kind_after",
    "kind_appositive",
    "kind_before",
    "locative_before",
    "next_word",
    "offset_before",
    "place_compound",
    "previous_word",
    "region_phrases",
    "runs",
    "shared_continent_parts",
    "shared_kind_after",
    "speech_after",
]
