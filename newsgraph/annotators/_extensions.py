"""Doc and Span extension attributes, registered once. Values are plain data (msgpack-able)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    if not Doc.has_extension("ng_meta"):
        Doc.set_extension("ng_meta", default=None)  # Document.metadata(): title, outlet, dates …
    if not Span.has_extension("ng_part"):
        Span.set_extension("ng_part", default=None)  # id of the page part a span lies in
    if not Span.has_extension("ng_attrs"):
        Span.set_extension("ng_attrs", default=None)  # per-fact fields (dict of plain data)


register_extensions()
