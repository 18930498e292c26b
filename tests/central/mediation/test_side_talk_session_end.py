"""A mediation that ends during a side talk ends the side talk first, over the real routes
(TestClient, SQLite; the answer's background tasks run before the client returns): the side
room's recording is stopped, its segment closed as a `side_talk` segment and the side room
destroyed, whichever way the session ends. Janus is mocked at its room API; "Janus down" is
the real room client pointed at a loopback port nobody listens on. Real media:
tests/e2e/test_mediation_rooms_e2e.py."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest.mock import create_autospec

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from central.db import Database
from central.media.rooms import JanusRooms, Room
from central.models import JournalEntry
from central.recordings.at_rest import create_key
from central.recordings.live import SIDE_STARTED, SIDE_STOPPED, RecordingControl, recording_settled
from central.recordings.segments import SEGMENT_ACTION, journaled_segments, subject_of
from central.sessions.mediation import controls
from central.sessions.mediation.models import MediationSideTalk
from central.sessions.mediation.side_talk_end import ROOM_NOT_DESTROYED, end_with_session
from central.sessions.models import VideoSession
from tests.central.mediation.support import Mediation, mediation_in_call, mediator_of
from tests.helpers.media import free_port, media_settings

MAIN, SIDE = 1001, 2002
ENDED_SIDE_TALK = "mediation.side_talk.ended"


@dataclass
class Scene:
    m: Mediation
    rooms: Any  # the mocked JanusRooms
    resident: str
    mediator: str
    media_dir: Path

    @property
    def database(self) -> Database:
        return self.m.central.database

    @property
    def client(self) -> TestClient:
        return self.m.central.client

    def use(self, rooms: Any) -> None:
        """The service's room maker and recorder from now on use `rooms`."""
        app = self.m.central.app
        app.state.rooms = rooms
        app.state.recording_control = RecordingControl(
            self.database, rooms, media_settings(self.media_dir), app.state.recording_settings
        )

    def start_side_talk(self, party: str | None = None) -> Path:
        """The mediator starts a recorded side talk with `party` (the resident unless named);
        returns its folder (made, with nothing playable in it, as Janus leaves it)."""
        party = party or self.resident
        tokens = {self.mediator: "t1", party: "t2"}
        self.rooms.create_room.return_value = Room(SIDE, "side-secret", tokens)
        staff = mediator_of(self.database)
        recorder = self.m.central.app.state.recording_control
        now = datetime.now(UTC)
        asyncio.run(
            controls.start_side_talk(
                self.database, self.rooms, staff, self.m.session_id, party, recorder, now
            )
        )
        folder: Path = self.rooms.record.await_args.args[1]
        folder.mkdir(parents=True, exist_ok=True)
        return folder


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    """The committee's mediator holding a resident's mediation in call (main room 1001, its
    ids written as the connect route would); side rooms are made as 2002."""
    with mediation_in_call(tmp_path, MAIN) as m:
        app, client = m.central.app, m.central.client
        create_key(app.state.recording_settings.key_file)
        you = client.get(
            f"/api/v1/terminal/sessions/{m.session_id}/mediation", headers=m.resident_terminal
        )
        assert you.status_code == 200, you.text
        resident = str(you.json()["you"])
        seen = client.get(m.staff_url("/mediation"), headers=m.mediator)
        assert seen.status_code == 200, seen.text
        rooms = create_autospec(JanusRooms, instance=True)
        made = Scene(m, rooms, resident, str(seen.json()["you"]), tmp_path / "media")
        made.use(rooms)
        yield made


def _entries(database: Database, sid: str) -> list[tuple[str, dict[str, Any]]]:
    with database.session() as session:
        rows = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.subject == subject_of(sid))
            .order_by(JournalEntry.seq)
        )
        return [(r.action, dict(r.payload)) for r in rows]


def _side_talk_row(database: Database) -> MediationSideTalk:
    with database.session() as session:
        row = session.scalars(select(MediationSideTalk)).one()
        session.expunge(row)
        return row


def _settled(database: Database, sid: str) -> bool:
    with database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        return recording_settled(session, vs)


def _destroyed(rooms: Any) -> list[int]:
    return [c.args[0].room_id for c in rooms.destroy_room.await_args_list]


def _end(s: Scene) -> Any:
    return s.client.post(
        f"/api/v1/sessions/{s.m.session_id}/end",
        json={"outcome": "completed", "note": ""},
        headers=s.m.mediator,
    )


def _terminal(s: Scene, tail: str, body: dict[str, str] | None = None) -> Any:
    url = f"/api/v1/kiosk/sessions/{s.m.session_id}{tail}"
    return s.client.post(url, json=body, headers=s.m.resident_terminal)


def _staff_failed(s: Scene) -> Any:
    url = f"/api/v1/sessions/{s.m.session_id}/report"
    return s.client.post(url, json={"event": "failed"}, headers=s.m.mediator)


