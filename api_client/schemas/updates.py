"""Updates (update_contract.md): the offer a terminal receives and the report it sends back."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire

VERSION_PATTERN = r"^[0-9][0-9A-Za-z.!+]{0,63}$"
UpdateOutcome = Literal["installed", "rolled_back", "refused"]


class UpdateOffer(_Wire):
    """`GET /api/v1/terminals/me/update` (200): a version offered to this terminal."""

    version: str = Field(pattern=VERSION_PATTERN)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=1)
    url: str = Field(pattern=r"^/api/v1/updates/[^/\s]+/bundle$")


class UpdateReport(_Wire):
    """`POST /api/v1/terminals/me/update-report`: what became of an offered version."""

    version: str = Field(pattern=VERSION_PATTERN)
    outcome: UpdateOutcome
    detail: str = Field("", max_length=500, description="plain words, no personal data")
