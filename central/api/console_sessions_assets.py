"""What the session pages load besides HTML: their own scripts and styles
(central/console/sessions_static/), Debian's janus.js and webrtc-adapter (found when the
app is made; a missing package gives a plain message naming it), and the live socket
`/console/sessions/events` that tells an open queue page to look again.

The socket takes the console's cookie, so it refuses a handshake a page of another site
started (the Origin check the BrowserSecurity middleware makes for console POSTs); the JSON
WebSocket `/api/v1/events` takes bearer tokens only, which a browser page cannot send.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final

from fastapi import APIRouter, FastAPI, Request, WebSocket, status
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from central.api.console_auth import COOKIE
from central.api.events import relay_events
from central.auth.staff import staff_for_token
from central.bus import Bus
from central.db import Database
from central.sessions.deps import SESSION_ROLES
from central.sessions.notices import sessions_channel
from central.web.security import cross_origin

router = APIRouter(prefix="/console/sessions", tags=["console"])
STATIC_DIR: Final = Path(__file__).resolve().parent.parent / "console" / "sessions_static"
_TYPES: Final = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
STATIC_FILES: Final = frozenset(
    {
        "call.js",
        "queue.js",
        "call.css",
        "identity.js",
        "recording.js",
        "mediation.js",
        "join.js",
        "rooms.js",
        "tiles.js",
        "tiles.css",
        "mediator.js",
        "bitrate.js",
    }
)
# name served -> (Debian path, Debian package)
DEBIAN_SCRIPTS: Final[Mapping[str, tuple[Path, str]]] = {
    "janus.js": (Path("/usr/share/javascript/janus-gateway/janus.js"), "libjs-janus-gateway"),
    "adapter.js": (Path("/usr/share/javascript/webrtc-adapter/adapter.js"), "libjs-webrtc-adapter"),
}


@dataclass(frozen=True)
class VendorScripts:
    """The browser libraries of the call page, as found when the app was made."""

    found: Mapping[str, Path]
    missing: Mapping[str, str]  # name -> the Debian package to install

    def message(self) -> str:
        packages = ", ".join(sorted(set(self.missing.values())))
        return (
            f"视频通话页面需要 Debian 软件包 {packages}。 "
            f"The call page needs the Debian package(s) {packages} (apt-get install {packages})."
        )


def find_vendor_scripts(
    wanted: Mapping[str, tuple[Path, str]] = DEBIAN_SCRIPTS,
) -> VendorScripts:
    found = {name: path for name, (path, _pkg) in wanted.items() if path.is_file()}
    missing = {name: pkg for name, (path, pkg) in wanted.items() if not path.is_file()}
    return VendorScripts(found, missing)


def install_console_sessions(
    app: FastAPI, wanted: Mapping[str, tuple[Path, str]] = DEBIAN_SCRIPTS
) -> None:
    """Find the vendor scripts once, at start."""
    app.state.call_scripts = find_vendor_scripts(wanted)


@router.get("/static/{name}", include_in_schema=False)
def static(name: Annotated[str, PathParam(pattern=r"^[a-z]+\.(js|css)$")]) -> Response:
    if name not in STATIC_FILES:
        return PlainTextResponse("no such file", status_code=status.HTTP_404_NOT_FOUND)
    path = STATIC_DIR / name
    return FileResponse(path, media_type=_TYPES[path.suffix])


@router.get("/vendor/{name}", include_in_schema=False)
def vendor(request: Request, name: Annotated[str, PathParam(pattern=r"^[a-z]+\.js$")]) -> Response:
    scripts: VendorScripts = request.app.state.call_scripts
    if name in scripts.found:
        return FileResponse(scripts.found[name], media_type=_TYPES[".js"])
    if name in scripts.missing:
        return PlainTextResponse(scripts.message(), status_code=status.HTTP_503_SERVICE_UNAVAILABLE)
    return PlainTextResponse("no such file", status_code=status.HTTP_404_NOT_FOUND)


def _organisation_of(database: Database, token: str | None) -> int | None:
    if not token:
        return None
    with database.session() as session:
        staff = staff_for_token(session, token)
        if staff is None or not set(SESSION_ROLES).intersection(staff.roles):
            return None
        return staff.organisation_id


@router.websocket("/events")
async def events(websocket: WebSocket) -> None:
    """`{"type": "ready"}` once listening, then every change of the staff member's
    organisation's sessions (`session.changed`): the page fetches its queue again."""
    headers = {k.lower(): v for k, v in websocket.headers.items()}
    scheme = "https" if websocket.url.scheme == "wss" else "http"
    if cross_origin(headers, scheme) is not None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason="another site")
        return
    database: Database = websocket.app.state.db
    bus: Bus = websocket.app.state.bus
    org = await run_in_threadpool(_organisation_of, database, websocket.cookies.get(COOKIE))
    if org is None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason="log in again")
        return
    await relay_events(websocket, bus, sessions_channel(org))
