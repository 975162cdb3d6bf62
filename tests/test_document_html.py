"""The HTML path of the document stage: metadata, dates, captions, chrome."""

from __future__ import annotations

from newsgraph import RawPage, build_document

from .conftest import EXAMPLES

PROSE = "".join(
    f"<p>Protesters gathered outside the provincial council in Basra for the {n} day, demanding that the "
    f"authorities restore electricity as temperatures passed 50C, officials said.</p>"
    for n in ("first", "second", "third", "fourth")
)


def page(head: str, body: str) -> bytes:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


def test_a_footer_copyright_year_is_not_a_publication_date() -> None:
    html = page("<title>Basra protests</title>",
                f"<article><h1>Basra protests</h1>{PROSE}</article><footer>© 2025 Tigris Tribune</footer>")
    doc = build_document(RawPage(location="t.html", kind="file", data=html))
    assert doc.published is None and doc.published_source is None


def test_published_time_metadata_is_read() -> None:
    html = page("<title>Basra protests</title><meta property='article:published_time' content='2024-07-03T09:00:00Z'>",
                f"<article><h1>Basra protests</h1>{PROSE}</article>")
    doc = build_document(RawPage(location="t.html", kind="file", data=html))
    assert (doc.published, doc.published_source) == ("2024-07-03", "html-metadata")


def test_example_page_metadata_and_caption_credit() -> None:
    path = EXAMPLES / "01-reuters-oil-sanctions.html"
    doc = build_document(RawPage(location=str(path), kind="file", data=path.read_bytes()))
    assert doc.outlet.name == "Reuters" and doc.outlet.known
    assert doc.canonical_url and doc.canonical_url.startswith("https://www.reuters.com/")
    assert doc.language == "en" and doc.title
    assert doc.title not in [p.text for p in doc.paragraphs]
    assert doc.parts[0].type == "title"
    assert all(doc.text[p.start : p.end] == p.text for p in doc.parts)


def test_unknown_outlet_is_recorded_by_its_domain() -> None:
    path = EXAMPLES / "06-gulfsentinel-marib-drone-strike.html"
    doc = build_document(RawPage(location=str(path), kind="file", data=path.read_bytes()))
    assert doc.outlet.known is False
    assert doc.outlet.domain == "gulfsentinel.net"
