"""The console's Starlette application: sign-in, sessions, CSRF, and the pages.

Every page under ``/o/{opd}/`` is for one OPD (or ``/o/semua/`` for an admin's whole city); the
OPD in the path is checked against the signed-in person before any service is called, and the
services check again with that person's own token.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from functools import wraps
from pathlib import Path
from typing import Any

from prometheus_client import Counter, Histogram
from samarinda_common.errors import SamarindaError
from samarinda_common.logging import get_logger
from samarinda_common.rupiah import format_rupiah
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from samarinda_console.domain.sessions import Session, new_token, same_token
from samarinda_console.domain.wording import operation_label, plain_reason, status_label
from samarinda_console.platform import ServiceError
from samarinda_console.web.context import CITY, Console

log = get_logger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SESSION_COOKIE = "samarinda_sesi"
LOGIN_CSRF_COOKIE = "samarinda_csrf_masuk"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"

PAGE_SECONDS = Histogram(
    "samarinda_console_page_seconds",
    "Time to answer a console request, by route.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
SIGN_INS = Counter("samarinda_console_sign_ins_total", "Sign-in attempts by outcome.", ["outcome"])

Handler = Callable[[Request], Awaitable[Response]]
_STATUS_FOR_CODE = {
    "NOT_FOUND": 404,
    "PERMISSION_DENIED": 403,
    "INVALID_ARGUMENT": 400,
    "RESOURCE_EXHAUSTED": 429,
    "UNAVAILABLE": 503,
    "DEADLINE_EXCEEDED": 504,
}
SECURITY_HEADERS = {
    # Only this origin's own scripts, styles and images; no inline script, no framing.
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


def console_of(request: Request) -> Console:
    console: Console = request.app.state.console
    return console


def build_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(PACKAGE_DIR / "templates"))
    templates.env.filters["rupiah"] = format_rupiah
    templates.env.globals.update(
        status_label=status_label, plain_reason=plain_reason, operation_label=operation_label, CITY=CITY
    )
    return templates


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    console = console_of(request)
    session: Session | None = getattr(request.state, "session", None)
    return console.templates.TemplateResponse(
        request,
        name,
        {
            "session": session,
            "opds": console.opds,
            "local_mode": console.local_mode,
            "local_data": console.local_data,
            **context,
        },
        status_code=status_code,
    )


def error_page(request: Request, status_code: int, message: str) -> Response:
    if request.headers.get("accept", "").startswith("application/json"):
        from starlette.responses import JSONResponse

        return JSONResponse({"pesan": message}, status_code=status_code)
    return render(
        request, "galat.html", status_code=status_code, message=message, status_code_shown=status_code
    )


# ----------------------------------------------------------------------------- sessions


def _set_cookie(response: Response, console: Console, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        secure=console.secure_cookies,
        samesite="strict",
        path="/",
    )


def signed_in(handler: Handler) -> Handler:
    """The page needs a session; a state-changing request also needs the session's CSRF token."""

    @wraps(handler)
    async def guarded(request: Request) -> Response:
        console = console_of(request)
        session = console.sessions.get(request.cookies.get(SESSION_COOKIE))
        if session is None:
            if request.method == "GET" and not request.headers.get("accept", "").startswith(
                "application/json"
            ):
                return RedirectResponse(f"/masuk?lanjut={request.url.path}", status_code=303)
            return error_page(request, 401, plain_reason("UNAUTHENTICATED"))
        if request.method != "GET":
            presented = request.headers.get(CSRF_HEADER)
            if presented is None:
                presented = str((await request.form()).get(CSRF_FIELD) or "")
            if not same_token(session.csrf, presented):
                return error_page(
                    request, 403, "Token keamanan formulir tidak cocok; muat ulang halaman lalu coba lagi."
                )
        request.state.session = session
        try:
            return await handler(request)
        except ServiceError as error:
            if error.code == "UNAUTHENTICATED":  # the token was withdrawn: the session ends here
                console.sessions.close(session.session_id)
                return RedirectResponse("/masuk", status_code=303)
            return error_page(
                request, _STATUS_FOR_CODE.get(error.code, 500), plain_reason(error.reason, error.message)
            )

    return guarded


