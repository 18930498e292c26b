"""A thread that owns a blocking resource, with calls that time out and a respawn when it hangs.

Vendor libraries (pycups, espeak-ng, OpenCV) block without a timeout of their own and some are not
thread-safe, so each driver gives its resource to one `OwnerThread`. A call that does not come
back in time marks the thread hung; `restart()` abandons it (Python cannot kill a thread, so it
is a daemon and its resource is dropped) and starts a fresh one with a fresh resource.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Generic, TypeVar

from devices.errors import DeviceNotReady, DeviceTimeout
from devices.xfs import DeviceFamily

log = logging.getLogger(__name__)

R = TypeVar("R")  # the resource the thread owns
T = TypeVar("T")

_Job = tuple[Callable[[object], object], "Future[object]"]


class OwnerThread(Generic[R]):
    """Runs every call on one thread that alone touches the resource made by `factory`."""

    def __init__(
        self,
        family: DeviceFamily,
        name: str,
        factory: Callable[[], R],
        closer: Callable[[R], None] | None = None,
    ) -> None:
        self.family = family
        self.name = name
        self._factory = factory
        self._closer = closer
        self._lock = threading.Lock()
        self._generation = 0
        self._hung = False
        self.restarts = 0
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread = self._spawn()

    @property
    def hung(self) -> bool:
        return self._hung

    def _spawn(self) -> threading.Thread:
        self._generation += 1
        jobs: queue.Queue[_Job | None] = queue.Queue()
        self._jobs = jobs
        thread = threading.Thread(
            target=self._loop, args=(jobs,), name=f"{self.name}-{self._generation}", daemon=True
        )
        thread.start()
        return thread

    def _loop(self, jobs: queue.Queue[_Job | None]) -> None:
        resource: R | None = None
        setup_error: BaseException | None = None
        try:
            resource = self._factory()
        except Exception as err:  # reported to every caller below, not lost
            setup_error = err
        while (job := jobs.get()) is not None:
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            if setup_error is not None:
                future.set_exception(setup_error)
                continue
            try:
                future.set_result(fn(resource))
            except BaseException as err:
                future.set_exception(err)
        if resource is not None and self._closer is not None:
            try:
                self._closer(resource)
            except Exception:
                log.warning("%s: closing the resource failed", self.name, exc_info=True)

    def call(self, fn: Callable[[R], T], timeout_s: float, what: str) -> T:
        """Run `fn(resource)` on the owner thread; DeviceTimeout if it is not back in time."""
        with self._lock:
            if self._hung:
                raise DeviceNotReady(self.family, f"{what}: the device worker is not responding")
            future: Future[object] = Future()
            self._jobs.put((fn, future))  # type: ignore[arg-type]
        try:
            return future.result(timeout=timeout_s)  # type: ignore[return-value]
        except FutureTimeout as err:
            future.cancel()
            if future.running() or not future.done():
                with self._lock:
                    self._hung = True
                log.warning("%s hung after %.1f s (%s)", self.name, timeout_s, what)
            raise DeviceTimeout(self.family, f"{what}: no answer in {timeout_s:g} s") from err

    def restart(self) -> None:
        """Abandon the current thread (hung or not) and start a fresh one."""
        with self._lock:
            self._jobs.put(None)
            self._hung = False
            self.restarts += 1
            self._thread = self._spawn()
        log.info("%s restarted (%d)", self.name, self.restarts)

    def alive(self) -> bool:
        return self._thread.is_alive() and not self._hung

    def stop(self, timeout_s: float = 2.0) -> None:
        """Ask the thread to end after its current call; a hung thread is left behind."""
        with self._lock:
            self._jobs.put(None)
            thread, hung = self._thread, self._hung
        if not hung and thread is not threading.current_thread():
            thread.join(timeout_s)
