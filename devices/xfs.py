"""XFS4IoT vocabulary shared by every device family: status, completion codes, events."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


class DeviceFamily(enum.StrEnum):
    CAMERA = "camera"
    ID_READER = "idReader"
    SCANNER = "scanner"
    PRINTER = "printer"
    SPEECH = "speech"
    SPEAKER = "speaker"
    MICROPHONE = "microphone"


class DeviceStatus(enum.StrEnum):
    """XFS4IoT `common.status.device`."""

    ONLINE = "online"
    OFFLINE = "offline"
    NO_DEVICE = "noDevice"
    HARDWARE_ERROR = "hardwareError"
    DEVICE_BUSY = "deviceBusy"
    USER_ERROR = "userError"
    POWER_OFF = "powerOff"
    STARTING = "starting"


class CompletionCode(enum.StrEnum):
    """XFS4IoT completion codes a command ends with."""

    SUCCESS = "success"
    CANCELED = "canceled"
    TIME_OUT = "timeOut"
    HARDWARE_ERROR = "hardwareError"
    INVALID_DATA = "invalidData"
    UNSUPPORTED_COMMAND = "unsupportedCommand"
    DEVICE_NOT_READY = "deviceNotReady"


class EventKind(enum.StrEnum):
    """Unsolicited events, named as XFS4IoT names them where it has a name."""

    STATUS_CHANGED = "StatusChangedEvent"
    MEDIA_INSERTED = "MediaInsertedEvent"
    MEDIA_REMOVED = "MediaRemovedEvent"
    PAPER_THRESHOLD = "PaperThresholdEvent"
    CAMERA_LOST = "CameraLostEvent"
    CAMERA_BACK = "CameraBackEvent"
    DOOR_CHANGED = "DoorStatusChangedEvent"


class PaperLevel(enum.StrEnum):
    FULL = "full"
    LOW = "low"
    OUT = "out"


@dataclass(frozen=True)
class DeviceEvent:
    family: DeviceFamily
    kind: EventKind
    detail: dict[str, str] = field(default_factory=dict)
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Completion(Generic[T]):
    """The end of a command: a completion code, a result on success, a plain detail otherwise."""

    code: CompletionCode
    result: T | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.code is CompletionCode.SUCCESS
