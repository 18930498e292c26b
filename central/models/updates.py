"""Software updates: published bundles, their rollouts in waves, and each terminal's part."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from central.models.base import Base, UTCDateTime


class ReleaseKey(Base):
    """A release public key the service trusts: bundles are verified with these before they
    are published, and every configuration pushed to terminals carries them."""

    __tablename__ = "update_release_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the raw key
    pem: Mapped[str] = mapped_column(String(400))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(64))


class UpdateRelease(Base):
    """A bundle verified with the release keys and kept in the data directory's store."""

    __tablename__ = "update_releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    created: Mapped[datetime] = mapped_column(UTCDateTime())  # the bundle's own stamp
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_by: Mapped[str] = mapped_column(String(64))


class UpdateRollout(Base):
    """One version rolled out to the terminals of an organisation's subtree (or all): wave 1
    is the canary share, wave 2 the rest. A halted rollout offers the version to nobody."""

    __tablename__ = "update_rollouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("update_releases.id"), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    canary_percent: Mapped[int] = mapped_column(Integer)
    halt_after: Mapped[int] = mapped_column(Integer)  # failures that halt it
    soak_s: Mapped[int | None] = mapped_column(Integer)  # wave 2 after this with no failure
    wave: Mapped[int] = mapped_column(Integer)  # the highest wave opened: 1 or 2
    failures_forgiven: Mapped[int] = mapped_column(Integer, default=0)  # counted before resume
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by: Mapped[str] = mapped_column(String(64))
    wave_opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    halted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    halt_reason: Mapped[str | None] = mapped_column(String(200))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class UpdateTarget(Base):
    """A terminal's place in a rollout: its wave, when it was first offered the version, and
    what it reported."""

    __tablename__ = "update_targets"
    __table_args__ = (UniqueConstraint("rollout_id", "kiosk_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rollout_id: Mapped[int] = mapped_column(ForeignKey("update_rollouts.id"), index=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    wave: Mapped[int] = mapped_column(Integer)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(String(500))
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
