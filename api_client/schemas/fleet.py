"""Terminals: enrolment, heartbeats, device states, configuration pushes, remote commands."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from api_client.schemas._base import ENROL_CODE_PATTERN, ID_MAX, TERMINAL_ID_PATTERN, _Wire
from api_client.schemas.staff import ORG_CODE_PATTERN

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
    ca_pem: str | None = Field(
        None,
        max_length=64 * 1024,
        description="the CA behind the service's TLS certificate, for the terminal to pin",
    )


class DeviceState(_Wire):
    family: DeviceFamilyName
    status: DeviceStatusName
    detail: str = Field("", max_length=200)


class Heartbeat(_Wire):
    sent_at: datetime
    app_version: str = Field(max_length=32)
    devices: list[DeviceState] = Field(max_length=32)
    outbox_backlog: int | None = Field(
        None, ge=0, le=10_000_000, description="submissions waiting in the terminal's outbox"
    )
    disk_free_percent: float | None = Field(
        None, ge=0, le=100, description="free space left on the terminal's data disk"
    )


class HeartbeatAck(_Wire):
    server_time: datetime
    next_heartbeat_s: float
    config_version: int | None = Field(
        None, description="the configuration version in force for this terminal; fetch if newer"
    )
    pending_commands: int = Field(0, ge=0, description="remote commands waiting to be fetched")


class Problem(_Wire):
    detail: str


# --- fleet, staff side -----------------------------------------------------------------------


class EnrolCodeRequest(_Wire):
    organisation: str = Field(pattern=ORG_CODE_PATTERN, description="owner of the terminal")
    site: str | None = Field(None, min_length=1, max_length=64)
    ttl_hours: float = Field(24.0, gt=0, le=720)
    terminal_id: str | None = Field(
        None,
        pattern=TERMINAL_ID_PATTERN,
        description="re-enrol this terminal of `organisation` (a new disk, a replaced board); "
        "without it the code enrols a new terminal only",
    )


class EnrolCodeResponse(_Wire):
    code: str = Field(description="one-time enrolment code; shown once")
    expires_at: datetime


class KioskOut(_Wire):
    terminal_id: str
    site: str
    organisation: str | None
    region_code: str | None
    online: bool
    revoked: bool
    last_seen: datetime | None
    app_version: str | None
    devices: list[DeviceState]
    config_version: int | None = Field(None, description="last version the terminal applied")


class TokenRotation(_Wire):
    device_token: str = Field(description="the new bearer token; the old one works until used")


# --- configuration pushed to terminals -------------------------------------------------------

ConfigTargetKind = Literal["all", "region", "site", "terminal"]


class ConfigPush(_Wire):
    """A new configuration version for one terminal or a group.

    `document` is the terminal's own settings document: the central service stores and
    serves it; the terminal validates it with its own schema and applies or refuses it.
    """

    target_kind: ConfigTargetKind
    target: str = Field(
        "", max_length=64, description="region code, site name or terminal id; empty for all"
    )
    document: dict[str, Any] = Field(description="settings document, at most 64 KiB as JSON")


class ConfigOut(_Wire):
    version: int
    target_kind: ConfigTargetKind
    target: str
    sha256: str = Field(description="SHA-256 of the canonical JSON of the document")
    created_at: datetime
    created_by: str
    document: dict[str, Any]


class ConfigReport(_Wire):
    """The terminal's answer to a version: applied, or refused and the old one stays."""

    version: int = Field(ge=1, le=ID_MAX)
    outcome: Literal["applied", "refused"]
    detail: str = Field("", max_length=500, description="why it was refused")


# --- remote commands -------------------------------------------------------------------------

CommandKind = Literal["restart_shell", "screenshot", "upload_logs"]
CommandState = Literal["queued", "sent", "succeeded", "failed"]


class CommandRequest(_Wire):
    kind: CommandKind


class CommandOut(_Wire):
    id: int
    terminal_id: str
    kind: CommandKind
    state: CommandState
    created_at: datetime
    created_by: str
    finished_at: datetime | None = None
    detail: str = ""
    attachment_type: str | None = None
    attachment_size: int | None = None


class CommandResult(_Wire):
    """What the terminal reports after running a command; logs arrive masked by the kiosk."""

    outcome: Literal["succeeded", "failed"]
    detail: str = Field("", max_length=500)
    attachment_type: Literal["image/png", "text/plain", "application/gzip"] | None = None
    attachment_b64: str | None = Field(
        None, max_length=8 * 1024 * 1024, description="base64 of the screenshot or log bundle"
    )
