"""A tiny synchronous observer list, so models stay free of Qt and screens can listen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Observable(Generic[T]):
    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> None:
        self._listeners.append(listener)

    def emit(self, value: T) -> None:
        for listener in list(self._listeners):
            listener(value)
