"""The recording of a live call: started by the staff member after consent, paused at a drop
(the segment closes), resumed when the resident is back (the next segment), finished at the
end. Its state is read from the journal, where every switch is entered, so every worker
agrees on it without a table of its own."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import Database
from central.journal import chain as journal
from central.media.errors import MediaError
from central.media.rooms import JanusRooms, Room
from central.media.settings import MediaSettings
from central.models import JournalEntry
from central.recordings.at_rest import RecordingKeyError
from central.recordings.convert import ConversionFailed
from central.recordings.segments import (
    SegmentKind,
    close_segment,
    journaled_segments,
    kind_of,
    number_of,
    subject_of,
)
from central.recordings.settings import RecordingSettings
from central.sessions.models import VideoSession

log = logging.getLogger(__name__)

STARTED = "recording.started"
STOPPED = "recording.stopped"
UNCONVERTED = "recording.unconverted"
SIDE_STARTED = "recording.side_talk.started"
SIDE_STOPPED = "recording.side_talk.stopped"
SETTLE_LIMIT = timedelta(minutes=15)  # a segment not closed by then (a crash) is given up
StopReason = Literal["drop", "end"]


@dataclass(frozen=True)
class RecordingNow:
    """Where a session's recording stands: `on` (segment `segment` being written), `paused`
    (the call dropped after it), `ended`; `since` is when that began."""

    state: Literal["on", "paused", "ended"]
    segment: int
    since: datetime


def recording_now(session: Session, public_id: str) -> RecordingNow | None:
    """None: never started."""
    last = session.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.subject == subject_of(public_id),
            JournalEntry.action.in_([STARTED, STOPPED]),
        )
        .order_by(JournalEntry.seq.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    segment = int(last.payload["segment"])
    at = last.at if last.at.tzinfo else last.at.replace(tzinfo=UTC)
    if last.action == STARTED:
        return RecordingNow("on", segment, at)
    return RecordingNow("paused" if last.payload["reason"] == "drop" else "ended", segment, at)


def recording_settled(session: Session, video: VideoSession) -> bool:
    """Whether nothing of the session's recording is still being closed: never started, or
    ended with every segment closed (its record journaled, or its conversion's failure). The
    act's journal entry waits for this, so that it names every segment; a segment still not
    closed `SETTLE_LIMIT` after the call ended (the service stopped meanwhile) is given up."""
    now = recording_now(session, video.public_id)
    side_talks = _side_talks(session, video.public_id)
    if now is None and not side_talks:
        return True
    ended = video.ended_at
    if ended is not None:
        ended = ended if ended.tzinfo else ended.replace(tzinfo=UTC)
        if datetime.now(UTC) - ended > SETTLE_LIMIT:
            return True
    if now is not None and now.state != "ended":
        return False
    closed = _closed(session, video.public_id)
    if any(n not in closed["side_talk"] for n in side_talks):  # running, or converting
        return False
    return now is None or len(closed["main"]) >= now.segment


def _closed(session: Session, public_id: str) -> dict[SegmentKind, set[int]]:
    """The numbers of each kind's segments closed: journaled, or their conversion failed."""
    closed: dict[SegmentKind, set[int]] = {"main": set(), "side_talk": set()}
    for record in journaled_segments(session, public_id):
        closed[kind_of(record)].add(number_of(record))
    failed = session.scalars(
        select(JournalEntry.payload).where(
            JournalEntry.subject == subject_of(public_id), JournalEntry.action == UNCONVERTED
        )
    ).all()
    for payload in failed:
        closed[kind_of(payload)].add(int(payload["segment"]))
    return closed


@dataclass(frozen=True)
class SideTalkEntry:
    """A recorded side talk as its journal entries tell it (`stopped_at` None: running)."""

    number: int
    folder: Path
    participants: list[dict[str, str]]
    started_at: datetime
    stopped_at: datetime | None


def _side_talks(session: Session, public_id: str) -> dict[int, SideTalkEntry]:
    """The session's recorded side talks by number."""
    rows = session.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.subject == subject_of(public_id),
            JournalEntry.action.in_([SIDE_STARTED, SIDE_STOPPED]),
        )
        .order_by(JournalEntry.seq)
    )
    talks: dict[int, SideTalkEntry] = {}
    for row in rows:
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        number = int(row.payload["segment"])
        if row.action == SIDE_STARTED:
            people = [dict(p) for p in row.payload["participants"]]
            talks[number] = SideTalkEntry(number, Path(row.payload["folder"]), people, at, None)
        elif number in talks:
            talks[number] = replace(talks[number], stopped_at=at)
    return talks


def open_side_talk(session: Session, public_id: str) -> int | None:
    """The number of the side talk being recorded now, if one is."""
    running = [t.number for t in _side_talks(session, public_id).values() if not t.stopped_at]
    return running[-1] if running else None


def is_recording(session: Session, public_id: str) -> bool:
    """What the resident's screen shows: recording is on now."""
    now = recording_now(session, public_id)
    return now is not None and now.state == "on"


