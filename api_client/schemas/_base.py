"""What every wire model shares: refuse unknown fields and NUL characters; common patterns."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

TERMINAL_ID_PATTERN = r"^[A-Z0-9]{3,12}$"
ID_MAX = 2**31 - 1  # ids are 32-bit integers in the database
ENROL_CODE_PATTERN = r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"
IDEMPOTENCY_KEY_PATTERN = r"^[0-9a-f-]{36}$"
# Any tracking number: a terminal's own (TERMINAL-YYMMDD-SEQ-CHECK) or the central service's.
TRACKING_NUMBER_PATTERN = r"^[A-Z0-9]{2,12}-\d{6}-\d{5,9}-(\d{4})?[0-9X]$"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        """PostgreSQL text cannot hold NUL; refuse it at the edge instead of failing there."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not contain NUL (\\x00) characters")
        return value
