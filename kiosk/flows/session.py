"""The one object that holds the current resident's personal data; wiped at every journey end."""

from __future__ import annotations

from typing import Any


class ResidentSession:
    """Personal data lives here and nowhere else in the shell.

    `wipe()` runs when the journey ends, on idle timeout and at start-up after a crash, so a
    half-filled form is never shown to the next person. `repr` never shows the values.
    """

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}
        self.language: str | None = None

    def put(self, key: str, value: Any) -> None:
        self._data[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    @property
    def empty(self) -> bool:
        return not self._data and self.language is None

    def wipe(self) -> None:
        """Forget everything; values that hold files or images (`discard()`) drop them first."""
        for value in self._data.values():
            discard = getattr(value, "discard", None)
            if callable(discard):
                discard()
        self._data.clear()
        self.language = None

    def __repr__(self) -> str:
        return f"ResidentSession({len(self._data)} fields)"
