"""Word lists and patterns of ng_actors (written for newsgraph): what names an actor, a state's
institutions, titles and roles, credits and bylines, and the words around a capital that make it
speak for its government."""

from __future__ import annotations

import re

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"LOC", "FAC"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "we", "i", "it"})

# The words after a state's name or adjective that name one of its institutions, with the sector
# (CAMEO/PLOVER), kind and the common noun the built-in base files them under.
INSTITUTIONS: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(["forces", "troops", "military", "army", "soldiers", "armed forces", "security forces",
                     "ground forces", "special forces", "combat forces", "military forces", "navy", "air force",
                     "marines", "defence forces", "defense forces"], ("MIL", "military", "forces")),
    **dict.fromkeys(["government", "administration", "authorities", "cabinet", "leadership"],
                    ("GOV", "government body", "government")),
    **dict.fromkeys(["junta", "military government", "military junta"], ("GOV", "government body", "junta")),
    **dict.fromkeys(["lawmakers", "mps", "parliament", "legislators", "parliamentarians", "legislature"],
                    ("LEG", "government body", "parliament")),
    **dict.fromkeys(["police", "police forces"], ("COP", "government body", "police")),
    **dict.fromkeys(["intelligence", "intelligence service", "intelligence services", "intelligence agency"],
                    ("SPY", "government body", "intelligence service")),
    **dict.fromkeys(["judiciary", "courts"], ("JUD", "government body", "judiciary")),
    **{f"{what} ministry": ("GOV", "government body", f"{what} ministry") for what in (
        "defence", "defense", "foreign", "interior", "health", "finance", "oil", "justice", "information", "economy",
        "education", "intelligence")},
}
INSTITUTION_AFTER = re.compile(
    r"(?P<own>['’]s\s+(?:(?:ruling|current|interim|new|former)\s+)?)?(?:\s+|-)?"
    r"(" + "|".join(sorted((re.escape(k) for k in INSTITUTIONS), key=len, reverse=True)) + r")\b", re.I)
NEXT_WORDS = re.compile(r"(?:[ -][\w’'-]+){1,3}")
LED = re.compile(r"-(?:led|backed)\s+(coalition|forces)\b", re.I)
REGIME = re.compile(r"\s+regime\b")

ROLE_HEAD = (r"(?:leader|head|chief|commander(?:-in-chief)?|president|prime minister|minister|chancellor|"
              r"commissioner(?:-general)?|"
              r"spokes(?:man|woman|person)|secretary[- ]general|secretary of state|secretary|chairman|chairwoman|"
              r"founder|director|envoy|ambassador|governor|mayor|king|emir|crown prince|adviser|advisor|speaker|"
              r"coordinator|general|chief of staff)")
ROLE_MOD = (r"(?:(?:deputy|vice|acting|interim|top|senior|supreme|military|political|foreign|defen[cs]e|interior|"
             r"finance|security|general|assistant|executive|founding|de facto|former|spiritual|overall|"
             r"field|regional|local|national|majority|minority|opposition|army|party|group|movement)\s+)")
ROLE = rf"(?P<role>{ROLE_MOD}{{0,3}}{ROLE_HEAD}(?:\s+(?:minister|secretary))?)"
ROLE_THEN_OF = re.compile(rf"\b{ROLE}\s+(?:of|for|at|in)\s+(?:the\s+)?", re.I)
ROLE_AT_END = re.compile(rf"\b{ROLE},?\s*$", re.I)  # "the army chief, Abdel Fattah al-Burhan,"
ROLE_AT_START = re.compile(rf"^{ROLE}\b", re.I)
APPOSITION = re.compile(r"^,\s+(?:(?:the|a|an|its|his|her|their)\s+)?", re.I)
MEMBER = re.compile(r"^(?:,\s+(?:a|an)\s+(?:(?:senior|leading|prominent|veteran)\s+)?"
                     r"(?:(?:member|figure|official|lawmaker|politician)\s+(?:of|in|from)\s+(?:the\s+)?)?|"
                     r"\s+of\s+the\s+)(?=[A-Z])")
LED_BY = re.compile(r"^,?\s*(?:which\s+is\s+|that\s+is\s+|who\s+are\s+)?(?:led|headed|commanded)\s+by\s+"
                     r"(?:(?:President|General|Gen\.|Colonel|Sheikh|Prime Minister)\s+)?")
WHO_LEADS = re.compile(r"^,\s+who\s+(?:now\s+|also\s+|still\s+)?(leads|heads|commands|chairs|runs)\s+(?:the\s+)?",
                       re.I)
GROUP_POSSESSIVE = re.compile(r"\b[Tt]he\s+(group|movement|militia|party|organi[sz]ation|alliance|faction|network)"
                              r"['’]s?\s+$")
# lower-case words between a nationality and a name: "Iraqi Shiite cleric", "Syrian opposition figure"
NOUNS_BETWEEN = re.compile(r"^\s+(?:[a-z][\w-]*\s+){1,3}$")
FORMER = re.compile(r"(?:\b(?:former|ex|late|then|erstwhile)[\s-]+)$", re.I)
NP_END = re.compile(r"[,.;:()\[\]–—\"“”]|\s+of\s+|\s+and\s+|\s+who\s+|\s+which\s+|\s+said\b|\s+has\s+|\s+was\s+")
HEADS_OF_STATE = frozenset({"president", "prime minister", "king", "emir", "crown prince", "chancellor",
                             "supreme leader", "interim president"})
