"""Run inside a test's network namespace (`ip netns exec NAME python -m tests.mediation_scenario
...`): Janus and coturn, a real `lexkiosk-central serve`, a mediator who claims a resident's
mediation and connects, invites the other party by SMS (the FileNotifier's file), who redeems
it over HTTP with the code and the last four and gets a guest cookie. Three aiortc
participants join the main room through TURN (resident 440 Hz, other party 550 Hz, mediator
660 Hz; each a counter pattern in its own range) and each subscribes to every feed it sees.
Then the mediator holds a side talk with the resident: the other party's client, which keeps
subscribing to everything in the main room, asks for the side room's grant and tries the side
room with its own tokens, must receive nothing of the two; afterwards media flows again.
The main room is recorded from before the side talk (a drop of the kiosk's call closes its
segment 1, the kiosk back starts segment 2, a second drop closes it), and the side talk is
recorded as its own segment between them. Prints one JSON line of what each side saw and
what the recordings API and `journal verify` say of the recording."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

import av
import httpx
import numpy as np

from central.db import Database
from central.recordings.segments import journaled_segments
from central.recordings.settings import recording_settings
from central.recordings.verify import verify_recordings
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.janus_session import JanusSession
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VIDEOROOM, VideoRoomClient
from tests.central.sessions.support import Scene
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media

SIZE = (320, 240)
START = {"resident": 1000, "party": 20000, "mediator": 40000}
TONES = {"resident": 440.0, "party": 550.0, "mediator": 660.0}
SIDE_S = 4.0


def who_is(value: int | None) -> str | None:
    if value is None:
        return None
    for name, low in START.items():
        if low <= value < low + 15000:
            return name
    return None


def client(grant: dict[str, Any], who: str) -> VideoRoomClient:
    counter = itertools.count(START[who])
    return VideoRoomClient(
        JoinGrant.from_dict(grant),
        video=lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), 15, SIZE),
        audio=lambda: ToneTrack(TONES[who]),
        relay_only=True,
        connect_timeout_s=90,
    )


class Ears:
    """What one participant receives: per sender, the counters decoded; all audio samples."""

    def __init__(self, call: VideoRoomClient) -> None:
        self.call = call
        self.samples: list[np.ndarray] = []
        self.rate = 48_000
        call.remote.tap_audio(self._heard)

    def _heard(self, samples: np.ndarray, rate: int) -> None:
        self.samples.append(samples)
        self.rate = rate

    def audio_since(self, start: int) -> np.ndarray:
        got = self.samples[start:]
        return np.concatenate(got) if got else np.zeros(0, dtype=np.int16)

    async def senders(self, seconds: float) -> dict[str, int]:
        """Distinct counters of each sender decoded within `seconds` (a frame that arrived
        before the window does not count)."""
        seen: dict[str, set[int]] = {}
        last = {feed: frame.seq for feed, frame in self.call.remote.frames().items()}
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for feed, frame in self.call.remote.frames().items():
                if last.get(feed) == frame.seq:
                    continue
                last[feed] = frame.seq
                value = read_counter(frame.pixels)
                name = who_is(value)
                if name is not None and value is not None:
                    seen.setdefault(name, set()).add(value)
            await asyncio.sleep(0.02)  # polls under a bounded deadline
        return {name: len(values) for name, values in seen.items()}

    async def until_senders(self, names: set[str], timeout_s: float) -> dict[str, int]:
        deadline = time.monotonic() + timeout_s
        got: dict[str, int] = {}
        while time.monotonic() < deadline:
            got = await self.senders(1.0)
            if all(got.get(n, 0) >= 5 for n in names):
                return got
        return got


def tones_in(samples: np.ndarray, rate: int) -> list[float]:
    """The tones (of TONES) clearly present in `samples`."""
    if len(samples) < rate // 4 or float(np.abs(samples).max(initial=0)) < 500:
        return []
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    top = float(spectrum.max())
    found = []
    for hz in TONES.values():
        band = spectrum[(freqs > hz - 15) & (freqs < hz + 15)]
        if len(band) and float(band.max()) > 0.1 * top:
            found.append(hz)
    return found


async def resubscribe(call: VideoRoomClient) -> None:
    """What a client does when a side talk ends: a fresh subscription to every feed."""
    feeds = list(call._subscribers)
    for feed in feeds:
        await call._unsubscribe(feed)
    await asyncio.gather(*(call._subscribe(feed) for feed in feeds))


async def try_side_room(grant: dict[str, Any], side_room: int) -> dict[str, Any]:
    """The modified client: lists the side room's participants and tries to join it as a
    publisher and to subscribe to each listed feed with its own (main room) tokens."""
    out: dict[str, Any] = {"refusals": [], "listed": 0}
    janus = JanusSession(grant["janus_url"], grant["janus_token"])
    await janus.open()
    try:
        handle = await janus.attach(VIDEOROOM, lambda _event: None)
        feeds: list[int] = []
        try:
            listed = await janus.message(handle, {"request": "listparticipants", "room": side_room})
            feeds = [p["id"] for p in listed.get("participants", []) if p.get("publisher")]
            out["listed"] = len(feeds)
        except CallError as err:
            out["refusals"].append(f"list: {err}")
        attempts: list[dict[str, Any]] = [
            {"request": "join", "ptype": "publisher", "room": side_room, "display": "x"}
        ]
        attempts += [
            {"request": "join", "ptype": "subscriber", "room": side_room, "streams": [{"feed": f}]}
            for f in feeds
        ]
        for body in attempts:
            sub = await janus.attach(VIDEOROOM, lambda _event: None)
            try:
                await janus.message(sub, {**body, "token": grant["join_token"]})
                out["refusals"].append(f"ADMITTED {body['ptype']}")
            except CallError as err:
                out["refusals"].append(f"{body['ptype']}: {err}")
        del handle
    finally:
        await janus.close()
    return out


def recording_state(http: httpx.Client, sid: str, staff: dict[str, str], want: str) -> str:
    """Wait (bounded) until the session's recording is in state `want`; returns the last."""
    state = ""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and state != want:
        state = http.get(f"/api/v1/sessions/{sid}/recording", headers=staff).json()["state"]
        time.sleep(0.2)  # the switch runs after the report's answer
    return state


