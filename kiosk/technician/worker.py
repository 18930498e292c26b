"""Runs blocking technician work (device checks, network probes, enrolment) on one worker
thread and hands the result back on the UI thread, so the UI (and its watchdog) never waits."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from kiosk.qt import QObject, Signal

log = logging.getLogger(__name__)


class Worker(QObject):
    _done = Signal(object, object)  # (callback, result), emitted on the worker thread

    def __init__(self) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="technician")
        self._done.connect(lambda callback, result: callback(result))  # queued to the UI thread
        self.busy = 0

    def run(self, job: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Run `job` on the worker thread, then `then(result)` on the UI thread; an exception
        becomes the result (the page shows it as a verdict, never a traceback)."""
        self.busy += 1

        def finished(future: Future[Any]) -> None:
            try:
                result = future.result()
            except Exception as err:  # a verdict for the technician
                log.exception("technician job failed")
                result = err
            self._done.emit(self._settle(then), result)

        self._pool.submit(job).add_done_callback(finished)

    def _settle(self, then: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(result: Any) -> None:
            self.busy -= 1
            then(result)

        return call

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
