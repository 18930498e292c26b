"""Tracking numbers a terminal issues itself, so a receipt printed offline names the number the
central service will adopt. Pure: imported by both the terminal and the central service.

Form: `<TERMINAL>-<YYMMDD>-<SEQUENCE>-<CHECK>`, e.g. `HALL01-261129-00042-7`. The sequence
runs per terminal and never repeats; the date is the day the resident submitted; the check
character (ISO 7064 MOD 11-2, as on ID cards) catches a mistyped digit when a resident reads
the number to the hotline.
"""

from __future__ import annotations

import re
from datetime import date

PATTERN = re.compile(
    r"^(?P<terminal>[A-Z0-9]{3,12})-(?P<day>\d{6})-(?P<seq>\d{5,9})-(?P<check>[0-9X])$"
)


def _check(body: str) -> str:
    digits = [int(c) if c.isdigit() else (ord(c) - 55) % 10 for c in body if c.isalnum()]
    total = sum(d * (2 ** (len(digits) - i) % 11) for i, d in enumerate(digits))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_tracking_number(terminal_id: str, day: date, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("sequences start at 1")
    body = f"{terminal_id}-{day:%y%m%d}-{sequence:05d}"
    return f"{body}-{_check(body)}"


def is_valid_tracking_number(text: str) -> bool:
    """Well formed and its check character agrees (lower-case x accepted)."""
    match = PATTERN.match(text.strip().upper())
    if match is None:
        return False
    body = text.strip().upper().rsplit("-", 1)[0]
    return _check(body) == match["check"]
