"""A video-call scene for the kiosk's call screens, inside a network namespace: Janus and
coturn under the media supervisor, a real `lexkiosk-central serve` with those media settings,
organisations, a notary, an enrolled terminal, and a scripted staff member (aiortc, its own
event loop on its own thread) who claims, connects, publishes the counter pattern, types in
the text line and ends the call over the real HTTP API."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
from sqlalchemy import select

from central.db import Database
from central.sessions.models import VideoSession
from remote_sessions.grant import JoinGrant
from remote_sessions.videoroom import VideoRoomClient
from tests.central.sessions.support import Headers, Scene
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.media_scenario import participant

T = TypeVar("T")
TERMINAL = "K001"


class _Loop:
    """An asyncio loop on a thread of its own (the staff member's browser, in effect)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="staff", daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout_s: float = 120) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout_s)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


@dataclass
class ScriptedStaff:
    """A notary acting over the central service's HTTP API and publishing through Janus."""

    http: httpx.Client
    headers: Headers
    loop: _Loop
    call: VideoRoomClient | None = None

    def claim_and_join(self, session_id: str) -> None:
        claimed = self.http.post(f"/api/v1/sessions/{session_id}/claim", headers=self.headers)
        assert claimed.status_code == 200, claimed.text
        connected = self.http.post(f"/api/v1/sessions/{session_id}/connect", headers=self.headers)
        assert connected.status_code == 200, connected.text
        self.call = participant(JoinGrant.from_dict(connected.json()), "staff", relay=False)
        self.loop.run(self.call.start())

    def caption(self, session_id: str, text: str) -> None:
        reply = self.http.put(
            f"/api/v1/sessions/{session_id}/caption", json={"text": text}, headers=self.headers
        )
        assert reply.status_code == 200, reply.text

    def end(self, session_id: str, outcome: str = "completed") -> None:
        reply = self.http.post(
            f"/api/v1/sessions/{session_id}/end", json={"outcome": outcome}, headers=self.headers
        )
        assert reply.status_code == 200, reply.text
        if self.call is not None:
            self.loop.run(self.call.close())
            self.call = None


@dataclass
class CallScene:
    base: str
    db: Database
    scene: Scene
    staff: ScriptedStaff
    device_token: str

    def kept(self, public_id: str) -> tuple[str, int | None]:
        """The session's state and rating as the central service stored them."""
        with self.db.session() as session:
            found = session.scalars(
                select(VideoSession).where(VideoSession.public_id == public_id)
            ).one()
            return found.state, found.rating

    def set_available(self, available: bool) -> None:
        reply = self.scene.http.request(
            "PUT",
            "/api/v1/sessions/availability",
            json={"available": available, "languages": ["zh"]},
            headers=self.staff.headers,
        )
        assert reply.status_code == 200, reply.text


@contextmanager
def call_scene(ns: Namespace, data: Path) -> Iterator[CallScene]:
    """Everything runs inside `ns`: this thread enters it for the block, so the kiosk shell
    built in the block (and its network loop) does too."""
    with ExitStack() as stack:
        stack.enter_context(inside(ns))
        settings = namespace_media(data / "media", ns.address_a, ns.address_b, ns.address_a)
        base, db = stack.enter_context(central_with_media(data, settings))
        http = stack.enter_context(httpx.Client(base_url=base, timeout=60))
        scene = Scene(http, db)
        scene.org("city-notary", "150100")
        scene.org("district", "150102", kind="justice_bureau")
        notary = scene.staff("ana", "notary", "city-notary")
        kiosk = scene.terminal(TERMINAL, "district")
        loop = _Loop()
        stack.callback(loop.close)
        staff = ScriptedStaff(http, notary, loop)
        yield CallScene(base, db, scene, staff, kiosk["Authorization"].split(" ", 1)[1])
