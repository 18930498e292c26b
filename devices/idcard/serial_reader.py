"""The ID card reader driver for SAM modules on a serial line (pyserial).

All serial I/O runs on one worker thread that owns the port; callers hand it jobs and wait
on a future with a deadline, so no caller ever blocks longer than it asked to. A worker that
does not come back in time is abandoned and a fresh one opens the port again. While idle
the worker reopens a port that disappeared and, when monitoring, polls for a card so that
`MediaInserted` and `MediaRemoved` reach the shell without anyone asking.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from typing import TypeVar

from devices.base import EventSource
from devices.errors import Canceled, DeviceError, DeviceTimeout
from devices.idcard.frames import Command, Sw3
from devices.idcard.port import IdCardData
from devices.idcard.serial_link import DeadlinePassed, LinkConfig, LinkError, SerialLink
from devices.idcard.textblock import parse_base_info
from devices.xfs import DeviceFamily, DeviceStatus, EventKind

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[SerialLink], T]
_GRACE_S = 1.0  # how late a worker may be before it is taken for hung
_RECONNECT_S = 0.5
# What a timeout means, by how far the last round got.
_LATE = {
    "": "the reader did not answer before the timeout; check its power and cable",
    "answered": "no card was placed on the reader in time; lay the card flat on it and try again",
    "found": "the card was found but not read in time; hold it still on the reader",
}


def _settle(outer: Future[T], done: Future[T]) -> None:
    """Pass a worker's outcome on, unless the watchdog has settled the future already."""
    with contextlib.suppress(InvalidStateError):
        error = done.exception()
        if error is None:
            outer.set_result(done.result())
        else:
            outer.set_exception(error)


class _Worker(threading.Thread):
    """Owns one `SerialLink`; runs jobs one at a time and keeps the port alive in between."""

    def __init__(self, reader: SerialIdReader, config: LinkConfig) -> None:
        super().__init__(name=f"idcard-{config.port}", daemon=True)
        self.reader = reader
        self.link = SerialLink(config)
        self.jobs: queue.Queue[tuple[Job[object], Future[object]] | None] = queue.Queue()
        self.stopping = threading.Event()
        self._next_open = 0.0

    def run(self) -> None:
        self._idle()  # open the port at once, so the status says where the reader stands
        while not self.stopping.is_set():
            try:
                item = self.jobs.get(timeout=self.reader.poll_s)
            except queue.Empty:
                self._idle()
                continue
            if item is None:
                break
            job, future = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(job(self.link))
                except BaseException as err:
                    future.set_exception(err)
        self.link.close()
        self._fail_pending()

    def _fail_pending(self) -> None:
        while True:
            try:
                item = self.jobs.get_nowait()
            except queue.Empty:
                return
            if item is not None and item[1].set_running_or_notify_cancel():
                item[1].set_exception(Canceled(DeviceFamily.ID_READER, "the reader was closed"))

    def _idle(self) -> None:
        try:
            if not self.link.is_open:
                if time.monotonic() < self._next_open:
                    return
                self._next_open = time.monotonic() + _RECONNECT_S
                self.link.open()
                self.reader.report(self, DeviceStatus.ONLINE)
            if self.reader.monitor:
                self.reader.poll_presence(self, self.link)
        except LinkError as err:
            self.reader.report(self, err.status)
        except (DeadlinePassed, DeviceError):
            log.debug("presence poll on %s ended early", self.link.config.port)
        except Exception:  # the worker must outlive any surprise, or the reader is dead
            log.exception("ID card reader worker on %s failed while idle", self.link.config.port)


