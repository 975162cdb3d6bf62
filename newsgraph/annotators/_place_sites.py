"""Streets, named buildings and local lakes, rivers and parks (ng_places, a last pass): placed at
the town the text puts them in or else at the town the article names most, since no packaged
gazetteer has them."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from ..kb.gazetteer import Gazetteer, Place, haversine_km
from ..kb.place_names import fold
from . import _place_find as find
from . import _place_words as place_words
from ._place_find import Proposal
from ._place_resolve import Resolution

# how far from a city the other towns of a story about it may lie (its suburbs and neighbourhoods)
METRO_KM = 40.0
# a town listed beside an unknown name, this far from the story's own town, is where the name is
NEIGHBOUR_FAR_KM = 300.0
# The words that end a street's name (also what makes "Dublin" of "Dublin Road" no mention of Dublin)
STREET_WORDS = r"Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Terrace|Parkway|Pkwy\.?|Circle"
# A street named in the text: "on Francis Street", "6016 Dublin Road", "North Main St."
_STREET = re.compile(r"(?<![\w’'.-])((?:\d{1,5}[ ]+)?(?:(?:North|South|East|West|[NSEW]\.)[ ]+)?[A-Z][\w’'-]*"
                     rf"(?:[ ]+[A-Z][\w’'-]*){{0,2}})[ ]+({STREET_WORDS})(?![\w])")
# and what else stands before a lake, bay, peak or valley: "below Hermits Peak", "as Lough Erne rose",
# "when Marble Mountain opened", "upper Narragansett Bay"
_BEFORE_NATURAL = frozenset({"below", "above", "beneath", "behind", "upper", "lower", "as", "when", "where", "while",
                             "after", "before", "within", "atop", "climb", "climbed", "climbing", "summit", "foot",
                             "shore", "shores", "banks", "waters", "northern", "southern", "eastern", "western"})
_BEFORE_STREET = frozenset({"on", "at", "in", "along", "near", "off", "down", "up", "of", "from", "to", "between",
                            "and", "onto", "across", "the", "a", "block", "corner", "intersection",
                            "around", "over", "beside", "past", "toward", "towards", "into", "under", "by",
                            # what is done to a street itself: "council resolved to rename Third Street"
                            "rename", "renamed", "renaming", "close", "closed", "closes", "closing", "reopen",
                            "reopened", "reopening", "blocked", "blocking", "cross", "crossed", "crossing",
                            "cordoned", "sealed", "barricaded", "paved", "widened", "resurfaced"})
# A building named in the text: "Holy Redeemer Church", "Al-Shifa Hospital", "Evin Prison"
_BUILDING = re.compile(r"(?<![\w’'.-])(?!The[ ])"
                       r"((?:St\.[ ]+)?[A-Z][\w’'-]*(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?[A-Z][\w’'-]*){0,4})[ ]+"
                       r"(Church|Cathedral|Basilica|Mosque|Synagogue|Temple|Hospital|Library|Museum|Stadium|Arena|"
                       r"Hotel|Racecourse|Cemetery|Graveyard|Prison|Jail|Palace|Castle|Bridge|Theat(?:re|er)|"
                       # (a university or college only where the text puts it in a town: "Loyola
                       # University in Los Angeles", not "Stanford University said")
                       r"University|College|"
                       r"Correctional[ ]+(?:Cent(?:er|re)|Facility|Institution)|Medical[ ]+Cent(?:er|re)|"
                       r"(?:Elementary|Middle|High)(?:[ ]+School)?|Golf[ ]+Club|Country[ ]+Club|"
                       r"Detention[ ]+Cent(?:re|er)|Courthouse|Estate|Court|Cent(?:re|er)|"
                       # (in lower case after the name too: "the Sheikh Akil graveyard", "Seasons restaurant")
                       r"graveyard|cemetery|restaurant|mosque|church|stadium)(?![\w])"
                       # a town's own hall and a hotel named before its name: "at City Hall", "the Hotel Kyjev"
                       r"|(?<![\w’'.-])(?:City|Town)[ ]+Hall(?![\w])"
                       r"|(?<![\w’'.-])Hotel(?:[ ]+[A-Z][\w’'-]*){1,3}(?![\w])"
                       # "the University of St. Thomas in Houston" (only where the text puts it in a town)
                       r"|(?<![\w’'.-])(?:University|College)[ ]+of[ ]+(?:St\.[ ]+)?[A-Z][\w’'-]*"
                       r"(?:[ ]+[A-Z][\w’'-]*){0,2}(?![\w])")
# A local lake, river or park the text names: "the Chestatee River", "Lake Robinson", "Coffman Park"
# (the big ones are in the gazetteer or the alias table and resolve before this pass)
WATER_WORDS = r"River|Creek|Lake|Reservoir|Canal|Bayou|Pond|Falls"
# a sentence's capitalised first word before a site's name: "Across Humboldt Bay, residents …"
_OPENING_WORDS = (r"Across|Along|Near|In|On|At|From|To|Into|Over|Under|By|Beyond|Around|Off|Past|Below|Above|Behind|"
                  r"Beside|Inside|Outside|Toward|Towards|Through|Throughout|Upstream|Downstream|Nearby|Like|Unlike|"
                  r"If|When|While|As|After|Before|Since|Until|Once|Both|Neither|Either|Only|Even|Still|Meanwhile")
BAY_WORDS = r"Bay|Harbor|Harbour|Sound|Inlet|Estuary"
LANDFORM_WORDS = r"Island|Peak|Mountain|Mountains|Hills|Valley|Peninsula|Canyon|Gorge|Ridge"
# (not a paper named after its town: "the Mt. Pleasant News", "the Lake Geneva Regional News")
_NATURAL = re.compile(r"(?<![\w’'.&-])(?:(?:Lake|Mount|Mt\.)[ ]+[A-Z][\w’'-]*"
                      r"(?:[ ]+(?!(?:" + place_words.NEWSPAPER_WORDS + r")\b)[A-Z][\w’'-]*)?(?![ ]+[A-Z])"
                      # (not a sentence's "The" before "River Swale" or "San Gabriel River")
                      r"|(?!(?:The|A|An|" + _OPENING_WORDS + r")[ ])[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,2}[ ]+(?:"
                      + WATER_WORDS + r"|Park|Forest|Wilderness)"
                      # a British river, its word first: "the River Swale", "the River Lune"
                      r"|River[ ]+(?!(?:Road|Street|Drive|Lane|Avenue|Way|Place|Court|Terrace|Walk|Falls|Plate|"
                      r"Island|House|Park|Valley)\b)[A-Z][a-z’'-]+(?![ ]+[A-Z])"
                      # a bay, an island, a peak or valley the story names, not as an organisation's first
                      # words ("Hoopers Island", "Narragansett Bay" — not "the Lehigh Valley Health Network")
                      r"|(?!(?:The|A|An|" + _OPENING_WORDS + r")[ ])[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,2}[ ]+(?:"
                      + BAY_WORDS + "|" + LANDFORM_WORDS + r")(?![ ]+[A-Z])"
                      # an Irish or Scottish lake, its word first: "Lough Erne", "Loch Ness"
                      r"|(?:Lough|Loch|Lac)[ ]+[A-Z][a-z’'-]+(?![ ]+[A-Z]))"
                      r"(?![\w])")
# the words that make a name the model calls a facility one ("Washington Square", "Highway 19",
# "Kobyluck Field" — not "the Great Recession", "Cardinal Tagle", "St. Patrick's Day")
# (not schools, colleges or galleries, which a story names wherever they are: "the Antonin Scalia Law
# School" in a story from Georgia; nor "X of Y", whose Y says where: "the Art Gallery of Ontario")
_FACILITY_HEAD = re.compile(r"^(?!.*[ ]of[ ]).*\b(?:Square|Plaza|Bridge|Tunnel|Highway|Interstate|Route|Road|Railroad|"
                            r"Railway|Park|Center|Centre|Field|Stadium|Arena|Hall|Mall|Station|Pier|Wharf|Market|"
                            r"Cemetery|Homes?|Broadway)\b")
# where the text puts a street or building: "Sloss Furnaces, Birmingham", "University Hospital in
# Columbia", "the No. 2 Detention Centre in the northeastern city of Tianjin", "the Farmers Service
# Centre, in Goodlands"
_PUT_IN = re.compile(r",[ ]+(?:in[ ]+)?"
                     r"|[ ]+in[ ]+(?:the[ ]+(?:[a-z-]+[ ]+){0,2}(?:city|town|village|capital)[ ]+of[ ]+)?")
# two streets named together: "Bourbon and Dauphine streets", "the Chartres/Franklin intersection"
_STREET_PAIR = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)(?:/|[ ]and[ ])([A-Z][\w’'-]*"
                          r"(?:[ ][A-Z][\w’'-]*)?)[ ](streets|avenues|roads|intersection)\b")
_TOWN_HALL = re.compile(r"(?:City|Town)[ ]+Hall$")
# a neighbourhood the text calls so, or two: "the Five Points neighborhood", "the Five Points and
# Normaltown neighborhoods", "Baghdad's Karrada neighbourhood"
_HOOD_NAME = r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*){0,2}"
_NEIGHBOURHOOD = re.compile(rf"(?<![\w’'.&-])(?!(?:The|A|An|{_OPENING_WORDS})[ ])({_HOOD_NAME})"
                            rf"(?:,?[ ]+and[ ]+({_HOOD_NAME}))?[ ]+neighbou?rhoods?\b")
# first words of buildings' names that are words, not the towns some gazetteer calls so ("the
# Airport Courthouse" is no courthouse of Airport, Hawaii; "Memorial Hospital", "Central Library")
_GENERIC_FIRST_WORDS = frozenset({"airport", "central", "city", "county", "state", "national", "federal", "regional",
                                  "general", "memorial", "community", "district", "union", "harbor", "harbour",
                                  "port", "station", "market", "university", "college", "royal", "grand", "old",
                                  "new", "north", "south", "east", "west", "main", "capitol", "liberty", "victory"})
_AT_HALL = frozenset({"at", "in", "outside", "inside", "to", "from", "near", "the", "of", "into", "on"})
# "the Hardeetown area", "the Gratis community", "Harwinton residents"
# a list of a city's parts before a name: "the city's suburbs of Mbare, " (Glen View)
_PARTS_LIST_BEFORE = re.compile(r"\b(?:city|capital|town)['’]s[ ]+(?:[a-z-]+[ ]+)?(?:suburbs?|districts?|"
                                r"neighbou?rhoods?|townships?|slums?)[ ]+(?:of|like|such[ ]+as|including)[ ]+"
                                r"(?:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?,?[ ]+(?:and[ ]+|or[ ]+)?)*$")
_LOCAL_AFTER = re.compile(r"[ ]+(?:area|community|village|township|neighborhood|neighbourhood|residents?|native)\b")


def _sentence_town(text: str, start: int, resolved: list[tuple[Proposal, Resolution]],
                   sent_starts: list[int] | None) -> Resolution | None:
    """The one town the sentence around `start` names, read with confidence ("Doctors at the Alder
    Hey Children's Hospital, where Alfie is treated in Liverpool"), if it names exactly one."""
    if not sent_starts:
        return None
    i = bisect.bisect_right(sent_starts, start) - 1
    begin = sent_starts[i] if i >= 0 else 0
    end = sent_starts[i + 1] if i + 1 < len(sent_starts) else len(text)
    towns = {r.place.id: r for p, r in resolved if begin <= p.start < end and r.place is not None
             and r.place.feature == "city" and not r.contained and r.confidence >= 0.6 and p.source != "demonym"}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _town_before(text: str, start: int, resolved: list[tuple[Proposal, Resolution]]) -> Resolution | None:
    """The town named last before `start` in its paragraph, at most 300 characters back ("… on
    Kamenné Square in Bratislava. … They own the adjacent Hotel Kyjev")."""
    begin = max(0, start - 300, text.rfind("\n\n", 0, start) + 1)
    before = [(p.start, r) for p, r in resolved if begin <= p.start < start and r.place is not None
              and r.place.feature == "city" and not r.contained and r.confidence >= 0.6 and p.source != "demonym"]
    return max(before, key=lambda sr: sr[0])[1] if before else None


def _put_in_town(text: str, end: int, by_start: dict[int, Resolution]) -> Resolution | None:
    """The town (or county or region) the text puts a site in: "Sloss Furnaces, Birmingham",
    "University Hospital in Columbia", "in the northeastern city of Tianjin"."""
    after = _PUT_IN.match(text, end)
    town = by_start.get(after.end()) if after else None
    return town if town is not None and town.place is not None and town.place.feature in (
        "city", "admin2", "region") else None


def _possessor_town(text: str, start: int, resolved: list[tuple[Proposal, Resolution]]) -> Resolution | None:
    """The town whose possessive stands just before a site: "Whittier's Penn Park"."""
    if text[max(0, start - 3):start] not in ("'s ", "’s "):
        return None
    return next((r for p, r in resolved if p.end == start - 3 and r.place is not None
                 and r.place.feature in ("city", "admin2")), None)


def _after_possessor(text: str, start: int, end: int, resolved: list[tuple[Proposal, Resolution]]) -> int:
    """Where a site's name starts when the match took a town's possessive in ("Whittier's Penn Park")."""
    first = re.match(r"[^ ]+['’]s[ ]", text[start:end])
    if first is not None and " " in text[start + first.end():end] and _possessor_town(
            text, start + first.end(), resolved) is not None:
        return start + first.end()
    return start


_OPENING_VERB = re.compile(r"[A-Z][a-z]+ed[ ](?=[A-Z][\w’'-]*[ ][A-Z])")


def _after_verb(text: str, start: int, end: int) -> int:
    """Where a site's name starts when the match took a sentence's opening verb in ("Tabled Cold
    Hill Elementary's request"): after it."""
    verb = _OPENING_VERB.match(text, start, end)
    if verb is not None and text[:start].rstrip()[-1:] in (".", "!", "?", ":", ""):
        return verb.end()
    return start


def _named_after_town(gaz: Gazetteer, words: list[str], provinces: set[str | None]) -> Place | None:
    """The American town of a state the story names that a building's first word or two name, letter for
    letter — a gazetteer town or a post office ("Branchville Correctional Facility": Branchville, Indiana)."""
    states = {p for p in provinces if p}
    for k in (2, 1):
        if len(words) <= k or not all(w[:1].isupper() and w.isalpha() for w in words[:k]):
            continue
        name = " ".join(words[:k])
        # (letter for letter: the post offices' index folds spellings, "Holy" finds Holly, Louisiana)
        towns = [c for c in gaz.lookup(name) + gaz.post_towns(name, states) if c.feature == "city"
                 and c.country == "USA" and c.admin1 in states and fold(c.name) == fold(name)]
        if towns:
            return max(towns, key=lambda c: c.population)
    return None


def _site_town(text: str, start: int, end: int, by_start: dict[int, Resolution],
               story_town: tuple[Resolution | None, str], resolved: list[tuple[Proposal, Resolution]],
               sent_starts: list[int] | None, building: bool) -> tuple[Resolution | None, str]:
    """Where a street or building goes, and why: the town the text puts it in, else the town the
    story names most, else the one town its sentence names, else — a building — the town named
    just before it in its paragraph."""
    town = _put_in_town(text, end, by_start) or _possessor_town(text, start, resolved)
    if town is not None:
        return town, "which the text puts it in"
    main_res, main_how = story_town
    if main_res is not None:
        return main_res, main_how
    town = _sentence_town(text, start, resolved, sent_starts)
    if town is not None:
        return town, "the one town its sentence names"
    if building and (town := _town_before(text, start, resolved)) is not None:
        return town, "the town named just before it"
    return None, ""


def _street_pairs(text: str, out: list[tuple[Proposal, Resolution]], main_res: Resolution | None,
                  resolved: list[tuple[Proposal, Resolution]], sent_starts: list[int] | None,
                  ) -> list[tuple[Proposal, Resolution]]:
    """Two streets named with one street word or as a crossing ("down Bourbon and Dauphine
    streets", "the Chartres/Franklin intersection"): streets of the story's town, whatever else
    their names are (not Chartres, France)."""
    for m in _STREET_PAIR.finditer(text):
        town = main_res or _sentence_town(text, m.start(), resolved, sent_starts)
        if town is None or town.place is None:
            continue
        for group in (1, 2):
            start, end = m.span(group)
            if any(p.start < end and start < p.end for p, _ in out if p.source in ("street", "site")):
                continue
            out = [(p, r) for p, r in out if not (p.start < end and start < p.end)]
            name = text[start:end]
            out.append((Proposal(start, end, "street", hint="street"),
                        Resolution(town.place, 0, 0.4, f"{name} is a street ({m.group(3)}); placed at "
                                                       f"{town.place.name}, the story's town",
                                   feature="street", precision="city", name=name, contained=True)))
    return out


def _neighbourhoods(text: str, out: list[tuple[Proposal, Resolution]], story_town: tuple[Resolution | None, str],
                    resolved: list[tuple[Proposal, Resolution]], by_start: dict[int, Resolution],
                    sent_starts: list[int] | None) -> list[tuple[Proposal, Resolution]]:
    """Neighbourhoods the text calls so ("the Five Points and Normaltown neighborhoods", "the
    Sheikh Jarrah neighbourhood of East Jerusalem"): parts of the town the text puts them in, else
    of the story's town — not a namesake elsewhere (Five Points, South Carolina, in a story from
    Athens, Georgia). A reading of the name near that town stands (a gazetteer that has the
    neighbourhood places it better)."""
    for m in _NEIGHBOURHOOD.finditer(text):
        put = re.match(r"[ ]+(?:of|in)[ ]+(?:the[ ]+)?", text[m.end():])
        town = by_start.get(m.end() + put.end()) if put else None
        how = "which the text puts it in"
        if town is None or town.place is None or town.place.feature not in ("city", "admin2"):
            town, how = _site_town(text, m.start(1), m.end(1), by_start, story_town, resolved, sent_starts,
                                   building=False)
        if town is None or town.place is None:
            continue
        for group in (1, 2):
            start, end = m.span(group)
            if start < 0 or (group == 1 and find.previous_word(text, start) != "the"
                             and _possessor_town(text, start, resolved) is None):
                continue
            inside = [(p, r) for p, r in out if p.start < end and start < p.end]
            if any(p.source in ("street", "site") or (r.place is not None and haversine_km(
                    r.place.lat, r.place.lon, town.place.lat, town.place.lon) <= METRO_KM) for p, r in inside):
                continue
            out = [(p, r) for p, r in out if not (p.start < end and start < p.end)]
            name = text[start:end]
            hood = Resolution(town.place, 0, 0.4, f"{name} is a neighbourhood; placed at {town.place.name}, {how}",
                              feature="city", precision="city", name=name, contained=True)
            # (its other mentions, read as a namesake far away, are the neighbourhood: "even in Five Points")
            out = [(p, replace(hood, why=f"named as a neighbourhood elsewhere in the article ({hood.why})"))
                   if text[p.start:p.end] == name and r.place is not None and "qualified by" not in r.why
                   and p.source not in ("street", "site") and haversine_km(
                       r.place.lat, r.place.lon, town.place.lat, town.place.lon) > METRO_KM else (p, r)
                   for p, r in out]
            out.append((Proposal(start, end, "site", hint="city"), hood))
    return out


def _metro_town(gaz: Gazetteer, town_ids: list[int]) -> int | None:
    """The city of a story whose towns all lie around it: the biggest of them, where every other
    is within `METRO_KM` of it ("River North", "Park Ridge" and "the Near North Side" beside
    Chicago, each named once) — its streets and buildings are that city's."""
    places = [gaz.place(i) for i in town_ids]
    biggest = max(places, key=lambda t: t.population)
    if all(haversine_km(t.lat, t.lon, biggest.lat, biggest.lon) <= METRO_KM for t in places):
        return biggest.id
    return None


def _listed_town(p: Proposal, resolved: list[tuple[Proposal, Resolution]]) -> Place | None:
    """The town the article placed that the mention stands next to in a list ("the Cambridge,
    Pleasant City and Lore City departments", "in Columbus, Pleasant Township"), if any."""
    return next((r.place for q, r in resolved if r.place is not None and r.place.feature == "city" and not r.contained
                 and (0 <= p.start - q.end <= 6 or 0 <= q.start - p.end <= 6)), None)


# words of organisations' and regions' names: "the United Way of America", "the Aleutian Islands"
_NOT_TOWN_WORDS = frozenset({
    "united", "party", "council", "district", "commission", "department", "association", "university", "college",
    "school", "church", "company", "inc", "inc.", "corp", "corp.", "league", "union", "committee", "board",
    "agency", "office", "court", "islands", "mountains", "valley", "coast", "sea", "ocean", "desert", "region",
    "peninsula", "river", "lake", "of", "way", "america", "americas", "world", "international", "national",
    "federal", "state", "states", "republic", "kingdom", "empire"})
_ORGANISATION_AFTER = re.compile(r"[ ]+(?:Service|Department|Commission|Authority|District|Association|"
                                 r"Conservancy|Council|Board|Club|Foundation|Trust|Society|Company|Partners|"
                                 r"Management|Committee|Corps|Police|Rangers|Project)\b")
# a church named by its denomination alone is the institution ("the Coptic Orthodox Church said")
_DENOMINATION = frozenset(w.casefold() for w in (
    "Catholic", "Orthodox", "Coptic", "Anglican", "Methodist", "Presbyterian", "Baptist", "Lutheran", "Episcopal",
    "Evangelical", "Greek", "Russian", "Roman", "Armenian", "Syriac", "Maronite", "Ethiopian", "Eritrean", "Ukrainian",
    "Serbian", "United", "Free", "Reformed", "Pentecostal", "Apostolic", "Chaldean", "Assyrian", "Church", "The",
    "Black", "White"))  # ("the Black church": African Americans' churches)
# a person's name before "of" and a town: "Johnathan J. Dunbar of Austin, Texas"
_HOME_OF = re.compile(r"[A-Z][a-z]+,?[ ]+(?:\d{1,3},[ ]+)?of[ ]+$")
# streets that stand for an industry or a government, not a place on the map
_STREET_METONYMS = frozenset({"Wall Street", "Downing Street", "Fleet Street", "Madison Avenue", "Easy Street"})


def _town_qualifier(text: str, p: Proposal, r: Resolution, resolved: list[tuple[Proposal, Resolution]]) -> bool:
    """Whether the province is named right after a town of it, to say where that town lies
    ("Toronto, Ontario")."""
    head = text[max(0, p.start - 200):p.start]
    before = head.rstrip()
    if r.place is None or not before.endswith(","):
        return False
    end = p.start - len(head) + len(before[:-1].rstrip())  # where the name before the comma ends
    return any(
        q.end == end and t.place is not None and t.place.feature == "city" and t.place.admin1 == r.place.admin1
        for q, t in resolved)


def place_sites(gaz: Gazetteer, text: str, resolved: list[tuple[Proposal, Resolution]],
                sent_starts: list[int] | None = None) -> list[tuple[Proposal, Resolution]]:
    """Streets and buildings, which no gazetteer here has, placed at the town the text puts them
    in ("on Francis Street in Charleston") or else at the town the article is about — the one
    town it names most, if it names one most ("Royal Street", "Holy Redeemer Church" in a story
    about New Orleans). One the article gives no town for is left out. The fact's precision is
    the town's."""
    # the provinces the article names: its main town lies in one of them ("Washington Square" in
    # a story about Louisiana is a park, not the town in Pennsylvania)
    # (names inside other names count: "the New Orleans Railways Company" says where the story is)
    provinces = {r.place.admin1 for p, r in resolved if r.place is not None and r.place.feature == "admin1"
                 and p.source != "demonym"}
    # (but one named only to say where a town lies, "Toronto, Ontario, Canada" in a story of Dublin's
    # council, does not say which town the story is about)
    story_provinces = {r.place.admin1 for p, r in resolved if r.place is not None and r.place.feature == "admin1"
                       and p.source != "demonym" and not _town_qualifier(text, p, r, resolved)}

    def town_counts(within: set[str | None]) -> Counter[int]:
        # (a dateline's town counts twice: "MANCHESTER —" is the story's town, whatever neighbour sent
        # its fire crews twice)
        return Counter(r.place.id for p, r in resolved for _ in range(2 if p.source == "dateline" else 1)
                       if r.place is not None and r.place.feature == "city"
                       and r.confidence >= 0.6 and p.source != "demonym"
                       and (not within or r.place.admin1 in within))
    towns = town_counts(provinces)
    ranked = town_counts(story_provinces).most_common(2)
    if not (ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])):
        ranked = towns.most_common(2)  # (no town first among all: the first of the named provinces' towns)
    # (named once, it is the story's town only among at most one other town of its country: a guide
    # to gardens across England that names Cambridge once among Sutton, Tamworth and Bristol has none)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    country = gaz.place(main).country if main is not None else None
    if main is not None and ranked[0][1] < 2 and len({
            r.place.id for p, r in resolved if r.place is not None and r.place.feature == "city"
            and r.place.country == country and p.source != "demonym"}) > 2:
        main = None
    if main is not None and ranked[0][1] < 2 and any(
            r.place is not None and r.place.id == main and _HOME_OF.search(text, max(0, p.start - 40), p.start)
            and "qualified by" in r.why for p, r in resolved):
        # a person's home town, named once with its state ("Master Sgt Johnathan J. Dunbar of Austin,
        # Texas" in a story of a bomb near Manbij), is no town the story is about
        main = None
    main_res = next((r for _, r in resolved if r.place is not None and r.place.id == main), None)
    # (the city all the story's towns lie around takes its streets and buildings, not its unknown
    # villages: "Caraorman" in a story of villages around Brăila is in the Danube delta)
    metro = _metro_town(gaz, list(towns)) if main is None and len(towns) >= 2 else None
    site_res = main_res or next((r for _, r in resolved if r.place is not None and r.place.id == metro), None)
    site_how = "the town the article names most" if main_res is not None else "the city the story's towns lie around"
    by_start = {p.start: r for p, r in resolved if r.place is not None}
    _, story_country, story_unit = _story_units(gaz, resolved)
    if site_res is not None and site_res.place is not None:
        story_country = site_res.place.country
    # a story about a county — named twice or more, and no town of the story outside its state —
    # has its unplaced streets and buildings there (a state or province is too wide to place them)
    story_county = story_unit if story_unit is not None and story_unit.feature == "admin2" and sum(
        1 for _, r in resolved if r.place is not None and r.place.id == story_unit.id) >= 2 and all(
        r.place.admin1 == story_unit.admin1 for _, r in resolved
        if r.place is not None and r.place.feature == "city") else None
    # (a local story: every town and county it places lies in its town's province)
    one_state = site_res is not None and site_res.place is not None and all(
        r.place.admin1 == site_res.place.admin1 for p, r in resolved
        if r.place is not None and r.place.feature in ("city", "admin2") and p.source != "demonym")
    out = list(resolved)
    found = [(m, "street") for m in _STREET.finditer(text)] + [(m, "facility") for m in _BUILDING.finditer(text)]
    found += [(m, "water" if re.search(rf"\b(?:{WATER_WORDS}|{BAY_WORDS}|Lough|Loch|Lac)\b", m.group(0))
               else "mountain" if m.group(0).startswith(("Mount ", "Mt. "))
               else "landform" if re.search(rf"\b(?:{LANDFORM_WORDS})$", m.group(0)) else "park")
              for m in _NATURAL.finditer(text)]
    # (a town's possessive before a site is the town's, not the site's name: "Whittier's Penn Park")
    sites = [(_after_verb(text, _after_possessor(text, m.start(), m.end(), resolved), m.end()), m.end(), feature)
             for m, feature in found]
    for start, end, feature in sites:
        name = text[start: end]
        words = name.split()
        if any(w.isupper() and len(w) > 1 for w in words):
            continue  # "POINT MARCHÉS Wall Street": a headline's capitals, not a name
        town = _put_in_town(text, end, by_start)
        if feature == "facility":
            if all(w.casefold() in _DENOMINATION for w in words[:-1]):
                continue  # "the Coptic Orthodox Church": the institution
            if ((words[-1] in ("Court", "University", "College") or words[0] in ("University", "College") or (
                    words[-1] in ("Centre", "Center") and words[-2] not in ("Medical", "Correctional", "Detention")))
                    and town is None) or (
                    words[-1] == "Estate" and words[0] == "Real"):
                continue  # "the Supreme Court ruled": the institution (not "the Supreme People's Court in
                # Beijing"); "Real Estate" is a trade
            if _TOWN_HALL.match(name) and (re.search(r"[A-Z][\w’'.-]*[ ]+$", text[max(0, start - 30): start])
                                           or find.previous_word(text, start) not in _AT_HALL):
                continue  # "Seoul City Hall" says where it is; "another Town Hall meeting" is no building
            if town is None and words[0].casefold() not in _GENERIC_FIRST_WORDS and any(
                    fold(c.name) == fold(words[0]) and (c.population >= 20_000 or (
                        c.feature != "city" and (story_country is None or c.country == story_country)))
                    for c in gaz.lookup(words[0])[:3]):
                continue  # "Baltimore Museum", "Dover Castle": its own name says where it is — but
                # "University Hospital in Columbia, Missouri" is not in University, Florida, and in a
                # story from Chicago "Northwestern Memorial Hospital" is not named after Zambia's
                # North-Western Province
        elif " ".join(w for w in words if not w.isdigit()) in _STREET_METONYMS:
            continue
        elif feature == "street" and not find.is_name_word(words[-2]):
            continue  # "At St. Paul's Hospital": a sentence's first word and a saint's "St.", no street
        elif feature in ("water", "park", "mountain", "landform") and (
                find.speech_after(text, end) or words[0] in ("The", "A") or _ORGANISATION_AFTER.match(text, end)
                or any(re.search(r"[a-z][A-Z]", w) for w in words)):
            # "Red River said" is a company, "The Park" a sentence's opening words, "the Madison Square
            # Park Conservancy" an organisation, "PanhandleThe Smokehouse Creek" two lines run together
            continue
        elif feature == "park" and town is None and any(fold(c.name) == fold(words[0]) and c.population >= 20_000
                                                        for c in gaz.lookup(words[0])[:3]):
            continue  # "Nottingham Forest": a town's club (not "Hampton Park in Charleston", a park the text places)
        elif not words[0].isdigit() and find.previous_word(text, start) not in _BEFORE_STREET and not (
                feature in ("water", "landform") and find.previous_word(text, start) in _BEFORE_NATURAL) and (
                text[:start].rstrip()[-1:] not in (".", "!", "?", "\n", "")) and (
                _possessor_town(text, start, resolved) is None):
            continue  # "Wall Street bankers": a street's name used for something else (not "Whittier's Penn Park")
        inside = [(p, r) for p, r in resolved if p.start < end and start < p.end and r.place is not None]
        superseded: list[tuple[Proposal, Resolution]] = []  # readings inside the site that it replaces
        if feature == "water" and inside and all(p.end <= start + len(words[0]) for p, _ in inside) and words[0] in (
                "Lough", "Loch", "Lac", "Lake"):
            superseded, inside = inside, []  # "Lac Boivin": the kind word read alone (Chad's Lac region) is no place
        if (feature == "landform" or re.search(rf"\b(?:{BAY_WORDS})$", name)) and inside and all(
                p.start == start and p.end < end and r.place.feature == "city" and r.feature in (None, "city")
                for p, r in inside):
            # "along Hilo Bay", "Dundalk Bay": the bay of the town that opens its name, placed there
            town, how, superseded, inside = inside[0][1], "the town it is named after", inside, []
        elif feature == "water" and _far_namesake(text, start, end, inside, site_res, one_state):
            # "The White River is expected to crest" in a story from Batesville, Arkansas: not White
            # River, South Dakota, nor "the James River" of Virginia in a story from Huron, South Dakota —
            # a river of the name by the story's town
            town, how, superseded, inside = site_res, site_how, inside, []
        else:
            town, how = _site_town(text, start, end, by_start, (site_res, site_how), resolved, sent_starts,
                                   building=feature == "facility")
        if feature == "facility" and how != "which the text puts it in" and not inside and (
                after := _named_after_town(gaz, words, provinces)) is not None:
            # "the Branchville Correctional Facility" in a story of Indiana inmates caught in Nebraska: the
            # Indiana post office it is named after, not the town the story names before it
            town, how = Resolution(after, 1, 0.5, ""), "the town of the story's state it is named after"
        if inside and not (feature == "facility" and how == "which the text puts it in" and all(
                start <= p.start and p.end < end and p.source in ("gazetteer", "entity", "in_name")
                for p, _ in inside)) and not (
                feature == "park" and how == "which the text puts it in" and town is not None and town.place is not None
                and all(p.source in ("gazetteer", "entity") and r.place.feature == "city" and haversine_km(
                    r.place.lat, r.place.lon, town.place.lat, town.place.lon) > METRO_KM for p, r in inside)):
            # a place found there already ("Dublin Road" is no place, "Mall Road, Lahore" …) — but
            # the first word of a building the text puts in a town is the building's, not a town
            # of that name elsewhere ("Crossroads Correctional Center in Shelby, Montana"), and a park
            # the text puts in a town is that town's, not a suburb of its name abroad ("east of Hampton
            # Park in Charleston": not Hampton Park, Victoria)
            continue
        place = town.place if town is not None else None
        precision = "city"
        if place is None and story_county is not None and feature in ("street", "facility") and not inside:
            # a story that names a county or province and no town: its streets and buildings are
            # there ("last-resort care … at MetroHealth Medical Center" beside Cuyahoga County)
            place, precision, how = story_county, "admin2", "the county the story is about"
        if place is None:
            continue
        if inside or superseded:
            resolved = [(p, r) for p, r in resolved if all(p is not q for q, _ in inside + superseded)]
        if any(p.start < end and start < p.end for p, _ in out if p.source in ("street", "site")):
            continue  # a building on a street already placed ("the Royal Street Hotel")
        out = [(p, r) for p, r in out if not (p.start < end and start < p.end)]
        kind = {"street": "a street", "facility": "a building", "water": "a river or lake",
                "landform": "an island, peak or valley"}.get(feature, "a park")
        out.append((Proposal(start, end, "street" if feature == "street" else "site", hint=feature),
                    Resolution(place, 0, 0.4 if precision == "city" else 0.3,
                               f"{name} is {kind}; placed {'at' if precision == 'city' else 'in'} {place.name}, {how}",
                               feature=feature, precision=precision, name=name, contained=True)))
    out = _street_pairs(text, out, site_res, resolved, sent_starts)
    out = _neighbourhoods(text, out, (site_res, site_how), resolved, by_start, sent_starts)
    # a named facility no gazetteer has, nor a town it is named after ("treatment in Bab el-Oued
    # hospital"): at the town the text puts it in, or else the story's or its sentence's town
    for k, (p, r) in enumerate(out):
        if r.place is not None or r.feature != "facility" or p.source not in ("facility", "entity"):
            continue
        town, how = _site_town(text, p.start, p.end, by_start, (site_res, site_how), resolved, sent_starts,
                               building=True)
        if town is not None and town.place is not None:
            name = r.name or text[p.start:p.end]
            out[k] = (p, Resolution(town.place, r.candidates, 0.3, f"{name} is a facility no gazetteer has; placed "
                                                                    f"at {town.place.name}, {how}",
                                    feature="facility", precision="city", name=name, contained=True))
    # the story's town, in the country most of its places are in ("Plant Architect Inc. of Toronto,
    # Ontario, Canada" in a story about Dublin, Ohio is no story about Toronto)
    countries, country, province = _story_units(gaz, resolved)
    town = main_res.place if main_res is not None else None
    if town is not None and countries and town.country != country:
        town = None
    states = provinces | ({town.admin1} if town is not None and town.admin1 else set())
    # and failing that, the country: where every place the story resolves lies ("rustlers stormed a
    # village in Kisima area" in a story whose places are all Kenyan)
    nation = gaz.country(country) if country and len(countries) == 1 else None
    return _unknown_towns(gaz, text, out, town, states, province, nation)


