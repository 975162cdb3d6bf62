"""Words that look like place names or nationality words and are something else (ng_places):
regional adjectives, languages, ancestry, venues, photo credits, agencies' subjects."""

from __future__ import annotations

import re

from . import _place_find as find

# Adjectives of regions, countries' parts and continents' parts: "Middle Eastern", "South East Asian",
# "Latin American" (not the United States of "American"), "English" (England, more precisely than
# the United Kingdom)
REGION_ADJECTIVES = {
    "Middle Eastern": "Middle East", "Southeast Asian": "Southeast Asia", "South East Asian": "Southeast Asia",
    "South-East Asian": "Southeast Asia", "South Asian": "South Asia", "East Asian": "East Asia",
    "Central Asian": "Central Asia", "West African": "West Africa", "East African": "East Africa",
    "North African": "North Africa", "Southern African": "Southern Africa", "Sub-Saharan": "Sub-Saharan Africa",
    "sub-Saharan": "Sub-Saharan Africa", "Latin American": "Latin America", "Central American": "Central America",
    "South American": "South America", "North American": "North America", "Eastern European": "Eastern Europe",
    "Western European": "Western Europe", "Central European": "Central Europe", "Scandinavian": "Scandinavia",
    "Balkan": "Balkans", "Siberian": "Siberia", "Anatolian": "Anatolia", "Kurdish": "Kurdistan",
    "Kurds": "Kurdistan", "Arab": "Arab world",
    "English": "England", "Scottish": "Scotland", "Welsh": "Wales", "Northern Irish": "Northern Ireland",
    # provinces and territories whose people's word news uses for them: "Chechen fighters", "the South
    # Ossetian separatists", "an independent Basque homeland"
    "South Ossetian": "South Ossetia", "North Ossetian": "North Ossetia", "Abkhaz": "Abkhazia",
    "Abkhazian": "Abkhazia", "Chechen": "Chechnya", "Dagestani": "Dagestan", "Ingush": "Ingushetia",
    "Crimean": "Crimea", "Transnistrian": "Transnistria", "Tibetan": "Tibet", "Kashmiri": "Kashmir",
    "Darfuri": "Darfur", "Basque": "Basque Country", "Catalan": "Catalonia", "Sicilian": "Sicily",
    "Sardinian": "Sardinia", "Corsican": "Corsica", "Bavarian": "Bavaria", "Flemish": "Flanders",
    "Walloon": "Wallonia", "Tuscan": "Tuscany", "Andalusian": "Andalusia", "Quebecer": "Quebec",
    "Québécois": "Quebec", "Quebecois": "Quebec", "Patagonian": "Patagonia",
}
# peoples' words that name no language (theirs is Arabic, Kurdish): "in Arab, Alabama" is a town
NOT_LANGUAGES = frozenset({"Arab", "Arabs", "Kurds"})
REGION_ADJECTIVE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(REGION_ADJECTIVES, key=len, reverse=True))
    + r")(?:s|ers)?(?![\w])")
# Peoples' and faiths' words that are no country's demonym but some small place's name: "the Arab
# Spring" (not Arab, Alabama), "Jewish settlers" (not the Jewish Autonomous Oblast)
PEOPLES = frozenset({"Arab", "Arabs", "Jewish", "Jews", "Muslim", "Muslims", "Hispanic", "Latino", "Latina",
                     "Berber", "Bedouin", "Sunni", "Shiite", "Shia", "Alawite", "Druze", "Yazidi", "Pashtun",
                     "Baloch", "Tutsi", "Hutu", "Sikh", "Hindu", "Buddhist"})
# The planets, the Moon and the Sun, which small towns share ("return to Earth": not Earth, Texas)
HEAVENLY_BODIES = frozenset({"earth", "moon", "mars", "venus", "jupiter", "saturn", "neptune", "uranus", "pluto",
                             "mercury", "sun"})
