"""Tables of video sessions. Participants are rows, not two columns, so a mediation with
several parties (a later issue) is more rows of the same kind."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime


class VideoSession(Base):
    """One session; `state` changes only through central.sessions.transitions, each change a
    conditional UPDATE on the state it leaves (so two workers never both make it)."""

    __tablename__ = "video_sessions"
    __table_args__ = (Index("ix_video_sessions_state_kind", "state", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    language: Mapped[str] = mapped_column(String(4))
    identified_by: Mapped[str] = mapped_column(String(16))
    # An appointment booked with one staff member: only they see and claim it.
    reserved_for_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # first in call
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    end_reason: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(16))
    # The Janus room while the call lasts (created at connecting, destroyed at the end).
    room_id: Mapped[int | None] = mapped_column(BigInteger)
    room_secret: Mapped[str | None] = mapped_column(String(64))
    rating: Mapped[int | None] = mapped_column(Integer)
    # the large text line staff type for residents who cannot hear well (shown, never logged)
    caption: Mapped[str | None] = mapped_column(String(300))


class SessionParticipant(Base):
    """Who is admitted to a session's room: the terminal and each staff member."""

    __tablename__ = "video_session_participants"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(String(64))  # the TURN / Janus identity
    role: Mapped[str] = mapped_column(String(16))  # resident, notary, lawyer, clerk, ...
    kiosk_id: Mapped[int | None] = mapped_column(ForeignKey("kiosks.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    join_token: Mapped[str | None] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SessionRouteRow(Base):
    """Organisations the session may go to, fixed when it is requested."""

    __tablename__ = "video_session_routes"
    __table_args__ = (UniqueConstraint("session_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)


class SessionEvent(Base):
    """The session's history, one row per transition; never updated."""

    __tablename__ = "video_session_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32), default="")


class ServedRegion(Base):
    """An organisation's own routing: it takes sessions of `kind` from terminals in
    `region_code` and below. An organisation with no rows for a kind serves its own region."""

    __tablename__ = "session_served_regions"
    __table_args__ = (UniqueConstraint("organisation_id", "kind", "region_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    region_code: Mapped[str] = mapped_column(String(6))


class StaffPresence(Base):
    """Whether a staff member takes calls now, and the languages they speak."""

    __tablename__ = "staff_presence"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    available: Mapped[bool] = mapped_column(Boolean)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
