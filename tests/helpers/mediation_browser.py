"""The browsers of the three-party mediation chain (issue 18): Debian's Chromium with fake
camera and microphone (a counter video and a tone of the participant's own), the mediator
logged in on the console, the other party on the invitation's /join page, and the probe
(call_page/rooms_probe.js) reading what each page receives: counters and tones per publisher
and room, RTP per publisher, and the modified client that subscribes to everything. The
kiosk's side: the tones in the clips its emulated loudspeaker played (WAV files). And how the
mediator logs in and opens the mediation page, and the other party joins by the link."""

from __future__ import annotations

import json
import wave
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from api_client.schemas import StaffCreate
from central.auth.staff import add_staff
from central.db import Database
from tests.central.sessions.support import Headers, Scene
from tests.helpers.browser import CHROMIUM, CHROMIUM_ARGS

# the counter decoding (pattern.js) first, then the probe that uses it
PROBE_JS = "\n".join(
    (Path(__file__).with_name("call_page") / name).read_text(encoding="utf-8")
    for name in ("pattern.js", "rooms_probe.js")
)


def launch(driver: Any, video: Path, audio: Path) -> Any:
    """A headless Chromium (sync Playwright `driver`) whose camera and microphone are files."""
    return driver.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
            f"--use-file-for-fake-audio-capture={audio}",
            "--autoplay-policy=no-user-gesture-required",
            "--disable-quic",
        ],
    )


class RoomsPage:
    """The probe in one page that runs rooms.js."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def install(self) -> None:
        self.page.evaluate(PROBE_JS)

    def mark(self) -> dict[str, int]:
        """How many counters each video gave so far (for `counters(since=...)`)."""
        seen: dict[str, list[int]] = self.page.evaluate("() => window.chainProbe.seen()")
        return {k: len(vs) for k, vs in seen.items()}

    def counters(
        self, low: int, high: int, since: dict[str, int] | None = None
    ) -> dict[str, set[int]]:
        """'participant|room' -> the distinct counters in [low, high) decoded from its video
        (only those decoded after the `since` mark, if given)."""
        seen: dict[str, list[int]] = self.page.evaluate("() => window.chainProbe.seen()")
        marks = since or {}
        return {k: {v for v in vs[marks.get(k, 0) :] if low <= v < high} for k, vs in seen.items()}

    def tones(self) -> dict[str, float | None]:
        """'participant|room' -> the peak frequency of its audio now (None: silence)."""
        found: dict[str, float | None] = self.page.evaluate("() => window.chainProbe.tones()")
        return found

    def received(self) -> dict[str, dict[str, int]]:
        """participant -> {bytes, frames, audioBytes} received from it so far (every
        subscription of the page summed)."""
        got: dict[str, dict[str, int]] = self.page.evaluate(
            "async () => await window.chainProbe.received()"
        )
        return got

    def subscribe_everything(self, grant_url: str, side_room: int) -> dict[str, Any]:
        """Run the modified client (see rooms_probe.js) with the page's own credentials."""
        out: dict[str, Any] = self.page.evaluate(
            "async ([url, room]) => await window.chainProbe.subscribeEverything(url, room)",
            [grant_url, side_room],
        )
        return out


def mediator_with_password(scene: Scene, db: Database, username: str, password: str) -> Headers:
    """The committee's mediator with a password the browser logs in with, and a token."""
    body = StaffCreate(
        username=username,
        display_name="赵调解",
        organisation="committee",
        roles=["mediator"],
        password=password,
    )
    with db.session() as session:
        add_staff(session, body, "test")
    reply = scene.http.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def _logged(page: Any, who: str, lines: list[str]) -> None:
    page.on("console", lambda m: lines.append(f"{who} {m.type}: {m.text}"))
    page.on("pageerror", lambda e: lines.append(f"{who} error: {e}"))


def console_mediation_page(
    browser: Any, base: str, sid: str, login: tuple[str, str], lines: list[str]
) -> RoomsPage:
    """The mediator logs in on the console and opens the session's mediation page (its
    console lines go to `lines`)."""
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    _logged(page, "mediator", lines)
    page.goto(f"{base}/console/sessions")
    page.fill("input[name=username]", login[0])
    page.fill("input[name=password]", login[1])
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/console/sessions**")
    page.goto(f"{base}/console/sessions/{sid}/mediation")
    probe = RoomsPage(page)
    probe.install()
    return probe


def invite_and_join(
    mediator: RoomsPage, browser: Any, sent: Path, last4: str, lines: list[str]
) -> RoomsPage:
    """The mediator invites by the page's form (SMS); the other party opens the link the
    FileNotifier wrote to `sent`, gives the last four and the consent, and joins."""
    page = mediator.page
    page.fill("input[name=display_name]", "李四")
    page.fill("input[name=id_last4]", last4)
    page.fill("input[name=phone]", "13900139000")
    page.click("form.invite button[type=submit]")
    page.locator("#mediation-now", has_text="邀请已发送").wait_for(timeout=30_000)
    message = json.loads(sent.read_text(encoding="utf-8").splitlines()[-1])
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    guest = context.new_page()  # the agreement page opens in the same context (its cookie)
    _logged(guest, "party", lines)
    guest.goto(message["link"])
    guest.fill("#last4", last4)
    guest.check("#consent")
    guest.click("#join button[type=submit]")
    guest.locator("#call").wait_for(state="visible", timeout=30_000)
    probe = RoomsPage(guest)
    probe.install()
    return probe


def played_tones(folder: Path, tones: tuple[float, ...], last: int = 30) -> list[float]:
    """Which of `tones` the newest `last` clips the emulated loudspeaker wrote hold clearly."""
    clips = sorted(folder.glob("clip-*.wav"), key=lambda p: p.stat().st_mtime)[-last:]
    parts: list[NDArray[np.int16]] = []
    rate = 48_000
    for clip in clips:
        with wave.open(str(clip)) as wav:
            rate = wav.getframerate()
            parts.append(np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2"))
    return tones_in(np.concatenate(parts) if parts else np.zeros(0, np.int16), rate, tones)


def tones_in(samples: NDArray[np.int16], rate: int, tones: tuple[float, ...]) -> list[float]:
    """The `tones` clearly present in `samples` (each within 10 % of the strongest peak)."""
    if len(samples) < rate // 4 or float(np.abs(samples).max(initial=0)) < 500:
        return []
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    top = float(spectrum.max())
    found = []
    for hz in tones:
        band = spectrum[(freqs > hz - 15) & (freqs < hz + 15)]
        if len(band) and float(band.max()) > 0.1 * top:
            found.append(hz)
    return found
