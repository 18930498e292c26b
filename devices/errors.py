"""One hierarchy for every device failure; vendor errors are translated into it at the edge."""

from __future__ import annotations

from devices.xfs import CompletionCode, DeviceFamily


class DeviceError(Exception):
    """A device command failed; `code` is the XFS4IoT completion code it ends with."""

    code = CompletionCode.HARDWARE_ERROR

    def __init__(self, family: DeviceFamily, message: str) -> None:
        super().__init__(message)
        self.family = family


class DeviceTimeout(DeviceError):
    code = CompletionCode.TIME_OUT


class DeviceNotReady(DeviceError):
    code = CompletionCode.DEVICE_NOT_READY


class InvalidData(DeviceError):
    code = CompletionCode.INVALID_DATA


class Canceled(DeviceError):
    code = CompletionCode.CANCELED
