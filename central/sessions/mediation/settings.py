"""Settings of mediation sessions, passed in with the central service's settings."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl


class MediationSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    notifier: Literal["file", "sms_gateway"] = Field(
        "file", description="how invitations are handed over: a JSON-lines file or an SMS gateway"
    )
    notifier_file: Path | None = Field(
        None, description="the FileNotifier's file (default: invitations.jsonl in data_dir)"
    )
    sms_gateway_url: HttpUrl | None = Field(None, description="the SMS gateway's POST endpoint")
    sms_timeout_s: float = Field(5.0, gt=0, le=60)
    public_base_url: str | None = Field(
        None,
        description="the central service as an invited guest reaches it (default: the address "
        "the mediator's request came to)",
    )
    invitation_max_minutes: int = Field(
        24 * 60, ge=5, le=7 * 24 * 60, description="the longest lifetime a mediator may give"
    )
    attempts_limit: int = Field(5, ge=1, le=20, description="wrong code/last four before lock")
    side_talks_recorded: bool = Field(True, description="record side talks as own segments")
    consent_version: str = Field("2026-12", min_length=1, max_length=32)
    redeem_per_client: int = Field(20, ge=1, description="redeem calls per address per window")
    redeem_window_s: float = Field(900.0, gt=0)
