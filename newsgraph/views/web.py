"""The explorer's web pages, rendered on the server with Jinja2 (autoescape on everywhere).

Pages: articles (/), one article with its highlighted facts, actors, one actor, events (map,
timeline, network), outlets, one outlet, search. The only script is `static/article.js`, which
explains a clicked highlight from the facts the page carries as a JSON data block.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from . import charts
from .explorer import Explorer
from .facts import name_of, names_of
from .render import render_parts

TEMPLATES = Path(__file__).parent / "templates"
# Parts shown apart from the body.
ASIDE_PARTS = frozenset({"caption", "credit"})
HEADING_PARTS = frozenset({"title", "subtitle", "headline"})


def _safe_href(url: Any) -> str | None:
    """A link target for an address from a page: only http(s), else no link at all."""
    if not isinstance(url, str) or urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return url


def _marked_snippet(snippet: str | None) -> Markup:
    """An FTS snippet, escaped, with its matches (between \\x02 and \\x03) marked."""
    text = str(escape(snippet or ""))
    return Markup(text.replace("\x02", "<mark>").replace("\x03", "</mark>"))


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True,
                                                                                      default_for_string=True))
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    env.filters["safe_href"] = _safe_href
    env.filters["snippet"] = _marked_snippet
    env.filters["name"] = name_of
    env.filters["names"] = lambda value: ", ".join(names_of(value))
    env.globals["query"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "")})
    return env


ENV = _environment()


def page(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(template).render(**context))


def web_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def explorer(request: Request) -> Explorer:
        return request.app.state.explorer  # type: ignore[no-any-return]

    @router.get("/", response_class=HTMLResponse)
    async def index(request: Request, outlet: str | None = None, since: str | None = None, until: str | None = None,
                    q: str | None = None, cursor: str | None = None) -> HTMLResponse:
        ex = explorer(request)
        found = ex.articles(outlet=outlet, since=since, until=until, q=q, cursor=cursor, limit=50)
        return page("index.html", found=found, outlets=ex.outlets()["items"],
                    filters={"outlet": outlet, "since": since, "until": until, "q": q}, writable=ex.writable)

    @router.get("/articles/{article_id}", response_class=HTMLResponse)
    async def article(request: Request, article_id: str) -> HTMLResponse:
        view = explorer(request).article_view(article_id)
        record = view["record"]
        parts = render_parts(record, view["spans"])
        return page("article.html", record=record, meta=record.get("document") or {},
                    heading=[p for p in parts if p["type"] in HEADING_PARTS],
                    body=[p for p in parts if p["type"] not in ASIDE_PARTS | HEADING_PARTS],
                    aside=[p for p in parts if p["type"] in ASIDE_PARTS],
                    facts=view["facts"], spans=view["spans"],
                    layer_names=sorted({s["layer"] for s in view["spans"]}))

    @router.get("/actors", response_class=HTMLResponse)
    async def actors(request: Request, q: str | None = None, cursor: str | None = None) -> HTMLResponse:
        return page("actors.html", found=explorer(request).actors(q=q, cursor=cursor, limit=100), q=q)

    @router.get("/actors/{key}", response_class=HTMLResponse)
    async def actor(request: Request, key: str) -> HTMLResponse:
        return page("actor.html", actor=explorer(request).actor(key))

    @router.get("/events", response_class=HTMLResponse)
    async def events(request: Request, type: str | None = None, actor: str | None = None, place: str | None = None,
                     since: str | None = None, until: str | None = None, modality: str | None = None,
                     cursor: str | None = None) -> HTMLResponse:
        ex = explorer(request)
        filters = {"type": type, "actor": actor, "place": place, "since": since, "until": until,
                   "modality": modality}
        found = ex.events(**filters, cursor=cursor, limit=200)
        markers = []
        for feature in ex.places(q=place)["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            props = feature["properties"]
            markers.append({"kind": "place", "name": props["name"], "lat": lat, "lon": lon,
                            "weight": props["mentions"], "label": f"{props['name']} — {props['mentions']} mention(s)",
                            "href": "/articles/" + quote(props["articles"][0]["id"], safe="")
                                    + (("?" + urlencode({"fact": props["articles"][0]["fact"]}))
                                       if props["articles"][0].get("fact") else "")})
        for event in found["items"]:
            where = event["location"] or {}
            if where.get("lat") is not None and where.get("lon") is not None:
                markers.append({"kind": "event", "name": where.get("name") or "?", "lat": where["lat"],
                                "lon": where["lon"], "weight": 1,
                                "label": f"{event['type']} at {where.get('name')}",
                                "href": "/articles/" + quote(event["article_id"], safe="") + "?"
                                        + urlencode({"fact": event["id"]})})
        return page("events.html", found=found, filters=filters, map=charts.map_view(markers),
                    timeline=charts.timeline(found["items"]), network=charts.network(found["items"]),
                    types=sorted({str(e["type"]) for e in found["items"] if e["type"]}),
                    modalities=sorted({str(e["modality"]) for e in found["items"] if e["modality"]}))

    @router.get("/stories", response_class=HTMLResponse)
    async def stories(request: Request, min_articles: int = Query(2)) -> HTMLResponse:
        return page("stories.html", stories=explorer(request).stories(min_articles=min_articles)["items"],
                    min_articles=min_articles)

    @router.get("/outlets", response_class=HTMLResponse)
    async def outlets(request: Request) -> HTMLResponse:
        return page("outlets.html", outlets=explorer(request).outlets()["items"])

    @router.get("/outlets/{key}", response_class=HTMLResponse)
    async def outlet(request: Request, key: str, cursor: str | None = None) -> HTMLResponse:
        return page("outlet.html", outlet=explorer(request).outlet(key, cursor=cursor, limit=100))

    @router.get("/search", response_class=HTMLResponse)
    async def search(request: Request, q: str = Query("")) -> HTMLResponse:
        results = explorer(request).search(q, 50) if q.strip() else None
        return page("search.html", q=q, results=results)

    return router


def error_page(status: int, reason: str) -> HTMLResponse:
    return HTMLResponse(ENV.get_template("error.html").render(status=status, reason=reason), status_code=status)
