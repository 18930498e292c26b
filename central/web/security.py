"""What a browser is told and refused: security headers on every HTML page (and every console
answer), and a refusal of state-changing console requests sent from another site.

The console keeps its session in a cookie, so a page elsewhere could make a staff member's
browser post a form to it (SameSite=Strict stops the cookie in today's browsers; this stops the
request whatever the browser does with cookies, and stops login CSRF, where no cookie is
involved). The check follows the one Go's `net/http.CrossOriginProtection` makes: a browser
names where a request comes from in `Sec-Fetch-Site` (all current browsers) or `Origin`
(every browser on every POST); a request that carries neither did not come from a browser
page, so no third party can have made a browser send it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CONSOLE_PREFIX = "/console"
# Console pages: no scripts at all; inline <style> blocks and style attributes only.
CONSOLE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# FastAPI's /docs and /redoc pages load their bundles from a CDN and run an inline script;
# they show no personal data, but they are framed by nobody either.
DOCS_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; form-action 'none'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
_API_PREFIXES = ("/api/", "/public/api/")
# "same-origin", not "no-referrer": under "no-referrer" a browser sends `Origin: null` even
# with a same-origin form post, and the check below would refuse the console's own forms.
PAGE_HEADERS: dict[str, str] = {
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
}
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_REFUSAL = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8">'
    b"<title>Refused - LexKiosk</title></head><body><main><h1>Refused</h1>"
    b"<p>This form was sent from another site, so it was not carried out. "
    b"Open the console at its own address and send the form again.</p></main></body></html>"
)


def _host(netloc: str, scheme: str) -> str:
    """`host:port` with the scheme's default port dropped, lower-case."""
    netloc = netloc.lower()
    default = _DEFAULT_PORTS.get(scheme)
    if default and netloc.endswith(f":{default}"):
        netloc = netloc[: -len(default) - 1]
    return netloc


def cross_origin(headers: dict[str, str], scheme: str) -> str | None:
    """Why a state-changing request looks sent from another site's page, or None if it does
    not. `headers` are the request's, names lower-case."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        if fetch_site in ("same-origin", "none"):
            return None
        return f"Sec-Fetch-Site: {fetch_site}"
    host = _host(headers.get("host", ""), scheme)
    origin = headers.get("origin")
    if origin is None:
        referer = headers.get("referer")
        if referer is None:
            return None  # no browser sent this: a script or a command-line client did
        parts = urlsplit(referer)
        same = parts.scheme in _DEFAULT_PORTS and _host(parts.netloc, parts.scheme) == host
        return None if same else "Referer from another site"
    parts = urlsplit(origin)
    if origin == "null" or parts.scheme not in _DEFAULT_PORTS:
        return "Origin: null"
    return None if _host(parts.netloc, parts.scheme) == host else "Origin of another site"


def _csp_for(path: str) -> str:
    return DOCS_CSP if path.startswith(DOCS_PATHS) else CONSOLE_CSP


class BrowserSecurity:
    """ASGI middleware: refuse cross-site console writes with 403 before the route (and its
    body) is touched; add the page headers to HTML answers, and keep every console and API
    answer out of caches. A header a route set itself (the public page's own CSP) is kept."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        console = path == CONSOLE_PREFIX or path.startswith(CONSOLE_PREFIX + "/")
        if console and scope["method"] not in SAFE_METHODS:
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            if cross_origin(headers, scope.get("scheme", "http")) is not None:
                await self._refuse(send)
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _with_page_headers(message.get("headers", []), path, console)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, send: Send) -> None:
        headers = _with_page_headers(
            [
                (b"content-type", b"text/html; charset=utf-8"),
                (b"content-length", str(len(_REFUSAL)).encode()),
            ],
            CONSOLE_PREFIX,
            True,
        )
        await send({"type": "http.response.start", "status": 403, "headers": headers})
        await send({"type": "http.response.body", "body": _REFUSAL})


def _with_page_headers(
    raw: list[tuple[bytes, bytes]], path: str, console: bool
) -> list[tuple[bytes, bytes]]:
    """HTML gets every page header; another console or API answer (requests with the
    applicant's details, attachments, a CSV report) is kept out of caches and never sniffed
    into HTML."""
    present = {name.lower() for name, _ in raw}
    content_type = next((v for k, v in raw if k.lower() == b"content-type"), b"")
    if content_type.startswith(b"text/html"):
        wanted = {"Content-Security-Policy": _csp_for(path), **PAGE_HEADERS}
    elif console or path.startswith(_API_PREFIXES):
        wanted = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
    else:
        return raw
    added = [
        (name.lower().encode(), value.encode())
        for name, value in wanted.items()
        if name.lower().encode() not in present
    ]
    return [*raw, *added]
