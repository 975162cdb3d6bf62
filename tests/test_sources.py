"""Sources: legacy encodings, URLs (against a real HTTP server on 127.0.0.1), feeds and WARCs.

Network traffic goes to 127.0.0.1 only: refused addresses are checked, never contacted, and the
one test that needs a public first hop uses httpx.MockTransport, which opens no socket.
"""

from __future__ import annotations

import gzip
import io
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph._types import KnownInput, RawPage, SourceFailure
from newsgraph.config import Settings
from newsgraph.document import build_document
from newsgraph.errors import FetchError, RefusedSource, UnsupportedFormat
from newsgraph.sources import decode_bytes, iter_inputs
from newsgraph.sources.feed import looks_like_feed, parse_feed
from newsgraph.sources.url import check_address, fetch_url

LOCAL = Settings(allow_private=True, timeout_s=2.0)

PROSE = [
    "The regional council of Valdora voted on Tuesday to reopen the northern border crossing after three weeks.",
    "Council chair Miriam Okafor said the decision followed long talks with transport officials and traders.",
    "Lorry drivers had queued for days near the town of Eskel, where food deliveries were badly delayed.",
    "“We cannot keep the crossing shut while families wait for medicine,” Okafor told reporters on Tuesday.",
    "Opposition members argued that the inspections promised by the interior ministry were not yet in place.",
    "The crossing will open for daytime traffic from Monday, with night traffic to follow in April.",
    "Traders in Eskel welcomed the vote but warned that prices would take weeks to fall back.",
]


def article_html(tag: str, charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{s}</p>" for s in PROSE)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='{charset}'><title>Border crossing {tag}</title>"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Border crossing reopens ({tag})</h1>"
            f"<p>Edition {tag}.</p>{paragraphs}</article></body></html>")


# -- a real HTTP server on 127.0.0.1 ------------------------------------------------------------

Route = Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path)
        try:
            if route is None:
                self.send_error(404, "not here")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, timeout)

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.stop = threading.Event()  # wakes sleeping handlers at teardown

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield srv
    srv.stop.set()
    srv.shutdown()
    srv.server_close()
    thread.join(2)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx honours proxy variables: keep every request on 127.0.0.1 whatever the environment says
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def respond(body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None, length: bool = True) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            h.send_header(key, value)
        if length:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return route


def redirect(location: str) -> Route:
    return respond(b"", status=302, headers={"Location": location})


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def no_connection(requests: list[httpx.Request]) -> httpx.MockTransport:
    """A transport that records what would have been sent; used to prove nothing was."""
    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, text="should not be reached")

    return httpx.MockTransport(handle)


# -- encodings ----------------------------------------------------------------------------------

FRENCH = ("Le président du conseil régional a déclaré mardi que la réunion à Genève était très importante. "
          "Les négociations sur la sécurité continueront la semaine prochaine, selon le ministère des Affaires "
          "étrangères. « Nous espérons un accord », a-t-il ajouté après la séance. Les élus de l'opposition "
          "ont critiqué la décision prise à huis clos.")
SPANISH = ("El presidente afirmó que la reunión en Madrid continuará la próxima semana. El ministerio de Asuntos "
           "Exteriores espera un acuerdo sobre la seguridad regional. «Estamos cerca», añadió el portavoz. La "
           "oposición pidió más información sobre la negociación.")
POLISH = ("Premier powiedział, że rozmowy w Warszawie będą kontynuowane w przyszłym tygodniu. Ministerstwo spraw "
          "zagranicznych oczekuje porozumienia w sprawie bezpieczeństwa. Żołnierze wrócą do koszar po świętach.")
ARABIC = ("قال وزير الخارجية إن المحادثات في القاهرة ستستمر الأسبوع المقبل. وأضاف أن الحكومة تأمل في التوصل إلى "
          "اتفاق قريبا بشأن الأمن الإقليمي. وانتقدت المعارضة القرار الذي اتخذ خلف أبواب مغلقة.")
