"""Stories across articles: the same happening told by several outlets, and how many of them are
independent of each other.

Two articles tell the same story when their distinctive words and names overlap strongly
(TF-IDF cosine over content words, names weighted up) and, where both are dated, they appeared
within a few days of each other. An article is a *copy* of another when most of its word
5-grams are the other's (a wire story republished): copies join the story but add no
independent voice. Outlets with the same owner are one voice too. Corroboration is the number of
independent voices in a story.

Pure functions over `StoryInput`s (no SQL, no spaCy): the store supplies them and keeps the
result; cheap enough to recompute for a whole store (an inverted index over each article's top
terms limits the pairs compared).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]", re.UNICODE)
# Numbers tell stories apart ("27 killed", "211 trillion dinars"); years and small counts less so.
NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\d(?![\w])|(?<![\w.])\d(?![\w.,])")
# Words that say nothing about which story an article tells.
STOPWORDS = frozenset(str.split("""
    the a an and or but of in on at to for from by with without about against between into through during
    before after above below over under again further then once here there when where why how all any both
    each few more most other some such no nor not only own same so than too very can will just should now
    is are was were be been being have has had having do does did doing would could might must shall may
    he she it they them their his her its we our you your i me my this that these those who whom which what
    said says say told tell according also including while since until as if because however although
    would new one two three first last year years week weeks day days month months monday tuesday wednesday
    thursday friday saturday sunday officials official people reuters afp ap spokesman spokeswoman statement
    """))

SAME_STORY = 0.2  # cosine of TF-IDF vectors; set on the 12 articles of tests/fixtures/stories.jsonl
COPY = 0.6  # share of word 5-grams: above it, one article is a republished copy of the other
MAX_DAYS_APART = 4
TOP_TERMS = 25  # the terms indexed per article to find candidate pairs


@dataclass(frozen=True)
class StoryInput:
    """What the story clustering needs of one article."""

    article_id: str
    text: str
    names: tuple[str, ...] = ()  # entity names (people, organisations, places) in the article
    published: str | None = None  # ISO date, when known
    outlet: str | None = None  # outlet key (domain or name)
    owner: str | None = None  # who owns the outlet: outlets of one owner are one voice


@dataclass
class Story:
    id: str  # "story_" + the first article's id: stable while that article stays
    article_ids: list[str]
    copies: dict[str, str] = field(default_factory=dict)  # article → the article it copies
    voices: list[str] = field(default_factory=list)  # independent voices (owner or outlet) in order
    links: list[tuple[str, str, float]] = field(default_factory=list)  # the pairs that joined it

    @property
    def corroboration(self) -> int:
        """Independent outlets telling the story."""
        return len(self.voices)


def _stem(word: str) -> str:
    """A crude suffix strip, enough for rewrites of one story to share "killed"/"killing", "drones"."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _terms(item: StoryInput) -> Counter[str]:
    words = [w.lower().replace("’", "'") for w in WORD.findall(item.text)]
    terms: Counter[str] = Counter(_stem(w) for w in words if len(w) > 2 and w not in STOPWORDS)
    for number in NUMBER.findall(item.text):
        value = number.replace(",", "")
        if not (len(value) == 4 and value[:2] in ("19", "20")):  # a year is no story's own
            terms["#" + value] += 1
    for name in item.names:  # a name counts as a term of its own, and weighs more than a word
        key = " ".join(name.lower().split())
        if key and key not in STOPWORDS:
            terms["§" + key] += 3
    return terms


def _shingles(text: str, n: int = 5) -> set[int]:
    words = [w.lower() for w in WORD.findall(text)]
    return {hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1))}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _vectors(items: list[StoryInput]) -> list[dict[str, float]]:
    counts = [_terms(item) for item in items]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(items)
    vectors = []
    for c in counts:
        vec = {t: (1 + math.log(tf)) * math.log((n + 1) / (df[t] + 0.5)) for t, tf in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items() if v > 0})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _candidate_pairs(vectors: list[dict[str, float]]) -> set[tuple[int, int]]:
    """Pairs sharing at least two of their top terms: the only ones worth comparing."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for term in sorted(vec, key=vec.__getitem__, reverse=True)[:TOP_TERMS]:
            index[term].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > 200:
            continue  # a term in hundreds of articles' top terms tells no story apart
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[(i, j)] += 1
    return {pair for pair, k in shared.items() if k >= 2}


def cluster_stories(inputs: Iterable[StoryInput], *, threshold: float = SAME_STORY) -> list[Story]:
    """Group articles into stories (every article is in exactly one, alone if need be)."""
    items = sorted(inputs, key=lambda i: (i.published or "9999", i.article_id))
    vectors = _vectors(items)
    days = [_day(i.published) for i in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: list[tuple[int, int, float]] = []
    for i, j in sorted(_candidate_pairs(vectors)):
        if days[i] and days[j] and abs((days[i] - days[j]).days) > MAX_DAYS_APART:
            continue
        sim = _cosine(vectors[i], vectors[j])
        if sim >= threshold:
            links.append((i, j, sim))
            parent[root(j)] = root(i)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[root(i)].append(i)
    link_by_root: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for i, j, sim in links:
        link_by_root[root(i)].append((i, j, sim))

    stories = []
    for r, members in groups.items():
        story = Story(id="story_" + items[members[0]].article_id.removeprefix("art_"),
                      article_ids=[items[m].article_id for m in members],
                      links=[(items[i].article_id, items[j].article_id, round(s, 3)) for i, j, s in link_by_root[r]])
        story.copies = _copies([items[m] for m in members])
        voices: list[str] = []
        for m in members:
            item = items[m]
            if item.article_id in story.copies:
                continue  # a republished copy adds no voice of its own
            voice = item.owner or item.outlet or item.article_id
            if voice not in voices:
                voices.append(voice)
        story.voices = voices
        stories.append(story)
    return sorted(stories, key=lambda s: (-len(s.article_ids), s.id))


def _copies(members: list[StoryInput]) -> dict[str, str]:
    """Each article that is mostly another, earlier article's words → that article."""
    shingles = [_shingles(m.text) for m in members]
    out: dict[str, str] = {}
    for b in range(1, len(members)):
        for a in range(b):
            if members[a].article_id in out or not shingles[b]:
                continue
            overlap = len(shingles[a] & shingles[b]) / min(len(shingles[a]), len(shingles[b]) or 1)
            if overlap >= COPY:
                out[members[b].article_id] = members[a].article_id
                break
    return out
