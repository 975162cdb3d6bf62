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


def text_of(doc: Doc) -> str:
    """The Doc's text, read once per Doc. `Doc.text` is rebuilt from every token on each access
    (milliseconds on a long article), and several annotators need it; the tokens' text never
    changes after tokenisation, so one copy in `user_data` serves them all."""
    cached = doc.user_data.get("ng_text")
    expected = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(cached, str) or len(cached) != expected:  # absent, or left by another text
        cached = doc.user_data["ng_text"] = doc.text
    return cached