RUSSIAN = ("Министр иностранных дел заявил, что переговоры в Москве продолжатся на следующей неделе. "
           "Правительство надеется на скорое соглашение о региональной безопасности.")


def _page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>Report</title></head><body><article><p>{text}</p></article></body></html>"


@pytest.mark.parametrize(("text", "encoding", "word"), [
    (FRENCH, "cp1252", "négociations"),
    (FRENCH, "cp1252", "à Genève"),  # à and è: windows-1250 would read them as ŕ and č
    (SPANISH, "cp1252", "añadió"),  # ñ: windows-1250 would read it as ń
    (POLISH, "cp1250", "Żołnierze"),
    (ARABIC, "cp1256", "القاهرة"),
    (ARABIC, "iso-8859-6", "الخارجية"),
    (RUSSIAN, "koi8-r", "переговоры"),
])
def test_undeclared_legacy_encoding_is_decoded(text: str, encoding: str, word: str) -> None:
    html = _page(text)
    decoded, _ = decode_bytes(html.encode(encoding))
    assert word in decoded
    assert decoded == html


def test_meta_charset_windows_1252_is_honoured() -> None:
    html = _page("The minister’s “détente” plan — announced in Zürich — was welcomed.",
                 '<meta charset="windows-1252">')
    text, encoding = decode_bytes(html.encode("cp1252"))
    assert encoding == "cp1252"
    assert "“détente”" in text and "Zürich" in text


def test_latin1_label_means_windows_1252() -> None:
    # Browsers read "iso-8859-1" as windows-1252; latin-1 would turn the curly quotes into C1 controls.
    html = _page("The minister called it a “fresh start” for talks.",
                 '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    text, _ = decode_bytes(html.encode("cp1252"))
    assert "“fresh start”" in text


def test_http_declared_charset_wins() -> None:
    html = _page(RUSSIAN)
    text, encoding = decode_bytes(html.encode("cp1251"), declared="windows-1251")
    assert encoding == "cp1251" and "переговоры" in text


def test_utf16_with_bom_is_decoded_through_the_document_stage() -> None:
    html = article_html("utf16").replace("charset='utf-8'", "charset='utf-16'")
    raw = RawPage(location="page.html", kind="file", data=html.encode("utf-16"))
    doc = build_document(raw)
    assert doc.encoding == "utf-16"
    assert "Okafor" in doc.text
    assert "“We cannot keep the crossing shut" in doc.text


def test_http_declared_utf16_without_bom() -> None:
    html = _page(FRENCH)
    text, encoding = decode_bytes(html.encode("utf-16-le"), declared="utf-16le")
    assert text == html and encoding == "utf-16-le"
    # a server that says utf-16 for an ASCII-compatible page is wrong, not obeyed
    assert decode_bytes(html.encode("utf-8"), declared="utf-16")[0] == html


def test_meta_charset_that_is_not_a_text_encoding_is_ignored() -> None:
    # "base64"/"hex" are Python codecs but not charsets: bytes.decode raised LookupError before
    html = _page("Plain English text about the talks.", '<meta charset="base64">').encode()
    assert decode_bytes(html) == (html.decode(), "utf-8")


def test_meta_utf16_on_an_ascii_page_is_read_as_utf8() -> None:
    html = _page("Café owners in Zürich protested on Monday.", '<meta charset="utf-16">').encode("utf-8")
    assert decode_bytes(html)[0] == html.decode("utf-8")


def test_undecodable_garbage_is_unsupported() -> None:
    # high bytes without NULs: no legacy encoding reads this as text
    garbage = bytes((i * 89 + 131) % 128 + 128 for i in range(4000))
    with pytest.raises(UnsupportedFormat, match="cannot decode input"):
        decode_bytes(garbage)


# -- URLs -----------------------------------------------------------------------------------------

@pytest.mark.network
def test_fetch_html_page(server: _Server) -> None:
    body = article_html("fetched").encode()
    server.routes["/news/a.html"] = respond(body)
    page = fetch_url(server.url("/news/a.html"), LOCAL)
    assert page.data == body
    assert page.content_type == "text/html"
    assert page.url == server.url("/news/a.html")
    assert page.extra == {"charset": "utf-8"}


@pytest.mark.network
def test_unreachable_port_is_a_fetch_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}/story.html"
    with pytest.raises(FetchError, match=r"cannot fetch .*ConnectError"):
        fetch_url(url, LOCAL)
    [failure] = iter_inputs([url], LOCAL)
    assert isinstance(failure, SourceFailure) and failure.stage == "source"


