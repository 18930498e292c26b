"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.console_call_keep_scenario --case CASE ...`): the console call scenario's stack (Janus,
coturn, a real `lexkiosk-central serve`, Debian's Chromium as the notary, the kiosk's
SessionFlow publishing its counter) through one of three things a call must survive:

- `reload`: the notary's call page is reloaded mid-call; it rejoins and frames flow again.
- `handover`: notary A hands the call over in the middle of it; notary B (another Chromium
  with another counter) claims it and the kiosk, still in the same room, sees B; A's join
  token no longer admits anyone.
- `renewal`: every participant through TURN with 20 s credentials; once they have expired
  the path to coturn is cut and restored; both sides come back with fresh credentials.

Prints one JSON line of what each side saw.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import select

from api_client.client import CentralClient, CentralError
from central.db import Database
from central.media.settings import MediaSettings
from central.models import JournalEntry
from central.sessions.models import SessionEvent, VideoSession
from kiosk.controllers.session_view import CallView
from remote_sessions.errors import CallError
from remote_sessions.janus_session import JanusSession
from remote_sessions.pattern import read_counter
from remote_sessions.session_flow import SessionFlow
from remote_sessions.state import CallState
from remote_sessions.videoroom import VIDEOROOM
from tests.central.sessions.support import Scene
from tests.console_call_scenario import (
    CALL_ARGS,
    READ_VIDEO,
    SELECTED_PAIRS,
    _call,
    _kept,
    _queue_and_claim,
    _text_note_and_end,
    add_notary,
    log_in_and_wait_live,
)
from tests.helpers.browser import launch_chromium
from tests.helpers.call_stack import central_with_media
from tests.helpers.fake_capture import write_counter_y4m
from tests.helpers.media import namespace_media
from tests.helpers.path_cut import path_cut
from tests.media_scenario import COUNTER_START
from tests.session_scenario import REPROOF, _kiosk_tracks

# the notaries' fake cameras: counters a frame apart from the kiosk's and from each other
STAFF_COUNTERS = {"ana": 20000, "bob": 40000}
LOOP = 120  # frames in the 8 s y4m loop at 15 fps
TURN_TTL_S = 20
CUT_S = 6.0
BOUND_S = 120.0  # generous: the shared 2-core machine runs at a load of 5 and more


# the relay address coturn allocated for each of the page's peer connections
PAGE_SOCKETS = """async () => {
  const found = [];
  for (const pc of window.lexkioskCall.peerConnections()) {
    const stats = await pc.getStats();
    stats.forEach((s) => {
      if (s.type === 'local-candidate' && s.candidateType === 'relay') {
        found.push([s.address, s.port]);
      }
    });
  }
  return found;
}"""


def _kiosk_counter(value: int) -> bool:
    """The kiosk's counter rises without wrapping (below the notaries' cameras')."""
    return COUNTER_START["kiosk"] <= value < min(STAFF_COUNTERS.values())


def _counters_in(low: int) -> Callable[[int], bool]:
    return lambda value: low <= value < low + LOOP


async def _until(check: Callable[[], Any], timeout_s: float, what: str) -> Any:
    """Poll `check()` until it is truthy, within `timeout_s` (an AssertionError naming `what`)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        await asyncio.sleep(0.1)  # polls a condition under a bounded deadline
    raise AssertionError(f"within {timeout_s:.0f} s: {what}")


async def _page_counters(page: Any, accept: Callable[[int], bool], timeout_s: float) -> list[int]:
    """Counters read from the call page's remote video until five differ."""
    seen: list[int] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and len(set(seen)) < 5:
        data = await page.evaluate(READ_VIDEO)
        if data is not None:
            pixels = np.array(data, dtype=np.uint8).reshape(96, 128, 4)[:, :, :3]
            value = read_counter(pixels)
            if value is not None and accept(value):
                seen.append(value)
        await asyncio.sleep(0.1)  # polls a condition under a bounded deadline
    return seen


async def _kiosk_counters(
    flow: SessionFlow, accept: Callable[[int], bool], timeout_s: float
) -> list[int]:
    """Counters decoded from the kiosk's newest received frames, those `accept` takes, until
    five differ."""
    seen: list[int] = []
    last = (-1, -1)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and len(set(seen)) < 5:
        frame = flow.call.remote.latest() if flow.call is not None else None
        if frame is not None and (frame.feed, frame.seq) != last:
            last = (frame.feed, frame.seq)
            value = read_counter(frame.pixels)
            if value is not None and accept(value):
                seen.append(value)
        await asyncio.sleep(0.05)  # polls a condition under a bounded deadline
    return seen


