"""The CUPS printer driver (pycups): submit a PDF, follow the job, report the queue's condition.

pycups calls have no timeout and a `cups.Connection` is not thread-safe, so one `OwnerThread`
owns the connection; a call that does not come back marks it hung and the next health check
restarts it. `cups.IPPError` and `RuntimeError` are translated into devices.errors here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cups

from devices.base import EventSource
from devices.errors import DeviceError, DeviceNotReady, DeviceTimeout, InvalidData
from devices.printer.reasons import PrinterCondition, condition
from devices.worker import OwnerThread
from devices.xfs import (
    Completion,
    CompletionCode,
    DeviceFamily,
    DeviceStatus,
    EventKind,
    PaperLevel,
)

log = logging.getLogger(__name__)

# job-state (RFC 8011)
JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9
_PRINTER_ATTRS = ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs"]
CALL_TIMEOUT_S = 5.0


class CupsPrinter(EventSource):
    """A CUPS queue as the kiosk's printer; the queue may be real hardware or cups-pdf."""

    def __init__(
        self,
        queue: str,
        poll_s: float = 0.2,
        connect: Callable[[], Any] = cups.Connection,
        call_timeout_s: float = CALL_TIMEOUT_S,
    ) -> None:
        super().__init__(DeviceFamily.PRINTER, DeviceStatus.STARTING)
        self.queue = queue
        self.poll_s = poll_s
        self.call_timeout_s = call_timeout_s
        self._worker: OwnerThread[Any] = OwnerThread(self.family, f"cups-{queue}", connect)
        self._lock = threading.Lock()
        self._condition: PrinterCondition | None = None
        self.message = ""

    def capabilities(self) -> dict[str, object]:
        return {"formats": ["application/pdf"], "queue": self.queue, "driver": "cups"}

    def paper(self) -> PaperLevel:
        current = self._condition or self.refresh()
        return current.paper

    def _call(self, fn: Callable[[Any], Any], what: str) -> Any:
        try:
            return self._worker.call(fn, self.call_timeout_s, what)
        except DeviceError:
            raise
        except cups.IPPError as err:
            status, text = err.args if len(err.args) == 2 else (0, str(err))
            if status == cups.IPP_NOT_FOUND:
                raise DeviceNotReady(self.family, f"no print queue named {self.queue!r}") from err
            raise DeviceError(self.family, f"{what}: CUPS said {text}") from err
        except RuntimeError as err:  # pycups: cannot reach cupsd
            raise DeviceNotReady(self.family, "the print service (CUPS) is not running") from err

    def refresh(self) -> PrinterCondition:
        """Read the queue's condition, publish what changed; the manager calls it to poll."""
        try:
            attrs = self._call(
                lambda c: c.getPrinterAttributes(self.queue, requested_attributes=_PRINTER_ATTRS),
                "reading the printer's state",
            )
            now = condition(
                int(attrs.get("printer-state", 3)),
                attrs.get("printer-state-reasons", []),
                bool(attrs.get("printer-is-accepting-jobs", True)),
            )
        except DeviceError as err:
            self.message = str(err)
            now = PrinterCondition(DeviceStatus.NO_DEVICE, PaperLevel.FULL, frozenset())
            self._publish(now)
            return now
        self.message = now.message
        self._publish(now)
        return now

    def _publish(self, now: PrinterCondition) -> None:
        with self._lock:
            before, self._condition = self._condition, now
        first_news = before is None and now.paper is not PaperLevel.FULL
        if first_news or (before is not None and before.paper is not now.paper):
            self.emit(EventKind.PAPER_THRESHOLD, level=now.paper.value)
        if (before is not None and before.door_open) != now.door_open:
            self.emit(EventKind.DOOR_CHANGED, door="open" if now.door_open else "closed")
        self.set_status(now.status)

    def check_health(self) -> DeviceStatus:
        """Poll the queue; restart the connection's worker first if it hung."""
        if self._worker.hung:
            self._worker.restart()
        return self.refresh().status

    def print_pdf(self, pdf: Path, title: str, timeout_s: float) -> Completion[str]:
        """Submit and follow the job to its end; on timeout the job is cancelled.

        `title` becomes the CUPS job name, which CUPS writes to its logs: never personal data.
        """
        try:
            _check_pdf(pdf, self.family)
            now = self.refresh()
            if now.status is not DeviceStatus.ONLINE:
                return Completion(
                    CompletionCode.DEVICE_NOT_READY, detail=now.message or self.message
                )
            job = self._call(
                lambda c: c.printFile(self.queue, str(pdf), title, {}), "submitting the job"
            )
            return self._follow(int(job), timeout_s)
        except DeviceError as err:
            return Completion(err.code, detail=str(err))

    def _follow(self, job: int, timeout_s: float) -> Completion[str]:
        deadline = time.monotonic() + timeout_s
        while True:
            attrs = self._call(
                lambda c: c.getJobAttributes(job, requested_attributes=["job-state"]),
                "following the job",
            )
            state = int(attrs.get("job-state", 0))
            if state == JOB_COMPLETED:
                self.refresh()
                return Completion(CompletionCode.SUCCESS, result=f"{self.queue}-{job}")
            if state in (JOB_ABORTED, JOB_CANCELED):
                return self._failed(job, state)
            now = self.refresh()
            if now.status is not DeviceStatus.ONLINE and now.status is not DeviceStatus.NO_DEVICE:
                # the printer failed under our job: whether CUPS aborted it yet or not, it failed
                self._cancel(job)
                return Completion(CompletionCode.HARDWARE_ERROR, detail=now.message)
            if time.monotonic() >= deadline:
                self._cancel(job)
                raise DeviceTimeout(
                    self.family,
                    f"the print job did not finish in {timeout_s:g} s; it was cancelled",
                )
            time.sleep(self.poll_s)

    def _failed(self, job: int, state: int) -> Completion[str]:
        now = self.refresh()
        if state == JOB_CANCELED:
            return Completion(CompletionCode.CANCELED, detail="the print job was cancelled")
        detail = now.message or "The printer could not print the document."
        log.info("cups job %s on %s aborted: %s", job, self.queue, sorted(now.reasons))
        return Completion(CompletionCode.HARDWARE_ERROR, detail=detail)

    def _cancel(self, job: int) -> None:
        try:
            self._call(lambda c: c.cancelJob(job, purge_job=False), "cancelling the job")
        except DeviceError:
            log.debug("cups job %s on %s was already over", job, self.queue)

    def close(self) -> None:
        self._worker.stop()
        self.set_status(DeviceStatus.OFFLINE)


def _check_pdf(pdf: Path, family: DeviceFamily) -> None:
    try:
        with pdf.open("rb") as handle:
            head = handle.read(5)
    except OSError as err:
        raise InvalidData(family, f"cannot read {pdf.name}") from err
    if head != b"%PDF-":
        raise InvalidData(family, f"{pdf.name} is not a PDF")
