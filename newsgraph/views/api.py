"""The explorer's HTTP app: a JSON API under /api (OpenAPI at /openapi.json) and the web pages.

`create_app(db_path, token=None)` opens the store read-only; with a token it opens it for writing
and accepts `POST /api/articles` (a URL or a text to analyse) from callers that send the token as
`Authorization: Bearer <token>`. Errors are JSON `{"error": reason}` with a 4xx status; every
response carries a strict Content-Security-Policy (no inline script, nothing from elsewhere).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NewsgraphError
from .explorer import BadRequest, Explorer, NotFound

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
log = logging.getLogger(__name__)


class NewArticle(BaseModel):
    url: str | None = None
    text: str | None = None


class JSON(JSONResponse):
    """Compact UTF-8 JSON, written straight from plain dicts (no model validation on the way out)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: cheaper than a base middleware)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in self.headers if h[0] not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error(request: Request, status: int, reason: str) -> Response:
    """JSON for the API, a page for the pages."""
    if request.url.path.startswith(("/api/", "/openapi", "/static/")) or request.url.path == "/api":
        return JSON({"error": reason}, status_code=status)
    from .web import error_page

    return error_page(status, reason)


def api_router() -> APIRouter:
    # Reads run on the event loop thread, one at a time, on the app's one connection (SQLite
    # work is short; the pipeline behind POST runs in a worker thread with its own connection).
    router = APIRouter(prefix="/api")

    def explorer(request: Request) -> Explorer:
        return request.app.state.explorer  # type: ignore[no-any-return]

    @router.get("/articles", summary="Articles, newest added first, filtered by outlet, date and words")
    async def list_articles(request: Request, outlet: str | None = None, since: str | None = None,
                      until: str | None = None, q: str | None = None, cursor: str | None = None,
                      limit: int = Query(50)) -> JSON:
        return JSON(explorer(request).articles(outlet=outlet, since=since, until=until, q=q, cursor=cursor,
                                               limit=limit))

    @router.get("/articles/{article_id}", summary="One article's analysis record: text, parts, every layer's spans")
    async def get_article(request: Request, article_id: str) -> Response:
        return Response(explorer(request).article_json(article_id), media_type="application/json")

    @router.post("/articles", summary="Analyse a page (url) or a text and store it; needs the token",
                 status_code=201)
    def post_article(request: Request, body: NewArticle,
                     authorization: str | None = Header(None)) -> JSON:
        token = request.app.state.token
        if token is None:
            raise StarletteHTTPException(405, "this explorer is read-only (start it with --token to add articles)")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise StarletteHTTPException(401, "a valid token is needed: Authorization: Bearer <token>")
        return JSON(explorer(request).analyse(url=body.url, text=body.text), status_code=201)

    @router.get("/statements", summary="Statements: search by speaker and words (FTS5)")
    async def list_statements(request: Request, speaker: str | None = None, q: str | None = None,
                        article: str | None = None, cursor: str | None = None,
                        limit: int = Query(50)) -> JSON:
        return JSON(explorer(request).statements(speaker=speaker, q=q, article=article, cursor=cursor, limit=limit))

    @router.get("/search", summary="Statements and articles containing the words of q")
    async def search(request: Request, q: str, limit: int = Query(20)) -> JSON:
        return JSON(explorer(request).search(q, limit))

    @router.get("/actors", summary="Actors, most widely reported first")
    async def list_actors(request: Request, q: str | None = None, cursor: str | None = None,
                    limit: int = Query(50)) -> JSON:
        return JSON(explorer(request).actors(q=q, cursor=cursor, limit=limit))

    @router.get("/actors/{key}", summary="One actor (knowledge-base id or name): aliases, roles, statements, events")
    async def get_actor(request: Request, key: str, limit: int = Query(25)) -> JSON:
        return JSON(explorer(request).actor(key, limit=limit))

    @router.get("/events", summary="Events filtered by type, actor, place, time window and modality")
    async def list_events(request: Request, type: str | None = None, actor: str | None = None, place: str | None = None,
                    since: str | None = None, until: str | None = None, modality: str | None = None,
                    cursor: str | None = None, limit: int = Query(50)) -> JSON:
        return JSON(explorer(request).events(type=type, actor=actor, place=place, since=since, until=until,
                                        modality=modality, cursor=cursor, limit=limit))

    @router.get("/places", summary="Places with coordinates as a GeoJSON FeatureCollection")
    async def list_places(request: Request, q: str | None = None, article: str | None = None) -> JSON:
        return JSON(explorer(request).places(q=q, article=article))

    @router.get("/stories", summary="Stories told by several articles, with their independent voices")
    async def list_stories(request: Request, min_articles: int = Query(2), limit: int = Query(100)) -> JSON:
        return JSON(explorer(request).stories(min_articles=min_articles, limit=limit))

    @router.get("/outlets", summary="Outlets with their article counts")
    async def list_outlets(request: Request) -> JSON:
        return JSON(explorer(request).outlets())

    @router.get("/outlets/{key}", summary="One outlet (id, domain or name): articles and its words for each actor")
    async def get_outlet(request: Request, key: str, cursor: str | None = None, limit: int = Query(50)) -> JSON:
        return JSON(explorer(request).outlet(key, cursor=cursor, limit=limit))

    return router


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """The explorer app over one store file (read-only unless `token` is given)."""
    from .web import web_router

    token = token or None  # an empty token is no token
    app = FastAPI(title="newsgraph explorer", version="1", docs_url=None, redoc_url=None, default_response_class=JSON,
                  description="Who said what, who did what to whom, where and when — every fact with the "
                              "offsets of its evidence in the article text.")
    app.state.explorer = Explorer(db_path, writable=token is not None)
    app.state.token = token or None

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError) -> Response:
        return _error(request, 400, exc.reason)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', [])[1:]) or 'request'}: {e.get('msg')}"
                             for e in exc.errors())
        return _error(request, 400, problems or "bad request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, "internal error")

    app.include_router(api_router())
    app.include_router(web_router())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """The app for `uvicorn --factory` worker processes: the store and token come from the
    environment (NEWSGRAPH_DB, NEWSGRAPH_TOKEN), as `newsgraph serve --workers N` sets them."""
    return create_app(os.environ.get("NEWSGRAPH_DB", "newsgraph.db"), token=os.environ.get("NEWSGRAPH_TOKEN") or None)