@pytest.mark.network
def test_http_404(server: _Server) -> None:
    with pytest.raises(FetchError, match="HTTP 404 from"):
        fetch_url(server.url("/missing.html"), LOCAL)


@pytest.mark.network
def test_non_html_content_type(server: _Server) -> None:
    server.routes["/photo"] = respond(b"\x89PNG\r\n\x1a\n" + bytes(64), ctype="image/png")
    with pytest.raises(UnsupportedFormat, match="not an HTML page: content-type image/png"):
        fetch_url(server.url("/photo"), LOCAL)


@pytest.mark.network
def test_timeout(server: _Server) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        server.stop.wait(3)

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0\.2s"):
        fetch_url(server.url("/slow"), Settings(allow_private=True, timeout_s=0.2))
    assert time.monotonic() - started < 1.5


@pytest.mark.network
def test_trickling_body_hits_the_total_time_limit(server: _Server) -> None:
    # each byte arrives well within the per-read timeout, but the page never ends
    def trickle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        h.wfile.write(b"<html><body>")
        while not server.stop.wait(0.05):
            h.wfile.write(b"x")
            h.wfile.flush()

    server.routes["/trickle"] = trickle
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out: .* took over 0\.8s in all"):
        fetch_url(server.url("/trickle"), Settings(allow_private=True, timeout_s=0.2))
    assert time.monotonic() - started < 1.8


@pytest.mark.network
def test_redirects_are_followed_and_recorded(server: _Server) -> None:
    body = article_html("moved").encode()
    server.routes["/old"] = redirect("/new")
    server.routes["/new"] = respond(body)
    page = fetch_url(server.url("/old"), LOCAL)
    assert page.location == server.url("/old")
    assert page.url == server.url("/new")
    assert page.data == body


@pytest.mark.network
def test_redirect_loop_stops(server: _Server) -> None:
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = redirect("/a")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(server.url("/a"), LOCAL)
    assert len(server.hits) == 6


@pytest.mark.network
def test_redirect_to_a_file_url_is_refused(server: _Server) -> None:
    server.routes["/go"] = redirect("file:///etc/passwd")
    with pytest.raises(RefusedSource, match="unsupported URL scheme 'file'"):
        fetch_url(server.url("/go"), LOCAL)


def test_redirect_to_loopback_is_refused_by_default() -> None:
    # The first hop must be public for the default policy to let it through, so it is answered by
    # a MockTransport (no socket is opened); the redirect target is checked before any request.
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/admin"})

    with pytest.raises(RefusedSource, match=r"refused: 127\.0\.0\.1 is a loopback address"):
        fetch_url("http://93.184.215.14/story", Settings(), transport=httpx.MockTransport(handle))
    assert [str(r.url) for r in requests] == ["http://93.184.215.14/story"]


