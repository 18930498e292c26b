"""The wire contract of identity proofs in a video session (issue 17): the terminal reports how
the resident was identified when the session began and each re-proof after a drop; the staff
member holding the call reads the results.

Only masked values cross the wire: a proof names its subject as the mask of the document
number (api_client.personal_data.mask_id_number), never the number or a name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire
from api_client.schemas.submissions import UPLOAD_ID_PATTERN

ProofOccasion = Literal["start", "reproof"]
ProofMethod = Literal["id_card", "passport", "face_check"]
ProofResult = Literal["passed", "failed"]
# a mask as mask_id_number makes it: at most the six digits of the region of issue shown
MASKED_SUBJECT_PATTERN = r"^[0-9]{0,6}\*{4,30}$"


class IdentityProofIn(_Wire):
    """One identification at the terminal: at the start of the session or after a drop."""

    occasion: ProofOccasion
    method: ProofMethod
    result: ProofResult
    subject_masked: str = Field(
        pattern=MASKED_SUBJECT_PATTERN,
        description="the document number masked, e.g. 150102************; never the number",
    )
    detail: str = Field("", max_length=200, description="what the check said, no personal data")
    document_upload_id: str | None = Field(
        None,
        pattern=UPLOAD_ID_PATTERN,
        description="the ID card or passport image this terminal uploaded, shown to staff "
        "on demand (only with the start proof)",
    )


class IdentityProofOut(_Wire):
    number: int = Field(description="1, 2, ... in the order they were made")
    at: datetime
    occasion: ProofOccasion
    method: ProofMethod
    result: ProofResult
    subject_masked: str
    detail: str
    has_document: bool = Field(description="a document image may be opened on demand")


class IdentityProofs(_Wire):
    """The proofs of one session and whether the act may complete."""

    session_id: str
    drops: int = Field(description="how often the call dropped")
    reproof_needed: bool = Field(description="a drop has no passed re-proof after it yet")
    proofs: list[IdentityProofOut]