def test_the_mediators_end_during_a_side_talk_closes_its_segment_and_destroys_its_room(
    scene: Scene,
) -> None:
    """GIVEN a recorded side talk with the resident WHEN the mediator ends the session THEN
    the side room's recording is stopped before the side room is destroyed, the side talk is
    closed as `side_talk` segment 1 (so the recording is settled at once, no 15-minute wait),
    the side talk row is ended, the main room goes too; ending again is refused and changes
    nothing (the side talk is not wound up twice)."""
    s = scene
    s.start_side_talk()
    assert not _settled(s.database, s.m.session_id)  # the side talk holds it
    s.rooms.reset_mock()
    ended = _end(s)
    assert ended.status_code == 200, ended.text
    assert ended.json()["state"] == "completed"
    calls = [c[0] for c in s.rooms.method_calls]
    record_stop = calls.index("record")
    stopped_room, stopped_folder = s.rooms.record.await_args.args
    assert (stopped_room.room_id, stopped_folder) == (SIDE, None)
    assert record_stop < calls.index("destroy_room")
    assert _destroyed(s.rooms) == [SIDE, MAIN]  # the side room first
    s.rooms.moderate.assert_not_awaited()  # the main room goes: nobody is unmuted in it
    actions = [a for a, _p in _entries(s.database, s.m.session_id)]
    assert actions.index(SIDE_STARTED) < actions.index(SIDE_STOPPED) < actions.index(SEGMENT_ACTION)
    (ended_entry,) = [p for a, p in _entries(s.database, s.m.session_id) if a == ENDED_SIDE_TALK]
    assert ended_entry == {"reason": "completed", "recorded": True}
    with s.database.session() as session:
        (segment,) = journaled_segments(session, s.m.session_id)
    assert (segment["kind"], segment["number"]) == ("side_talk", 1)
    assert _side_talk_row(s.database).ended_at is not None
    assert _settled(s.database, s.m.session_id)
    # a second End: the session has ended, the side talk is not wound up again
    again = _end(s)
    assert again.status_code == 403, again.text
    assert "completed" in again.json()["detail"]
    assert _destroyed(s.rooms) == [SIDE, MAIN]
    assert [a for a, _p in _entries(s.database, s.m.session_id)].count(SIDE_STOPPED) == 1
    with s.database.session() as session:
        vs = session.scalars(select(VideoSession)).one()
        assert end_with_session(session, vs, "test", "again", datetime.now(UTC)) is None


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("resident_left", "resident_left"),
        ("terminal_failed", "failed"),
        ("staff_failed", "failed"),
    ],
)
def test_every_other_end_during_a_side_talk_ends_it_too(
    scene: Scene, how: str, reason: str
) -> None:
    """GIVEN a recorded side talk WHEN the session ends another way (the resident leaves, the
    terminal's or the mediator's call fails for good) THEN the side talk ends with it: its
    segment is closed, its room destroyed, and the journal says why."""
    s = scene
    s.start_side_talk()
    s.rooms.reset_mock()
    if how == "resident_left":
        answer = _terminal(s, "/leave")
    elif how == "terminal_failed":
        answer = _terminal(s, "/report", {"event": "failed"})
    else:
        answer = _staff_failed(s)
    assert answer.status_code == 200, answer.text
    assert answer.json()["state"] in ("abandoned", "failed")
    assert SIDE in _destroyed(s.rooms)
    entries = _entries(s.database, s.m.session_id)
    assert [p for a, p in entries if a == ENDED_SIDE_TALK] == [{"reason": reason, "recorded": True}]
    assert SEGMENT_ACTION in [a for a, _p in entries]
    assert _settled(s.database, s.m.session_id)


def test_an_end_with_janus_down_still_ends_and_closes_the_side_talk(scene: Scene) -> None:
    """GIVEN a recorded side talk WHEN Janus stops answering and the mediator ends the session
    THEN the session is completed all the same, the side talk's stop is journaled with the
    error, its segment is closed with what was written, the side room that could not be
    destroyed is journaled by id and error only (no names anywhere in the session's journal,
    no participant id in the entries this adds), and the recording is settled."""
    s = scene
    s.start_side_talk()
    nobody = free_port()  # nobody listens here: connections are refused
    down = JanusRooms(media_settings(s.media_dir, janus_port=nobody), timeout_s=2.0)
    s.use(down)
    ended = _end(s)
    assert ended.status_code == 200, ended.text
    assert ended.json()["state"] == "completed"
    entries = _entries(s.database, s.m.session_id)
    (stopped,) = [p for a, p in entries if a == SIDE_STOPPED]
    assert stopped["segment"] == 1 and "Janus does not answer" in stopped["error"]
    (not_destroyed,) = [p for a, p in entries if a == ROOM_NOT_DESTROYED]
    assert set(not_destroyed) == {"room", "error"} and not_destroyed["room"] == SIDE
    assert "Janus does not answer" in not_destroyed["error"]
    assert SEGMENT_ACTION in [a for a, _p in entries]
    assert _settled(s.database, s.m.session_id)
    assert _side_talk_row(s.database).ended_at is not None
    new = str([p for a, p in entries if a in (SIDE_STOPPED, ROOM_NOT_DESTROYED, ENDED_SIDE_TALK)])
    assert s.resident not in new
    for name in ("王小明", "13800138000"):
        assert name not in str(entries)