@pytest.mark.parametrize(("url", "label"), [
    ("http://127.0.0.1/", "loopback"),
    ("http://localhost:8080/x", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://192.168.1.20/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://[::ffff:10.1.2.3]/", "private"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[64:ff9b::7f00:1]/", "loopback"),  # NAT64 spelling of 127.0.0.1
    ("http://[2002:7f00:1::1]/", "loopback"),  # 6to4 spelling of 127.0.0.1
    ("http://0.0.0.0/", "unspecified"),
    ("http://100.64.0.1/", "non-public"),  # shared address space (carrier NAT)
])
def test_non_public_addresses_are_refused_before_any_connection(url: str, label: str) -> None:
    with pytest.raises(RefusedSource, match=f"is a {label} address") as info:
        check_address(url, Settings())
    assert "--allow-private" in info.value.reason
    requests: list[httpx.Request] = []
    with pytest.raises(RefusedSource):
        fetch_url(url, Settings(), transport=no_connection(requests))
    assert requests == []


@pytest.mark.network
def test_loopback_server_is_never_contacted_by_default(server: _Server) -> None:
    server.routes["/page"] = respond(article_html("x").encode())
    for url in (server.url("/page"), f"http://[::ffff:127.0.0.1]:{server.port}/page"):
        [failure] = iter_inputs([url], Settings())
        assert isinstance(failure, SourceFailure)
        assert "loopback address" in failure.reason
    assert server.hits == []
    assert isinstance(fetch_url(server.url("/page"), LOCAL), RawPage)  # allowed when asked
    assert server.hits == ["/page"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/", "http://[::1/", "http://[::1]:port/"])
@pytest.mark.parametrize("settings", [Settings(), LOCAL], ids=["default", "allow-private"])
def test_malformed_url_is_a_failure_not_a_crash(url: str, settings: Settings) -> None:
    with pytest.raises(FetchError, match="invalid URL"):
        fetch_url(url, settings)
    [failure] = iter_inputs([url], settings)
    assert isinstance(failure, SourceFailure) and "invalid URL" in failure.reason


@pytest.mark.network
def test_declared_length_over_the_default_cap_is_refused_unread(server: _Server) -> None:
    def huge(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(60_000_000))
        h.end_headers()
        h.wfile.write(b"<html>" + b" " * 65536)

    server.routes["/huge"] = huge
    with pytest.raises(RefusedSource, match=r"60\.0 MB exceeds the size cap of 10\.5 MB"):
        fetch_url(server.url("/huge"), Settings(allow_private=True, timeout_s=2.0))


@pytest.mark.parametrize("with_length", [True, False], ids=["content-length", "no-length"])
@pytest.mark.network
def test_body_size_cap_via_url(server: _Server, with_length: bool) -> None:
    body = b"<html><body><p>" + b"word " * 60_000 + b"</p></body></html>"  # ~300 kB
    server.routes["/big"] = respond(body, length=with_length)
    with pytest.raises(RefusedSource, match=r"exceeds the size cap of 0\.1 MB"):
        fetch_url(server.url("/big"), Settings(allow_private=True, max_bytes=100_000))
    page = fetch_url(server.url("/big"), Settings(allow_private=True, max_bytes=len(body)))
    assert page.data == body


# -- feeds ----------------------------------------------------------------------------------------

def _long_content(tag: str) -> str:
    return "".join(f"<p>{s} ({tag})</p>" for s in PROSE * 2)  # well over the 1,500-character teaser limit


def test_rss_items_with_full_content_become_pages(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Story {n}</title><link>https://news.example.org/{n}</link>"
        f"<pubDate>Tue, 0{n} Apr 2024 10:00:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[{_long_content(str(n))}]]></content:encoded></item>"
        for n in (1, 2)
    )
    feed = tmp_path / "news.rss"
    feed.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>'
                    f"{items}</channel></rss>", "utf-8")
    pages = list(iter_inputs([str(feed)], Settings()))  # the links are never fetched
    assert [type(p) for p in pages] == [RawPage, RawPage]
    first = pages[0]
    assert isinstance(first, RawPage)
    assert first.kind == "feed-item" and first.url == "https://news.example.org/1"
    assert first.published == "2024-04-01"
    assert first.extra["feed"] == str(feed)
    doc = build_document(first)
    assert "Miriam Okafor" in doc.text and doc.title == "Story 1"


def test_atom_entries_with_html_and_xhtml_content(tmp_path: Path) -> None:
    xhtml = "".join(f"<p>{s} (xhtml)</p>" for s in PROSE * 2).replace("“", "&#8220;")
    escaped = _long_content("html").replace("<", "&lt;").replace(">", "&gt;")
    feed = tmp_path / "news.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
        '<entry><title>Escaped</title><link href="https://news.example.org/e"/><updated>2024-04-03T08:00:00Z'
        f'</updated><content type="html">{escaped}</content></entry>'
        '<entry><title>Inline</title><link rel="alternate" href="https://news.example.org/x"/>'
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{xhtml}</div></content></entry>'
        "</feed>", "utf-8")
    pages = list(iter_inputs([str(feed)], Settings()))
    assert all(isinstance(p, RawPage) and p.kind == "feed-item" for p in pages)
    assert [p.url for p in pages] == ["https://news.example.org/e", "https://news.example.org/x"]
    assert pages[0].published == "2024-04-03"
    inline = build_document(pages[1])
    assert "Eskel welcomed the vote" in inline.text and "(xhtml)" in inline.text


