"""`/public/`: the resident's phone page (the online channel), served as static files.

The receipt's QR code opens `/public/progress?n=<tracking number>`. The page calls the public
JSON endpoints under `/public/api/`; nothing here needs a login.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from central.public_site.fonts import PageFonts

router = APIRouter(prefix="/public", tags=["public pages"])
_SECURITY = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ASSETS = {
    "public.css": "text/css; charset=utf-8",
    "public_mn.css": "text/css; charset=utf-8",
    "public.js": "text/javascript; charset=utf-8",
}
_HTML: dict[int | str, dict[str, Any]] = {200: {"content": {"text/html": {}}}}


@cache
def _read(name: str) -> bytes:
    return files("central.public_site").joinpath(name).read_bytes()


def _page(name: str = "index.html") -> HTMLResponse:
    return HTMLResponse(_read(name), headers=_SECURITY)


@router.get("/", response_class=HTMLResponse, responses=_HTML)
def home() -> HTMLResponse:
    return _page()


@router.get("/mn", response_class=HTMLResponse, responses=_HTML)
def mongolian() -> HTMLResponse:
    """The page in traditional Mongolian, written in columns (vertical-lr)."""
    return _page("index_mn.html")


@router.get("/{tab}", response_class=HTMLResponse, responses=_HTML)
def tab(tab: Literal["progress", "knowledge", "ask"]) -> HTMLResponse:
    """The same page, opened on one tab (the progress tab reads `?n=` for the number)."""
    return _page()


@router.get("/assets/{name}", responses={200: {"content": {"text/css": {}, "text/javascript": {}}}})
def asset(name: Literal["public.css", "public_mn.css", "public.js"]) -> Response:
    headers = {**_SECURITY, "Cache-Control": "public, max-age=3600"}
    return Response(_read(name), media_type=_ASSETS[name], headers=headers)


def _fonts(request: Request) -> PageFonts:
    fonts = getattr(request.app.state, "page_fonts", None)
    return fonts if isinstance(fonts, PageFonts) else PageFonts()


@router.get(
    "/assets/fonts/{name}",
    responses={200: {"content": {"font/ttf": {}, "text/plain": {}}}},
)
def font(name: Literal["NotoSansMongolian-Regular.ttf", "LICENSE"], request: Request) -> Response:
    """The Mongolian font served with the page, and the licence it comes under."""
    fonts = _fonts(request)
    path, media = (
        (fonts.mongolian, "font/ttf")
        if name.endswith(".ttf")
        else (fonts.licence, "text/plain; charset=utf-8")
    )
    if not path.is_file():
        raise HTTPException(404, f"{name} is not installed on this server (Debian fonts-noto-core)")
    headers = {**_SECURITY, "Cache-Control": "public, max-age=86400"}
    return FileResponse(path, media_type=media, headers=headers)
