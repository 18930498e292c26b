"""Tables of mediation sessions: invitations, what the mediator sees of each participant, and
side talks. The participants themselves stay rows of `video_session_participants`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime


class MediationInvitation(Base):
    """An invitation of the other party. The code and the ID number's last four are kept only
    as salted SHA-256; `slip_code` holds the code of a kiosk_print invitation until the
    resident's terminal fetched its slip once."""

    __tablename__ = "mediation_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    delivery: Mapped[str] = mapped_column(String(16))
    display_name_masked: Mapped[str] = mapped_column(String(40))
    phone_masked: Mapped[str | None] = mapped_column(String(16))
    salt: Mapped[str] = mapped_column(String(32))
    code_sha256: Mapped[str] = mapped_column(String(64))
    last4_sha256: Mapped[str] = mapped_column(String(64))
    slip_code: Mapped[str | None] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    attempts_left: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    redeemed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    participant_id: Mapped[str | None] = mapped_column(String(64))


class MediationMember(Base):
    """What the mediator sees of one participant: the masked name, how the identity was
    established, the consent, whether muted or removed; for a browser guest the SHA-256 of
    the cookie that admits them."""

    __tablename__ = "mediation_members"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    display_name_masked: Mapped[str] = mapped_column(String(40))
    joined_by: Mapped[str] = mapped_column(String(24))
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_version: Mapped[str | None] = mapped_column(String(32))
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cookie_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)


class MediationSideTalk(Base):
    """One side talk: a second Janus room admitting only the mediator and one party."""

    __tablename__ = "mediation_side_talks"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    with_participant: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recorded: Mapped[bool] = mapped_column(Boolean)
    room_id: Mapped[int | None] = mapped_column(BigInteger)
    room_secret: Mapped[str | None] = mapped_column(String(64))
    # participant id -> join token of the side room
    join_tokens: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    segment_folder: Mapped[str | None] = mapped_column(String(300))
