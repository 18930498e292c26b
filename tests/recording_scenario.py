"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.recording_scenario ...`): Janus and coturn under the media supervisor, a room with two
aiortc participants (counter pattern and tone), and the central service's recording control
on the given database and store: recording started after consent, the kiosk's path cut (a
drop: the control closes the segment, hashing, journaling, converting and encrypting it), the
path restored and the kiosk reconnected (the control starts the next segment), then the end.
Prints one JSON line: the drop's length and what the staff side saw after it."""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from pathlib import Path
from typing import Any

from central.db import Database
from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from central.recordings.live import RecordingControl
from central.recordings.settings import RecordingSettings
from tests.helpers.media import namespace_media
from tests.helpers.path_cut import call_endpoints, path_cut
from tests.media_scenario import join_grant, observe, participant

SEGMENT_S = 6.0  # recorded per segment after both see each other
DROP_S = 3.0  # the path stays cut this long


async def recorded_call(
    settings: MediaSettings, db: Database, store: RecordingSettings, public_id: str
) -> dict[str, Any]:
    rooms = JanusRooms(settings)
    control = RecordingControl(db, rooms, settings, store)
    room = await rooms.create_room(["kiosk", "staff"])
    kiosk = participant(join_grant(rooms.grant(room, "kiosk")), "kiosk", relay=False)
    staff = participant(join_grant(rooms.grant(room, "staff")), "staff", relay=False)
    out: dict[str, Any] = {}
    try:
        await kiosk.start()
        await staff.start()
        await asyncio.gather(observe(kiosk, "staff", 60), observe(staff, "kiosk", 60))
        # recording starts after consent, with both on the call
        consent = {"read_aloud": True, "spoken": True}
        await control.start(public_id, room, "staff:ana", consent)
        await asyncio.sleep(SEGMENT_S)  # the call goes on while it is recorded
        cut_at = time.monotonic()
        with path_cut(call_endpoints(kiosk)):
            await asyncio.sleep(1.0)  # the drop is reported
            closing = asyncio.create_task(control.stop(public_id, room, "terminal:K001", "drop"))
            await asyncio.sleep(DROP_S - 1.0)
        out["after_drop"] = await _rejoin(kiosk, staff)
        await control.resume(public_id, room, "terminal:K001")
        out["drop_s"] = time.monotonic() - cut_at
        await asyncio.sleep(SEGMENT_S)
        await control.stop(public_id, room, "staff:ana", "end")
        await closing
    finally:
        await kiosk.close()
        await staff.close()
        await rooms.destroy_room(room)
    return out


async def _rejoin(kiosk: Any, staff: Any) -> int:
    await kiosk.reconnect()
    found = await observe(staff, "kiosk", 60)
    return len(found["counters"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--key", type=Path, required=True)
    parser.add_argument("--session", required=True)
    args = parser.parse_args()
    settings = namespace_media(args.data, args.janus_ip, args.turn_ip, args.relay_ip)
    store = RecordingSettings(store_dir=args.store, key_file=args.key)
    socket.setdefaulttimeout(30)
    db = Database(args.db)
    try:
        with MediaSupervisor(settings):
            result = asyncio.run(recorded_call(settings, db, store, args.session))
    finally:
        db.dispose()
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