def opd_scope(request: Request) -> str:
    """The OPD of the path, checked against the signed-in person (403 when foreign); ``""`` is the
    whole city, for an admin only."""
    session: Session = request.state.session
    opd = request.path_params["opd"]
    if opd == CITY:
        if not session.principal.is_admin:
            raise HTTPException(403, plain_reason("PERMISSION_DENIED"))
        return ""
    if not session.principal.may_act_for(opd):
        raise HTTPException(403, plain_reason("PERMISSION_DENIED"))
    return opd


def home_of(session: Session) -> str:
    if session.principal.is_admin:
        return "/pilih-opd"
    return f"/o/{session.principal.opd}/unggah"


async def login_page(request: Request) -> Response:
    console = console_of(request)
    session = console.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is not None:
        return RedirectResponse(home_of(session), status_code=303)
    token = new_token()
    response = render(request, "masuk.html", login_csrf=token, error=None, next_path=_safe_next(request))
    _set_cookie(response, console, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


def _safe_next(request: Request) -> str:
    """Only a path of this console (never another site) to go on to after signing in."""
    target = str(request.query_params.get("lanjut", ""))
    return target if target.startswith("/o/") and "//" not in target and "\\" not in target else ""


async def login(request: Request) -> Response:
    console = console_of(request)
    form = await request.form()
    if not same_token(request.cookies.get(LOGIN_CSRF_COOKIE, ""), str(form.get(CSRF_FIELD) or "")):
        SIGN_INS.labels("csrf").inc()
        return error_page(
            request, 403, "Token keamanan formulir tidak cocok; muat ulang halaman lalu coba lagi."
        )
    token = str(form.get("token") or "").strip()
    try:
        principal = console.authenticator.authenticate(token or None)
    except SamarindaError:
        SIGN_INS.labels("refused").inc()
        fresh = new_token()
        response = render(
            request,
            "masuk.html",
            status_code=401,
            login_csrf=fresh,
            error="Token tidak dikenal. Periksa token yang diberikan Diskominfo untuk OPD Anda.",
            next_path="",
        )
        _set_cookie(response, console, LOGIN_CSRF_COOKIE, fresh, max_age=3600)
        return response
    SIGN_INS.labels("ok").inc()
    session = console.sessions.open(token, principal)
    log.info("console_signed_in", principal=principal.token_id, opd=principal.opd, admin=principal.is_admin)
    next_path = str(form.get("lanjut") or "")
    target = next_path if next_path.startswith("/o/") and "//" not in next_path else home_of(session)
    response = RedirectResponse(target, status_code=303)
    _set_cookie(response, console, SESSION_COOKIE, session.session_id, max_age=None)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


@signed_in
async def logout(request: Request) -> Response:
    console = console_of(request)
    console.sessions.close(request.state.session.session_id)
    response = RedirectResponse("/masuk", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@signed_in
async def home(request: Request) -> Response:
    return RedirectResponse(home_of(request.state.session), status_code=303)


@signed_in
async def choose_opd(request: Request) -> Response:
    session: Session = request.state.session
    if not session.principal.is_admin:
        return RedirectResponse(home_of(session), status_code=303)
    return render(request, "pilih_opd.html", title="Pilih OPD")


# ----------------------------------------------------------------------------- plumbing


class ResponseHeaders(BaseHTTPMiddleware):
    """Security headers on every answer, and the time each route took (Prometheus)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        PAGE_SECONDS.labels(getattr(route, "path", "other"), request.method).observe(
            time.perf_counter() - started
        )
        for name, value in SECURITY_HEADERS.items():
            if name == "cache-control" and request.url.path.startswith("/static/"):
                continue
            response.headers.setdefault(name, value)
        return response


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_page(request, exc.status_code, exc.detail)


def build_app(console: Console) -> Starlette:
    from samarinda_console.web import pages

    routes = [
        Route("/masuk", login_page, methods=["GET"], name="login_page"),
        Route("/masuk", login, methods=["POST"], name="login"),
        Route("/keluar", logout, methods=["POST"], name="logout"),
        Route("/", home, methods=["GET"], name="home"),
        Route("/pilih-opd", choose_opd, methods=["GET"], name="choose_opd"),
        *pages.routes(),
        Mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(ResponseHeaders)],
        exception_handlers={HTTPException: http_error},
    )
    app.state.console = console
    return app
