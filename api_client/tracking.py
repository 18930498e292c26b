"""Tracking numbers a terminal issues itself, so a receipt printed offline names the number the
central service will adopt. Pure: imported by both the terminal and the central service.

Form: `<TERMINAL>-<YYMMDD>-<SEQUENCE>-<SECRET><CHECK>`, e.g. `HALL01-261129-00042-5831X`. The
sequence runs per terminal and never repeats; the date is the day the resident submitted. The
four random digits of the secret make a number impossible to work out from its neighbours (the
sequence alone is easy to guess), and stay easy to read out on the 12348 line: digits only. The
check character (ISO 7064 MOD 11-2, as on ID cards) catches a mistyped digit anywhere.

Numbers printed before the secret existed (`HALL01-261129-00042-8`: the check character alone)
stay valid, so receipts already handed out keep working.
"""

from __future__ import annotations

import re
import secrets
from datetime import date
from typing import Final

PATTERN = re.compile(
    r"^(?P<terminal>[A-Z0-9]{3,12})-(?P<day>\d{6})-(?P<seq>\d{5,9})-"
    r"(?P<secret>\d{4})?(?P<check>[0-9X])$"
)
SECRET_DIGITS: Final = 4


def _check(body: str) -> str:
    digits = [int(c) if c.isdigit() else (ord(c) - 55) % 10 for c in body if c.isalnum()]
    total = sum(d * (2 ** (len(digits) - i) % 11) for i, d in enumerate(digits))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_tracking_number(
    terminal_id: str, day: date, sequence: int, secret: str | None = None
) -> str:
    """A new number; `secret` (four digits) is drawn at random unless given (tests)."""
    if sequence < 1:
        raise ValueError("sequences start at 1")
    if secret is None:
        secret = f"{secrets.randbelow(10**SECRET_DIGITS):0{SECRET_DIGITS}d}"
    if not re.fullmatch(rf"\d{{{SECRET_DIGITS}}}", secret):
        raise ValueError(f"a secret is {SECRET_DIGITS} digits")
    body = f"{terminal_id}-{day:%y%m%d}-{sequence:05d}-{secret}"
    return f"{body}{_check(body)}"


def is_valid_tracking_number(text: str) -> bool:
    """Well formed and its check character agrees (lower-case x accepted); numbers of the
    older form without a secret too."""
    clean = text.strip().upper()
    match = PATTERN.match(clean)
    if match is None:
        return False
    return _check(clean[:-1].rstrip("-")) == match["check"]
