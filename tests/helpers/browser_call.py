"""The browser side of a call test: Debian's headless Chromium (Playwright, async API, never
`playwright install`) whose fake camera plays a counter video and whose fake microphone plays
a tone, and a probe in the call page reading what arrived: the remote `<video>`'s counter
(decoded as `remote_sessions.pattern` decodes), the remote tone's frequency, and the selected
ICE candidate pair of each peer connection.

Which page it is does not matter beyond `CallPage` (where the remote video is, how to reach
the page's RTCPeerConnections): the test-only Janus page of this package, or the staff
console's call page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.browser import CHROMIUM, CHROMIUM_ARGS
from tests.helpers.fake_capture import write_counter_y4m, write_tone_wav

PAGE_DIR = Path(__file__).with_name("call_page")
# the counter decoding (pattern.js) first, then the probe that uses it
PROBE_JS = "\n".join(
    (PAGE_DIR / name).read_text(encoding="utf-8") for name in ("pattern.js", "probe.js")
)
JANUS_JS = Path("/usr/share/javascript/janus-gateway/janus.js")
ADAPTER_JS = Path("/usr/share/javascript/webrtc-adapter/adapter.js")


@dataclass(frozen=True)
class CallPage:
    """The page-specific part: a selector for the remote `<video>`, one for the media element
    whose `srcObject` carries the remote audio (the video itself unless given), and a JS
    expression giving the page's RTCPeerConnections (one, a list, or an object holding them:
    the probe collects every RTCPeerConnection it finds there)."""

    remote_video: str
    peers_js: str
    remote_audio: str | None = None

    @property
    def audio_selector(self) -> str:
        return self.remote_audio or self.remote_video


TEST_PAGE = CallPage("#remote-video", "window.testCall.peers()")
# the staff console's call page: the same element ids; its peer connections on lexkioskCall
CONSOLE_PAGE = CallPage(
    "#remote-video", "window.lexkioskCall.peerConnections()", remote_audio="#remote-audio"
)


def test_page_files() -> dict[str, Path]:
    """URL path -> file of the test-only Janus call page (serve with static_site)."""
    return {
        "/": PAGE_DIR / "index.html",
        "/call.js": PAGE_DIR / "call.js",
        "/janus.js": JANUS_JS,
        "/adapter.js": ADAPTER_JS,
    }


@dataclass(frozen=True)
class FakeDevices:
    video: Path
    audio: Path

    @classmethod
    def make(cls, folder: Path, counter_start: int, tone_hz: float) -> FakeDevices:
        """A counter video (640x480, 15 fps) from `counter_start` and a tone of `tone_hz`."""
        folder.mkdir(parents=True, exist_ok=True)
        return cls(
            write_counter_y4m(folder / "camera.y4m", counter_start),
            write_tone_wav(folder / "microphone.wav", tone_hz),
        )

    def args(self) -> list[str]:
        return [
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={self.video}",
            f"--use-file-for-fake-audio-capture={self.audio}",
            "--autoplay-policy=no-user-gesture-required",
            "--disable-quic",
        ]


@asynccontextmanager
async def call_browser(devices: FakeDevices) -> AsyncIterator[Any]:
    """Chromium with the fake devices; yields a Playwright Browser, closed on exit."""
    from playwright.async_api import async_playwright

    async with async_playwright() as driver:
        browser = await driver.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *devices.args()]
        )
        try:
            yield browser
        finally:
            await browser.close()


class BrowserCall:
    """The probe in one call page. Every wait is a bounded `wait_for_function`."""

    def __init__(self, page: Any, spec: CallPage) -> None:
        self.page = page
        self.spec = spec

    async def install(self) -> None:
        await self.page.evaluate(PROBE_JS)

    async def watch_counters(self, low: int, high: int) -> None:
        """Decode the remote video continually, keeping counters in [low, high)."""
        await self.page.evaluate(
            "([sel, low, high]) => window.lexkioskProbe.watchVideo(sel, low, high)",
            [self.spec.remote_video, low, high],
        )

    async def wait_counters(self, distinct: int, timeout_s: float) -> list[int]:
        await self.page.wait_for_function(
            f"() => window.lexkioskProbe.distinct() >= {int(distinct)}",
            timeout=timeout_s * 1000,
        )
        seen: list[int] = await self.page.evaluate("() => window.lexkioskProbe.seen()")
        return seen

    async def wait_tone(self, expected_hz: float, tolerance_hz: float, timeout_s: float) -> float:
        """The remote audio's peak frequency once it is within `tolerance_hz` of `expected_hz`
        (the analyser is attached when the remote stream carries audio)."""
        await self.page.wait_for_function(
            "(sel) => window.lexkioskProbe.listenAudio(sel)",
            arg=self.spec.audio_selector,
            timeout=timeout_s * 1000,
        )
        await self.page.wait_for_function(
            f"() => {{ const f = window.lexkioskProbe.peakHz();"
            f" return f !== null && Math.abs(f - {expected_hz}) <= {tolerance_hz}; }}",
            timeout=timeout_s * 1000,
        )
        found: float = await self.page.evaluate("() => window.lexkioskProbe.peakHz()")
        return found

    async def selected_pairs(self) -> list[tuple[str, str]]:
        """(local, remote) candidate types of each peer connection's selected pair."""
        pairs: list[list[str]] = await self.page.evaluate(
            f"() => window.lexkioskProbe.selectedPairs({self.spec.peers_js})"
        )
        return [(local, remote) for local, remote in pairs]