async def _mend(
    flow: SessionFlow, central: CentralClient, stop: asyncio.Event, said: list[str]
) -> None:
    """What the kiosk's runner does during a call: bring a dropped call back, once the
    resident (identified by card) has proved who they are again (issue 17)."""
    while not stop.is_set():
        call = flow.call
        if call is not None and call.state in (CallState.INTERRUPTED, CallState.FAILED):
            said.append(f"{call.state.value}: {call.error}")
            try:
                await central.report_identity_proof(flow.session_id, REPROOF)
            except CentralError as err:  # e.g. handed over meanwhile: the call comes back anyway
                said.append(f"re-proof not taken: {err}")
            try:
                await flow.reconnect()
                said.append("reconnected")
            except (CallError, CentralError) as err:
                said.append(f"reconnect failed: {err}")
        await asyncio.sleep(0.2)  # the pace of the check, not a synchronisation


async def _watch_kiosk_view(
    central: CentralClient, sid: str, view: CallView, stop: asyncio.Event, seen: list[Any]
) -> None:
    """The kiosk's call screen's model, fed the statuses the runner polls during a call."""
    while not stop.is_set():
        status = await central.session_status(sid)
        phase = view.apply_status(status)
        entry = (phase.value, view.staff_name, view.staff_role)
        if not seen or seen[-1] != list(entry):
            seen.append(list(entry))
        await asyncio.sleep(0.2)  # the pace of polling, as the runner polls


def _journal(db: Database, sid: str) -> dict[str, Any]:
    with db.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        events = session.scalars(
            select(SessionEvent).where(SessionEvent.session_id == vs.id).order_by(SessionEvent.id)
        ).all()
        journal = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.subject == f"session:{sid}")
            .order_by(JournalEntry.seq)
        ).all()
        return {
            "state": vs.state,
            "steps": [[e.from_state, e.to_state, e.reason, e.actor] for e in events],
            "journal": [[j.action, j.actor, j.payload.get("reason", "")] for j in journal],
        }


async def _staff_browser(stack: AsyncExitStack, driver: Any, folder: Path, who: str) -> Any:
    camera = write_counter_y4m(folder / f"{who}.y4m", STAFF_COUNTERS[who])
    browser = await launch_chromium(
        driver, (*CALL_ARGS, f"--use-file-for-fake-video-capture={camera}")
    )
    stack.push_async_callback(browser.close)
    return await browser.new_page(viewport={"width": 1280, "height": 900})


async def _reload(ctx: Ctx) -> None:
    page, flow, out = ctx.page, ctx.flow, ctx.out
    before = flow.call.remote.latest() if flow.call else None
    assert before is not None
    reloaded = time.monotonic()
    await page.reload()
    counters = await _page_counters(page, _kiosk_counter, BOUND_S)
    out["browser_counters_after"] = counters
    out["reload_to_browser_frames_s"] = time.monotonic() - reloaded
    out["page_after"] = await _page_said(page)
    fresh = await _until(
        lambda: (
            (f := flow.call.remote.latest() if flow.call else None)
            and f.feed != before.feed
            and f.seq >= 10
            and f
        ),
        BOUND_S,
        "the kiosk receives the reloaded page's camera",
    )
    out["reload_to_kiosk_frames_s"] = time.monotonic() - reloaded
    out["kiosk_feed_changed"] = fresh.feed != before.feed
    out["state_after"] = (await _until_state(ctx.central, ctx.sid, {"in_call"}, BOUND_S)).state
    out["page_grants"] = await page.evaluate("window.lexkioskCall.grants")


async def _page_said(page: Any) -> dict[str, Any]:
    """The call page's own account (for a failure's message)."""
    said: dict[str, Any] = await page.evaluate(
        "() => ({state: window.lexkioskCall.state, error: window.lexkioskCall.error,"
        " rejoins: window.lexkioskCall.rejoins, grants: window.lexkioskCall.grants,"
        " subscribers: Object.keys(window.lexkioskCall.subscribers),"
        " pcs: window.lexkioskCall.peerConnections().map((pc) => pc.connectionState),"
        " status: document.getElementById('call-status').innerText})"
    )
    return said


