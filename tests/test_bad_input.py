"""Bad input gets a clear one-line reason; nothing else is lost.

Every input here is generated in tmp_path. The batch tests use a real Store and the real
pipeline on a few small pages.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsgraph._types import RawPage, SourceFailure
from newsgraph.batch import run_batch
from newsgraph.config import DEFAULT_MAX_BYTES, Settings
from newsgraph.document import build_document
from newsgraph.errors import ExtractionError, RefusedSource, SourceError, UnsupportedFormat
from newsgraph.sources import iter_inputs
from newsgraph.sources.files import read_file
from newsgraph.store import Store

PROSE = [
    "Flooding along the Marren river forced about 4,000 people from their homes in the province of Ostra on Sunday.",
    "Provincial governor Tomas Lindqvist said emergency shelters had been opened in schools and sports halls.",
    "“The water rose faster than anyone expected during the night,” Lindqvist told the regional broadcaster.",
    "Rescue teams used boats to reach villages cut off south of the city of Harlow, officials said.",
    "The national weather service warned that more rain was expected on Monday and Tuesday.",
    "Farmers in the valley said their spring crops had been destroyed and asked the government for help.",
    "The agriculture ministry promised an assessment of the damage by the end of the week.",
]


def article_html(tag: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in PROSE)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Floods in Ostra {tag}</title>"
            f"</head><body><header><a href='/'>Home</a></header><article><h1>Thousands flee floods ({tag})</h1>"
            f"<p>Report number {tag}.</p>{body}</article><footer>© Ostra Daily</footer></body></html>")


def one(specs: list[str], settings: Settings | None = None) -> RawPage | SourceFailure:
    [item] = iter_inputs(specs, settings or Settings())
    return item


def document_error(data: bytes, location: str = "page.html") -> Exception:
    """The error the document stage raises for these bytes (it must raise)."""
    with pytest.raises((UnsupportedFormat, ExtractionError)) as info:
        build_document(RawPage(location=location, kind="file", data=data))
    return info.value


def assert_one_line(reason: str) -> None:
    assert reason and "\n" not in reason and reason == reason.strip()


# -- empty, binary, undecodable -------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_empty_and_whitespace_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(data)
    page = one([str(path)])
    assert isinstance(page, RawPage) and page.data == data  # read fine; refused when decoded
    err = document_error(page.data)
    assert isinstance(err, UnsupportedFormat)
    assert err.reason == "empty input" and err.stage == "source"


def test_utf16_bom_with_only_whitespace_is_empty() -> None:
    err = document_error("  \n ".encode("utf-16"))
    assert isinstance(err, UnsupportedFormat) and err.reason == "empty input"


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary input: a PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary input: a PDF file"),
    (b"\x00" + random.Random(7).randbytes(3000), "binary input: binary data (NUL bytes)"),
    (b"<html>" + bytes(range(1, 9)) * 40 + b"</html>", "binary input: binary data (control bytes)"),
], ids=["png", "pdf", "random-with-nuls", "control-bytes"])
def test_binary_input_is_refused(data: bytes, what: str) -> None:
    err = document_error(data)
    assert isinstance(err, UnsupportedFormat)
    assert err.reason.startswith(what)
    assert err.reason.endswith("not a web page or text")
    assert_one_line(err.reason)


def test_undecodable_bytes_are_refused() -> None:
    garbage = bytes((i * 89 + 131) % 128 + 128 for i in range(4000))
    err = document_error(garbage)
    assert isinstance(err, UnsupportedFormat)
    assert err.reason == "cannot decode input: not UTF-8 and no legacy encoding detected"


def test_page_with_no_article_text_footer_only() -> None:
    html = ("<html><head><title>Ostra Daily</title></head><body><header><a href='/'>Home</a></header>"
            "<footer>© 2024 Ostra Daily</footer></body></html>")
    err = document_error(html.encode())
    assert isinstance(err, ExtractionError)
    assert err.reason == "no article text found in the page" and err.stage == "document"


def test_page_with_only_navigation_links_has_no_article_text() -> None:
    links = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(20))
    html = f"<html><head><title>Index</title></head><body><nav><ul>{links}</ul></nav></body></html>"
    err = document_error(html.encode())
    assert isinstance(err, ExtractionError)
    assert err.reason == "no article text found in the page"


# -- paths ------------------------------------------------------------------------------------------

def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "story.html"
    failure = one([str(missing)])
    assert failure == SourceFailure(str(missing), "source", f"no such file: {missing}")
    with pytest.raises(SourceError, match="no such file"):
        read_file(missing, Settings())


def test_name_too_long_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    spec = str(tmp_path / ("x" * 300 + ".html"))
    failure = one([spec])
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith(f"cannot read {spec}") and "File name too long" in failure.reason


@pytest.mark.parametrize("spec", ["", "  "])
def test_empty_input_name_is_not_the_current_folder(spec: str) -> None:
    assert one([spec]) == SourceFailure(spec, "source", "empty input name")


def test_folder_with_no_inputs_says_so(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.html").write_text(article_html("hidden"))
    failure = one([str(tmp_path)])
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("folder has no inputs to read (looked for .html")


def test_folder_expands_in_sorted_order_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text(article_html("b"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("\n\n".join(PROSE))
    (tmp_path / "notes.md").write_text("not an input")
    items = list(iter_inputs([str(tmp_path)], Settings()))
    assert [i.location for i in items] == [str(tmp_path / "b.html"), str(tmp_path / "sub" / "a.txt")]


# -- size caps --------------------------------------------------------------------------------------

def test_file_over_the_default_cap_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as fh:
        fh.write(article_html("big").encode())
        fh.truncate(51_000_000)  # sparse: instant, and takes no disk space
    assert big.stat().st_size > DEFAULT_MAX_BYTES
    failure = one([str(big)])
    assert isinstance(failure, SourceFailure) and failure.stage == "source"
    assert failure.reason == ("refused: 51.0 MB exceeds the size cap of 10.5 MB (set --max-bytes to raise it)")
    with pytest.raises(RefusedSource):
        read_file(big, Settings())
    page = read_file(big, Settings(max_bytes=60_000_000))  # a raised cap lets it through
    assert len(page.data) == 51_000_000


@pytest.mark.parametrize(("extra", "accepted"), [(0, True), (-1, False)], ids=["at-cap", "one-under-size"])
def test_custom_cap(tmp_path: Path, extra: int, accepted: bool) -> None:
    path = tmp_path / "story.html"
    path.write_text(article_html("cap"), "utf-8")
    size = path.stat().st_size
    item = one([str(path)], Settings(max_bytes=size + extra))
    if accepted:
        assert isinstance(item, RawPage) and len(item.data) == size
    else:
        assert isinstance(item, SourceFailure)
        assert "exceeds the size cap of" in item.reason and "--max-bytes" in item.reason


# -- the batch: one bad input costs one row ---------------------------------------------------------

def test_batch_with_broken_inputs_in_the_middle(tmp_path: Path) -> None:
    good1, empty, good2, png = (tmp_path / n for n in ("good1.html", "empty.html", "good2.html", "logo.html"))
    good1.write_text(article_html("one"), "utf-8")
    empty.write_bytes(b"")
    good2.write_text(article_html("two"), "utf-8")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    missing = tmp_path / "missing.html"
    specs = [str(good1), str(empty), str(good2), str(missing), str(png)]
    settings = Settings()
    with Store(tmp_path / "ng.db") as store:
        first = run_batch(specs, store, settings, progress=False)
        assert len(first.added) == 2 and first.unchanged == []
        assert {(f.location, f.stage) for f in first.failed} == {
            (str(empty), "source"), (str(missing), "source"), (str(png), "source")}
        counts = store.counts()
        assert counts["article"] == 2 and counts["failure"] == 3 and counts["source_seen"] == 2
        reasons = {f.source: (f.stage, f.reason) for f in store.failures()}
        assert reasons == {
            str(empty): ("source", "empty input"),
            str(missing): ("source", f"no such file: {missing}"),
            str(png): ("source", "binary input: a PNG image, not a web page or text"),
        }
        titles = sorted(a.title or "" for a in store.articles())
        assert titles == ["Thousands flee floods (one)", "Thousands flee floods (two)"]

        again = run_batch(specs, store, settings, progress=False)
        assert store.counts() == counts
        assert again.added == []
        assert sorted(again.unchanged) == sorted(first.added)
        assert len(again.failed) == 3
        assert len(store.failures()) == 3


def test_batch_failure_row_is_cleared_once_the_input_is_fixed(tmp_path: Path) -> None:
    page = tmp_path / "later.html"
    page.write_bytes(b"")
    with Store(tmp_path / "ng.db") as store:
        run_batch([str(page)], store, Settings(), progress=False)
        assert [f.reason for f in store.failures()] == ["empty input"]
        page.write_text(article_html("fixed"), "utf-8")
        result = run_batch([str(page)], store, Settings(), progress=False)
        assert len(result.added) == 1
        assert store.failures() == []
        assert store.counts()["article"] == 1


def test_batch_over_a_folder_with_a_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.html").write_text(article_html("a"), "utf-8")
    (folder / "b.html").write_bytes(b"\x00\x01\x02 not a page \x00" * 10)
    (folder / "c.txt").write_text("Floods in Ostra\n\n" + "\n\n".join(PROSE), "utf-8")
    with Store(tmp_path / "ng.db") as store:
        result = run_batch([str(folder)], store, Settings(), progress=False)
        assert len(result.added) == 2
        assert [(f.location, f.reason) for f in result.failed] == [
            (str(folder / "b.html"), "binary input: binary data (NUL bytes), not a web page or text")]
        assert store.counts()["article"] == 2 and store.counts()["failure"] == 1


def test_a_page_past_the_time_limit_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A page still in analysis after the per-page limit (a stuck annotator, a pathological input)
    becomes a failure row with that reason — here with a limit no analysis can meet — and the same
    page analyses normally under the default limit, its failure row cleared."""
    pages = [tmp_path / f"{n}.html" for n in ("one", "two")]
    for page, label in zip(pages, ("one", "two"), strict=True):
        page.write_text(article_html(label), "utf-8")
    with Store(tmp_path / "ng.db") as store:
        stuck = run_batch([str(p) for p in pages], store, Settings(page_time_limit_s=0.001), progress=False)
        assert stuck.added == [] and len(stuck.failed) == 2
        assert {(f.stage, f.reason) for f in store.failures()} == {
            ("analysis", "analysis took longer than the page time limit (0.001 s)")}
        fine = run_batch([str(p) for p in pages], store, Settings(), progress=False)
        assert len(fine.added) == 2 and store.failures() == []
