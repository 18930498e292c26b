"""The pieces of issue 16's acceptance call that the other call scenarios do not have: the
kiosk shell's emulated devices showing the counter pattern and playing a tone (files for its
device settings), the notary in Debian's Chromium on the staff console (the console call
scenario's log-in, then claim, the call page probed with the browser-call harness), and the
session's record. The set-up itself is the kiosk call screens' scene (tests/helpers/call_scene.py):
the browser runs on that scene's staff loop, a thread inside the network namespace, while the
test's thread drives the shell with clicks and keeps Qt's events flowing.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, TypeVar

import cv2
from sqlalchemy import select

from central.db import Database
from central.models import RequestRow
from central.sessions.models import VideoSession
from remote_sessions.pattern import counter_frame
from tests.console_call_scenario import log_in_and_wait_live
from tests.helpers.browser_call import CONSOLE_PAGE, BrowserCall, FakeDevices, call_browser
from tests.helpers.fake_capture import write_tone_wav
from tests.media_scenario import COUNTER_START, TONES
from tests.session_scenario import kept

T = TypeVar("T")
KIOSK_FRAMES = 60  # four seconds at 15 fps, looped by the camera emulator
WAIT_S = 90.0


def kiosk_device_overrides(folder: Path) -> dict[str, str]:
    """Settings overrides giving the kiosk's emulated camera the counter pattern (one PNG a
    frame from COUNTER_START["kiosk"]) and its emulated microphone the kiosk's tone."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = []
    for n in range(KIOSK_FRAMES):
        path = folder / f"counter-{n:03d}.png"
        grey = counter_frame(COUNTER_START["kiosk"] + n)  # grey levels: RGB order is moot
        if not cv2.imwrite(str(path), grey):
            raise OSError(f"could not write {path}")
        frames.append(str(path))
    tone = write_tone_wav(folder / "microphone.wav", TONES["kiosk"])
    return {
        "devices.camera.files": json.dumps(frames),
        "devices.audio.microphone_wav": str(tone),
    }


def wait_on(qtbot: Any, loop: asyncio.AbstractEventLoop, step: Coroutine[Any, Any, T]) -> T:
    """Run `step` on `loop` (another thread) while this thread keeps processing Qt events;
    bounded by WAIT_S (the step's own waits are bounded too)."""
    pending = asyncio.run_coroutine_threadsafe(step, loop)
    try:
        qtbot.waitUntil(pending.done, timeout=int(WAIT_S * 1000) + 30_000)
    except BaseException:
        pending.cancel()
        raise
    return pending.result()


class BrowserNotary:
    """A notary in Debian's Chromium, whose fake camera plays a counter from
    COUNTER_START["staff"] and whose fake microphone plays the staff's tone. Every method
    runs on the loop the browser was opened on."""

    def __init__(self, base: str, username: str, relay: bool, devices: FakeDevices) -> None:
        self.base, self.username, self.relay, self.devices = base, username, relay, devices
        self._stack = AsyncExitStack()
        self.page: Any = None
        self.probe: BrowserCall | None = None
        self.seen: dict[str, Any] = {}

    async def open(self) -> None:
        """Log in, set available, wait until the queue is live."""
        browser = await self._stack.enter_async_context(call_browser(self.devices))
        self.page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await log_in_and_wait_live(self.page, self.base, self.username, self.relay, self.seen)

    async def claim(self, session_id: str) -> str:
        """Claim the session once it appears in the live queue; the call page opens."""
        claim = self.page.locator(f'tr[data-session="{session_id}"] button.claim')
        await claim.wait_for(timeout=WAIT_S * 1000)
        await claim.click()
        await self.page.wait_for_url(f"**/console/sessions/{session_id}**")
        self.probe = BrowserCall(self.page, CONSOLE_PAGE)
        await self.probe.install()
        low = COUNTER_START["kiosk"]
        await self.probe.watch_counters(low, low + 10_000)
        return str(self.page.url)

    async def sees_the_kiosk(self) -> dict[str, Any]:
        """Five distinct kiosk counters read from #remote-video, the kiosk's tone heard."""
        assert self.probe is not None
        counters = await self.probe.wait_counters(5, WAIT_S)
        tone = await self.probe.wait_tone(TONES["kiosk"], 15, WAIT_S)
        return {
            "counters": counters,
            "tone_hz": tone,
            "status": await self.page.inner_text("#call-status"),
        }

    async def pairs(self) -> list[tuple[str, str]]:
        assert self.probe is not None
        return await self.probe.selected_pairs()

    async def screenshot(self, path: Path) -> None:
        await self.page.screenshot(path=str(path), full_page=True)

    async def type_caption(self, text: str) -> None:
        await self.page.fill("#caption-input", text)
        await self.page.press("#caption-input", "Enter")
        await self.page.locator("#caption-shown", has_text=text).wait_for(timeout=WAIT_S * 1000)

    async def end(self, outcome: str) -> dict[str, str]:
        """End the call with `outcome`; what the ended page says about the request."""
        await self.page.select_option("#end-outcome", outcome)
        await self.page.click("#end-button")
        await self.page.wait_for_url("**/console/sessions/*/ended")
        return {
            "status": await self.page.inner_text("#request-status"),
            "history": await self.page.inner_text("#history"),
        }

    async def close(self) -> None:
        await self._stack.aclose()


def session_record(db: Database, session_id: str) -> dict[str, Any]:
    """The session's moves, its journal entries, the request's history and the rating."""
    with db.session() as session:
        number = session.scalars(
            select(RequestRow.tracking_number)
            .join(VideoSession, VideoSession.request_id == RequestRow.id)
            .where(VideoSession.public_id == session_id)
        ).one()
    return kept(db, session_id, number)
