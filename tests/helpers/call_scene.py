"""A video-call scene for the kiosk's call screens, inside a network namespace: Janus and
coturn under the media supervisor, a real `lexkiosk-central serve` with those media settings,
organisations, a notary, an enrolled terminal, and a scripted staff member (aiortc, its own
event loop on its own thread; the product's, kiosk/demo/scripted_staff.py, which the demo
tour's live call uses too) who claims, connects, publishes the counter pattern, types in the
text line and ends the call over the real HTTP API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import select

from central.db import Database
from central.sessions.models import VideoSession
from kiosk.demo.scripted_staff import ScriptedStaff
from tests.central.sessions.support import Scene
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.media_scenario import SIZE

TERMINAL = "K001"


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
        staff = ScriptedStaff(base, notary, size=SIZE)
        stack.callback(staff.close)
        yield CallScene(base, db, scene, staff, kiosk["Authorization"].split(" ", 1)[1])
