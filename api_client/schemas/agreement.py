"""The wire contract of the mediation agreement (issue 18): the mediator fills a knowledge-base
template (人民调解协议书) during the session, every participant reads the current version, each
party signs its own slot for the version it saw, and once the resident, the other party and
the mediator have signed, the central service renders and seals the PDF and each party gets a
copy (a signed, expiring download link with its QR code; printed at a kiosk).

Paths (built by the central service):

- the mediator, staff: ``GET|PUT /api/v1/sessions/{session_id}/agreement``,
  ``POST /api/v1/sessions/{session_id}/agreement/signature`` (the mediator's confirmation),
  ``GET /api/v1/sessions/{session_id}/agreement/copy``;
- a party at a terminal: the same under ``/api/v1/kiosk/sessions/{session_id}/agreement``;
- the other party in a browser (guest cookie): the same under
  ``/api/v1/guest/sessions/{session_id}/agreement``;
- anyone holding a copy link: ``GET /public/agreements/{agreement_id}/copy?p=..&exp=..&sig=..``.

Every change by the mediator bumps the version and clears all signatures; a signature names
the version it was given for, and a stale one is refused (409).

Pydantic only, like the rest of `api_client.schemas`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api_client.schemas.mediation import MediationRole

AGREEMENT_TEMPLATE = "mediation_agreement"
# who must sign before the agreement is sealed, in the order the PDF shows them
SIGNING_ROLES: tuple[MediationRole, ...] = ("resident", "other_party", "mediator")
MAX_SIGNATURE_PNG_BYTES = 512 * 1024
SealState = Literal["signing", "sealing_pending", "sealed"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AgreementFill(_Wire):
    """The mediator's fill or edit: every value of the template's fields (the whole set each
    time, so what the parties read is exactly what was sent)."""

    values: dict[str, str] = Field(max_length=40)


class AgreementSign(_Wire):
    """A party signs the version it was shown: the ink as a PNG image (a touchscreen pad or a
    browser canvas)."""

    version: int = Field(ge=1, description="the version the party read")
    signature_png_b64: str = Field(min_length=8, max_length=MAX_SIGNATURE_PNG_BYTES * 4 // 3 + 4)


class SignatureShown(_Wire):
    role: MediationRole
    signed: bool
    participant_id: str | None = None
    signed_at: datetime | None = None


class AgreementOut(_Wire):
    """The current version as every participant reads it (the text already rendered)."""

    agreement_id: str
    session_id: str
    version: int
    title: str
    text: str = Field(description="the template body with the mediator's values")
    values: dict[str, str]
    updated_at: datetime
    signatures: list[SignatureShown]
    state: SealState
    you: MediationRole | None = Field(None, description="the asking party's slot, if any")


class AgreementFilled(_Wire):
    """The answer to a fill: the new version and how many signatures it cleared."""

    version: int
    cleared_signatures: int


class CopyLink(_Wire):
    """A party's copy of the sealed agreement: the link (expiring) and its QR code."""

    url: str
    expires_at: datetime
    qr_png_b64: str
