"""The device and storage sentences the resident journeys show, marked for translation in
context "Devices"; `plain` translates one into the current language."""

from __future__ import annotations

from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.qt import QCoreApplication

READER_DOWN = QT_TRANSLATE_NOOP(
    "Devices",
    "The ID card reader is not working right now. You can type your ID number "
    "or scan your passport instead.",
)
CARD_UNREADABLE = QT_TRANSLATE_NOOP(
    "Devices",
    "The card could not be read. Take it off, place it again and hold it "
    "still, or type your ID number.",
)
HOLD_PASSPORT = QT_TRANSLATE_NOOP(
    "Devices",
    "Hold the photo page of your passport under the scanner…",
)
NOT_STORED = QT_TRANSLATE_NOOP(
    "Devices",
    "Your application could not be stored on this terminal. Nothing was sent. Please call "
    "12348 or try again later.",
)
PASSPORT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Devices",
    "The passport could not be read. Try again with the photo page flat and "
    "still, or type your ID number.",
)


def plain(text: str) -> str:
    return QCoreApplication.translate("Devices", text)
