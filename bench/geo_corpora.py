"""Public news geoparsing corpora → the JSON lines bench/geo_eval.py reads.

Why: the corpora are not ours to copy into the repository, and hand-kept transcriptions get lost
(the eleventh session's were, with /tmp). This importer reads the corpora's own XML files — as
published in the `milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation` repository (`data/lgl.xml`,
`data/GWN.xml`, `data/Corpora/TR-News.xml`, `data/GeoVirus.xml`) — and writes one article per line:
``{"id", "corpus", "text", "places": [{"start", "end", "text", "lat", "lon"}]}``, toponyms with
coordinates only, every offset checked against the text.

Each corpus has its own XML and its own offset habits, handled here:

* LGL: ``<toponym><start><end><phrase><gaztag><lat><lon>``; offsets exact;
* GeoWebNews: ``<toponym><extractedName><start><end><latitude><longitude>``;
* TR-News: as LGL, but some articles' offsets drift by a few characters (an occurrence of the
  phrase within 12 characters is taken);
* GeoVirus: ``<location><name><start><end><lat><lon>``, offsets one-based (the occurrence of the
  name nearest the given start is taken). Its articles are paragraphs of Wikinews pages; ``--split``
  writes every second page (``<source>``) to ``_dev`` and the others to ``_test``, so that no page
  is in both.

    .venv/bin/python bench/geo_corpora.py CORPUS XML OUT.jsonl [--split] [--start N --end N]

``--start``/``--end`` keep the articles that begin inside a character range of the XML (LGL is
3.3 MB; the sessions' sets are segments of it, listed in docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

_DRIFT = 12  # characters TR-News offsets may be off by


def _place(text: str, name: str, start: int, lat: str | None, lon: str | None, drift: int) -> dict[str, Any] | None:
    """The toponym at its offsets, or at the nearest occurrence of its name within `drift`
    characters; None when the text does not hold it there (a broken annotation is left out)."""
    if lat in (None, "") or lon in (None, ""):
        return None
    if text[start:start + len(name)] != name:
        near = [m.start() for m in re.finditer(re.escape(name), text) if abs(m.start() - start) <= drift]
        if not near:
            return None
        start = min(near, key=lambda k: abs(k - start))
    return {"start": start, "end": start + len(name), "text": name, "lat": float(lat), "lon": float(lon)}


def _articles(xml: str, start: int, end: int | None) -> ET.Element:
    """The <article> elements that begin inside [start, end) of the file, as one tree."""
    opening = re.compile(r"<article[\s>]")
    first = opening.search(xml, start)
    if first is None:
        sys.exit("no article in that range")
    following = opening.search(xml, end) if end is not None else None
    cut = following.start() if following else len(xml)
    # (the last closing tag that is no comment: GeoVirus ends with a commented-out template)
    last = max(m.end() for m in re.finditer(r"(?<!<!--)</article>", xml[:cut]))
    return ET.fromstring("<articles>" + xml[first.start():last] + "</articles>")


def read(corpus: str, xml: str, start: int = 0, end: int | None = None) -> list[dict[str, Any]]:
    root = _articles(xml, start, end)
    rows: list[dict[str, Any]] = []
    for k, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        places: list[dict[str, Any]] = []
        if corpus == "GeoVirus":
            for loc in art.iter("location"):
                found = _place(text, loc.findtext("name") or "", int(loc.findtext("start") or 0),
                               loc.findtext("lat"), loc.findtext("lon"), drift=len(text))
                if found:
                    places.append(found)
        else:
            for top in art.iter("toponym"):
                gaz = top.find("gaztag")
                name = top.findtext("extractedName") if corpus == "GeoWebNews" else top.findtext("phrase")
                lat = top.findtext("latitude") if corpus == "GeoWebNews" else (
                    gaz.findtext("lat") if gaz is not None else None)
                lon = top.findtext("longitude") if corpus == "GeoWebNews" else (
                    gaz.findtext("lon") if gaz is not None else None)
                found = _place(text, name or "", int(top.findtext("start") or 0), lat, lon,
                               drift=_DRIFT if corpus == "TR-News" else 0)
                if found:
                    places.append(found)
        places.sort(key=lambda p: p["start"])
        ident = art.get("docid") or f"{k:04d}"
        rows.append({"id": f"{corpus}-{ident}", "corpus": corpus, "text": text, "places": places,
                     **({"source": art.findtext("source")} if corpus == "GeoVirus" else {})})
    return rows


def split_by_page(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every second run of articles from one page to the first list, the others to the second."""
    groups: list[list[dict[str, Any]]] = []
    for row in rows:
        if not groups or groups[-1][0].get("source") != row.get("source"):
            groups.append([])
        groups[-1].append(row)
    return ([r for k, g in enumerate(groups) if k % 2 == 0 for r in g],
            [r for k, g in enumerate(groups) if k % 2 == 1 for r in g])


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{path}: {len(rows)} articles, {sum(len(r['places']) for r in rows)} toponyms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", choices=["LGL", "GeoWebNews", "TR-News", "GeoVirus"])
    parser.add_argument("xml", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", action="store_true", help="GeoVirus: alternate pages into _dev and _test")
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--end", type=int, default=None)
    args = parser.parse_args()
    rows = read(args.corpus, args.xml.read_text("utf-8"), args.start, args.end)
    if args.split:
        dev, test = split_by_page(rows)
        _write(args.out.with_name(args.out.stem + "_dev.jsonl"), dev)
        _write(args.out.with_name(args.out.stem + "_test.jsonl"), test)
    else:
        _write(args.out, rows)


if __name__ == "__main__":
    main()
