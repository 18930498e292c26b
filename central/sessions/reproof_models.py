"""The table of identity proofs made during a video session (issue 17). Masked values only:
the subject is the mask of the document number, the document image stays an upload."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from central.models import Base, UTCDateTime


class IdentityProofRow(Base):
    """One identification of the resident: at the start of the session, or after a drop."""

    __tablename__ = "video_session_identity_proofs"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("video_sessions.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    occasion: Mapped[str] = mapped_column(String(8))  # start, reproof
    method: Mapped[str] = mapped_column(String(16))  # id_card, passport, face_check
    result: Mapped[str] = mapped_column(String(8))  # passed, failed
    subject_masked: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(200), default="")
    # the ID card or passport image (an upload of the same terminal), opened on demand
    document_upload_id: Mapped[str | None] = mapped_column(ForeignKey("uploads.upload_id"))
