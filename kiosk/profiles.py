"""Terminal profiles: the screen each kind of terminal has and how the home grid is laid out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileLayout:
    width: int
    height: int
    columns: int
    scale: float
    remote: bool = False  # driven by a remote control only (kiosk.navigation)


PROFILES: dict[str, ProfileLayout] = {
    "kiosk": ProfileLayout(1080, 1920, 2, 1.25),  # portrait floor-standing kiosk
    "robot": ProfileLayout(1280, 800, 3, 0.9),  # chest tablet of a service robot
    "tv": ProfileLayout(1920, 1080, 3, 1.34, remote=True),  # living-room TV, read from a sofa
}


# What each kind of terminal has, and what the journeys offer in place of what it lacks. The
# journeys are the same code in every profile; they ask `ProfileDevices` instead of assuming a
# card reader, a printer or a camera.

ID_READER, PRINTER, CAMERA, SPEAKER = "id_reader", "printer", "camera", "speaker"

ALTERNATIVES: dict[str, str] = {
    # identity by typed ID number with the second factors the journeys already use
    ID_READER: "typed_id",
    # receipts as a QR code the resident scans with their phone instead of paper
    PRINTER: "qr_receipt",
    # no face check: the journey says so and offers a call-back or a visit
    CAMERA: "call_back_or_visit",
    # nothing is spoken; every prompt is on the screen anyway
    SPEAKER: "screen_only",
}


@dataclass(frozen=True)
class ProfileDevices:
    """The devices a terminal of a profile has; `optional` ones depend on the installation
    (a robot with or without a printer) and follow its settings."""

    fitted: frozenset[str]
    optional: frozenset[str] = frozenset()
    presence_greeting: bool = False  # greets a face that appears in front of its camera

    def has(self, device: str, installed: bool | None = None) -> bool:
        """Whether `device` is there; `installed` is the settings' word for an optional one."""
        if device in self.optional:
            return bool(installed)
        return device in self.fitted

    def alternative(self, device: str, installed: bool | None = None) -> str | None:
        """What a journey offers instead of `device`, or None when the terminal has it."""
        return None if self.has(device, installed) else ALTERNATIVES[device]


PROFILE_DEVICES: dict[str, ProfileDevices] = {
    "kiosk": ProfileDevices(frozenset({ID_READER, PRINTER, CAMERA, SPEAKER})),
    "robot": ProfileDevices(
        frozenset({ID_READER, CAMERA, SPEAKER}), frozenset({PRINTER}), presence_greeting=True
    ),
    "tv": ProfileDevices(frozenset({SPEAKER})),
}
