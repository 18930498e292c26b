"""Software updates: what the central service offers a terminal, and what the terminal says
happened when it tried the offered version (the update contract shared by both sides)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire

# A PEP 440 version as it may appear in a URL and a file name: no slash, no "..".
UPDATE_VERSION_PATTERN = r"^[0-9][0-9A-Za-z+!_-]*(\.[0-9A-Za-z+!_-]+)*$"
UpdateOutcome = Literal["installed", "rolled_back", "refused"]


class UpdateOffer(_Wire):
    """A version offered to the asking terminal: its wave has opened and it does not run it."""

    version: str = Field(max_length=64, pattern=UPDATE_VERSION_PATTERN)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="of the whole bundle file")
    size: int = Field(ge=1, description="bytes of the bundle file")
    url: str = Field(description="where to download the bundle, relative to the service")


class UpdateReport(_Wire):
    """What the terminal's updater did with an offered version; `detail` holds no personal
    data (a reason such as "bad signature" or "health check: no heartbeat within 60 s")."""

    version: str = Field(min_length=1, max_length=64, pattern=UPDATE_VERSION_PATTERN)
    outcome: UpdateOutcome
    detail: str = Field("", max_length=500)
