"""ng_places: place mentions, resolved to coordinates, kind, admin1 and country.

"Where" is half of an event, and the small spaCy model gets the Middle East wrong: it tags "Ain
al-Assad" and "al-Harir" as people, misses "Anbar province" as a unit and has no idea which
Tripoli is meant. This component finds mentions from the model's GPE/LOC/FAC entities and from
its own matcher over the text (`_place_find.py`: alias-table names, gazetteer names in a
locative context, facility phrases, kind words, regions), then resolves each against the
gazetteer (`newsgraph.kb.gazetteer`) using the article's country focus, the countries named
near it, places already resolved nearby and population (`_place_resolve.py`).

Each fact says how precise it is (`facility`, `city`, `admin1`, `country`, `region`) and why it
was chosen; an unresolvable mention keeps null coordinates. A later mention of the same place
("al-Assad" after "Ain al-Assad airbase") points at the first with `same_as`. Facts live in
`span._.ng_place` (one extension of this layer's own: span extensions are keyed by offsets and
label, so sharing `ng_attrs` with an entity of the same offsets would overwrite it).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..kb.gazetteer import (
    GENERIC_NAME_WORDS,
    Gazetteer,
    Place,
    aliases,
    demonym_table,
    haversine_km,
    iso3_by_iso2,
    load_gazetteer,
)
from ..kb.place_names import core_key, place_key, saint_abbreviated, same_name_key, spelling
from . import _place_find as find
from . import _place_words as place_words
from ._extensions import text_of
from ._lexicons import capitals, given_names
from ._place_cohesion import COHESION_KM, cohesion
from ._place_counties import (
    COUNTY_NAME,
    counties_before,
    counties_states,
    county_pairs,
    listed_counties,
    state_or_country,
)
from ._place_find import Proposal
from ._place_institutions import institution_places
from ._place_phones import clock_countries, has_street_grid, money_countries, phone_areas, street_countries
from ._place_resolve import (
    NEAR_KM,
    POST_TOWN_SUPPORT,
    Context,
    Resolution,
    choose,
    doubled_only,
    fact_fields,
    focus_of,
    is_weak,
    leading_provinces,
    moved,
    near_anchors,
    qualifier_holds,
    region_point,
)
from ._place_sites import STREET_WORDS, WATER_WORDS, place_sites
from .base import annotator
from .known_entities import known_entities
from .parts import PartIndex

SPANS_KEY = "ng_places"
if not Span.has_extension("ng_place"):
    Span.set_extension("ng_place", default=None)  # the place fact (plain data)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "NORP"})
_AIR = frozenset({"airport", "air base", "airbase", "air field", "airfield", "base", "military airport",
                  "international airport", "military base", "naval base"})
_ADJECTIVES = {(0.8, 0.5): "northern", (0.2, 0.5): "southern", (0.5, 0.8): "eastern", (0.5, 0.2): "western",
               (0.5, 0.5): "central", (0.8, 0.8): "north-eastern", (0.8, 0.2): "north-western",
               (0.2, 0.8): "south-eastern", (0.2, 0.2): "south-western"}
# the unit a district or county is "of": "the Gondra district of Uttar Pradesh"
_OF_UNIT = re.compile(rf"[ ]+of[ ]+(?:the[ ]+)?({find.RUN.pattern})")
# the last word of a park's, square's or hall's name
_SITE_NAME_END = re.compile(r"[ ](?:Park|Gardens?|Square|Hall|Common|Green|Stadium|Field|Centre|Center)$")
# the one or two capitalised words after a name ("North East" + " Texas Regional …")
_NEXT_NAME = re.compile(r"[ ]([A-Z][a-z]+)(?:[ ][A-Z][a-z]+)?")
# a province or region the text puts a place in, right after its name ("Douma in Eastern Ghouta")
_IN_UNIT_AFTER = re.compile(rf"[ ]+in[ ]+(?:the[ ]+)?({find.RUN.pattern})")
# a county the text puts a place in, right after its name: "Big Creek in Henry County", "the Rice Lake
# area of Fulton County", "Oakwood, Paulding County"
_COUNTY_AFTER = re.compile(r"(?:,[ ]+|[ ]+in[ ]+|[ ]+(?:area|section|part)[ ]+of[ ]+)(?:the[ ]+)?"
                           r"((?:[A-Z][\w.'’-]*[ ]){1,3}(?:County|Parish))\b(?!['’][ ]?s\b|[ ]+(?:Sheriff|Commission|"
                           r"Court|Board|Council|Jail|Fair|Airport|Road|Line|Health|Schools?|Department|Office|Clerk))")
# how near a province of a country's name lies to the country's point to be that land under another flag
SAME_LAND_KM = 150.0
# how far from its county's point a town of the county may lie
COUNTY_TOWN_KM = 60.0
_QUALIFIER = re.compile(rf"(?:,[ ]+|[ ]+in[ ]+(?:the[ ]+)?(?:[a-z-]+[ ]+)?)({find.RUN.pattern})")
# what follows "X District" in the name of a school board ("the Toronto District School Board")
_SCHOOL_BOARD_AFTER = re.compile(r"[ ]+(?:(?:Catholic|Christian|Public)[ ]+)?School[ ]+Board\b")
# what a town does as a place, not as its government, when it is a verb's subject: "Kabul fell", "Hanoi
# and Ho Chi Minh City accounting for a third of infections", "Baghdad sweltered"
# (not "see", "remain", "host", "record": "Moscow sees a threat", "Tehran remains defiant" are governments')
_PLACE_VERBS = frozenset({"fall", "account", "lie", "sit", "border", "experience", "suffer", "swelter", "shake", "burn",
                          "flood", "bake", "freeze", "sleep", "wake"})
# a gerund after a name, or after a second name joined to it: "with Hanoi and Ho Chi Minh City accounting"
_DOING_AFTER = re.compile(r"(?:[ ]+and[ ]+[A-Z][\w'-]*(?:[ ][A-Z][\w'-]*)*)?[ ]+[a-z]+ing\b")
# a landform's word in lower case after a name: "the Beni lowlands", "the Kivu highlands"
_LANDFORM_AFTER = re.compile(r"[ ]+(?:lowlands|highlands|uplands|plains|hills|mountains|valley|delta|basin|plateau|"
                             r"desert|savannah?|rainforest|foothills|coast|coastline|hinterland)\b")
# a river's name with its kind word after it or (British) before it, whose bare name news uses after it
# ("the Neches River" … "the Neches", "the River Tees" … "the Tees")
_RIVER_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ]+(?:River|Creek|Bayou)"
                         r"|River[ ]+(?P<after>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)")
# kin after "the" and a name: "the Cheney family", "the Kennedy brothers" — a surname
_KIN_AFTER = re.compile(r"[ ]+(?:family|families|brothers|sisters|siblings|clan|dynasty|twins)\b")
# a water's kind word after a name: "Hockanum River" is the river, whatever town "Hockanum" may be
_WATER_AFTER = re.compile(rf"[ ]+(?:{WATER_WORDS})\b")
# a news agency's credit after a dateline's town: "Moscow, SANA-", "Gaza, WAFA –", "Tehran, IRNA —"
_AGENCY_CREDIT = re.compile(r"[A-Z]{2,5}[ ]?[-–—]+[ ]")
_STRICT_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "into", "toward", "towards", "inside", "across",
                              "from"})
# Prepositions that place even a name the model calls a person ("planned in Clinton"; "from Irving" may
# be a quote's source, "at Jordan" a school's)
_IN_PLACE = frozenset({"in", "near", "outside", "around", "inside"})
# verbs whose object is a place, never a person: "Afghan forces shelled Farah" (not "visited", "hit")
_SHELLED = frozenset({"shelled", "bombed", "besieged", "bombarded", "stormed", "overran", "recaptured", "retook",
                      "encircled", "pounded", "liberated"})
# a retreat from a place: "troops withdrew from Farah" (a bare "from Irving" may be a quote's source)
_DRIVEN_FROM = re.compile(r"\b(?:withdrew|withdrawn|withdrawing|retreated|retreating|fled|fleeing|evacuated|"
                          rf"expelled|driven|ousted|pushed)[ ]+(?:out[ ]+)?from[ ]+$|{find.OUT_OF}")
# what war does to a place and not to a person, said before it: "troops shelled Dioura", "the siege of
# Dioura" (not "an attack on", "the fall of": people are attacked and fall)
_WAR_ON_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_SHELLED))}|(?:shelling|bombing|bombardment|siege|"
                                  r"liberation|recapture|encirclement)[ ]+of|battle[ ]+for)[ ]+$")
_LEADING_PREPOSITION = re.compile(r"(?:from|in|into|near|to|at|outside|through|via)[ ]+(?=[A-Z])")
# a part of a town by its compass quarter, abbreviated: "S.E. Paris apartment", "N.W. Rochester house",
# "SE Portland" (two letters: "W. Rochester" may be a man's initial)
_QUARTER_LEAD = re.compile(r"(?:[NS]\.[EW]\.|NE|NW|SE|SW)[ ]+(?=[A-Z][a-z])")
# a ship's name ("the Greek-owned ship Tutor was hit by a drone boat") and a group's before what it
# holds ("jets bombed Houthi positions"): no villages
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|boat|freighter|carrier|frigate|destroyer|cruiser|ferry|"
                            r"trawler|yacht)[ ]+$", re.I)
_GROUP_NOUN_AFTER = re.compile(r"[ ]+(?:positions|targets|fighters|forces|militants|rebels|troops|bases|camps|"
                               r"strongholds|units|leaders|commanders)\b")
# what befalls a place and not a person, said after it: "Berdyansk was hit by missiles", "Kut came under fire"
_BEFALLEN_AFTER = re.compile(r"[ ]+(?:was|were|has[ ]+been|had[ ]+been|is[ ]+being|have[ ]+been)[ ]+"
                             r"(?:(?:hit|struck|targeted)[ ]+(?:by|with)[ ]+(?:\w+[ ]+)?(?:missiles?|rockets?|drones?|"
                             r"(?:air)?strikes?|shells?|shelling|artillery|bombs?|an[ ]+earthquake|floods?)|shelled|"
                             r"bombed|bombarded|pounded|besieged|encircled|overrun|flooded|evacuated|retaken|"
                             r"recaptured|liberated|cut[ ]+off)\b|[ ]+came[ ]+under[ ]+(?:\w+[ ]+)?(?:fire|attack|"
                             r"shelling|bombardment|siege)\b"
                             # "Sderot and Kiryat Shmona were without power", "Gaza remains under blockade"
                             r"|[ ]+(?:was|were|is|are|remained|remain|remains)[ ]+(?:(?:left|still)[ ]+)?"
                             r"(?:without[ ]+(?:power|electricity|water|internet)|under[ ]+(?:curfew|siege|"
                             # ("Ghouta was under terrorists' control", "Kherson remained under Russian control")
                             r"lockdown|blockade|occupation|(?:[\w-]+['’]?[ ]+){1,2}control))\b")
# the people and officers of a place, before or after its name: "officials in Dioura", "Dioura residents"
_PEOPLE_IN = re.compile(r"\b(?:officials|authorities|residents|people|police|hospitals?|witnesses)[ ]+in[ ]+$")
# (narrower than _RESIDENT_AFTER, whose "man", "police", trades vouch only for names a gazetteer has)
_DWELLERS_AFTER = re.compile(r"[ ]+(?:residents?|villagers|inhabitants)\b")
# a kind word in lower case after a name the alias table has whole: "the Crimean bridge"
_LOWER_KIND_AFTER = re.compile(r"[ ](?:bridge|corridor|gap|pass|tunnel|dam|crossing|strait|canal|peninsula)\b")
# what a facility is, in lower case after its name: "the Fordow enrichment site", "the Natanz nuclear facility"
_SITE_WORD_AFTER = re.compile(r"[ ](?:(?:nuclear|enrichment|uranium|military|air|naval|oil|gas|detention|refugee|"
                              r"power)[ ]+)?(?:site|facility|plant|complex|reactor|base|prison|refinery|camp|"
                              r"airport|airfield|terminal)\b")
# a numbered local unit of a town: "Pack 136 of Madison", "Troop 179 from Winside", "American Legion Post 57 of
# Ashland" (capitals: "a crew of five" is no unit)
_NUMBERED_UNIT_OF = re.compile(r"\b(?:Pack|Troop|Crew|Post|Chapter|Lodge|Local|Den)[ ]+(?:No\.[ ]+)?\d+[A-Z]?[ ]+"
                               r"(?:of|from|in)[ ]+$")
# the theatre's words after "Broadway": New York's stage, not a street or a town of the name
_STAGE_AFTER = re.compile(r"[ ](?:stars?|smash|hits?|shows?|musicals?|productions?|debut|revival|actors?|actress|"
                          r"stage|theat(?:er|re)s?|producers?|plays?|cast|premiere|composer|legend|veteran|career|"
                          r"role|version|adaptation|audiences?|box[ ]office|run)\b")
# a move to a place: "he moved to Kyle in 1998" (not "a letter sent to Kyle", "returned to Lawrence"); any
# case, as headlines capitalise every word ("Money Headed to Alexandria")
_MOVED_TO = re.compile(r"\b(?:moved|moving|relocated|relocating|flew|drove|travell?ed|comes|came|coming|returns|"
                       r"returned|returning|heads|headed|heading|fled|evacuated|deployed)[ ]+(?:back[ ]+)?to[ ]+$",
                       re.I)
# Facility words that make "X <word>" a named place even when X is not in the gazetteer.
_NAMED_KINDS = frozenset({"refugee camp", "displacement camp", "idp camp", "camp", "crossing", "border crossing",
                          "airport", "international airport", "air base", "airbase", "airfield", "air field",
                          "hospital", "prison", "highway"})
# Kind words before a name that make it a town even when no gazetteer knows it ("the town of Paletwa").
_TOWN_KINDS = frozenset({"city", "town", "village", "suburb", "neighbourhood", "neighborhood", "capital"})
# "X near Y" / "X outside Y": an unknown town or camp placed by the town it is near.
_NEAR_TOWN = rf"[ ]+(?:the[ ]+)?(?:(?:city|town)[ ]+of[ ]+)?({find.RUN.pattern})"
_NEAR = re.compile(rf"[ ]+(?:near|outside|north[ ]+of|south[ ]+of|east[ ]+of|west[ ]+of){_NEAR_TOWN}")
# the same right after a known name, comma or none, without the compass words (which say far as well as
# near: "Mosul, north of Baghdad"): "Holton, near Halesworth", "Kagadi outside Hoima"
_NEAR_TOWN_AFTER = re.compile(rf",?[ ]+(?:near|outside){_NEAR_TOWN}")
# "the southern Lebanese town of Khiam": the country (by its adjective) and the compass part before the kind word.
# State abbreviations that are also words, titles or names: only after "Town, " ("Springfield, Ill.").
_WORD_LIKE_ABBREVIATIONS = frozenset({"Miss.", "Ind.", "La.", "Wash.", "Mass.", "Mo.", "Pa.", "Del.", "Ore.", "Ill.",
                                      "Ga.", "Md.", "Va.", "Kan.", "Neb.", "Mont.", "Tex.", "Vt.", "Wis.", "Ala.",
                                      "Man.", "B.C.", "Alta."})  # "Man." is a word; "500 B.C."
_CONTINENT_WORDS = {"European": "Europe", "Europeans": "Europe", "African": "Africa", "Africans": "Africa",
                    "Asian": "Asia", "Asians": "Asia", "Latin American": "Latin America"}
# a table of counties in a sentence: "Surrounding counties and their rates include: Hamilton, 6 percent;
# Hendricks, 7.3 percent; … and Clinton, 10.5 percent" — each item a county's name and its figure
_COUNTY_TABLE = re.compile(r"\b(counties|parishes)\b[^.:;]{0,120}:[ ]+([^\n]{0,600}?)(?:\.[ ]+[A-Z]|\.?\n|\.?$)")
_COUNTY_TABLE_ITEM = re.compile(rf"(?:^|;[ ]+|,[ ]+and[ ]+)(?:and[ ]+)?({COUNTY_NAME}),[ ]+[$]?\d")
_GENERIC_FACILITY_WORDS = frozenset({"international", "airport", "air", "base", "airbase", "airfield", "field", "army",
                                     "regional", "municipal", "military", "naval", "station", "camp", "crossing",
                                     "port", "refugee", "border", "city", "national", "new", "center", "centre",
                                     "stadium", "arena", "hall", "university", "college", "park", "garden"})
_UNIT_NAME = re.compile(r"[ ](?:County|Parish|Province|District|Governorate|Oblast)$")
# what parts a town from the province after it: ", " — or its kind word first ("Garut regency, West Java")
_HELD_BY_NEXT = re.compile(r"(?:[ ](?:regency|district|county|municipality|prefecture|township|village|town|city))?, ")
_UNIT_WORD = re.compile(r"\b(?:County|Parish|District)\b")  # anywhere in an alias-table region's name
# the words that make a name a civil unit's ("Manchester Township", "Orleans Parish")
# (not "City": "in Mexico City", "in Quebec City" are in Mexico and Quebec)
_CIVIL_UNIT_WORDS = frozenset({"Township", "County", "Parish", "Borough", "District", "Municipality", "Twp"})
_INSTITUTION_OF = re.compile(r"\b(?:Hospital|Hospitals|Archdiocese|Diocese|Museum|Zoo|Port|Children's|"
                             r"Children’s)[ ]+of[ ]+$")
_RESIDENT_AFTER = re.compile(r"[ ]+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|native|"
                             r"couple|family|area|police|sheriff|mayor|officials|city[ ]+council|schools|hospitals|"
                             # what spans the town: "Gainesville citywide election"
                             r"citywide|city-wide|townwide|town-wide|"
                             # ("Brant OPP": the provincial police's detachment)
                             r"councils|Republican|Democrat|OPP|RCMP|"
                             # a townsman by his trade: "Concord developer Kevin Guay", "a Dallas attorney"
                             r"developer|businessman|businesswoman|lawyer|attorney|physician|dentist|teacher|"
                             r"restaurateur|contractor|builder|pastor|firefighter|entrepreneur|landlord|homeowner|"
                             r"farmer|rancher|architect|retiree|nurse|doctor|GP|"
                             # a service member from the town: "the 28-year-old Manchester Marine killed last week"
                             r"Marine|soldier|sailor|airman|Guardsman|serviceman|servicewoman)\b")
# a town's own officers, people and parts after its possessive: "Mariupol's mayor", "Erbil's residents",
# "Gaza City's Shifa hospital" is left to the facility rules
_TOWN_PART_AFTER = re.compile(r"['’]s[ ]+(?:mayor|deputy[ ]+mayor|governor|residents|inhabitants|population|streets|"
                              r"outskirts|suburbs|city[ ]+cent(?:er|re)|old[ ]+city|city[ ]+council|city[ ]+hall|"
                              r"municipality|neighbou?rhoods|hospitals|airport|seaport|port|train[ ]+station|"
                              r"railway[ ]+station|water[ ]+supply|power[ ]+station|main[ ]+square|market|"
                              # its sides: "entering Rock Hill's south side", "Mosul's west side"
                              r"(?:north|south|east|west)[ ]+side|downtown|city[ ]+limits|"
                              # its officers and boards: "Joliet's building inspector says"
                              r"building[ ]+inspector|police[ ]+(?:chief|department)|fire[ ]+(?:chief|department)|"
                              r"city[ ]+(?:manager|attorney|clerk|engineer|administrator)|town[ ]+(?:manager|clerk)|"
                              r"school[ ]+(?:board|district|superintendent)|planning[ ]+(?:commission|board)|"
                              r"zoning[ ]+board|public[ ]+works)\b")
_OF_AFTER_PERSON = re.compile(r"(?:,[ ]+\d{1,3})?,?[ ]+of[ ]+$")
# Offices named after their town or county: "Litchfield Fire Chief", "Kent First Selectman".
_OFFICE_AFTER = re.compile(r"[ ]+(?:Fire|Police|Sheriff|Mayor|Chief|First[ ]+Selectman|Selectman|Councilman|"
                           r"Councilwoman|Commissioner|Superintendent|County[ ]+Commissioner|City[ ]+Manager)\b")
# a name with a possessive inside: "King's Lynn", "Bishop's Stortford"
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z]+['’]s[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?![\w'’])")
# a US state's police after "<State> State": "Florida State Police", "Ohio State Highway Patrol"
_STATE_FORCE_AFTER = re.compile(r"[ ]+State[ ]+(?:Police|Patrol|Highway[ ]+Patrol|Troopers?)\b")
# a British local authority after its area's name: "Enfield Council", "Kent County Council"
_COUNCIL_AFTER = re.compile(r"[ ]+(?:(?:County|Borough|City|District)[ ]+)?Council\b")
# a state's bodies after a country's name: "Mali troops", "Chad government forces"
_STATE_BODY_AFTER = re.compile(r"[ ]+(?:government[ ]+)?(?:troops|forces|army|soldiers|military|government|"
                               r"authorities|navy|air[ ]+force)\b")
# a town's office and its holder after the town's name: "Tillsonburg Mayor Stephen Molnar"
_TOWN_OFFICER_AFTER = re.compile(r"[ ]+(?:Mayor|(?:Deputy|Vice)[ -]+Mayor|Police[ ]+Chief|Fire[ ]+Chief|"
                                 r"First[ ]+Selectman|Selectman|Councilman|Councilwoman|Councillor|Alderman|"
                                 r"Superintendent|"
                                 r"(?:City|Town)[ ]+(?:Manager|Clerk|Administrator)),?[ ]+[A-Z][a-z]"
                                 # a British borough's wards and party groups: "Brentford ward councillor
                                 # Ruth Cadbury", "Hounslow Labour councillors"
                                 r"|[ ]+(?:ward|(?:Labour|Conservative|Tory|Liberal[ ]+Democrat|Lib[ ]+Dem|Green)"
                                 r"(?:[ ]+(?:group|party))?)[ ]+(?:councillors?|council[ ]+candidates?)\b")
# an institution's name that goes on to say where it is: "(University of St. Thomas) in Houston"
_PLACED_ELSEWHERE = re.compile(r"(?:[ ][A-Z][\w.'’-]*){0,3},?[ ]in[ ](?:the[ ])?[A-Z]")
# the party after a place's name inside the model's "person": "Hounslow Labour councillors"
_PARTY_AFTER = re.compile(r"[ ]+(?:Labour|Conservatives?|Tories|Tory|Liberal[ ]+Democrats?|Lib[ ]+Dems?|Greens?)$")
# the words after a name that speak of a town: its police, schools, council and people ("a Lebanon
# woman", "Palestine Independent School District") — a country's are "Lebanese police". Narrower than
# _RESIDENT_AFTER (which vouches that a name is some place): "Lebanon officials", "a Lebanon native",
# "the Lebanon area" may well be the country's
_SMALL_TOWN_WORDS = (r"policemen|firefighters|fire (?:department|chief|fighters)|township|"
                     r"(?:high|middle|elementary|junior high) school|independent school|boy|girl|teen|teenager|couple|"
                     r"selectmen|city (?:council|hall|manager|limits|commission|schools)|civic cent(?:er|re)|"
                     r"senior citizens'? cent(?:er|re)|volunteer fire|public library")
_TOWN_USE = re.compile(rf" (?:{_SMALL_TOWN_WORDS}|police|man|woman|residents?|mayor|city officials)\b", re.IGNORECASE)
_VALLEY_NAME = re.compile(r"(?:[Tt]he )?([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}) Valley")
# an island named with its kind word, which the gazetteer may know by the bare name ("Yap Island")
# words of rivers and their floods around a name: "the Ohio crested at Cairo", "barges on the Mississippi"
_FLOOD_WORDS = re.compile(r"\b(?:[Rr]ivers?|[Ff]lood(?:s|ed|ing|waters?)?|[Ll]evees?|[Cc]rest(?:s|ed|ing)?|[Bb]arges?|"
                          r"[Uu]pstream|[Dd]ownstream|[Cc]onfluence|[Bb]anks|[Tt]ributar(?:y|ies))\b")
# what follows a river's bare name, not a state's used as a word before a noun ("the Iowa company", "the
# Ohio State University"): a clause's end, a preposition, a river's verb
_RIVER_USE_AFTER = re.compile(r"[.,;:)]|[ ]+(?:at|near|in|from|to|into|and|below|above|between|past|through|"
                              r"rose|rises|rising|crested|crests|cresting|flows|flowed|flowing|flooded|meets|met|"
                              r"runs|ran|reached|overflowed|spilled|was|is|has|had|will|remains|remained)\b")
_ISLAND_NAME = re.compile(r"([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}) Island")
# a street address or a person's age before the name: "400 S. Locust St., Lebanon", "Terry Jolly, 60, Lebanon,"
# — or the words "the city of": "Tickets are $15, according to the city of Turkey" (Texas)
_TOWN_USE_BEFORE = re.compile(r"(?:\b\d{1,5}(?: [NSEW]\.?)?(?: [A-Z][\w'.-]*){1,3} (?:St|Street|Ave|Avenue|Rd|"
                              r"Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pike|Hwy|Highway|Ct|Court)\.?"
                              r"|[A-Z][\w'.-]+, \d{1,3}),[ ]$|\b[Tt]he (?:[Cc]ity|[Tt]own|[Vv]illage) of $")
# what news says of a small town and hardly of a capital: "Paris firefighters", "the Paris High School",
# "a Paris girl", "London city council" (not "Paris police", "London Mayor Sadiq Khan")
_SMALL_TOWN_USE = re.compile(rf" (?:{_SMALL_TOWN_WORDS})\b", re.IGNORECASE)
# the town's people and services after its name, in lower case: "Chicopee residents discuss …", "a
# Lebanon woman" — a heading's "Commerce Mayor" or "Ontario ParaSport" is no such use
_TOWN_PEOPLE = re.compile(r" (?:residents?|man|woman|men|women|boy|girl|teen|teenager|couple|family|police|"
                          r"firefighters|voters|homeowners|students|schools|officials)\b")
# the kind word of a government before the name of one of its bodies ("City Council", "State Council")
_BODY_OF_UNIT_BEFORE = re.compile(r"(?<![\w.])(?:City|Town|Village|Township|Borough|State)[ ]$")
# a person's name with a middle initial, whatever the model calls it ("Tyrise M. Bell", ORG)
_INITIALLED_NAME = re.compile(r"[A-Z][a-z]+[ ][A-Z]\.[ ](?:Mc|Mac|O')?[A-Z][a-z]+")
# where a clause or a list item ends after a name — a line's end too ("Chirk Castle, Wrexham" heading
# a paragraph of a listings page)
_CLAUSE_END = re.compile(r"[ \t]*(?:\n|[,.;:()\]”\"]|$)")
# the words before a list's next name: ", ", " and ", " to " ("from Ellsworth to Riley counties")
# the names of a list before a later one, from its first: "Scottsville and " (Franklin), "Jersey City, " (Elizabeth);
# group 1: the words before a list's last name
_LIST_SO_FAR = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*)?"
                          r"(?:,[ ]+[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*)?)*(?:(,?[ ]+(?:and|or)[ ]+)|,[ ]+)$")
# a preposition that opens such a list: "jobs at plants in Scottsville and Franklin"
_LIST_OPENER = re.compile(r"\b(?:in|at|near|to|from)[ ]+$")
# a state line crossed before a name: "across the state line in Washington"
_STATE_LINE_BEFORE = re.compile(r"\bstate[ ]+lines?[ ]+(?:in|into|to|from|with)[ ]+$")
_BEFORE_LISTS_NEXT = re.compile(r"(?:,|\band|\bor|\bto|\bthrough)[ ]+$")
_LIST_ITEM_END = re.compile(r"[ \t]*(?:\n|[,.;:()]|['’]s\b|and\b|or\b|$|(?:airports|cities|towns|villages|counties|"
                            r"provinces|regions|states|districts|areas|ports|bases|camps|neighbou?rhoods)\b)")
# countries whose towns' names are English and spelt one way (no transliteration variants)
_ENGLISH_SPELT = frozenset({"USA", "CAN", "GBR", "AUS", "NZL", "IRL"})
# countries whose towns' names reach English news transliterated from another script (Arabic,
# Persian, Cyrillic, Ge'ez, Chinese …) or from spellings of languages written many ways (Somali,
# Hausa, Pashto): a name spelt with other vowels may be one of their towns (`Gazetteer.respelt`) —
# a German or Mexican town's name is written one way
_TRANSLITERATED = frozenset({
    "DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT", "SAU",
    "SYR", "TUN", "ARE", "YEM", "ESH", "MRT", "SDN", "SSD", "TUR", "CYP", "AFG", "PAK", "IND", "BGD", "NPL",
    "LKA", "KAZ", "KGZ", "TJK", "TKM", "UZB", "MNG", "RUS", "UKR", "BLR", "GEO", "ARM", "AZE", "SRB", "BGR",
    "MKD", "GRC", "ETH", "ERI", "DJI", "SOM", "MLI", "NER", "TCD", "BFA", "NGA", "CMR", "CAF", "SEN", "GIN",
    "CHN", "TWN", "KOR", "PRK", "JPN", "MMR", "THA", "KHM", "LAO"})
_NUMBER_AFTER = re.compile(r" \d")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# a story "in one state": at least this many confident places there, and this share of its places
# initials a province's name gives that stand for other things in news far more often: the
# Associated Press (Andhra Pradesh), Members of Parliament (Madhya Pradesh), British Airways and
# bachelors of arts (Buenos Aires), horsepower (Himachal Pradesh), chief ministers, prime ministers
_INITIALS_OF_OTHER_THINGS = frozenset({"AP", "MP", "BA", "HP", "CM", "PM", "MA", "PA", "SC", "GP", "PR", "TV",
                                       "AG", "VP", "CEO", "UN", "US", "EU"})
STORY_STATE_MENTIONS = 3
# a list from a name to its last item: ", Stoke Newington and Walthamstow" (capitalised items only)
_LIST_TO_LAST = re.compile(r"(?:,[ ]+[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})*,?[ ]+(?:and|or)[ ]+"
                           r"([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})")
# the names listed right before and after a name: "in Columbus and Delaware", "Delaware, Galion and …"
_LISTED_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:,[ ]+|,?[ ]+(?:and|or)[ ]+)$")
_LISTED_AFTER_NAME = re.compile(r"(?:,[ ]+|,?[ ]+(?:and|or)[ ]+)([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\b")
# how near the last item of a list must lie for a small town listed with it to be a town
LISTED_NEIGHBOUR_KM = 50.0
# a sentence's opening words before "of" that are people or parts, not a name's first word ("Residents
# of the Jenin camp", "Thousands of Gaza residents")
_PEOPLE_OF = re.compile(r"(?:Residents|Officials|Members|Parts|Most|Many|Some|Thousands|Hundreds|Dozens|Millions|"
                        r"Families|Refugees|People|Survivors|Leaders|Citizens|Villagers|Soldiers|Troops|Areas|Both|"
                        r"All|Each|Much|None|Half|Workers|Children|Supporters|Students)[ ]+of[ ]")
_SEASONS = frozenset({"Spring", "Summer", "Fall", "Autumn", "Winter"})
# a town's name and a part of it before a unit's kind word: "Seoul Central (District)", "Kabul North"
_INNER_PART = re.compile(r"(.+?)[ ]+(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Inner|Outer)")
# a court named after its seat, which makes the name a place mention: "The Delhi High Court", "Kingston Crown Court"
_SEAT_COURT_AFTER = re.compile(r"[ ]+(?:High|Crown|Magistrates['’]?|Sheriff|District|Circuit|Superior|Municipal|"
                               r"Coroner['’]s)[ ]+Court\b")
# a British court named after its town: "Kingston Crown Court", "Leeds Magistrates' Court", "Perth Sheriff Court"
_UK_COURT_AFTER = re.compile(r"[ ]+(?:Crown|Magistrates['’]?|Sheriff|Coroner['’]s)[ ]+Court\b")
# how often a story names a small town of several words, which no other place is called, for the
# name inside its institutions' names to be the town ("the New Concord Reservoir")
STORY_TOWN_REPEATS = 3
# how far into the text a dateline stands (after a headline or byline at most)
DATELINE_REACH = 300
# a city whose name a reader knows as a place even where the model takes it for a person's ("Austin")
BIG_TOWN_PEOPLE = 100_000
# the least people of a town whose name is two letters, read where the words call it a place ("in Wa")
SHORT_TOWN_PEOPLE = 50_000
# two big cities this close vouch for each other's names (`_big_neighbours`)
NEIGHBOUR_CITY_KM = 100
# a bare dateline's city that readers know, and how much smaller a namesake may be and still be meant
DATELINE_CITY_PEOPLE = 100_000
DATELINE_CITY_RATIO = 5
DATELINE_VILLAGE_RATIO = 50  # (a town up to this much smaller stays where the story names its state or county)
# how far an airport or base may lie from the town whose it is ("St. Petersburg's Pulkovo Airport")
FACILITY_TOWN_KM = 50
# the least a town's people for a team nickname after its name to name it ("the Seattle Seahawks";
# not a small town's high-school "Panthers")
TEAM_TOWN_PEOPLE = 50_000
# how many different American town names a story must give for the one state that has them all to settle them
SHARED_STATE_NAMES = 3
SHARED_STATE_KM = 80.0  # and how near each other that state's places of those names must lie
STORY_STATE_SHARE = 0.6
_IN_WORDS = r"(?:in|In|at|At|near|outside|inside|around)"
# a journey's end, which a person is not: "travelling to Cirencester", "the road to Welch"
_JOURNEY_TO = (r"\b(?:travel(?:l?ing|l?ed|s)?|driv(?:e|es|ing)|drove|head(?:ing|ed|s)?|journeys?|commut(?:e|es|ing)|"
               r"flew|flights?|trains?|buses|roads?|routes?|diversion|relocat(?:ed|ing))[ ]+(?:back[ ]+)?to[ ]+")
# how often the model must call a one-word name a person (and never a place) for it to be one
PERSON_WORD_TIMES = 3
# the second word of a town named after a state or country, which the gazetteer may lack
# ("Tennessee Colony", a Texas community; "Iowa Falls"; "Indiana Harbor")
_SETTLEMENT_WORD = re.compile(r" (?:Colony|City|Falls|Beach|Springs|Heights|Village|Junction|Rapids|Harbor|Harbour|"
                              r"Landing|Crossing|Mills|Grove|Gap|Township|Settlement|Station)\b(?! (?:of|[A-Z]))")
_WATER_NAME = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Lake|River|Bay)$")
# what only a municipality has: "the Mount Pleasant City Council", "Belchertown Police Department"
_MUNICIPAL_BODY = (r"(?:City|Town|Village|Borough|Township) (?:Council|Hall|Manager|Board|Clerk|Schools|"
                   r"School District|School System)")
_MUNICIPAL_AFTER = re.compile(rf" {_MUNICIPAL_BODY}|"
                              r" (?:Police|Fire) Department\b| Board of Selectmen\b| Selectmen\b")
# what a town keeps for its people, after a name that may be a given name: "the Meredith Community Center",
# "the Marion Public Library", "the Warren Board of Education" (not a person's: "Madison Square Garden")
_TOWN_INSTITUTION_AFTER = re.compile(r" (?:(?:Community|Senior|Senior Citizens|Civic|Recreation) Center|Public Library|"
                                     r"Board of Education|School Board|Chamber of Commerce)\b")
# "City" between a town's name and its office, which the model takes into the name: "San Fernando City
# Councilwoman", "a Las Vegas City Marshal"
_CITY_OFFICE = re.compile(r"[ ]City(?=[ ](?:Council(?:wo)?man|Council(?:member|or)?s?|Marshal|Attorney|Hall|Manager|"
                          r"Clerk|Commission(?:er)?s?|Treasurer|Controller|Auditor|Schools|Police|Fire|political|"
                          r"officials|employees|government)\b)")
# a town's high school, abbreviated: "Stonington H.S."
_HIGH_SCHOOL_AFTER = re.compile(r"[ ]H\.S\.")
# the last word of an event's name, which the model may tag as a facility or place
_EVENT_NAME = re.compile(r"[ ](?:Vigil|Mass|Festival|Parade|Summit|Games|Cup|Championships?|Marathon|Fair|"
                         r"Conference|Convention|Ceremony|Celebration|Tournament|Awards|Olympics|Expo|Rally)$")
# US politicians' party and home town: "Rep. Wendell Gilliard, D-Charleston", "Linda Sumner, R-Raleigh",
# Minnesota's Democratic-Farmer-Labor members ("Tom Bakk, DFL-Cook"), a dash after ("R-Marshall — joined",
# or its UTF-8 bytes read as Windows-1252, as some papers print it: "R-Marshall â “ joined")
_PARTY_TOWN = re.compile(r"(?<![\w-])(?:[DRI]|DFL)[-–]((?:Mc|Mac|De|La)?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)"
                         r"(?=[;,)]|[ ]and\b|[ ][—–-]|[ ]â[ €“”]|\.(?:[\s,;)]|$)|$)")
# a country's diplomatic mission in a place: "the US consulate in St. Petersburg", "the British
# Embassy in Washington" (the place is abroad to that country)
_MISSION_BEFORE = re.compile(r"\b((?:U\.S\.|[A-Z][a-z]*|[A-Z]{2,3})(?:['’]s)?)[ ]+"
                             r"(?:[Ee]mbassy|[Cc]onsulate(?:[ ]+[Gg]eneral)?|[Hh]igh[ ]+[Cc]ommission)"
                             r"[ ]+in[ ]+(?:the[ ]+)?$")
_COMPASS_ONLY = re.compile(r"(?:North|South|East|West|Central)(?:[- ]?(?:east|west|East|West))?(?:ern)?"
                           r"(?:[ ](?:Coast|Side|End|Region|Province|District|Division|Area|State))?$")
# what the model may call a town's name standing alone ("at a Palmdale park-and-ride": NORP; "from
# Paredes de Nava to Baltanas": ORG) — not part of a longer name ("Carnegie" of "Carnegie Hall")
_LONE_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# plain words a small town bears that GENERIC_NAME_WORDS (the gazetteer's) leaves out: a river's
# delta, an airline ("Delta has been flying")
_PLAIN_WORDS = frozenset({"delta"})
# how far from a county's point its towns may lie (a big western county is wider)
COUNTY_REACH_KM = 60.0
# a team's season record after its town's name on a sports page: "for Winchester (21-4)"
_RECORD_AFTER = re.compile(r"[ ]+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")
# a hill's or lake's name a town also bears ("Mount Washington", "Lake Forest")
# a side of a town, named as a town: "West Salem", "North Ogden"
_TOWN_SIDE = re.compile(r"(?:North|South|East|West)[ ]+([A-Z][\w’'.-]+(?:[ ][A-Z][\w’'.-]+)?)")
# a province's kind word after a people's word that names it: "the Somali region", "Afar Region"
_REGION_WORD_AFTER = re.compile(r"[ ]+(?:[Rr]egion|[Ss]tate|[Pp]rovince)\b")
# words that open a sentence before a place's name, capitalised only for that
# words that open a part of a town's or a district's name, never a person's: "Historic Dublin", "Old Town"
_PLACE_NAME_OPENERS = frozenset({"Historic", "Downtown", "Uptown", "Midtown", "Old", "Olde", "Greater", "Metro",
                                 "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Inner",
                                 "Outer"})
_LEAD_ADJECTIVES = frozenset({"Neighbouring", "Neighboring", "Nearby", "Rural", "Suburban", "Downtown", "Coastal",
                              "Remote", "Tiny", "Landlocked", "Oil-rich", "Neighbour", "Neighbor"})
# the last name of a list a preposition of place opens: "Commuters from Cambridge and Te Awamutu said" —
# the speakers are the commuters, not the town
_NAME_WORDS = r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*)*"
_LIST_AFTER_LOCATIVE = re.compile(
    rf"\b(?:from|in|at|near)[ ]+{_NAME_WORDS}(?:,[ ]+{_NAME_WORDS})*,?[ ]+(?:and|or)[ ]+$")
# what a town's name heads (in lower case, but its police also capitalised: "Alexandria Police went"), and its
# county: "the Clinton school board", "Clinton County"
_TOWN_OWN = r"(?:County|Township|Parish|school|schools|[Pp]olice|city[ ]council|town[ ]council|council|mayor)\b"
# a name listed with another: "Kyle and Austin" / "Austin and Round Rock" (as "left|right" of the name)
# (not after a comma: "Meanwhile, Warren")
_LISTED_BESIDE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*[ ](?:and|or)[ ]\||\|(?:,[ ]|[ ]and[ ]|[ ]or[ ])[A-Z]")
# a name the story gives a person in place of theirs: "Noma (not her real name) opened a case"
_PSEUDONYM = re.compile(r"\b([A-Z][a-z]+)[ ]\((?:not (?:her|his|their) (?:real|actual) name|a pseudonym|"
                        r"names? (?:has been |have been )?changed)\)")
# the next item of a list after a name: ", U.S. Trade Representative Robert Lighthizer"
_LIST_ITEM = re.compile(r",[ ]([^,;:()]{1,80}?)(?=,|[ ]and[ ]|[ ]or[ ]|;)")
_LAKE_LAST = re.compile(r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[ ]Lake")
_LOCAL_FEATURE = re.compile(r"(?:Mount|Mt\.|Lake)[ ]+[A-Z]")
# a town's reading this unsure (`Resolution.confidence`: a near tie with another namesake) is read
# again beside the towns a later round placed (`_beside_new_anchors`)
CLOSE_CALL = 0.6
# a big city: two of a country's in a story say the country, where no word names it (Toronto, Calgary)
_STORY_CITY_PEOPLE = 250_000
# an unsure name joins when names the article is sure of give one of its namesakes this much
# support (annotators/_place_cohesion.py: a neighbour with at most four namesakes)
UNSURE_SUPPORT = 0.5
# a town of a country's name is meant when names that are no countries give it this much support
# ("LEBANON (AP)" beside Ohio and Warren County); one ambiguous neighbour is not enough ("Italy" in a
# Texas story that lists the countries of the war)
TOWN_OF_COUNTRY_SUPPORT = 1.0
_TITLES = frozenset({"judge", "justice", "sen", "senator", "rep", "gov", "governor", "mr", "mrs", "ms", "miss", "dr",
                     "president", "mayor", "coach", "officer", "sgt", "lt", "capt", "gen", "col", "prof", "rev",
                     "chief", "director", "by", "minister", "secretary", "councilman", "councilwoman", "commissioner",
                     "maj", "cpl", "pvt", "spc", "adm", "cmdr", "supt", "insp", "det", "atty"})
# what people are called before their names: "street artist Banksy", "rapper Drake"
_PERSON_NOUNS = frozenset({"artist", "singer", "rapper", "actor", "actress", "author", "writer", "novelist", "poet",
                           "photographer", "designer", "painter", "sculptor", "musician", "comedian", "chef", "model",
                           "player", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
                           "producer", "filmmaker", "director", "star", "dj", "blogger", "youtuber", "influencer"})
_NUMBERED_AFTER = re.compile(r"[ ]+(?:No\.|Nos\.|Number|#)[ ]?\d")
_POSSESSOR = re.compile(r"((?:[A-Z][\w.]*[ ]){0,2}[A-Z][\w.]*)['’]s[ ]$")
# a place's relative clause after a name: "Chad, where the disease struck"
_WHERE_AFTER = re.compile(r",[ ]+where[ ]")
# the name a possessive owns: "Ontario's Peel Region"
_OWNED_AFTER = re.compile(rf"['’]s?[ ]+({find.RUN.pattern})")
# the town a part of a town lies in, after its name: "the West Point slum in Monrovia", "West Point, a
# slum in Monrovia", "the Kibera district of Nairobi" (the kind word says it is a part, not a town)
_PART_WORDS = r"(?:slum|shanty[ ]?town|neighbou?rhood|district|quarter|suburb|township|camp)"
_PART_OF_TOWN_AFTER = re.compile(rf"(?:[ ]+{_PART_WORDS}|,[ ]+(?:a|an|the)[ ]+(?:[a-z-]+[ ]+){{0,2}}{_PART_WORDS})"
                                 rf"[ ]+(?:in|of)[ ]+({find.RUN.pattern})")
_TITLE_BEFORE = re.compile(r"\b(\w+)\.? $")
# a name's last word that makes it a street's or a site's ("Main Street", "Central Park")
_SITE_WORD_LAST = re.compile(rf"[ ](?:{STREET_WORDS}|Park|Square|Plaza|Center|Centre|Mall)$")


# where a word that puts something in a place, or travels to it, ends (as a look-ahead: every start tried)
_PLACING = re.compile(rf"(?=((?:\b{_IN_WORDS}[ ]+|{_JOURNEY_TO})))")
_NAME_ENDS = re.compile(r"\b(?!['’])")


@lru_cache(maxsize=4)
def _placing_ends(text: str) -> tuple[int, ...]:
    """Where the text's placing words end ("in ", "travelling to "), for `_placed_in` (cached: asked
    for each name the model calls a person)."""
    return tuple(sorted({m.end(1) for m in _PLACING.finditer(text)}))


def _in_placed_list(text: str, start: int, end: int) -> bool:
    """Whether the name is a later name of a list a preposition or a noun whose "of X" is a place
    opens ("crews from Jersey City, Elizabeth and Kearny", "jobs at plants in Scottsville and Franklin",
    "residents of Oak Ridge and Clinton"): it joins if the list's other names are places."""
    listed = _LIST_SO_FAR.search(text, max(0, start - 60), start)
    if listed is None or not (listed.group(1) or _LIST_GOES_ON.match(text, end)):
        return False
    first = listed.start()
    return bool(_LIST_OPENER.search(text, max(0, first - 6), first)) or find.place_of_before(text, first)


def _placed_in(text: str, word: str) -> bool:
    """Whether the text puts something in the name or travels to it ("the tournament in Delano",
    "travelling to Cirencester"): a place, whatever the model makes of it elsewhere."""
    return any(text.startswith(word, end) and _NAME_ENDS.match(text, end + len(word))
               for end in _placing_ends(text))


def _common_word(text: str, name: str) -> bool:
    """Whether a one-word name is written in lower case elsewhere in the text, as a word
    ("council", "union", "spring") — a town's name never is."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.lower() in _lower_case_words(text)


@lru_cache(maxsize=4)
def _virus_names(text: str) -> frozenset[str]:
    """Names the text gives a virus or its fever ("the Marburg virus", "Ebola hemorrhagic fever"; cached:
    asked by two passes)."""
    # (its last word too: "The Marburg virus" names Marburg; "West Nile virus", West Nile)
    return frozenset(name for m in _VIRUS_NAME.finditer(text) for name in (m.group(1), m.group(1).split()[-1]))


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (cached: asked for every small town's name)."""
    return frozenset(_LOWER_WORD.findall(text))


def _part_of_name(word: str, name: str) -> bool:
    """Whether `word` is only some of the words of `name` ("Abbas" of "Fort Abbas")."""
    mine, theirs = place_key(word).split(), place_key(name).split()
    return len(mine) < len(theirs) and all(w in theirs for w in mine)


def _titled(text: str, start: int) -> bool:
    """Whether a title stands right before a name ("President Obama", "Gov. Inslee")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in _TITLES


_LOCAL_INSTITUTIONS = frozenset({
    "police", "fire", "sheriff", "city", "town", "township", "village", "county", "public", "schools", "school",
    "high", "middle", "elementary", "area", "board", "council", "library", "reservoir", "chamber", "planning",
    "zoning", "parks", "recreation", "community", "municipal", "borough", "water", "housing", "volunteer",
    "historical", "post", "memorial", "regional", "hospital", "medical", "mayor", "selectmen", "district", "court",
    "superior", "circuit", "probate", "juvenile", "magistrate", "independent", "unified", "consolidated",
    "metropolitan", "branch", "civic", "senior", "crown", "magistrates", "magistrates'", "magistrates’",
    "coroner's", "coroner’s", "seniors", "elks", "rotary", "kiwanis", "jaycees",
    "correctional", "penitentiary", "jail", "detention"})
# a kinship or companionship word before a given name: "his brother Alex and girlfriend Olivia"
_KIN_BEFORE = re.compile(r"\b(?:mother|father|brother|sister|son|daughter|wife|husband|girlfriend|boyfriend|"
                         r"fianc[eé]e?|partner|cousin|uncle|aunt|niece|nephew|grandson|granddaughter|grandmother|"
                         r"grandfather|stepson|stepdaughter|friend|widow)s?,?[ ]+$")
# words that open a sentence before people ("Young men lingered", "Many residents"), not towns' names
# (Young, Arizona; Many, Louisiana) however "an Alexandria man" reads
_PEOPLE_WORDS_BEFORE = frozenset({"Young", "Old", "Older", "Younger", "Elderly", "Many", "Most", "Some", "Other",
                                  "Several", "Few", "More", "All", "Both", "Local", "Armed", "Unarmed", "Masked",
                                  "Black", "White", "Two", "Three", "Four", "Five", "Such"})
# words no person's name holds: a model's "person" with one is a town's body, club or team ("The Tega
# Cay Volunteer Fire Department", "Flemington Elks", "Jordan Junior Olympic volleyball")
# — nor a headline's verb, which the model runs into a "person" in title case ("Freemason Bogdanov Joins
# Sochi Mayor Race")
_NO_PERSONS_WORDS = _LOCAL_INSTITUTIONS | {"department", "office", "junior", "juniors", "olympic", "league", "club",
                                           "joins", "visits", "leaves", "returns", "enters", "quits", "tours",
                                           "wins", "says", "heads", "eyes", "slams", "urges", "warns", "arrives"}
# the last words of a company's name, which no person's holds: "Georgia Modular Systems" (a person to the model)
_COMPANY_END = re.compile(r"[ ]+(?:[A-Z][\w’'&-]*[ ]+)*(?:Systems|Industries|Solutions|Technologies|Holdings|"
                          r"Enterprises|Products|Homes|Motors|Foods|Airlines|Corporation|Corp\.?|Inc\.?|LLC|Company|"
                          r"Co\.)$")
# provinces and towns named by a plain word, which news uses as the word: "the Centre" (India's
# central government), "the Interior" (ministry), "the Capital"
_PLAIN_WORD = re.compile(r"(?:Centre|Center|Capital|Coast|Interior|Highlands|Lakes|Islands|Plateau|Littoral|Upper|"
                         r"Lower)$")
# "South Arlington", "Western Massachusetts", "North West England", "S. Jersey": the part of a place
# ("Far North Queensland": the far north is the north, further out)
_COMPASS_NAME = re.compile(r"((?:Far[ ]+)?(?:(?:North|South)(?:[ -]?(?:East|West|east|west)|ern)?|East|West|Northeast|"
                           r"Northwest|Southeast|Southwest|Eastern|Western)|Central|[NSEW]\.)[ ]+(.+)$")
_KIND_PHRASE = re.compile(r"(?:\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)"
                          r"(?:ern)?[ ]+)?\b([A-Z][a-z]+)(['’]s)?[ ]+(?:[a-z]+[ ]+)?"
                          r"(?:town|city|village|camp|port|district|province|region|area|suburb|neighbou?rhood|"
                          r"refugee[ ]+camp)(?:[ ]+of)?[ ]+$")
# Kind words that make an unknown capitalised name a place ("Wayanad district"); "state" and
# "region" follow too many other words ("Now state", "Islamic State").
_UNKNOWN_KINDS = frozenset({"province", "governorate", "district", "oblast", "county", "parish", "regency"})
_INNER_ARTICLE = re.compile(r"[ ](?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez|Al|El|Ad|As|Ash|At|Az)[-‑][A-Z]")
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)[-‑][A-Z]")
# what follows a capitalised dateline (a bracket opens an agency's name: "CHARLESTON (AP)" — not "at UGA (and …")
_DATELINE_AT = re.compile(r",[ ]+[A-Z][a-z.]|[ ]+[—–-][ ]|[ ]*[—–]|[ ]*\((?=[A-Z])")
# a dateline's name in capitals, accented ones too ("BOGOTÁ —", "ASUNCIÓN —"): up to three words
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}"
_RUN_ON_DATELINE = re.compile(r"(?<![\w.-])([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ]{2,}(?:[ ][A-ZÀ-ÖØ-Þ]{3,}){0,2})"
                              r"(?=[ ]+[—–-]{1,2}[ ]+[A-Z][a-z])")
_DATELINE = re.compile(
    r"(?:^|\n|(?<=[.!?][ ])|(?<=[.!?][\"”][ ])|(?<=\d{4}[ ]))[ \t]*"
    rf"((?:Mc|Mac|De|La|Le)?{_CAPS_NAME})"
    r"(?=,[ ]+[A-Z][a-z.]|"
    r"[ ]+[—–-]|[ ]*[—–]|[ ]*\()"
    # "DETROIT The U.S. Transportation Department …": the text's first words, in capitals, before its first sentence
    # (not a sentence's first word set in capitals: "AN Edmonton man who …")
    rf"|^[ \t]*(?!(?:A|AN|THE|IN|ON|AT|BY|FOR|TO|OF|AND|BUT|AS|IF|IT|HE|SHE|WE|THEY|THIS|THAT|ONE|TWO)\b)"
    rf"({_CAPS_NAME})(?=[ ]+[A-Z][a-z])")
# a country's name or initials joined to a participle: "EU-backed", "UK-bashing", "US-led"
_COUNTRY_LED = re.compile(r"(?<![\w-])([A-Z][A-Za-z.]*(?:[ ][A-Z][a-z]+)?)-(?:[a-z]+ed|[a-z]+ing|based|wide)\b")
# a dateline before a wire's credit wherever it stands: "By JILL COLVIN, Associated Press WASHINGTON (AP) —"
_WIRE_DATELINE = re.compile(rf"(?<=[ ])((?:Mc|Mac|De|La|Le)?{_CAPS_NAME})"
                            r"(?=(?:,[ ]+[A-Z][a-z.]+)?[ ]+\((?:AP|Reuters|AFP|CNN|UPI|dpa|Xinhua)\))")
# "Muscat: The 10th film festival …", "New Delhi: The government …" (Gulf and South Asian papers)
_COLON_DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z’'.-]+(?:[ ][A-Z][a-z’'.-]+){0,2}):[ ]+(?=[A-Z\"“])"
                             # "… church . BEIRUT: Unknown assailants …": in capitals, after the headline too
                             rf"|(?:^|\n|(?<=[.!?][ ]))[ \t]*({_CAPS_NAME}):[ ]+"
                             r"(?=[A-Z\"“])")  # (or a quotation: 'BEIRUT: "You know, …"')
# How a place is mentioned: by its name (where things happen), by a nationality word, inside another
# name ("the Fargo Police Department"), or standing for its government ("metonym": "Washington said").
# Only "name" mentions can be an event's location or a point on the map.
_MENTION = {"demonym": "demonym", "in_name": "in_name"}
# "State of Tamil Nadu", "Commonwealth of Virginia", "Government of Punjab": the unit after the words
_UNIT_OF = re.compile(r"(?:State|Commonwealth|Province|Republic|Kingdom|Government|Emirate|Sultanate|Principality)"
                      r"[ ]+of[ ]+(?:the[ ]+)?(.+)$")
# a pathogen or disease named after a place: "the Reston ebolavirus", "Ebola-Reston virus", "Rift
# Valley fever", "Newcastle disease" — the name of the agent, not a mention of the place
# "a Milwaukee brand hammer drill": a maker's name, not where anything happened
_BRAND_AFTER = re.compile(r"(?:[ ]+|-)brand(?:s|ed)?\b")
# the end of one organisation's name that the model ran into the next one's: "From Lansing State
# Journal Lansing Board of Water & Light's commissioners" — the second name leads its own
_ORG_ENDS_BEFORE = re.compile(r"\b(?:Journal|News|Times|Herald|Press|Post|Tribune|Gazette|Inc\.|Corp\.|Company|"
                              r"Association|Department|Agency|Council|Board|Bureau|Services?)[ ]+$")
# a local newspaper's name after its town's: "the Mt. Pleasant News", "The Berea Citizen", "the Hutchinson
# News-Herald" — the paper is named for the town it serves
_NEWSPAPER_AFTER = re.compile(r"[ ](?:(?:Daily|Morning|Evening|Sunday|Weekly|Free)[ ])?(?:"
                              + place_words.NEWSPAPER_WORDS + r")(?:-[A-Z][a-z]+)?\b")
# a transit line's colour before "line": "the Metro station on the Orange line" (not Orange, Virginia)
_LINE_COLOURS = frozenset({"Orange", "Green", "Silver", "Blue", "Red", "Yellow", "Purple", "Brown", "Pink", "Gold"})
_LINE_AFTER = re.compile(r"[ ]+[Ll]ines?\b")
# a listing's venue in brackets before its dates: "“Water for Elephants” (Imperial; in previews)",
# "(Golden; April 3)" — theatres, not Imperial, Pennsylvania or Golden, Texas
_VENUE_LISTED_AFTER = re.compile(r";[ ]+(?:in[ ]+previews|opens|through|until|[A-Z][a-z]+\.?[ ]+\d{1,2}\b)")
_PATHOGEN_AFTER = re.compile(r"[ ]+(?:ebolavirus|virus|strain|subtype|(?:ha?emorrhagic[ ]+)?fever|disease)\b")
# diseases named after places, which news names bare ("an outbreak of Ebola", "Zika cases"): the disease
# where the words around are an epidemic's, not a place's
_PLACE_NAMED_DISEASES = frozenset({"Ebola", "Marburg", "Lassa", "Zika", "Nipah", "Hendra", "Lyme", "Reston",
                                   "West Nile", "Machupo", "Hantaan", "Coxsackie", "Norwalk", "Usutu", "Powassan",
                                   "Mayaro", "Oropouche"})
_EPIDEMIC_BEFORE = re.compile(r"\b(?:(?:outbreaks?|cases?|epidemic|spread|strains?|vaccines?|victims|survivors|"
                              r"patients|treatment|fight|fighting|combat|combating)[ ]+(?:of|against|for)|"
                              # "killed by Ebola in Guinea", "died of Ebola", "infected with Zika"
                              r"(?:killed|infected|sickened|caused)[ ]+by|(?:died|dying|deaths?|ill|sick|suffering|"
                              r"recovered)[ ]+(?:of|from|with)|(?:infected|diagnosed)[ ]+with|positive[ ]+for|"
                              r"contracted|caught)[ ]+$", re.I)
_EPIDEMIC_AFTER = re.compile(r"[ ]+(?:outbreaks?|cases?|epidemic|vaccines?|patients?|deaths?|survivors?|"
                             r"infections?|treatments?|response|crisis|pandemic|transmission|victims?|"
                             r"infected|emergency|virus)\b")
# the US Postal Service's state codes, read only right after a town and a comma ("LOUISVILLE, KY")
_US_POSTAL_CODES = dict(zip(
    ("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
     "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
     "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"),
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
     "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia"],
    strict=True))
_US_STATE_NAMES = frozenset(_US_POSTAL_CODES.values())
# what is said of a river before its name: "along the", "the banks of the", "down the"
_ALONG_THE = re.compile(r"\b(?:along|alongside|banks?[ ]+of|down|up|across)[ ]+the[ ]+$", re.I)
# "the University of", "the universities of": a state's or a country's university follows
_UNIVERSITY_OF = re.compile(r"\b[Uu]niversit(?:y|ies)[ ]+of[ ]+$")
# postal codes that are no English word or common acronym, read alone where the article names their state
_POSTAL_ALONE = re.compile(r"(?<![\w.&/-])(NY|NJ|NC|SC|ND|SD|NH|NM|RI|WV|TX|FL|KY|TN|CT|AZ|NV|WI|MN|IL|KS|AK|WY|VT|MT)"
                           r"(?![\w&/-])")
# words that give a name rather than place anything: "the street was later called Lafayette"
_NAMING_WORDS = frozenset({"called", "named", "renamed", "dubbed", "nicknamed", "titled", "christened"})
_VIRUS_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:[ -]+(?:ebola)?virus\b|"
                         r"[ ]+(?:ha?emorrhagic[ ]+)?fever\b)")
_TOWN_OF = re.compile(r"(?:[Tt]he[ ]+)?(?:City|Town|Village)[ ]+of[ ]+(?=[A-Z])")
_MUNICIPAL_NAME = re.compile(r"(.+?)[ ]+(?:Township|Twp\.?|Borough)|(?:Town|Township|Borough|Village)[ ]+of[ ]+(.+)")
# lower-case words closing the model's entity ("Delaware Bay beach")
# the police or service of a place the model took into its name: "New York State Police"
_FORCE_TAIL = re.compile(r"[ ]+(?:Police(?:[ ]+Department)?|Patrol|Highway[ ]+Patrol|Troopers?|Fire[ ]+Department|"
                         r"Sheriff(?:['’]s)?[ ]+(?:Office|Department))$")
# a town's council the model took for a place: "North Bay City Council"
_COUNCIL_TAIL = re.compile(rf" (?:{_MUNICIPAL_BODY}|(?:County|District) (?:Council|Board))$")
_TRAILING_NOUNS = re.compile(r"(?:[ ]+[a-z][a-z’'-]*)+$")
# the other name of a hyphened pair: "Athens-Clarke", "Watertown-Mayer", "Greenbrier-Pocahontas"
_PARTNER_AFTER = re.compile(r"[-‑]((?:Mc|Mac|De|La)?[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?![\w-])")
_PARTNER_BEFORE = re.compile(r"(?<![\w.’'-])((?:Mc|Mac|De|La)?[A-Z][a-z]+)[-‑]$")
_SENTENCE_ENDS = frozenset({"", ".", "!", "?", "\n", "“", '"', ":"})
_CLAUSE_AFTER = re.compile(r"[ ]+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|said|"
                           r"says|went|did|does|do|[a-z]{3,}ed)\b")
# capitals standing alone that may be a country's initials ("SA", "NZ", "PNG"; not "DR" of "DR Congo")
_INITIALS = re.compile(r"(?<![\w.&'’-])(?:[A-Z]{2,3}|[A-Z]&[A-Z])(?![\w&'’-])(?!\.\w)(?![ ]+[A-Z])")
# words of stories about lands abroad and people from them: a town named like a country is no town there
_ABROAD_WORDS = re.compile(r"\b(?:refugees?|immigra\w*|migrants?|asylum|deport\w*|embass(?:y|ies)|consulate|abroad|"
                           r"overseas|foreign|visa|missionar\w*|ambassador|expatriates?|adopted)\b", re.IGNORECASE)
_FROM_ABROAD_BEFORE = re.compile(r"\b(?:from|born[ ]+in|native[ ]+of|fled|left|to|visit(?:ed|ing)?|trip[ ]+to)[ ]+$")
_LIST_GOES_ON = re.compile(r",[ ]+[A-Z]|,?[ ]+(?:and|or)[ ]+(?:the[ ]+)?[A-Z]|,[ ]+(?:and|or)[ ]+")
# a capitalised word as spaCy's English tokenizer cuts it for these purposes ("Iraqi" of "Iraqi-backed")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][^\W_]*")
# "a Georgian mansion", "Georgian architecture": a period's style, not Georgia's
_STYLE_AFTER = re.compile(r"[ ]+(?:mansion|house|townhouse|terrace|manor|architecture|building|buildings|era|style|"
                          r"period|facade|façade|villa|country[ ]+house|square|interiors?)\b")
# "North Nokomis Street", "Dublin Road": a street named after a town is no mention of the town
# (and a road named after it: "North Jackson Highway" — but "the Kansas Highway Patrol" is the state's)
_STREET_AFTER = re.compile(rf"(?:[ ]+[A-Z][a-z]+)?[ ]+(?:{STREET_WORDS}|Highway|Pike|Turnpike)(?![\w])"
                           # (but a body named after the roads of a place: "the Massachusetts Turnpike
                           # Authority", "the Minnesota Highway Safety and Research Center", "the Kansas
                           # Highway Patrol")
                           r"(?![ ]+(?:Patrol|Authority|Commission|Department|Safety|Administration|Agency|"
                           r"Division|Board)\b)")
# a capitalised word right after a name: "Natalia Katie" (a surname after a given name)
_NAME_AFTER = re.compile(r"[ ]+[A-Z][a-z]+\b")
# a nationality word heading the name of a home, an inn or a shop: "the Spanish Oaks Apartments",
# "the Irish Rover Pub" name no country (a school's may: "the Russian Higher School of Economics")
_BUSINESS_NAME_AFTER = re.compile(
    r"(?:[ ][A-Z][a-z]+){0,3}[ ](?:Apartments|Apts\.|Condominiums|Condos|Townhomes|Villas|Manor|Subdivision|"
    r"Hotel|Inn|Motel|Lodge|Restaurant|Cafe|Café|Bistro|Grill|Bakery|Deli|Pub|Tavern|Shop|Store)\b")
# the name of a street the text names ("Darby" of "Darby Street", "Wichita" of "Wichita Drive")
# a school named in the text, whose first word a story may use alone: "Franklin Elementary", "Lincoln High"
# a person from a place: "a 17-year-old girl from", "a Fargo man from" — people come from towns, not schools
# a town's name said short, the first word of it before "on", "upon", "under" …: "Clacton" for
# Clacton-on-Sea, "Southend" for Southend-on-Sea (matched on "word|name", both core keys)
_SHORT_TOWN_NAME = re.compile(r"([^|]+)\|\1[ ](?:on|upon|under|by|next|le|en|sur)[ ]")
_PARTY_BEFORE = re.compile(r"(?<![\w-])(?:[DRI]|DFL)[-–]$")  # a legislator's party before the place named ("D-Hardy")
_PERSON_FROM = re.compile(r"\b(?:man|men|woman|women|girl|boy|teen|teenager|resident|residents|native|couple|"
                          r"family|mother|father|\d+-year-old)[ ]+from[ ]+$")
# a school district's or board's words after its name ("the Lakeview Board of Education")
_SCHOOL_BODY_AFTER = re.compile(r"[ ]+(?:Board[ ]+of[ ]+Education|School[ ]+(?:Board|District|System)|"
                                r"(?:Public|City|Community|Area)[ ]+Schools?)\b")
# the most people of a far state's town whose name a school board's may be without being its own
SCHOOL_BODY_TOWN_PEOPLE = 50_000
_SCHOOL_STEM = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)[ ]+(?:Elementary|Middle|Intermediate|Junior[ ]+High|High)"
                          r"(?:[ ]+School)?(?![\w])")
_STREET_STEM = re.compile(rf"(?<![\w’'.-])([A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)?)[ ]+(?:{STREET_WORDS})(?![\w])")
# words that open a sentence in capitals before a name ("A Gainesville restaurant"); not a month
# ("August Wilson" is a person's name)
_OPENING_WORDS = frozenset({"a", "an", "the", "in", "at", "on", "for", "from", "but", "and", "as", "when", "while",
                            "after", "before", "both", "all", "some", "many", "most", "every", "each", "this", "that",
                            "these", "those", "his", "her", "their", "its", "our", "my", "your", "if", "so", "with",
                            "by", "of", "to", "two", "three", "several", "no"})
_STREET_WORD = re.compile(rf"(?<![\w])(?:{STREET_WORDS})(?![\w])")
_STREET_PREPOSITIONS = frozenset({"on", "onto", "off", "along"})
# a state's offices after its name: "Washington Gov. Jay Inslee" is the state, not the capital city
# (or after its possessive, in lower case: "New York's attorney general")
_STATE_OFFICE_AFTER = re.compile(r"(?:[ ]+(?:Gov\.|Governor|Lt\.[ ]+Gov\.|Lieutenant[ ]+Governor|Attorney[ ]+General|"
                                 r"Secretary[ ]+of[ ]+State|Legislature|General[ ]+Assembly|State[ ]+Senate|"
                                 r"House[ ]+of[ ]+Delegates|Supreme[ ]+Court|National[ ]+Guard|state\b)"
                                 r"|['’]s[ ]+(?:attorney[ ]+general|governor|lieutenant[ ]+governor|(?:state[ ]+)?"
                                 r"legislature|secretary[ ]+of[ ]+state))(?![\w])")
# a province's premier and ministers: "Quebec Health Minister Gaetan Barrette" (a country has them too:
# asked only of names that are no country's, so "Mexico Health Minister" stays the country)
_PROVINCE_MINISTER_AFTER = re.compile(r"[ ]+(?:Premier|(?:Chief|Deputy|(?!Prime)[A-Z][a-z]+(?:[ ]+and[ ]+[A-Z][a-z]+)?)"
                                      r"[ ]+Minister)(?![\w])")
# "Northern Illinois University", "Northeast Georgia Medical Center": a compass word before the state
_COMPASS_LEAD = re.compile(r"(?:[Tt]he[ ]+)?(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
                           r"Northeast|Northwest|Southeast|Southwest|Upper|Lower)[ ]+")
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?![\w])")
_LEADING_THE = re.compile(r"(?:the|The)[ ]+")
# the Australian Capital Territory's initials, and the names that make a story Australian
_THE_ACT = re.compile(r"\bthe[ ](ACT)(?![\w&/-]|\.\w)")
_AUSTRALIA_NAMED = re.compile(r"\b(?:Australian?|New South Wales|NSW|Queensland|Tasmania|South Australia|"
                              r"Western Australia|Northern Territory|Canberra)\b")
# British Columbia's initials without dots, and what makes them an era instead
_BC = re.compile(r"(?<![\w.&/-])BC(?![\w&/-]|\.\w)(?![ ]Eagles)")
_ERA_BEFORE = re.compile(r"(?:\d|\b(?:century|millennium|AD|BCE|CE|years?))[ ]?$")
# the last word of a town's own institution's name: "the Ubay L.G. Cotamura Community Hospital"
_LOCAL_SITE_AFTER = re.compile(r"(?:[ ][A-Z][\w.'’]*){0,4}[ ](?:Community[ ]|District[ ]|General[ ]|Provincial[ ])?"
                               r"(?:Hospital|Clinic|Health[ ]Cent(?:er|re)|High[ ]School|Market|Prison|Jail)\b")
_FACILITY_SUFFIX = re.compile(
    r"[ ]+((?:international[ ]+)?airport|air[ ]?base|airbase|air[ ]?field|airfield|military[ ]+base|naval[ ]+base|"
    r"base|border[ ]+crossing|crossing|refugee[ ]+camp|camp|port|racecourse|laboratory)$", re.I)


_FAR_OFF_LIST = re.compile(r"(?:away |afield )?as (?:[A-Z][^\s]*,?\s+(?:and\s+|or\s+)?)*")


def _far_off(text: str, start: int) -> bool:
    """Whether the name is one of the places "as far (away) as" the story reaches: "people from as
    far as Texas and Washington, D.C." are far from where it happens, so no anchor for its towns."""
    window = text[max(0, start - 80):start]
    at = window.rfind("as far ")
    return at >= 0 and _FAR_OFF_LIST.fullmatch(window, at + len("as far ")) is not None


class PlaceAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name
        self.gaz = load_gazetteer()
        self._ents_of: tuple[Doc, tuple[Span, ...]] | None = None  # (see `_ents`)
        table = aliases()
        curated = set(table["country_aliases"]) | {v["alias"] for v in table["variants"]}
        for entry in table["places"] + table.get("venues", []):
            curated |= {entry["name"], *entry.get("aliases", [])}
        self.curated = frozenset(place_key(n) for n in curated)
        # venues' names of two words or more, which stand for the venue whatever the model makes of them
        self.venue_keys = frozenset(place_key(n) for v in table.get("venues", []) for n in [v["name"], *v["aliases"]]
                                    if " " in n)
        self.curated_spellings = frozenset(spelling(n) for n in curated)
        self.demonyms = demonym_table()
        self.state_demonyms: dict[str, str] = dict(table.get("us_state_demonyms", {}))
        long = "|".join(re.escape(k) for k in sorted(self.demonyms, key=len, reverse=True) if " " in k)
        self._long_demonym = re.compile(rf"(?<![\w-])({long})s?(?![\w])" if long else r"(?!x)x")
        # "Texans", "West Virginians" (longest first: not "Virginians" inside it); "The Oregonian" and
        # "The Tennessean" are newspapers
        words = "|".join(re.escape(k) for k in sorted(self.state_demonyms, key=len, reverse=True))
        self._state_demonym = re.compile(rf"(?<![\w’'-])(?<!The )(?<!the )({words})(?![\w’'-])")
        self.capitals = frozenset(place_key(c) for c in capitals())
        self._demonym_memo: dict[str, str | None] = {}
        # organisations and people newsgraph knows by name are not places ("someone from Hamas" is not Hamm)
        self.not_places = frozenset(place_key(n) for e in known_entities() if e["label"] in ("ORG", "PERSON", "NORP")
                                    for n in [e["name"], *e.get("aliases", [])]) | place_words.HEAVENLY_BODIES
        self.capital_ids = self._capital_ids()
        self.capital_names = frozenset(place_key(name) for name in capitals())
        styled: dict[str, str] = {**table["us_state_abbreviations"], **table["ca_province_abbreviations"]}
        # (after a town and a comma only, also without their dots and as postal codes: "EDMONTON, Ky
        # (WBKO)", "LOUISVILLE, KY--(Marketwire)", "Austin, TX 78701")
        bare = {a.replace(".", "").replace(" ", ""): state for a, state in table["us_state_abbreviations"].items()}
        self.abbreviations: dict[str, str] = styled
        # British counties' and Australian states' short forms, after a town only ("Tring, Herts",
        # "Cairns, Qld"): alone they are words or names ("Beds", "Vic")
        british, australian = table.get("uk_county_abbreviations", {}), table.get("au_state_abbreviations", {})
        self.after_town: dict[str, str] = {**british, **australian, **bare, **_US_POSTAL_CODES, **styled}
        american = {**bare, **_US_POSTAL_CODES, **table["us_state_abbreviations"]}
        self.us_states = frozenset(_US_POSTAL_CODES.values())
        self.abbreviation_country = {**{a: "GBR" for a in british}, **{a: "AUS" for a in australian},
                                     **{a: "USA" for a in american},
                                     **{a: "CAN" for a in table["ca_province_abbreviations"]}}
        alternatives = "|".join(re.escape(a) for a in sorted(self.after_town, key=len, reverse=True))
        # "Butler, Pa." / "Springfield, Ill.,": a state abbreviation only right after a town and a comma
        # (and before a question's mark or a closing quote: "from as far as Texas and Washington, D.C.?")
        self._abbreviation = re.compile(rf"(?<=[A-Za-z]),[ ]+({alternatives})(?=[\s,;:)?!”’\"]|[-–—]|$)")
        # abbreviations no English word shares stand alone too ("schools in W.Va.", "S.C. lawmakers")
        alone = "|".join(re.escape(a) for a in sorted(styled, key=len, reverse=True)
                         if a not in _WORD_LIKE_ABBREVIATIONS)
        self._abbreviation_alone = re.compile(rf"(?<![\w.])({alone})(?=[\s,;:)]|$)")
        self.country_initials = _country_initials()

    def _state_code(self, text: str, m: re.Match[str]) -> bool:
        """Whether a state's abbreviation after a comma is one: the AP style ("Pa.") is; a bare code
        ("KY", "Miss") only after a capitalised name and before no name of its own ("Hi, Miss Daisy",
        "he said, OK, …" are no states)."""
        code = m.group(1)
        if "." in code or self.abbreviation_country.get(code) == "CAN":
            return True
        before = re.search(r"([A-Za-z][\w’'.-]*)$", text[:m.start()])
        after = re.match(r"[ ]*(\S?)", text[m.end():])
        return bool(before and before.group(1)[0].isupper() and not (after and after.group(1).isupper()))

    def _capital_ids(self) -> frozenset[int]:
        """The gazetteer ids of the capitals in the capitals lexicon: the biggest city of that name
        in that country (not every American town with "Washington" among its other names)."""
        ids = set()
        for city, country_name in capitals().items():
            countries = {c.country for c in self.gaz.lookup(country_name) if c.feature == "country"}
            towns = [c for c in self.gaz.lookup(city) if c.feature == "city" and c.country in countries]
            ids |= {max(towns, key=lambda c: c.population).id} if towns else set()
        return frozenset(ids)

    # -- finding ---------------------------------------------------------------------------------
    def _entity_at(self, ents: list[tuple[int, int, str]], starts: list[int], s: int, e: int,
                   ) -> tuple[int, int, str] | None:
        """The entity overlapping [s, e), if any (entities do not overlap one another, so the one
        starting last before `e` is the only candidate)."""
        i = bisect_right(starts, e - 1) - 1
        if i >= 0 and ents[i][1] > s:
            return ents[i]
        return None

    def _trimmed(self, text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
        """The model's place without the common nouns it ran on into: "a Delaware Bay beach" is
        Delaware Bay — when the whole names nothing and the rest does ("the Kurdistan region",
        "Baghdad airport" keep their words, which say what the place is); and any entity without a
        preposition it took in ("from Hombori", a person to the model)."""
        lead = _LEADING_PREPOSITION.match(text, s, e)
        if lead is not None and lead.end() < e:
            s = lead.end()
        quarter = _QUARTER_LEAD.match(text, s, e)
        if quarter is not None and self.gaz.lookup_ids(text[quarter.end():e]):
            return quarter.end(), e, "GPE"  # "N.W. Rochester" (the model's person): a quarter of the town
        town_of = _TOWN_OF.match(text, s, e) if label in _PLACE_LABELS else None
        if town_of is not None and any(c.feature == "city" for c in self.gaz.lookup(text[town_of.end():e])):
            # "the City of Santa Ana" (the model's place): the town, which the words before call so —
            # not El Salvador's Santa Ana department, which GeoNames also calls "City of Santa Ana"
            return town_of.end(), e, label
        council = _COUNCIL_TAIL.search(text, s, e) if label in _PLACE_LABELS else None
        if council is not None and council.start() > s and not self.gaz.lookup_ids(text[s:e]):
            return s, e, "ORG"  # "North Bay City Council" (the model's place): the town's council, an organisation
        force = _FORCE_TAIL.search(text, s, e) if label in _PLACE_LABELS else None
        if force is not None and force.start() > s and not self.gaz.lookup_ids(text[s:e]) and self.gaz.lookup_ids(
                text[s:force.start()]):
            return s, force.start(), label  # "New York State Police" (the model's place): New York State
        office = _CITY_OFFICE.search(text, s, min(len(text), e + 30)) if label in _PLACE_LABELS else None
        if office is not None and s < office.start() < e and self.gaz.lookup_ids(text[s:office.start()]) and (
                not self._city_named_so(text[s:office.start() + len(" City")])):
            # "San Fernando City Councilwoman", "a Las Vegas City Marshal", "any Los Angeles City political
            # campaign" (the model's place): the town's office — not the Philippine "City of San Fernando"
            return s, office.start(), label
        tail = _TRAILING_NOUNS.search(text, s, e) if label in _PLACE_LABELS else None
        suffix = _FACILITY_SUFFIX.search(text, s, e)
        if suffix is not None and not self._may_be_facility(text[s:suffix.start()]):
            suffix = None  # "a UK laboratory": the country's, not a facility named after a town
        if tail is None or tail.start() <= s or suffix or find.kind_after(
                text, tail.start()) or self.gaz.lookup_ids(text[s:e]) or not self.gaz.lookup_ids(text[s:tail.start()]):
            return s, e, label
        return s, tail.start(), label

    def _town_before_city(self, text: str, s: int, e: int) -> str | None:
        """The town a name of the form "X City" no gazetteer has is called after: "Norwich City", "Hull
        City" (a club or a borough) are Norwich and Hull — the gazetteers have "Leicester City" and
        "Kansas City" under those names, and they are looked up as they are."""
        name = text[s:e]
        if not name.endswith(" City") or self.gaz.lookup_ids(name) or place_key(name) in self.gaz.post_index:
            return None  # (Los Angeles's "Harbor City" is a post office's name, not Harbor, Oregon)
        if _NAME_AFTER.match(text, e):
            return None  # "Gainesville City Elections": the town alone is tried before its election's name
        town = name[:-len(" City")]
        return town if self._city_named_so(town) else None

    def _city_named_so(self, name: str) -> bool:
        """Whether a town's own name is this one, letter for letter ("Kansas City", "Carson City") — not only
        among its other names ("Marion City")."""
        return any(c.feature == "city" and spelling(c.name) == spelling(name) for c in self.gaz.lookup(name)[:5])

    @staticmethod
    def _word_not_name(doc: Doc, text: str, p: Proposal) -> bool:
        """A single word the gazetteer alone found that the tagger reads as a verb's finite form,
        an auxiliary or a function word: 'in "Got matzah?" T-shirts' (not Got, India), '“Shall We
        Gather at the River”' — but "in Reading" (a gerund) stays a name; a label with its number;
        a title's abbreviation."""
        if _NUMBERED_AFTER.match(text, p.end) and p.source in ("gazetteer", "entity"):
            return True  # "Lot No. 5", "Gate No. 3": a label with its number, not the Lot (France)
        if text[p.start:p.end].lower() in _TITLES and text[p.end:p.end + 1] == ".":
            return True  # "Lt. Kevin Lunsford" (the model's place)
        if p.source != "gazetteer" or " " in text[p.start:p.end]:
            return False
        span = doc.char_span(p.start, p.end)
        if span is None or len(span) != 1:
            return False
        token = span[0]
        return token.pos_ in ("AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART") or (
            token.pos_ == "VERB" and token.tag_ in ("VB", "VBD", "VBP", "VBZ"))

    def _known_base(self, text: str, p: Proposal) -> Proposal:
        """A region phrase whose place ran on into other words ends with the longest run of them
        that names a place: "the East of England Ambulance Service" is the east of England."""
        if p.of_country or p.name_start < 0 or self.gaz.lookup_ids(text[p.name_start:p.name_end]):
            return p
        words = list(re.finditer(r"\S+", text[p.name_start:p.name_end]))
        for k in range(len(words) - 1, 0, -1):
            end = p.name_start + words[k - 1].end()
            if self.gaz.lookup_ids(text[p.name_start:end]):
                return replace(p, end=end, name_end=end)
        return p

    def _language(self, text: str, p: Proposal) -> bool:
        """A people's word used as its language's name: "printed in Catalan" (not Catalan Bay,
        Gibraltar), "speaks Basque"."""
        name = text[p.start:p.end]
        return (name in place_words.REGION_ADJECTIVES or name in self.demonyms) and (
            name not in place_words.NOT_LANGUAGES) and place_words.is_language(text, p.start, p.end)

    def _comma_parts(self, text: str, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
        """The model's one place "Carnforth, Lancashire" that the gazetteer does not have whole: a
        town and its county, each a place of the label ("Washington, D.C." stays whole). A dash
        between spaces ends a phrase: "won by Mr Trump - Wisconsin and Pennsylvania" (the model's
        one person "Trump - Wisconsin") is two."""
        dash = re.search(r" [-–—] ", text[s:e])
        if dash:
            return [part for part in (*self._comma_parts(text, s, s + dash.start(), label),
                                      *self._comma_parts(text, s + dash.end(), e, label)) if part[1] > part[0]]
        if " or " in text[s:e] and not self.gaz.lookup_ids(text[s:e]):
            # "south to Ingham or Townsville" (the model's one organisation): two names, not one
            parts, start = [], s
            for m in re.finditer(r" or ", text[s:e]):
                parts.append((start, s + m.start(), label))
                start = s + m.end()
            return [part for part in [*parts, (start, e, label)] if part[1] > part[0]]
        named = label in ("ORG", "PERSON")  # (their "and" joins names of their own: "Marks and Spencer")
        joined = re.search(r" (?:to|through|via) " if named else r"(?: (?:and|to|through|via)|,) ", text[s:e])
        if joined and not self.gaz.lookup_ids(text[s:e]) and all(
                (self._sizeable(part) if named else bool(self.gaz.lookup_ids(part)))
                or re.search(r" (?:and|to|through|via) |, ", part)
                for part in (text[s:s + joined.start()], text[s + joined.end():e])):
            # "Sumy to Izmail" (the model's one organisation: towns of some size), "Khanaqin and Ramadi",
            # "Yabroud, Tadmur" (works of art to it): two towns — not "Trinidad and Tobago", one name
            return [*self._comma_parts(text, s, s + joined.start(), label),
                    *self._comma_parts(text, s + joined.end(), e, label)]
        if label not in _PLACE_LABELS or ", " not in text[s:e] or self.gaz.lookup_ids(text[s:e]):
            return [(s, e, label)]
        parts, start = [], s
        for m in re.finditer(r", ", text[s:e]):
            parts.append((start, s + m.start(), label))
            start = s + m.end()
        parts.append((start, e, label))
        return [part for part in parts if part[1] > part[0]]

    def _sizeable(self, name: str) -> bool:
        """Whether a name is a country's, a province's or a town's of 20,000 people or more."""
        return any(self.gaz.features[i] in "CA" or (self.gaz.features[i] == "P" and self.gaz.population[i] >= 20_000)
                   for i in self.gaz.lookup_ids(name))

    def _propose(self, doc: Doc, text: str) -> tuple[list[Proposal], list[Proposal]]:
        """The proposals the text vouches for, and those it does not (yet): a name standing with no
        word that says "place" ("a Gainesville restaurant", "tidy DeKalb neighborhoods")."""
        # (a sentence's opening gerund is no part of the model's name: "Rethinking Egypt-US relations", the
        # model's person "Rethinking Egypt")
        ents = sorted(part for e in self._ents(doc) for part in self._comma_parts(text, *self._trimmed(
            text, e[1].idx if len(e) > 1 and e[0].is_sent_start and e[0].pos_ == "VERB" and e[0].text.endswith(
                "ing") and e[1].text[:1].isupper() else e.start_char,
            e.end_char, e.label_)))
        starts = [e[0] for e in ents]
        out: list[Proposal] = []
        # the surnames of the people the article names: "Kaplan and Carroll's other case", "Bailey's corner"
        # — and of those the text gives a title ("President Obama came to town" before "Obama's town hall")
        # (not the town of "Leonard of Ada": the model's one person, a name and a home town)
        # (not the model's "person" a place's word opens: "the Historic Dublin wayfaring project")
        surnames = frozenset(text[es:ee].split()[-1] for es, ee, label in ents
                             if (label == "PERSON" and " of " not in text[es:ee] and (" " in text[es:ee].strip() or (
                                 _titled(text, es) and text[es:ee][:1].isupper()))
                                 and text[es:ee].split()[0] not in _PLACE_NAME_OPENERS)
                             or _INITIALLED_NAME.fullmatch(text, es, ee)) | self._person_words(text, ents) | {
            m.group(1) for m in _PSEUDONYM.finditer(text)} | self._given_names_of_people(text, ents)
        for s, e, label in ents:
            if label not in _PLACE_LABELS:
                lead = _LEADING_THE.match(text, s, e)
                whole = text[lead.end() if lead else s:e]
                if label == "ORG" and " " in whole and any(
                        self.gaz.features[i] == "C" for i in self.gaz.lookup_ids(whole)[:1]):
                    # a country's formal name the model calls an organisation: "the Democratic People's
                    # Republic of Korea", "the Republic of Korea"
                    out.append(Proposal(e - len(whole), e, "alias", priority=2))
                continue
            if text[s:e] in surnames and not find.kind_before(text, s) and (self._minor_town(text[s:e]) or not (
                    place_key(text[s:e]) in self.curated or self._country_named(text[s:e])
                    or find.locative_before(text, s, strong=True))) and not self._held_by_qualifier(
                    text, text[s:e], e):
                # the model's "GPE" is a person named in full elsewhere ("in Kaplan and Carroll's case",
                # "Bay dreams" after "Herbert Bay")
                continue
            m = _LEADING_THE.match(text, s, e)
            if m:
                s = m.end()
            if re.match(r"(?:St|Ste|Saint)\.?[ ]\S+(?:'s|’s)$", text[s:e]) and not self._saints_town(text, s, e):
                continue  # "St. Peter's" (Basilica): a saint's, not a town's
            if text[s:e].endswith(("'s", "’s")) and not (re.match(r"(?:St|Ste|Saint)\.?[ ]", text[s:e])
                                                        and self._saints_town(text, s, e)):
                e -= 2
            inner = re.search(r"(?<=[A-Za-z])(?:['’]s|s['’])(?=[ ])", text[s:e])
            if inner and not re.match(r"(?:St|Ste|Saint)\.?[ ]", text[s:e]):
                # "The State of Illinois’ Web": the model ran on past a possessive; the name ends there
                e = s + inner.start() + (1 if inner.group(0)[0] == "s" else 0)
            if e <= s or text[s:e] in self.demonyms or find.is_compound_modifier(text, e) or (
                    find.agent_compound(text, e) and not self._state_level(text[s:e])):
                continue
            if " " not in text[s:e] and not find.is_name_word(text[s:e]):
                continue  # "the West", a month the model took for a place
            if self._couple(text, s, e, ents):
                continue  # "necklaces from Philip and Charlotte Colbert": two people of one surname
            if " " not in text[s:e] and text[s:e].casefold() in given_names() and _KIN_BEFORE.search(
                    text, max(0, s - 30), s):
                continue  # "his brother Alex and girlfriend Olivia" (the model's place): a person, not Olivia, Texas
            if (text[s:e].isupper() and " " not in text[s:e] and len(text[s:e]) >= 3  # ("WA", "SA": initials)
                    and place_key(text[s:e]) not in self.curated
                    and text[s:e] not in self.abbreviations and not _DATELINE_AT.match(text, e)
                    and self._minor_town(text[s:e])):
                continue  # "the gains in BOV and MIDI" (the model's place): a company's initials, not Bov, Bulgaria
            after = _NAME_AFTER.match(text, e)
            if (" " not in text[s:e] and text[s:e].casefold() in given_names() and after
                    and find.is_name_word(after.group(0).strip()) and not find.locative_before(text, s, strong=True)
                    and not (find.kind_after(text, e) or find.facility_after(text, e))):
                # (not "in Alexandria Friday night")
                continue  # "Natalia Katie places a sign": a given name before a surname, not Natalia, Texas
            if label != "FAC" and self._hyphen_parts(text, s, e, ents, starts):
                continue  # "Russia-Turkey": the runs propose each part
            county = self._hyphen_county(text, s, e)
            if county is not None:
                out.append(county)
                continue
            if re.search(r"[ ](?:to|from|or|at|on|in)[ ]", text[s:e]) and not self.gaz.lookup_ids(text[s:e]):
                continue  # "Norman to D.C" (of "from Norman to D.C."): two names the runs find apart
            if self._place_of_place(text[s:e]):
                continue  # "the Masovian Voivodeship of Poland": two places the runs find apart
            if re.search(r"[ ](?:of|of[ ]the|the|and)$", text[s:e]):
                continue  # "the Village of" (of "the Village of Glen Carbon"): a torn name; the runs find it
            if text[s].islower() and not _ARTICLE_PREFIX.match(text, s):
                continue  # "the woodland walk": a word the model took for a place ("al-Harir" is a name)
            if _era(text, s, e):
                continue  # "500 B.C.": an era
            if text[s:e] in self.abbreviations:  # "(R., La.)": the state, wherever the model puts it
                out.append(Proposal(s, e, "alias", hint="admin1", priority=2, lookup=self.abbreviations[text[s:e]]))
                continue
            if _STREET_AFTER.match(text, e) and not _UNIT_NAME.search(text[s:e]):
                continue  # "Wichita Street": a street named after a town, not the town
            if label == "FAC" and self._office_not_place(text, s, e):
                continue  # "the Guernsey County Sheriff's Office": the county inside is proposed by the runs
            if place_key(text[s:e]) in self.not_places:
                continue
            if _EVENT_NAME.search(text, s, e) and not self.gaz.lookup_ids(text[s:e]):
                continue  # "the Easter Vigil in St. Peter's", "the G20 Summit in Rome": a happening, not a place
            prop = Proposal(s, e, "entity", label=label, priority=1, lookup=self._town_before_city(text, s, e))
            suffix = _FACILITY_SUFFIX.search(text, s, e)
            if suffix is not None and not self._may_be_facility(text[s:suffix.start()]):
                suffix = None
            after = find.facility_after(text, e)
            direction = find.direction_before(text, s)
            if suffix and suffix.end() == e and suffix.start() > s:
                prop = replace(prop, name_start=s, name_end=suffix.start(), hint=suffix.group(1).lower())
            elif after and self._may_be_facility(text[s:e]):  # "Mitiga" + " airport"
                prop = replace(prop, end=after.end(), name_start=s, name_end=e, hint=after.group(1).lower())
            elif direction is not None:  # "northern" + "Iraq"
                prop = replace(prop, start=direction[0], source="region", name_start=s, name_end=e, hint="region",
                               directions=[direction[1]], priority=3)
            elif self._state_office_after(text, s, e) or _STATE_LINE_BEFORE.search(text, max(0, s - 30), s):
                # "Washington Gov. Jay Inslee", "across the state line in Washington": the state
                prop = replace(prop, hint="admin1")
            else:
                prop = replace(prop, hint=_kind_hint(find.kind_before(text, s)))
            out.append(prop)
        maybe: list[Proposal] = []
        for _, _, words in find.runs(text):
            taken: list[tuple[int, int]] = []
            n = len(words)
            for size in range(min(n, 6), 0, -1):
                for i in range(0, n - size + 1):
                    s, e = words[i][0], words[i + size - 1][1]
                    if any(ts < e and s < te for ts, te in taken):
                        continue
                    prop, accepted = self._run_proposal(text, s, e, ents, starts, surnames)
                    if prop is not None:
                        (out if accepted else maybe).append(prop)
                        taken.append((s, e))
            for ws, we in words:  # "Fargo-Moorhead", "Russia-Turkey ties": places joined by a hyphen
                if "-" in text[ws:we] and not any(ts < we and ws < te for ts, te in taken):
                    county = self._hyphen_county(text, ws, we)
                    if county is not None:
                        out.append(county)
                        continue
                    # the model's entity of exactly the word ("Fargo-Moorhead" ORG) says nothing of its parts
                    alone = [x for x in ents if (x[0], x[1]) != (ws, we)]
                    for ps, pe in self._hyphen_parts(text, ws, we, ents, starts):
                        prop, accepted = self._run_proposal(text, ps, pe, alone, [x[0] for x in alone], surnames)
                        # "an Athens-Clarke police officer": the word after the whole says "local place";
                        # "the Amsterdam-London leg": the model read the whole as a place
                        accepted = accepted or (prop is not None and (bool(_RESIDENT_AFTER.match(text, we)) or any(
                            (x[0], x[1]) == (ws, we) and x[2] in _PLACE_LABELS for x in ents)))
                        if prop is not None:
                            prop = replace(prop, in_word=True)
                            (out if accepted else maybe).append(prop)
        out.extend(self._joined_names(text))
        for m in _DOTTED.finditer(text):  # "U.S." is no capitalised run: "the U.S. Census", "U.K. officials"
            run = find.RUN.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if run and self.gaz.lookup_ids(text[m.start():run.end()]):  # "the U.S. Virgin Islands"
                out.append(Proposal(m.start(), run.end(), "gazetteer", priority=2))
                continue
            if place_key(m.group(0)) in self.curated:
                prop, accepted = self._run_proposal(text, m.start(), m.end(), ents, starts, surnames)
                if prop is not None:
                    (out if accepted else maybe).append(prop)
        out.extend(self._known_base(text, q) for q in find.region_phrases(text))
        out.extend(find.shared_continent_parts(text))
        out.extend(self._demonyms(doc, text, surnames))
        out.extend(Proposal(m.start(1), m.end(1), "demonym", hint="admin1", lookup=self.state_demonyms[m.group(1)])
                   for m in self._state_demonym.finditer(text))
        for m in _PARTY_TOWN.finditer(text):
            short = m.group(1) + "."
            if text[m.end(1):m.end(1) + 1] == "." and short in self.abbreviations:
                # "Sen. Bob Casey, D-Pa.": the senator's state, not Pa in Burkina Faso
                out.append(Proposal(m.start(1), m.end(1) + 1, "alias", hint="admin1", priority=2,
                                    lookup=self.abbreviations[short]))
                continue
            if short in self.abbreviations and (
                    text[m.end(1):m.end(1) + 1] in (",", ")", ";", " ", "")):
                # "Nancy Pelosi, D-Calif, told colleagues", "D-Mass": the state's abbreviation without its
                # dot (not Mass, a village in Italy)
                out.append(Proposal(m.start(1), m.end(1), "alias", hint="admin1", priority=2,
                                    lookup=self.abbreviations[short]))
                continue
            if self.gaz.lookup_ids(m.group(1)):
                # "party": a politician's home town, which the words vouch for however small it is
                out.append(Proposal(m.start(1), m.end(1), "party", hint="city", priority=2))
            elif self.gaz.lookup_ids(m.group(1) + " County"):  # "D-Braxton": state delegates name their county
                out.append(Proposal(m.start(1), m.end(1), "kind", hint="admin1", priority=2,
                                    lookup=m.group(1) + " County"))
        out.extend(self._datelines(text))
        for start, name, unit in listed_counties(text):
            if self.gaz.lookup_ids(f"{name} {unit}"):
                out.append(_county_proposal(start, name, unit))
        for start, name, unit, opening in counties_before(text):
            if opening and not self._county_named(f"{name} {unit}") and " " in name:
                # (the list's opening item may have taken a word before it: "In Potter")
                start, name = start + name.index(" ") + 1, name.split(" ", 1)[1]
            if self._county_named(f"{name} {unit}") and not (opening and state_or_country(self.gaz, name)):
                # ("In Texas, Potter and Randall counties": the state opening the sentence is no county)
                out.append(_county_proposal(start, name, unit))
        for m in _COUNTY_TABLE.finditer(text):
            unit = "County" if m.group(1) == "counties" else "Parish"
            items = list(_COUNTY_TABLE_ITEM.finditer(m.group(2)))
            if len(items) < 3:
                continue  # (a table: three items or more, each a name and its figure)
            for item in items:
                name = item.group(1)
                if name.endswith(f" {unit}") or not self.gaz.lookup_ids(f"{name} {unit}"):
                    continue
                out.append(_county_proposal(m.start(2) + item.start(1), name, unit))
        for m in self._abbreviation.finditer(text):
            if self._state_code(text, m):
                out.append(Proposal(m.start(1), m.end(1), "alias", hint="admin1", priority=2,
                                    lookup=self.after_town[m.group(1)]))
        for m in _POSTAL_ALONE.finditer(text):
            state = _US_POSTAL_CODES[m.group(1)]
            if state in text and not any(p.start <= m.start() < p.end for p in out):
                # "The NJ State Federation of Women's Clubs" in a story that names New Jersey: the state
                out.append(Proposal(m.start(1), m.end(1), "alias", hint="admin1", priority=2, lookup=state))
        for m in self._abbreviation_alone.finditer(text):
            out.append(Proposal(m.start(1), m.end(1), "alias", hint="admin1", priority=2,
                                lookup=self.abbreviations[m.group(1)]))
        if _AUSTRALIA_NAMED.search(text):
            # "no fatalities in Tasmania or the ACT": the Australian Capital Territory, in a story of
            # Australia (not an exam or a law)
            for m in _THE_ACT.finditer(text):
                out.append(Proposal(m.start(1), m.end(1), "alias", hint="admin1", priority=2,
                                    lookup="Australian Capital Territory"))
        if "Boston College" not in text:
            # "FrontCounter BC", "the BC government": British Columbia without its dots — but not an
            # era ("500 BC", "the 5th century BC") nor Boston College's teams ("BC Eagles")
            for m in _BC.finditer(text):
                if not _ERA_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                    out.append(Proposal(m.start(), m.end(), "alias", hint="admin1", priority=2,
                                        lookup="British Columbia"))
        out.extend(self._initials_of_countries(text, out))
        out.extend(self._respelt_towns(text, ents, out + maybe))
        for rs, re_, _ in find.runs(text):
            # "at the Barclays Center" (an organisation to the model), "at Brands Hatch" (a person)
            if place_key(text[rs:re_]) in self.venue_keys:
                out.append(Proposal(rs, re_, "alias", hint="facility", priority=3))
            # "the Crimean bridge", "the Lachin corridor": a name the alias table has with its kind word,
            # written in lower case (the run stops before it; "Crimean" alone is the region's adjective)
            kind = _LOWER_KIND_AFTER.match(text, re_)
            if kind is not None and place_key(text[rs:kind.end()]) in self.curated:
                out.append(Proposal(rs, kind.end(), "alias", priority=3))
            elif _SITE_WORD_AFTER.match(text, re_) and place_key(text[rs:re_]) in self.curated and any(
                    self.gaz.features[i] in "FBT" for i in self.gaz.lookup_ids(text[rs:re_])[:1]):
                # "the Fordow enrichment site", "the Zaporizhzhia nuclear plant": a facility the alias
                # table names, with what it is in lower case (the model may call it a person)
                out.append(Proposal(rs, re_, "alias", hint="facility", priority=3))
        for m in _COUNTRY_LED.finditer(text):
            # "EU-backed financing", "the UK-bashing Robert Mugabe": the country, whatever the model made of it
            ids = self.gaz.lookup_ids(m.group(1))
            if ids and (self.gaz.features[ids[0]] == "C" or place_key(m.group(1)) == "eu") and not any(
                    p.start < m.end(1) and m.start(1) < p.end for p in out):
                out.append(Proposal(m.start(1), m.end(1), "alias", priority=2))
        found, unsure = self._coordinated(text, out, maybe)
        holders = self._holders(text, found, unsure)
        found, unsure = found + holders, [p for p in unsure if p not in holders]
        # "Graeme Sloan / Bloomberg via Getty Images": an agency in a photo credit, not a place
        found = [p for p in found if not place_words.CREDIT_AFTER.match(text, p.end)]
        if "/" in text:  # "(Zen Trinidad/PNA)": a photographer's name, not Trinidad
            found = [p for p in found if not place_words.in_credit(text, p.start, p.end)]
            unsure = [p for p in unsure if not place_words.in_credit(text, p.start, p.end)]
        agencies = [(m.start(1), m.end(1)) for m in place_words.AGENCY_OF.finditer(text)]
        if agencies:
            found = [p for p in found if not any(a <= p.start and p.end <= b for a, b in agencies)
                     or self._unit_named(text[slice(*p.name_span)])]
        streets = {m.group(1) for m in _STREET_STEM.finditer(text)}
        if streets:
            # "north on Darby from Bridge Street" in a story of "Darby Street": the street, said short
            found = [p for p in found if not self._street_short(text, p, streets)]
            unsure = [p for p in unsure if not self._street_short(text, p, streets)]
        # (a school named after a person — not "North Powderly High School", named after its town's part)
        schools = {m.group(1) for m in _SCHOOL_STEM.finditer(text)
                   if not re.search(r"[A-Z][\w’'.-]*[ ]+$", text[max(0, m.start(1) - 30):m.start(1)])}
        if schools:
            # "a teacher at Franklin" in a story of "Franklin Elementary in Santa Ana": the school, said short
            found = [p for p in found if not self._school_short(text, p, schools)]
            unsure = [p for p in unsure if not self._school_short(text, p, schools)]
        # a small town's name before a number is a room's, a unit's or a team's ("in Talla 2 at the
        # Recreation Center" is not Tallaght): dropped before its readings can vouch for Dublin, Ireland
        found = [p for p in found if not (p.source == "gazetteer" and _NUMBER_AFTER.match(text, p.end)
                                          and self._minor_town(text[slice(*p.name_span)]))]
        # a name quoted whole is a title ("“Industry”'s Marisa Abela", a film "“Sunset”"), not a place
        return [p for p in found if not _quoted(text, p)], [p for p in unsure if not _quoted(text, p)]

    def _respelt_towns(self, text: str, ents: list[tuple[int, int, str]], props: list[Proposal]) -> list[Proposal]:
        """Towns no gazetteer spells as the text does, which the model calls a person or an
        organisation, after a word that puts something there ("protesters gathered in Shahroud,
        Iranian officials said"): a town of a country the story names, its vowels transliterated
        otherwise (Shahrud). Only in countries whose towns' names come from another script."""
        countries = {p.lookup for p in props if p.source == "demonym" and p.hint is None and p.lookup}
        for p in props:
            ids = self.gaz.lookup_ids(p.lookup or text[slice(*p.name_span)]) if p.source != "demonym" else ()
            if ids and self.gaz.features[ids[0]] == "C":
                countries.add(self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3])
        countries &= _TRANSLITERATED
        out: list[Proposal] = []
        if not countries:
            return out
        for s, e, label in ents:
            name = text[s:e]
            if label not in ("PERSON", "ORG") or not find.locative_before(text, s, strong=True) or any(
                    p.start < e and s < p.end for p in props) or place_key(name) in self.not_places:
                continue
            towns = self.gaz.respelt(name, sorted(countries))
            if towns:
                out.append(Proposal(s, e, "named", hint="city", priority=1, lookup=towns[0].name))
        return out

    def _street_short(self, text: str, p: Proposal, streets: set[str]) -> bool:
        """Whether a bare name is short for a street the article names after it ("Darby" after
        "Darby Street"): only a small town's name, and only where nothing says "town" (a kind word,
        a dateline, "Darby, Pa.")."""
        name = text[slice(*p.name_span)]
        if name not in streets or _UNIT_NAME.search(name):
            return False
        # the words around speak of streets ("north on Darby from Bridge Street", "from Darby to
        # North Street"); "including Arbury and Chesterton" in a story that also names Chesterton
        # Road is the place
        near = re.match(r"[^.!?\n]{0,30}", text[p.end:]).group(0)
        return ((_STREET_WORD.search(near) is not None or find.previous_word(text, p.start) in _STREET_PREPOSITIONS)
                and p.source in ("entity", "gazetteer", "named")
                and not (find.kind_before(text, p.start) or find.kind_after(text, p.end))
                and not re.match(r",[ ]+[A-Z]", text[p.end:p.end + 3]) and self._minor_town(name))

    def _school_short(self, text: str, p: Proposal, schools: set[str]) -> bool:
        """Whether a bare name is short for a school the article names ("Franklin" after "Franklin
        Elementary"): not where the text says it is a town (a kind word, "Franklin, Tenn."), nor a
        name a city of 100,000, a province or a country bears as its own."""
        name = text[slice(*p.name_span)]
        if name not in schools or p.source not in ("entity", "gazetteer", "named") or _UNIT_NAME.search(name):
            return False
        if (find.kind_before(text, p.start) or find.kind_after(text, p.end) or self._qualifier(text, p.end)
                or find.previous_word(text, p.start) == "in"  # ("born … in Powderly")
                or _PERSON_FROM.search(text, max(0, p.start - 40), p.start)):  # ("a 17-year-old girl from Manville")
            return False
        return not any(spelling(c.name) == spelling(name) and (c.feature in ("country", "admin1", "region") or (
            c.population >= 100_000)) for c in self.gaz.lookup(name)[:5])

    def _county_named(self, name: str) -> bool:
        """Whether a county bears the name (not a town listing it among its other names)."""
        return any(self.gaz.features[i] == "D" for i in self.gaz.lookup_ids(name))

    def _hyphen_county(self, text: str, s: int, e: int) -> Proposal | None:
        """ "Miami-Dade", "Athens-Clarke": the short form of a county named with a hyphen."""
        word = text[s:e]
        if "-" not in word or self.gaz.lookup_ids(word) or not self._county_named(f"{word} County"):
            return None
        return Proposal(s, e, "kind", name_start=s, name_end=e, hint="admin1", priority=2, lookup=f"{word} County")

    def _hyphen_parts(self, text: str, s: int, e: int, ents: list[tuple[int, int, str]],
                      starts: list[int]) -> list[tuple[int, int]]:
        """The parts of a hyphenated word that no gazetteer knows whole, when each part is a
        capitalised name and one is a place's ("Fargo-Moorhead"; not "Al-Sayed", "Jean-Marie")."""
        word = text[s:e]
        if self.gaz.lookup_ids(word) or _ARTICLE_PREFIX.match(word) or self._county_named(f"{word} County") or (
                _INNER_ARTICLE.search(word)):
            return []  # "Miami-Dade" is Miami-Dade County's short form; "Hafr Al-Batin" one Arabic name
        lead = re.match(r"(.+?)[-‑](?:area|based|region|wide)$", word)
        ent = self._entity_at(ents, starts, s, e)
        if ent is not None and ent[2] == "PERSON" and not lead and ent[0] <= s and ent[1] >= e and not all(
                self._country_named(piece) for piece in word.split("-")):
            return []  # "Jean-Marie Le Pen" (but "Rock Hill-based": no person is "based"; "Egypt-US" no one)
        if lead:  # "Northbrook-based": the place before the word that says so
            end = s + len(lead.group(1))
            # and the capitalised words before it that make one name with it: "Rock Hill-based"
            before = re.search(r"(?:\b[A-Z][\w.’']*[ ]){1,3}$", text[max(0, s - 40):s])
            if before is not None:
                words = before.group(0).split(" ")[:-1]
                for k in range(len(words)):
                    start = s - len(" ".join(words[k:])) - 1
                    if words[k] not in ("The", "A", "An") and self.gaz.lookup_ids(text[start:end]):
                        return [(start, end)]  # (not "The Conway" of "The Conway-based company")
            return [(s, end)]
        parts, at = [], s
        for piece in word.split("-"):
            parts.append((at, at + len(piece)))
            at += len(piece) + 1
        if not all(text[ps:pe][:1].isupper() and pe - ps > 1 for ps, pe in parts):
            return []
        if any(self._demonym(text[ps:pe]) for ps, pe in parts):
            # "the Arab-Israeli conflict", "Egyptian-US relations": peoples and countries side by
            # side — a part that is neither is a people's word too (not Arab, Alabama)
            parts = [(ps, pe) for ps, pe in parts if self._demonym(text[ps:pe]) or self._country_named(text[ps:pe])]
        if not any(self.gaz.lookup_ids(text[ps:pe]) for ps, pe in parts):
            return []
        # (the towns each part names as its own name: "Wal" is no Waal)
        towns = [[c for c in self.gaz.lookup(text[ps:pe]) if spelling(c.name) == spelling(text[ps:pe])]
                 for ps, pe in parts]
        if len(parts) == 2 and sum(map(bool, towns)) == 1 and not any(
                self._demonym(text[ps:pe]) or self._country_named(text[ps:pe]) for ps, pe in parts) and max(
                c.population for named in towns for c in named) < 10_000:
            # "go to Wal-Mart": a small town's name joined to a word that names no place is part of a
            # brand's or a person's name (not Mart, Texas); a city's is not ("an Athens-Clarke police officer")
            return []
        return parts

    def _initials_of_countries(self, text: str, found: list[Proposal]) -> list[Proposal]:
        """ "That SA holds unparalleled reserves" in a story that names South Africa (or South
        Africans): a country's initials where it is the one country of those initials the story
        names in full — not "Glencore SA" (a company's suffix after a name) nor "SA" in a story of
        Saudi Arabia and South Africa both."""
        out = []
        for m in _INITIALS.finditer(text):
            named = [n for n in self.country_initials.get(m.group(0), ()) if n in text]
            if len(named) != 1 or place_key(m.group(0)) in self.curated or any(
                    p.start <= m.start() < p.end for p in found):
                continue
            before = re.search(r"(\w+)[ ]+$", text[max(0, m.start() - 30):m.start()])
            if before and before.group(1)[0].isupper() and find.is_name_word(before.group(1)):
                continue  # "Glencore SA", "Nestlé SA": a company's form, not the country ("That SA" is)
            out.append(Proposal(m.start(), m.end(), "gazetteer", priority=2, lookup=named[0]))
        return out

    def _demonyms(self, doc: Doc, text: str, surnames: frozenset[str]) -> list[Proposal]:
        """Nationality words ("Sudanese refugees", "the Israelis"): a mention of the country — not
        where anything happened, but what geoparsing corpora (LGL) count and what an analyst
        searching the country wants to find. Kept apart with mention "demonym"."""
        out = []
        # the model's people — but a nationality word alone is no person ("the prominent Slovak
        # architect" tagged PERSON) unless someone named in full bears it ("Bill English"; `surnames`)
        # (a passive's "by", which `surnames` takes for a byline's title, makes no nationality word a
        # surname: "mined by Azerbaijani soldiers")
        named_in_full = {f.text.split()[-1] for f in self._ents(doc) if f.label_ == "PERSON" and " " in f.text}
        people = [(e.start_char, e.end_char) for e in self._ents(doc) if e.label_ == "PERSON" and not (
            " " not in e.text and e.text in self.demonyms and (e.text not in surnames or (
                find.previous_word(text, e.start_char) == "by" and e.text not in named_in_full)))]
        regional = []
        for m in place_words.REGION_ADJECTIVE.finditer(text):
            if find.is_compound_modifier(text, m.end()) or _STYLE_AFTER.match(text, m.end()) or any(
                    ps <= m.start() and m.end() <= pe for ps, pe in people) or place_words.is_language(
                    text, m.start(), m.end()) or (m.group(0) in place_words.PEOPLES
                                                  and find.locative_before(text, m.start(), strong=True)):
                continue  # (not "in Arab, Alabama": a town of the word's name)
            regional.append((m.start(), m.end()))
            out.append(Proposal(m.start(), m.end(), "demonym", lookup=place_words.REGION_ADJECTIVES[m.group(1)],
                                hint="region"))
        for m in self._long_demonym.finditer(text):  # "South African", "North Korean": the country, not a continent
            if find.is_compound_modifier(text, m.end()) or place_words.is_language(text, m.start(), m.end()):
                continue
            regional.append((m.start(), m.end()))
            out.append(Proposal(m.start(), m.end(), "demonym", lookup=self.demonyms[m.group(1)], priority=0))
        for m in _CAPITALISED.finditer(text):  # the words, without making a spaCy token of each
            word, start, end = m.group(0), m.start(), m.end()
            if any(rs <= start and end <= re_ for rs, re_ in regional):
                continue  # "Asian" of "South East Asian"
            iso3 = self.demonyms.get(word) or self._demonym(word)
            if not (iso3 or word in _CONTINENT_WORDS) or find.is_compound_modifier(text, end) or any(
                    ps <= start and end <= pe for ps, pe in people) or _STYLE_AFTER.match(text, end):
                continue
            if self._province_of_people(text, word, end):
                continue  # "Ethiopia's Somali region", "the Afar region": the province of that name
            if place_words.is_language(text, start, end) or (
                    word != "American" and place_words.ETHNIC_AMERICAN.match(text, end)
                    and not (iso3 and text[end:end + 1] in "-‑")):
                # "in English and Spanish"; "African-American voters" (but a country's people joined
                # to America's name the country: "a Russian-American crew", as LGL counts it)
                continue
            named = _NAME_AFTER.match(text, end)
            if named and self._place_name(text[start:named.end()]):
                continue  # "Indian Orchard", "French Lick", "Dutch Harbor": a place's name, not a nationality
            if _BUSINESS_NAME_AFTER.match(text, end):
                continue
            if iso3:
                out.append(Proposal(start, end, "demonym", lookup=iso3, priority=0))
            else:  # "European leaders", "African Union": the continent
                out.append(Proposal(start, end, "demonym", lookup=_CONTINENT_WORDS[word], priority=0))
        return out

    def _demonym(self, word: str) -> str | None:
        if word not in self._demonym_memo:
            self._demonym_memo[word] = self.gaz.demonym(word)
        return self._demonym_memo[word]

    @staticmethod
    def _datelines(text: str) -> list[Proposal]:
        """ "MANSFIELD, Ohio — …", "BANTAM -", "March 24, 2009 MANSFIELD --": a place in capitals
        opening a paragraph or following the story's date."""
        found = ([Proposal(m.start(g), m.end(g), "dateline", priority=2) for m in _DATELINE.finditer(text)
                  for g in (1, 2) if m.group(g)]
                 + [Proposal(m.start(g), m.end(g), "dateline", hint="colon", priority=2)
                    for m in _COLON_DATELINE.finditer(text) for g in (1, 2) if m.group(g)])
        starts = {p.start for p in found}
        found += [Proposal(m.start(1), m.end(1), "dateline", priority=2) for m in _WIRE_DATELINE.finditer(text)
                  if m.start(1) not in starts]
        starts = {p.start for p in found}
        # "… close to 80% AMHERST - Irvin E. Rhodes was …": a page whose line breaks were lost runs the
        # dateline on from the paragraph before; a name in capitals before a dash is one where the
        # article writes the name in its own case too
        found += [Proposal(m.start(1), m.end(1), "dateline", priority=2) for m in _RUN_ON_DATELINE.finditer(text)
                  if m.start(1) not in starts and re.search(rf"\b{re.escape(m.group(1).title())}\b", text)]
        # "PLYMOUTH CO. - A suspect …": a county, abbreviated
        return [Proposal(p.start, p.end, "kind", name_start=p.start, name_end=p.end - 4, hint="admin1", priority=2,
                         lookup=f"{text[p.start:p.end - 4].title()} County")
                if text[p.end - 4:p.end] == " CO." else p for p in found]

    def _office_not_place(self, text: str, s: int, e: int) -> bool:
        """A "facility" the model found that is an office, a court or an election named after a
        place ("Gainesville City Elections", "the Alachua County Sheriff's Office", "the Mount Pleasant
        City Council"): no facility word of ours, no gazetteer entry of its own, and a gazetteer name
        at its start."""
        whole = text[s:e]
        if _FACILITY_SUFFIX.search(whole) or find.facility_after(text, e) or self.gaz.lookup_ids(whole):
            return False
        lead = _LEADING_THE.match(whole)
        name = whole[lead.end():] if lead else whole
        words = [w.group(0) for w in find.WORD.finditer(name)]
        if len(words) < 2 or not name.startswith(words[0]):
            return False
        if not lead and self.gaz.lookup_ids(words[0]):
            return True
        # (after "the", or a name of several words: a place's name before a local body's word — "the
        # Mount Pleasant City Council", "the Buffalo Police Department"; not "the Golden State Freeway",
        # "the Golden Globe-nominated", "Far North Queensland")
        return any(self.gaz.lookup_ids(" ".join(words[:k])) and words[k].casefold() in _LOCAL_INSTITUTIONS
                   for k in range(1, min(4, len(words))))

    def _joined_names(self, text: str) -> list[Proposal]:
        """Names with "and" or a possessive inside that the gazetteer has whole: "Trinidad and Tobago",
        "Saint Kitts and Nevis", "Turks and Caicos Islands" (not Trinidad, Bolivia; not Turkey),
        "King's Lynn"."""
        out = []
        runs = find.runs(text)
        for (s, e, _), (s2, e2, _) in pairwise(runs):
            if text[e:s2] in (" and ", " and the ", " & "):
                whole = text[s:e2]
                if any(p.feature in ("country", "admin1", "region", "water") for p in self.gaz.lookup(whole)):
                    out.append(Proposal(s, e2, "gazetteer", priority=3))
        for m in _POSSESSIVE_NAME.finditer(text):
            # "King's Lynn", "Bishop's Stortford", "Martha's Vineyard": a place's name, spelt so, with a
            # possessive inside (the runs stop at the apostrophe: "King", "Lynn")
            if any(spelling(p.name) == spelling(m.group(0)) for p in self.gaz.lookup(m.group(0))):
                out.append(Proposal(m.start(), m.end(), "gazetteer", priority=3))
        return out

    @staticmethod
    def _couple(text: str, s: int, e: int, ents: list[tuple[int, int, str]]) -> bool:
        """A given name before "and" and a person named in full with another given name ("Philip and
        Charlotte Colbert", "Bill and Hillary Clinton"): the two share the surname."""
        if " " in text[s:e] or text[s:e].casefold() not in given_names() or not text.startswith(" and ", e):
            return False
        after = e + len(" and ")
        return any(es == after and label == "PERSON" and " " in text[es:ee]
                   and text[es:ee].split()[0].casefold() in given_names() for es, ee, label in ents)

    def _person_words(self, text: str, ents: list[tuple[int, int, str]]) -> frozenset[str]:
        """One-word names the model reads as a person again and again and never as a place: "killing
        Welch … Welch went to a residence" is a man whose full name the page lost, not Welch, Oklahoma.
        Only a small town's name, and one the text never puts anything in nor travels to ("the tournament
        in Delano", which the model calls a person four times, is the town; so is "travelling to
        Cirencester"), nor gives a county, school board or police of that name ("the Clinton school
        board … Clinton County": the town)."""
        labels: dict[str, Counter[str]] = {}
        for es, ee, label in ents:
            if " " not in text[es:ee]:
                labels.setdefault(text[es:ee], Counter())[label] += 1
        words = [word for word, seen in labels.items()
                 if seen["PERSON"] >= PERSON_WORD_TIMES and not seen["GPE"] and not seen["LOC"]
                 and self._minor_town(word) and not _placed_in(text, word)
                 and not re.search(rf"\b{re.escape(word)}[ ]+{_TOWN_OWN}", text)]
        # (nor a town of the state whose schools' association the page names: "a 52-47 loss to Waunakee in
        # the WIAA Division 2 regional … Waunakee advances" is the Wisconsin town's team)
        states = {state for country, state in institution_places(text)[1] if country == "USA"} if words else set()
        return frozenset(word for word in words if not (states and any(
            c.feature == "city" and c.country == "USA" and c.admin1 in states and c.population >= 500
            and spelling(c.name) == spelling(word) for c in self.gaz.lookup(word))))

    def _given_names_of_people(self, text: str, ents: list[tuple[int, int, str]]) -> set[str]:
        """The given names of the people the text names in full, where only a small town bears them and
        the text puts nothing in it: "the deaths of Helen, Clarence, Irene and Randy Kunz … Helen Kunz"
        (not Helen, Georgia; but "a Dallas clinic" beside "Dallas Keuchel" is the city, and "In Scott,
        volunteers …" beside "fire chief Scott Bergeron" the town)."""
        return {first for es, ee, label in ents if label == "PERSON" and len(words := text[es:ee].split()) == 2
                and (first := words[0]).casefold() in given_names() and self._minor_town(first)
                and not _placed_in(text, first)}

    def _minor_town(self, name: str) -> bool:
        """Whether the name is at most a small town's (no country, province or city of 100,000)."""
        if place_key(name) in self.curated:
            return False
        return all(c.feature not in ("country", "admin1", "region", "water") and c.population < 100_000
                   for c in self.gaz.lookup(name)[:5])

    def _province_of_people(self, text: str, word: str, end: int) -> bool:
        """Whether a people's word names a province of theirs, its kind word after it: "Ethiopia's
        Somali region" (not Somalia)."""
        return bool(_REGION_WORD_AFTER.match(text, end)) and any(
            c.feature == "admin1" and spelling(c.name) == spelling(word) for c in self.gaz.lookup(word)[:3])

    def _curated_water(self, name: str) -> bool:
        """Whether the name is first of all a river or sea our alias table writes ("the Danube")."""
        top = self.gaz.lookup(name)[:1]
        return place_key(name) in self.curated and bool(top) and top[0].feature == "water"

    def _big_town_named(self, name: str, least: int = BIG_TOWN_PEOPLE) -> bool:
        """Whether a city of `least` people bears the name as its own, letter for letter ("Austin")."""
        return any(c.feature == "city" and c.population >= least and spelling(c.name) == spelling(name)
                   for c in self.gaz.lookup(name)[:3])

    def _country_named(self, name: str) -> bool:
        """Whether the name is first of all a country's ("Canada", "France" — not "Georgia")."""
        ids = self.gaz.lookup_ids(name)
        return bool(ids) and self.gaz.features[ids[0]] == "C" and not any(self.gaz.features[i] == "A" for i in ids[1:3])

    def _used_as_towns(self, text: str, props: list[Proposal], nationalities: set[str]) -> frozenset[str]:
        """Countries' and capitals' names the text uses as a town's ("Lebanon Police", "a 54-year-old
        Palestine man", "the Jordan middle school", "Paris firefighters", "London city council") in
        a story that gives no other sign of the country — no nationality word of it, no other place
        in it: every mention of the name is the town's."""
        used: dict[str, str] = {}
        seen: set[str] = set()
        for p in props:
            name = text[slice(*p.name_span)]
            if p.source == "demonym" or name in seen:
                continue
            seen.add(name)
            country, capital_name = self._country_named(name), place_key(name) in self.capitals
            if not (country or capital_name):
                continue
            # (any mention of the name, proposed or not: "the Palestine Civic Center" is the model's facility)
            found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            ends = [m.end() for m in found]
            if not any(_town_use(text, m.start(), m.end()) for m in found):
                continue
            if country:
                used[place_key(name)] = self.gaz.countries[3 * self.gaz.lookup_ids(name)[0]:][:3]
            elif capital_name and any(_SMALL_TOWN_USE.match(text, end) for end in ends):
                # (not "Paris police said", "London Mayor Sadiq Khan": a capital has police and a mayor too)
                capital = next((i for i in self.gaz.lookup_ids(name) if i in self.capital_ids), None)
                if capital is not None:
                    used[place_key(name)] = self.gaz.countries[3 * capital: 3 * capital + 3]
        if not used:
            return frozenset()
        elsewhere = set(nationalities)
        for p in props:
            name = _lookup_name(text, p)
            ids = self.gaz.lookup_ids(name)
            if ids and same_name_key(name) not in used and p.source != "demonym":  # ("Dublin City" is Dublin)
                elsewhere.add(self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3])
        return frozenset(key for key, iso3 in used.items() if iso3 not in elsewhere)

    def _saints_town(self, text: str, s: int, e: int) -> bool:
        """Whether "St. X's" at text[s:e] is a town so called ("officials in St. John's said"), not a
        saint's church, school or hospital, whose name goes on ("St. Peter's Basilica")."""
        whole = text[s:e]
        return any(place_key(self.gaz.names[i]) == place_key(whole) and self.gaz.features[i] == "P"
                   for i in self.gaz.lookup_ids(whole)) and not re.match(r"[ ]+[A-Z]", text[e:e + 3])

    def _town_list(self, text: str, es: int, ee: int) -> bool:
        """Whether the model's organisation at text[es:ee] is towns' names parted by commas, the
        list going on after it ("Bath, Belhaven and Aurora") or ending in it ("Bethel, Farmville and
        Ayden"), not a firm ("Skadden, Arps") nor a town and its state ("Carthage, North Carolina") —
        a province is one of the list where "and" joins it ("refugees from Taiz and Lahj")."""
        parts = re.split(r",?[ ](?:and|or)[ ]|,[ ]", text[es:ee])
        joined = len(parts) > len(text[es:ee].split(", "))  # "Bethel, Farmville and Ayden": the list whole
        return len(parts) >= 2 and bool(joined or _LIST_GOES_ON.match(text, ee)) and all(
            re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*", part) and self._place_name(part)
            and not (self._state_level(part) and ", " in text[es:ee]) and not self._country_named(part)
            for part in parts)

    def _two_units(self, name: str) -> bool:
        """Whether a name that names nothing is two countries' names run together ("Greece Italy"
        of "Cyprus, Greece Italy or Spain"), not "Eastern Illinois" or "San Fernando Valley"."""
        words = name.split()
        return not self.gaz.lookup_ids(name) and any(
            self._country_named(" ".join(words[:k])) and self._country_named(" ".join(words[k:]))
            for k in range(1, len(words)))

    def _place_of_place(self, name: str) -> bool:
        """Whether a name that names nothing is a place "of" the place holding it ("Masovian
        Voivodeship of Poland", "Hordaland county of Norway"), not "Gulf of Mexico"."""
        m = re.fullmatch(r"(.+?)[ ]of[ ](?:the[ ])?(.+)", name)
        return m is not None and not self.gaz.lookup_ids(name) and all(
            self.gaz.lookup_ids(part) or place_key(part) in self.curated for part in m.groups())

    def _place_name(self, name: str) -> bool:
        """Whether a gazetteer or the post-office list has the name."""
        return bool(self.gaz.lookup_ids(name)) or place_key(name) in self.gaz.post_index

    def _airport_only(self, name: str) -> bool:
        """Whether every reading of the name is an airport or air base ("Heathrow", "Schiphol")."""
        found = self.gaz.lookup(name)
        return bool(found) and all(c.feature in ("airport", "airbase") for c in found)

    def _big_capital(self, name: str) -> bool:
        """Whether the name is a national capital of 100,000 people or more: "Tbilisi", not Hamilton,
        Bermuda (a surname, and an Indiana county)."""
        return place_key(name) in self.capitals and any(
            i in self.capital_ids and self.gaz.place(i).population >= 100_000 for i in self.gaz.lookup_ids(name)[:3])

    def _state_level(self, name: str) -> bool:
        """A country, a province or a capital: what can lead, back or control ("US-led", "Iran-backed")."""
        return self._unit_named(name) or place_key(name) in self.capitals or (
            place_key(name) in self.curated and self._country_named(name))

    def _english_county_council(self, text: str, name: str, end: int) -> str | None:
        """The English county whose council "X County Council" is ("Kent County Council", "Hampshire
        County Council": the shires' councils), in a story that names no American state — where "Sussex
        County Council" may be Delaware's."""
        if not (name.endswith(" County") and text.startswith(" Council", end)):
            return None
        shire = name[:-len(" County")]
        if not any(c.country == "GBR" and c.feature in ("admin1", "admin2", "region")
                   and place_key(c.name) == place_key(shire) for c in self.gaz.lookup(shire)):
            return None
        # (nor in one that counts in dollars and has an American county of the name: "York County Council
        # Chairman Buddy Motz … $2 million" is South Carolina's)
        if _names_us_state(text) or ("$" in text and any(c.country == "USA" for c in self.gaz.lookup(name))):
            return None
        return shire

    def _state_province(self, name: str) -> bool:
        """Whether "X State" is a province outside America called so ("Borno State", "Kachin State",
        "Blue Nile State") — not "Ohio State", a university, nor "Washington State"."""
        stem = name[:-len(" State")] if name.endswith(" State") else ""
        return bool(stem) and any(
            self.gaz.features[i] == "A" and place_key(self.gaz.names[i]) == place_key(stem)
            and self.gaz.countries[3 * i: 3 * i + 3] != "USA" for i in self.gaz.lookup_ids(stem))

    def _unit_named(self, name: str) -> bool:
        """Whether a country or province bears exactly this name ("Tamil Nadu", "Rio Grande do Sul")."""
        key = place_key(name)
        return any(self.gaz.features[i] in "CA" and place_key(self.gaz.names[i]) == key
                   for i in self.gaz.lookup_ids(name))

    def _home_town(self, ents: list[tuple[int, int, str]], starts: list[int], text: str, s: int) -> bool:
        """Whether the name follows "<person> of" or "<person>, 19, of" (a person's home town)."""
        m = _OF_AFTER_PERSON.search(text, max(0, s - 40), s)
        if m is None or m.end() != s:
            return False
        ent = self._entity_at(ents, starts, m.start() - 1, m.start())
        return ent is not None and ent[2] == "PERSON" and ent[1] == m.start()

    @staticmethod
    def _coordinated(text: str, found: list[Proposal], maybe: list[Proposal],
                     ) -> tuple[list[Proposal], list[Proposal]]:
        """Names listed with places are places: "raiding Jenin, Tulkarm and …", "took Aleppo, Hama
        and Homs". A name the context alone did not vouch for joins when only ", " / " and " lies
        between it and a mention already found (repeated, so a list is taken whole)."""
        for _ in range(3):
            spans = sorted((p.start, p.end) for p in found)
            # (a name after a comma goes on the list only where the list goes on or ends: "of the White
            # House, Lincoln visited" is the man)
            joined = [m for m in maybe if any(
                (find.coordinated(text, e, m.start) and (text[e:m.start] != ", " or _LIST_ITEM_END.match(text, m.end)))
                or find.coordinated(text, m.end, s) for s, e in spans)]
            if not joined:
                break
            found = found + joined
            maybe = [m for m in maybe if m not in joined]
        return found, maybe

    def _holders(self, text: str, found: list[Proposal], unsure: list[Proposal]) -> list[Proposal]:
        """Unsure names in "<town>, <province or country>" where the second holds a namesake of the
        first (the gazetteer says so), which no person's or word's name does by chance: "a farm in
        Pandi, Bulacan", "Sukoharjo, Central Java", "Garut regency, West Java", "the hills of
        Weiswampach, Luxembourg" — either
        name may be the unsure one, or both ("Santa Maria, Davao del Sur")."""
        if not unsure:
            return []
        by_start = {p.start: p for p in found + unsure}
        out: list[Proposal] = []
        for first in sorted(found + unsure, key=lambda p: p.start):
            # (a kind word may stand between: "in Garut regency, West Java")
            between = _HELD_BY_NEXT.match(text, first.end)
            second = by_start.get(between.end()) if between else None
            if second is None or (first not in unsure and second not in unsure):
                continue
            towns = [t for t in self.gaz.lookup(_lookup_name(text, first))
                     if t.feature in ("city", "admin2", "airport", "facility")]
            if any(_holds(h, t) for h in self.gaz.lookup(_lookup_name(text, second))[:3] for t in towns):
                out += [p for p in (first, second) if p in unsure and p not in out]
        return out

    def _may_be_facility(self, name: str) -> bool:
        """Whether "X airport/base/crossing" may be a facility at X: X is a town, province or
        facility, or unknown — not a sea or a country ("the Black Sea port of Odesa")."""
        ids = self.gaz.lookup_ids(name)
        if ids and self.gaz.features[ids[0]] == "C" and not any(
                self.gaz.features[i] == "P" and self.gaz.place(i).population >= 100_000 for i in ids):
            return False  # "a UK laboratory": the country's (a Russian village called Uk is not meant) —
            # but "Djibouti port" is at the city of the country's name
        return not ids or any(self.gaz.features[i] in "PATBF" for i in ids) or bool(self.gaz.airports(name))

    def _run_proposal(self, text: str, s: int, e: int, ents: list[tuple[int, int, str]],
                      starts: list[int], surnames: frozenset[str] = frozenset()) -> tuple[Proposal | None, bool]:
        """A proposal for a stretch of a capitalised run, and whether the context vouches for it
        (False: kept aside in case it turns out to be listed with places)."""
        name = text[s:e]
        if " " not in name and not find.is_name_word(name):
            return None, False
        if name.startswith(("The ", "A ")) or (name.startswith("An ") and name[3:4] in "AEIOUaeiouHh"):
            # "The Fargo Police": the stretch without the article is tried too ("An" before a consonant
            # is no article: Vietnam's An Giang, Iraq's An Najaf)
            return None, False
        if _PEOPLE_OF.match(name):
            return None, False  # "Residents of the Jenin camp": people's, not a name (the stretch after is tried)
        town_of = _TOWN_OF.match(name)
        if town_of and any(c.feature == "city" for c in self.gaz.lookup(name[town_of.end():])):
            return None, False  # "City of Santa Ana": the town, tried alone (the words before call it one)
        if " " in name and _MUNICIPAL_AFTER.match(text, s + name.rindex(" ")) and not self._city_named_so(name):
            # "Troy City" of "the Troy City Council": the town is Troy, tried too (the gazetteers'
            # other names "Marion City", "Camden City" are stray towns' — Marion, Arkansas; Terrace Park, Ohio);
            # but "the Carson City Council" is Carson City's, whose own name it is
            return None, False
        before = bisect_left(starts, s) - 1  # the entity starting before the stretch (entities do not overlap)
        if before >= 0 and s < ents[before][1] and ents[before][2] in _PLACE_LABELS and not text.startswith(
                " of ", ents[before][1]) and self.gaz.lookup_ids(text[ents[before][0]:ents[before][1]]):
            return None, False  # "Zealand hospital" of "a New Zealand hospital": the model's place is whole
        # (entities are sorted and do not overlap: those that may overlap the words before "of" are the
        # one holding the stretch's start and those starting inside them)
        if " of " in name and any(label == "PERSON" and ee > s for _, ee, label in ents[
                max(0, bisect_right(starts, s) - 1):bisect_left(starts, s + name.index(" of "))]):
            return None, False  # "Mike Murphy of the Kansas Highway Patrol": a person and his employer
        unit_of = _UNIT_OF.match(name)
        if unit_of and not self._state_level(unit_of.group(1)):
            unit_of = None
        if unit_of and not self.gaz.lookup_ids(name):
            return None, False  # "the Commonwealth of Virginia": the state, which the shorter stretch names
        if place_key(name) in self.not_places:
            return None, False
        if name.casefold() in _UNKNOWN_KINDS | {"state", "region"}:
            return None, False  # "County District" of "Fulton County District Attorney": a kind word is no name
        if len(name.replace(".", "")) <= 2 and place_key(name) not in self.curated and not (
                name.istitle() and (find.shared_kind_after(text, e) or find.kind_after(text, e)
                                    or find.locative_before(text, s, strong=True)) and self._big_town_named(
                    name, SHORT_TOWN_PEOPLE)):
            # "D" of "D.C.", "SA": letters, not names (the alias table has "UK", "US") — but "outbreaks in
            # Bo and Kenema districts", "deaths in Wa and Jirapa": a city of 50,000 people that the words
            # call a place
            return None, False
        if name in surnames and not (find.kind_before(text, s) or find.kind_after(text, e)
                                     or find.facility_after(text, e) or _RECORD_AFTER.match(text, e)):
            # a person's surname ("Carroll" after "E. Jean Carroll"), not a town; a bigger place's
            # name too where the model reads the person again ("Lara's department" after "Ricardo
            # Lara", not a Venezuelan state) and no "in" says otherwise
            # (the one entity that can hold the stretch: the last starting at or before it)
            holder = ents[at] if (at := bisect_right(starts, s) - 1) >= 0 else (s, s, "")
            person_here = holder[2] == "PERSON" and e <= holder[1]
            # (the name is part of a person's longer name: "Tom Greer", "Commissioner Rick Ely")
            in_full_name = person_here and holder[:2] != (s, e)
            # (nor a list of people: "Freeland, U.S. Trade Representative Robert Lighthizer and …")
            item = _LIST_ITEM.match(text, e)
            people_listed = item is not None and any(label == "PERSON" and " " in text[es:ee] for es, ee, label in ents[
                bisect_left(starts, item.start(1)):bisect_left(starts, item.end(1))])
            if not in_full_name and not people_listed and not find.is_possessive(text, e) and _LISTED_BESIDE.search(
                    text[max(0, s - 30):s] + "|" + text[e:e + 6]) and any(
                    c.feature == "city" and spelling(c.name) == spelling(name) for c in self.gaz.lookup(name)[:3]):
                # "customers from as far as Greer and Simpsonville" after "Tom Greer": a town's name listed
                # beside another, which joins the places if that one is a place (not "Kaplan and Carroll")
                return Proposal(s, e, "gazetteer", priority=1), False
            # (but the story's own town, its dateline's, where the words before say place: "the mine west of
            # Ely" under "ELY, Nev." beside "Commissioner Rick Ely")
            if not in_full_name and find.locative_before(text, s, strong=True) and (
                    place_key(name) in _dateline_keys(text)):
                return Proposal(s, e, "gazetteer", priority=1), True
            if self._minor_town(name) or (
                    (person_here or find.is_possessive(text, e))
                    and not (place_key(name) in self.curated or self._country_named(name))
                    and not (find.locative_before(text, s, strong=True) and not find.is_possessive(text, e))):
                return None, False
        if name.isupper() and " " not in name and place_key(name) not in self.curated and not _DATELINE_AT.match(
                text, e):
            return None, False  # "NATO", "CPAC": acronyms, not towns — but "CHARLESTON, Ill. (AP)"
        if (name in self.demonyms and not self._province_of_people(text, name, e)) or find.is_compound_modifier(
                text, e) or (find.agent_compound(text, e) and not self._state_level(name)):
            return None, False  # "Anti-war"; "Trump-backed": a person's, not a town's
        if _STREET_AFTER.match(text, e) and not _UNIT_NAME.search(name):
            return None, False
        if place_words.VENUE_AFTER.match(text, e) and self._minor_town(name):
            return None, False  # "Carnegie Hall", "King's College": a venue's name, not a small town
        # (the run may hold a bare apostrophe already: "St Thomas' Hospital")
        bare = name.endswith(("s'", "s’"))
        if re.match(r"(?:St|Ste|Saint)\.?[ ]", name) and (bare or find.is_possessive(text, e)):
            # "St. Peter's Basilica", "St. Michael's Hospital", "St Thomas' Hospital": a saint's, not a town's
            owned = e if bare else e + (2 if text[e:e + 2] in ("'s", "’s") else 1)
            if not self._saints_town(text, s, owned):
                return None, False
            return self._run_proposal(text, s, owned, ents, starts, surnames)
        if name == "Broadway" and _STAGE_AFTER.match(text, e):
            # "the Broadway star", "the Broadway smash 'Hamilton'": New York's theatres, not Broadway, Virginia
            return Proposal(s, e, "named", priority=2, lookup="Broadway theatre district"), True
        key = place_key(name)
        curated = key in self.curated
        municipal = _MUNICIPAL_NAME.fullmatch(name)
        if municipal and not curated and not self.gaz.lookup_ids(name) and key not in self.gaz.post_index:
            # "Readington Township", "Tewksbury Twp.", "the Town of Groton": the municipality, which
            # the gazetteer or the post office list knows by its full or its bare name
            core = municipal.group(1) or municipal.group(2)
            spelled = f"{core} Township" if municipal.group(1) else name
            if place_key(spelled) in self.gaz.post_index:
                return Proposal(s, e, "named", hint="city", priority=2, lookup=spelled), True
            if place_key(core) in self.gaz.post_index or (municipal.group(2) and self.gaz.lookup_ids(core)):
                # (a township named by a town's name elsewhere, "Pleasant Township", is left to its neighbours)
                start = s if municipal.group(1) else municipal.start(2) + s  # "the Village of Glen Carbon"
                return Proposal(start, e, "named", hint="city", priority=2, lookup=core), True
        facility = find.facility_after(text, e)
        if facility and not self._may_be_facility(name):
            facility = None
        # (an airport news names without its town — "Hartsfield-Jackson International Airport" — is known
        # to the airports' index only)
        indexed = bool(self.gaz.lookup_ids(name))
        named_airport = not indexed and bool(facility and "airport" in facility.group(1).lower()
                                             and self.gaz.airports(name))
        known = curated or indexed or named_airport
        joined = None if known else self._joined_spelling(name)
        known = known or joined is not None
        # "a Tennessee Colony man", "between Tennessee Colony and Yard": a community of several words
        # that only the post offices know, in one state — a place where the words around say so
        post_only = not known and not _SITE_WORD_LAST.search(name) and self._sole_post_town(name)
        known = known or post_only
        if _NUMBERED_UNIT_OF.search(text, max(0, s - 30), s) and (known or place_key(name) in self.gaz.post_index):
            # "Troop 172 of Wakefield" (the model's one organisation), "Pack 179 from Winside": a town's
            # numbered unit names the town, which may be a post office in a state the story names
            return Proposal(s, e, "named", hint="city", priority=2), True
        kind = find.kind_after(text, e)
        if kind and (_UNIT_NAME.search(name) or any(w.casefold() in _LOCAL_INSTITUTIONS | _UNKNOWN_KINDS
                                                    for w in name.split()[0 if not known else 1:])):
            # "Fulton County District Attorney", "Rapides Parish Fire District 2": the county or parish
            # and an office or service of it, not a district of that name
            kind = None
        if kind and kind.group(1).lower() == "state" and name.endswith(("ish", "ic", "ian", "ese")):
            return None, False  # "the Jewish state", "the Islamic State": not Russia's Jewish Autonomous Oblast
        before = find.kind_before(text, s)
        mid_sentence = text[:s].rstrip()[-1:] not in _SENTENCE_ENDS
        if before is None and not known and (appositive := find.kind_appositive(text, e)) is not None:
            # "Tamarasheni, a Georgian town …": the apposition calls it a town, wherever it stands
            before, mid_sentence = appositive.group(2), True
        if not known and not kind and re.match(r"[ ]+(?:Sheriff|sheriff)\b", text[e:e + 10]):
            # "the Pointe Coupee Sheriff's Office": sheriffs serve counties and parishes, which local
            # news names without the kind word
            unit = next((u for u in ("County", "Parish") if self.gaz.lookup_ids(f"{name} {u}")), None)
            if unit:
                return Proposal(s, e, "kind", name_start=s, name_end=e, hint="admin1", priority=2,
                                lookup=f"{name} {unit}"), True
        if not known and " " not in name and not kind:
            unit = {"counties": "County", "parishes": "Parish"}.get(find.shared_kind_after(text, e) or "")
            if unit and self.gaz.lookup_ids(f"{name} {unit}"):
                # "Cooke, Grayson and Love counties": a county no town shares a name with
                return Proposal(s, e, "kind", name_start=s, name_end=e, hint="admin1", priority=2,
                                lookup=f"{name} {unit}"), True
        if not known and kind and "-" in name and " " not in name and not self._county_named(
                f"{name} {kind.group(1).title()}"):
            return None, False  # "the Greenbrier-Pocahontas County boundary": the parts are tried alone
        if not known and before is None and not find.is_possessive(text, e) and not re.search(r"-[a-z]", name) and not (
                _VESSEL_BEFORE.search(text, max(0, s - 12), s) or _GROUP_NOUN_AFTER.match(text, e)) and (
                _WAR_ON_PLACE_BEFORE.search(text, max(0, s - 30), s) or _BEFALLEN_AFTER.match(text, e)
                or _DRIVEN_FROM.search(text, max(0, s - 30), s) or _PEOPLE_IN.search(text, max(0, s - 30), s)
                or ((mid_sentence or self._entity_at(ents, starts, s, e) == (s, e, "PERSON"))
                    and _DWELLERS_AFTER.match(text, e))):
            # "Airstrikes pounded Dioura", "the siege of Dioura", "Dioura came under fire", "troops withdrew
            # from Dioura", "officials in Dioura", "the Dioura residents": what war does to a village no
            # gazetteer has, and who lives there (placed later in the story's one country, if it has one;
            # not a sentence's first word the model calls nothing: "One Edmonton resident", "Previously
            # residents could …")
            before, mid_sentence = "village", True
        if not known and not (facility and facility.group(1).lower() in _NAMED_KINDS) and not (
                kind and kind.group(1).lower() in _UNKNOWN_KINDS and mid_sentence) and not (
                before in _TOWN_KINDS and mid_sentence):
            if (town := self._town_before_city(text, s, e)) is not None:
                return Proposal(s, e, "gazetteer", hint="city", priority=1, lookup=town), True
            # unknown, unless it names a camp, crossing, airfield or district ("Now state": no), or the
            # words before say it is a town ("the town of Paletwa")
            return None, False
        ent = self._entity_at(ents, starts, s, e)
        if ent is not None and ent[2] == "ORG" and self._town_list(text, ent[0], ent[1]):
            # "where Bath, Belhaven and Aurora have lost students": the model's organisation "Bath,
            # Belhaven" (as if a law firm) is the opening of a list of towns
            ent = None
        if known and place_words.TEAM_AFTER.match(text, e) and (self._state_level(name) or any(
                c.feature == "city" and c.population >= TEAM_TOWN_PEOPLE for c in self.gaz.lookup(name)[:3])):
            return Proposal(s, e, "in_name", hint="team", priority=0), True  # "the Seattle Seahawks"
        if known and (place_words.TEAM_AFTER.match(text, e) or place_words.MASCOT_AFTER.match(text, e)):
            # "the Salem Spartans", "the Humboldt Broncos": a small town's team — the town named inside
            # the team's name, not where anything happens
            return Proposal(s, e, "in_name", priority=0), True
        direction = find.direction_before(text, s)
        shared = known and kind is None and find.shared_kind_after(text, e)  # "the X and Y regions"
        listed_after = bool(_BEFORE_LISTS_NEXT.search(text, max(0, s - 9), s))
        if shared in ("counties", "parishes") and (
                (re.match(r"[ ]+(?:counties|parishes)\b", text[e:]) and (self._unit_named(name) or not listed_after))
                or (state_or_country(self.gaz, name) and not listed_after)):
            # "the middle of Indiana counties": the state's counties, not Indiana County; "the four metro
            # Athens counties": the counties around the town — a county's name before the plural closes
            # a list ("Barrow and Jackson counties", "from Ellsworth to Riley counties"); "In Texas, Moore
            # and Hartley counties": the state opening the list, no Texas County
            shared = None
        # "the Gaza Strip's Khan Younis", "Iraq's Anbar": a place's possession is a place
        owned = known and text[max(0, s - 3):s] in ("'s ", "’s ") and any(
            label in ("GPE", "LOC") and s - 4 <= ee <= s for _, ee, label in ents)
        # "an Alexandria man", "the Alexandria area", "Alexandria police": local news names its towns so;
        # "Steven Sachs of Alexandria", "Henry, 19, of Alexandria": a person's home town
        local = known and name not in _PEOPLE_WORDS_BEFORE and (
            bool(_RESIDENT_AFTER.match(text, e) or _TOWN_OFFICER_AFTER.match(text, e)
                 or _TOWN_PART_AFTER.match(text, e) or _BEFALLEN_AFTER.match(text, e))
            or self._home_town(ents, starts, text, s))
        # "McMinn County" says what it is; so does "Northbrook-based"
        local = local or (known and bool(_UNIT_NAME.search(name) or find.place_compound(text, e)))
        # "The Delhi High Court", "Kingston Crown Court": a court named after its seat
        local = local or (known and bool(_SEAT_COURT_AFTER.match(text, e)))
        # "the Federal Ministry of Information, Abuja", "Federal University of Technology, Owerri":
        # an institution's town after its name
        # (the town ends its clause: "of the White House, Lincoln visited" is the man)
        seat = known and text[max(0, s - 2):s] == ", " and any(
            label in ("ORG", "FAC") and ee == s - 2 for _, ee, label in ents) and bool(_CLAUSE_END.match(text, e))
        # "the Wellness Center at Children's Hospital of Pittsburgh": an institution of a big town or a
        # province, named after it
        seat = seat or (known and bool(_INSTITUTION_OF.search(text, max(0, s - 14), s)) and (
            self._state_level(name) or any(c.feature == "city" and c.population >= 100_000
                                           for c in self.gaz.lookup(name)[:3])))
        # "Mali troops clashed …", "Chad forces": a country's name before its state's bodies is the country
        # (the country first among the name's places: Mali is also a Guinean prefecture)
        state_body = bool(_STATE_BODY_AFTER.match(text, e)) and any(
            self.gaz.features[i] == "C" for i in self.gaz.lookup_ids(name)[:1])
        # ("the farmers of State of Tamil Nadu": the form names a province, whatever the model's label)
        # "On Oahu, home to Honolulu": "on" an island the alias table names is where things are
        island = curated and find.previous_word(text, s) == "on" and any(
            c.feature == "region" for c in self.gaz.lookup(name)[:1])
        strong = bool(facility or kind or before or direction or shared or owned or local or seat or state_body
                      or unit_of or island) or (
            find.locative_before(text, s, strong=True))
        # ("Chad, where the disease struck N'Djamena": a place's relative clause, which no person's is)
        where = bool(_WHERE_AFTER.match(text, e)) and self._sizeable(name)
        # ("a tribute show comes to Clacton this weekend", "families returned to Sinjar": a move to a place)
        context = strong or find.locative_before(text, s) or bool(_MOVED_TO.search(text, max(0, s - 30), s))
        maybe = listed_town = False
        if ent is not None:
            es, ee, label = ent
            if text[ee - 2:ee] in ("'s", "’s") and ee - 2 >= e and (
                    label != "PERSON" or find.kind_before(text, s) or self._country_named(name)
                    or (ee - 2 == e and local)):
                # "the Village of Glen Carbon's", "Sri Lanka's", "Bahir Dar's mayor" (a person to the
                # model): the model's span with the possessive is the name alone
                ee -= 2
            # (the model's event with its article is the name itself: "the Venice International Film
            # Festival" — but "the White House", its organisation, stands for the government; and so are
            # its "organisations" "the River Witham", a river's name with its article, and "the Artibonite
            # department", a province's with its kind word)
            article = text[es:s] in ("the ", "The ")
            inside_longer = es <= s and ee >= e and (ee - es) > (e - s) and not (article and (
                (label == "EVENT" and ee == e) or (label == "ORG" and ee == e and _RIVER_NAME.fullmatch(name))
                or (label == "ORG" and known and kind is not None and ee == kind.end())))
            office = label == "FAC" and self._office_not_place(text, es, ee)
            if label == "PERSON" and inside_longer and known and s == es and _OFFICE_AFTER.match(text, e):
                return Proposal(s, e, "in_name", priority=0), True  # "Litchfield Fire Chief Jim Koser"
            if label == "PERSON" and inside_longer and known and re.search(r"\bof $", text[es:s]) and (
                    self._held_by_qualifier(text, name, e)):
                # "Leonard of Ada, Oklahoma" (the model's one person): a home town its state holds
                return Proposal(s, e, "named", hint="city", priority=2), True
            if (label == "PERSON" and inside_longer and s == es and self._unit_named(name)
                    and _COMPANY_END.fullmatch(text, e, ee)):
                # "Georgia Modular Systems" (a person to the model): a company named after its state
                return Proposal(s, e, "in_name", priority=0), True
            if label == "PERSON" and inside_longer and not (kind and kind.group(1)[0].isupper()) and not (
                    known and _UNIT_NAME.search(name)) and " in " not in f" {text[es:s]}" and not (
                    es == s and known and (_PARTY_AFTER.match(text[e:ee]) or _RESIDENT_AFTER.fullmatch(text, e, ee))
            ) and not (es == s and known and kind is not None and kind.end() >= ee):
                # (the model's person that is a place and its police: "New Brunswick RCMP say"; and one
                # that is a known name and its kind word in lower case, which no person's name holds: "in
                # Ca Mau province")
                # "Jim Jordan", "Jordan Bardella" — but "McMinn County Sheriff Steve Frisbie", and "The
                # George in Twickenham" (a pub: no person's name runs on past "in")
                return None, False
            # (the model's organisation or title that ran on past "in": "the council in Carthage, North
            # Carolina", "the Brookhaven National Laboratory on Long Island", '"People in Dallastown' a quote's
            # opening words the model took for a title)
            ran_on = label in ("ORG", "WORK_OF_ART", "PRODUCT", "LAW") and re.search(
                r" (?:in|on|near) ", f" {text[es:s]}") is not None
            if label == "ORG" and es == s and text[e:ee] == " Co." and re.match(r"[ ]+[a-z]", text[ee:ee + 3]) and (
                    self._county_named(f"{name} County")):
                # "Loudon Co. man dies in wreck" (the model's company): a county's short form before a word
                # in lower case — not "Ford Motor Co. said"
                return Proposal(s, ee, "kind", name_start=s, name_end=e, hint="admin1", priority=2,
                                lookup=f"{name} County"), True
            # (inside an organisation we list, "Russia officials" of "United Russia officials" is the party's)
            # (a country's or province's possessive opens its organisation: "Manitoba's Opposition New
            # Democrats")
            if ((label in _NAME_LABELS or office) and inside_longer and (not find.is_possessive(text, e) or (
                    s == es and (self._country_named(name) or self._state_level(name))))
                    and not (curated and strong and place_key(text[es:ee]) not in self.not_places) and not ran_on
                    and not (before in _TOWN_KINDS and (es == s or find.kind_before(text, es) in _TOWN_KINDS))
                    and not (named_airport and s == es and facility is not None and facility.end() >= ee)):
                # (the model's organisation that is the airport itself, known by the airports' index only:
                # "Hartsfield-Jackson International Airport" — a facility, read below)
                # ("city of Bentiu on Monday", "the towns of Haris and Varzaqan": the model's one organisation)
                # part of an organisation's name ("the Fargo Police Department", "Texas Southern
                # University"): a mention of the place, but not where anything happens
                if not known or (name.casefold() in given_names() and not self._unit_named(name)
                                 and not _MUNICIPAL_AFTER.match(text, e)
                                 and not _TOWN_INSTITUTION_AFTER.match(text, e)):
                    # "Madison Square Garden" — but "the University of Georgia", "the Troy City Council",
                    # "the Meredith Community Center"
                    return None, False
                if _SETTLEMENT_WORD.match(text, e):
                    return None, False  # "Tennessee Colony", "Michigan City": a town named after the state
                if key in GENERIC_NAME_WORDS and not curated:
                    return None, False  # "University" of "Eastern Kentucky University", not University, Florida
                # (after "of" or "in" as words: "Mountain " of "the Mountain Laurel Festival" ends in "in ")
                if text[es:s] not in ("", "The ", "the ") and not re.search(r"\b(?:of|in) $", text[es:s]) and not (
                        self._country_named(name)) and not _COMPASS_LEAD.fullmatch(text, es, s) and (
                        text[max(es, s - 7):s] != "of the ") and not (
                        text[max(es, s - 2):s] == ", " and self._state_level(name)) and not (
                        self._held_by_qualifier(text, name, e)) and not _ORG_ENDS_BEFORE.search(text, es, s):
                    # "the African Union": a place's name leads ("Fargo Police") or follows "of" — a
                    # country's may stand anywhere ("Environment Canada", "Air France"), a province
                    # after a town and a comma ("Barangays of Santa Maria, Davao del Sur"), and a town
                    # its state qualifies ("GM’s Bowling Green, Kentucky facility")
                    return None, False
                if name.endswith(" State") and _STATE_FORCE_AFTER.match(text, s + len(name) - len(" State")):
                    e = s + len(name) - len(" State")  # "Florida State Police": Florida, the state
                if name.endswith(" District") and _SCHOOL_BOARD_AFTER.match(text, e):
                    # "the London District Catholic School Board", "the Halton District School Board":
                    # a board named by its town or region and "District" — not the province GeoNames
                    # also calls "London District" (Greater London)
                    e = s + len(name) - len(" District")
                if (shire := self._english_county_council(text, name, e)) is not None:
                    # "Kent County Council said …": an English county's council, not Delaware's Kent County
                    return Proposal(s, e, "in_name", hint="admin1", priority=0, lookup=shire), True
                # "the Washington Legislature": the state's
                # ("the Washington State Patrol": the state's force, not the capital's)
                return Proposal(s, e, "in_name", priority=0,
                                hint="admin1" if self._state_office_after(text, s, e) or _STATE_FORCE_AFTER.match(
                                    text, e) else None), True
            if (label in _PLACE_LABELS and not office and es <= s and ee >= e and not facility and not kind
                    and before != "port" and shared not in ("counties", "parishes")) and (
                    (es, ee) == (s, e) or not (self._two_units(text[es:ee]) or self._place_of_place(text[es:ee]))):
                # the entity itself is proposed — but "Greece" of "Cyprus, Greece Italy or Spain" (the
                # model's one place, which names nothing) is tried when the whole names nothing, and so
                # are both of "the Masovian Voivodeship of Poland"
                return None, False
            if label == "PERSON" and not strong and name.casefold() in given_names() and not where:
                if not ((es, ee) == (s, e) and _LISTED_BESIDE.search(text[max(0, s - 30):s] + "|" + text[e:e + 6])
                        and self._big_town_named(name)) and not (
                        (es, ee) == (s, e) and re.search(rf"\b{re.escape(name)}[ ]+{_TOWN_OWN}", text)) and not (
                        (es, ee) == (s, e) and _in_placed_list(text, s, e)):
                    return None, False  # "Jordan said": a person, unless the words around say "place"
                # "Austin and Round Rock have not yet imposed limits" (the model's person): a big town's
                # name listed beside another name, which joins if that one is a place; and "bus routes with
                # Clinton" in a story of the Clinton school board and Clinton County, which joins if the
                # story's county holds a town of the name
                maybe = listed_town = True
            if label == "PERSON" and not strong and not (" " in name and (
                    self._unit_named(name) or self._state_province(name))) and not (
                    (self._country_named(name) or self._big_capital(name) or self._curated_water(name))
                    and name.casefold() not in given_names()):
                # a country's name is the country though the model calls it a person ('"Tunisia was …'),
                # and a capital's its capital ("Tbilisi has denied the allegation": the government)
                maybe = True  # "took Aleppo, Hama and Homs": a place if listed with places; "Tamil Nadu" is one
        if text[e:e + 1] == " " and find.speech_after(text, e) and not facility and not find.locative_before(
                text, s) and not _LIST_AFTER_LOCATIVE.search(text, max(0, s - 80), s) and not (
                known and self._home_town(ents, starts, text, s)):
            # (but "Sgt. James Hill of Greenwood said": the speaker's home town)
            # "Jordan said" (not "Kalena Horhn of Grand Prairie, said": a comma parts name and verb)
            surname = any(label == "PERSON" and text[es:ee].endswith(" " + name) for es, ee, label in ents)
            if (known and (self._unit_named(name) or key in self.capitals) and name.casefold() not in given_names()
                    and not surname
                    and (ent is None or ent[2] != "PERSON" or " " in name or key in self.capitals)):
                return Proposal(s, e, "alias" if curated else "gazetteer", priority=1, metonym=True), True
            return None, False  # "Jordan said" — but not "officials in Amman said"
        # (a capital's name the model calls a person is the capital, "Tbilisi has denied"; one it calls
        # nothing may be a paper's town of that name, "London Police say" in a story from Kentucky)
        capital_person = ent is not None and ent[2] == "PERSON" and self._big_capital(name)
        if not curated and not context and not (" " in name and (
                self._unit_named(name) or self._state_province(name))) and not unit_of and not (
                (self._country_named(name) or capital_person) and name.casefold() not in given_names()):
            maybe = True  # "Tamil Nadu on Saturday moved the court": a province's full name needs no "in"
        if maybe and self._airport_only(name) and name.casefold() not in given_names() and name not in surnames:
            maybe = False  # "while Heathrow and Gatwick reported delays" (the model's "people"): airports only
        from_to = find.previous_word(text, s) == "from" and re.match(r"[ ]+to[ ]+(?:the[ ]+)?[A-Z]", text[e:e + 12])
        # "in Florence", "near Tyler": a preposition that puts something at a place (not "from Irving",
        # "with Madison"); "a native of Florence", "south of Morris": a noun whose "of X" is a place (no one
        # is a native of a person, nor lies south of one)
        placed_in = (find.previous_word(text, s) in _STRICT_LOCATIVE and (
            ent_label(ents, starts, s, e) != "PERSON" or find.previous_word(text, s) in _IN_PLACE)) or (
            find.previous_word(text, s) in _SHELLED) or bool(_DRIVEN_FROM.search(text, max(0, s - 30), s)) or bool(
            _MOVED_TO.search(text, max(0, s - 30), s)) or find.place_of_before(text, s) or bool(
            _PERSON_FROM.search(text, max(0, s - 40), s))  # "a 22-year-old from Clinton": people come from places
        if not curated and " " not in name and name.casefold() in given_names() and not (
                facility or kind or before or local or shared or from_to or placed_in or state_body or listed_town
                or where):
            if not _in_placed_list(text, s, e):
                # "Bailey", "Irving": a given name, unless the words say "town of" / "X province" ("from Norman
                # to D.C.", "Chad forces")
                return None, False
            # "jobs at plants in Scottsville and Franklin": the list's last name after "in", which joins
            # if the name before it is a place
            maybe = True
        if facility:
            return Proposal(s, facility.end(), "facility", name_start=s, name_end=e,
                            hint=facility.group(1).lower(), priority=2), True
        if kind:
            return Proposal(s, kind.end(), "kind", name_start=s, name_end=e, hint="admin1", priority=2), True
        if shared in ("counties", "parishes"):  # "Clay" in "Becker, Clay and Wilkin counties" is Clay County
            unit = "County" if shared == "counties" else "Parish"
            return Proposal(s, e, "kind", name_start=s, name_end=e, hint="admin1", priority=2,
                            lookup=f"{name} {unit}"), True
        if shared:
            return Proposal(s, e, "kind", name_start=s, name_end=e, hint="admin1", priority=2), True
        hint = "admin1" if self._state_office_after(text, s, e) else _kind_hint(before)
        if before == "port":
            # (case-blind: "the Port of Los Angeles" — a miss would start the proposal at -1, and it
            # would cover every name before it; "the ports of Haifa and Eilat": the name alone)
            window = max(0, s - 12)
            at = text[window:s].lower().rfind("port")
            start = window + at if at >= 0 else s
            return Proposal(start, e, "facility", name_start=s, name_end=e, hint="port", priority=2), True
        if direction is not None and not maybe:
            return Proposal(direction[0], e, "region", name_start=s, name_end=e, hint="region",
                            directions=[direction[1]], priority=3), True
        if post_only:
            if not (local or strong) or maybe:
                return None, False
            return Proposal(s, e, "named", hint=hint, priority=1, lookup=name), True
        if name.endswith(" State") and _STATE_FORCE_AFTER.match(text, e - len(" State")) and self._unit_named(
                name[:-len(" State")]):
            # "the West Virginia State Patrol" (no place to the model): the state, named in its force's name
            return Proposal(s, e - len(" State"), "in_name", hint="admin1", priority=0), True
        if (shire := self._english_county_council(text, name, e)) is not None:
            return Proposal(s, e, "in_name", hint="admin1", priority=0, lookup=shire), True  # "Essex County Council"
        if maybe and known and _RECORD_AFTER.match(text, e) and " " not in name and any(
                c.feature == "city" for c in self.gaz.lookup(name)[:5]):
            # "for Winchester (21-4)": a school's team with its season's record, named by its town
            return Proposal(s, e, "in_name", hint="city", priority=1), True
        if maybe and known and _MUNICIPAL_AFTER.match(text, e) and any(
                c.feature == "city" for c in self.gaz.lookup(name)[:5]):
            # "The Great Bend City Council" (no place to the model): the town, named in its council's name
            return Proposal(s, e, "in_name", hint="city", priority=1), True
        source = "alias" if curated else "gazetteer" if known else "named"
        return Proposal(s, e, source, hint=hint, priority=2 if curated else 1, lookup=joined), not maybe or where

    def _joined_spelling(self, name: str) -> str | None:
        """A town's one-word name written as two ("Dogu Beyazit" for Doğubeyazıt): the joined
        spelling, where no place bears the two words and a town of 10,000 bears the joined ones."""
        words = name.split(" ")
        if len(words) != 2 or not all(find.is_name_word(w) for w in words) or len(name) < 9:
            return None
        joined = words[0] + words[1].lower()
        return joined if any(c.feature == "city" and c.population >= 10_000 for c in self.gaz.lookup(joined)) else None

    @staticmethod
    def _select(proposals: list[Proposal]) -> list[Proposal]:
        """Longest first, then by priority; no two chosen mentions overlap."""
        chosen: list[Proposal] = []
        for p in sorted(proposals, key=lambda p: (-(p.end - p.start), -p.priority, p.start)):
            if not any(c.start < p.end and p.start < c.end for c in chosen):
                chosen.append(p)
        return sorted(chosen, key=lambda p: p.start)

    # -- resolving -------------------------------------------------------------------------------
    def _context(self, doc: Doc, text: str, props: list[Proposal], sent_starts: list[int]) -> Context:
        mentioned: Counter[str] = Counter()
        by_sentence: dict[int, set[str]] = {}
        # (a state in a hyphenated word is no witness: "Iowa-Ohio State games" name no state the story is
        # in; towns are: "an Athens-Clarke police officer")
        names = [_lookup_name(text, p) for p in props if p.source not in ("demonym", "region")
                 and not (p.in_word and self._unit_named(_lookup_name(text, p))) and not _far_off(text, p.start)]
        # towns of countries' names near the article's other places, on the word of names that are
        # no countries: "Malta" beside DeKalb is the Illinois village; "Mexico" beside "Peru" proves nothing
        # (nor do capitals: "Lima" beside "Peru" is Peru's capital, not the Ohio town)
        # (only North America's: its local news names towns after countries — Lebanon, Ohio; Peru,
        # Indiana — while "Mexico" in a story from the Philippines is still the country)
        # (asked only when a country named has a North American town of its name: most have none)
        countries_named = {place_key(n) for n in names if self._country_named(n) and any(
            self.gaz.features[i] == "P" and self.gaz.countries[3 * i: 3 * i + 3] in ("USA", "CAN")
            for i in self.gaz.lookup_ids(n))}
        town_support = {i: v for i, v in cohesion(self.gaz, names, voters=[
            n for n in names if not self._country_named(n) and not any(
                j in self.capital_ids for j in self.gaz.lookup_ids(n)[:2])]).items()
            if v >= TOWN_OF_COUNTRY_SUPPORT and self.gaz.countries[3 * i: 3 * i + 3] in ("USA", "CAN")
            and place_key(self.gaz.names[i]) in countries_named} if countries_named else {}
        # ("South Sudanese" is South Sudan's word, not Sudan's: the longer words first)
        long_words = [(m.start(), m.end(), self.demonyms[m.group(1)]) for m in self._long_demonym.finditer(text)]
        words = long_words + [(m.start(), m.end(), self.demonyms.get(m.group(0))) for m in _CAPITALISED.finditer(text)
                              if not any(ls <= m.start() < le for ls, le, _ in long_words)]
        for start, end, iso3 in words:
            # a nationality word counts half a country's name (not a language or a school subject: "concepts
            # in science and English" in an American story)
            if iso3 and not _STYLE_AFTER.match(text, end) and not place_words.is_language(text, start, end) and (
                    not _BUSINESS_NAME_AFTER.match(text, end)):
                mentioned[iso3] += 1
                by_sentence.setdefault(bisect_right(sent_starts, start) - 1, set()).add(iso3)
        used_as_towns = self._used_as_towns(text, props, set(mentioned))
        for p in props:
            # (a dateline names a town: "MALTA –" is no witness for Malta, the country; nor is a
            # name the text uses as a town's: "Lebanon Police")
            ids = self.gaz.lookup_ids(text[slice(*p.name_span)]) if not (
                p.of_country or p.source == "dateline" or place_key(text[slice(*p.name_span)]) in used_as_towns) else ()
            if ids and self.gaz.features[ids[0]] == "C" and not any(
                    (self.gaz.features[i] == "A" or (
                        self.gaz.features[i] == "P" and self.gaz.place(i).population >= 100_000))
                    and not self._same_land(ids[0], i) for i in ids[1:3]
            ) and not any(self.gaz.features[i] == "P" and i in town_support for i in ids):
                # a country's name that is nothing else of note ("Georgia" is also a US state: not counted;
                # "UK" is also a village in Russia: counted; "Puerto Rico" is also a US province, the
                # same island, and San Juan's other name: counted)
                iso3 = self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3]
                mentioned[iso3] += 2
                by_sentence.setdefault(bisect_right(sent_starts, p.start) - 1, set()).add(iso3)
        meta = doc._.ng_meta or {}
        for section in meta.get("section_path") or []:
            ids = self.gaz.lookup_ids(section)
            if ids and self.gaz.features[ids[0]] == "C":
                mentioned[self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3]] += 4
        home = outlet_country(meta)
        if home:  # a paper's home country counts like a nationality word: it settles "Dublin" in the Irish Times
            mentioned[home] += 1
        phones, phone_towns = phone_areas(self.gaz, text)
        for country in {country for country, _ in phones}:  # a local paper's numbers say its country, like its domain
            mentioned[country] += 1
        # the countries of the provinces and countries the text names, which its dollars, euros or
        # numbered streets may be in (looked up only for a text that prints a dollar or euro sign or
        # numbers its streets)
        grid = has_street_grid(text)
        named = {self.gaz.countries[3 * i: 3 * i + 3] for n in names for i in self.gaz.lookup_ids(n)[:1]
                 if self.gaz.features[i] in "CA"} | {c for c, k in mentioned.items() if k} if (
            "$" in text or "€" in text or grid) else set()
        for country in clock_countries(text) | money_countries(text, named) | (  # and its times' zones ("7
                street_countries(named) if grid else set()):  # a.m. CT"), money ("$765,000") and
            mentioned[country] += 1  # streets ("near Grand Avenue and West 11th Street", "the 800 block of")
        served, institution_provinces = institution_places(text)
        for country in served:  # and its local police ("Brant OPP", "Gardaí said")
            mentioned[country] += 1
        # a story in British spelling is not an American paper's local news: its unqualified towns
        # are not American by the country it names most ("Sgt Tonroe was born in Manchester" in a
        # British story about a soldier killed beside US forces)
        british = place_words.british_spelling(text)
        focus = focus_of(mentioned, british)
        town_cohesion: dict[int, float] = {}
        county_towns, county_held = county_pairs(self.gaz, text, names)
        settled = self._settled(text, props)
        municipal = frozenset(place_key(text[slice(*p.name_span)]) for p in props
                              if _MUNICIPAL_AFTER.match(text, p.name_span[1]))
        return Context(focus=focus, mentioned=mentioned, sentence_countries=by_sentence, capitals=self.capital_ids,
                       british=british, municipal=municipal,
                       capital_names=self.capital_names,
                       cohesion=cohesion(self.gaz, names, from_towns=town_cohesion, fixed=settled, post_towns=True),
                       cohesion_names=tuple(names), settled=settled,
                       town_cohesion=town_cohesion,
                       town_support=town_support, used_as_towns=used_as_towns,
                       phone_provinces=frozenset(phones), phone_towns=tuple(phone_towns),
                       institution_provinces=frozenset(institution_provinces),
                       county_towns=county_towns, county_held=county_held,
                       counties_states=counties_states(self.gaz, text),
                       listed_countries=self._listed_countries(text, props))

    def _qualified_towns(self, text: str, start: int) -> tuple[Place, ...]:
        """The towns of the name a mention qualifies: "Washington" of "Spokane, Washington" (not of
        "London, Washington and Paris", a list)."""
        if text[max(0, start - 2):start] != ", ":
            return ()
        run = next((r for r in find.runs(text) if r[1] == start - 2), None)
        if run is None or not self._qualifier(text, start - 2):
            return ()
        return tuple(c for c in self.gaz.lookup(text[run[0]:run[1]]) if c.feature == "city")

    def _possessor(self, text: str, start: int) -> list[Place]:
        """ "North Carolina's Sandhills region", "Iraq's Anbar": the state or country whose the place
        is, which says where it lies as "Sandhills, North Carolina" would."""
        for owner in _possessor_names(text, start):
            found = [p for p in self.gaz.lookup(owner) if p.feature in ("country", "admin1")]
            if found:
                return found[:1]
        return []

    def _same_land(self, country: int, other: int) -> bool:
        """Whether another reading of a country's name lies in that country: one of its own provinces
        or towns ("Mexico" the state), or the country itself under another flag (Puerto Rico, a US
        province in GeoNames' lists) — not a namesake far away (Georgia)."""
        a, b = self.gaz.place(country), self.gaz.place(other)
        return a.country == b.country or haversine_km(a.lat, a.lon, b.lat, b.lon) < SAME_LAND_KM

    def _qualifier(self, text: str, end: int, name: str | None = None) -> list[Place]:
        """ "Butler, Pennsylvania", "Tripoli in northern Lebanon" — not a list ("Tehran, Khuzestan and
        Ilam"), unless the list pairs towns with their states and this state holds a town of the
        `name` before it ("Nashville and Cordova, Tennessee, Richmond, Virginia, Fort Lauderdale")."""
        abbreviation = self._abbreviation.match(text, end)
        if abbreviation and self._state_code(text, abbreviation):
            country = self.abbreviation_country[abbreviation.group(1)]
            return [p for p in self.gaz.lookup(self.after_town[abbreviation.group(1)])
                    if _abbreviated_unit(p) and p.country == country][:1]
        m = _QUALIFIER.match(text, end)
        if m and m.group(0).startswith(",") and name is not None and _LIST_GOES_ON.match(
                text[m.end(): m.end() + 12]) and not find.is_possessive(text, m.end()):
            readings = self.gaz.lookup(name)
            towns = [t for t in readings if t.feature == "city"]
            held = [q for q in self.gaz.lookup(m.group(1))
                    if q.feature == "admin1" and any(_holds(q, t) for t in towns)]
            # (not in a list of states: "Utah, Virginia, Washington, West Virginia and Wyoming")
            if held and not any(t.feature == "admin1" and t.country == held[0].country for t in readings):
                return held[:1]
        if not m and (appositive := find.kind_appositive(text, end)) is not None and appositive.group(3) == "in":
            # "La Gloria, a village in the Mexican state of Veracruz": the province its apposition puts it in
            return [p for p in self.gaz.lookup(appositive.group(4)) if p.feature in ("country", "admin1")][:5]
        if not m or (m.group(0).startswith(",") and (find.is_possessive(text, m.end())
                                                      or _LIST_GOES_ON.match(text[m.end(): m.end() + 12])
                                                      or _CLAUSE_AFTER.match(text, m.end()))):
            # a list, or a new clause ("north of Duhok, Turkey's defence ministry said"; "in The
            # Hague, Israel went public")
            return []
        words = m.group(1).split(" ")
        if place_key(words[0]) in GENERIC_NAME_WORDS and not (
                len(words) > 1 and any(p.feature == "admin1" for p in self.gaz.lookup(m.group(1))[:1])):
            # "Kansas City, North": a compass word, not Burkina Faso's Nord (also called "North") — but
            # "Karo, North Sumatra" names the province
            return []
        if m.group(1) in self.demonyms and re.match(r"[ ]+[a-z]", text[m.end():m.end() + 2]):
            return []  # "an attack on Afgoye, Somali officials said": a nationality, not Ethiopia's Somali region
        if m.group(0).startswith(",") and _AGENCY_CREDIT.match(text, m.start(1)):
            return []  # "Moscow, SANA-": a news agency's credit after the dateline, not Sana'a
        if not m.group(0).startswith(","):
            # "a house in Belgrade in central Minnesota Saturday": the run ran on into the next word
            # — not into a unit's word ("the creek in Manchester Township" is in no Manchester)
            for k in range(len(words), 0, -1):
                if k < len(words) and words[k] in _CIVIL_UNIT_WORDS:
                    continue
                found = [p for p in self.gaz.lookup(" ".join(words[:k])) if p.feature in ("country", "admin1")]
                if found:
                    return found[:5]
            return []
        return [p for p in self.gaz.lookup(m.group(1)) if p.feature in ("country", "admin1")][:5]

    def _held_by_qualifier(self, text: str, name: str, end: int) -> bool:
        """Whether the province or country after the name ("Reston, Virginia") holds a town of the
        name: a person's surname is followed by no such pair."""
        holders = [q for q in self._qualifier(text, end) if text[end:end + 2] == ", "]
        return any(_holds(q, t) for q in holders for t in self.gaz.lookup(name) if t.feature in ("city", "admin2"))

    def _settled(self, text: str, props: list[Proposal]) -> dict[str, frozenset[int]]:
        """Names whose reading a qualifier settles ("COLUMBUS, Ohio", "Athens, Ga."): their key
        (`same_name_key`) → the ids of the towns and counties of the name the qualifier holds."""
        out: dict[str, frozenset[int]] = {}
        for p in props:
            if p.source in ("demonym", "region"):
                continue
            name = _lookup_name(text, p)
            holders = [q for q in self._qualifier(text, p.end, name) if text[p.end:p.end + 2] == ", "]
            held = frozenset(t.id for t in self.gaz.lookup(name) if t.feature in ("city", "admin2")
                             and any(_holds(q, t) for q in holders))
            if held:
                out[same_name_key(name)] = out.get(same_name_key(name), frozenset()) | held
        return out

    def _owner_town(self, text: str, start: int, end: int, ctx: Context) -> Place | None:
        """The town before "'s" ahead of a mention ("Baghdad's Karrada district"), or after it with
        a word for a town's part ("the West Point slum in Monrovia"), when the article reads that
        name as a town without doubt (an anchor)."""
        if not ctx.anchors:
            return None
        after = _PART_OF_TOWN_AFTER.match(text, end)
        for owner in [*_possessor_names(text, start), *([after.group(1)] if after else [])]:
            town = self._anchor_town(owner, ctx)
            if town is not None:
                return town
        return None

    def _anchor_town(self, name: str, ctx: Context) -> Place | None:
        """The town of the name that the article reads without doubt (an anchor), if any."""
        ids = set(self.gaz.lookup_ids(name))
        return next((a for a in ctx.anchors if a.id in ids and a.feature == "city"), None)

    def _state_office_after(self, text: str, s: int, e: int) -> bool:
        """Whether a state's or province's office follows the name at text[s:e] ("Washington Gov.",
        "Quebec Health Minister")."""
        return bool(_STATE_OFFICE_AFTER.match(text, e)) or (bool(_PROVINCE_MINISTER_AFTER.match(text, e)) and not any(
            self.gaz.features[i] == "C" for i in self.gaz.lookup_ids(text[s:e])[:1]))

    def _mission_country(self, word: str) -> str | None:
        """The country of "US", "American", "Britain's" before "embassy" or "consulate"."""
        word = re.sub(r"['’]s$", "", word)
        ids = self.gaz.lookup_ids(word)
        if ids and self.gaz.features[ids[0]] == "C":
            return self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3]
        return self._demonym(word)

    def _island_name(self, p: Proposal, name: str, text: str, ctx: Context, qualifier: list[Place]) -> str | None:
        """The name the gazetteer knows an island by, when it is not the name as written: "the islands of
        Zanzibar and Pemba" → "Pemba Island" (Tanzania's, not Pemba, Mozambique — but "the island of
        Sicily" is no village of Louisiana's), "Yap Island in Micronesia" → "Yap", an island known by its
        bare name as a province or district of a country the article names (not "Amherst Island" beside
        Kingston, Ontario: Amherst is only a town, in Nova Scotia)."""
        # (the word looked for in the window first: the kind-word regexes are asked of every mention)
        if "sland" in text[max(0, p.start - 120):p.start] and find.kind_before(text, p.start) == "island" and any(
                c.feature in ("region", "landform") for c in self.gaz.lookup(f"{name} Island")[:1]):
            return f"{name} Island"
        island = _ISLAND_NAME.fullmatch(name)
        if island and not self.gaz.lookup_ids(name) and any(
                c.feature in ("admin1", "admin2", "region") and c.country is not None and (
                    c.country == ctx.focus or ctx.mentioned.get(c.country) or any(
                        q.country == c.country for q in qualifier)) for c in self.gaz.lookup(island.group(1))):
            return island.group(1)
        return None

    def _state_river(self, p: Proposal, name: str, text: str) -> str | None:
        """The river a US state's name stands for after "the": "along the Mississippi near Memphis",
        "where the Ohio meets the Mississippi" — a state takes no article, and water words around say
        which is meant, and a preposition or a river's verb follows (not "the Iowa company", "the
        Minnesota Department of Transportation", "the Ohio State University")."""
        if text[max(0, p.start - 4):p.start] not in ("the ", "The ") or text[p.start:p.end] != name or (
                not _RIVER_USE_AFTER.match(text, p.end)) or not (_FLOOD_WORDS.search(
                text, max(0, p.start - 120), p.end + 120) or _ALONG_THE.search(text, max(0, p.start - 20), p.start)):
            return None
        states = [c for c in self.gaz.lookup(name)[:1] if c.feature == "admin1" and c.country == "USA"]
        river = f"{name} River"
        if states and any(c.feature == "water" for c in self.gaz.lookup(river)[:1]):
            return river
        return None

    def _valley_of(self, name: str, ctx: Context, sentence: int, qualifier: list[Place]) -> Resolution | None:
        """ "a ranch in Salinas Valley", "the northwestern Las Vegas Valley": a valley no gazetteer has,
        named after a town or province of the story's state or one the story names — placed there
        (not "Hudson Valley" at Hudson, Ohio in a story that names neither)."""
        m = _VALLEY_NAME.fullmatch(name)
        if m is None:
            return None
        stem = place_key(m.group(1))
        towns = [c for c in self.gaz.lookup(m.group(1)) if place_key(c.name) == stem and (
            c.feature in ("city", "admin2", "admin1")) and (c.feature != "city" or c.population >= 20_000) and (
            ctx.senses.get(stem) == c.id or (c.admin1 and ctx.provinces.get(c.admin1)))]
        if not towns:
            # "the Po Valley": the valley of a river our alias table writes, at the river's point
            river = next((c for c in self.gaz.lookup(f"{m.group(1)} River")[:1] if c.feature == "water"
                          and place_key(f"{m.group(1)} River") in self.curated), None)
            if river is None:
                return None
            return Resolution(river, 1, 0.6, f"the valley of the {river.name}", feature="region",
                              precision="region", name=name)
        res = choose(towns, ctx, sentence, None, qualifier, key=stem)
        if res.place is None:
            return None
        return replace(res, feature="region", precision="region", name=name,
                       why=f"the valley of {res.place.name} ({res.why})")

    def _resolve(self, p: Proposal, text: str, ctx: Context, sentence: int) -> Resolution | None:
        """The place a mention names (None: drop the mention)."""
        gaz = self.gaz
        name = p.lookup or text[slice(*p.name_span)]
        qualifier = self._qualifier(text, p.end, name) or self._possessor(text, p.start)
        if p.source not in ("demonym", "party") and not gaz.lookup_ids(name) and (
                valley := self._valley_of(name, ctx, sentence, qualifier)) is not None:
            return valley
        if p.source not in ("demonym", "party") and (island := self._island_name(p, name, text, ctx, qualifier)):
            name = island
            p = replace(p, lookup=name)
        elif p.source not in ("demonym", "party", "kind") and (river := self._state_river(p, name, text)):
            name = river
            p = replace(p, lookup=name)
        if p.source == "kind":  # "Barrow County", "Rapides Parish", "Sinjar District": the unit itself first
            whole = p.lookup or text[p.start:p.end]
            core = core_key(whole)
            # by its own name: "Shan State" is Shan, but "Columbia State" (a college) is not the
            # District of Columbia, which has "Columbia" only among its other names
            # (and a county our alias table writes as a province's region: "Middlesex County" of Ontario,
            # which the packaged admin2 table lacks beside Virginia's and New Jersey's)
            units = [c for c in gaz.lookup(whole) if (c.feature in ("admin2", "admin1") or (
                c.feature == "region" and c.admin1 is not None and _UNIT_WORD.search(c.name)))
                     and (core == place_key(whole) or place_key(c.name).startswith(core)
                          or place_key(saint_abbreviated(c.name) or c.name).startswith(core))]
            named = text[slice(*p.name_span)]
            kind_word = text[p.name_end:p.end].strip().casefold() if p.lookup is None and p.end > p.name_end else ""
            if kind_word in ("region", "area") and ctx.focus and not any(
                    c.feature in ("admin1", "region") and (c.country == ctx.focus or ctx.mentioned.get(c.country or ""))
                    for c in gaz.lookup(named)) and any(
                    c.feature == "city" and c.country == ctx.focus for c in gaz.lookup(named)):
                # "the Charlotte region" in an American story: the city's, not a parish of that name
                # in St Vincent (but "the Kurdistan region", "the Tigray region": the province)
                units, p = [], replace(p, hint=None)
            # (not an American county the story names whole where no place of the focus is named: "Taylor
            # Journigan (Maury County student)" in a story whose focus is France only by its "French
            # students" is Tennessee's, not Maury, France — but "Newport County's friendly" beside Cardiff
            # and Caerleon is no county of Rhode Island)
            focus_placed = any(ctx.province_countries.get(province) == ctx.focus for province in ctx.provinces)
            if units and ctx.focus and (focus_placed or kind_word not in ("county", "parish")) and not any(
                    c.country == ctx.focus or ctx.mentioned.get(c.country or "") for c in units) and any(
                    c.feature == "city" and c.country == ctx.focus for c in gaz.lookup(named)[:5]):
                # "outbreaks in Bo and Kenema districts" in a story from Sierra Leone: the district of its
                # town Bo (which the county table lacks), not Norway's Bø
                units = []
            if not units and place_key(whole) in self.curated:
                # "the Peak District", "the Lake District": a region our alias table names whole,
                # not a district called "Peak"
                units = [c for c in gaz.lookup(whole) if c.feature in ("region", "water")]
            if kind_word in ("state", "province") and any(c.feature == "admin1" for c in units):
                # "Rio de Janeiro state": the state, not the municipality of the name
                units = [c for c in units if c.feature == "admin1"]
            if units and p.lookup is None and any(spelling(c.name) == spelling(named) for c in units):
                # spelt as the text spells it: "Shanxi province" is Shanxi, not Shaanxi, which the key's
                # forgiven doubled letters also find
                units = [c for c in units if spelling(c.name) == spelling(named)]
            if units:
                return choose(units, ctx, sentence, None, qualifier, key=place_key(whole))
            name = text[slice(*p.name_span)]
            inner = _INNER_PART.fullmatch(name)
            if inner and not gaz.lookup_ids(name) and any(c.feature == "city" for c in gaz.lookup(inner.group(1))[:3]):
                # "the Seoul Central District Court": a district of the town named first, placed at the town
                p, name = replace(p, lookup=inner.group(1), hint="city"), inner.group(1)
            if p.lookup is None and p.end > p.name_end and text[p.name_end:p.end].strip().casefold() == "state":
                # "Columbia State" (a college in Columbia, Tennessee) with no state of that name: the
                # town, not the District of Columbia by the kind word
                p = replace(p, hint=None)
        if p.source == "demonym":
            if p.hint == "admin1":  # "Ohioans": the state
                state = self._us_state(p.lookup or "")
                return None if state is None else Resolution(state, 1, 0.9,
                                                             f"what the people of {state.name} are called")
            if p.hint == "region":  # "Middle Eastern", "English" — or a province's people: "Chechen"
                named = gaz.lookup(p.lookup or "")
                region = next((c for c in named if c.feature in ("region", "water")),
                              next((c for c in named if c.feature == "admin1"), None))
                return None if region is None else Resolution(region, 1, 0.9, f"the adjective of {region.name}")
            if p.lookup in _CONTINENT_WORDS.values():
                region = next((c for c in gaz.lookup(p.lookup or "") if c.feature == "region"), None)
                return None if region is None else Resolution(region, 1, 0.9, f"the adjective of {region.name}")
            country = gaz.country(p.lookup or "")
            return None if country is None else Resolution(country, 1, 0.9, f"the nationality word of {country.name}")
        if p.source == "party":
            # "Linda Sumner, R-Raleigh" in a story about West Virginia's House of Delegates: a town or a
            # county of the state the article is about (state delegates name either)
            units = [c for c in gaz.lookup(f"{name} County") if c.feature == "admin2"]
            local = [c for c in gaz.lookup(name) + units if c.admin1 and ctx.provinces.get(c.admin1)]
            if local:
                return choose(local, ctx, sentence, None, qualifier, key=place_key(name))
        if p.source == "dateline":
            name = name.title()
            towns = [c for c in gaz.lookup(name) if c.feature == "city" and place_key(c.name) == place_key(name)]
            country = next((c for c in gaz.lookup(name) if c.feature == "country"), None)
            if towns and country is not None and not qualifier and country.country != ctx.focus and not (
                    ctx.mentioned.get(country.country or "")):
                # "MALTA –" opening a story from Illinois: a dateline names a town; the country only
                # when the article is about it
                return choose(towns, ctx, sentence, "city", qualifier, key=place_key(name))
        if p.lookup is not None and p.source == "alias":
            # a US state's, Canadian province's or Australian territory's abbreviation ("Fla.", "the ACT"),
            # or an English county's ("Tring, Herts"; some counties are the gazetteer's regions or
            # second-level units: "Yorks", "Northants")
            states = [c for c in gaz.lookup(name) if _abbreviated_unit(c)]
            return choose(states[:1], ctx, sentence, "admin1", qualifier)
        if p.source == "region":
            if p.of_country:
                base = gaz.country(ctx.focus) if ctx.focus else None
                res = Resolution(base, 1 if base else 0, 0.6 if base else 0.3,
                                 "the article's country focus" if base else "no country focus to place it in")
            elif (sense := ctx.senses.get(place_key(name), ctx.dateline_towns.get(place_key(name)))) is not None and (
                    not qualifier):
                # "south Santa Ana" after "Santa Ana, California": part of the town the article means
                # (or its dateline's: "north Manchester" under "MANCHESTER —" of a Connecticut story)
                place = gaz.place(sense)
                res = Resolution(place, 1, 0.8, "what the name means elsewhere in the article")
                if place.feature == "city":
                    return replace(res, feature="region", precision="city", name=text[p.start:p.end],
                                   why=f"part of {place.name} ({res.why})")
            elif seas := [c for c in gaz.lookup(text[p.start:p.end]) if c.feature == "water"]:
                # a sea's part with a name of its own: "the north Atlantic" is the North Atlantic (but
                # "northern Africa" stays Africa's north, not North Africa's point)
                return choose(seas, ctx, sentence, "region", qualifier)
            else:
                capital = [c for c in gaz.lookup(name) if c.id in ctx.capitals] if not qualifier else []
                if capital and not any(c.feature == "country" for c in gaz.lookup(name)[:1]):
                    # "the southeast part of Washington", "eastern Kabul": the capital city, not
                    # the state or province named after it — but in a story from another country
                    # that never names the capital's, the town the story means ("north London" in
                    # a story from Ontario)
                    foreign = ctx.focus is not None and all(
                        c.country != ctx.focus and not ctx.mentioned.get(c.country or "") for c in capital)
                    towns = [c for c in gaz.lookup(name) if c.feature == "city"] if foreign else capital
                    found = choose(towns or capital, ctx, sentence, None, qualifier)
                    what = "the capital " if found.place is not None and found.place.id in ctx.capitals else ""
                    return replace(found, feature="region", precision="city", name=text[p.start:p.end],
                                   why=f"part of {what}{found.place.name if found.place else name}")
                # (a sea's part too: "the eastern Pacific", "the north Atlantic" — not Pacific, Missouri)
                cands = [c for c in gaz.lookup(name) if c.feature in ("country", "admin1", "region", "water")]
                if not cands and name in ("Plains", "Lakes"):
                    # "the northern Plains", "the western Lakes": the Great Plains' and Great Lakes' parts,
                    # not Plains, Pennsylvania
                    cands = [c for c in gaz.lookup(f"Great {name}") if c.feature in ("region", "water")]
                res = choose(cands, ctx, sentence, "region", qualifier)
                if res.place is None:  # "northern Gaza City": the town itself
                    return choose(gaz.lookup(name), ctx, sentence, None, qualifier)
            if res.place is None:
                return replace(res, feature="region", name=text[p.start:p.end])
            return _part_of(gaz, res, p.directions)
        if p.source == "facility" or (p.source == "entity" and p.hint not in (None, "admin1", "city")):
            return self._resolve_facility(p, text, name, ctx, sentence, qualifier)
        hint = p.hint or ("facility" if p.label == "FAC" else None) or _kind_hint(find.kind_apposed(text, p.end))
        if hint is None and not qualifier and (town := self._state_named_town(text, p, name, ctx)) is not None:
            return Resolution(town, 1, 0.8, "a town of the story's state listed with a town near it")
        if hint is None and p.start in ctx.listed_provinces:
            hint = "admin1"
        key = place_key(name)
        if hint is None and key in ctx.municipal:
            hint = "city"  # "Berea police … the Berea Police Department": the town, not Lesotho's district
        candidates = gaz.lookup(name)
        if not qualifier and candidates and candidates[0].country != "GBR" and _UK_COURT_AFTER.match(
                text, p.name_span[1]) and any(c.country == "GBR" for c in candidates):
            # "Kingston Crown Court", "Westminster Magistrates' Court": courts of England and Wales (and
            # Scotland's sheriff courts) are named after their towns — Kingston upon Thames, not Jamaica's
            candidates = [c for c in candidates if c.country == "GBR"]
        if p.start in ctx.listed_countries and not qualifier:
            # "in Sweden, Denmark, the Netherlands", "Niger, Cameroon and Benin banned poultry imports" in a
            # story from Nigeria: in a list of countries, the country (not Denmark, Wisconsin, though the
            # sentence names Wisconsin; not Nigeria's Niger state)
            candidates = [c for c in candidates if c.feature == "country"] or candidates
        if not qualifier and find.is_possessive(text, p.end) and (owned := _OWNED_AFTER.match(text, p.end)):
            # "Ontario's Peel Region": the province holding the place it owns, not Ontario, California
            held = {(c.admin1, c.country) for c in gaz.lookup(owned.group(1))[:10] if c.feature != "admin1"}
            provinces = [c for c in candidates if c.feature == "admin1" and (c.admin1, c.country) in held]
            if provinces:
                candidates, hint = provinces, "admin1"
        host = _QUALIFIER.match(text, p.end)
        if not candidates and not qualifier and (p.source == "named" or p.label in ("GPE", "LOC")) and not (
                host and gaz.lookup_ids(host.group(1))) and (
                misspelt := gaz.misspelt_country(name)) is not None and (
                misspelt.country == ctx.focus or ctx.sentence_countries.get(sentence, set()) - {misspelt.country}):
            # "in Seychelles, in Mauritious and especially in Mayotte": no place is spelt so, one
            # country's name is a letter away, and the sentence names countries (or the story is
            # about that one) — not "Greenlane, Auckland", which a town after it puts somewhere
            return Resolution(misspelt, 1, 0.6, f"no place is spelt so; {misspelt.name}, spelt a letter otherwise")
        if not candidates and (p.source == "named" or p.label in ("GPE", "LOC")):
            # "in Shahroud, Iranian officials said": no place is spelt so, but a town of the story's
            # country (or the sentence's, or the one the text puts it in) is — its vowels written
            # otherwise, as transliterations from Arabic, Persian or Amharic do (`_TRANSLITERATED`)
            where = {q.country for q in qualifier if q.country} or (
                {ctx.focus} | ctx.sentence_countries.get(sentence, set()) if ctx.focus else
                ctx.sentence_countries.get(sentence, set()))
            # (not an owner's name: "Christie’s" is the auction house)
            respelt = [] if name.endswith(("'s", "’s")) else gaz.respelt(
                name, sorted(c for c in where if c in _TRANSLITERATED))
            if respelt:
                candidates, p = respelt, replace(p, lookup=respelt[0].name)
        states = set(ctx.provinces) | {a for c, a in ctx.phone_provinces if c == "USA"}
        if p.source in ("entity", "named", "dateline") and states and key not in GENERIC_NAME_WORDS and (
                p.source == "dateline" or not name.isupper()) and (
                not any(c.admin1 in states for c in candidates if c.feature in ("city", "admin2", "admin1"))
                and not any(c.country == "USA" and c.population >= 50_000 and spelling(c.name) == spelling(name)
                            for c in candidates)):
            # "Berlin" in a story from Connecticut, whose New England towns GeoNames' city lists lack:
            # the post office of that name in a state the story is in — not "Atlanta" in a story
            # that names New York (a big American town is meant; Rock Hill, South Carolina, which
            # GeoNames also calls "Rocky Hill", does not bear the name), not "NY"
            candidates = candidates + gaz.post_towns(name, states)
        if candidates and not qualifier and p.source in ("entity", "gazetteer", "named", "in_name") and " " not in name:
            # "Oxford's municipal leaders" in a story of Woodstock and Tillsonburg: a county of the
            # province the story is about, named bare as its own paper does, where no town of that
            # province bears the name (not Oxford, Alberta, nor England's)
            home = set(ctx.leading_provinces.values())
            # (not "Texas" in a Missouri story: the state; nor "by way of Houston" in a story of Alabama: the
            # metropolis, not Houston County)
            if home and not any((c.feature == "city" and c.admin1 in home) or c.feature in ("country", "admin1")
                                or (c.feature == "city" and c.population >= 1_000_000) for c in candidates):
                counties = [c for c in gaz.lookup(f"{name} County") if c.feature == "admin2"
                            and c.admin1 in home and core_key(c.name) == key]
                candidates = candidates + [c for c in counties if c not in candidates]
        if (own_town := ctx.dateline_towns.get(key)) is not None and not qualifier and all(
                c.id != own_town for c in candidates):
            candidates = [*candidates, gaz.place(own_town)]  # ("Rocky Hill" of the dateline's Connecticut)
        if p.source == "dateline" and not qualifier:
            candidates = self._dateline_city_first(candidates, ctx, key)
        pair_states = {state for state, town in ctx.county_towns if town == key} - {
            c.admin1 for c in candidates if c.feature == "city"}
        if pair_states:  # "Brandon … the Douglas County Sheriff's Office": Minnesota's post office of the name
            candidates = candidates + [c for c in gaz.post_towns(name, pair_states) if c not in candidates]
        if not candidates and p.source == "named" and p.lookup and (
                _MUNICIPAL_NAME.fullmatch(text[p.start:p.end]) or self._sole_post_town(p.lookup)):
            # "in Readington Township" in a story that names no state: the one post office of the name
            # (and "a Tennessee Colony man": a community of several words only one state's post offices know)
            anywhere = gaz.post_towns(name)
            if len({c.admin1 for c in anywhere}) == 1:
                candidates = anywhere[:1]
        core = core_key(name)
        if key.endswith(" state") and core != key and key not in self.curated:
            # "Columbia State" (a college) is not the District of Columbia, which has "Columbia" only
            # among its other names; "Lagos State" is Lagos
            candidates = [c for c in candidates if place_key(c.name).startswith(core)]
        first = candidates[0].id if candidates else None
        if key in ctx.used_as_towns and not qualifier:
            # "Lebanon Police" in a story with no other sign of Lebanon: the towns of the name
            towns = [c for c in candidates if c.feature == "city" and place_key(c.name) == key
                     and c.id not in ctx.capitals]
            if towns:
                candidates, hint = towns, "city"
        curated = key in self.curated and key not in ctx.used_as_towns  # the alias table's entry is the country
        if curated and spelling(name) not in self.curated_spellings and any(
                spelling(c.name) == spelling(name) and (c.feature in ("country", "admin1") or c.population >= 100_000)
                for c in candidates):
            # "Samara" is the Russian city, spelt so, not Samarra, which the alias table spells with
            # two r's (the key forgives doubled letters)
            curated = False
        if hint is None and _WATER_NAME.search(name):
            hint = "water"  # "the Red Sea" is the sea before Egypt's Red Sea governorate
        mission = _MISSION_BEFORE.search(text, max(0, p.start - 60), p.start)
        sender = self._mission_country(mission.group(1)) if mission else None
        if sender and not qualifier and any(c.country != sender for c in candidates):
            # "the US consulate in St. Petersburg": a country's mission is abroad (Russia's city, not
            # Florida's, though the US is named beside it)
            candidates = [c for c in candidates if c.country != sender]
        if hint == "team":
            # "the Texas Rangers", "the Portland Trail Blazers": a team bears its state's or its big town's
            # name (Portland, Oregon, in a story from Texas too)
            states = [c for c in candidates if c.feature == "admin1" and c.country in ("USA", "CAN", "AUS")]
            towns = sorted((c for c in candidates if c.feature == "city" and c.population >= TEAM_TOWN_PEOPLE),
                           key=lambda c: -c.population)
            candidates, hint = (states[:1], "admin1") if states else (towns[:1], "city")
        res = choose(candidates, ctx, sentence, hint, qualifier, curated=curated, key=key,
                     qualifies=self._qualified_towns(text, p.start), spelt=spelling(name), first=first)
        held = [c for c in candidates if any(qualifier_holds(q, c) for q in qualifier)]
        if held and res.place not in held:
            # "Aberdeen, Scotland" in a story from Aberdeen, Washington: the one the text says, however
            # strongly the story's own places pull the other way
            res = choose(held, ctx, sentence, hint, qualifier, curated=curated, key=key, spelt=spelling(name))
            holder = next(q for q in qualifier if res.place is not None and qualifier_holds(q, res.place))
            res = replace(res, why=f"qualified by {holder.name}; {res.why}")
        countries = {q.country for q in qualifier if q.feature == "country"}
        # "Athens, Georgia": the qualifier is a country or a US state; a town in either will do
        if res.place is not None and countries and res.place.country not in countries | {
                q.country for q in qualifier if q.feature == "admin1"} and (
                res.place.feature not in ("country", "water", "region")):
            # ("the United States, Germany, Britain": a list, not "X, Britain"; "the Indian Ocean in
            # Seychelles": a sea or a region is beside or around the country, not in it)
            return Resolution(None, res.candidates, 0.3, f"named as in {'/'.join(sorted(c or '' for c in countries))}"
                                                         ", where the gazetteer has no place of that name")
        provinces = [q for q in qualifier if q.feature == "admin1"]
        # (after the name, or as its owner before it: "North Carolina's Sandhills", "Texas' Big Thicket")
        if (res.place is not None and provinces and (text[p.end:p.end + 2] == ", " or find.is_possessive(
                text, p.start - 3) or find.is_possessive(text, p.start - 2)) and res.place.feature in (
                "city", "admin2") and not any(
                q.country == res.place.country and (q.admin1 == res.place.admin1 or haversine_km(
                    q.lat, q.lon, res.place.lat, res.place.lon) < 250) for q in provinces) and not any(
                q.feature == "country" and q.country == res.place.country for q in qualifier) and not (
                # "in Mahajanga, Fianarantsoa and the central highlands": a city of the province's
                # country is itself, and the comma a list's
                res.place.feature == "city" and res.place.population >= 100_000
                and any(q.country == res.place.country for q in provinces))):
            # "Hardwick, Derbyshire": no Hardwick the gazetteer knows lies there — placed at the
            # county the text names, not at Hardwick, Massachusetts
            q = provinces[0]
            return Resolution(q, res.candidates, 0.5, f"{name} is not in the gazetteer in {q.name}; placed at "
                              f"{q.name}, which the text puts it in", feature="city", precision="admin1",
                              name=name, contained=True, qualified=True)
        if (res.place is not None and key not in self.curated and is_weak(res.place, ctx, key)
                and not find.locative_before(text, p.start, strong=True)):
            return Resolution(None, res.candidates, 0.3, f"only a small town far from the article's places "
                                                         f"({res.place.name}, {res.place.country}) has that name")
        if (res.place is not None and p.label == "FAC" and key not in self.curated and res.place.feature == "city"
                and res.place.population < 50_000 and ctx.anchors and not (
                    res.place.admin1 and ctx.provinces.get(res.place.admin1)) and not (
                    # (a town of a country the story names, outside the US: "the Bird Flu Laboratory at
                    # Weybridge" in a Scottish story)
                    res.place.country != "USA" and ctx.mentioned.get(res.place.country or "")) and not near_anchors(
                    res.place, ctx, settled=True)):
            # "an adjacent park (Washington Square)" in a story about New Orleans: a square, park or
            # building the model names, not a village of that name in Pennsylvania
            return Resolution(None, res.candidates, 0.3, f"a facility named like a small town far from the "
                                                         f"article's places ({res.place.name}, {res.place.admin1})")
        return res

    def _resolve_facility(self, p: Proposal, text: str, name: str, ctx: Context, sentence: int,
                          qualifier: list[Place]) -> Resolution | None:
        gaz = self.gaz
        kind = p.hint or "facility"
        # (the alias table lists dams with the waters: "Tabqa Dam", "Hoover Dam")
        whole = [c for c in gaz.lookup(text[p.start:p.end]) if c.feature in ("airport", "airbase", "facility", "water")]
        if kind in _AIR:
            # (a terminal's number is no part of the airport's name: "Pulkovo 2 Airport")
            whole += [c for c in gaz.airports(re.sub(r"[ ]+\d$", "", name)) if c not in whole]
        whole += [c for c in gaz.lookup(name) if c.feature in ("airport", "airbase", "facility") and c not in whole]
        if whole:
            res = choose(whole, ctx, sentence, None, qualifier, curated=True)
            # "caught at Bali airport" in a story about Australia and Indonesia: not the Bali Airport
            # in Cameroon, but the airport of the Indonesian province, placed there
            abroad = res.place is not None and res.place.country not in ctx.mentioned and not near_anchors(
                res.place, ctx)
            if not (abroad and any(c.feature in ("city", "admin1") and c.country in ctx.mentioned
                                   for c in gaz.lookup(name))):
                return replace(res, why=f"{res.place.feature if res.place else kind} named in the gazetteer; "
                                        f"{res.why}")
        # "Columbia Metropolitan Airport", "Dayton International": the town before the generic words
        lead = re.match(r"(.+?)(?:[ ]+(?:Metropolitan|Metro|Regional|Municipal|International|County|Memorial))+$", name)
        town_name = lead.group(1) if lead and not gaz.lookup_ids(name) else name
        if town_name.startswith("New ") and not gaz.lookup_ids(town_name):
            town_name = town_name[4:]  # "New Gainesville prison": the new prison of Gainesville
        # (spelt as named: "the Dunbar Toll Bridge" is no bridge of Tool, Texas)
        towns = [c for c in gaz.lookup(town_name) if c.feature in ("city", "admin1") and not _doubled_only(c, town_name)
                 and (c.country in ctx.mentioned or c.population >= 100_000 or near_anchors(c, ctx))]
        states = set(ctx.provinces)
        if states and not any(c.admin1 in states for c in towns):
            # "troopers from the Kirkwood barracks" in a story of Binghamton: the post office of that
            # name in a state the story is in (as for the town named bare), not Kirkwood, Missouri
            towns += [c for c in gaz.post_towns(town_name, states) if c not in towns]
        # (a town of the article's countries before a big one elsewhere: "Bali airport" in a story
        # about Indonesia is the province's, not the airport of Bāli, West Bengal)
        towns = [c for c in towns if c.country in ctx.mentioned] or towns
        named = [c for c in gaz.lookup(town_name) if c.feature in ("city", "admin1")]
        if not towns and not any(ctx.mentioned.values()) and len(named) == 1 and kind in _NAMED_KINDS:
            # "near the Dadaab refugee camp" in a story that names no country: the one town of the name
            towns = named
        if not towns:
            if p.source == "facility" and kind not in _NAMED_KINDS:
                return None  # "Hezbollah base": not a named facility
            return Resolution(None, 0, 0.3, f"no gazetteer entry for this {kind} or a town it is named after",
                              feature="facility", name=text[p.start:p.end])
        res = choose(towns, ctx, sentence, "city", qualifier, key=place_key(town_name))
        town = res.place.name if res.place else name
        precision = res.place.precision if res.place is not None and res.place.feature != "city" else "city"
        return replace(res, feature="facility", precision=precision, name=text[p.start:p.end],
                       why=f"the {kind} itself is not in the gazetteer; placed at {town} ({res.why})")

    def _contained(self, p: Proposal, text: str, ctx: Context, sentence: int, res: Resolution) -> Resolution:
        """A place no gazetteer knows, put at what the text puts it in or near: "the town of Paletwa
        in Chin state" (Chin), "the Abu Shouk camp near El Fasher" (El Fasher), "the southern
        Lebanese town of Khiam" (southern Lebanon). The fact keeps its own name; its precision is
        the container's, and it is never the same place as the container."""
        name = text[p.start:p.end]
        feature = res.feature or ("city" if p.hint in (None, "city") else p.hint)
        container: Place | None = None
        directions: list[tuple[float, float]] = []
        how = ""
        qualifier = self._qualifier(text, p.end)
        near = _NEAR.match(text, p.end)
        phrase = _KIND_PHRASE.search(text, max(0, p.start - 60), p.start)
        compass = _COMPASS_NAME.match(name)
        if compass and place_key(compass.group(2)) in GENERIC_NAME_WORDS:
            compass = None  # "his home in West Street": a street, not the west of Street, Somerset
        if compass:  # "South Arlington", "Northeast Georgia": the part of the place the rest names
            state = self.abbreviations.get(compass.group(2))  # "Western Mass.": the state, not Mas (Italy)
            rest = [c for c in self.gaz.lookup(state or compass.group(2))
                    if c.feature in ("city", "admin1", "admin2", "country") and (
                        state is None or (c.feature == "admin1" and c.country == self.abbreviation_country.get(
                            compass.group(2))))]
            container = choose(rest, ctx, sentence, None, qualifier, key=place_key(state or compass.group(2))).place
            if container is not None and container.feature != "country" and container.country != ctx.focus and not (
                    ctx.focus is None and (container.feature == "admin1" or container.population >= 1_000_000)
            ) and state is None:
                # "West Yorkshire" in an English story is not placed at a Yorkshire in Virginia — but
                # "North London" in a story that names no country is London's north
                container = None
            if container is not None:
                directions, how = [find.direction(compass.group(1))], "in"
                if container.feature == "city":  # a town's part is the town, give or take
                    directions = []
                else:  # "Western Massachusetts": a region of the state
                    feature = "region"
        named_in = _QUALIFIER.match(text, p.end)
        if container is None and named_in:  # "the Israeli Embassy in Washington, D.C.": towns too
            # (and a country's regions: "the tourist town of Kalam in the Swat Valley" — not "the Middle East")
            inside = [c for c in self.gaz.lookup(named_in.group(1))
                      if c.feature in ("city", "admin2", "admin1", "country") or (c.feature == "region" and c.country)]
            # (the container's own qualifier may follow its kind word: "in Karo regency, North Sumatra")
            unit = find.kind_after(text, named_in.end(1))
            held_in = self._qualifier(text, unit.end() if unit else named_in.end(1))
            if inside:
                container = choose(inside, ctx, sentence, None, held_in, key=place_key(named_in.group(1))).place
                how = "in"
            if held_in and (container is None or not any(qualifier_holds(q, container) for q in held_in)):
                # a container no gazetteer has where the text puts it ("Karo regency, North Sumatra", not
                # Karo, Jharkhand): the province named after it
                container, how = held_in[0], "in"
        of_unit = _OF_UNIT.match(text, p.end) if p.source == "kind" else None
        if container is None and of_unit:  # "the Gondra district of Uttar Pradesh": the province it names
            inside = [c for c in self.gaz.lookup(of_unit.group(1)) if c.feature in ("admin1", "country")]
            if inside:
                container, how = choose(inside, ctx, sentence, None, []).place, "in"
        appositive = find.kind_appositive(text, p.end)
        offset: tuple[float, float, str] | None = None
        if container is None and appositive is not None:
            # "Kwamouth, a town 200 km north of Kinshasa": the place its apposition puts it in or
            # near, or else the country of its people's word ("Tamarasheni, a Georgian town")
            if appositive.group(4):
                inside = [c for c in self.gaz.lookup(appositive.group(4))
                          if c.feature in ("city", "admin2", "admin1", "country")]
                if inside:
                    container = choose(inside, ctx, sentence, None, [], key=place_key(appositive.group(4))).place
                    how = "in" if appositive.group(3) == "in" else "near"
                    offset = find.offset_before(text, appositive.start(3) + len(appositive.group(3)) + 1)
            if container is None and appositive.group(1) and self.demonyms.get(appositive.group(1)):
                container, how = self.gaz.country(self.demonyms[appositive.group(1)]), "in"
        if container is None and qualifier:
            container, how = choose(qualifier, ctx, sentence, None, []).place, "in"
        elif container is None and near:
            towns = [c for c in self.gaz.lookup(near.group(1)) if c.feature in ("city", "admin1", "country")]
            container, how = choose(towns, ctx, sentence, "city", []).place, "near"
        elif container is None and phrase and phrase.end() == p.start and not phrase.group(3) and self.demonyms.get(
                phrase.group(2)):
            container, how = self.gaz.country(self.demonyms[phrase.group(2)]), "in"
            if phrase.group(1):
                directions = [find.direction(phrase.group(1))]
        elif container is None and phrase and phrase.end() == p.start and (phrase.group(3) or re.search(
                r"\b(?:suburb|district|neighbou?rhood|area)[ ]+of[ ]+$", phrase.group(0))):
            # "Cairo's gated suburb of Madinaty", "Baghdad's district of Karrada", "the Kampala suburb of
            # Kawempe": the town whose part it is
            towns = [c for c in self.gaz.lookup(phrase.group(2)) if c.feature in ("city", "admin1", "country") and (
                phrase.group(3) or place_key(c.name) == place_key(phrase.group(2)))]
            if towns:
                container, how = choose(towns, ctx, sentence, "city", [], key=place_key(phrase.group(2))).place, "in"
        if container is None:
            return res
        lat, lon = region_point(self.gaz, container, directions)
        precision = {"city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country",
                     "region": "region"}.get(container.feature, "admin1")
        if offset is not None and container.feature == "city":
            # "a town 200 km north of Kinshasa": that far that way, give or take (a county's precision)
            lat, lon = moved(lat, lon, offset[0], offset[1])
            return Resolution(container, 0, 0.4, f"{name} is not in the gazetteer; placed {offset[2]} "
                                                 f"{container.name}, as the text puts it",
                              feature=feature, precision="admin2", name=name, lat=lat, lon=lon, contained=True)
        part = f"the {_ADJECTIVES.get(directions[0], 'central')} part of " if directions else ""
        return Resolution(container, 0, 0.4, f"{name} is not in the gazetteer; placed at {part}{container.name}, "
                                             f"which the text puts it {how}",
                          feature=feature, precision="region" if directions else precision, name=name,
                          lat=lat, lon=lon, contained=True)

    def _plausible(self, p: Proposal, res: Resolution, ctx: Context, text: str, alone: Context | None = None,
                   sentence: int = -1) -> bool:
        """Whether the resolved mention is worth a fact; `alone`: the context less the mention's own
        first-round reading (a small town's own vote does not name its country)."""
        if (res.place is not None and _COMPASS_ONLY.match(text[slice(*p.name_span)]) and p.lookup is None
                and res.place.country != ctx.focus and not ctx.mentioned.get(res.place.country or "")):
            return False  # "the West Coast", "the North West": a province of that name abroad is not meant
            # (but "Central" of "Central and South America" is looked up whole)
        if res.place is not None and res.place.feature == "city" and _COMPASS_ONLY.match(
                text[slice(*p.name_span)]) and self._region_of_next(text, p.end):
            return False  # "The North East Texas Regional Water Planning Group": Texas's part, not North East, Md.
        if res.place is not None and p.source not in ("kind", "dateline") and _PLAIN_WORD.match(
                text[slice(*p.name_span)]):
            return False  # "against the Centre" (India's government), "the Interior": not Burkina Faso's Centre
        if (res.place is not None and res.place.feature == "city" and p.start == p.name_span[0]
                and text[max(0, p.start - 4):p.start].casefold() == "the " and _KIN_AFTER.match(text, p.end)):
            return False  # "the Cheney family", "the Kennedy brothers": a surname (not "an Ohio family")
        place = res.place
        if (place is not None and p.source == "entity" and place.feature == "city" and place.population < 50_000
                and ctx.focus and place.country != ctx.focus and not (alone or ctx).mentioned.get(place.country or "")
                and place_key(text[slice(*p.name_span)]) not in self.curated
                and not find.locative_before(text, p.start, strong=True)
                and not any(q.country == place.country and q.feature in ("country", "admin1")
                            for q in self._qualifier(text, p.end))):  # "the hills of Weiswampach, Luxembourg"
            # "The Magenta fire is burning in Oldham County": in an American story a name the model
            # calls a place, with no "in" before it, is not a small Italian town its country is never named for
            return False
        name = text[slice(*p.name_span)]
        others = alone or ctx
        if place is not None and p.source == "entity" and p.lookup is None and _doubled_only(place, name):
            return False  # "perennial power UConn" (the model's place) is no Ucon, Idaho
        if (place is not None and p.source == "entity" and p.lookup is None and place.feature == "city"
                and core_key(place.name) != core_key(name) and _common_word(text, name)):
            return False  # "Republican in Name Only", "Trouble in Mind": the word, not Namur's or Minde's other name
        if (place is not None and p.source == "entity" and place.feature == "city" and p.lookup is None
                and core_key(place.name) != core_key(name) and _SITE_NAME_END.search(name)
                and place.country != others.focus and not others.mentioned.get(place.country or "")):
            # "Richmond Park in Glasgow" is no Cleveland Park, Washington, which GeoNames also calls so: a
            # park or square found only by another name of a town abroad is no mention of that town
            return False
        if (place is not None and p.source == "entity" and place_key(name) in GENERIC_NAME_WORDS
                and place_key(name) not in self.curated and place.country != others.focus
                and not others.mentioned.get(place.country or "")):
            # "the Vienna/Fairfax-GMU Metro station" in a Virginia story: a plain word the model calls a
            # place is no town abroad of that name (Metro, Lampung)
            return False
        if (place is not None and core_key(name) in GENERIC_NAME_WORDS and core_key(name) != place_key(name)
                and place_key(name) not in self.curated and place_key(place.name) != place_key(name)):
            # "the Thames Valley District School Board": a kind word after a plain word names no unit
            # called so (not The Valley, Anguilla)
            return False
        if (place is not None and place.feature == "city" and place.population < 20_000 and " " not in name
                and (place_key(name) in GENERIC_NAME_WORDS or place_key(name) in _PLAIN_WORDS)
                and place_key(name) not in self.curated and not find.locative_before(text, p.start, strong=True)
                and not res.qualified and "qualified by" not in res.why and not _QUALIFIER.match(text, p.end)
                and "named with the county" not in res.why and "in a province the article names" not in res.why):
            # "Valley students trace their genealogy" (the Licking Valley school), "a layer of Port gelée",
            # "through the Delta to the ocean": a plain word is a small town of its name only where the
            # text says so ("in Valley", "Valley, Alabama")
            return False
        if (place is not None and " " not in name and " " in place.name and place.feature in ("region", "water")
                and place.name.split()[-1].casefold() == name.casefold() and place.country
                and place.country != others.focus and not others.mentioned.get(place.country)):
            # "the Strip" is the Gaza Strip only in a story that names its country: "off-Strip
            # casinos … tourists from the Strip" in a story from Las Vegas is the Las Vegas Strip
            return False
        return self._plausible_name(p, res, ctx, text, others, sentence)

    def _region_of_next(self, text: str, end: int) -> bool:
        """Whether a state's or country's name follows (its one or two capitalised words)."""
        m = _NEXT_NAME.match(text, end)
        if m is None:
            return False
        for words in (m.group(1), m.group(0).strip()):
            top = self.gaz.lookup(words)[:1]
            if top and top[0].feature in ("admin1", "country"):
                return True
        return False

    @staticmethod
    def _dateline_city_first(candidates: list[Place], ctx: Context, key: str) -> list[Place]:
        """A bare dateline names a city its readers know ("GENEVA —" of a WHO statement), not a
        town a fifth its size in a country the story happens to name ("in California and Florida"):
        such a town stays where the story's places cluster round it, as a local paper's own town
        does ("PARIS —" beside Lamar County's towns), or where the story names its state or county
        and it is not a village beside the city ("HAMILTON —" over a story of Butler County, Ohio)."""
        big = max((c.population for c in candidates if c.feature == "city" and place_key(c.name) == key), default=0)
        if big < DATELINE_CITY_PEOPLE:
            return candidates
        # (a small town that bears the name only among its other names is not meant at all: Planada,
        # California, "Geneva" to GeoNames)
        return [c for c in candidates if c.feature != "city" or c.population * DATELINE_CITY_RATIO >= big or (
            place_key(c.name) == key and (ctx.cohesion.get(c.id, 0.0) >= POST_TOWN_SUPPORT or (
                c.population * DATELINE_VILLAGE_RATIO >= big and c.admin1 is not None and (
                    bool(ctx.provinces.get(c.admin1)) or (c.admin1, key) in ctx.county_towns))))]

    @staticmethod
    def _leads_local_site(text: str, p: Proposal) -> bool:
        """Whether the name opens the name of a hospital, school or market ("the Ubay L.G. Cotamura
        Community Hospital"): a town's own institution, as "the Byesville Fire Department" is."""
        return _LOCAL_SITE_AFTER.match(text, p.end) is not None

    def _plausible_name(self, p: Proposal, res: Resolution, ctx: Context, text: str,
                        alone: Context | None = None, sentence: int = -1) -> bool:
        """A name found by the gazetteer alone (no entity, not in the alias table) is kept only
        when its place fits the article: a country or province, a town in a country the article
        names, a large town — or a town whose name is its own (no place of comparable size elsewhere) where
        the words before say "place" ("residents of Kafr Nabl", "rockets hit … in X")."""
        if p.source not in ("gazetteer", "in_name", "dateline"):
            return True
        place = res.place
        if place is None:
            return False
        if p.source == "in_name" and text[slice(*p.name_span)] in _SEASONS:
            return False  # "the 2007 Spring Elections", "the Fall Festival": a season, not Spring, Texas
        if p.source == "gazetteer" and _BODY_OF_UNIT_BEFORE.search(text, 0, p.start):
            return False  # "The City Council's", "the State Council": an office's name, not Council, Idaho
        if place.feature == "city" and not res.contained and any(
                q.feature == "admin1" and q.country == place.country and (
                    q.admin1 == place.admin1 or haversine_km(q.lat, q.lon, place.lat, place.lon) < 250)
                for q in self._qualifier(text, p.end)):
            return True  # "in Chobham, Surrey": the county after it says which town, and that it is one
        if p.source in ("gazetteer", "in_name") and place.feature == "city" and place.population < 100_000 and (
                _common_word(text, text[slice(*p.name_span)])):
            # "Clerk of Council Anne Clarke" in a story of the council's members: the article writes the
            # word in lower case too, so its capitalised use is the word in a name, not Council, Idaho
            return False
        if p.source == "dateline" and p.hint == "colon":  # "Muscat: The festival …" — or "Update: …"
            name = text[slice(*p.name_span)]
            # (a smaller town where the story names its province, or names it again: "Bicester: Shoppers
            # flock …" before "Bicester Village")
            # (the town's own name, not one word of it: "Abbas: No Mideast peace without Jerusalem" is the
            # president, not Fort Abbas)
            return place.feature in ("admin1", "country") or (place.feature == "city" and place_key(
                place.name) == place_key(name) and (
                place.population >= 100_000 or (place.population >= 1_000 and not _common_word(text, name) and (
                    bool(place.admin1 and ctx.provinces.get(place.admin1))
                    or len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2))))
        if p.source == "dateline" and place.feature in ("city", "admin2", "admin1", "country"):
            return True  # "MANSFIELD, Ohio —": the dateline says "place"
        if p.source == "in_name" and place.feature == "city" and text.startswith(" Valley", p.name_span[1]) and not (
                place.admin1 and ctx.provinces.get(place.admin1)):
            return False  # "Miami Valley Hospital" in a story of Dayton, Ohio: a valley's name, not Miami's
        if p.source == "in_name" and place.feature == "city" and place.country == "USA" and ctx.focus == "USA" and (
                ctx.provinces and not ctx.provinces.get(place.admin1 or "")) and (
                _SCHOOL_STEM.match(text, p.start) or (place.population < SCHOOL_BODY_TOWN_PEOPLE and (
                    _SCHOOL_BODY_AFTER.match(text, p.name_span[1])))):
            # "Fremont Elementary" in a story of Springfield, Illinois: a school bearing the name of a town
            # of a state the story is not in is named after someone (Frémont, Lincoln), and "the Lakeview
            # Board of Education" in a story from Columbus, Nebraska is the local district's, not a New York
            # village's; a town's own school lies in it (and a big city's board is its own: "the Chicago
            # Board of Education")
            return False
        if p.source == "in_name" and place.country == "GBR" and _UK_COURT_AFTER.match(text, p.name_span[1]):
            return True  # "Kingston Crown Court": the court's town
        if p.source in ("in_name", "gazetteer") and place.feature == "city" and self._listed_with_neighbour(
                text, p, place):
            return True  # "fire crews from Hornsey, Stoke Newington and Walthamstow" (the model's one name)
        if p.source == "in_name" and place.feature == "city" and self._story_own_town(text, p, res, place) and (
                ctx.focus is None or place.country == ctx.focus):
            return True  # (not "El Niño", a Mexican village's name, in a weather story from elsewhere)
        if p.source == "in_name" and place.feature == "city" and place.population < 20_000 and not (
                ((place.admin1 and ctx.provinces.get(place.admin1)) or ctx.cohesion.get(place.id))
                and (_town_institution_next(text, p.end) or self._leads_local_site(text, p)
                     or (_NEWSPAPER_AFTER.match(text, p.end) is not None
                         and text[max(0, p.start - 4):p.start] in ("the ", "The ")))
        ) and not _MUNICIPAL_AFTER.match(text, p.end) and not self._hyphen_partnered(text, p, place) and not (
                _RECORD_AFTER.match(text, p.end)
                and (place.country or "", place.admin1 or "") in ctx.institution_provinces):
            # (but "for Winchester (21-4)" on a page of the IHSAA tournament: the team's Indiana town)
            # "University of Alberta", "Hurricane Katrina", "Carnegie Hall": a small town's name is a
            # word — but "the Byesville Volunteer Fire Department" in a story from its state, or "the
            # Athens Police Department" with the Henderson County Jail nearby, or "Watertown-Mayer
            # Lutheran" (two neighbours' school), or "the Mt. Pleasant News" beside New London, Iowa
            # (the town's paper)
            return False
        if p.source == "in_name" and place.feature == "city" and text[max(0, p.start - 3):p.start] == "of " and (
                _PLACED_ELSEWHERE.match(text, p.end)):
            return False  # "the University of St. Thomas in Houston": a saint's, the text puts it elsewhere
        others = alone or ctx  # what the article says less the mention's own reading
        word = _lookup_name(text, p)
        if _doubled_only(place, word):
            # "at Holy Family" is not Holly, Michigan: the lookup forgives doubled letters for
            # transliterations (Samarra, Samara), which English-speaking countries' towns are not
            return False
        if p.source in ("in_name", "gazetteer") and " " not in word and place.feature not in (
                "country", "region", "water") and (
                core_key(place.name) != core_key(word)) and not _SHORT_TOWN_NAME.match(
                f"{core_key(word)}|{core_key(place.name)}") and place.country != others.focus and (
                not others.mentioned.get(place.country or "")):
            # a word that is only an other name of a place far from the story ("let's go to Kinko's!" is
            # no Shiromoto, Japan), or a word of a name so: "Coach Panda
            # and Panda Friend Forever" (Pandi, Philippines), "“Shall We Gather at the River”" (Quetta)
            return False
        if p.source == "in_name" and place.feature == "admin1" and place.country and res.candidates > 1 and (
                place.country != others.focus and not others.mentioned.get(place.country)) and not (
                _STATE_FORCE_AFTER.match(text, p.end) and self._unit_named(_lookup_name(text, p))) and not (
                others.focus is None and spelling(place.name) == spelling(_lookup_name(text, p))) and not (
                place.country == "GBR" and _COUNCIL_AFTER.match(text, p.end)) and not (
                p.hint == "admin1" and _UNIVERSITY_OF.search(text, max(0, p.start - 30), p.start)):
            # (but "Florida State Police", "Ohio State Highway Patrol" are the states'; so is "the New York
            # Times" in a story that names no country at all; "Enfield Council" is the London borough's,
            # whatever else the story names; and "the University of Georgia" is the US state's)
            return False  # "West Midlands Police" in an English story: not Zimbabwe's Midlands
        if place.feature in ("airport", "airbase") and self._airport_only(text[p.start:p.end]):
            return True  # a name that is an airport's and nothing else's
        return (place.feature in ("country", "admin1", "region", "water")
                or (place.feature == "admin2" and bool(_UNIT_NAME.search(text[p.start:p.end])))
                or bool(place.country and ctx.mentioned.get(place.country))
                or bool(place.country and place.country in ctx.sentence_countries.get(sentence, ()))
                or place.population >= 100_000
                # (a name of two words or more that one town bears, after "in": "offered in Parkers Prairie")
                or (" " in word and res.candidates <= 1 and place.feature == "city" and spelling(
                    place.name) == spelling(word) and find.locative_before(text, p.start, strong=True))
                or (place.population >= 5_000 and (find.locative_before(text, p.start, strong=True)
                                                    or bool(_MOVED_TO.search(text, max(0, p.start - 30), p.start))
                                                    or bool(_TOWN_OFFICER_AFTER.match(text, p.end))
                                                    or bool(_TOWN_PART_AFTER.match(text, p.end))
                                                    or bool(_MUNICIPAL_AFTER.match(text, p.end))
                                                    or bool(_TOWN_PEOPLE.match(text, p.end)))
                    and self._own_name(text[p.start:p.end], place)
                    # (not by a word of its name: "in Abbas's detention centres" is no Fort Abbas — but
                    # "Kiryat Shmona" is Qiryat Shemona, a transliteration of the whole)
                    and (not _part_of_name(word, place.name)
                         or bool(_SHORT_TOWN_NAME.match(f"{core_key(word)}|{core_key(place.name)}")))
                    # a town's other name that runs on into a longer name ("a Professional in Human
                    # Resources": Uman, which Polish calls Humań) is a word of that name
                    and not (p.source == "gazetteer" and re.match(r" [A-Z][a-z]", text[p.end:p.end + 3])
                             and place_key(place.name) != place_key(text[p.start:p.end]))))

    def _state_named_town(self, text: str, p: Proposal, name: str, ctx: Context) -> Place | None:
        """A state's name listed with a town of the story's state, where that state has a town of the
        name near the listed one: "two sons in Columbus and Delaware" in a story from Marion, Ohio is
        Delaware, Ohio, not the state (nor "Kentucky and Indiana", a list of states; nor "Marion and
        Delaware counties")."""
        home = ctx.leading_provinces.get("USA")
        if not home:
            return None
        readings = self.gaz.lookup(name)
        top = readings[:1]
        if not top or top[0].feature != "admin1" or top[0].country != "USA" or top[0].name == home or (
                spelling(top[0].name) != spelling(name)):
            return None
        if find.shared_kind_after(text, p.end) or re.match(r"[ ]+(?:County|Parish|Township)\b", text[p.end:p.end + 12]):
            return None
        listed = [m.group(1) for m in (_LISTED_BEFORE_NAME.search(text, max(0, p.start - 40), p.start),
                                       _LISTED_AFTER_NAME.match(text, p.end)) if m is not None]
        near = [c for other in listed if not self._state_level(other) for c in self.gaz.lookup(other)[:5]
                if c.feature == "city" and c.admin1 == home and c.country == "USA"]
        return next((c for c in readings if c.feature == "city" and c.admin1 == home
                     and c.population >= 1_000 and spelling(c.name) == spelling(name) and any(
                         haversine_km(c.lat, c.lon, n.lat, n.lon) <= COHESION_KM for n in near)), None)

    def _listed_with_neighbour(self, text: str, p: Proposal, place: Place) -> bool:
        """Whether a list the name opens ends with a town near it: "from Hornsey, Stoke Newington and
        Walthamstow" — a town listed with its neighbours is a town, not a word of a longer name."""
        m = _LIST_TO_LAST.match(text, p.end)
        if m is None:
            return False
        return any(c.feature == "city" and c.country == place.country and c.id != place.id
                   and haversine_km(c.lat, c.lon, place.lat, place.lon) <= LISTED_NEIGHBOUR_KM
                   for c in self.gaz.lookup(m.group(1))[:5])

    def _story_own_town(self, text: str, p: Proposal, res: Resolution, place: Place) -> bool:
        """A town of two words or more, the one place so called, whose name the story repeats: "the New
        Concord Reservoir … the New Concord Area Arts and Recreation District" is the story's town,
        not a phrase ("Hurricane Katrina", named once, is one word of a name)."""
        name = text[slice(*p.name_span)]
        return (" " in name and res.candidates <= 1 and spelling(place.name) == spelling(name)
                and text.count(name) >= STORY_TOWN_REPEATS)

    def _own_name(self, name: str, place: Place) -> bool:
        """Whether no place of comparable size in another country bears the name."""
        return not any(c.country != place.country and c.population * 10 > place.population
                       for c in self.gaz.lookup(name))

    def _metonym(self, doc: Doc, text: str, p: Proposal) -> bool:
        """A capital standing for its government: "Washington said", "Moscow's defence ministry"."""
        if p.source != "demonym" and find.agent_compound(text, p.end):
            return True  # "Iran-backed", "US-led": the state, not where anything happened
        if place_key(text[p.start:p.end]) not in self.capitals or p.source == "dateline":
            return False  # not a capital; or a dateline ("Muscat: The festival opened …"), where it was written
        before = find.previous_word(text, p.start)
        if before in _STRICT_LOCATIVE:
            return False  # "officials in Baghdad said"
        if before in ("with", "against") and not _DOING_AFTER.match(text, p.end):
            # "talks with Washington", "sanctions against Moscow" — not "with Hanoi and Ho Chi Minh City
            # accounting for a third", a clause of what the places do
            return True
        if find.government_after(text, p.end) or find.speech_after(text, p.end):
            return True
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ in (
            "VERB", "AUX") and span.root.head.lemma_ not in _PLACE_VERBS

    def _ents(self, doc: Doc) -> tuple[Span, ...]:
        """The model's entities of the doc being annotated (spaCy makes `doc.ents` anew at each asking,
        and the passes ask often)."""
        if self._ents_of is None or self._ents_of[0] is not doc:
            self._ents_of = (doc, tuple(doc.ents))
        return self._ents_of[1]

    def __call__(self, doc: Doc) -> Doc:
        self._ents_of = None  # (asked anew for each call: a doc may come back with other entities)
        text = text_of(doc)
        sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        proposed, unsure = self._propose(doc, text)
        # a virus named after a place is that virus wherever the name stands bare in the article:
        # "Because Marburg kills more slowly" after "the Marburg virus" (not "in Marburg", nor
        # "Reston, Virginia")
        viruses = _virus_names(text)
        # (a people's word as a region's — "Arab leaders", the Arab world — is no town's name)
        peoples = [p for p in proposed + unsure if text[p.start:p.end] in place_words.PEOPLES
                   and p.source != "demonym" and not find.locative_before(text, p.start, strong=True)]
        unsure = [p for p in unsure if p not in peoples and not _venue_or_line(text, p)]
        proposed = [p for p in proposed if not self._word_not_name(doc, text, p) and p not in peoples
                    and not self._language(text, p)
                    and not _PATHOGEN_AFTER.match(text, p.end) and not _BRAND_AFTER.match(text, p.end)
                    and not self._disease(text, p.start, p.end)
                    and not _venue_or_line(text, p)
                    and not (text[p.start:p.end] in viruses and not find.locative_before(text, p.start, strong=True)
                             and text[p.end:p.end + 2] != ", ")]
        proposed += self._near_others(doc, text, proposed, unsure)
        named = self._in_named_country(doc, text, proposed, [p for p in unsure if p not in proposed])
        named += self._in_named_county(doc, text, [p for p in unsure if p not in proposed + named])
        named += self._in_named_state(doc, text, proposed, [p for p in unsure if p not in proposed + named])
        named += self._in_unit_after(doc, text, [p for p in unsure if p not in proposed + named])
        if named:
            # their list partners join as the first round's did: "south to Ingham or Townsville" — partners
            # of their country ("Wicken Fen National Nature Reserve, Cambridgeshire" is no Singapore subzone)
            lands = {c.country for q in named for c in self.gaz.lookup(_lookup_name(text, q))[:3]}
            partners = [p for p in unsure if p not in proposed + named
                        and any(c.country in lands for c in self.gaz.lookup(_lookup_name(text, p))[:3])]
            proposed, _ = self._coordinated(text, proposed + named, partners)
        # "a Tennessee Colony man", "Michigan City": a town named after a state or country — neither
        # the state nor a town called Colony
        named_after = [(p.start, m.end()) for p in proposed if p.source != "kind"
                       and (m := _SETTLEMENT_WORD.match(text, p.end)) and self._unit_named(text[p.start:p.end])]
        proposed = [p for p in proposed if not any(s <= p.start < e and (p.start, p.end) != (s, e)
                                                   for s, e in named_after)]
        props = [replace(p, metonym=True) if self._metonym(doc, text, p) else p for p in self._select(proposed)]
        # "the University of Georgia", "the universities of Georgia and Glasgow": the US state's
        # university, not one of the country of the name
        props = [replace(p, hint="admin1") if p.hint is None and text[p.start:p.end] in _US_STATE_NAMES
                 and _UNIVERSITY_OF.search(text, max(0, p.start - 30), p.start) else p for p in props]
        # "along the Zambezi", "down the Mississippi": the river of the name, not its province or town
        props = [replace(p, hint="water") if p.hint is None and _ALONG_THE.search(text, max(0, p.start - 30), p.start)
                 and any(c.feature == "water" for c in self.gaz.lookup(_lookup_name(text, p))) else p for p in props]
        # the shorter stretches a chosen one hid, tried when it names nothing: "Guernsey County" when
        # "the Guernsey County Common Pleas Court" is no place
        hidden = {(p.start, p.end): [q for q in proposed if p.start <= q.start and q.end <= p.end
                                     and (q.start, q.end) != (p.start, p.end)] for p in props}
        base = self._context(doc, text, props, sent_starts)
        ctx = base
        resolved: list[tuple[Proposal, Resolution]] = []
        # name → (country, votes, province, place) its readings added to the context, taken out again
        # when that name itself is resolved ("Dublin" fourteen times must not vote for Ireland when
        # "Dublin" is the question)
        own: dict[str, tuple[str, int, str | None, int]] = {}
        first_round: list[tuple[Proposal, Resolution]] = []
        for rounds in range(2):  # later rounds know the places resolved before (a state read as such, …)
            resolved = []
            for p in props:
                found = self._resolve_one(p, text, ctx, own, sent_starts)
                if found is not None and found[1].place is not None:
                    resolved.append(found)
                    continue
                # nothing, or a name no gazetteer has ("Babies of DeKalb County"): the places inside it
                inner = []
                for q in self._select(hidden[(p.start, p.end)]):
                    q = replace(q, metonym=True) if self._metonym(doc, text, q) else q
                    got = self._resolve_one(q, text, ctx, own, sent_starts)
                    if got is not None and got[1].place is not None:
                        inner.append(got)
                resolved += inner or ([found] if found is not None else [])
            if rounds < 1:
                first_round = resolved
                ctx, own = self._learn(base, resolved, text, sent_starts)
        resolved = self._orphaned(base, ctx, first_round, resolved, text, sent_starts)
        resolved = self._refocused(base, ctx, resolved, text, sent_starts, props)
        resolved = self._post_office_namesakes(text, resolved)
        resolved = self._party_counties(text, resolved)
        resolved = self._story_state_towns(text, resolved, ctx.institution_provinces)
        resolved = self._one_sense(text, resolved)
        resolved = self._facility_owners(text, resolved)
        resolved = self._province_initials(text, resolved)
        resolved = self._county_short_forms(text, resolved, self._ents(doc))
        resolved += self._short_forms(text, resolved, doc)
        resolved += self._repeats(doc, text, resolved)
        resolved += self._residents(doc, text, resolved)
        resolved += self._hyphen_partners(text, resolved)
        resolved = place_sites(self.gaz, text, resolved, sent_starts)
        resolved = self._bare_rivers(text, resolved)  # (after the sites: the rivers no gazetteer has)
        if "/" in text:  # (nor is a name the one-sense passes found again in a photographer's credit)
            resolved = [(p, r) for p, r in resolved if not place_words.in_credit(text, p.start, p.end)]
        resolved.sort(key=lambda pr: pr[0].start)
        self._write(doc, resolved)
        self._ents_of = None  # (the doc is not kept)
        return doc

    @staticmethod
    def _disease(text: str, start: int, end: int) -> bool:
        """Whether the name is a disease named after a place, where the words around are an
        epidemic's ("an outbreak of Ebola in Kasese", "Zika cases rose") — not "in Marburg"."""
        return text[start:end] in _PLACE_NAMED_DISEASES and (
            bool(_EPIDEMIC_BEFORE.search(text, max(0, start - 30), start))
            or bool(_EPIDEMIC_AFTER.match(text, end))) and not find.locative_before(text, start, strong=True)

    def _orphaned(self, base: Context, ctx: Context, first_round: list[tuple[Proposal, Resolution]],
                  resolved: list[tuple[Proposal, Resolution]], text: str, sent_starts: list[int],
                  ) -> list[tuple[Proposal, Resolution]]:
        """The second round's readings that only first-round readings the second round gave up for
        others were near, read again with the second round's places: "Hudson" first read as Florida's
        put "St. Petersburg" (beside Moscow, "shown in Russia") near it, then Hudson became New York's
        — the Florida city is left with no neighbour, and two readings must not stand on each other's
        abandoned halves."""
        now: dict[str, set[int]] = {}
        for p, r in resolved:
            if r.place is not None:
                now.setdefault(same_name_key(_lookup_name(text, p)), set()).add(r.place.id)
        given_up = {r.place.id for p, r in first_round if r.place is not None
                    and (ids := now.get(same_name_key(_lookup_name(text, p)))) and r.place.id not in ids}
        orphans = [k for k, (p, r) in enumerate(resolved)
                   if r.place is not None and r.place.feature not in ("country", "region", "water")
                   and (near := [a for a in ctx.anchors if a.id != r.place.id and a.id not in ctx.capitals
                                 and haversine_km(a.lat, a.lon, r.place.lat, r.place.lon) <= NEAR_KM])
                   and all(a.id in given_up for a in near)]
        if not orphans:
            return resolved
        again, own = self._learn(base, resolved, text, sent_starts)
        # (and the second round's reading of every other name settles it: Hudson, New York is no longer
        # also Hudson, Florida, beside St. Petersburg)
        orphan_names = {same_name_key(_lookup_name(text, resolved[k][0])) for k in orphans}
        fixed = {k: v for k, v in _settled_by(text, resolved, least=0.5).items() if k not in orphan_names}
        if fixed:
            again.cohesion = cohesion(self.gaz, list(base.cohesion_names), fixed=dict(base.settled) | fixed,
                                      post_towns=True)
        out = list(resolved)
        for k in orphans:
            found = self._resolve_one(resolved[k][0], text, again, own, sent_starts)
            if found is not None and found[1].place is not None:
                out[k] = found
        return out

    def _refocused(self, base: Context, ctx: Context, resolved: list[tuple[Proposal, Resolution]], text: str,
                   sent_starts: list[int], props: list[Proposal]) -> list[tuple[Proposal, Resolution]]:
        """Where the second round's readings make another country the story's than the first round's
        did, the names read abroad by the old focus alone are read once more with the new one: "The
        College of Law in York" beside three Lancasters read as California's at first, then as
        England's, is York, England — not Pennsylvania's by the first round's wrong Lancasters.
        Once, and only for those names (a full third round sets readings swinging back and forth)."""
        learnt, own = self._learn(base, resolved, text, sent_starts)
        if learnt.focus is None or learnt.focus == ctx.focus:
            return self._beside_new_anchors(ctx, learnt, own, resolved, text, sent_starts)
        out = []
        for p, r in resolved:
            if r.place is not None and r.place.country != learnt.focus and r.place.country == ctx.focus and (
                    "country focus" in r.why) and "qualified" not in r.why:
                again = self._resolve_one(p, text, learnt, own, sent_starts)
                if again is not None and again[1].place is not None and again[1].place.country == learnt.focus:
                    out.append(again)
                    continue
            out.append((p, r))
        # and the names the old focus left out as towns abroad ("St. Thomas police" in a story whose
        # Londons turned out Ontario's)
        taken = [(p.start, p.end) for p, _ in out]
        for p in props:
            if any(s < p.end and p.start < e for s, e in taken):
                continue
            again = self._resolve_one(p, text, learnt, own, sent_starts)
            if again is not None and again[1].place is not None and again[1].place.country == learnt.focus and (
                    again[1].place.feature == "city"):
                out.append(again)
        return out

    def _beside_new_anchors(self, ctx: Context, learnt: Context, own: dict[str, tuple[str, int, str | None, int]],
                            resolved: list[tuple[Proposal, Resolution]], text: str, sent_starts: list[int],
                            ) -> list[tuple[Proposal, Resolution]]:
        """Towns read with little to choose between their namesakes, read once more beside the towns
        the second round placed: "New London" eight times in a story whose "Winfield police chief"
        the second round read as Iowa's (beside "the Mt. Pleasant News") is Iowa's New London, 25 km
        from Winfield, not Connecticut's bigger one. Only a new reading near one of those towns is
        taken, and only for a reading that was a near tie."""
        known = {a.id for a in ctx.anchors}
        fresh = [a for a in learnt.anchors if a.id not in known]
        if not fresh:
            return resolved
        out = []
        moved: dict[str, Resolution] = {}
        for p, r in resolved:
            if (r.place is not None and r.place.feature == "city" and r.confidence < CLOSE_CALL
                    and "qualified" not in r.why and p.source not in ("demonym", "region")):
                again = self._resolve_one(p, text, learnt, own, sent_starts)
                if again is not None and again[1].place is not None and again[1].place.id != r.place.id and any(
                        a.id != again[1].place.id
                        and haversine_km(a.lat, a.lon, again[1].place.lat, again[1].place.lon) <= COHESION_KM
                        for a in fresh):
                    out.append(again)
                    moved.setdefault(core_key(text[slice(*p.name_span)]), again[1])
                    continue
            out.append((p, r))
        # (the name's other close calls with it: one "New London" in the story, not two)
        for i, (p, r) in enumerate(out):
            sense = moved.get(core_key(text[slice(*p.name_span)]))
            if (sense is not None and sense.place is not None and r.place is not None and r.place.id != sense.place.id
                    and r.place.feature == "city" and r.confidence < CLOSE_CALL and "qualified" not in r.why):
                out[i] = (p, replace(sense, confidence=round(sense.confidence * 0.9, 2),
                                     why=f"what the name means elsewhere in the article ({sense.why})"))
        return out

    def _one_county(self, name: str, state: str, key: str) -> Place | None:
        """The one county of the state that the name finds and whose core name is `key`, if only one."""
        counties = [c for c in self.gaz.lookup(name) if c.feature == "admin2" and c.admin1 == state
                    and core_key(c.name) == key]
        return counties[0] if len(counties) == 1 else None

    def _party_counties(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                        ) -> list[tuple[Proposal, Resolution]]:
        """A legislator's "D-Hardy", "R-Berkeley" in a story whose other legislators' names are
        counties of one state: that state's county too ("John Overington, R-Berkeley" beside
        "D-Hardy" and "D-McDowell" is Berkeley County, West Virginia — not Berkeley, California,
        though the story names California)."""
        states = Counter(r.place.admin1 for p, r in resolved if p.source in ("party", "kind") and r.place is not None
                         and r.place.feature == "admin2" and _PARTY_BEFORE.search(text, max(0, p.start - 4), p.start))
        if not states:
            return resolved
        state, count = states.most_common(1)[0]
        if count < 2:
            return resolved
        out = []
        for p, r in resolved:
            if p.source == "party" and r.place is not None and r.place.admin1 != state:
                name = f"{_lookup_name(text, p)} County"
                if (county := self._one_county(name, state, core_key(name))) is not None:
                    r = replace(r, place=county, confidence=0.6,
                                why=f"the county of {state} the story's other legislators are named by")
            out.append((p, r))
        return out

    def _post_office_namesakes(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                               ) -> list[tuple[Proposal, Resolution]]:
        """An American town read by a name it no longer bears, where a post office of that state bears
        it now: the post office's town ("Bob Gibbs, from Lakeville" in an Ohio story is Lakeville,
        Holmes County, not Conneaut, once called Lakeville). A name a town bears today is what a
        story means by it; a former name is history."""
        out = []
        for p, r in resolved:
            place = r.place
            if place is not None and place.feature == "city" and place.country == "USA" and place.admin1 and (
                    p.source not in ("demonym", "region")) and (
                    place_key(place.name) != place_key(name := _lookup_name(text, p))):
                towns = self.gaz.post_towns(name, {place.admin1})
                if len(towns) == 1 and place_key(towns[0].name) == place_key(name):
                    r = replace(r, place=towns[0], why=f"a US post-office town in {place.admin1} bears the name "
                                                       f"today ({place.name} bore it once)")
            out.append((p, r))
        return out

    def _story_state_towns(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                           institutions: frozenset[tuple[str, str]],
                           ) -> list[tuple[Proposal, Resolution]]:
        """A small American town read in a far state, with nothing in the text for it, in a story
        whose places lie in one state: the town of that name in the story's state, where the
        gazetteer's post offices know one ("West Chester" in a story of Butler County, Ohio is West
        Chester Township, Ohio, not West Chester, Pennsylvania). Local news names its own state's
        towns; a town elsewhere comes with its state ("Logan, Utah") or beside its neighbours."""
        resolved = self._abroad_in_american_story(text, resolved)
        resolved = self._shared_state(text, resolved)
        resolved = self._home_state_named(text, resolved)
        states = Counter(r.place.admin1 for p, r in resolved if r.place is not None and r.place.country == "USA"
                         and r.place.admin1 and r.confidence >= 0.6 and p.source not in ("demonym", "region"))
        # an office only one state has counts as the story's state ("First Selectman Jeremy Shingleton …
        # another town — Oakdale": Connecticut's Oakdale, though the story names no other town of it)
        offices = {state for country, state in institutions if country == "USA"}
        if len(offices) == 1:
            states[next(iter(offices))] += STORY_STATE_MENTIONS
        if not states:
            return resolved
        state, count = states.most_common(1)[0]
        if count < STORY_STATE_MENTIONS or count < STORY_STATE_SHARE * sum(states.values()):
            return resolved
        # (the other towns of a state the text names are that state's: "Pittsburgh, Pennsylvania … Erie")
        named_states = {r.place.admin1 for p, r in resolved if r.place is not None and r.place.feature == "admin1"}
        # the one county of that state the story names, which all its towns of that state lie in
        counties = {r.place.id: r.place for p, r in resolved if r.place is not None and r.place.feature == "admin2"
                    and r.place.admin1 == state and r.place.country == "USA"}
        home_county = next(iter(counties.values())) if len(counties) == 1 and all(
            haversine_km(r.place.lat, r.place.lon, c.lat, c.lon) <= COUNTY_REACH_KM
            for c in counties.values() for p, r in resolved if r.place is not None and r.place.feature == "city"
            and r.place.admin1 == state) else None
        countries_named = {r.place.country for p, r in resolved if r.place is not None and (
            r.place.feature == "country" or p.source == "demonym")}
        # the story's towns of that state, by name: "West Salem" beside Salem is Salem's west side
        story_towns = {place_key(_lookup_name(text, p)): r.place for p, r in resolved if r.place is not None
                       and r.place.feature == "city" and r.place.admin1 == state and r.confidence >= 0.6}
        out = []
        for p, r in resolved:
            place = r.place
            part = _TOWN_SIDE.fullmatch(_lookup_name(text, p))
            if (place is not None and place.feature == "city" and place.country == "USA" and place.admin1 != state
                    and place.population < 20_000 and part is not None and not _supported_by_story(r)
                    and place.admin1 not in named_states and "qualified by" not in r.why
                    and (town := story_towns.get(place_key(part.group(1)))) is not None):
                # "A similar project in West Salem, across the Willamette River" in a story of Salem, Oregon:
                # the story's town's west side, not West Salem, Wisconsin
                r = Resolution(town, r.candidates, 0.5,
                               f"{text[p.start:p.end]} is part of {town.name}, the story's town; placed at it",
                               feature="city", precision="city", name=text[p.start:p.end], contained=True)
            elif (place is not None and place.feature == "city" and place.country != "USA"
                  and place.population < 20_000 and not _supported_by_story(r)
                  and place.country not in countries_named and "qualified by" not in r.why and (
                      _LOCAL_FEATURE.match(text, p.start) or _LAKE_LAST.fullmatch(_lookup_name(text, p)))):
                # "new trails around Watson Lake" in a story of Prescott, Arizona: the story's own lake
                # (placed by the sites pass), not the Yukon village
                continue
            elif (place is not None and place.feature == "city" and place.country == "USA" and place.admin1 != state
                    and place.population < 50_000 and (r.confidence < 0.9 or r.candidates <= 1)
                    and p.source not in ("demonym", "region")
                    and "qualified by" not in r.why and place.admin1 not in named_states):
                towns = self.gaz.post_towns(_lookup_name(text, p), {state})
                if len(towns) == 1:
                    r = replace(r, place=towns[0], confidence=0.6,
                                why=f"a US post-office town in {state}, the state of the story's other places")
                elif _LOCAL_FEATURE.match(text, p.start) and place.population < 20_000 and r.confidence < 0.8 and (
                        not _supported_by_story(r)):
                    # "the fellowship on Mount Washington" in a story of Los Angeles, Glendale and Echo
                    # Park: the story's own hill (placed by the sites pass), not a town in Kentucky
                    continue
                elif (home_county is not None and place.population < 20_000
                      and not _supported_by_story(r) and not find.kind_before(text, p.start)):
                    # "Both Sun Valley and Howland showed gains" in a story of Lamar County's sales taxes:
                    # hamlets of the story's county no gazetteer has — not Sun Valley, Nevada
                    r = Resolution(home_county, r.candidates, 0.4,
                                   f"{text[p.start:p.end]} is not in the gazetteer in {state}, the state of the "
                                   f"story's other places; placed in {home_county.name}, the county the story names",
                                   feature="city", precision="admin2", name=text[p.start:p.end], contained=True)
                elif ((unit := _MUNICIPAL_NAME.fullmatch(text[p.start:p.end])) is not None and unit.group(1)
                      and not _supported_by_story(r) and (province := self._us_state(state)) is not None):
                    # "in Jerome Township" in a story of Dublin, Ohio: a township of the story's state
                    # that no gazetteer has — not Jerome, Idaho; placed at the story's town most named
                    # (a township borders it), or else in the state
                    town = self._story_town(resolved, state)
                    r = Resolution(town or province, r.candidates, 0.4,
                                   f"{text[p.start:p.end]} is not in the gazetteer in {state}, the state of the "
                                   f"story's other places; placed at "
                                   f"{f'{town.name}, the town the story names most' if town else state}",
                                   feature="city", precision="city" if town else "admin1",
                                   name=text[p.start:p.end], contained=True)
            elif (place is not None and place.feature == "admin2" and place.country == "USA" and place.admin1 != state
                  and r.confidence < 0.8 and "qualified by" not in r.why and place.admin1 not in named_states
                  and (county := self._one_county(_lookup_name(text, p), state, core_key(place.name))) is not None):
                # "the Douglas County Sheriff's Office" in a story of Alexandria and St. Cloud: Minnesota's
                r = replace(r, place=county, confidence=0.5,
                            why=f"the county of that name in {state}, the state of the story's other places")
            out.append((p, r))
        return out

    def _us_state(self, state: str) -> Place | None:
        """The US state of that name, as a place."""
        return next((c for c in self.gaz.lookup(state) if c.feature == "admin1" and c.country == "USA"
                     and c.admin1 == state), None)

    @staticmethod
    def _story_town(resolved: list[tuple[Proposal, Resolution]], state: str) -> Place | None:
        """The town of the state the story names most, if it names one at least twice and more
        often than any other."""
        towns = Counter(r.place.id for p, r in resolved if r.place is not None and r.place.feature == "city"
                        and r.place.admin1 == state and r.place.country == "USA" and r.confidence >= 0.6)
        ranked = towns.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return next(r.place for p, r in resolved if r.place is not None and r.place.id == ranked[0][0])

    def _home_state_named(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                          ) -> list[tuple[Proposal, Resolution]]:
        """The state a story is datelined in, named bare, is that state, not the town elsewhere
        bearing its name: "at home in Washington" under "CAMP MURRAY, Wash. —" is Washington State,
        not the capital (which the story calls "Washington, D.C." when it means it). Not where the
        name stands for a government ("Washington said") or a qualifier places it."""
        home = {r.place.admin1 for p, r in resolved if p.source == "dateline" and p.start < DATELINE_REACH
                and r.place is not None and r.place.country == "USA" and r.place.admin1}
        if len(home) != 1:
            return resolved
        state = home.pop()
        province = self._us_state(state)
        if province is None:
            return resolved
        out = []
        for p, r in resolved:
            place = r.place
            if (place is not None and place.country == "USA" and place.feature == "city" and place.admin1 != state
                    and place_key(text[slice(*p.name_span)]) == place_key(state) and not p.metonym
                    and not r.qualified and "qualified by" not in r.why):
                r = Resolution(province, r.candidates, 0.6, f"the state of the story's dateline, {state}")
                if p.source == "region":
                    r = _part_of(self.gaz, r, p.directions)
            out.append((p, r))
        return out

    def _shared_state(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                      ) -> list[tuple[Proposal, Resolution]]:
        """American towns and counties read in as many states as there are names, in a story that
        names no state, where one state has a town or county of every name: that state's. Read alone,
        "Alexandria", "Brandon", "Kensington" and "Douglas County" are Virginia's, Florida's, New
        York's and Georgia's; all four lie in Douglas County, Minnesota, whose paper names them
        together. Only names nothing in the text placed (no qualifier, no container)."""
        if any(r.place is not None and r.place.feature == "admin1" and r.place.country == "USA" for _, r in resolved):
            return resolved  # (a story that names a state: its towns go there by the other rules)
        movable = {k for k, (p, r) in enumerate(resolved) if r.place is not None and r.place.country == "USA"
                   and r.place.feature in ("city", "admin2") and r.confidence < 0.8 and not r.contained
                   and "qualified by" not in r.why and p.source not in ("demonym", "region", "party")}
        names = {core_key(text[slice(*resolved[k][0].name_span)]): text[slice(*resolved[k][0].name_span)]
                 for k in movable}
        states_now = {resolved[k][1].place.admin1 for k in movable}  # type: ignore[union-attr]
        if len(names) < SHARED_STATE_NAMES or len(states_now) < len(names) - 1:
            return resolved  # (few names, or most already in one state)
        cover: dict[str, dict[str, Place]] = {}
        for key, name in names.items():
            for c in self.gaz.lookup(name) + self.gaz.post_towns(name, self.us_states):
                if c.country == "USA" and c.feature in ("city", "admin2") and c.admin1 and core_key(c.name) == key:
                    cover.setdefault(c.admin1, {}).setdefault(key, c)
        full = [state for state, found in cover.items() if len(found) == len(names)]
        if len(full) != 1:
            return resolved
        state = full[0]
        there = list(cover[state].values())
        if any(haversine_km(a.lat, a.lon, b.lat, b.lon) > SHARED_STATE_KM for a, b in combinations(there, 2)):
            return resolved  # (a local paper's towns lie together: not "Portland, Springfield and Columbus",
            # which Ohio has too, far apart)
        out = []
        for k, (p, r) in enumerate(resolved):
            if k in movable and r.place is not None and r.place.admin1 != state:
                place = cover[state][core_key(text[slice(*p.name_span)])]
                r = replace(r, place=place, confidence=0.6,
                            why=f"the one state with a place of each of the story's {len(names)} town names")
            out.append((p, r))
        return out

    def _abroad_in_american_story(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                                  ) -> list[tuple[Proposal, Resolution]]:
        """A small place abroad, in a country nothing else in the story is in, read from a name that
        is a post-office town of a US state the story names or places a town in: that town ("HUME –
        Principal …" in a story of Shiloh, Illinois is Hume, Illinois, not the Australian shire). And
        a country's name, in a story of one state that says nothing else of that country, where the
        state has a town of the name: the town ("the state penitentiary in Angola" in Louisiana)."""
        named_states = {r.place.admin1 for p, r in resolved if r.place is not None and r.place.country == "USA"
                        and r.place.admin1 and p.source != "demonym"
                        and (r.place.feature == "admin1" or r.confidence >= 0.5)}
        if not named_states:
            return resolved
        countries = Counter(r.place.country for p, r in resolved if r.place is not None)
        out = []
        for p, r in resolved:
            place = r.place
            if (place is not None and place.country not in (None, "USA") and place.feature in ("city", "admin2")
                    and place.population < 100_000 and countries[place.country] == sum(
                        1 for q, o in resolved if o.place is not None and o.place.id == place.id)
                    and p.source in ("gazetteer", "dateline", "entity") and "qualified by" not in r.why):
                towns = self.gaz.post_towns(_lookup_name(text, p), named_states)
                if len(towns) == 1:
                    r = replace(r, place=towns[0], confidence=0.5,
                                why=f"a US post-office town in {towns[0].admin1}, a state the story names")
            elif (place is not None and place.feature == "country" and len(named_states) == 1
                    and set(countries) == {"USA", place.country} and p.source in ("gazetteer", "entity", "alias")
                    and "qualified by" not in r.why and not _ABROAD_WORDS.search(text)
                    and not _FROM_ABROAD_BEFORE.search(text, max(0, p.start - 30), p.start)
                    and not any(q.source == "demonym" for q, o in resolved
                                if o.place is not None and o.place.country == place.country)):
                # "the state penitentiary in Angola" in a Louisiana story that names no other land abroad,
                # no people of it, no migrants: Angola, Louisiana — a town of the story's state named like a
                # country (not "a family from Angola", nor a story of refugees)
                name = _lookup_name(text, p)
                towns = [c for c in self.gaz.lookup(name) + self.gaz.post_towns(name, named_states)
                         if c.feature == "city" and c.country == "USA" and c.admin1 in named_states
                         and spelling(c.name) == spelling(name)]
                if len({c.id for c in towns}) == 1:
                    r = replace(r, place=towns[0], confidence=0.5, feature="city", precision="city",
                                why=f"a town of {towns[0].admin1}, the story's one state, named like a country "
                                    "the story says nothing else of")
            out.append((p, r))
        return out

    @staticmethod
    def _one_sense(text: str, resolved: list[tuple[Proposal, Resolution]]) -> list[tuple[Proposal, Resolution]]:
        """A name inside other names ("the Dublin Arts Council") means what the same name standing
        as a place means in the article ("in Dublin"), which says more."""
        named: dict[str, Resolution] = {}
        for p, res in resolved:
            if res.place is not None and p.source not in ("in_name", "demonym", "region"):
                named.setdefault(core_key(text[slice(*p.name_span)]), res)
        # "Hughenden, Buckinghamshire", placed in the county the text names since no gazetteer has
        # the village: the bare "Hughenden" later is that village, not a namesake in Queensland
        placed = {core_key(text[slice(*p.name_span)]): res for p, res in resolved
                  if res.qualified and res.place is not None}
        # "the Portland Trail Blazers … the Rockets swept their series with Portland": a sports page's
        # bare name is the team's town, not a small namesake in the story's state
        teams = {core_key(text[slice(*p.name_span)]): res for p, res in resolved
                 if p.hint == "team" and res.place is not None}
        out = []
        for p, res in resolved:
            key = core_key(text[slice(*p.name_span)])
            sense = named.get(key) if p.source == "in_name" else None
            if sense is not None and res.place is not None and sense.place is not None and (
                    sense.place.id != res.place.id and sense.place.country != res.place.country):
                res = replace(sense, confidence=round(sense.confidence * 0.9, 2),
                              why=f"what the name means where it stands alone ({sense.why})")
            there = placed.get(key)
            # (not a mention the text qualifies itself, "PLYMOUTH, Mass." beside "Plymouth, England", nor a
            # county's: "Plymouth County")
            if there is not None and there.place is not None and res.place is not None and not res.contained and (
                    res.place.country != there.place.country) and "qualified by" not in res.why and (
                    key == place_key(text[slice(*p.name_span)])):
                res = replace(there, confidence=round(there.confidence * 0.9, 2),
                              why=f"what the name means where the text says where it is ({there.why})")
            team = teams.get(key)
            if team is not None and team.place is not None and res.place is not None and (
                    res.place.feature == "city" and res.place.population < TEAM_TOWN_PEOPLE
                    and res.place.id != team.place.id and "qualified by" not in res.why and not res.qualified):
                res = replace(team, confidence=round(team.confidence * 0.9, 2),
                              why=f"the town of the team the text names ({team.why})")
            out.append((p, res))
        return out

    def _facility_owners(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                         ) -> list[tuple[Proposal, Resolution]]:
        """The town whose airport, port or base the text names ("St. Petersburg's Pulkovo Airport")
        is the town of that name beside the facility, wherever else the name was read: in an American
        story of flights from New York, St. Petersburg is Russia's, not Florida's — and so is every
        bare mention of it the text leaves unplaced."""
        moved: dict[str, Place] = {}  # a name's key → the town of it beside its facility
        for p, r in resolved:
            if r.place is not None and r.place.feature in ("airport", "airbase", "facility") and (
                    town := self._owner_beside(text, p.start, r.place)) is not None:
                moved[core_key(town.name)] = town
                for owner in _possessor_names(text, p.start):
                    moved[core_key(owner)] = town
        if not moved:
            return resolved
        out = []
        for p, r in resolved:
            town = moved.get(core_key(text[slice(*p.name_span)]))
            if (town is not None and r.place is not None and r.place.feature == "city" and r.place.id != town.id
                    and "qualified by" not in r.why and not r.qualified
                    and haversine_km(r.place.lat, r.place.lon, town.lat, town.lon) > COHESION_KM):
                r = replace(r, place=town, confidence=0.7, why="the town of the facility the text says is its own")
            out.append((p, r))
        return out

    def _owner_beside(self, text: str, start: int, facility: Place) -> Place | None:
        """The town of the name before "'s" ahead of a facility the gazetteer places, lying beside it
        ("St. Petersburg's Pulkovo Airport": Saint Petersburg, Russia)."""
        if facility.feature not in ("airport", "airbase", "facility"):
            return None
        for owner in _possessor_names(text, start):
            towns = [c for c in self.gaz.lookup(owner) if c.feature == "city"
                     and haversine_km(c.lat, c.lon, facility.lat, facility.lon) <= FACILITY_TOWN_KM]
            if towns:
                return towns[0]
        return None

    def _province_initials(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                           ) -> list[tuple[Proposal, Resolution]]:
        """A province's initials in a story of its towns: "Wastewater in WA" beside Rockingham and
        Safety Bay is Western Australia, not Wa in Ghana. Only a province of two or more words
        ("New South Wales" → NSW), one the story places a town in for sure, and initials that are
        no common abbreviation of something else ("AP", "MP", "BA")."""
        provinces: dict[str, tuple[str, str]] = {}
        for p, r in resolved:
            place = r.place
            if (place is None or not place.admin1 or not place.country or r.confidence < 0.8
                    or place.feature not in ("city", "admin2") or p.source in ("demonym", "region")):
                continue
            words = place.admin1.split()
            initials = "".join(w[0] for w in words if w[0].isupper())
            if len(words) >= 2 and len(initials) >= 2 and initials not in _INITIALS_OF_OTHER_THINGS:
                provinces.setdefault(initials, (place.country, place.admin1))
        if not provinces:
            return resolved
        out = []
        for p, r in resolved:
            said = text[p.start:p.end]
            country_admin1 = provinces.get(said)
            if country_admin1 is not None and not _all_caps_around(text, p.start, p.end) and (
                    r.place is None or (r.place.country, r.place.admin1) != country_admin1):
                unit = next((c for c in self.gaz.lookup(country_admin1[1]) if c.feature == "admin1"
                             and (c.country, c.admin1) == country_admin1), None)
                if unit is not None:
                    r = Resolution(place=unit, candidates=1, confidence=0.8,
                                   why=f"the initials of {unit.name}, where the story's towns are")
            out.append((p, r))
        return out

    def _near_others(self, doc: Doc, text: str, proposed: list[Proposal], unsure: list[Proposal]) -> list[Proposal]:
        """Unsure names that have a namesake near the places the article names for sure: "Byesville"
        beside Cambridge and Guernsey County is the Ohio village, whatever the words around it.
        Only a whole capitalised name ("Carnegie" of "Carnegie Hall", "Graham" of "Martha Graham"
        are parts of other names), not after a title ("Judge Livingston"), not inside an
        organisation's or a work's name; and only towns and counties vouch, not a state named in
        the story (which contains a town of almost any word's name)."""
        runs = set()
        for _, re_, words in find.runs(text):
            # "A Gainesville restaurant": the sentence's capitalised first word is no part of the name
            lead = next((i for i, (ws, we) in enumerate(words) if text[ws:we].lower() not in _OPENING_WORDS),
                        len(words))
            if lead < len(words):
                runs.add((words[lead][0], re_))
        others = [(e.start_char, e.end_char, e.label_) for e in self._ents(doc) if e.label_ not in ("GPE", "LOC")]
        candidates = [p for p in unsure if (p.start, p.end) in runs
                      and find.previous_word(text, p.start) not in _TITLES
                      and not any(es < p.end and p.start < ee and not (label in _LONE_NAME_LABELS and (es, ee) == span)
                                  for es, ee, label in others for span in [(p.start, p.end)])]
        if not candidates:
            return []
        # (a county inside an office's name vouches too: "Hall County Environmental Health")
        sure = [_lookup_name(text, p) for p in proposed if p.source not in ("demonym", "region", "in_name")
                or (p.source == "in_name" and _UNIT_NAME.search(_lookup_name(text, p)))]
        support = cohesion(self.gaz, sure + [_lookup_name(text, p) for p in candidates], voters=sure,
                           provinces_vote=False)
        found = [p for p in candidates if any(support.get(i, 0.0) >= UNSURE_SUPPORT
                                              for i in self.gaz.lookup_ids(_lookup_name(text, p)))]
        found += self._near_in_named_province(sure, [p for p in candidates if p not in found], text)
        found += self._big_neighbours(text, [p for p in candidates if p not in found])
        return found + self._in_sentences_province(doc, text, proposed, [p for p in candidates if p not in found])

    def _big_neighbours(self, text: str, candidates: list[Proposal]) -> list[Proposal]:
        """Unsure names of two cities of 100,000 people that lie near each other, which vouch for each
        other: "Norwich beat Ipswich" (60 km apart — two such cities' names fall so close by chance
        hardly ever), "Worcester beat Gloucester"."""
        names = [_lookup_name(text, p) for p in candidates]
        big = {name: [c for c in self.gaz.lookup(name)[:5] if c.feature == "city" and c.population >= BIG_TOWN_PEOPLE
                      and spelling(c.name) == spelling(name)] for name in set(names)}
        return [p for p, name in zip(candidates, names, strict=True) if any(
            haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEIGHBOUR_CITY_KM for other in big if other != name
            for a in big[name] for b in big[other])]

    def _near_in_named_province(self, sure: list[str], candidates: list[Proposal], text: str) -> list[Proposal]:
        """Unsure names of towns of a province the article names, near a sure town of that province:
        "driving to Castlegar" in a story of "FrontCounter BC" in Nelson (whose namesakes in New
        Zealand and England leave it too little support of its own)."""
        if not candidates:
            return []
        names = set(sure)  # (an article names its places many times: each looked up once)
        provinces = {(c.country, c.admin1) for name in names for c in self.gaz.lookup(name)[:1]
                     if c.feature == "admin1"}
        if not provinces:
            return []
        anchors = [c for name in names for c in self.gaz.lookup(name)
                   if c.feature == "city" and (c.country, c.admin1) in provinces]
        found = []
        for p in candidates:
            name = _lookup_name(text, p)
            towns = [c for c in self.gaz.lookup(name) if c.feature == "city"
                     and (c.country, c.admin1) in provinces and place_key(c.name) == place_key(name)]
            if any(haversine_km(t.lat, t.lon, a.lat, a.lon) <= 100 for t in towns for a in anchors if a.id != t.id):
                found.append(p)
        return found

    def _in_named_country(self, doc: Doc, text: str, proposed: list[Proposal], unsure: list[Proposal],
                          ) -> list[Proposal]:
        """Unsure names of a province, or of a city of 50,000 people, of a country the article names:
        "Other cities affected by the flu are Kisumu and …" beside Kenya, "the South African region
        KwaZulu-Natal" (the model's organisations). A whole name no person bears (no given name, no
        surname of the article's people, no word the article writes in lower case, not after a title),
        which is no person's by the model either."""
        if not unsure:
            return []
        countries = set()
        for p in proposed:
            if p.source == "demonym" and p.lookup and len(p.lookup) == 3 and p.lookup.isupper():
                countries.add(p.lookup)
                continue
            ids = self.gaz.lookup_ids(_lookup_name(text, p))
            if ids and self.gaz.features[ids[0]] == "C":
                countries.add(self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3])
            elif ids and self.gaz.features[ids[0]] == "A" and p.source in ("entity", "alias", "kind") and (
                    spelling(self.gaz.names[ids[0]]) == spelling(_lookup_name(text, p))):
                # a province named by its own name says its country: "south to Ingham or Townsville"
                # in a story that names Queensland
                countries.add(self.gaz.countries[3 * ids[0]: 3 * ids[0] + 3])
        # a country no word names whose big cities the story names ("Toronto" and "Calgary": Canada's
        # "Edmonton", which the model calls an organisation) — for the first reading of a big city only
        cities: dict[str, set[str]] = {}
        for p in proposed:
            first = self.gaz.lookup(_lookup_name(text, p))[:1]
            if first and first[0].feature == "city" and first[0].population >= _STORY_CITY_PEOPLE:
                cities.setdefault(first[0].country or "", set()).add(first[0].name)
        implied = {c for c, names in cities.items() if len(names) >= 2 and c} - countries
        if not countries and not implied:
            return []
        runs = {(words[0][0], re_) for _, re_, words in find.runs(text)}
        # (a sentence's opening word before the name is no part of it: "Neighbouring Delta finished …")
        runs |= {(words[1][0], re_) for _, re_, words in find.runs(text)
                 if len(words) > 1 and text[words[0][0]:words[0][1]] in _LEAD_ADJECTIVES}
        people = {e for e in self._ents(doc) if e.label_ == "PERSON"}
        surnames = {text[e.start_char:e.end_char].split()[-1] for e in people}
        out = []
        for p in unsure:
            name = _lookup_name(text, p)
            # ("the Beni lowlands", the model's person: a landform of the name, which no person has)
            landform = text[max(0, p.start - 4):p.start].casefold() == "the " and _LANDFORM_AFTER.match(text, p.end)
            if (p.start, p.end) not in runs or find.previous_word(text, p.start) in _TITLES:
                continue
            # ("Neighbouring Karnataka has set up checkpoints", the model's person: a province of a country the
            # story names, by its own one-word name, is the province — a person named so would be a given name)
            person = any(e.start_char < p.end and p.start < e.end_char for e in people)
            province = person and " " not in name and any(
                c.feature == "admin1" and c.country in countries and spelling(c.name) == spelling(name)
                for c in self.gaz.lookup(name)[:1])
            # (nor "spread to Gonaives and Cap-Haitien in the north" in a story from Haiti: a city of 100,000
            # people of a country the story names, by a name of several words or a hyphened one, which no
            # person's full name is)
            city = person and not province and ("-" in name or " " in name) and any(
                c.feature == "city" and c.population >= BIG_TOWN_PEOPLE and c.country in countries
                and spelling(c.name) == spelling(name) for c in self.gaz.lookup(name)[:3])
            if person and not landform and not province and not city:
                continue
            if (name.casefold() in given_names() or (name in surnames and not province and not city)
                    or _common_word(text, name)) and not landform:
                continue
            if " " not in name and text[:p.start].rstrip().rstrip("”\"’')")[-1:] in _SENTENCE_ENDS:
                continue  # "Mobile surveillance teams in Uige": a sentence's first word is capitalised anyway
            if find.previous_word(text, p.start) in _NAMING_WORDS:
                continue  # "the street was later called Lafayette": a name given, not a place
            if name.isupper():
                continue  # "RINO": an acronym
            # (the place's own name, letter for letter: not an alternate name — "Google" is one of
            # Topeka's — nor a folded spelling, "Erving" for Irving)
            readings = self.gaz.lookup(name)
            if any(c.country in countries and spelling(c.name) == spelling(name) and (c.feature == "admin1" or (
                    c.feature == "city" and c.population >= 50_000)) for c in readings[:3]) or any(
                    c.country in implied and spelling(c.name) == spelling(name) and c.feature == "city"
                    and c.population >= _STORY_CITY_PEOPLE for c in readings[:1]):
                out.append(p)
        return out

    def _in_unit_after(self, doc: Doc, text: str, unsure: list[Proposal]) -> list[Proposal]:
        """Unsure names followed by "in" and a province or region that holds a town of the name:
        "access to Douma in Eastern Ghouta" (the model's person). Not a name the article's people bear,
        nor a given name, nor a word it writes in lower case."""
        people = _surnames_of_people(self._ents(doc), text) if unsure else set()
        out = []
        for p in unsure:
            after = _IN_UNIT_AFTER.match(text, p.end)
            name = _lookup_name(text, p)
            if after is None or name in people or name.casefold() in given_names() or _common_word(text, name):
                continue
            units = [u for u in self.gaz.lookup(after.group(1))[:3]
                     if u.feature in ("admin1", "region", "admin2") and u.country and u.admin1]
            if any(c.feature == "city" and c.country == u.country and c.admin1 == u.admin1 and (
                    u.feature == "admin1" or haversine_km(c.lat, c.lon, u.lat, u.lon) < COHESION_KM)
                   for u in units for c in self.gaz.lookup(name)[:5]):
                out.append(p)
        return out

    def _in_named_county(self, doc: Doc, text: str, unsure: list[Proposal]) -> list[Proposal]:
        """Unsure names of towns that lie in a county the text names: "The Napoleon school board …
        Henry County commissioners" is Napoleon, Ohio. Not a name the article's people bear, nor a word it
        writes in lower case; a given name only before a town's institution ("the Napoleon school board")."""
        if not unsure:
            return []
        towns, _ = county_pairs(self.gaz, text, [_lookup_name(text, p) for p in unsure])
        if not towns:
            return []
        keys = {key for _, key in towns}
        people = _surnames_of_people(self._ents(doc), text)
        return [p for p in unsure if place_key(name := _lookup_name(text, p)) in keys and name not in people
                and not _common_word(text, name) and not find.speech_after(text, p.end)
                and not find.is_possessive(text, p.end) and (
                    name.casefold() not in given_names() or find.next_word(text, p.end) in _LOCAL_INSTITUTIONS)]

    def _in_named_state(self, doc: Doc, text: str, proposed: list[Proposal], unsure: list[Proposal],
                        ) -> list[Proposal]:
        """Unsure names of towns of the few US states a story names, whose own bodies it names ("the
        IHSAA regional": Indiana's) or whose area codes its numbers have: "Hagerstown advanced to the
        state meet" — local sports name their towns' teams by the town, which the model leaves
        untagged. Only a whole name no person bears (no given name, no surname of the article's people,
        no word it writes in lower case, no acronym), the town's own name letter for letter, named twice
        at least (the story's own town: one mention may be anything, a theatre, a brand, a sentence's
        capitalised first word) or before what a town keeps ("the Wamego Seniors Center", "Stonington
        H.S.", "Flemington Elks")."""
        # (the cheap tests first: most stories hold no such name, and the states cost lookups; "an
        # anti-Watertown rant" is a word made of the name)
        candidates = [p for p in unsure if not p.in_word and text[max(0, p.start - 1):p.start] != "-"
                      and not (name := _lookup_name(text, p)).isupper() and name.casefold() not in given_names()]
        if not candidates:
            return []
        states = {state for country, state in institution_places(text)[1] if country == "USA"}
        # (and the states of its telephone numbers: "call Frances at 936-687-2849" is East Texas)
        states |= {state for country, state in phone_areas(self.gaz, text)[0] if country == "USA"}
        for p in proposed:
            if p.source in ("entity", "alias", "kind", "named"):
                top = self.gaz.lookup(_lookup_name(text, p))[:1]
                if top and top[0].feature == "admin1" and top[0].country == "USA" and spelling(
                        top[0].name) == spelling(_lookup_name(text, p)):
                    states.add(top[0].name)
        if not states or len(states) > 3:  # (one association's initials may stand for three: IHSAA)
            return []
        runs = {(words[0][0], re_) for _, re_, words in find.runs(text)}
        people = _surnames_of_people(self._ents(doc), text)
        persons = [(e.start_char, e.end_char) for e in self._ents(doc) if e.label_ == "PERSON"]
        out = []
        for p in candidates:
            name = _lookup_name(text, p)
            # (the model's one-word "person" may be the town: "a 52-47 loss to Waunakee … Waunakee
            # advances to the sectional" — where no occurrence says or is titled like a person's)
            alone = [(es, ee) for es, ee in persons if (es, ee) == (p.start, p.end)]
            if (p.start, p.end) not in runs or find.previous_word(text, p.start) in _TITLES or any(
                    es < p.end and p.start < ee for es, ee in persons if (es, ee) not in alone):
                continue
            if name in people or _common_word(text, name) or (alone and any(
                    find.speech_after(text, m.end()) or find.previous_word(text, m.start()) in _TITLES
                    for m in re.finditer(rf"\b{re.escape(name)}\b", text))):
                continue
            if not any(c.feature == "city" and c.country == "USA" and c.admin1 in states and c.population >= 500
                       and spelling(c.name) == spelling(name) for c in self.gaz.lookup(name)):
                continue
            if sum(1 for q in unsure + proposed if text[q.start:q.end] == text[p.start:p.end]) < 2 and not (
                    _town_institution_next(text, p.end)):
                continue  # ("“Water for Elephants” (Imperial; in previews)": a theatre, named once)
            out.append(p)
        return out

    def _in_sentences_province(self, doc: Doc, text: str, proposed: list[Proposal], unsure: list[Proposal],
                               ) -> list[Proposal]:
        """Unsure names of towns in a province their sentence names: "on the other side of the B.C.
        border, Valemount is also looking …" (the model's person) is the British Columbia village.
        Only a name no person bears (no given name, no surname of the article's people, no word
        the article writes in lower case) — a state contains a town of almost any word's name."""
        if not unsure:
            return []
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        provinces: dict[int, set[str]] = {}  # sentence → the admin1 names its sure names are
        for p in proposed:
            if p.source in ("demonym", "region"):
                continue
            for place in self.gaz.lookup(_lookup_name(text, p))[:2]:
                if place.feature == "admin1" and place.admin1:
                    provinces.setdefault(bisect_right(starts, p.start) - 1, set()).add(place.admin1)
        if not provinces:
            return []
        people = _surnames_of_people(self._ents(doc), text)
        out = []
        for p in unsure:
            name = _lookup_name(text, p)
            named = provinces.get(bisect_right(starts, p.start) - 1, set())
            if not named or name.casefold() in given_names() or name in people or _common_word(text, name):
                continue
            if any(c.feature == "city" and c.admin1 in named for c in self.gaz.lookup(name)):
                out.append(p)
        return out

    def _resolve_one(self, p: Proposal, text: str, ctx: Context, own: dict[str, tuple[str, int, str | None, int]],
                     sent_starts: list[int]) -> tuple[Proposal, Resolution] | None:
        """The proposal and its resolution, or None when it names no place worth a fact."""
        sentence = bisect_right(sent_starts, p.start) - 1
        alone = self._without(ctx, own.get(core_key(text[slice(*p.name_span)])))  # not its own witness
        res = self._resolve(p, text, alone, sentence)
        if res is not None and p.source not in ("demonym", "region", "party", "kind") and (
                county := _COUNTY_AFTER.match(text, p.end)) is not None:
            res = self._in_county_after(p, text, alone, sentence, res, county.group(1))
        owner = (self._owner_town(text, p.start, p.end, ctx)
                 if p.source in ("named", "entity", "facility", "kind") else None)
        if owner is not None and res is not None and (res.place is None or (
                res.place.feature not in ("country", "admin1", "region", "water")
                and haversine_km(owner.lat, owner.lon, res.place.lat, res.place.lon) > COHESION_KM
                and not self._owner_beside(text, p.start, res.place))):
            # "Baghdad's Karrada district", "Giza's Haram district" (not Haram, Norway): a part of the
            # town the text says it belongs to, wherever else a place of its name lies
            name = text[p.start:p.end]
            res = Resolution(owner, res.candidates, 0.5, f"{name} is part of {owner.name}, whose the text says it is",
                             feature=res.feature or ("facility" if p.label == "FAC" or p.source == "facility"
                                                     else "region"),
                             precision="city", name=name, contained=True)
        elif res is not None and res.place is not None and res.place.feature == "city" and p.source in (
                "named", "entity", "gazetteer") and (near := _NEAR_TOWN_AFTER.match(text, p.end)) is not None and (
                town := self._anchor_town(near.group(1), ctx)) is not None and haversine_km(
                town.lat, town.lon, res.place.lat, res.place.lon) > COHESION_KM:
            # "a turkey farm at Holton, near Halesworth in Suffolk": a village the gazetteer lacks, near the
            # town the text names — not Holton, Kansas (a county's precision: near the town, not at it)
            name = text[p.start:p.end]
            res = Resolution(town, res.candidates, 0.4, f"{name} is not in the gazetteer near {town.name}; placed "
                                                        f"near {town.name}, as the text puts it", feature="city",
                             precision="admin2", name=name, contained=True)
        if res is not None and res.place is None and p.source == "gazetteer" and find.kind_before(text, p.start) in (
                "village", "town", "suburb", "neighborhood", "neighbourhood"):
            # "the Georgian-controlled villages of Nuli and Avnevi": the words say "village" though the
            # gazetteer's namesakes lie elsewhere (spelt otherwise, or abroad) — a village it lacks
            p = replace(p, source="named", hint="city")
        if res is not None and res.place is None and p.source in ("named", "entity", "facility", "kind"):
            res = self._contained(p, text, ctx, sentence, res)
        if res is None or (res.place is None and p.source in ("gazetteer", "alias", "in_name", "dateline",
                                                                "demonym", "party")):
            return None
        if res.place is None and p.source == "entity" and (
                p.label == "FAC" or (find.previous_word(text, p.start) not in _STRICT_LOCATIVE and not (
                    # "troops pulled out of Dioura", "the siege of Dioura": what war does to a place
                    _DRIVEN_FROM.search(text, max(0, p.start - 30), p.start)
                    or _WAR_ON_PLACE_BEFORE.search(text, max(0, p.start - 30), p.start)))):
            if p.label in ("GPE", "FAC") and not p.in_word and find.is_name_word(text[slice(*p.name_span)]) and (
                    find.previous_word(text, p.start) not in _TITLES | _PERSON_NOUNS):
                # (not "street artist Banksy": a person the model took for a place)
                # "the Lore City departments": near the story's town? "Washington Square" (a park in a
                # story about New Orleans): at the story's town, if it has one (_place_sites.py) — but
                # "the village of Xinmo" (the model's facility) is a village the words place
                return p, replace(res, tentative=p.hint != "city")
            return None  # a people ("Tuareg rebels"): unknown, and not "in X"
        return (p, res) if self._plausible(p, res, ctx, text, alone, sentence) else None

    def _in_county_after(self, p: Proposal, text: str, ctx: Context, sentence: int, res: Resolution,
                         county_name: str) -> Resolution:
        """A town or site the text puts in a county ("the Rice Lake area of Fulton County located in
        Illinois", "Big Creek in Henry County") lies there: the namesake inside the county, or — where
        no gazetteer has one there (a lake, a hamlet) — the county itself, not a town of the name a
        state away (Rice Lake, Wisconsin)."""
        if res.place is not None and res.place.feature not in ("city", "facility", "airport"):
            return res
        counties = [c for c in self.gaz.lookup(county_name) if c.feature == "admin2"]
        county = choose(counties, ctx, sentence, None, [], key=place_key(county_name)).place if counties else None
        if county is None:
            return res

        def inside(place: Place) -> bool:
            return place.country == county.country and place.admin1 == county.admin1 and haversine_km(
                place.lat, place.lon, county.lat, county.lon) <= COUNTY_TOWN_KM

        if res.place is not None and inside(res.place):
            return res
        name = p.lookup or text[slice(*p.name_span)]
        there = [c for c in self.gaz.lookup(name) + self.gaz.post_towns(name, {county.admin1 or ""})
                 if c.feature == "city" and spelling(c.name) == spelling(name) and inside(c)]
        if there:
            return Resolution(there[0], res.candidates, 0.8, f"in {county.name}, which the text puts it in")
        return Resolution(county, res.candidates, 0.6, f"{name} is in {county.name}, the text says; no gazetteer "
                          "has it there", feature=res.feature or "region", precision="admin2", name=name,
                          contained=True)

    @staticmethod
    def _qualified_away(text: str, resolved: list[tuple[Proposal, Resolution]]) -> set[int]:
        """Starts of the American towns qualified by their state outside the dateline, and of those
        states, where the story names two towns or more of another state bare: a US story names its own
        state's towns bare and qualifies the others' ("a company based in Troy, Mich." in a story of
        Clarksdale and Tunica), so neither says which state the story is in."""
        # (a town the only one of its name is qualified all the same: "a daughter in Fort Wayne, Ind.")
        states_at = {rp.start for rp, r in resolved if r.place is not None and r.place.feature == "admin1"
                     and r.place.country == "USA"}
        qualified = {rp.start for rp, r in resolved if "qualified by" in r.why or (
            text.startswith(", ", rp.end) and rp.end + 2 in states_at)}
        bare = Counter(r.place.admin1 for rp, r in resolved if r.place is not None and r.place.feature == "city"
                       and r.place.country == "USA" and r.confidence >= 0.8 and rp.start not in qualified
                       and rp.source != "dateline")
        towns = {rp.end: rp.start for rp, r in resolved if r.place is not None and r.place.feature == "city"
                 and r.place.country == "USA" and rp.source != "dateline" and rp.start in qualified
                 and any(n >= 2 for state, n in bare.items() if state != r.place.admin1)}
        away = set(towns.values())
        for rp, r in resolved:
            if r.place is not None and r.place.feature == "admin1" and text[max(0, rp.start - 2):rp.start] == ", " and (
                    rp.start - 2 in towns):
                away.add(rp.start)
        return away

    def _learn(self, base: Context, resolved: list[tuple[Proposal, Resolution]], text: str, sent_starts: list[int],
               ) -> tuple[Context, dict[str, tuple[str, int, str | None, int]]]:
        """The context for the next round: the article's own (countries and nationality words named)
        plus what the places resolved in this round say — towns and provinces vote for their
        countries, provinces and confident towns for their provinces, states for their sentence's
        country; qualified mentions fix what their name means; confident towns are anchors."""
        ctx = replace(base, mentioned=Counter(base.mentioned), provinces=Counter(), province_countries={},
                      sentence_provinces={}, senses={}, sense_from={}, dateline_towns={}, sentence_country_voices={},
                      sentence_countries={k: set(v) for k, v in base.sentence_countries.items()},
                      anchors=[r.place for rp, r in resolved if r.place is not None and (
                                   r.confidence >= 0.8 or base.town_cohesion.get(r.place.id, 0.0) >= 0.5)
                               and r.place.feature in ("city", "airport", "airbase", "facility")
                               and not _far_off(text, rp.start)])
        own: dict[str, tuple[str, int, str | None, int]] = {}
        elsewhere = self._qualified_away(text, resolved)
        ctx.sentence_capitals = {}
        for rp, r in resolved:
            if r.place is not None and r.place.id in base.capitals and r.place.country and r.confidence >= 0.6:
                ctx.sentence_capitals.setdefault(bisect_right(sent_starts, rp.start) - 1, set()).add(r.place.country)
        for rp, r in resolved:
            key = place_key(text[slice(*rp.name_span)])
            if r.place is None or rp.source == "demonym" or (
                    rp.in_word and r.place.feature in ("admin1", "country")) or (
                    rp.source == "in_name" and r.place.feature not in ("admin1", "admin2")):
                continue  # "registered with the State of Ohio" speaks for Ohio; "the Fargo police" less so
            if r.confidence >= 0.8 and r.place.feature in ("admin1", "admin2") and r.place.country:
                # "Cedar Key, Fla., … into Georgia": the state speaks for its country
                sentence = bisect_right(sent_starts, rp.start) - 1
                if r.place.country not in base.sentence_countries.get(sentence, set()):
                    ctx.sentence_country_voices.setdefault((sentence, r.place.country), set()).add(key)
                ctx.sentence_countries.setdefault(sentence, set()).add(r.place.country)
            if r.confidence >= 0.8 and r.place.feature == "admin1" and r.place.admin1:
                ctx.sentence_provinces.setdefault(bisect_right(sent_starts, rp.start) - 1, set()).add(r.place.admin1)
            if "qualified by" in r.why and not r.contained and key not in ctx.senses:
                # "MANSFIELD, Ohio — … police in Mansfield": the qualified mention says which one
                ctx.senses[key] = r.place.id
                # (a headline's and dateline's qualified name holds from the start: "PLYMOUTH, Mass.")
                at = bisect_right(sent_starts, rp.start) - 1
                ctx.sense_from[key] = 0 if rp.source == "dateline" or at <= 1 else at
            if rp.source == "dateline" and r.place.feature == "city" and r.confidence >= 0.6:
                # "ROCKY HILL - Elderly and disabled residents …": the story's own town, which its other
                # mentions may name though no gazetteer but the post offices' has it ("Rocky Hill Tax
                # Credits Available") — a candidate for them, not a sign (the next round weighs the
                # dateline again: "COLUMBUS --" beside Omaha is Nebraska's, though the first read Ohio's)
                ctx.dateline_towns.setdefault(key, r.place.id)
            if r.place.feature == "country" and r.place.country and r.confidence >= 0.8 and not (
                    base.mentioned.get(r.place.country)) and not rp.in_word and rp.source not in (
                    "demonym", "region") and not any(q.country == base.focus and q.feature != "country"
                                                     for q in self.gaz.lookup(text[slice(*rp.name_span)])):
                # a country's name that is something else too ("Niger", also Nigeria's state) speaks
                # for its country once the first round has read it so: "in Gaya, Niger's army said"
                # (for the sentence's other names only: a wrong first reading, "Georgia" the country
                # in a story from Atlanta, must neither vouch for itself nor make the article foreign)
                sentence = bisect_right(sent_starts, rp.start) - 1
                if r.place.country not in base.sentence_countries.get(sentence, set()):
                    ctx.sentence_country_voices.setdefault((sentence, r.place.country), set()).add(key)
                ctx.sentence_countries.setdefault(sentence, set()).add(r.place.country)
            if not r.place.country or r.place.feature == "country":
                continue
            # a small town alone is weak evidence of where the story is ("east of Hampton Park in
            # Charleston": a park, and a suburb of Melbourne in the gazetteer)
            vote = 1 if r.place.feature == "city" and r.place.population < 50_000 else 2
            # "Dublin City", "Dublin Area" and "Dublin" are one name: none vouches for the others
            own_key = core_key(text[slice(*rp.name_span)])
            country, votes, province, _ = own.get(own_key, (r.place.country, 0, None, r.place.id))
            if country != r.place.country:
                # the same name read two ways: its first reading is the one taken out, and the other
                # vouches for nothing ("north Manchester" read as England's beside "MANCHESTER —" read
                # as Connecticut's would make the dateline English)
                continue
            ctx.mentioned[r.place.country] += vote
            if province is None and r.place.admin1 and r.place.feature in ("admin1", "city", "admin2") and (
                    r.confidence >= 0.8 or r.place.feature == "admin1") and r.place.id not in base.capitals and (
                    rp.start not in elsewhere):
                ctx.provinces[r.place.admin1] += 1
                ctx.province_countries[r.place.admin1] = r.place.country
                province = r.place.admin1
            own[own_key] = (country, votes + vote, province, r.place.id)
        # (a story in British spelling is about America when it names American places, not only the
        # country: "Texas wildfires" in the Independent, not a British soldier "embedded with US forces")
        ctx.american_places = sum(1 for rp, r in resolved if r.place is not None and r.place.country == "USA"
                                  and r.place.feature in ("city", "admin1", "admin2") and r.confidence >= 0.8
                                  and rp.source != "demonym")
        ctx.focus = focus_of(ctx.mentioned, ctx.british and ctx.american_places < 3)
        ctx.listed_provinces = self._listed_provinces(text, resolved)
        ctx.leading_provinces = leading_provinces(ctx.provinces, ctx.province_countries)  # (once, not per candidate)
        # the support of each reading counted again, with the first round's sure readings in the story's
        # leading province settled: "Lewiston" read as Idaho's beside "MOSCOW, Idaho" no longer vouches for
        # Portland, Maine (Lewiston, Maine is 50 km from it)
        fixed = {k: v for k, v in _settled_by(text, resolved, set(ctx.leading_provinces.values())).items()
                 if k not in base.settled}
        # (and a name read with confidence as a country: "vaccines from Geneva" in a story that names
        # China and Russia is no Geneva, Indiana for being near Russia, Ohio)
        # (only a name with namesakes that could vouch — towns, counties, provinces — is worth counting again for:
        # "U.S." has none, and most American stories name it)
        fixed |= {same_name_key(_lookup_name(text, rp)): frozenset({r.place.id}) for rp, r in resolved
                  if r.place is not None and r.place.feature == "country" and r.confidence >= 0.8
                  and rp.source not in ("demonym", "region") and not rp.in_word
                  and same_name_key(_lookup_name(text, rp)) not in base.settled
                  and any(c.feature in ("city", "admin2", "admin1", "airport", "airbase", "facility")
                          for c in self.gaz.lookup(_lookup_name(text, rp)))}
        # (and a town qualified by its state in a story of another state's bare towns vouches for no bare
        # name near it: "a daughter in Fort Wayne, Ind." in an obituary of Coldwater, Hillsdale and Quincy
        # says the story is not Indiana's, so "Greenville" is Michigan's, not Ohio's beside Fort Wayne)
        away = {same_name_key(_lookup_name(text, rp)) for rp, r in resolved if rp.start in elsewhere
                and r.place is not None and r.place.feature == "city"}
        if fixed or away:
            ctx.cohesion = cohesion(self.gaz, list(base.cohesion_names), fixed=dict(base.settled) | fixed,
                                    post_towns=True, voters=[n for n in base.cohesion_names
                                                             if same_name_key(n) not in away] if away else None)
        return ctx, own

    def _listed_provinces(self, text: str, resolved: list[tuple[Proposal, Resolution]]) -> frozenset[int]:
        """Starts of the mentions next in a list to a province read with confidence ("…, Utah,
        Virginia, Washington, West Virginia and Wyoming"), for the next round to read as provinces
        — not a town the province after it holds ("Washington, D.C.'s", "Spokane, Washington")."""
        ordered = sorted((rp for rp in resolved if not rp[0].in_word), key=lambda rp: rp[0].start)
        province = [r.place is not None and r.place.feature == "admin1" and r.confidence >= 0.8
                    and rp.source != "demonym" for rp, r in ordered]
        starts = set()
        for k in range(len(ordered) - 1):
            (a, _), (b, held) = ordered[k], ordered[k + 1]
            if province[k] == province[k + 1] or not find.coordinated(text, a.end, b.start):
                continue
            if province[k + 1] and held.place is not None and any(
                    t.feature == "city" and t.country == held.place.country for t in self.gaz.lookup(
                        _lookup_name(text, a))[:2]):
                continue  # "Liverpool, northern England", "Washington, D.C.": the province qualifies the town
            other = b if province[k] else a
            if province[k] and any(q.feature == "admin1" for q in self._qualifier(text, b.end)):
                continue  # "Texas and Washington, D.C.": a town its own province qualifies
            if any(c.feature == "country" for c in self.gaz.lookup(_lookup_name(text, other))[:1]):
                continue  # "Matias Romero, Oaxaca State, Mexico": the country holding the province
            starts.add(other.start)
        return frozenset(starts)

    def _listed_countries(self, text: str, props: list[Proposal]) -> frozenset[int]:
        """Starts of the mentions of a country's name next in a list to a name that is a country's and
        nothing else of note ("Sweden, Denmark, the Netherlands", "Niger, Cameroon and Benin"), to be read
        as the country — not Denmark, Wisconsin, nor Nigeria's Niger state."""
        ordered = sorted((p for p in props if not p.in_word and p.source != "demonym"), key=lambda p: p.start)
        country = [self._country_named(_lookup_name(text, p)) for p in ordered]
        starts = set()
        for k in range(len(ordered) - 1):
            a, b = ordered[k], ordered[k + 1]
            if not (country[k] or country[k + 1]) or not find.coordinated(text, a.end, b.start):
                continue
            for other, beside in ((a, country[k + 1]), (b, country[k])):
                name = _lookup_name(text, other)
                if beside and any(c.feature == "country" and place_key(c.name) == place_key(name)
                                  for c in self.gaz.lookup(name)[:3]):
                    starts.add(other.start)
        return frozenset(starts)

    @staticmethod
    def _without(ctx: Context, contribution: tuple[str, int, str | None, int] | None) -> Context:
        """The context less what a mention's own first-round reading added to it, so that a town
        read wrongly at first ("Athens" in Greece, in a story from Georgia) does not vouch for itself."""
        if contribution is None:
            return ctx
        country, votes, province, place_id = contribution
        mentioned = Counter(ctx.mentioned)
        mentioned[country] -= votes
        provinces = Counter(ctx.provinces)
        if province:
            provinces[province] -= 1
        anchors = [a for a in ctx.anchors if a.id != place_id]
        mentioned = +mentioned
        focus = ctx.focus
        if focus and not mentioned.get(focus):  # the focus was the name's own doing: "Athens" made it Greece
            # what the others say, if they say more than one small town does
            focus = focus_of(mentioned, ctx.british and ctx.american_places < 3, least=2)
        elif focus and mentioned and mentioned[focus] < max(mentioned.values()) - 1:
            # the focus was mostly the name's own doing: "DUNDALK —" read as Maryland's five times over
            # a story of Louth's towns that names Dundalk, Maryland once
            focus = focus_of(mentioned, ctx.british and ctx.american_places < 3, least=2)
        provinces = +provinces
        # (the province the article names most, less the name's own vote: "Cedar County" alone does not lead Nebraska)
        leading = leading_provinces(provinces, ctx.province_countries) if province else ctx.leading_provinces
        return replace(ctx, mentioned=mentioned, provinces=provinces, anchors=anchors, focus=focus,
                       leading_provinces=leading)

    def _repeats(self, doc: Doc, text: str, resolved: list[tuple[Proposal, Resolution]],
                 ) -> list[tuple[Proposal, Resolution]]:
        """One sense per article: a name resolved as a place with confidence is that place wherever
        else it stands alone in the article, even where the model called it a person ("Alexandria
        police said … Alexandria has …"). Not inside a longer person's name, not a capital standing
        for its government."""
        by_name: dict[str, tuple[Proposal, Resolution]] = {}
        # (a name read as the same place at two mentions or more is as sure as one read surely once:
        # "Shiloh" placed twice at 0.51 is Shiloh, Illinois where it stands alone too)
        readings = Counter((text[slice(*p.name_span)], res.place.id) for p, res in resolved
                           if res.place is not None and res.confidence >= 0.5
                           and p.source not in ("demonym", "in_name", "short"))
        # (a town no other place shares the name of, named only inside other names, is that town where
        # its name stands alone: "clean New Concord reservoir" beside "the New Concord Reservoir" and
        # "the New Concord Area Arts and Recreation District")
        # (named inside a name that goes on — not "Irving and Ernestine divorced", the model's organisation;
        # no given name, no word the text writes in lower case: "oral hygiene")
        only_inside = [(p, res) for p, res in resolved if p.source == "in_name" and res.place is not None
                       and res.place.feature == "city" and res.candidates == 1 and res.confidence >= 0.9
                       and re.match(r"[ ]+[A-Z]", text[p.end:p.end + 3])
                       and (name := text[slice(*p.name_span)]).casefold() not in given_names()
                       and not _common_word(text, name)]
        for p, res in [*((p, r) for p, r in resolved if p.source != "in_name"), *only_inside]:
            # (a village the text put somewhere, the gazetteer lacking it, stays there when named again:
            # "a farm at Holton, near Halesworth" … "transported to Holton")
            if res.place is not None and (res.confidence >= 0.6 or (
                    res.confidence >= 0.5 and readings[(text[slice(*p.name_span)], res.place.id)] >= 2) or (
                    res.contained and res.confidence >= 0.4 and "near" in res.why)) and (
                    p.source not in ("demonym", "short")):
                name = text[slice(*p.name_span)]
                by_name.setdefault(name, (p, res))
                if p.lookup and name == f"{p.lookup} City":
                    by_name.setdefault(p.lookup, (p, res))  # "Norwich City" (the club), then "against Norwich"
                if name.isupper() and len(name) > 3 and res.place.name.upper() == name:
                    # "BYESVILLE --" opening the story: "the Byesville Volunteer Fire Department" later
                    by_name.setdefault(res.place.name, (p, res))
        if not by_name:
            return []
        # (a name kept only in case the story's town can hold it covers nothing: "Nazi Germany")
        covered = sorted((p.start, p.end) for p, r in resolved if not r.tentative)
        found = []
        runs = [(rs, re_) for rs, re_, _ in find.runs(text)]
        # (or opening the model's organisation: "Brandon University" after "Brandon, Man.")
        organisations = {(ent.start_char, ent.end_char) for ent in self._ents(doc) if ent.label_ == "ORG"}
        viruses = _virus_names(text)
        for s, e, name in _standing_alone(self._ents(doc), text, by_name, covered):
            # inside a longer name ("Air Asia X" after "south Asia"): a mention inside a name
            inside = any(rs < s and e <= re_ for rs, re_ in runs) or any(
                os_ == s and oe > e and " " in text[e:oe] for os_, oe in organisations)
            first, res = by_name[name]
            if _era(text, s, e):
                continue  # "500 B.C.": an era
            # (not "a resident of Toruń, told", "Thomas Washburne, Republican, Evansville, told": the
            # name closes a phrase set off by commas, and the speaker is the person before it)
            apposed = find.previous_word(text, s) in _STRICT_LOCATIVE | {"of"} or (
                text[e:e + 1] == "," and text[max(0, s - 2):s] == ", ")  # ("one resident of Tabriz told")
            if find.government_after(text, e) or (find.speech_after(text, e) and not apposed):
                continue  # "Washington said", "Moscow's defence ministry"
            if _PATHOGEN_AFTER.match(text, e) or self._disease(text, s, e) or (
                    name in viruses and not find.locative_before(text, s, strong=True)):
                continue  # "the Reston ebolavirus" after "Reston, Virginia": the virus
            if place_words.VENUE_AFTER.match(text, e) and self._minor_town(name):
                continue  # "Carnegie Hall" after "at Carnegie": the venue, not the town
            if _WATER_AFTER.match(text, e) and res.place.feature == "city" and spelling(
                    res.place.name) != spelling(name):
                # "the Hockanum River" beside "Hockanum" read as a town by another of its names (Higganum):
                # the river (not "the St. Marys River" beside St. Marys, the town on it)
                continue
            found.append((replace(first, start=s, end=e, name_start=-1, name_end=-1,
                                  source="in_name" if inside else "repeat"),
                          replace(res, confidence=round(res.confidence * 0.9, 2),
                                  why=f"named as a place elsewhere in the article ({res.why})")))
            covered.append((s, e))
        return found

    def _hyphen_partners(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                         ) -> list[tuple[Proposal, Resolution]]:
        """The other name of a hyphened pair whose one name is placed: "Athens-Clarke County",
        "Springfield-Greene County", "the Greenbrier-Pocahontas County boundary", "Watertown-Mayer
        Lutheran", "University of Wisconsin-Milwaukee" — pairs of neighbours (merged towns, shared
        school districts, counties), so the partner is the namesake nearest the placed one: within
        100 km of a town or county, inside a state."""
        covered = [(p.start, p.end) for p, r in resolved if r.place is not None]
        found: list[tuple[Proposal, Resolution]] = []
        for p, res in resolved:
            place = res.place
            if place is None or res.confidence < 0.6 or p.source in ("demonym", "region") or p.metonym:
                continue
            if place.feature not in ("city", "admin2", "admin1"):
                continue
            for s, end, partner in self._hyphen_partner_names(text, p, place):
                if any(cs < end and s < ce for cs, ce in covered):
                    continue
                shown = text[s:end]
                found.append((Proposal(s, end, "gazetteer", priority=1),
                              Resolution(partner, 1, 0.6, f"joined by a hyphen to {text[p.start:p.end]}, the "
                                         f"namesake of {shown!r} nearest it")))
                covered.append((s, end))
        return found

    def _hyphen_partner_names(self, text: str, p: Proposal, place: Place) -> Iterator[tuple[int, int, Place]]:
        """The names hyphened to the mention, after and before it, each with the namesake nearest the
        mention's place: (start, end, place) — "Clarke County" of "Athens-Clarke County", "Mayer" of
        "Watertown-Mayer Lutheran" (the first word after the hyphen when the two name nothing)."""
        after = _PARTNER_AFTER.match(text, p.end)
        before = _PARTNER_BEFORE.search(text, max(0, p.start - 40), p.start)
        for m in (after, before):
            if m is None:
                continue
            s, e = m.span(1)
            name = text[s:e]
            county = re.match(r"[ ]+County\b", text[e:e + 8]) or (
                m is before and text[p.start:p.end].endswith(" County"))
            partner = self._nearest_namesake(([f"{name} County"] if county else []) + [name], place)
            if partner is None and m is after and " " in name and not county:
                name = name.split()[0]
                e = s + len(name)
                partner = self._nearest_namesake([name], place)
            if partner is not None:
                yield s, e + (len(" County") if county and re.match(r"[ ]+County\b", text[e:e + 8]) else 0), partner

    def _sole_post_town(self, name: str) -> bool:
        """Whether a name of two or more words no gazetteer town bears is a post office's in one US
        state only ("Tennessee Colony", Texas) — not a phrase of common words, nor one with an
        abbreviation (the post offices' "Us Air Force", Colorado, is the US Air Force)."""
        words = name.split()
        if len(words) < 2 or not all(find.is_name_word(w) and not w.isupper() for w in words) or all(
                place_key(w) in GENERIC_NAME_WORDS or w.casefold() in _UNKNOWN_KINDS for w in words):
            return False
        return len({c.admin1 for c in self.gaz.post_towns(name, self.us_states)}) == 1

    def _hyphen_partnered(self, text: str, p: Proposal, place: Place) -> bool:
        """Whether a hyphen joins the name to a neighbour's ("Watertown-Mayer Lutheran": Mayer lies
        within 100 km of Watertown, Minnesota) — two towns' shared school or district, in a story
        from their state."""
        return bool(place.admin1) and next(self._hyphen_partner_names(text, p, place), None) is not None

    def _nearest_namesake(self, names: list[str], place: Place) -> Place | None:
        for name in names:
            if place_key(name) in GENERIC_NAME_WORDS or name.casefold() in given_names() or name.isupper():
                continue
            near = []
            for c in self.gaz.lookup(name):
                if c.id == place.id or c.feature not in ("city", "admin2") or c.country != place.country:
                    continue
                if place.feature == "admin1":
                    if c.admin1 == place.admin1:
                        near.append((0.0, -c.population, c))
                    continue
                km = haversine_km(place.lat, place.lon, c.lat, c.lon)
                if km <= 100:
                    near.append((km, 0, c))
            if near:
                return min(near, key=lambda x: (x[0], x[1]))[2]
        return None

    def _residents(self, doc: Doc, text: str, resolved: list[tuple[Proposal, Resolution]],
                   ) -> list[tuple[Proposal, Resolution]]:
        """Words for the people of a place the article names ("Ontarians" in a story about Ontario,
        "New Londoners", "South Ossetian officials", "Dagestani police"): mentions of the place,
        kept apart as demonyms. Formed from the name as the article writes it, so a word counts only
        where its place is in the story; given names ("Victor" beside "Victoria") are no such word."""
        by_form: dict[str, tuple[Proposal, Resolution]] = {}
        for p, res in resolved:
            if res.place is None or res.confidence < 0.6 or p.source in ("demonym", "in_name", "short", "region"):
                continue
            if res.place.feature not in ("city", "admin1", "admin2", "country", "region"):
                continue
            for form in place_words.resident_words(text[slice(*p.name_span)]):
                if form in text and form.casefold() not in given_names() and form not in self.demonyms:
                    by_form.setdefault(form, (p, res))  # (most forms are no words: "Bostoners")
        if not by_form:
            return []
        covered = sorted((p.start, p.end) for p, r in resolved if r.place is not None)
        found = []
        for s, e, form in _standing_alone(self._ents(doc), text, by_form, covered):
            if not text[s:e][:1].isupper() or _STYLE_AFTER.match(text, e) or place_words.is_language(text, s, e):
                continue
            if text[max(0, s - 4):s] == "The ":
                continue  # "The New Yorker", "The Oregonian": a paper's name; "The Texans": a team's
            first, res = by_form[form]
            found.append((replace(first, start=s, end=e, name_start=-1, name_end=-1, source="demonym", lookup=None),
                          replace(res, confidence=round(res.confidence * 0.9, 2),
                                  why=f"a word for the people of a place the article names ({res.why})")))
            covered.append((s, e))
        return found

    @staticmethod
    def _county_short_forms(text: str, resolved: list[tuple[Proposal, Resolution]], ents: tuple[Span, ...],
                            ) -> list[tuple[Proposal, Resolution]]:
        """ "Clarke" after "Clarke County", "Avoyelles" after "Avoyelles Parish": local news names its
        counties by their first word. A bare mention read as a town elsewhere ("DeKalb", Illinois,
        in a story about DeKalb County, Georgia) is the county; one read as a town in the county's
        own state stays the town ("Jackson" in Jackson County)."""
        counties: dict[str, Resolution] = {}
        for p, res in resolved:
            # (the name without a direction before it: "Osceola" of "east Osceola County")
            start = p.name_span[0]
            m = _UNIT_NAME.search(text[start:p.end])
            if res.place is not None and res.place.feature == "admin2" and m and (res.confidence >= 0.6 or (
                    res.confidence >= 0.5 and "named with the county it lies in" in res.why)):
                # (read at even odds too where a town the story names lies in it: "DeKalb County" placed by
                # its Briarcliff, four states having one — the story's own county, whose short form is no
                # town of another state)
                counties.setdefault(text[start:start + m.start()], res)
        if not counties:
            return resolved
        out = []
        for p, res in resolved:
            county = counties.get(text[slice(*p.name_span)]) if p.source not in ("kind", "demonym") else None
            if county is not None and county.place is not None and (res.place is None or (
                    res.place.feature == "city" and res.place.admin1 != county.place.admin1)):
                res = replace(county, confidence=round(county.confidence * 0.9, 2),
                              why=f"short for {county.place.name}, named in the article")
            out.append((p, res))
        covered = [(p.start, p.end) for p, _ in out]
        # (the dateline's town of the name: "strands travelers in Sheridan" under "SHERIDAN, Wyo." is
        # the town, though the story names Sheridan County too)
        datelined = {text[slice(*p.name_span)].title() for p, res in out if p.source == "dateline"
                     and res.place is not None and res.place.feature == "city"}
        for s, e, name in _standing_alone(ents, text, counties, covered):
            if find.speech_after(text, e) or find.is_possessive(text, e) or name in datelined:
                continue  # "Jackson said", "Jackson's lawyer": a person
            county = counties[name]
            out.append((Proposal(s, e, "short"), replace(county, confidence=round(county.confidence * 0.8, 2),
                                                         why=f"short for {county.place.name if county.place else ''}, "
                                                             "named in the article")))
            covered.append((s, e))
        return sorted(out, key=lambda pr: pr[0].start)

    def _river_names(self, text: str, resolved: list[tuple[Proposal, Resolution]]) -> dict[str, Resolution]:
        """The rivers and creeks the article names with their kind word ("the Neches River"), by the
        key of the name before it — not a country's or province's name ("the Mississippi River")."""
        rivers: dict[str, Resolution] = {}
        for p, res in resolved:
            river = _RIVER_NAME.fullmatch(text[slice(*p.name_span)])
            short = river and (river.group("name") or river.group("after"))
            if res.place is not None and "water" in (res.place.feature, res.feature) and short and (
                    core_key(short) not in self.curated and not any(
                        self.gaz.features[i] in "CA" for i in self.gaz.lookup_ids(short))):
                rivers.setdefault(core_key(short), res)
        return rivers

    def _bare_rivers(self, text: str, resolved: list[tuple[Proposal, Resolution]],
                     ) -> list[tuple[Proposal, Resolution]]:
        """ "The Hockanum" after "the Hockanum River": the river by its bare name, though a village
        somewhere bears it too (news writes no "the" before a town's name) — and where nothing was
        found ("water backed up the Bremer" after "the Bremer River", a river no gazetteer has)."""
        rivers = self._river_names(text, resolved)
        if not rivers:
            return resolved
        viruses = _virus_names(text)

        def bare(s: int, e: int) -> Resolution | None:
            """The river "the X" names at [s, e), as its short form, if it names one (not a virus named
            after it: "another subtype of the Ebola" beside "the Ebola River")."""
            river = rivers.get(core_key(text[s:e]))
            if river is None or text[max(0, s - 4):s].casefold() != "the " or _NAME_AFTER.match(text, e) or (
                    text[s:e] in viruses):
                return None
            return replace(river, confidence=round(river.confidence * 0.9, 2),
                           why=f"short for {river.place.name if river.place else ''}")

        out = []
        for p, res in resolved:
            short = bare(p.start, p.end) if (p.start, p.end) == p.name_span and (
                res.place is None or res.place.feature == "city") else None
            out.append((replace(p, source="short"), short) if short is not None else (p, res))
        covered = [(p.start, p.end) for p, _ in out]
        for _, _, words in find.runs(text):
            for s, e in words:
                if not any(cs < e and s < ce for cs, ce in covered) and (short := bare(s, e)) is not None:
                    out.append((Proposal(s, e, "short"), short))
                    covered.append((s, e))
        return sorted(out, key=lambda pr: pr[0].start)

    def _short_forms(self, text: str, resolved: list[tuple[Proposal, Resolution]], doc: Doc,
                     ) -> list[tuple[Proposal, Resolution]]:
        """Later mentions by part of a facility's name: "al-Assad" after "Ain al-Assad airbase",
        where the words around say "place" ("neither in al-Assad nor …"). (A river's bare name after
        its full one is `_bare_rivers`'s, once the sites are placed.)"""
        short: dict[str, Resolution] = {}
        for p, res in resolved:
            if res.place is None or res.place.feature not in ("airbase", "airport", "facility"):
                continue
            words = [w.group(0) for w in find.WORD.finditer(text[slice(*p.name_span)])]
            for i in range(1, len(words)):
                if words[i].lower() in _GENERIC_FACILITY_WORDS:
                    continue  # "International" is no short form of "Toronto Pearson International Airport"
                key = core_key(" ".join(words[i:]))
                if key and key not in self.curated and len(key) > 3:
                    short.setdefault(key, res)
        if not short:
            return []
        covered = [(p.start, p.end) for p, _ in resolved]
        found = []
        for _, _, words in find.runs(text):
            for s, e in words:
                res = short.get(core_key(text[s:e]))
                if res is None or any(cs < e and s < ce for cs, ce in covered):
                    continue
                if find.locative_before(text, s) or find.facility_after(text, e):
                    why = f"short for {res.place.name if res.place else ''}"
                    found.append((Proposal(s, e, "short"),
                                  replace(res, confidence=round(res.confidence * 0.9, 2), why=why)))
                    covered.append((s, e))
        return found

    def _write(self, doc: Doc, resolved: list[tuple[Proposal, Resolution]]) -> None:
        text = text_of(doc)
        parts = PartIndex(doc)
        first_of: dict[Any, str] = {}
        group = SpanGroup(doc, name=SPANS_KEY)
        for p, res in resolved:
            fact_id = f"pl_{p.start}_{p.end}"
            fields = fact_fields(res)
            by_id = res.place is not None and fields["precision"] != "region" and not res.contained
            key: Any = res.place.id if by_id and res.place is not None else (
                fields["name"] if fields["lat"] is not None else None)
            same_as = first_of.get(key) if key is not None else None
            if key is not None and same_as is None:
                first_of[key] = fact_id
            span = doc.char_span(p.start, p.end, label="PLACE", alignment_mode="expand")
            if span is None:
                continue
            span._.ng_place = {"id": fact_id, "start": p.start, "end": p.end, "text": text[p.start:p.end],
                               **fields, "mention": "metonym" if p.metonym else _MENTION.get(p.source, "name"),
                               "found_by": (p.label and f"entity {p.label}") or p.source,
                               "same_as": same_as, "part": parts.part_at(p.start, p.end)}
            group.append(span)
        doc.spans[SPANS_KEY] = group


def outlet_country(meta: dict[str, Any]) -> str | None:
    """The ISO3 country an outlet is from: the outlet registry's, else its web address's
    country-code domain ("irishtimes.ie", "smh.com.au"; ".uk" is GBR)."""
    outlet = meta.get("outlet") or {}
    if outlet.get("country"):
        return str(outlet["country"])
    domain = str(outlet.get("domain") or "")
    tld = domain.rsplit(".", 1)[-1].upper() if "." in domain else ""
    if len(tld) != 2:
        return None
    return iso3_by_iso2().get("GB" if tld == "UK" else tld)  # country-code domains are ISO alpha-2


def _doubled_only(place: Place, word: str) -> bool:
    """Whether an English-speaking country's town is spelt as the word only by the lookup's
    forgiveness of doubled letters (Holly for "Holy", Ucon for "UConn")."""
    return place.feature == "city" and place.country in _ENGLISH_SPELT and doubled_only(place.name, spelling(word))


def _standing_alone(ents: Iterable[Span], text: str, names: Iterable[str], covered: list[tuple[int, int]],
                    ) -> Iterator[tuple[int, int, str]]:
    """Where the names stand as words outside the mentions `covered` (which the caller extends as it
    takes them) and outside people's full names ("Alexandria" but not "Jim Alexandria")."""
    # (the model's "persons" that are the name itself, or an institution's name — "Firefighters battle
    # Tega Cay fire", "The Tega Cay Volunteer Fire Department" — are no people)
    # ("Flemington Elks plan comedy show", "Jordan Junior Olympic volleyball": a town's club or team)
    # ("the Historic Dublin wayfaring project": a part of the town, whatever the model says)
    people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON" and len(e) > 1
              and not any(token.lower_ in _NO_PERSONS_WORDS for token in e) and e[0].text not in _PLACE_NAME_OPENERS]
    # a hyphen between names parts them ("Watertown-Mayer Lutheran", "Logan-Rogersville"); one
    # before a lower-case word joins ("anti-Russian", "Iran-backed")
    pattern = re.compile(r"(?<![\w’'])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w]|[-‑][a-z\d])")
    for m in pattern.finditer(text):
        s, e = m.span()
        if text[s - 1:s] in ("-", "‑") and not re.search(r"(?<![\w.])[A-Z][\w.]*[-‑]$", text[max(0, s - 30):s]):
            continue
        if any(cs < e and s < ce for cs, ce in covered) or any(
                ps <= s and e <= pe and (ps, pe) != (s, e) for ps, pe in people):
            continue
        if not _STREET_AFTER.match(text, e) or _UNIT_NAME.search(m.group(1)):
            # "Wichita Drive" is a street, whatever "Wichita" is ("Douglas County Road 4" is in the county)
            yield s, e, m.group(1)


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, tuple[str, ...]]:
    """Two- and three-letter initials of countries named in several words ("SA": South Africa,
    Saudi Arabia; "NZ"; "PNG"; "T&T" for a pair joined by "and"), from pycountry's names."""
    import pycountry

    out: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in {getattr(country, "common_name", None) or country.name, country.name}:
            words = [w for w in re.split(r"[ ,]+", name) if w and w[0].isupper()]
            if len(words) < 2 or "," in name or "(" in name:
                continue
            initials = "".join(w[0] for w in words)
            if 2 <= len(initials) <= 3:
                out.setdefault(initials, set()).add(name)
            if len(words) == 2 and f"{words[0]} and {words[1]}" == name:
                out.setdefault(f"{initials[0]}&{initials[1]}", set()).add(name)  # "T&T": Trinidad and Tobago
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _era(text: str, start: int, end: int) -> bool:
    """ "500 B.C.": British Columbia's initials after a number are an era — another state's after a
    number are the state ("3 Ind. fugitives")."""
    return text[start:end] in ("B.C.", "BC") and re.search(r"\d[ ]?$", text[max(0, start - 2):start]) is not None


def _all_caps_around(text: str, start: int, end: int) -> bool:
    """Whether the words either side are capitals too: a headline or a shouted line, where any
    word may look like initials."""
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30):start])
    after = re.match(r"\W*([A-Za-z]+)", text[end:end + 30])
    return any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after))


_US_STATE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(
    (re.escape(name) for name in set(_US_POSTAL_CODES.values()) if name not in ("Washington", "Georgia")),
    key=len, reverse=True)) + r"|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"
    r"Newfoundland|Prince Edward Island|British Columbia)\b")


@lru_cache(maxsize=4)
def _names_us_state(text: str) -> bool:
    """Whether the text names an American state or a Canadian province (but Washington and Georgia,
    also a capital and a country) — a North American story, where a county's council is a county's
    there ("Essex County Council" in Ontario)."""
    return _US_STATE_WORDS.search(text) is not None


def _abbreviated_unit(place: Place) -> bool:
    """Whether a place is what a state's, province's or county's abbreviation names: a US state, a
    Canadian province, an Australian state, an English county (a region or second-level unit to the
    gazetteer: Yorkshire, Northamptonshire)."""
    return (place.feature == "admin1" and place.country in ("USA", "CAN", "AUS", "GBR")) or (
        place.country == "GBR" and place.feature in ("admin2", "region"))


def _holds(holder: Place, town: Place) -> bool:
    """Whether a country or province holds the town ("Pandi, Bulacan"; "Weiswampach, Luxembourg")."""
    if holder.country != town.country:
        return False
    if holder.feature == "country":
        return True
    return holder.feature == "admin1" and bool(town.admin1 and holder.admin1) and (
        (town.admin1 or "").casefold() == (holder.admin1 or "").casefold())


def ent_label(ents: list[tuple[int, int, str]], starts: list[int], s: int, e: int) -> str | None:
    """The label of the model's entity covering [s, e), if one does."""
    i = bisect_right(starts, s) - 1
    return ents[i][2] if i >= 0 and ents[i][0] <= s and e <= ents[i][1] else None


def _quoted(text: str, p: Proposal) -> bool:
    return text[p.start - 1:p.start] in ("“", '"', "‘") and text[p.end:p.end + 1] in ("”", '"', "’") and (
        p.source != "dateline")


def _lookup_name(text: str, p: Proposal) -> str:
    """The name a proposal is looked up by ("Columbia County" whole, "Mitiga" of "Mitiga airport")."""
    return p.lookup or (text[p.start:p.end] if p.source == "kind" else text[slice(*p.name_span)])


def _settled_by(text: str, resolved: list[tuple[Proposal, Resolution]], provinces: set[str] | None = None,
                least: float = 0.8) -> dict[str, frozenset[int]]:
    """Names (`same_name_key`) that a round read as one town or county with confidence `least` (in
    one of `provinces`, when given) → that reading's id: their namesakes vouch for nothing next time."""
    sure: dict[str, set[int]] = {}
    for p, r in resolved:
        if r.place is not None and r.confidence >= least and r.place.feature in ("city", "admin2") and (
                provinces is None or r.place.admin1 in provinces) and p.source not in ("demonym", "region") and (
                not r.contained):
            sure.setdefault(same_name_key(_lookup_name(text, p)), set()).add(r.place.id)
    return {k: frozenset(v) for k, v in sure.items() if len(v) == 1}


def _supported_by_story(r: Resolution) -> bool:
    """Whether the reading has the support of the story's other places (their neighbourhood, a county
    or province they name)."""
    return any(words in r.why for words in ("near other places", "in a province the article names",
                                           "named with the county", "within 300 km"))


def _venue_or_line(text: str, p: Proposal) -> bool:
    """Whether the name is a listing's venue, "(Imperial; in previews)", or a transit line's colour:
    "the Metro station on the Orange line" (not Orange, Virginia)."""
    return (text[p.start - 1:p.start] == "(" and bool(_VENUE_LISTED_AFTER.match(text, p.end))) or (
        text[p.start:p.end] in _LINE_COLOURS and bool(_LINE_AFTER.match(text, p.end)))


def _county_proposal(at: int, name: str, unit: str) -> Proposal:
    """A county or parish named without its kind word ("the counties of Bergen, Camden and Essex")."""
    return Proposal(at, at + len(name), "kind", name_start=at, name_end=at + len(name), hint="admin1", priority=3,
                    lookup=f"{name} {unit}")


def _part_of(gaz: Gazetteer, res: Resolution, directions: list[tuple[float, float]]) -> Resolution:
    """The compass part of the resolved place ("northern Syria", "central Washington")."""
    assert res.place is not None
    lat, lon = region_point(gaz, res.place, directions)
    adjectives = " and ".join(dict.fromkeys(_ADJECTIVES.get(d, "central") for d in directions))
    return replace(res, feature="region", precision="region", name=f"{adjectives} {res.place.name}",
                   lat=lat, lon=lon, why=f"part of {res.place.name} ({res.why})")


def _town_institution_next(text: str, end: int) -> bool:
    """Whether what a town keeps follows a name: its police, schools, seniors, lodges ("Wamego Seniors
    Center", "Flemington Elks") or its high school abbreviated ("Stonington H.S.")."""
    return find.next_word(text, end) in _LOCAL_INSTITUTIONS or _HIGH_SCHOOL_AFTER.match(text, end) is not None


def _surnames_of_people(ents: Iterable[Span], text: str) -> set[str]:
    """The last words of the people the model names in full ("Smith" of "Jane Smith")."""
    return {text[e.start_char:e.end_char].split()[-1] for e in ents
            if e.label_ == "PERSON" and " " in text[e.start_char:e.end_char].strip()}


def _possessor_names(text: str, start: int) -> Iterator[str]:
    """The run of capitalised words before "'s" ahead of `start`, then its shorter endings, longest
    first ("the Iraqi capital Baghdad's" → … "Baghdad"): the names that may own what follows."""
    m = _POSSESSOR.search(text, max(0, start - 40), start)
    if m:
        for k in range(m.start(1), m.end(1)):
            if k == m.start(1) or text[k - 1] == " ":
                yield text[k:m.end(1)]


@lru_cache(maxsize=4)
def _dateline_keys(text: str) -> frozenset[str]:
    """The keys of the names the text's datelines give (cached: asked once per surname-like mention)."""
    return frozenset(place_key(text[d.start:d.end]) for d in PlaceAnnotator._datelines(text))


def _town_use(text: str, start: int, end: int) -> bool:
    return bool(_TOWN_USE.match(text, end) or _TOWN_USE_BEFORE.search(text[max(0, start - 60):start]))


def _kind_hint(before: str | None) -> str | None:
    """What "the province of X" / "the city of X" says X is."""
    if before in ("province", "governorate", "state", "region", "district", "oblast", "county"):
        return "admin1"
    if before in ("city", "town", "village", "capital", "suburb"):
        return "city"
    return None


def _record(doc: Doc) -> list[dict[str, Any]]:
    """The place facts, in text order (their offsets are the evidence's own, not the tokens')."""
    return [dict(s._.ng_place) for s in doc.spans.get(SPANS_KEY, []) if s._.ng_place]


@annotator("ng_places", layer="places", needs=["parts", "entities"], to_record=_record,
           requires=["doc.ents", "doc.sents", "token.dep", "doc.spans"], assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlaceAnnotator:
    """spaCy factory for `nlp.add_pipe("ng_places")`; the gazetteer loads once per process."""
    return PlaceAnnotator(name)


__all__ = ["SPANS_KEY", "PlaceAnnotator"]
