"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.console_call_scenario ...`): Janus and coturn under the media supervisor, a real
`lexkiosk-central serve`, Debian's Chromium (Playwright, fake camera and microphone) logged
in as a notary on the console, and the kiosk's SessionFlow (aiortc) publishing the counter
pattern. The notary sets themselves available, sees the session appear without a reload,
claims it; the call page's remote <video> is read through a canvas; the notary types a text
line, keeps a note and ends with an outcome. Prints one JSON line of what each side saw.

`--relay` opens the call page with `?ice=relay` (every browser candidate through coturn)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import select

from api_client.client import CentralClient
from api_client.schemas import StaffCreate
from central.auth.staff import add_staff
from central.db import Database
from central.models import RequestEvent, RequestRow
from remote_sessions.pattern import read_counter
from remote_sessions.session_flow import SessionFlow
from tests.central.sessions.support import Scene
from tests.helpers.browser import accessibility_problems_async, launch_chromium
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media
from tests.media_scenario import COUNTER_START
from tests.session_scenario import _kiosk_tracks

PASSWORD = "correct horse battery staple"
CALL_ARGS = (
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--allow-loopback-in-peer-connection",
    "--autoplay-policy=no-user-gesture-required",
    "--disable-quic",
)
CAPTION = "请出示身份证"
# The remote <video> drawn small into a canvas: 16 blocks of 8 pixels, read like a frame.
READ_VIDEO = """() => {
  const video = document.getElementById('remote-video');
  if (!video || !video.videoWidth) { return null; }
  const canvas = document.createElement('canvas');
  canvas.width = 128; canvas.height = 96;
  const draw = canvas.getContext('2d');
  draw.drawImage(video, 0, 0, 128, 96);
  return Array.from(draw.getImageData(0, 0, 128, 96).data);
}"""
SELECTED_PAIRS = """async () => {
  const found = [];
  for (const pc of window.lexkioskCall.peerConnections()) {
    const stats = await pc.getStats();
    stats.forEach((s) => {
      if (s.type === 'transport' && s.selectedCandidatePairId) {
        const pair = stats.get(s.selectedCandidatePairId);
        found.push([stats.get(pair.localCandidateId).candidateType,
                    stats.get(pair.remoteCandidateId).candidateType]);
      }
    });
  }
  return found;
}"""
# The maxBitrate the page set on each video sender it publishes with (RTCRtpSender parameters)
VIDEO_CAPS = """() => {
  const caps = [];
  for (const pc of window.lexkioskCall.peerConnections()) {
    for (const sender of pc.getSenders()) {
      if (sender.track && sender.track.kind === 'video') {
        caps.push(...sender.getParameters().encodings.map((e) => e.maxBitrate || null));
      }
    }
  }
  return caps;
}"""


def add_notary(db: Database, username: str, display_name: str = "Ana Notary") -> None:
    body = StaffCreate(
        username=username,
        display_name=display_name,
        organisation="city-notary",
        roles=["notary"],
        password=PASSWORD,
    )
    with db.session() as session:
        add_staff(session, body, "test")


async def _browser_counters(page: Any, timeout_s: float) -> list[int]:
    """Counters of the kiosk read from the call page's remote video, until five differ."""
    seen: list[int] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and len(set(seen)) < 5:
        data = await page.evaluate(READ_VIDEO)
        if data is not None:
            pixels = np.array(data, dtype=np.uint8).reshape(96, 128, 4)[:, :, :3]
            value = read_counter(pixels)
            if value is not None and COUNTER_START["kiosk"] <= value < 60000:
                seen.append(value)
        await asyncio.sleep(0.1)  # polls a condition under a bounded deadline
    return seen


async def log_in_and_wait_live(
    page: Any, base: str, username: str, relay: bool, out: dict[str, Any]
) -> None:
    await page.goto(f"{base}/console/sessions{'?ice=relay' if relay else ''}")
    out["anonymous_title"] = await page.title()
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{base}/console/sessions**")
    await page.click("#set-available")
    await page.wait_for_url(f"{base}/console/sessions?done=available")
    if relay:  # the queue page carries the policy to the call page it opens
        await page.goto(f"{base}/console/sessions?ice=relay")
    out["availability"] = await page.inner_text("#availability-now")
    await page.locator("#queue-live.live").wait_for(timeout=30000)
    await page.evaluate("window.__notReloaded = true")


async def _queue_and_claim(
    page: Any, flow: SessionFlow, number: str, shots: Path, out: dict[str, Any]
) -> str:
    asked = await flow.ask(number, "notarisation", "id_card")
    out["asked"] = asked.state
    sid = flow.session_id
    claim = page.locator(f'tr[data-session="{sid}"] button.claim')
    await claim.wait_for(timeout=30000)  # arrives over the socket: no reload
    out["appeared_without_reload"] = await page.evaluate("window.__notReloaded === true")
    await page.screenshot(path=str(shots / "console-sessions.png"), full_page=True)
    out["a11y_sessions"] = await accessibility_problems_async(page)
    await claim.click()
    await page.wait_for_url(f"**/console/sessions/{sid}**")
    return sid


