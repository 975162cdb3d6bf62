"""Stories across articles: the same happening told by several outlets, and how many of them are
independent of each other.

Two articles tell the same story when their distinctive words and names overlap strongly
(TF-IDF cosine over content words, names weighted up) and, where both are dated, they appeared
within a few days of each other. An article is a *copy* of another when most of its word
5-grams are the other's (a wire story republished): copies join the story but add no
independent voice. Outlets with the same owner are one voice too. Corroboration is the number of
independent voices in a story.

Pure functions over `StoryInput`s (no SQL, no spaCy): the store supplies them and keeps the
result. `cluster_stories` clusters a whole store (an inverted index over each article's top terms,
paired only within the date window, limits the pairs compared). A dated article's IDF is counted
over the weeks around it (widened in a thin store), and every link depends only on its two
articles, the undated articles and a dated one's window; so after dated articles are added,
`plan_relink` names the articles whose window they entered, `relink` recomputes just their links,
and `assemble_stories` re-forms the stories those links touch: the same stories a whole
re-clustering finds.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
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
# A dated article's IDF is counted over the dated articles of the weeks around it: IDF_DAYS either
# side, doubled until the window holds IDF_MIN_ARTICLES (or every dated article: a small store
# weighs words over all of it). So an added article changes the vectors of its own weeks only.
IDF_DAYS = 14
IDF_MIN_ARTICLES = 100
_EVERY_DAY = 4_000_000  # a radius (days) wider than any two dates apart
_RADII = (*(IDF_DAYS * 2**k for k in range(8)), _EVERY_DAY)


@dataclass(frozen=True)
class StoryInput:
    """What the story clustering needs of one article."""

    article_id: str
    text: str
    names: tuple[str, ...] = ()  # entity names (people, organisations, places) in the article
    published: str | None = None  # ISO date, when known
    outlet: str | None = None  # outlet key (domain or name)
    owner: str | None = None  # who owns the outlet: outlets of one owner are one voice
    # `term_counts(self)` when already known (the store keeps them): term → count, in its order
    terms: tuple[tuple[str, int], ...] | None = None


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


TERMS_VERSION = 1  # bump when term_counts changes: kept counts of another version are recounted


def _terms(item: StoryInput) -> Counter[str]:
    return Counter(dict(item.terms)) if item.terms is not None else term_counts(item)


def term_counts(item: StoryInput) -> Counter[str]:
    """The article's terms (crudely stemmed content words, numbers, names) and their counts."""
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


def _weigh(counts: Counter[str], df: Counter[str], n: int) -> dict[str, float]:
    vec = {t: (1 + math.log(tf)) * math.log((n + 1) / (df[t] + 0.5)) for t, tf in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items() if v > 0}


def _radius(ordinals: list[int], day: int) -> int:
    """The IDF radius (days) of an article of this day, given the sorted days of every dated one."""
    for radius in _RADII:
        if bisect_right(ordinals, day + radius) - bisect_left(ordinals, day - radius) >= IDF_MIN_ARTICLES:
            return radius
    return _EVERY_DAY


def _top(vec: dict[str, float]) -> list[str]:
    return sorted(vec, key=vec.__getitem__, reverse=True)[:TOP_TERMS]


def _bases(counts: list[Counter[str]], days: list[int | None], radius: dict[int, int],
           targets: Iterable[int]) -> Iterator[tuple[int, Counter[str], int]]:
    """(article, document frequencies, article count) of each target's IDF window, from the dated
    articles among `counts`: a sliding window per radius, each article entering and leaving once.
    The counts are live: use them before the next one is drawn."""
    dated = sorted((d, i) for i, d in enumerate(days) if d is not None)
    wanted = set(targets)
    for r in sorted({radius[i] for i in wanted}):
        df: Counter[str] = Counter()
        lo = hi = 0
        for day, i in dated:
            if i not in wanted or radius[i] != r:
                continue
            while hi < len(dated) and dated[hi][0] - day <= r:
                df.update(counts[dated[hi][1]].keys())
                hi += 1
            while day - dated[lo][0] > r:
                df.subtract(counts[dated[lo][1]].keys())
                lo += 1
            yield i, df, hi - lo


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


