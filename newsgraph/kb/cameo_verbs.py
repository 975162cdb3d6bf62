"""CAMEO/PETRARCH verb dictionaries (`CAMEO.2.0.txt`) read and mapped to PLOVER through the
CAMEO→PLOVER table (`CAMEO2PLOVER-2021.txt`), written as a user event lexicon that ng_events
reads beside its own (see annotators/_event_lexicon.py). No SQL: the lexicon is a JSON file,
because annotators run before the store and must not read it.

What is kept, per verb block (`--- NAME [code] ---`, its verbs, its `-` patterns):
- each single-word verb with its own code or the block's, as a plain verb reading;
- each pattern `- * OBJECT [code]` (an object noun or a synset `&NAME` of single words) as a
  verb + object reading, and `- * (PREP …) [code]` as a verb + preposition reading.
Codes map to (type, mode) by the longest code prefix the table knows; `---`, the CAMEO 01/02
comment categories and unknown codes are not kept. Multi-word verbs, pre-verb patterns and
transformations (`~`) are skipped. Unreadable lines become warnings with their line numbers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NewsgraphError

_CODE = re.compile(r"\[([^\]]*)\]")
_MAP_LINE = re.compile(r"^(\d{2,4})\s*:\s*([A-Z]+)\s*,\s*([^,#]*?)\s*(?:,|#|$)")
_HEADER = re.compile(r"^---\s+(.+?)\s+\[([^\]]*)\]\s+---")
_WORD = re.compile(r"^[A-Z][A-Z\-']*$")


class CameoVerbError(NewsgraphError):
    """A CAMEO verb dictionary or mapping table that cannot be used at all."""


@dataclass
class VerbImport:
    blocks: int = 0
    verbs_read: int = 0
    patterns_read: int = 0
    verbs_kept: int = 0
    patterns_kept: int = 0
    unmapped: int = 0
    warnings: list[str] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)


def read_mapping(path: str | Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode) from the CAMEO2PLOVER table."""
    table: dict[str, tuple[str, str]] = {}
    for line in Path(path).read_text("utf-8", errors="replace").splitlines():
        m = _MAP_LINE.match(line.strip())
        if m:
            table[m.group(1)] = (m.group(2), m.group(3).strip())
    if not table:
        raise CameoVerbError(f"{path}: no CAMEO→PLOVER lines (CODE: TYPE, mode, context)", stage="kb")
    return table


def plover_for(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER reading of a CAMEO code: the longest prefix the table knows (0841 → 084)."""
    code = code.split(":")[0].strip()
    if not code.isdigit() or code.startswith(("01", "02")):
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.rstrip("_").upper()
            sets[current] = []
        elif line.startswith("+") and current:
            word = line[1:].strip().rstrip("_")
            if word and "_" not in word and " " not in word:
                sets[current].append(word.lower())
        elif line.startswith("---"):
            current = None
    return sets


def read_cameo_verbs(path: str | Path, table: dict[str, tuple[str, str]]) -> VerbImport:
    lines = Path(path).read_text("utf-8", errors="replace").splitlines()
    sets = _synsets(lines)
    result = VerbImport()
    block_code = "---"
    verbs: list[str] = []
    in_verbs = False
    seen: set[tuple[str, str, str, str]] = set()

    def keep(lemma: str, code: str, line_no: int, obj: str | None = None, prep: str | None = None) -> None:
        reading = plover_for(code, table)
        if reading is None:
            result.unmapped += 1
            return
        key = (lemma, reading[0], obj or "", prep or "")
        if key in seen:
            return
        seen.add(key)
        entry: dict[str, Any] = {"lemma": lemma, "type": reading[0], "mode": reading[1], "cameo": code, "line": line_no}
        if obj:
            entry["object"] = obj
        if prep:
            entry["prep"] = prep
        result.entries.append(entry)
        if obj or prep:
            result.patterns_kept += 1
        else:
            result.verbs_kept += 1

    started = False
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if "VERB PATTERNS" in raw:
            started = True
            continue
        if not stripped or stripped.startswith(("&", "+", "~")):
            continue
        header = _HEADER.match(stripped)
        if header:
            started = True
            result.blocks += 1
            block_code = header.group(2).strip() or "---"
            verbs, in_verbs = [], True
            continue
        if not started and not stripped.startswith("-") and not _WORD.match(stripped.split()[0]):
            continue
        if stripped.startswith("-"):
            in_verbs = False
            result.patterns_read += 1
            codes = _CODE.findall(stripped)
            if not codes:
                result.warnings.append(f"line {n}: pattern without a [code]: {stripped[:60]}")
                continue
            body = stripped[1 : stripped.index("[")].strip()
            if not body.startswith("*"):
                continue  # a pre-verb pattern: needs the parse of the subject, not kept
            after = body[1:].strip().split()
            if not after:
                continue
            obj, prep = None, None
            if after[0].startswith("("):
                prep = after[0].strip("()").lower()
                if not _WORD.match(prep.upper()):
                    continue
            elif len(after) == 1 and _WORD.match(after[0]):
                obj = after[0].lower()
            elif len(after) == 1 and after[0].startswith("&"):
                for member in sets.get(after[0].upper().rstrip("_"), []):
                    for verb in verbs:
                        keep(verb, codes[0], n, obj=member)
                continue
            else:
                continue
            for verb in verbs:
                keep(verb, codes[0], n, obj=obj, prep=prep)
            continue
        if in_verbs or not result.blocks or _WORD.match(stripped.split()[0]):
            if not in_verbs:
                verbs, in_verbs = [], True  # a new group of verbs after the block's patterns
            word = stripped.split()[0]
            result.verbs_read += 1
            if "_" in word or "+" in word:
                continue  # multi-word verbs are left to the built-in lexicon
            word = word.split("[")[0]
            if not _WORD.match(word):
                result.warnings.append(f"line {n}: not a verb: {stripped[:60]}")
                continue
            lemma = word.lower()
            verbs.append(lemma)
            own = _CODE.findall(stripped.split("}")[-1])
            keep(lemma, own[0] if own else block_code, n)
            continue
        result.warnings.append(f"line {n}: unreadable: {stripped[:60]}")
    if not result.blocks:
        raise CameoVerbError(f"{path}: no verb blocks (--- NAME [code] ---)", stage="kb")
    return result


def import_cameo_verbs(path: str | Path, mapping: str | Path, out: str | Path) -> VerbImport:
    """Read the dictionary, map it, and write the user lexicon to `out` (replacing an earlier one)."""
    result = read_cameo_verbs(path, read_mapping(mapping))
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "about": "Verb readings imported from a CAMEO verb dictionary by `newsgraph kb import-cameo-verbs`; "
        "ng_events uses them where its own lexicon has no reading.",
        "source": f"cameo:{Path(path).name}",
        "mapping": Path(mapping).name,
        "verbs": result.entries,
    }
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return result


__all__ = ["CameoVerbError", "VerbImport", "import_cameo_verbs", "plover_for", "read_cameo_verbs", "read_mapping"]