@pytest.mark.network
def test_feed_items_linking_to_pages_are_fetched(server: _Server, tmp_path: Path) -> None:
    for name in ("one", "two"):
        server.routes[f"/news/{name}.html"] = respond(article_html(name).encode())
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
        f"<item><title>One</title><link>{server.url('/news/one.html')}</link>"
        "<description>A short teaser.</description><pubDate>Mon, 01 Apr 2024 09:00:00 +0000</pubDate></item>"
        "<item><title>Two</title><link>two.html</link></item>"  # relative: read against the feed's URL
        "<item><title>Gone</title><link>/news/gone.html</link></item>"
        "</channel></rss>"
    )
    server.routes["/news/feed.xml"] = respond(feed.encode(), ctype="application/rss+xml")
    results = list(iter_inputs([server.url("/news/feed.xml")], LOCAL))
    assert [type(r) for r in results] == [RawPage, RawPage, SourceFailure]
    one, two, gone = results
    assert isinstance(one, RawPage) and isinstance(two, RawPage) and isinstance(gone, SourceFailure)
    assert one.kind == "url" and one.url == server.url("/news/one.html")
    assert one.published == "2024-04-01"
    assert one.extra["feed"] == server.url("/news/feed.xml")
    assert two.url == server.url("/news/two.html")
    assert gone.location == server.url("/news/gone.html") and "HTTP 404" in gone.reason
    # a local feed file linking to the server works the same way
    local = tmp_path / "feed.xml"
    local.write_text(feed.replace("<link>two.html</link>", f"<link>{server.url('/news/two.html')}</link>"))
    assert sum(isinstance(r, RawPage) for r in iter_inputs([str(local)], LOCAL)) == 2


@pytest.mark.network
def test_skip_seen_skips_known_feed_links_before_fetching(server: _Server) -> None:
    server.routes["/a.html"] = respond(article_html("a").encode())
    feed = (f'<rss version="2.0"><channel><item><link>{server.url("/a.html")}</link></item>'
            "</channel></rss>").encode()
    server.routes["/feed"] = respond(feed, ctype="application/rss+xml")
    known = list(iter_inputs([server.url("/feed")], LOCAL, skip_seen=lambda url: "art_0123456789abcdef"))
    assert known == [KnownInput(server.url("/a.html"), "art_0123456789abcdef")]
    assert server.hits == ["/feed"]


