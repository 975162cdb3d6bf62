"""The lookup key of a place name.

Place names reach English news through many transliterations: "Ain al-Assad", "‘Ayn al Asad",
"Al Asad"; "Deir ez-Zor" and "Dayr az Zawr"; "As Sulaymānīyah" and "Sulaymaniyah". The key
forgives what varies without meaning: case, accents, apostrophes and ayin marks (’ ‘ ' ʿ ʾ),
hyphens, a leading "the", the Arabic article (al-, el-, and its assimilated forms an-, ar-, as-, ash-, ad-, az- …
before the letter they copy: "an-Najaf", "ash-Sham"), spellings of ‘ayn ("Ain", "Ayn", "Ein"), French
compass words ("Nord-Kivu") and doubled letters ("Assad" / "Asad"). Two different places may share a key; the gazetteer
keeps every candidate and the resolver chooses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = re.compile(r"[’‘'`´ʿʾʻʼ\u02b9\u02bc\u02bd]")
_SEPARATORS = re.compile(r"[\W_]+")
_DOUBLES = re.compile(r"([a-z])\1+")
# The article's assimilated forms, written as the copied consonant: ad-Din, as-Sulaymaniyah.
_SUN_ARTICLES = {"ad": "d", "an": "n", "ar": "r", "as": "s", "at": "t", "az": "z", "ash": "sh", "ath": "th",
                 "adh": "dh", "ed": "d", "en": "n", "er": "r", "es": "s", "et": "t", "ez": "z", "esh": "sh",
                 "ud": "d", "un": "n", "ur": "r", "us": "s", "ut": "t", "uz": "z", "ush": "sh"}
_ARTICLES = frozenset({"al", "el", "il", "ul"})
_AYN = {"ayn": "ain", "ein": "ain", "ayin": "ain", "ayun": "ain", "uyun": "ain",
        # French compass words in official names: "Nord-Kivu" is "North Kivu"
        "nord": "north", "sud": "south", "ouest": "west"}
# A compass word's initial opening a name: "W. Columbia" is West Columbia, "S. Korea" South Korea.
_COMPASS_INITIALS = {"n": "north", "s": "south", "e": "east", "w": "west"}
# abbreviated words of names, before the last word ("Mt. Pleasant", "Ft. Worth"): the gazetteers
# list most such towns under the full word only. ("St." is left as it is: the packages list the
# saints' towns under both spellings, and "St Vincent" the singer would become a French village.)
_NAME_ABBREVIATIONS = {"mt": "mount", "ft": "fort"}
# Words that say what kind of place a name is; `core_key` drops them ("Anbar province").
KIND_WORDS = frozenset({
    "province", "governorate", "region", "district", "state", "oblast", "county", "prefecture",
    "municipality", "department", "emirate", "territory", "canton", "wilaya", "vilayet", "muhafazah",
    "krai", "kray", "okrug", "autonomous", "regency",
    "city", "town", "village", "camp", "area", "of",
})


# letters Unicode does not decompose into a base letter and an accent, as English news writes them:
# "Điện Biên" is Dien Bien, "Diyarbakır" Diyarbakir, "Łódź" Lodz, "Tromsø" Tromso, "Gəncə" Ganca
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ə": "a", "Ə": "A", "ħ": "h",
                               "Ħ": "H", "þ": "th", "Þ": "Th"})


def fold(text: str) -> str:
    """Accents stripped (and the letters without a decomposition written as English writes them)
    and case folded; nothing else changed."""
    if text.isascii():
        return text.casefold()  # (the same: nothing to strip; most names are asked so)
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)  # asked for every candidate of every mention
def spelling(name: str) -> str:
    """The name as spelt, less case, accents, apostrophes and separators: "Samara" and "Samarra"
    differ here though they share a key."""
    return " ".join(_SEPARATORS.sub(" ", _MARKS.sub("", fold(name))).split())


_ABBREVIATED_WORD = re.compile(r"\b(Mt|Ft)\.?\s+(?=\w)", re.IGNORECASE)


def spelled_out(name: str) -> str:
    """The name with its abbreviated words written out: "Mt. Pleasant" → "Mount Pleasant"."""
    return _ABBREVIATED_WORD.sub(lambda m: _NAME_ABBREVIATIONS[m.group(1).lower()] + " ", name)


@lru_cache(maxsize=65536)  # the annotator asks for the same words again and again
def place_key(name: str) -> str:
    """The lookup key: ``place_key("‘Ayn al-Asad") == place_key("Ain al-Assad") == "ain asad"``."""
    text = _MARKS.sub("", fold(name))
    words = _SEPARATORS.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # "the Gaza Strip", "the Netherlands"
    if len(words) > 1 and words[0] in _COMPASS_INITIALS:
        words = [_COMPASS_INITIALS[words[0]], *words[1:]]  # "W. Columbia", "N. Korea"
    kept: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None:
            word = _NAME_ABBREVIATIONS.get(word, word)
        if nxt is not None and (word in _ARTICLES or (word in _SUN_ARTICLES and nxt.startswith(_SUN_ARTICLES[word]))):
            continue  # the article before a word: al-Anbar, an-Najaf, ez-Zor
        kept.append(_AYN.get(word, word))
    return _DOUBLES.sub(r"\1", " ".join(kept))


def same_name_key(name: str) -> str:
    """The key under which two mentions are one name: "Dublin City" is "Dublin" said in full."""
    key = place_key(name)
    return key[:-5] if key.endswith(" city") and len(key) > 5 else key


_VOWELS = re.compile(r"[aeiouy]+")


def _vowel_class(group: str) -> str:
    return "i" if "i" in group or "y" in group else "u" if "o" in group or "u" in group else "a"


_FRENCH_W = re.compile(r"ou(?=[aei])")


def _anglicised(word: str) -> str:
    """French transliteration's letters as English writes them: "dj" is "j", "q" is "k", and "ou"
    before a vowel is "w" ("Ouargla" / "Wargla", "Tinzaouaten" / "Tinzawaten")."""
    return _FRENCH_W.sub("w", word.replace("dj", "j").replace("q", "k"))


def vowels_classed(word: str) -> str:
    """A word with each run of vowels written as its class: "i" for any with i or y (ei, ay, ee),
    else "u" for any with o or u (ou, oo), else "a" (a, e): the distinctions transliterations
    blur ("zuweid" and "zuwayd" → "zuwid"; "shahroud" and "shahrud" → "shahrud"), not the ones
    that make another name ("kisima" / "kisumu")."""
    return _VOWELS.sub(lambda m: _vowel_class(m.group(0)), _anglicised(word))


def consonants(key: str) -> str:
    """A key's consonants, its words kept apart: what transliterations of a name from Arabic,
    Persian or Amharic keep when they spell its vowels otherwise ("shahroud" / "shahrud" → "shhrd";
    "zuweid" / "zuwayd" → "zwd"), French spellings as English ones (`_anglicised`)."""
    return " ".join(_VOWELS.sub("", _anglicised(w)) for w in key.split())


@lru_cache(maxsize=16384)
def core_key(name: str) -> str:
    """The key without words naming the kind of place: "Anbar province" → "anbar". The whole key
    when nothing else would be left ("State")."""
    key = place_key(name)
    words = [w for w in key.split() if w not in KIND_WORDS]
    return " ".join(words) if words else key


# a British town named "X upon Y", "X-on-Y", "X-under-Y" (group 1: X, group 2: the river)
RIVER_TOWN = re.compile(r"([A-Z][a-z]+)(?:[ -](?:upon|on|under)[ -])([A-Z][a-z]+)")
_SAINT = re.compile(r"^(Saint|Sainte) (?=[A-Z])")


def saint_abbreviated(name: str) -> str | None:
    """A saint's name as news abbreviates it: "Saint Croix County" → "St. Croix County", "Sainte
    Genevieve County" → "Ste. Genevieve County" (None when the name opens with no saint)."""
    return _SAINT.sub(lambda m: "St. " if m.group(1) == "Saint" else "Ste. ", name) if _SAINT.match(name) else None


_SAINT_SHORT = re.compile(r"^(St|Ste)\.?[ ]+(?=[A-Z])")


def saint_spelt(name: str) -> str:
    """The other way: a saint's abbreviated name spelt out, as the post offices' and counties' indexes key
    it ("St. George" → "Saint George", "Ste. Genevieve" → "Sainte Genevieve"); other names as they are."""
    return _SAINT_SHORT.sub(lambda m: "Saint " if m.group(1) == "St" else "Sainte ", name)


__all__ = [
    "KIND_WORDS", "RIVER_TOWN", "consonants", "core_key", "fold", "place_key", "saint_abbreviated", "saint_spelt",
    "same_name_key", "vowels_classed"
]