class RecordingControl:
    """Switches a room's recording and closes segments; one per service."""

    def __init__(
        self,
        db: Database,
        rooms: JanusRooms,
        media: MediaSettings,
        settings: RecordingSettings,
    ) -> None:
        self._db = db
        self._rooms = rooms
        self._media = media
        self._settings = settings
        self._locks: dict[str, asyncio.Lock] = {}
        self._converting: dict[str, asyncio.Lock] = {}

    def _folder_for(self, room: Room, segment: int) -> Path:
        return self._media.recordings_dir / str(room.room_id) / f"segment-{segment}"

    def _lock(self, public_id: str) -> asyncio.Lock:
        return self._locks.setdefault(public_id, asyncio.Lock())

    async def start(self, public_id: str, room: Room, actor: str, consent: dict[str, bool]) -> int:
        """Segment 1 (or the next one after a drop); returns its number."""
        async with self._lock(public_id):
            with self._db.session() as session:
                now = recording_now(session, public_id)
            if now is not None and now.state in ("on", "ended"):
                return now.segment
            segment = 1 if now is None else now.segment + 1
            folder = self._folder_for(room, segment)
            await self._rooms.record(room, folder)
            with self._db.session() as session:
                payload = {"segment": segment, "folder": str(folder), "consent": consent}
                journal.append(session, actor, STARTED, subject_of(public_id), payload)
            return segment

    async def resume(self, public_id: str, room: Room, actor: str) -> None:
        """The next segment, if the recording was paused by a drop (else nothing)."""
        with self._db.session() as session:
            now = recording_now(session, public_id)
        if now is not None and now.state == "paused":
            await self.start(public_id, room, actor, {"resumed_after_drop": True})

    async def stop(self, public_id: str, room: Room, actor: str, reason: StopReason) -> None:
        """Stop writing (Janus closes every publisher's files) and close the segment."""
        async with self._lock(public_id):
            with self._db.session() as session:
                now = recording_now(session, public_id)
                if now is None or now.state == "ended":
                    return
                if now.state == "paused":  # the call ended while dropped: nothing is open
                    if reason == "end":
                        payload = {"segment": now.segment, "reason": reason}
                        journal.append(session, actor, STOPPED, subject_of(public_id), payload)
                    return
                started = now.since
            await self._rooms.record(room, None)
            ended = datetime.now(UTC)
            with self._db.session() as session:
                payload = {"segment": now.segment, "reason": reason}
                journal.append(session, actor, STOPPED, subject_of(public_id), payload)
        # converted outside the switch lock (the next segment may start meanwhile), one
        # segment at a time per session (each record carries the one before it)
        folder = self._folder_for(room, now.segment)
        await self._close(public_id, folder, started, ended, actor, now.segment, "main", [])

    async def _close(
        self,
        public_id: str,
        folder: Path,
        started: datetime,
        ended: datetime,
        actor: str,
        number: int,
        kind: SegmentKind,
        participants: list[dict[str, str]],
    ) -> None:
        async with self._converting.setdefault(public_id, asyncio.Lock()):
            try:
                await asyncio.to_thread(
                    close_segment,
                    self._db,
                    self._settings,
                    public_id,
                    folder,
                    started,
                    ended,
                    actor,
                    number,
                    kind=kind,
                    participants=participants,
                )
            except (ConversionFailed, RecordingKeyError, OSError, ValueError) as err:
                log.error("%s segment %d of %s not converted: %s", kind, number, public_id, err)
                with self._db.session() as session:  # closed, though without its file
                    payload = {"segment": number, "kind": kind, "error": str(err)[:300]}
                    journal.append(session, actor, UNCONVERTED, subject_of(public_id), payload)

    async def start_side_talk(
        self, public_id: str, side: Room, participants: list[dict[str, str]], actor: str
    ) -> tuple[int, Path]:
        """Record the side room into a folder of its own; returns the side talk's number and
        the folder. `participants`: {"participant_id", "role"} of the mediator and the party."""
        async with self._lock(public_id):
            with self._db.session() as session:
                number = len(_side_talks(session, public_id)) + 1
            folder = self._media.recordings_dir / str(side.room_id) / f"side-talk-{number}"
            await self._rooms.record(side, folder)
            with self._db.session() as session:
                payload = {"segment": number, "folder": str(folder), "participants": participants}
                journal.append(session, actor, SIDE_STARTED, subject_of(public_id), payload)
            return number, folder

    async def stop_side_talk(self, public_id: str, side: Room, actor: str) -> int | None:
        """Stop writing the side room (its files close) and journal it; returns the side
        talk's number for `close_side_talk`, None when none was being recorded. A Janus that
        does not answer is journaled with the stop: the segment is closed all the same."""
        async with self._lock(public_id):
            with self._db.session() as session:
                number = open_side_talk(session, public_id)
            if number is None:
                return None
            payload: dict[str, object] = {"segment": number}
            try:
                await self._rooms.record(side, None)
            except MediaError as err:  # Janus gone: what it wrote is closed as it stands
                log.warning("side talk %d of %s not stopped at Janus: %s", number, public_id, err)
                payload["error"] = str(err)[:300]
            with self._db.session() as session:
                journal.append(session, actor, SIDE_STOPPED, subject_of(public_id), payload)
            return number

    async def close_side_talk(self, public_id: str, number: int, actor: str) -> None:
        """Convert, hash, encrypt and journal side talk `number` as a `side_talk` segment,
        exactly as a main segment is closed (run after the answer: conversion takes seconds)."""
        with self._db.session() as session:
            talk = _side_talks(session, public_id)[number]
        ended = talk.stopped_at or datetime.now(UTC)
        await self._close(
            public_id,
            talk.folder,
            talk.started_at,
            ended,
            actor,
            number,
            "side_talk",
            talk.participants,
        )
