"""The wire contract between terminals and the central service.

Pydantic only: imported by both `api_client` and `central`, and the OpenAPI document is
generated from it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

TERMINAL_ID_PATTERN = r"^[A-Z0-9]{3,12}$"
ENROL_CODE_PATTERN = r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"

DeviceFamilyName = Literal["camera", "idReader", "scanner", "printer", "speech"]
DeviceStatusName = Literal[
    "online",
    "offline",
    "noDevice",
    "hardwareError",
    "deviceBusy",
    "userError",
    "powerOff",
    "starting",
]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Health(_Wire):
    status: Literal["ok", "degraded"]
    version: str
    database: Literal["ok", "unavailable"]


class EnrolRequest(_Wire):
    code: str = Field(pattern=ENROL_CODE_PATTERN, description="one-time code, e.g. ABCD-EFGH-JKLM")
    terminal_id: str = Field(pattern=TERMINAL_ID_PATTERN)
    site: str = Field(min_length=1, max_length=64)


class EnrolResponse(_Wire):
    kiosk_id: int
    terminal_id: str
    device_token: str = Field(description="bearer token for this terminal; shown once")


class DeviceState(_Wire):
    family: DeviceFamilyName
    status: DeviceStatusName
    detail: str = Field("", max_length=200)


class Heartbeat(_Wire):
    sent_at: datetime
    app_version: str = Field(max_length=32)
    devices: list[DeviceState] = Field(max_length=32)


class HeartbeatAck(_Wire):
    server_time: datetime
    next_heartbeat_s: float


class Problem(_Wire):
    detail: str


# --- Submissions from the outbox -------------------------------------------------------------

SubmissionKind = Literal[
    "legal_aid", "consultation", "notarisation", "mediation", "callback", "rating"
]


class Submission(_Wire):
    """One item from a terminal's outbox. The idempotency key makes a retry harmless: the
    central service answers a repeat with the record it already has."""

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    kind: SubmissionKind
    tracking_number: str = Field(pattern=r"^[A-Z0-9]{3,12}-\d{6}-\d{5,9}-[0-9X]$")
    submitted_at: datetime
    payload: dict[str, object]


class SubmissionReceipt(_Wire):
    tracking_number: str
    duplicate: bool = Field(description="true when this key had already been received")