# how far from the story's town a river of its name must be read to be another river ("the James
# River" of Virginia in a story from Huron, South Dakota): rivers run long, their points lie anywhere
FAR_RIVER_KM = 300.0
# a town of a water's name that small, far from the story's town, is not what the story's water is
FAR_HAMLET_PEOPLE = 5_000


def _far_namesake(text: str, start: int, end: int, inside: list[tuple[Proposal, Resolution]],
                  site_res: Resolution | None, one_state: bool) -> bool:
    """Whether the one reading found for a river's whole name is a namesake far from the story's
    town: a town called after a river ("the White River": White River, South Dakota — a town takes no
    "the") or, in a story whose places all lie in its town's state (`one_state`), a river of the name
    in another state (not the Neches, a Texas river, in a story from Athens, Texas, however far its
    point; nor the Benue in a story from Abuja that names Nigeria's states)."""
    if site_res is None or site_res.place is None or len(inside) != 1 or not re.search(
            rf"[ ](?:{WATER_WORDS})$", text[start:end]):
        return False
    p, r = inside[0]
    town = site_res.place
    # (or no town at all: "White River" put in the county the text names, no gazetteer having it there)
    if (p.start, p.end) != (start, end) or r.place is None or "qualified by" in r.why or (haversine_km(
            r.place.lat, r.place.lon, town.lat, town.lon) <= FAR_RIVER_KM and not r.contained):
        return False
    if r.place.feature == "city" or r.contained:  # (the headline's "White River crest" beside "The White River is")
        # (or a hamlet: "the festival is back on Long Pond" in Windsor, Nova Scotia is no Long Pond,
        # Pennsylvania — but Lake Charles is Louisiana's city wherever it is named)
        return re.search(rf"\b[Tt]he {re.escape(text[start:end])}\b", text) is not None or (
            r.place.feature == "city" and r.place.population < FAR_HAMLET_PEOPLE)
    return one_state and r.place.feature == "water" and r.place.admin1 is not None and r.place.admin1 != town.admin1


