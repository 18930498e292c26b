"""What `/public/verify` answers: facts about a seal and an act, never about a person (no
name, no ID number, not even masked: an anonymous caller reads these)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel


class ActFacts(BaseModel):
    act: str
    kind: str
    organisation: str
    state: Literal["sealing_pending", "sealed"]
    recorded_at: datetime
    sealed_at: datetime | None
    seal_signer: str | None
    time_stamp: datetime | None


class AgreementFacts(BaseModel):
    """A sealed 人民调解协议书 of this service, shown only for an upload whose seal is intact and
    trusted (the PDF itself is the proof): no party's name, not even masked."""

    agreement: str  # its number, e.g. MA-20261207-0A1B2C3D
    document: Literal["人民调解协议书"]
    version: int
    organisation: str  # the organisation that mediated it
    sealed_at: datetime | None
    same_as_recorded: bool  # byte for byte the sealed copy this service keeps


class SealAnswer(BaseModel):
    """An uploaded PDF's seal, and the act or mediation agreement it names if it is ours."""

    sealed: bool
    signer: str
    signed_at: datetime | None
    intact: bool
    certificate_valid_then: bool
    timestamped: bool
    revocation_embedded: bool
    altered: bool
    updated_after_sealing: bool
    update_permitted: bool
    what_changed: str
    same_as_sealed: bool  # byte for byte the file this service sealed
    verdict: str  # one sentence in Chinese for the page
    verdict_en: str  # the same sentence in English, shown under it
    act: ActFacts | None
    agreement: AgreementFacts | None = None
    time_zone: str = "Asia/Shanghai"  # the service's: times on the page read as the verdict's
