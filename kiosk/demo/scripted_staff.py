"""A scripted staff member for the demo tour's live call: logs in to the central service's
staff API, sets themself available, claims the kiosk's session, joins its Janus room with
aiortc publishing the counter pattern (the frames the tests decode) and a tone, types in the
text line and ends the call. The media runs on an asyncio loop of its own thread, as a staff
member's browser would beside the kiosk."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx

from remote_sessions.grant import JoinGrant
from remote_sessions.pattern import counter_frame
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient

T = TypeVar("T")
COUNTER_START = 40000  # the staff's counter, as in the call tests
TONE_HZ = 660.0
SIZE = (640, 480)


class StaffError(RuntimeError):
    """The central service refused a step of the script: the message names it."""


class _Loop:
    """An asyncio loop on a thread of its own."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="staff", daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout_s: float) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout_s)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


class ScriptedStaff:
    """One staff member acting over HTTP and publishing through Janus. Close it when done."""

    def __init__(
        self,
        base_url: str,
        headers: dict[str, str],
        timeout_s: float = 60,
        size: tuple[int, int] = SIZE,
    ) -> None:
        self.timeout_s = timeout_s
        self.size = size
        self.headers = headers
        self.http = httpx.Client(base_url=base_url, timeout=timeout_s, headers=headers)
        self.loop = _Loop()
        self.call: VideoRoomClient | None = None

    @classmethod
    def log_in(cls, base_url: str, username: str, password: str) -> ScriptedStaff:
        """Logs in with the staff account's password (what the demo prints)."""
        with httpx.Client(base_url=base_url, timeout=60) as http:
            reply = http.post(
                "/api/v1/auth/login", json={"username": username, "password": password}
            )
        cls._check(reply, "log in")
        return cls(base_url, {"Authorization": f"Bearer {reply.json()['access_token']}"})

    @staticmethod
    def _check(reply: httpx.Response, step: str) -> None:
        if reply.status_code != 200:
            raise StaffError(f"the staff member could not {step}: HTTP {reply.status_code}")

    def set_available(self, available: bool) -> None:
        body = {"available": available, "languages": ["zh"]}
        reply = self.http.put("/api/v1/sessions/availability", json=body)
        self._check(reply, "set their availability")

    def claim_and_join(self, session_id: str) -> None:
        """Claim, connect, and publish until `end`."""
        self._check(self.http.post(f"/api/v1/sessions/{session_id}/claim"), "claim")
        connected = self.http.post(f"/api/v1/sessions/{session_id}/connect")
        self._check(connected, "connect")
        counter = itertools.count(COUNTER_START)  # goes on across the kiosk's reconnections
        size = self.size
        self.call = VideoRoomClient(
            JoinGrant.from_dict(connected.json()),
            video=lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *size), 15, size),
            audio=lambda: ToneTrack(TONE_HZ),
            connect_timeout_s=self.timeout_s,
        )
        self.loop.run(self.call.start(), self.timeout_s + 10)

    def caption(self, session_id: str, text: str) -> None:
        reply = self.http.put(f"/api/v1/sessions/{session_id}/caption", json={"text": text})
        self._check(reply, "type in the text line")

    def push_document(self, session_id: str, pdf: bytes, title: str) -> int:
        """Push a PDF to the resident's screen during the call; answers its version."""
        reply = self.http.post(
            f"/api/v1/sessions/{session_id}/documents",
            params={"title": title},
            content=pdf,
            headers={"Content-Type": "application/pdf"},
        )
        if reply.status_code != 201:
            raise StaffError(f"the staff member could not push a document: {reply.status_code}")
        version: int = reply.json()["version"]
        return version

    def signed_document(self, session_id: str, version: int) -> bytes:
        """The PDF as the resident signed it (the signature's incremental update on top)."""
        reply = self.http.get(f"/api/v1/sessions/{session_id}/documents/{version}/signed")
        self._check(reply, "fetch the signed document")
        return reply.content

    def end(self, session_id: str, outcome: str = "completed") -> None:
        reply = self.http.post(f"/api/v1/sessions/{session_id}/end", json={"outcome": outcome})
        self._check(reply, "end the call")
        self._hang_up()

    def _hang_up(self) -> None:
        if self.call is not None:
            call, self.call = self.call, None
            self.loop.run(call.close(), 30)

    def close(self) -> None:
        try:
            self._hang_up()
        finally:
            self.loop.close()
            self.http.close()