def _story_units(gaz: Gazetteer, resolved: list[tuple[Proposal, Resolution]],
                 ) -> tuple[Counter[str | None], str | None, Place | None]:
    """The countries of the story's places, the one most of them are in, and the province or
    county the story names most in that country: where a village or building it does not place
    lies when it has no main town ("people in West Prince" in a story about Prince Edward Island,
    "the scene in Roskear" in one about Cornwall, "MetroHealth Medical Center" in one about
    Cuyahoga County)."""
    countries = Counter(r.place.country for p, r in resolved if r.place is not None and p.source != "demonym")
    if not countries:
        # a story whose only other sign of where it is, is a nationality ("fighting in Nampala, Malian
        # officials said"): that country, as the story's places' own would be
        countries = Counter(r.place.country for p, r in resolved if r.place is not None and r.place.country
                            and r.place.feature == "country")
    country = countries.most_common(1)[0][0] if countries else None
    named = Counter(r.place.id for p, r in resolved if r.place is not None and r.place.feature in ("admin1", "admin2")
                    and p.source != "demonym" and countries and r.place.country == country)
    top = named.most_common(2)
    province = gaz.place(top[0][0]) if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
    return countries, country, province


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def _unknown_towns(gaz: Gazetteer, text: str, resolved: list[tuple[Proposal, Resolution]], main: Place | None,
                   states: set[str], province: Place | None = None, nation: Place | None = None,
                   ) -> list[tuple[Proposal, Resolution]]:
    """Towns no gazetteer has ("Lore City", "Harwinton", "the Hardeetown area") put near the town
    the story names most: local news names the villages around its town. The precision is a
    county's, since the place is near the town, not at it. Without such a town, one the text put
    somewhere ("in Roskear") goes to the province the story names most, with a province's
    precision, or failing that to `nation`, the one country all the story's places are in, with a
    country's precision; a name the model merely called a place is left out, and one the text put somewhere
    in a story with neither stays, with no point."""
    out = []
    for p, r in resolved:
        if r.place is not None or p.source not in ("entity", "named", "kind") or r.feature not in (None, "city"):
            out.append((p, r))
            continue
        name = text[p.start:p.end]
        if p.label == "FAC" and main is not None and _FACILITY_HEAD.search(name) and not _overlaps_placed(p, resolved):
            # "Washington Square", "the Stade de France": a square, building or bridge the model names
            # and no gazetteer has, at the town the story names most
            out.append((p, Resolution(main, r.candidates, 0.3, f"{name} is a facility the gazetteer lacks; placed "
                                                              f"at {main.name}, the town the story names most",
                                      feature="facility", precision="city", name=name, contained=True)))
            continue
        if (city := _city_of_parts(text, p, resolved)) is not None and _unplaced_town(gaz, text, p, resolved):
            # "Harare and the city's suburbs of Mbare, Glen View and Kuwadzana": parts of the city named
            # last before the list
            out.append((p, Resolution(city, r.candidates, 0.4, f"{name} is not in the gazetteer; placed at "
                                                              f"{city.name}, a part of which the text names it",
                                      feature="city", precision="city", name=name, contained=True)))
            continue
        neighbour = _listed_town(p, resolved)
        anchor = main or neighbour
        if main is not None and neighbour is not None and haversine_km(
                main.lat, main.lon, neighbour.lat, neighbour.lon) > NEIGHBOUR_FAR_KM:
            # "trained with Iraqi police in Fallujah and Habbaniyah" in a story of Athens, Tennessee: near
            # the town it is listed beside, far from the story's own
            anchor = neighbour
        held = _sentence_province(text, p, resolved)
        if held is not None and _unplaced_town(gaz, text, p, resolved) and not r.tentative and (
                anchor is None or anchor.admin1 != held.admin1 or anchor.country != held.country):
            # "in South Kivu province, where officials in the mining town of Kamituga reported …" in a
            # story datelined Goma: the province its sentence names before it, not the story's town
            why = f"{name} is not in the gazetteer; placed in {held.name}, the province its sentence names"
            out.append((p, Resolution(held, r.candidates, 0.3, why, feature="city", precision="admin1", name=name,
                                      contained=True)))
            continue
        # the model's word alone is not enough ("The Rebels", "Truth Social", "Seaquarium" are
        # "GPE" to it): a place the text puts somewhere, a town listed with towns, "the X area"
        unplaced = _unplaced_town(gaz, text, p, resolved)
        town_like = anchor is not None and unplaced and (
            not r.tentative or bool(_LOCAL_AFTER.match(text, p.end)) or neighbour is not None)
        if anchor is None or not town_like:
            if not r.tentative and province is not None and anchor is None and unplaced:
                unit = "county" if province.feature == "admin2" else "province"
                why = f"{name} is not in the gazetteer; placed in {province.name}, the {unit} the story names most"
                out.append((p, Resolution(province, r.candidates, 0.2, why, feature="city",
                                          precision=province.feature, name=name, contained=True)))
            elif not r.tentative and nation is not None and anchor is None and unplaced:
                why = f"{name} is not in the gazetteer; placed in {nation.name}, where the story's places all are"
                out.append((p, Resolution(nation, r.candidates, 0.1, why, feature="city", precision="country",
                                          name=name, contained=True)))
            elif not r.tentative:
                out.append((p, r))
            continue
        post = gaz.post_towns(name, states | {anchor.admin1 or ""}) if anchor.country == "USA" else []
        if len(post) == 1:  # "Harwinton" in a story from Connecticut: the post office of that name there
            out.append((p, Resolution(post[0], 1, 0.5, f"a US post-office town in {post[0].admin1}, a state the "
                                                        "story is in", name=name)))
            continue
        how = "the town the story names most" if anchor is main else "named beside it"
        out.append((p, Resolution(anchor, r.candidates, 0.3, f"{name} is not in the gazetteer; placed near "
                                                             f"{anchor.name}, {how}",
                                  feature="city", precision="admin2", name=name, contained=True)))
    return out


