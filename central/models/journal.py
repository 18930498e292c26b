"""The hash-chained journal and its head."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Index,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from central.models.base import Base, UTCDateTime


class JournalEntry(Base):
    """One link of the append-only, hash-chained journal. Rows are never updated."""

    __tablename__ = "journal_entries"
    # Fleet alerts look up recent entries of one action (crash loops) at every scrape.
    __table_args__ = (Index("ix_journal_entries_action_at", "action", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class JournalHead(Base):
    """A single row: the latest link. Updating it first serialises writers on every backend."""

    __tablename__ = "journal_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
