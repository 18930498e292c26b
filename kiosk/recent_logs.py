"""The last log lines, kept in memory and masked, for the `upload_logs` remote command."""

from __future__ import annotations

import collections
import logging

from api_client.personal_data import scrub


def mask(text: str) -> str:
    """ID numbers, phone numbers and MRZ lines masked (api_client.personal_data's one rule)
    even though log lines should never carry them in the first place."""
    return scrub(text)


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