def _sentence_province(text: str, p: Proposal, resolved: list[tuple[Proposal, Resolution]]) -> Place | None:
    """The province named last before the mention in its own sentence, if one is ("in South Kivu
    province, where … the mining town of Kamituga")."""
    best = None
    for q, o in resolved:
        if o.place is None or o.place.feature != "admin1" or q.end > p.start or q.source == "demonym":
            continue
        if _SENTENCE_END.search(text, q.end, p.start):
            continue
        if best is None or q.end > best[0]:
            best = (q.end, o.place)
    return best[1] if best else None


def _city_of_parts(text: str, p: Proposal, resolved: list[tuple[Proposal, Resolution]]) -> Place | None:
    """The city named last before a list of its parts that the name is in ("the city's suburbs of
    Mbare, Glen View and Kuwadzana"), within the list's sentence or the one before."""
    parts = _PARTS_LIST_BEFORE.search(text, max(0, p.start - 160), p.start)
    if parts is None:
        return None
    before = [(q.end, r.place) for q, r in resolved if r.place is not None and r.place.feature == "city"
              and q.end <= parts.start() and parts.start() - q.end <= 200 and r.confidence >= 0.6]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _unplaced_town(gaz: Gazetteer, text: str, p: Proposal, resolved: list[tuple[Proposal, Resolution]]) -> bool:
    """Whether a name no gazetteer has reads as a village's: a short name with lower-case letters,
    no organisation's or region's word, no two countries run together, nothing found inside it, and
    a place to the model (or a town to the words before it: "the village of Xinmo")."""
    name = text[p.start:p.end]
    words = name.split()
    # ("Greece Italy" of "Cyprus, Greece Italy or Spain": two countries run together)
    return (len(words) <= 3 and any(c.islower() for c in name) and not any(w.casefold() in _NOT_TOWN_WORDS
                                                                            for w in words)
            and sum(any(gaz.features[i] in "CA" for i in gaz.lookup_ids(w)[:1]) for w in words) < 2
            and (p.label in (None, "GPE", "LOC") or p.hint == "city") and not find.is_possessive(text, p.end)
            and not _overlaps_placed(p, resolved))


def _overlaps_placed(p: Proposal, resolved: list[tuple[Proposal, Resolution]]) -> bool:
    """Whether a place was found inside or across the mention ("Dublin" of "Dublin Road")."""
    return any(q.start < p.end and p.start < q.end for q, o in resolved if o.place is not None)


__all__ = ["STREET_WORDS", "WATER_WORDS", "place_sites"]