def drop_and_back(
    http: httpx.Client, sid: str, kiosk: dict[str, str], staff: dict[str, str]
) -> list[str]:
    """The kiosk reports a drop (the main room's segment closes), then that it is back (the
    next segment starts), as its call does when its path breaks for a moment."""
    url = f"/api/v1/kiosk/sessions/{sid}/report"
    states = []
    for event, want in (("dropped", "paused"), ("joined", "on")):
        assert http.post(url, json={"event": event}, headers=kiosk).status_code == 200
        states.append(recording_state(http, sid, staff, want))
    return states


def segments_when(http: httpx.Client, sid: str, staff: dict[str, str], count: int) -> list[Any]:
    """The recordings API's segment list once it has `count` segments (conversions run after
    the answers), bounded."""
    listed: list[Any] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(listed) < count:
        listed = http.get(f"/api/v1/sessions/{sid}/recordings", headers=staff).json()
        time.sleep(0.5)  # polls under a bounded deadline
    return listed


def played(
    http: httpx.Client, sid: str, staff: dict[str, str], index: int, folder: Path
) -> dict[str, Any]:
    """What the segment's file (as played back) holds: its video frames, size and audio."""
    reply = http.get(f"/api/v1/sessions/{sid}/recordings/{index}", headers=staff)
    if reply.status_code != 200:
        return {"status": reply.status_code}
    path = folder / f"played-{index}.webm"
    path.write_bytes(reply.content)
    frames, size = 0, [0, 0]
    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            frames, size = frames + 1, [frame.width, frame.height]
    with av.open(str(path)) as container:
        audio = len(list(container.decode(audio=0)))
    return {"status": 200, "frames": frames, "size": size, "audio_frames": audio}


def recording_of(
    http: httpx.Client, db: Database, data: Path, sid: str, staff: dict[str, str]
) -> dict[str, Any]:
    """Main 1, the side talk, main 2: listed with their kinds, the side talk's file played
    back, its record's feeds, and `journal verify`'s recordings part."""
    listed = segments_when(http, sid, staff, 3)
    with db.session() as session:
        records = journaled_segments(session, sid)
        problems = verify_recordings(session, recording_settings(data, None)).problems
    side = [s for s in listed if s["kind"] == "side_talk"]
    return {
        "segments": listed,
        "feeds": {str(r["index"]): len(r["feeds"]) for r in records},
        "side_file": played(http, sid, staff, side[0]["index"], data) if side else {},
        "verify": problems,
    }