async def _until_state(central: CentralClient, sid: str, states: set[str], timeout_s: float) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        status = await central.session_status(sid)
        if status.state in states or time.monotonic() > deadline:
            return status
        await asyncio.sleep(0.2)  # polls a condition under a bounded deadline


async def _handover(ctx: Ctx) -> None:
    page_a, flow, out, sid = ctx.page, ctx.flow, ctx.out, ctx.sid
    out["kiosk_saw_a"] = await _kiosk_counters(flow, _counters_in(STAFF_COUNTERS["ana"]), 60)
    grant_a = await page_a.evaluate("window.lexkioskCall.grant")
    page_b = await _staff_browser(ctx.stack, ctx.driver, ctx.folder, "bob")
    await log_in_and_wait_live(page_b, ctx.base, "bob", False, {})
    view = CallView("notarisation", "")
    view.apply_status(await ctx.central.session_status(sid))
    view.apply_call(CallState.CONNECTED)
    seen: list[Any] = []
    stop = asyncio.Event()
    watcher = asyncio.create_task(_watch_kiosk_view(ctx.central, sid, view, stop, seen))
    try:
        await page_a.select_option("#hand-over-to", "bob")
        await page_a.click("#hand-over-form button[type=submit]")
        await page_a.wait_for_url("**/console/sessions?done=handed_over", timeout=30000)
        await _until(
            lambda: any(s[0] == "handing_over" for s in seen), 30, "the kiosk says hand-over"
        )
        claim = page_b.locator(f'tr[data-session="{sid}"] button.claim')
        await claim.wait_for(timeout=30000)  # arrives over the socket: no reload
        await claim.click()
        await page_b.wait_for_url(f"**/console/sessions/{sid}**")
        out["kiosk_saw_b"] = await _kiosk_counters(
            flow, _counters_in(STAFF_COUNTERS["bob"]), BOUND_S
        )
        out["kiosk_after_b"] = await _kiosk_counters(flow, lambda v: True, 30)
        await _until(lambda: seen[-1][0] == "in_call", 30, "the kiosk back in the call")
    finally:
        stop.set()
        await watcher
    out["kiosk_view"] = seen
    out["kiosk_call_state"] = flow.call.state.value if flow.call else None
    out["a_token_refused"] = await _join_refused(grant_a)
    ctx.page = page_b


async def _join_refused(grant: dict[str, Any]) -> str:
    """Join the room with a grant's tokens; what Janus answered (empty when it admitted)."""
    janus = JanusSession(grant["janus_url"], grant["janus_token"])
    try:
        await janus.open()
        handle = await janus.attach(VIDEOROOM, lambda _event: None)
        await janus.message(
            handle,
            {
                "request": "join",
                "ptype": "publisher",
                "room": grant["room_id"],
                "display": "intruder",
                "token": grant["join_token"],
            },
        )
    except CallError as err:
        return str(err)
    finally:
        await janus.close()
    return ""


async def _renewal(ctx: Ctx) -> None:
    page, flow, out, _settings = ctx.page, ctx.flow, ctx.out, ctx.settings
    assert flow.call is not None
    old_page = (await page.evaluate("window.lexkioskCall.grant"))["ice_servers"][0]["username"]
    old_kiosk = flow.call.grant.ice_servers[0].username or ""
    expiry = max(int(old_page.split(":")[0]), int(old_kiosk.split(":")[0]))
    await _until(lambda: time.time() > expiry + 1, TURN_TTL_S + 30, "the credentials expire")
    # the page's relays on coturn, not the kiosk's: a blackhole route makes sending fail,
    # which aiortc's sender does not survive (the kiosk's own drop is the drop test's)
    sockets = await page.evaluate(PAGE_SOCKETS)
    out["cut_sockets"] = sockets
    cut_at = time.monotonic()
    with path_cut([("udp", address, int(port)) for address, port in sockets]):
        await asyncio.sleep(CUT_S)  # the length of the cut, not a synchronisation
    counters = await _page_counters(page, _kiosk_counter, BOUND_S)
    out["browser_counters_after"] = counters
    out["cut_to_browser_frames_s"] = time.monotonic() - cut_at
    out["page_after"] = await _page_said(page)
    await _until(
        lambda: (
            flow.call is not None
            and flow.call.state is CallState.CONNECTED
            and (f := flow.call.remote.latest()) is not None
            and time.monotonic() - f.at < 1.0
        ),
        BOUND_S,
        "the kiosk receives the page's camera again",
    )
    out["cut_to_kiosk_frames_s"] = time.monotonic() - cut_at
    new_page = (await page.evaluate("window.lexkioskCall.grant"))["ice_servers"][0]["username"]
    out["credentials"] = {
        "old_page": old_page,
        "new_page": new_page,
        "old_kiosk": old_kiosk,
        "new_kiosk": flow.call.grant.ice_servers[0].username,
        "expired_before_cut": expiry < time.time() - CUT_S,
    }
    out["page_grants"] = await page.evaluate("window.lexkioskCall.grants")
    out["browser_pairs"] = await page.evaluate(SELECTED_PAIRS)
    out["kiosk_pairs"] = flow.call.selected_pairs()
    out["state_after"] = (await _until_state(ctx.central, ctx.sid, {"in_call"}, BOUND_S)).state