def test_non_url_guid_and_description_only_item(tmp_path: Path) -> None:
    # guid isPermaLink="false" is an id, not an address: the item's own description is the page
    feed = tmp_path / "ids.rss"
    feed.write_text('<rss version="2.0"><channel><item><title>Brief</title>'
                    '<guid isPermaLink="false">tag:news.example.org,2024:481</guid>'
                    f"<description><![CDATA[{_long_content('d')[:900]}]]></description></item>"
                    "<item><title>Empty</title></item></channel></rss>")
    page, empty = iter_inputs([str(feed)], Settings())
    assert isinstance(page, RawPage) and page.url is None and page.location == f"{feed}#item1"
    assert b"Okafor" in page.data
    assert isinstance(empty, SourceFailure)
    assert empty.reason == "feed item has neither an http(s) link nor content"


def test_relative_link_in_a_local_feed_file(tmp_path: Path) -> None:
    feed = tmp_path / "rel.rss"
    feed.write_text('<rss version="2.0"><channel><item><title>T</title><link>/world/story.html</link></item>'
                    "</channel></rss>")
    [failure] = iter_inputs([str(feed)], Settings())
    assert isinstance(failure, SourceFailure) and failure.location == f"{feed}#item1"
    assert failure.reason == "feed item link '/world/story.html' is not an http(s) URL and the item has no content"


def test_feed_with_utf8_bom_is_read_as_a_feed(tmp_path: Path) -> None:
    feed = tmp_path / "bom.xml"
    feed.write_bytes(b"\xef\xbb\xbf" + f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item>'
                     f"<title>T</title><description><![CDATA[{_long_content('b')}]]></description></item>"
                     "</channel></rss>".encode())
    [page] = iter_inputs([str(feed)], Settings())
    assert isinstance(page, RawPage) and page.kind == "feed-item"


def test_empty_and_malformed_feeds(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>')
    broken = tmp_path / "broken.rss"
    broken.write_text('<rss version="2.0"><channel><item><title>Cut')
    [a] = iter_inputs([str(empty)], Settings())
    [b] = iter_inputs([str(broken)], Settings())
    assert isinstance(a, SourceFailure) and a.reason == "feed has no items"
    assert isinstance(b, SourceFailure) and b.reason.startswith("malformed feed XML:")


def _billion_laughs(padding: int = 0) -> bytes:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    pad = f"<!-- {'x' * padding} -->" if padding else ""
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{pad}{"".join(levels)}]>'
            '<rss version="2.0"><channel><item><title>&lol9;</title><description>&lol9;</description>'
            "</item></channel></rss>").encode()