Link = tuple[str, str, float]  # two article ids (the earlier first) and their cosine, rounded


def _links(items: list[StoryInput], days: list[int | None], radius: dict[int, int], threshold: float,
           targets: set[int] | None = None, touching: set[int] | None = None) -> list[Link]:
    """The links between articles (only those touching `touching`, when given, computing the
    vectors of `targets` only: those and their possible partners).

    Two dated articles are compared within MAX_DAYS_APART days, each weighed by its own IDF window.
    An undated article may join any other: its top terms are weighed by the undated articles'
    counts, and it is compared with a dated article under that article's window (so its words
    weigh as they do in the news of those weeks). Candidates share two of their top terms; every
    link depends only on its two articles, the undated articles and the dated one's window."""
    counts = [_terms(item) for item in items]
    undated = [i for i, d in enumerate(days) if d is None]
    df_undated: Counter[str] = Counter()
    for u in undated:
        df_undated.update(counts[u].keys())
    undated_vectors = {u: _weigh(counts[u], df_undated, len(undated)) for u in undated}
    undated_index: dict[str, list[int]] = defaultdict(list)
    for u, vec in undated_vectors.items():
        for term in _top(vec):
            undated_index[term].append(u)

    found: list[tuple[int, int, float]] = []
    vectors: dict[int, dict[str, float]] = {}
    dated = [i for i, d in enumerate(days) if d is not None]
    for i, df, n in _bases(counts, days, radius, dated if targets is None else targets):
        vec = vectors[i] = _weigh(counts[i], df, n)
        if touching is not None and i not in touching:
            continue
        shared = Counter(u for term in _top(vec) for u in undated_index.get(term, ()))
        for u in sorted(u for u, k in shared.items() if k >= 2):
            sim = _cosine(_weigh(counts[u], df, n), vec)
            if sim >= threshold:
                found.append((min(i, u), max(i, u), sim))

    index: dict[str, list[int]] = defaultdict(list)
    for i in sorted(vectors):
        for term in _top(vectors[i]):
            index[term].append(i)
    shared_top: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        by_day = sorted((days[m], m) for m in members)  # type: ignore[misc]  # all dated
        for x, (day, i) in enumerate(by_day):  # in day order: stop at the first article too far ahead
            for later, j in by_day[x + 1 :]:
                if later - day > MAX_DAYS_APART:
                    break
                if touching is None or i in touching or j in touching:
                    shared_top[(min(i, j), max(i, j))] += 1
    for (i, j), k in shared_top.items():
        if k >= 2 and (sim := _cosine(vectors[i], vectors[j])) >= threshold:
            found.append((i, j, sim))

    if touching is None:  # two undated articles: weighed by the undated articles' counts
        shared_top = Counter()
        for members in undated_index.values():
            for x, u in enumerate(members):
                for v in members[x + 1 :]:
                    shared_top[(u, v)] += 1
        for (u, v), k in shared_top.items():
            if k >= 2 and (sim := _cosine(undated_vectors[u], undated_vectors[v])) >= threshold:
                found.append((u, v, sim))
    return [(items[i].article_id, items[j].article_id, round(sim, 3)) for i, j, sim in sorted(found)]


def _order(inputs: Iterable[StoryInput]) -> list[StoryInput]:
    return sorted(inputs, key=lambda i: (i.published or "9999", i.article_id))


def _ordinals(items: list[StoryInput]) -> list[int | None]:
    return [d.toordinal() if (d := _day(i.published)) else None for i in items]


def cluster_stories(inputs: Iterable[StoryInput], *, threshold: float = SAME_STORY) -> list[Story]:
    """Group articles into stories (every article is in exactly one, alone if need be)."""
    items = _order(inputs)
    days = _ordinals(items)
    every = sorted(d for d in days if d is not None)
    radius = {i: _radius(every, d) for i, d in enumerate(days) if d is not None}
    return assemble_stories(items, _links(items, days, radius, threshold))


