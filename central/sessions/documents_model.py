"""The table of documents pushed during a call: one row per pushed version, its signed
return on the same row (a new version leaves the old row's signature as history, but only
the latest version is shown and may be signed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime


class SessionDocument(Base):
    __tablename__ = "video_session_documents"
    __table_args__ = (UniqueConstraint("session_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(120))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    pushed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    pushed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    signed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_sha256: Mapped[str | None] = mapped_column(String(64))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    ink_json: Mapped[str | None] = mapped_column(String)  # the ink as returned (canonical JSON)
    ink_sha256: Mapped[str | None] = mapped_column(String(64))
    ink_points: Mapped[int] = mapped_column(Integer, default=0)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
