"""The last log lines, kept in memory and masked, for the `upload_logs` remote command."""

from __future__ import annotations

import collections
import logging
import re

# ID numbers (18 characters), mobile numbers (11 digits), MRZ-like runs: masked even though
# log lines should never carry them in the first place.
_MASKS = (
    (re.compile(r"\b\d{17}[\dXx]\b"), "[id number]"),
    (re.compile(r"\b1\d{10}\b"), "[phone]"),
    (re.compile(r"[A-Z0-9<]{25,}"), "[mrz]"),
)


def mask(text: str) -> str:
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class RecentLogs(logging.Handler):
    def __init__(self, lines: int = 2000) -> None:
        super().__init__(logging.INFO)
        self._lines: collections.deque[str] = collections.deque(maxlen=lines)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._lines.append(mask(self.format(record)))
        except Exception:  # a log line must never break the caller
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self._lines) + "\n"
