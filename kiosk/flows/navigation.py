"""The navigation model: a stack of screen ids; the window shows whatever is on top."""

from __future__ import annotations

from kiosk.flows.observable import Observable


class Navigator:
    def __init__(self, root: str) -> None:
        self._stack = [root]
        self.changed: Observable[str] = Observable()

    @property
    def current(self) -> str:
        return self._stack[-1]

    @property
    def depth(self) -> int:
        return len(self._stack)

    def push(self, screen: str) -> None:
        self._stack.append(screen)
        self.changed.emit(screen)

    def pop(self) -> None:
        """Go back one screen; the root is never popped."""
        if len(self._stack) > 1:
            self._stack.pop()
            self.changed.emit(self.current)

    def reset(self, root: str) -> None:
        self._stack = [root]
        self.changed.emit(root)