TOPIC_WORDS = re.compile(r"^(?:(?:military|national security|security|senior|top|powerful)\s+)+(?=\S)", re.I)

ACRONYM = re.compile(r"^\s*\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
KNOWN_AS = re.compile(r"^(?:,?\s*(?:(?:better|also|more commonly|commonly|widely|locally|formerly|popularly)\s+)?"
                       r"known as|,\s*(?:also\s+)?(?:called|dubbed)|\s+or\s+(?=[A-Z]))\s+(?:the\s+)?", re.I)
# "the Arab country", "the war-torn country"; a bare "the country" is left alone (it works like a pronoun)
THE_COUNTRY = re.compile(r"\b[Tt]he\s+(?:[A-Z][a-z]+|war-torn|neighbou?ring|oil-rich|landlocked)\s+country\b")
ADMINISTRATION = re.compile(r"^\s+administration\b")
CREDIT_LINE = re.compile(r"(?:^|\n)\s*\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|"
                          r"photo(?:graph)?s?|"
                          r"images?|credit|video|source|by|written)\b[^\n]*$", re.I)
PHOTO_BY = re.compile(r"(?:photo|image|picture|credit|file photo)s?\s*(?:by|:|/|©)\s*[^()\n]{0,40}$", re.I)
DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .,'’-]{1,40}\(\s*$")
DATELINE_AFTER = re.compile(r"^\s*\)\s*[-–—:]")
LOCATIVE = re.compile(r"\b(?:in|at|near|into|outside|inside|around|across|of|over|on)\s+$", re.I)
# Ranks and honorifics between a title and a name: "Pentagon spokesman Major General Pat Ryder".
RANKS = re.compile(r"(?<![\w-])(?:\b(?:(?:Senior|Major|Lieutenant|Brigadier|Lt\.?|Maj\.?|Brig\.?)\s+)?"
                    r"(?:General|Gen\.|Colonel|Col\.|"
                    r"Admiral|Adm\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Sergeant|Marshal|Field Marshal)|"
                    r"\b(?:Rear|Vice)\s+Admiral|\bAyatollah|\bGrand Ayatollah|\bSheikh|\bSayyed|\bDr\.|\bMr\.|\bMrs\.|"
                    r"\bMs\.|\bSen\.|\bRep\.)\s+$")
LEADING_TITLE = re.compile(r"^(?:(?:Grand\s+)?Ayatollah|Sheikh|Sayyed|Sayyid|General|Gen\.|Colonel|Col\.|President|"
                            r"Prime Minister|Minister|Senator|Sen\.|Dr\.|Mr\.|Mrs\.|Ms\.|King|Prince|Crown Prince|"
                            r"Emir|Commander|Lt\.?\s+Gen\.|Major General|Brigadier General)\s+")
TITLED_NAME = re.compile(r"\b(?:President|Chancellor|Prime Minister|Premier|King|Emir|Minister|Secretary|Senator|"
                         r"General|Gen\.|Ayatollah|Sheikh|Speaker|Leader)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3})$")
DEALING_VERBS = frozenset({"accuse", "inform", "urge", "warn", "ask", "tell", "pressure", "blame", "criticise",
                            "criticize", "condemn", "support", "back", "threaten", "thank", "praise", "call", "notify",
                            "lobby", "persuade", "press", "reassure", "sanction", "punish", "help", "join", "invite"})
MOTION_VERBS = frozenset({"travel", "fly", "arrive", "return", "move", "go", "come", "head", "visit", "flee", "live",
                           "drive", "march", "walk", "road", "deport", "evacuate", "transfer", "relocate", "bring",
                           "take", "leave", "reach", "enter"})
PLACE_NOUNS = frozenset({"road", "highway", "flight", "flights", "trip", "journey", "route", "convoy", "way"})
STATE_BODY = re.compile(r"\b[Tt]he\s+((?:federal|central|national)\s+government|(?:ruling\s+|military\s+)?(junta))\b")
DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w’'-]*-(?:backed|based|aligned|allied|funded|affiliated)|[A-Z][a-z]+(?:ese|ian|ani|i|an))\s+"
    r"(?:(?:armed|militant|paramilitary|rebel|Shiite|Sunni|Islamist|jihadist|news|media|militia)\s+)?"
    r"(group|movement|militia|network|faction|organi[sz]ation|outfit|broadcaster|channel|monitor|"
    r"alliance|coalition|party))\b")
# Which organisations a description can stand for ("the Iran-backed group" is no ministry).
DESCRIBED_KINDS: dict[str, frozenset[str | None]] = {
    **dict.fromkeys(["group", "movement", "militia", "faction", "outfit", "alliance", "coalition", "party",
                     "organisation", "organization"],
                    frozenset({None, "armed group", "organisation", "political party"})),
    **dict.fromkeys(["network", "broadcaster", "channel"], frozenset({None, "media"})),
    "monitor": frozenset({None, "NGO", "organisation"}),
}
ORG_WORDS = frozenset({"union", "party", "army", "front", "council", "movement", "brigades", "brigade", "forces",
                        "ministry", "committee", "organization", "organisation", "alliance", "group", "agency",
                        "assembly", "government", "league", "corps", "command", "rally", "coalition"})
STOPWORDS = frozenset({"of", "the", "and", "for", "in", "al", "de", "la", "le"})
