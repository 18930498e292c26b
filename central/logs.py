"""Structured JSON log lines with personal data masked before they are written.

Masking happens in the formatter, so a careless `log.info(..., extra={"name": ...})` anywhere
still cannot put a resident's ID number, name or phone into a log file.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from api_client.personal_data import PERSONAL_KEYS, SECRET_TEXT, scrub

# Keys whose values are personal data or secrets: never logged, whatever they hold.
SECRET_KEYS = PERSONAL_KEYS | {
    "password",
    "token",
    "access_token",
    "device_token",
    "authorization",
    "code",
}
# LogRecord attributes that are not `extra` fields.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
}


def mask_text(text: str) -> str:
    """Free text with ID and phone numbers, MRZ lines and tokens masked (api_client's rule)."""
    return scrub(text)


def mask_value(key: str, value: Any) -> Any:
    if key.lower() in SECRET_KEYS:
        return SECRET_TEXT
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: mask_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_value(key, v) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return mask_text(str(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": mask_text(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = mask_value(key, value)
        if record.exc_info:
            line["exception"] = mask_text(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_json_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("central").setLevel(level)