# A venue named after a person or a word, which a small town shares: "Carnegie Hall", "the Golden
# Theatre", "Dizzy's Club", "King's College London"
# The words of a newspaper's name after its town's ("the Mt. Pleasant News", "the Lake Geneva Regional News",
# "The Berea Citizen"), as a regular-expression alternation
NEWSPAPER_WORDS = (r"News|Times|Herald|Journal|Gazette|Tribune|Courier|Post|Register|Record|Press|Chronicle|Star|"
                   r"Sun|Leader|Observer|Dispatch|Bulletin|Sentinel|Examiner|Advocate|Telegraph|Standard|Messenger|"
                   r"Banner|Mercury|Globe|Beacon|Review|Daily|Citizen|Reporter|Democrat|Enquirer|Telegram|Ledger|"
                   r"Argus|Advertiser|Courant|Clarion|Pantagraph")
VENUE_AFTER = re.compile(r"[ ]+(?:Hall|Theatre|Theater|Club|Opera|Gallery|Studios?|Ballroom|Lounge|Playhouse|"
                          r"Auditorium|Pavilion|Amphitheat(?:er|re)|Records)\b"
                          r"|['’]s[ ]+(?:College|University|School|Hospital|Club|Bar|Cafe|Café|Restaurant|Hall)\b")
# A professional team's nickname after its town's name ("the Seattle Seahawks", "Bolton Wanderers"):
# news geoparsing corpora count the town, which the model may swallow into a person's name
TEAM_AFTER = re.compile(
    r"[ ]+(?:Seahawks|Yankees|Lakers|Mets|Giants|Jets|Knicks|Nets|Celtics|Red Sox|Patriots|Bruins|Cubs|Bears|"
    r"Bulls|White Sox|Blackhawks|Dodgers|Clippers|Rams|Chargers|49ers|Warriors|Raiders|Cowboys|Mavericks|"
    r"Rangers|Texans|Astros|Rockets|Spurs|Falcons|Hawks|Braves|Dolphins|Heat|Marlins|Buccaneers|Lightning|"
    r"Ravens|Orioles|Eagles|Phillies|76ers|Sixers|Flyers|Steelers|Pirates|Penguins|Browns|Cavaliers|Guardians|"
    r"Bengals|Reds|Lions|Tigers|Pistons|Red Wings|Packers|Brewers|Bucks|Vikings|Twins|Timberwolves|Cardinals|"
    r"Blues|Chiefs|Royals|Broncos|Nuggets|Rockies|Avalanche|Mariners|Sounders|Trail Blazers|Suns|Coyotes|"
    r"Diamondbacks|Saints|Pelicans|Panthers|Hornets|Colts|Pacers|Titans|Predators|Grizzlies|Jaguars|Bills|"
    r"Sabres|Senators|Capitals|Wizards|Nationals|Commanders|Redskins|Thunder|Jazz|Kings|Sharks|Ducks|Padres|"
    r"Magic|Raptors|Blue Jays|Maple Leafs|Canadiens|Oilers|Flames|Canucks|Jets|Golden Knights|Kraken|"
    r"Wanderers|Rovers|Albion|Athletic|Hotspur|Argyle)\b")
# school and junior teams' nicknames after their town's name ("the Cave Spring Knights", "the Salem
# Spartans") — plural mascots no place's name ends with
MASCOT_AFTER = re.compile(
    r"[ ]+(?:Spartans|Knights|Wildcats|Bulldogs|Mustangs|Trojans|Cougars|Bobcats|Huskies|Wolverines|Crusaders|"
    r"Rebels|Hurricanes|Mavericks|Gators|Seminoles|Hoosiers|Buckeyes|Longhorns|Aggies|Sooners|Razorbacks|"
    r"Gophers|Badgers|Hawkeyes|Cyclones|Jayhawks|Wolfpack|Tar Heels|Blue Devils|Demon Deacons|Gamecocks|"
    r"Volunteers|Commodores|Bearcats|Redhawks|Red Raiders|Golden Eagles|Warhawks|Yellow Jackets|Minutemen|"
    r"Pioneers|Lumberjacks|Miners|Rockets|Comets|Hornets|Owls|Cavaliers|Generals|Colonels|Chargers)\b")
