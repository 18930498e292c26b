"""Fault injection on emulators, so technicians (and tests) can rehearse failures.

Each fault names a method of an emulator; a fault that does not apply to the configured driver
is refused with the list of those that do.
"""

from __future__ import annotations

from collections.abc import Callable

from devices.base import Device


def _call(name: str, *args: object) -> Callable[[Device], None]:
    def apply(device: Device) -> None:
        getattr(device, name)(*args)

    return apply


def _stall_speech(device: Device) -> None:
    device.engine.stall.set()  # type: ignore[attr-defined]


FAULTS: dict[str, dict[str, Callable[[Device], None]]] = {
    "SimCamera": {
        "unplug": _call("unplug"),
        "replug": _call("replug"),
        "freeze": _call("freeze", True),
        "unfreeze": _call("freeze", False),
        "hang": _call("hang", True),
        "unhang": _call("hang", False),
    },
    "SimPrinter": {
        "paper-out": _call("load_paper", 0),
        "paper-low": _call("load_paper", 10),
        "paper-full": _call("load_paper", 200),
        "offline": _call("set_offline", True),
        "online": _call("set_offline", False),
    },
    "WavSpeaker": {"unplug": _call("unplug"), "replug": _call("replug")},
    "WavMicrophone": {"unplug": _call("unplug"), "replug": _call("replug")},
    "TtsSpeech": {"hang": _stall_speech},
}


def faults_for(device: Device) -> list[str]:
    return sorted(FAULTS.get(type(device).__name__, {}))


def inject(device: Device, fault: str) -> None:
    """Apply `fault`; ValueError naming the faults this device offers when it has no such one."""
    offered = FAULTS.get(type(device).__name__, {})
    if fault not in offered:
        choices = ", ".join(sorted(offered)) or "none (not an emulator)"
        raise ValueError(f"{device.family.value} has no fault {fault!r}; it offers: {choices}")
    offered[fault](device)
