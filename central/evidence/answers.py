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


class SealAnswer(BaseModel):
    """An uploaded PDF's seal, and the act it names if it is one of ours."""

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
    act: ActFacts | None
