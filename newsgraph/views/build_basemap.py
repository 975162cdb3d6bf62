"""Build the explorer's offline basemap, `static/world.svg`, from Natural Earth country outlines.

Run once by a developer, not at run time: the SVG is committed. The input is `countries-50m.json`
(or `-110m`) of the npm package `world-atlas` 2.0.2 (Natural Earth 4.1.0, public domain, as
TopoJSON; `npm pack world-atlas@2.0.2`). The projection is equirectangular with x = lon + 180 and
y = 90 - lat, so the explorer places markers on it with the same two additions.

    python -m newsgraph.views.build_basemap countries-50m.json newsgraph/views/static/world.svg
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

# Points closer than this (degrees) to the last kept one are dropped: the map is a backdrop.
MIN_STEP = 0.12
# Islands smaller than this (degrees, on both axes) are left out.
MIN_EXTENT = 0.4


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantised, delta-encoded) as absolute (lon, lat) points."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their end point
    return points


def ring_path(points: list[tuple[float, float]]) -> str:
    kept: list[tuple[float, float]] = []
    for lon, lat in points:
        if kept and abs(lon - kept[-1][0]) < MIN_STEP and abs(lat - kept[-1][1]) < MIN_STEP:
            continue
        kept.append((lon, lat))
    lons = [p[0] for p in kept]
    lats = [p[1] for p in kept]
    if len(kept) < 3 or (max(lons) - min(lons) < MIN_EXTENT and max(lats) - min(lats) < MIN_EXTENT):
        return ""
    # relative moves on a 0.1-degree grid keep the file small
    grid = [(round((lon + 180) * 10), round((90 - lat) * 10)) for lon, lat in kept]
    steps = [f"{_tenth(x - px)} {_tenth(y - py)}" for (px, py), (x, y) in pairwise(grid)
             if (x, y) != (px, py)]
    return f"M{_tenth(grid[0][0])} {_tenth(grid[0][1])}l" + " ".join(steps) + "z"


def _tenth(value: int) -> str:
    text = f"{value / 10:g}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def build_svg(topology: dict[str, Any]) -> str:
    arcs = decode_arcs(topology)
    paths = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                path = ring_path(ring_points(ring, arcs))
                if path:
                    paths.append(path)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">\n'
            "<!-- Country outlines: Natural Earth 4.1.0 (public domain) via world-atlas 2.0.2; "
            "equirectangular, x = lon + 180, y = 90 - lat. Built by newsgraph.views.build_basemap. -->\n"
            '<rect width="360" height="180" fill="#dfeaf2"/>\n'
            '<path fill="#f4f1ea" stroke="#9a958a" stroke-width="0.08" stroke-linejoin="round" d="'
            + "".join(paths) + '"/>\n</svg>\n')


def main(argv: list[str]) -> None:
    source, target = Path(argv[0]), Path(argv[1])
    target.write_text(build_svg(json.loads(source.read_text("utf-8"))), "utf-8")
    print(f"{target}: {target.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
