"""The tables of the mediation agreement: one row per session (its current version, values and
seal), one row per signature given for a version. A new version deletes the signatures of the
old one (the journal keeps what was signed, by hash)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime

SIGNING = "signing"
SEALING_PENDING = "sealing_pending"
SEALED = "sealed"


class MediationAgreement(Base):
    """`state` is `signing` until every party signed the current version, then
    `sealing_pending` (the PDF rendered, waiting for the seal) and `sealed`."""

    __tablename__ = "mediation_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(40), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("document_templates.id"))
    version: Mapped[int] = mapped_column(Integer)
    values: Mapped[dict[str, str]] = mapped_column(JSON)
    text_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    link_key: Mapped[str] = mapped_column(String(64))  # signs the copy links (per agreement)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # rendered, all signatures placed
    sealed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_sha256: Mapped[str | None] = mapped_column(String(64))
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))


class AgreementSignature(Base):
    """A party's signature on one version (the slot is the role; one per role)."""

    __tablename__ = "mediation_agreement_signatures"
    __table_args__ = (UniqueConstraint("agreement_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mediation_agreements.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    participant_id: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    image_png: Mapped[bytes] = mapped_column(LargeBinary)
    image_sha256: Mapped[str] = mapped_column(String(64))
