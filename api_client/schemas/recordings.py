"""Recordings of video sessions on the wire: starting one after consent, its state, the
segments a handling staff member or their supervisor may play."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, model_validator

from api_client.schemas._base import _Wire


class RecordingStart(_Wire):
    """The staff member starts the recording only after the consent screen was read aloud
    and the resident stated consent, spoken, on the record: both must be affirmed."""

    consent_read_aloud: bool = Field(description="the consent screen was read aloud")
    consent_spoken: bool = Field(description="the resident stated consent, spoken")

    @model_validator(mode="after")
    def _both(self) -> RecordingStart:
        if not (self.consent_read_aloud and self.consent_spoken):
            raise ValueError(
                "recording starts only after consent: read the consent screen aloud, let the "
                "resident state consent, then confirm both (consent_read_aloud, consent_spoken)"
            )
        return self


class RecordingStatus(_Wire):
    session_id: str
    state: Literal["off", "on", "paused", "ended"]
    segment: int = Field(0, description="the segment being (or last) recorded; 0: none yet")


class SegmentParticipant(_Wire):
    """Who was in a side talk: a participant of the session, by id and role (never a name)."""

    participant_id: str
    role: str = Field(description="mediator, resident, other_party, ...")


class SegmentOut(_Wire):
    """One segment of a session's recording. `index` is its place in the recording (the
    playback route's number); `kind` says whether it is the main room's (`main`, numbered
    1, 2, ... across drops) or a mediation side talk (`side_talk`, numbered apart, naming its
    participants)."""

    index: int
    kind: Literal["main", "side_talk"] = Field("main", description="main room or side talk")
    number: int = Field(0, description="its number within its kind")
    participants: list[SegmentParticipant] = Field(
        default_factory=list, description="a side talk's participants; empty for main"
    )
    started_at: datetime
    ended_at: datetime
    duration_s: float
    file_sha256: str
    record_sha256: str
    prev_sha256: str