async def run(base: str, db: Database, data: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    began = time.monotonic()
    with httpx.Client(base_url=base, timeout=60) as http:
        scene = Scene(http, db)
        scene.org("committee", "150100", kind="mediation_committee")
        scene.org("district", "150102", kind="justice_bureau")
        mediator = scene.staff("mia", "mediator", "committee")
        scene.available(mediator)
        kiosk = scene.terminal("K001", "district")
        number = scene.delivered_request("K001", kiosk, kind="mediation")
        sid = scene.ask(kiosk, number, kind="mediation")["session_id"]
        assert http.post(f"/api/v1/sessions/{sid}/claim", headers=mediator).status_code == 200
        connected = http.post(f"/api/v1/sessions/{sid}/connect", headers=mediator)
        assert connected.status_code == 200, connected.text
        staff_url = f"/api/v1/staff/sessions/{sid}"
        invited = http.post(
            f"{staff_url}/invitations",
            json={
                "delivery": "sms",
                "display_name": "李四",
                "id_last4": "123X",
                "phone": "13900139000",
            },
            headers=mediator,
        ).json()
        message = json.loads((data / "invitations.jsonl").read_text().splitlines()[-1])
        guest = httpx.Client(base_url=base, timeout=60)
        admitted = guest.post(
            f"/api/v1/invitations/{invited['invitation_id']}/redeem",
            json={
                "code": message["code"],
                "id_last4": "123X",
                "consent": True,
                "consent_version": "2026-12",
            },
        )
        assert admitted.status_code == 200, admitted.text
        out["party_id"] = admitted.json()["participant_id"]
        guest_url = f"/api/v1/guest/sessions/{sid}"
        terminal_url = f"/api/v1/terminal/sessions/{sid}"

        def grant(who: str, room: str = "main") -> httpx.Response:
            if who == "mediator":
                return http.get(f"{staff_url}/grant", params={"room": room}, headers=mediator)
            if who == "resident":
                return http.get(f"{terminal_url}/grant", params={"room": room}, headers=kiosk)
            return guest.get(f"{guest_url}/grant", params={"room": room})

        grants = {who: grant(who).json() for who in START}
        calls = {who: client(grants[who], who) for who in START}
        ears = {who: Ears(call) for who, call in calls.items()}
        try:
            await asyncio.gather(*(c.start() for c in calls.values()))
            out["joined_s"] = time.monotonic() - began
            # everyone receives the other two
            marks = {who: len(e.samples) for who, e in ears.items()}
            out["before"] = {
                who: await ears[who].until_senders(set(START) - {who}, 60) for who in START
            }
            out["tones_before"] = {
                who: tones_in(ears[who].audio_since(marks[who])[-48_000 * 2 :], ears[who].rate)
                for who in START
            }
            # the main room is recorded after consent; a drop and the kiosk back: segment 2
            recording = http.post(
                f"/api/v1/sessions/{sid}/recording",
                json={"consent_read_aloud": True, "consent_spoken": True},
                headers=mediator,
            )
            out["recording_start"] = recording.status_code
            await asyncio.sleep(2.0)  # segment 1 holds some of the call
            out["main_drop"] = drop_and_back(http, sid, kiosk, mediator)
            resident_id = http.get(f"{terminal_url}/mediation", headers=kiosk).json()["you"]
            out["resident_id"] = resident_id
            side = http.post(
                f"{staff_url}/side-talk", json={"participant_id": resident_id}, headers=mediator
            )
            out["side_talk"] = side.status_code
            views = {
                "mediator": http.get(f"{staff_url}/mediation", headers=mediator).json(),
                "party": guest.get(f"{guest_url}/mediation").json(),
            }
            out["rooms"] = {who: v["your_rooms"] for who, v in views.items()}
            out["party_side_grant"] = grant("party", "side").status_code
            side_grants = {who: grant(who, "side").json() for who in ("mediator", "resident")}
            out["side_room_differs"] = (
                side_grants["mediator"]["room_id"] != grants["party"]["room_id"]
            )
            side_calls = {who: client(side_grants[who], who) for who in ("mediator", "resident")}
            side_ears = {who: Ears(c) for who, c in side_calls.items()}
            await asyncio.gather(*(c.start() for c in side_calls.values()))
            out["side_each_other"] = {
                "mediator": await side_ears["mediator"].until_senders({"resident"}, 30),
                "resident": await side_ears["resident"].until_senders({"mediator"}, 30),
            }
            out["party_tries_side"] = await try_side_room(
                grants["party"], side_grants["mediator"]["room_id"]
            )
            await asyncio.sleep(1.0)  # frames in flight when the moderation began drain
            mark = len(ears["party"].samples)
            out["party_during"] = await ears["party"].senders(SIDE_S)
            heard = ears["party"].audio_since(mark)
            out["party_audio_during"] = {
                "samples": len(heard),
                "peak": int(np.abs(heard).max(initial=0)),
                "tones": tones_in(heard, ears["party"].rate),
            }
            out["mediator_hears_party_during"] = await ears["mediator"].until_senders({"party"}, 20)
            ended = http.delete(f"{staff_url}/side-talk", headers=mediator)
            out["side_talk_end"] = ended.status_code
            for c in side_calls.values():
                await c.close()
            # Janus relays an unmuted publisher again but asks it for no keyframe: each
            # client, seeing the side talk end in MediationState, subscribes to the main
            # room's feeds anew (a new subscription makes Janus ask for one)
            await asyncio.gather(*(resubscribe(c) for c in calls.values()))
            out["side_talk_s"] = time.monotonic() - began
            out["party_after"] = await ears["party"].until_senders({"resident", "mediator"}, 45)
            out["party_after_feeds"] = {
                str(feed): frame.seq for feed, frame in ears["party"].call.remote.frames().items()
            }
            out["party_states"] = calls["party"].state.value
            # the kiosk's call drops again: main segment 2 closes after the side talk's
            report = f"/api/v1/kiosk/sessions/{sid}/report"
            assert http.post(report, json={"event": "dropped"}, headers=kiosk).status_code == 200
            out["main_after"] = recording_state(http, sid, mediator, "paused")
            out["recording"] = recording_of(http, db, data, sid, mediator)
        finally:
            for c in calls.values():
                await c.close()
            guest.close()
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
