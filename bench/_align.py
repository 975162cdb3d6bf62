"""Mapping offsets of the pipeline's cleaned text back to a corpus's own text, shared by the
evaluators that score against offsets (TimeML, geoparsing corpora), and their command line."""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_SOFT_BREAK = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")  # a line break inside a paragraph


def unwrap(text: str) -> str:
    """Single line breaks inside a paragraph become spaces; the length is unchanged."""
    return _SOFT_BREAK.sub(lambda m: " " * len(m.group(0)), text)


def aligner(source: str, cleaned: str) -> dict[int, int]:
    """Map offsets of `cleaned` to `source`: through their non-space characters when the document
    stage changed whitespace only, else through the blocks difflib finds equal (it may also
    normalise quotes and drop boilerplate lines)."""
    src = [i for i, ch in enumerate(source) if not ch.isspace()]
    dst = [i for i, ch in enumerate(cleaned) if not ch.isspace()]
    if len(src) == len(dst) and all(source[a] == cleaned[b] for a, b in zip(src, dst, strict=True)):
        mapping = {b: a for a, b in zip(src, dst, strict=True)}
    else:
        mapping = {}
        matcher = difflib.SequenceMatcher(None, cleaned, source, autojunk=False)
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                mapping[block.a + k] = block.b + k
    mapping[len(cleaned)] = len(source)
    return mapping


def to_source(mapping: dict[int, int], start: int, end: int) -> tuple[int, int]:
    """The source span of a cleaned span (its first and last non-space characters)."""
    while start not in mapping and start < end:
        start += 1
    last = end - 1
    while last not in mapping and last > start:
        last -= 1
    return mapping.get(start, start), mapping.get(last, last) + 1


def corpus_main(doc: str, data_help: str, evaluate: Callable[..., dict[str, Any]]) -> None:
    """The command line shared by the evaluators over a corpus given as JSON lines (not in the
    repository): the data path, ``--show-errors N`` (development data only), ``--json OUT``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help=data_help)
    parser.add_argument("--show-errors", type=int, default=0, help="print up to N misses (development data only)")
    parser.add_argument("--json", help="write the scores here")
    args = parser.parse_args()
    path = Path(args.data)
    if not path.exists():
        sys.exit(f"no data at {path}")
    # (lines end with "\n" only: str.splitlines would also cut at U+0085 and U+2028, which corpus texts hold)
    rows = [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]
    scores = evaluate(rows, show=args.show_errors)
    print(json.dumps(scores, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2) + "\n", "utf-8")
