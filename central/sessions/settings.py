"""Rules of the video-session queue, passed in with the central service's settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SessionSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    max_wait_s: float = Field(
        1800.0, ge=10.0, le=6 * 3600.0, description="a resident queued longer is abandoned"
    )
    preferred_language_s: float = Field(
        120.0,
        ge=0.0,
        le=3600.0,
        description="how long a session in Mongolian is offered only to available staff who "
        "speak it (when there are any) before everyone sees it",
    )
    default_handling_s: float = Field(
        900.0, gt=0, le=4 * 3600.0, description="assumed length of a call before any finished"
    )
    handling_sample: int = Field(20, ge=1, le=500, description="recent calls the wait uses")