CREDIT_AFTER = re.compile(r"[ ]+via[ ]+(?:Getty|AP|AFP|Reuters|Shutterstock|Alamy|EPA|Zuma|Sipa)\b|[ ]*/[ ]*"
                           r"(?:Getty|AP|AFP|Reuters|Shutterstock|Alamy|EPA)\b")
# A photographer's credit in parentheses, name and agency's initials: "(Zen Trinidad/PNA)"
_PHOTO_CREDIT = re.compile(r"\((?:Photo:[ ]*)?([A-Z][a-z]+(?:[ ][A-Z]\.)?[ ][A-Z][a-z’'-]+)[ ]?/[ ]?[A-Z]{2,6}\)")


def in_credit(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a photographer's name in a credit: "(Zen Trinidad/PNA)"."""
    return any(m.start(1) <= start and end <= m.end(1)
               for m in _PHOTO_CREDIT.finditer(text, max(0, start - 40), min(len(text), end + 12)))


# "the departments of Justice, Commerce and Defense", "Secretary of Energy": agencies' subjects, not towns
AGENCY_OF = re.compile(r"\b(?:[Dd]epartments?|[Ss]ecretar(?:y|ies)|[Mm]inistr(?:y|ies)|[Mm]inisters?|[Bb]ureaus?|"
                        r"[Oo]ffices?)[ ]+of[ ]+(?:the[ ]+)?([A-Z][\w-]*(?:[ ][A-Z][\w-]*)?"
                        r"(?:,[ ]+(?:and[ ]+)?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)*(?:,?[ ]+and[ ]+[A-Z][\w-]*)?)")
# A nationality word naming a language: "conducted online in English and Spanish", "speaks French."
_LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "learn", "learning", "learned",
                              "fluent", "translated", "teach", "teaches", "taught", "study", "studied"})
_LANGUAGE_AFTER = re.compile(r"(?:[ ]+(?:and|or)[ ]+[A-Z][a-z]+)?(?:[ ]*[.,;:)!?\"”]|$)|[ ]+(?:language|languages|"
                             r"translation|translations|subtitles|speakers|speaking|dialect|version|edition|lessons|"
                             r"class|classes|teacher|teachers|course|courses|literature|grammar|words?)\b")
# school subjects listed with a language: "concepts in science and English", "English and math scores"
_SUBJECTS = (r"(?:math|maths|mathematics|science|sciences|history|geography|art|music|reading|writing|biology|"
             r"chemistry|physics|algebra|literature|economics|social[ ]+studies)")
_SUBJECT_BEFORE = re.compile(rf"\b{_SUBJECTS},?[ ]+(?:and|or)[ ]+$")
_SUBJECT_AFTER = re.compile(rf",?[ ]+(?:and|or)[ ]+{_SUBJECTS}\b")
# "African-American", "Chinese American": an American's ancestry, not a mention of Africa or China
ETHNIC_AMERICAN = re.compile(r"[-‑ ]Americans?\b")