def test_a_mediation_without_a_side_talk_ends_as_before(scene: Scene) -> None:
    """GIVEN no side talk (none held, or one already ended) WHEN the mediator ends the session
    THEN only the main room is destroyed and nothing about side talks is journaled."""
    s = scene
    ended = _end(s)
    assert ended.status_code == 200, ended.text
    assert _destroyed(s.rooms) == [MAIN]
    s.rooms.record.assert_not_awaited()
    actions = [a for a, _p in _entries(s.database, s.m.session_id)]
    assert not [a for a in actions if "side_talk" in a]
    assert _settled(s.database, s.m.session_id)


def test_a_removal_janus_fails_still_ends_the_side_talk(scene: Scene) -> None:
    """GIVEN a recorded side talk with the resident WHEN Janus stops answering and the mediator
    removes the resident THEN the answer (502) says they are removed but the media server did
    not confirm it, and the side talk is ended and its segment closed all the same."""
    s = scene
    s.start_side_talk()
    s.use(JanusRooms(media_settings(s.media_dir, janus_port=free_port()), timeout_s=2.0))
    removed = s.client.post(
        s.m.staff_url(f"/participants/{s.resident}/remove"), headers=s.m.mediator
    )
    assert removed.status_code == 502, removed.text
    assert "is removed" in removed.json()["detail"]
    assert "media server did not confirm" in removed.json()["detail"]
    assert _side_talk_row(s.database).ended_at is not None
    entries = _entries(s.database, s.m.session_id)
    assert SIDE_STOPPED in [a for a, _p in entries]
    assert SEGMENT_ACTION in [a for a, _p in entries]
    assert _settled(s.database, s.m.session_id)


def test_a_guest_who_leaves_during_their_side_talk_ends_it(scene: Scene) -> None:
    """GIVEN the other party (a browser guest by invitation) in a recorded side talk WHEN they
    leave for good THEN the side talk ends: its recording stops, its room is destroyed, the
    mediator is unmuted in the main room, its segment is closed; the session goes on."""
    s = scene
    out = s.m.invite()
    admitted = s.m.redeem(out["invitation_id"], s.m.message_of(out["invitation_id"])["code"])
    assert admitted.status_code == 200, admitted.text
    guest = admitted.json()["participant_id"]
    s.start_side_talk(guest)
    s.rooms.reset_mock()
    left = s.client.post(f"/api/v1/guest/sessions/{s.m.session_id}/leave")
    assert left.status_code == 204, left.text
    assert _destroyed(s.rooms) == [SIDE]
    unmuted = {(c.args[0].room_id, c.args[1], c.args[2]) for c in s.rooms.moderate.await_args_list}
    assert (MAIN, s.mediator, False) in unmuted
    assert _side_talk_row(s.database).ended_at is not None
    actions = [a for a, _p in _entries(s.database, s.m.session_id)]
    assert SIDE_STOPPED in actions and SEGMENT_ACTION in actions
    assert _settled(s.database, s.m.session_id)
    with s.database.session() as session:
        assert session.scalars(select(VideoSession)).one().state == "in_call"


def test_handing_the_call_over_ends_the_side_talk_and_keeps_the_main_room(scene: Scene) -> None:
    """GIVEN a recorded side talk with the resident WHEN the mediator hands the call back to
    the queue THEN the side talk ends (the mediator who let go is in no room of it any more):
    its room is destroyed and its segment closed, while the main room stays and the resident
    and the mediator are unmuted in it as they were before the side talk."""
    s = scene
    s.start_side_talk()
    s.rooms.reset_mock()
    handed = s.client.post(
        f"/api/v1/sessions/{s.m.session_id}/hand-over", json={}, headers=s.m.mediator
    )
    assert handed.status_code == 200, handed.text
    assert handed.json()["state"] == "queued"
    assert _destroyed(s.rooms) == [SIDE]  # the main room stays with the resident in it
    unmuted = {(c.args[0].room_id, c.args[1], c.args[2]) for c in s.rooms.moderate.await_args_list}
    assert unmuted == {(MAIN, s.resident, False), (MAIN, s.mediator, False)}
    entries = _entries(s.database, s.m.session_id)
    assert [p for a, p in entries if a == ENDED_SIDE_TALK] == [
        {"reason": "handed_over", "recorded": True}
    ]
    assert SEGMENT_ACTION in [a for a, _p in entries]
    assert _side_talk_row(s.database).ended_at is not None
