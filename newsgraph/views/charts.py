"""Geometry for the server-drawn SVG charts of the events page: the map, the timeline and the
who-acts-on-whom network. Plain numbers only; the templates draw them, so no script is needed.

The map uses the equirectangular projection of `static/world.svg` (x = lon + 180, y = 90 - lat).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

# Without markers the map shows the region the bundled examples are about.
DEFAULT_BOX = (20.0, 8.0, 68.0, 44.0)  # west, south, east, north
MAP_ASPECT = 2.0  # width / height of the drawn map
LABELS = 12  # markers named on the map (the most mentioned); the others say their name on hover


def map_view(markers: list[dict[str, Any]]) -> dict[str, Any]:
    """The view box around the markers (2:1, padded) and each marker's x, y and radius."""
    if markers:
        # frame where most markers are: a far-off capital named once should not zoom out the map
        lons = sorted(m["lon"] for m in markers)
        lats = sorted(m["lat"] for m in markers)
        cut = len(markers) // 10
        west, east = lons[cut] - 4, lons[-1 - cut] + 4
        south, north = lats[cut] - 3, lats[-1 - cut] + 3
    else:
        west, south, east, north = DEFAULT_BOX
    width, height = max(east - west, 16.0), max(north - south, 8.0)
    if width / height < MAP_ASPECT:
        width = height * MAP_ASPECT
    else:
        height = width / MAP_ASPECT
    centre_x, centre_y = (west + east) / 2 + 180, 90 - (south + north) / 2
    width, height = min(width, 360.0), min(height, 180.0)
    x0 = min(max(centre_x - width / 2, 0.0), 360.0 - width)
    y0 = min(max(centre_y - height / 2, 0.0), 180.0 - height)
    radius = width / 150
    labelled = {id(m) for m in sorted(markers, key=lambda m: -m.get("weight", 1))[:LABELS]}
    placed = [{**m, "x": round(m["lon"] + 180, 4), "y": round(90 - m["lat"], 4),
               "r": round(radius * (1 + min(m.get("weight", 1), 9) ** 0.5 / 3), 4),
               "labelled": id(m) in labelled} for m in markers]
    return {"viewbox": f"{x0:.3f} {y0:.3f} {width:.3f} {height:.3f}", "markers": placed,
            "stroke": round(radius / 4, 4), "font": round(radius * 2.2, 3)}


def _day(value: str | None) -> date | None:
    if not value:
        return None
    text = value[:10]
    try:
        return date.fromisoformat(text + "-01-01"[len(text) - 4:] if len(text) < 10 else text)
    except ValueError:
        return None


def timeline(events: list[dict[str, Any]], width: int = 960) -> dict[str, Any]:
    """Dated events as dots on a time axis, one lane per event type."""
    dated = [(e, _day(e.get("date"))) for e in events]
    dated = [(e, d) for e, d in dated if d]
    types = sorted({str(e.get("type") or "?") for e, _ in dated})
    if not dated:
        return {"dots": [], "lanes": [], "height": 0, "first": None, "last": None, "width": width}
    first = min(d for _, d in dated)
    last = max(d for _, d in dated)
    span = max((last - first).days, 1)
    left, right = 130, width - 20
    lanes = [{"type": t, "y": 24 + 22 * i} for i, t in enumerate(types)]
    lane_y = {lane["type"]: lane["y"] for lane in lanes}
    dots = [{"x": round(left + (d - first).days / span * (right - left), 1), "y": lane_y[str(e.get("type") or "?")],
             "event": e, "day": d.isoformat()} for e, d in dated]
    return {"dots": dots, "lanes": lanes, "height": 40 + 22 * len(types), "first": first.isoformat(),
            "last": last.isoformat(), "width": width, "left": left, "right": right}


def network(events: list[dict[str, Any]], size: int = 560, most: int = 24) -> dict[str, Any]:
    """Actors and recipients on a circle, an arrow for each (actor → recipient) pair with counts."""
    pairs: Counter[tuple[str, str]] = Counter()
    types: dict[tuple[str, str], Counter[str]] = {}
    for e in events:
        for a in e.get("actors") or []:
            for r in e.get("recipients") or []:
                if a != r:
                    pairs[(a, r)] += 1
                    types.setdefault((a, r), Counter())[str(e.get("type") or "?")] += 1
    degree: Counter[str] = Counter()
    for (a, r), n in pairs.items():
        degree[a] += n
        degree[r] += n
    names = [n for n, _ in degree.most_common(most)]
    centre, radius = size / 2, size / 2 - 90
    nodes = {}
    for i, name in enumerate(sorted(names)):
        angle = 2 * math.pi * i / max(len(names), 1) - math.pi / 2
        nodes[name] = {"name": name, "x": round(centre + radius * math.cos(angle), 1),
                       "y": round(centre + radius * math.sin(angle), 1), "degree": degree[name],
                       "anchor": "start" if math.cos(angle) > 0.1 else "end" if math.cos(angle) < -0.1 else "middle",
                       "lx": round(centre + (radius + 10) * math.cos(angle), 1),
                       "ly": round(centre + (radius + 10) * math.sin(angle) + 4, 1)}
    edges = []
    for (a, r), n in pairs.most_common():
        if a in nodes and r in nodes:
            ax, ay, rx, ry = nodes[a]["x"], nodes[a]["y"], nodes[r]["x"], nodes[r]["y"]
            length = math.hypot(rx - ax, ry - ay) or 1
            shorten = 9 / length  # stop the arrow at the node's edge
            edges.append({"from": a, "to": r, "count": n, "x1": ax, "y1": ay,
                          "x2": round(rx - (rx - ax) * shorten, 1), "y2": round(ry - (ry - ay) * shorten, 1),
                          "width": round(1 + min(n, 6) * 0.6, 1),
                          "types": ", ".join(f"{t} ×{c}" if c > 1 else t for t, c in types[(a, r)].most_common())})
    return {"nodes": list(nodes.values()), "edges": edges, "size": size}