def is_language(text: str, start: int, end: int) -> bool:
    """Whether a nationality word names a language: "in English and Spanish", "speaks French.",
    "the Arabic translation" — not "in French politics"."""
    if re.match(r"[ ]+(?:language|languages|translation|subtitles|speakers|dialect|version|edition)\b",
                text[end:end + 14]):
        return True
    if find.previous_word(text, start) == "in" and re.match(r"[ ]+(?:and|or)[ ]+(?:English|French|Spanish|Arabic|"
                                                           r"German|Russian|Chinese|Mandarin|Portuguese|Hebrew|Italian|"
                                                           r"Japanese|Korean|Hindi|Urdu|Persian|Farsi|Turkish|Kurdish|"
                                                           r"Ukrainian|Dutch|Swahili)\b", text[end:end + 20]):
        return True  # "conducted online in English and Spanish Feb. 22-27"
    if _SUBJECT_BEFORE.search(text, max(0, start - 40), start) or _SUBJECT_AFTER.match(text, end):
        return True  # "concepts in science and English", "English and math scores": a school subject
    first = re.search(r"([A-Z][a-z]+)[ ]+(?:and|or)[ ]+$", text[max(0, start - 40):start])
    if first is not None:  # "Spanish" of "in English and Spanish": as the first word is
        first_start = max(0, start - 40) + first.start(1)
        return is_language(text, first_start, first_start + len(first.group(1)))
    return find.previous_word(text, start) in _LANGUAGE_BEFORE and _LANGUAGE_AFTER.match(text, end) is not None


def resident_words(name: str) -> set[str]:
    """The words English forms for a place's people from its name, singular and plural: "Ontarians",
    "New Londoners", "Dagestani", "Texans", "Bostonian", "Abkhaz". Many are no words at all
    ("Bostoners"); the caller looks for them in a text that names the place, where only the real
    ones occur."""
    stems = {name + "er", name + "ite"}
    if name.endswith("a"):
        stems |= {name + "n"}  # Iowan, South Ossetian
        if name.endswith("ia") and len(name) > 6:
            stems.add(name[:-2])  # Abkhazia → Abkhaz (as a word of its own; the caller drops given names)
    elif name.endswith("o"):
        stems |= {name[:-1] + "an", name + "an"}  # Ontarian, Chicagoan
    elif name.endswith("stan"):
        stems.add(name + "i")  # Dagestani
    elif name.endswith("as"):
        stems.add(name[:-2] + "an")  # Texan, Kansan
    elif name[-1:].isalpha() and name[-1] not in "aeiouy":
        stems |= {name + "ian", name + "i"}  # Bostonian, Parisian
    return {form for stem in stems for form in (stem, stem + "s")} - {name}


__all__ = ["AGENCY_OF", "CREDIT_AFTER", "ETHNIC_AMERICAN", "NOT_LANGUAGES", "REGION_ADJECTIVE", "REGION_ADJECTIVES",
           "VENUE_AFTER", "in_credit", "is_language", "resident_words"]

# Spellings of British (and Commonwealth) English and their American counterparts, lower case only
# ("Labour Party", "Pew Research Center" are names, written so everywhere)
_BRITISH_SPELLING = re.compile(
    r"\b(?:honour|favour|colour|neighbour|behaviour|labour|harbour|rumour|defence|offence|programme|centre|"
    r"theatre|metre|kilometre|whilst|amongst|organis|recognis|realis|criticis|apologis|emphasis(?:e|ed|es|ing)\b|"
    r"licence|travell|jewellery|tyre|grey|mum\b|cheque|catalogue|analys(?:e|ed|ing)\b|paediatric|anaesthe|"
    r"manoeuvr|aluminium|fulfil\b|pyjama|storey|[Cc]ouncillor)")
_AMERICAN_SPELLING = re.compile(
    r"\b(?:honor|favor|color|neighbor|behavior|labor\b|labored|harbor|rumor|defense|offense|program\b|programs\b|"
    r"center|theater|kilometer|organiz|recogniz|realiz|criticiz|apologiz|emphasiz|license|travel(?:ed|ing)\b|"
    r"jewelry|gray|mom\b|catalog\b|analyz|pediatric|anesthe|maneuver|aluminum|pajama)")


def british_spelling(text: str) -> bool:
    """Whether the text is written in British (or Commonwealth) spelling — "honour", "defence",
    "whilst" at least twice and no American spelling: no American paper's local news, whose towns
    go unqualified."""
    return len(_BRITISH_SPELLING.findall(text)) >= 2 and not _AMERICAN_SPELLING.search(text)