async def _call(page: Any, flow: SessionFlow) -> dict[str, Any]:
    out: dict[str, Any] = {}
    grant = await flow.wait_for_staff(60)
    await flow.join(grant, connect_timeout_s=90)
    assert flow.call is not None
    out["browser_counters"] = await _browser_counters(page, 60)
    async with asyncio.timeout(60):
        while flow.call.remote.latest() is None:  # the notary's camera at the kiosk
            await asyncio.sleep(0.05)  # polls a condition under a bounded deadline
    first = flow.call.remote.latest()
    await asyncio.sleep(1.0)  # one second of the browser's fake camera, counted below
    last = flow.call.remote.latest()
    out["kiosk_frames_in_1s"] = (last.seq - first.seq) if first and last else 0
    out["browser_pairs"] = await page.evaluate(SELECTED_PAIRS)
    out["video_caps"] = await page.evaluate(VIDEO_CAPS)
    out["status_text"] = await page.inner_text("#call-status")
    return out


async def _text_note_and_end(
    page: Any, central: CentralClient, sid: str, shots: Path, out: dict[str, Any]
) -> None:
    await page.fill("#caption-input", CAPTION)
    await page.press("#caption-input", "Enter")
    await page.locator("#caption-shown", has_text="请出示").wait_for(timeout=15000)
    out["kiosk_caption"] = (await central.session_status(sid)).caption
    await page.fill("#note-input", "身份证核对无误 ID checked")
    await page.click("#note-form button[type=submit]")
    await page.locator("#note-saved", has_text="Saved").wait_for(timeout=15000)
    await page.screenshot(path=str(shots / "console-call.png"), full_page=True)
    out["a11y_call"] = await accessibility_problems_async(page)
    await page.select_option("#end-outcome", "completed")
    clicked = time.monotonic()
    await page.click("#end-button")
    try:
        await page.wait_for_url(f"**/console/sessions/{sid}/ended", timeout=20000)
    except Exception as err:  # say where End led instead (a refusal page names its reason)
        said = (await page.inner_text("body"))[:500]
        raise AssertionError(f"End led to {page.url}, not the outcome page: {said}") from err
    out["end_to_outcome_page_s"] = time.monotonic() - clicked
    out["ended_status"] = await page.inner_text("#request-status")
    out["ended_history"] = await page.inner_text("#history")
    await page.screenshot(path=str(shots / "console-ended.png"), full_page=True)


def _kept(db: Database, number: str) -> dict[str, Any]:
    with db.session() as session:
        row = session.scalars(select(RequestRow).where(RequestRow.tracking_number == number)).one()
        history = session.scalars(
            select(RequestEvent.action)
            .where(RequestEvent.request_id == row.id)
            .order_by(RequestEvent.id)
        ).all()
        return {"request_status": row.status, "history": list(history)}


async def run(base: str, db: Database, shots: Path, relay: bool) -> dict[str, Any]:
    from playwright.async_api import async_playwright

    out: dict[str, Any] = {}
    scene = Scene(httpx.Client(base_url=base, timeout=60), db)
    scene.org("city-notary", "150100")
    scene.org("district", "150102", kind="justice_bureau")
    add_notary(db, "ana")
    kiosk_headers = scene.terminal("K001", "district")
    number = scene.delivered_request("K001", kiosk_headers)
    token = kiosk_headers["Authorization"].split(" ", 1)[1]
    video, audio = _kiosk_tracks((320, 240))
    async with (
        CentralClient(base, token, timeout_s=60) as central,
        async_playwright() as driver,
    ):
        flow = SessionFlow(central, video, audio, poll_s=0.2)
        browser = await launch_chromium(driver, CALL_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            await log_in_and_wait_live(page, base, "ana", relay, out)
            sid = await _queue_and_claim(page, flow, number, shots, out)
            out["call"] = await _call(page, flow)
            out["call_url"] = page.url
            await _text_note_and_end(page, central, sid, shots, out)
        finally:
            await browser.close()
            await flow.finish()
    out.update(_kept(db, number))
    out["shots"] = str(shots)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--shots", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--relay", action="store_true")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    args.shots.mkdir(parents=True, exist_ok=True)
    settings = namespace_media(args.data / "media", args.janus_ip, args.turn_ip, args.relay_ip)
    with central_with_media(args.data, settings) as (base, db):
        result = asyncio.run(run(base, db, args.shots, args.relay))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
