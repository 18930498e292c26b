"""IPP `printer-state-reasons` turned into what the kiosk cares about: status, paper, a message.

CUPS reports a printer's condition as keywords with a severity suffix (`media-empty-error`,
`media-low-report`); the backend of a real printer sets them the same way our test backend does.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.xfs import DeviceStatus, PaperLevel

# printer-state (RFC 8011): idle 3, processing 4, stopped 5
PRINTER_STOPPED = 5
_SUFFIXES = ("-error", "-warning", "-report")

PLAIN = {
    "media-empty": "The printer is out of paper.",
    "media-needed": "The printer is out of paper.",
    "media-low": "The printer is running low on paper.",
    "media-jam": "Paper is jammed in the printer.",
    "door-open": "The printer's cover is open.",
    "cover-open": "The printer's cover is open.",
    "offline": "The printer is switched off or disconnected.",
    "paused": "The print queue is paused.",
    "shutdown": "The printer is switched off.",
    "toner-empty": "The printer is out of toner.",
    "marker-supply-empty": "The printer is out of ink or toner.",
    "not-accepting": "The print queue does not accept jobs.",
}
_FAULTS: tuple[str, ...] = ("media-empty", "media-needed", "media-jam", "door-open", "cover-open")
_FAULTS += ("toner-empty", "marker-supply-empty")
_OFFLINE = ("offline", "paused", "shutdown", "not-accepting")


def keyword(reason: str) -> str:
    """`media-empty-error` -> `media-empty`."""
    for suffix in _SUFFIXES:
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


@dataclass(frozen=True)
class PrinterCondition:
    """One reading of a CUPS queue, already in the kiosk's vocabulary."""

    status: DeviceStatus
    paper: PaperLevel
    reasons: frozenset[str]

    @property
    def message(self) -> str:
        """The first plain sentence for the worst reason, or '' when all is well."""
        for key in (*_FAULTS, *_OFFLINE, "media-low"):
            if key in self.reasons:
                return PLAIN[key]
        return ""

    @property
    def door_open(self) -> bool:
        return bool(self.reasons & {"door-open", "cover-open"})


def condition(state: int, reasons: list[str] | str, accepting: bool) -> PrinterCondition:
    """Read `printer-state`, `printer-state-reasons` and `printer-is-accepting-jobs`."""
    raw = [reasons] if isinstance(reasons, str) else list(reasons)
    keys = {keyword(r) for r in raw if r and r != "none"}
    if not accepting:
        keys.add("not-accepting")
    if state == PRINTER_STOPPED:
        keys.add("paused")
    if keys & {"media-empty", "media-needed"}:
        paper = PaperLevel.OUT
    elif "media-low" in keys:
        paper = PaperLevel.LOW
    else:
        paper = PaperLevel.FULL
    if keys & set(_FAULTS):
        status = DeviceStatus.HARDWARE_ERROR if "media-jam" in keys else DeviceStatus.USER_ERROR
    elif keys & set(_OFFLINE):
        status = DeviceStatus.OFFLINE
    else:
        status = DeviceStatus.ONLINE
    return PrinterCondition(status, paper, frozenset(keys))
