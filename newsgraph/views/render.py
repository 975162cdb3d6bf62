"""Article text as HTML with every fact's evidence highlighted, escaped throughout.

Highlights may nest (a name inside a quote) or cross (an entity that starts before a quote ends).
The text is cut at every span boundary; each piece is wrapped in the marks that cover it, opened
outer to inner in one fixed order, so the HTML always nests and a crossing span is simply split
into pieces that share its `data-fact` key.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from .facts import LAYER_RANK


def _order(span: dict[str, Any]) -> tuple[int, int, int, str]:
    return LAYER_RANK.get(span["layer"], 5), span["start"], -span["end"], span["key"]


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def _open(span: dict[str, Any]) -> str:
    attrs = {"class": f"hl hl-{_slug(span['layer'])} k-{_slug(span['kind'])}", "data-fact": span["key"],
             "data-layer": span["layer"], "data-kind": span["kind"], "tabindex": "0"}
    if span.get("speaker") is not None:
        attrs["data-speaker"] = span["speaker"]
    return "<mark " + " ".join(f'{k}="{escape(v)}"' for k, v in attrs.items()) + ">"


def render_span(text: str, start: int, end: int, spans: list[dict[str, Any]]) -> Markup:
    """text[start:end] as escaped HTML with the given spans (clipped to it) highlighted."""
    inside = [s for s in spans if s["start"] < end and s["end"] > start]
    bounds = sorted({start, end, *(max(start, s["start"]) for s in inside), *(min(end, s["end"]) for s in inside)})
    out: list[str] = []
    stack: list[dict[str, Any]] = []
    for left, right in pairwise(bounds):
        active = sorted((s for s in inside if s["start"] <= left and s["end"] >= right), key=_order)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        out.extend(_open(s) for s in active[keep:])
        stack = active
        out.append(str(escape(text[left:right])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def render_parts(record: dict[str, Any], spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The record's parts in order, each with its HTML: {id, type, html}."""
    text = record.get("text") or ""
    parts = record.get("parts") or [{"id": "text", "type": "paragraph", "start": 0, "end": len(text)}]
    return [{"id": p["id"], "type": p["type"], "html": render_span(text, p["start"], p["end"], spans)}
            for p in parts]