class Ctx:
    """What a case works with."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    page: Any
    flow: SessionFlow
    central: CentralClient
    sid: str
    out: dict[str, Any]
    stack: AsyncExitStack
    driver: Any
    folder: Path
    base: str
    settings: MediaSettings


CASES = {"reload": _reload, "handover": _handover, "renewal": _renewal}


async def run(
    base: str, db: Database, folder: Path, case: str, settings: MediaSettings
) -> dict[str, Any]:
    from playwright.async_api import async_playwright

    out: dict[str, Any] = {}
    relay = case == "renewal"
    scene = Scene(httpx.Client(base_url=base, timeout=60), db)
    scene.org("city-notary", "150100")
    scene.org("district", "150102", kind="justice_bureau")
    add_notary(db, "ana")
    add_notary(db, "bob", "Bo Notary")
    kiosk_headers = scene.terminal("K001", "district")
    number = scene.delivered_request("K001", kiosk_headers)
    token = kiosk_headers["Authorization"].split(" ", 1)[1]
    video, audio = _kiosk_tracks((320, 240))
    stop = asyncio.Event()
    mended: list[str] = []
    async with (
        CentralClient(base, token, timeout_s=60) as central,
        async_playwright() as driver,
        AsyncExitStack() as stack,
    ):
        flow = SessionFlow(
            central, video, audio, poll_s=0.2, relay_only=relay, reconnect_attempts=5
        )
        stack.push_async_callback(flow.finish)
        page = await _staff_browser(stack, driver, folder, "ana")
        await log_in_and_wait_live(page, base, "ana", relay, out)
        sid = await _queue_and_claim(page, flow, number, folder, out)
        out["call"] = await _call(page, flow)
        mender = asyncio.create_task(_mend(flow, central, stop, mended))
        ctx = Ctx(
            page=page,
            flow=flow,
            central=central,
            sid=sid,
            out=out,
            stack=stack,
            driver=driver,
            folder=folder,
            base=base,
            settings=settings,
        )
        try:
            await CASES[case](ctx)
        except AssertionError as err:  # what each side says then is the failure's message
            out["failed"] = str(err)
            out["page_then"] = await _page_said(ctx.page)
            out["kiosk_then"] = [flow.call.state.value, flow.call.error] if flow.call else None
        finally:
            stop.set()
            await mender
        if "failed" not in out:
            await _text_note_and_end(ctx.page, central, sid, folder, out)
            # the kiosk's last word on its connection, for a failure's reader
            out["kiosk_error_at_end"] = flow.call.error if flow.call is not None else None
    out["kiosk_mended"] = mended
    out.update(_kept(db, number))
    out.update(_journal(db, sid))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--shots", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--case", choices=sorted(CASES), required=True)
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    args.shots.mkdir(parents=True, exist_ok=True)
    extra = {"turn_credential_ttl_s": TURN_TTL_S} if args.case == "renewal" else {}
    settings = namespace_media(
        args.data / "media", args.janus_ip, args.turn_ip, args.relay_ip, **extra
    )
    with central_with_media(args.data, settings) as (base, db):
        result = asyncio.run(run(base, db, args.shots, args.case, settings))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
