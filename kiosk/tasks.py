"""Blocking device calls (a card read, speech, printing) run off the UI thread.

A Task runs one callable on a daemon thread and hands its result, or the exception it raised,
to `finished` on the Qt main thread, so a hung driver never freezes the screen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.qt import QObject, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    finished = Signal(object)  # the result, or the exception the callable raised

    def __init__(self, name: str, work: Callable[[], object]) -> None:
        super().__init__()
        self.name = name
        self._work = work

    def start(self) -> Task:
        threading.Thread(target=self._run, name=f"task-{self.name}", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            result: object = self._work()
        except Exception as err:  # handed to the screen, which shows a plain message
            log.warning("task %s failed: %s", self.name, type(err).__name__)
            result = err
        self.finished.emit(result)


class Tasks:
    """Keeps running tasks alive until they finish and calls `done` on the main thread."""

    def __init__(self) -> None:
        self._running: set[Task] = set()
        self._closed = False

    def run(self, name: str, work: Callable[[], object], done: Callable[[object], None]) -> Task:
        task = Task(name, work)
        self._running.add(task)

        def finish(result: object) -> None:
            self._running.discard(task)
            # The connection holds this closure and the closure the task: without this the
            # pair outlives the task (a leak of one QObject per card read, print or sentence).
            task.finished.disconnect(finish)
            task.deleteLater()
            if not self._closed:  # the shell is gone: its screens must not be touched
                done(result)

        task.finished.connect(finish)
        return task.start()

    def close(self) -> None:
        """Results that arrive from now on are dropped (the worker threads end on their own)."""
        self._closed = True

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def busy_with(self, name: str) -> bool:
        return any(task.name == name for task in self._running)