@dataclass(frozen=True)
class RelinkPlan:
    """What `relink` needs to place added dated articles, worked out from every stored article's date."""

    affected: frozenset[str]  # articles whose IDF window holds an added one: their links are redone
    targets: frozenset[str]  # those and their possible partners: the vectors to compute
    scope: frozenset[str]  # the articles to read: the targets' IDF windows and every undated article
    radius: dict[str, int]  # IDF radius (days) of each target


def plan_relink(published: dict[str, str | None], added: Iterable[str]) -> RelinkPlan | None:
    """`published`: id → date of every stored article, the added ones included. None when an added
    article is undated: it may join any article, and it changes every undated article's weights, so
    the store re-clusters whole."""
    days = {a: d.toordinal() if (d := _day(p)) else None for a, p in published.items()}
    added_days = sorted({days[a] or 0 for a in added})
    if not added_days or added_days[0] == 0:
        return None
    every = sorted(d for d in days.values() if d is not None)
    radii: dict[int, int] = {}

    def radius_of(day: int) -> int:
        if day not in radii:
            radii[day] = _radius(every, day)
        return radii[day]

    def near(day: int, sorted_days: list[int], reach: int) -> bool:
        k = bisect_left(sorted_days, day - reach)
        return k < len(sorted_days) and sorted_days[k] <= day + reach

    dated = {a: d for a, d in days.items() if d is not None}
    affected = {a for a, d in dated.items() if near(d, added_days, radius_of(d))}
    affected_days = sorted({dated[a] for a in affected})
    targets = affected | {a for a, d in dated.items() if near(d, affected_days, MAX_DAYS_APART)}
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((d - radius_of(d), d + radius_of(d)) for d in {dated[t] for t in targets}):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    starts = [lo for lo, _ in merged]

    def in_scope(day: int | None) -> bool:
        if day is None:
            return True
        k = bisect_right(starts, day) - 1
        return k >= 0 and day <= merged[k][1]

    scope = {a for a, d in days.items() if in_scope(d)}
    return RelinkPlan(frozenset(affected), frozenset(targets), frozenset(scope),
                      {t: radius_of(dated[t]) for t in targets})


def relink(inputs: Iterable[StoryInput], plan: RelinkPlan, *, threshold: float = SAME_STORY) -> list[Link]:
    """Every link that touches an article of `plan.affected`, exactly as `cluster_stories` over the
    whole store would find it: links not touching them cannot have changed (each depends only on
    its two articles, the undated ones and a window the added articles are not in). `inputs` must
    hold every article of `plan.scope`."""
    items = _order(inputs)
    days = _ordinals(items)
    position = {item.article_id: k for k, item in enumerate(items)}
    targets = {position[t] for t in plan.targets}
    radius = {position[t]: r for t, r in plan.radius.items()}
    return _links(items, days, radius, threshold, targets, {position[a] for a in plan.affected})


def assemble_stories(inputs: Iterable[StoryInput], links: Iterable[Link]) -> list[Story]:
    """Stories from the links between articles: connected articles are one story; its copies and
    voices are read from its members alone. `links` may only join articles in `inputs`."""
    items = _order(inputs)
    position = {item.article_id: k for k, item in enumerate(items)}
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    kept = []
    for a, b, sim in links:
        i, j = sorted((position[a], position[b]))
        kept.append((i, j, sim))
        parent[root(j)] = root(i)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[root(i)].append(i)
    link_by_root: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for i, j, sim in sorted(kept):
        link_by_root[root(i)].append((i, j, sim))

    stories = []
    for r, members in groups.items():
        story = Story(id="story_" + items[members[0]].article_id.removeprefix("art_"),
                      article_ids=[items[m].article_id for m in members],
                      links=[(items[i].article_id, items[j].article_id, s) for i, j, s in link_by_root[r]])
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
    if len(members) < 2:
        return {}  # most stories are one article: no words to compare
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