class SerialIdReader(EventSource):
    """A GA 467 family reader on `port`; implements the `IdReader` port."""

    def __init__(
        self,
        port: str,
        baud: int = 115200,
        *,
        retries: int = 3,
        answer_s: float = 1.0,
        poll_s: float = 0.2,
        monitor: bool = False,
    ) -> None:
        super().__init__(DeviceFamily.ID_READER, DeviceStatus.STARTING)
        self.config = LinkConfig(port, baud, retries, answer_s)
        self.poll_s = poll_s
        self.monitor = monitor
        self._present = False
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._worker = self._start_worker()

    # -- the port ---------------------------------------------------------------------------

    def capabilities(self) -> dict[str, object]:
        return {
            "port": self.config.port,
            "baud": self.config.baud,
            "cardTypes": ["resident", "foreign_permanent", "hk_mo_tw_residence"],
            "photo": "wlt",
            "emulated": False,
        }

    def card_present(self) -> bool:
        return self._present

    def read_card(self, timeout_s: float) -> IdCardData:
        """Wait up to `timeout_s` for a card and read it; raise a `DeviceError` otherwise."""
        return self.start_read(timeout_s).result(timeout=timeout_s + 2 * _GRACE_S + 1)

    def start_read(self, timeout_s: float) -> Future[IdCardData]:
        """Start reading and return at once; the future ends with the card or a `DeviceError`.

        This is what a UI thread calls: the future is settled by the worker, or by a watchdog
        that restarts a worker that has not come back a grace period after the deadline.
        """
        deadline = time.monotonic() + timeout_s
        cancel = self._cancel = threading.Event()
        worker = self._worker
        return self._start(
            worker, lambda link: self._read(worker, link, deadline, cancel), deadline
        )

    def cancel(self) -> None:
        """Stop a read in progress; it ends with `Canceled`."""
        self._cancel.set()

    def close(self) -> None:
        self._cancel.set()
        worker = self._worker
        worker.stopping.set()
        worker.jobs.put(None)
        worker.join(timeout=2)
        self.set_status(DeviceStatus.OFFLINE)

    # -- called from the worker -------------------------------------------------------------

    def report(self, worker: _Worker, status: DeviceStatus) -> None:
        """Take a status from the current worker; an abandoned one is no longer listened to."""
        if worker is self._worker:
            self.set_status(status)

    def poll_presence(self, worker: _Worker, link: SerialLink) -> None:
        """One find-card poll; a reader that stays silent for a whole answer time is offline."""
        deadline = time.monotonic() + link.config.reply_timeout_s + _GRACE_S
        reply = link.transact(Command.FIND_CARD, deadline, retries=1)
        self.report(worker, DeviceStatus.ONLINE)
        self._set_present(worker, reply.sw3 == Sw3.FIND_OK)

    # -- internals --------------------------------------------------------------------------

    def _start_worker(self) -> _Worker:
        worker = _Worker(self, self.config)
        self._worker = worker
        worker.start()
        return worker

    def _start(self, worker: _Worker, job: Job[T], deadline: float) -> Future[T]:
        inner: Future[T] = Future()
        outer: Future[T] = Future()
        outer.set_running_or_notify_cancel()
        inner.add_done_callback(lambda done: _settle(outer, done))
        watchdog = threading.Timer(
            max(0.0, deadline - time.monotonic()) + _GRACE_S, self._overdue, (worker, outer)
        )
        watchdog.daemon = True
        watchdog.start()
        outer.add_done_callback(lambda _: watchdog.cancel())
        worker.jobs.put((job, inner))  # type: ignore[arg-type]
        return outer

    def _overdue(self, worker: _Worker, outer: Future[T]) -> None:
        if outer.done():
            return
        self._restart(worker)
        message = "the reader stopped responding and was restarted; try again"
        with contextlib.suppress(InvalidStateError):
            outer.set_exception(DeviceTimeout(self.family, message))

    def _restart(self, hung: _Worker) -> None:
        with self._lock:
            if hung is not self._worker:
                return
            log.warning("ID card reader worker on %s hung; starting a new one", self.config.port)
            hung.stopping.set()
            hung.link.cancel.set()
            self._start_worker()

    def _read(
        self, worker: _Worker, link: SerialLink, deadline: float, cancel: threading.Event
    ) -> IdCardData:
        link.cancel = cancel
        progress: list[str] = []
        try:
            while True:
                card = self._try_once(worker, link, deadline, progress)
                if card is not None:
                    return card
                if deadline - time.monotonic() <= self.poll_s:
                    raise DeadlinePassed
                if cancel.wait(self.poll_s):
                    raise Canceled(self.family, "reading the card was canceled")
        except LinkError as err:
            self.report(worker, err.status)
            raise err.error from None
        except DeadlinePassed:
            raise DeviceTimeout(self.family, _LATE[progress[-1] if progress else ""]) from None
        finally:
            link.cancel = threading.Event()

    def _try_once(
        self, worker: _Worker, link: SerialLink, deadline: float, progress: list[str]
    ) -> IdCardData | None:
        """One find/select/read round; None while there is no card to read."""
        found = link.transact(Command.FIND_CARD, deadline).sw3 == Sw3.FIND_OK
        self.report(worker, DeviceStatus.ONLINE)
        self._set_present(worker, found)
        progress.append("found" if found else "answered")
        if not found or link.transact(Command.SELECT_CARD, deadline).sw3 != Sw3.OK:
            return None
        reply = link.transact(Command.READ_BASE, deadline)
        if reply.sw3 != Sw3.OK:
            return None
        return parse_base_info(reply.data)

    def _set_present(self, worker: _Worker, present: bool) -> None:
        if worker is not self._worker or present == self._present:
            return
        self._present = present
        self.emit(EventKind.MEDIA_INSERTED if present else EventKind.MEDIA_REMOVED)
