"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.browser_call_scenario ...`): Janus and coturn under the media supervisor, a real
`lexkiosk-central serve`, the kiosk's SessionFlow (aiortc) publishing its counter and tone, and
Debian's headless Chromium on a test-only janus.js page joining with the grant a notary got
from claim + connect. Once direct, once with everyone forced through TURN. Prints one JSON line
of what each side decoded."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from api_client.client import CentralClient, CentralRejected
from api_client.schemas.sessions import GrantOut
from central.db import Database
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.session_flow import SessionFlow
from tests.central.sessions.support import Scene
from tests.helpers.browser_call import (
    TEST_PAGE,
    BrowserCall,
    FakeDevices,
    call_browser,
    test_page_files,
)
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media
from tests.helpers.static_site import static_site
from tests.media_scenario import COUNTER_START, TONES, observe, participant
from tests.session_scenario import _kiosk_tracks

SIZE = (640, 480)
WAIT_S = 90.0


async def one_call(
    base: str, people: People, browser: Any, page_url: str, relay: bool, number: str
) -> dict[str, Any]:
    """A kiosk asks, the notary claims and connects in the browser, both sides decode."""
    http = httpx.AsyncClient(base_url=base, timeout=60)
    notary = people.notary
    out: dict[str, Any] = {"relay": relay}
    token = people.kiosk["Authorization"].split(" ", 1)[1]
    video, audio = _kiosk_tracks(SIZE)
    page = await browser.new_page()
    flow: SessionFlow | None = None
    try:
        async with CentralClient(base, token, timeout_s=60) as central:
            flow = SessionFlow(central, video, audio, relay_only=relay, poll_s=0.2)
            await flow.ask(number, "notarisation", "id_card")
            sid = flow.session_id
            await http.post(f"/api/v1/sessions/{sid}/claim", headers=notary)
            connected = await http.post(f"/api/v1/sessions/{sid}/connect", headers=notary)
            await page.goto(page_url)
            probe = BrowserCall(page, TEST_PAGE)
            await probe.install()
            await page.evaluate(
                "([grant, relay]) => window.testCall.start(grant, relay)",
                [connected.json(), relay],
            )
            kiosk_low = COUNTER_START["kiosk"]
            await probe.watch_counters(kiosk_low, kiosk_low + 10**6)
            kiosk_grant = await flow.wait_for_staff(WAIT_S)
            turn_user = kiosk_grant.ice_servers[0].username or "0:"
            out["turn_credential_left_s"] = int(turn_user.split(":", 1)[0]) - time.time()
            await flow.join(kiosk_grant, connect_timeout_s=WAIT_S)
            assert flow.call is not None
            seen_by_kiosk, browser_counters, browser_tone = await asyncio.gather(
                observe(flow.call, "staff", WAIT_S),
                probe.wait_counters(5, WAIT_S),
                probe.wait_tone(TONES["kiosk"], 15, WAIT_S),
            )
            out["kiosk"] = seen_by_kiosk
            out["browser"] = {
                "counters": browser_counters,
                "tone_hz": browser_tone,
                "pairs": await probe.selected_pairs(),
            }
            await http.post(
                f"/api/v1/sessions/{sid}/end", json={"outcome": "completed"}, headers=notary
            )
            await flow.finish()
            out["grant_after_end"] = await _grants_after_end(central, http, sid, notary)
            out["old_grant_after_end"] = await _rejoin(kiosk_grant)
    except BaseException:
        if flow is not None:
            await flow.finish()
        out["page_failure"] = await page.evaluate("() => window.testCall.failure()")
        sys.stderr.write(f"the call failed: {out}\n")
        raise
    finally:
        await page.close()
        await http.aclose()
    return out


async def _grants_after_end(
    central: CentralClient, http: httpx.AsyncClient, sid: str, notary: dict[str, str]
) -> dict[str, int]:
    """The HTTP status each side gets when it asks for a grant of the ended session."""
    try:
        await central.session_grant(sid)
        kiosk = 200
    except CentralRejected as err:
        kiosk = err.status_code
    staff = await http.get(f"/api/v1/sessions/{sid}/grant", headers=notary)
    return {"kiosk": kiosk, "staff": staff.status_code}


async def _rejoin(grant: GrantOut) -> str:
    """The ended session's grant used again: its join token died with the room."""
    late = participant(JoinGrant.from_dict(grant.model_dump()), "kiosk", relay=False)
    try:
        await late.start()
    except CallError as err:
        return str(err)
    finally:
        await late.close()
    return "joined"


@dataclass(frozen=True)
class People:
    notary: dict[str, str]
    kiosk: dict[str, str]


async def run(base: str, db: Database, data: Path) -> dict[str, Any]:
    scene = Scene(httpx.Client(base_url=base, timeout=60), db)
    scene.org("city-notary", "150100")
    scene.org("district", "150102", kind="justice_bureau")
    people = People(scene.staff("ana", "notary", "city-notary"), scene.terminal("K001", "district"))
    scene.available(people.notary)
    devices = FakeDevices.make(data / "fake-devices", COUNTER_START["staff"], TONES["staff"])
    out: dict[str, Any] = {}
    with static_site(test_page_files()) as site:
        async with call_browser(devices) as browser:
            for relay in (False, True):
                number = scene.delivered_request("K001", people.kiosk)
                key = "relay" if relay else "direct"
                out[key] = await one_call(base, people, browser, f"{site}/", relay, number)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    settings = namespace_media(args.data / "media", args.janus_ip, args.turn_ip, args.relay_ip)
    with central_with_media(args.data, settings) as (base, db):
        result = asyncio.run(run(base, db, args.data))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
