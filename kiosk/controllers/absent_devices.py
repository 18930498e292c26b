"""What the resident reads where the terminal's profile has no such device (a TV has no card
reader, printer or camera; a robot may have no printer): the alternative, not a fault."""

from __future__ import annotations

from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.qt import QCoreApplication

NO_READER = QT_TRANSLATE_NOOP(
    "AbsentDevices",
    "This terminal has no ID card reader. Please type your ID number.",
)
NO_PRINTER = QT_TRANSLATE_NOOP(
    "AbsentDevices",
    "This terminal does not print. Scan the QR code with your phone to keep your receipt.",
)
NO_PRINTER_DOCUMENT = QT_TRANSLATE_NOOP(
    "AbsentDevices",
    "This terminal does not print. You can have this document printed at a public legal "
    "service centre.",
)
NO_CAMERA = QT_TRANSLATE_NOOP(
    "AbsentDevices",
    "This terminal has no camera, so your face is not checked here. If your matter needs a "
    "face check, ask for a call-back or visit a public legal service centre.",
)


def absent(sentence: str) -> str:
    """One of the sentences above in the current language."""
    return QCoreApplication.translate("AbsentDevices", sentence)