@pytest.mark.parametrize("padding", [0, 5000], ids=["short-dtd", "dtd-past-2kb"])
def test_billion_laughs_is_refused_fast_and_small(tmp_path: Path, padding: int) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(_billion_laughs(padding))
    assert looks_like_feed(bomb.read_bytes())
    tracemalloc.start()
    started = time.monotonic()
    try:
        results = list(iter_inputs([str(bomb)], Settings()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 1.0
    assert peak < 20_000_000
    [failure] = results
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("refused: the XML declares entities")
    assert "billion laughs" in failure.reason


@pytest.mark.parametrize("dtd", [
    '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
    '<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/hostname"> %ext;]>',
], ids=["general", "parameter"])
def test_external_entity_feed_is_refused(dtd: str) -> None:
    data = (f'<?xml version="1.0"?>{dtd}<rss version="2.0"><channel><item><title>&xxe;</title>'
            "<link>https://news.example.org/x</link></item></channel></rss>").encode()
    with pytest.raises(RefusedSource, match="the XML declares entities"):
        parse_feed(data, "xxe.rss")


# -- WARC -----------------------------------------------------------------------------------------

WARC_RECORDS = [
    ("https://news.example.org/a", "text/html; charset=utf-8", article_html("warc-a").encode()),
    ("https://news.example.org/b", "text/html", article_html("warc-b").encode()),
    ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ("https://news.example.org/c", "text/html", article_html("warc-c").encode()),
]


def write_warc(path: Path, gz: bool) -> list[int]:
    """Write WARC_RECORDS as response records; return each record's start offset and the end."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, ctype, body in WARC_RECORDS:
            offsets.append(fh.tell())
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
        offsets.append(fh.tell())
    return offsets


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_records_become_pages(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz)
    if gz:
        assert path.read_bytes()[:2] == b"\x1f\x8b"
    pages = list(iter_inputs([str(path)], Settings()))
    assert all(isinstance(p, RawPage) for p in pages)
    assert [p.url for p in pages] == ["https://news.example.org/a", "https://news.example.org/b",
                                      "https://news.example.org/c"]
    assert [p.location for p in pages] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    assert pages[0].data == WARC_RECORDS[0][2]
    assert pages[0].kind == "warc-record" and pages[0].content_type == "text/html"
    assert "warc_date" in pages[0].extra


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("where", ["middle", "header", "last-bytes"])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, gz: bool, where: str) -> None:
    whole = tmp_path / "whole.warc"
    offsets = write_warc(whole, gz)
    start, end = offsets[1], offsets[2]  # the second record
    cut = {"middle": (start + end) // 2, "header": start + 12, "last-bytes": end - 5}[where]
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(whole.read_bytes()[:cut])
    # Without its last 5 bytes an uncompressed record loses a byte of its page, so it is dropped;
    # a gzip member loses only part of its 8-byte trailer, after the page has been read whole.
    kept = 2 if (gz and where == "last-bytes") else 1
    results = list(iter_inputs([str(path)], Settings()))
    assert len(results) == kept + 1
    *pages, failure = results
    assert [p.data for p in pages] == [body for _, _, body in WARC_RECORDS[:kept]]
    assert isinstance(failure, SourceFailure) and failure.location == str(path)
    assert failure.stage == "source"
    assert "truncated" in failure.reason
    assert f"after {kept} complete record(s), {kept} page(s) kept" in failure.reason


def test_warc_without_pages_and_not_a_warc(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    html = tmp_path / "page.warc.gz"
    html.write_bytes(gzip.compress(article_html("x").encode()))
    [a] = iter_inputs([str(empty)], Settings())
    [b] = iter_inputs([str(html)], Settings())
    assert isinstance(a, SourceFailure) and a.reason == "empty WARC file"
    assert isinstance(b, SourceFailure)
    assert b.reason.startswith("truncated or corrupt WARC: a record header is cut off or has no valid length")


def test_warc_record_over_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gz=False)
    cap = min(len(body) for _, _, body in WARC_RECORDS if b"<html" in body) - 1
    results = list(iter_inputs([str(path)], Settings(max_bytes=cap)))
    assert all(isinstance(r, SourceFailure) for r in results)
    assert [r.location for r in results] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    assert "WARC record exceeds the size cap" in results[0].reason


def test_rerunning_a_feed_reports_known_items_as_unchanged_without_fetching(server: _Server, tmp_path: Path) -> None:
    from newsgraph.batch import run_batch
    from newsgraph.store import Store

    server.routes["/a.html"] = respond(article_html("a").encode())
    server.routes["/b.html"] = respond(article_html("b").encode())
    feed = (f'<rss version="2.0"><channel><item><link>{server.url("/a.html")}</link></item>'
            f'<item><link>{server.url("/b.html")}</link></item></channel></rss>').encode()
    server.routes["/feed"] = respond(feed, ctype="application/rss+xml")
    with Store(tmp_path / "feed.db") as store:
        first = run_batch([server.url("/feed")], store, LOCAL, progress=False)
        hits = len(server.hits)
        again = run_batch([server.url("/feed")], store, LOCAL, progress=False)
        assert (len(first.added), len(first.unchanged), len(first.failed)) == (2, 0, 0)
        assert (len(again.added), len(again.unchanged), len(again.failed)) == (0, 2, 0)
        assert sorted(again.unchanged) == sorted(first.added)
        assert server.hits[hits:] == ["/feed"]  # the articles were not fetched again
