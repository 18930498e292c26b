"""Staff, organisations, roles, and the journal's head."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire

USERNAME_PATTERN = r"^[a-z][a-z0-9._-]{2,31}$"
ORG_CODE_PATTERN = r"^[a-z0-9][a-z0-9-]{1,31}$"
REGION_CODE_PATTERN = r"^[1-9][0-9]{5}$"

Role = Literal[
    "admin",
    "notary",
    "mediator",
    "lawyer",
    "hotline_operator",
    "clerk",
    "supervisor",
    "technician",
]
OrganisationKind = Literal[
    "justice_bureau",
    "notary_office",
    "mediation_committee",
    "law_firm",
    "legal_aid_centre",
    "hotline_centre",
]


class LoginRequest(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)
    password: str = Field(min_length=1, max_length=256)


class StaffOut(_Wire):
    username: str
    display_name: str
    organisation: str = Field(description="organisation code")
    roles: list[Role]
    disabled: bool


class LoginResponse(_Wire):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105
    expires_at: datetime
    staff: StaffOut


class StaffCreate(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)
    display_name: str = Field(min_length=1, max_length=64)
    organisation: str = Field(pattern=ORG_CODE_PATTERN, description="organisation code")
    roles: list[Role] = Field(min_length=1, max_length=8)
    password: str = Field(min_length=12, max_length=256)


class OrganisationCreate(_Wire):
    code: str = Field(pattern=ORG_CODE_PATTERN)
    name: str = Field(min_length=1, max_length=128)
    kind: OrganisationKind
    region_code: str = Field(pattern=REGION_CODE_PATTERN, description="GB/T 2260 region code")
    parent: str | None = Field(None, pattern=ORG_CODE_PATTERN, description="parent org code")


class OrganisationOut(_Wire):
    code: str
    name: str
    kind: OrganisationKind
    region_code: str
    parent: str | None


# --- journal ---------------------------------------------------------------------------------


class JournalHeadOut(_Wire):
    seq: int
    entry_hash: str


class JournalVerifyOut(_Wire):
    ok: bool
    entries: int
    head: str
    broken_at_seq: int | None = None
    reason: str | None = None
