"""The act table: one row per completed notarisation session, its certificate and its seal."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime

SEALING_PENDING = "sealing_pending"
SEALED = "sealed"


class NotarialAct(Base):
    """`state` is `sealing_pending` until a seal has been made *and* checked whole (time-stamp
    and revocation data embedded, valid against the trust roots); only then `sealed`."""

    __tablename__ = "notarial_acts"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)
    verify_code: Mapped[str] = mapped_column(String(32))  # in the QR link: no enumeration
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), unique=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the journal entry's content
    certificate_pdf: Mapped[bytes] = mapped_column(LargeBinary)
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    sealed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_sha256: Mapped[str | None] = mapped_column(String(64))
    seal_signer: Mapped[str | None] = mapped_column(String(300))  # the office, never a person
    seal_cert_sha256: Mapped[str | None] = mapped_column(String(64))
    seal_time: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the time-stamp's
