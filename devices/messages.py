"""The one place that turns a device's state into the sentence a resident or technician reads."""

from __future__ import annotations

from devices.base import Device
from devices.xfs import DeviceFamily, DeviceStatus

NAMES = {
    DeviceFamily.CAMERA: "camera",
    DeviceFamily.ID_READER: "ID card reader",
    DeviceFamily.SCANNER: "document scanner",
    DeviceFamily.PRINTER: "printer",
    DeviceFamily.SPEECH: "voice",
    DeviceFamily.SPEAKER: "loudspeaker",
    DeviceFamily.MICROPHONE: "microphone",
}

_BY_STATUS = {
    DeviceStatus.ONLINE: "The {name} is working.",
    DeviceStatus.OFFLINE: "The {name} is switched off.",
    DeviceStatus.NO_DEVICE: "The {name} is not connected.",
    DeviceStatus.HARDWARE_ERROR: "The {name} has a fault and needs a technician.",
    DeviceStatus.DEVICE_BUSY: "The {name} is busy.",
    DeviceStatus.USER_ERROR: "The {name} needs attention.",
    DeviceStatus.POWER_OFF: "The {name} has no power.",
    DeviceStatus.STARTING: "The {name} is starting.",
}


def plain_message(device: Device) -> str:
    """The driver's own sentence when it has one (paper out, cover open), else by status."""
    status = device.status()
    own = getattr(device, "message", "")
    if status is not DeviceStatus.ONLINE and isinstance(own, str) and own:
        return own
    return _BY_STATUS[status].format(name=NAMES.get(device.family, device.family.value))
