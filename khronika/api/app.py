"""`create_app()`: the FastAPI application behind `khronika serve`."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..settings import Settings
from .deps import StoreHolder

WEB = Path(__file__).resolve().parent.parent / "web"


@asynccontextmanager
async def _lifespan(app: FastAPI):
    # store calls run in worker threads; more at once than the connection pool holds would
    # only wait for a connection and time out, so queue them here instead
    import anyio.to_thread
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.store_threads
    if app.state.settle_collector:
        from .collector import settle
        settle()
    yield
    app.state.analyzer.close()


def create_app(store=None, settings: Settings | None = None) -> FastAPI:
    """The API and the web pages over one store. Nothing connects here: the store is built on
    the first request (from `settings.db`, i.e. `KHRONIKA_DB`) unless one is passed in."""
    settings = settings or Settings.from_env()
    app = FastAPI(
        title="khronika",
        version=__version__,
        docs_url=None, redoc_url=None,      # /docs is served by the web pages, without a CDN
        lifespan=_lifespan,
        description="A chronicle of statecraft read from Ukrainian news: documents, entities, "
                    "quotes, PLOVER events, timeline, calendar and search. Reads are open; "
                    "writes need `Authorization: Bearer <KHRONIKA_API_TOKEN>`.",
    )
    app.state.settings = settings
    app.state.store_threads = int(settings.option("api", "threads", 8))
    # `khronika serve` has each server process freeze its start-up heap and collect less
    # often (`collector`, option `api.settle_gc`); an app embedded elsewhere (tests, a
    # library user's server) leaves the process's collector alone unless asked
    app.state.settle_collector = _on(settings.option("api", "settle_gc", False))
    cache_seconds = float(settings.option("api", "cache_seconds", 10) or 0)
    app.state.store_holder = StoreHolder(store, settings.db, cache_seconds)
    from .analyzing import Analyzer
    app.state.analyzer = Analyzer.from_settings(settings)     # no process until first use
    from .limits import BodyLimit
    app.add_middleware(BodyLimit)

    from .routes import router as api_router
    from ..web.pages import router as web_router
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    try:
        from ..store import StoreError
    except ImportError:          # the store package may be absent in a stripped install
        StoreError = None
    if StoreError is not None:
        @app.exception_handler(StoreError)
        async def _store_error(request: Request, exc: Exception):
            # the store cannot be opened or used: the server's problem, not the request's
            if request.url.path.startswith("/api/"):
                return JSONResponse({"detail": f"store unavailable: {exc}"}, status_code=503)
            from ..web.pages import templates
            return templates.TemplateResponse(request, "notfound.html", {
                "what": "дані: сховище недоступне", "error": str(exc)}, status_code=503)

    from fastapi.encoders import jsonable_encoder
    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # FastAPI echoes the bad input back: a lone surrogate in it made the answer itself
        # fail (500), and a 2M-character text came back whole
        return JSONResponse({"detail": _scrub(jsonable_encoder(exc.errors()))}, status_code=422)

    from .analyzing import AnalysisBusy

    @app.exception_handler(AnalysisBusy)
    async def _busy(request: Request, exc: AnalysisBusy):
        headers = {"Retry-After": str(exc.retry_after)}
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=503, headers=headers)
        from ..web.pages import templates
        return templates.TemplateResponse(request, "notfound.html", {
            "what": "аналіз: усі місця зайняті, спробуйте за кілька секунд", "error": str(exc)},
            status_code=503, headers=headers)

    app.add_middleware(SecurityHeaders)
    if cache_seconds > 0:
        # outermost: a kept answer is sent as it was, headers and all
        from .respcache import ResponseCache
        app.add_middleware(ResponseCache, ttl=cache_seconds,
                           generation=app.state.store_holder.generation)
    if _on(settings.option("api", "server_timing", False)):
        from .timing import ServerTiming
        app.add_middleware(ServerTiming)         # added last: outermost, it times the rest
    return app


def _on(value) -> bool:
    """An option's truth, whether set in code (True) or the environment ("1", "true")."""
    return str(value).strip().lower() in ("1", "true", "yes", "on")


# everything is served from here: no inline scripts, nothing fetched from outside
_SECURITY = ((b"content-security-policy",
              b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
             (b"x-content-type-options", b"nosniff"),
             (b"referrer-policy", b"same-origin"))


class SecurityHeaders:
    """The security headers on every answer that does not set its own. A plain ASGI
    middleware: the `@app.middleware("http")` kind runs each request through an extra task
    and stream, a measurable share of a cheap read's cost."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or ())
                present = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in _SECURITY if n not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def _scrub(value, limit: int = 300):
    """Error details made safe to send: strings without lone surrogates, long ones cut."""
    from ..document import no_surrogates
    if isinstance(value, str):
        value = no_surrogates(value)
        return value if len(value) <= limit else value[:limit] + "…"
    if isinstance(value, dict):
        return {k: _scrub(v, limit) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v, limit) for v in value]
    return value
