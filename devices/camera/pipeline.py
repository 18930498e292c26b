"""One reader of the camera feeding a downscaled preview and any number of analysers.

The camera is opened once (calls, the preview, MRZ/QR and face presence all need it) and read by
one thread. Each consumer gets its own thread and a one-frame mailbox that keeps only the newest
frame: a slow analyser skips frames instead of delaying the preview or the other analysers, and
nothing here ever blocks the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import cv2

from devices.camera.port import Camera, Frame
from devices.errors import DeviceError

log = logging.getLogger(__name__)
T = TypeVar("T")
Consumer = Callable[[Frame], None]


class Latest(Generic[T]):
    """A mailbox of one: `put` replaces what was not taken yet (and counts it as dropped)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: T | None = None
        self._closed = False
        self.dropped = 0

    def put(self, item: T) -> None:
        with self._cond:
            if self._item is not None:
                self.dropped += 1
            self._item = item
            self._cond.notify()

    def take(self, timeout_s: float) -> T | None:
        with self._cond:
            self._cond.wait_for(lambda: self._item is not None or self._closed, timeout_s)
            item, self._item = self._item, None
            return item

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


@dataclass
class ConsumerStats:
    handled: int = 0
    dropped: int = 0
    failures: int = 0


class _Lane:
    """A consumer's thread and mailbox; a consumer that raises is logged and goes on."""

    def __init__(self, name: str, consume: Consumer, min_period_s: float) -> None:
        self.name = name
        self.consume = consume
        self.min_period_s = min_period_s
        self.box: Latest[Frame] = Latest()
        self.stats = ConsumerStats()
        self._running = True
        self._thread = threading.Thread(target=self._run, name=f"frames-{name}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        last = 0.0
        while self._running:
            frame = self.box.take(0.5)
            if frame is None:
                continue
            wait = last + self.min_period_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            last = time.monotonic()
            try:
                self.consume(frame)
                self.stats.handled += 1
            except Exception:
                self.stats.failures += 1
                log.exception("frame consumer %s failed", self.name)
        self.stats.dropped = self.box.dropped

    def stop(self) -> None:
        self._running = False
        self.box.close()
        self._thread.join(1.0)


class FramePipeline:
    """Reads `camera` once and fans frames out; `preview` gets frames `preview_width` wide."""

    def __init__(self, camera: Camera, preview_width: int = 320, preview_fps: float = 15) -> None:
        self.camera = camera
        self.preview_width = preview_width
        self.preview_fps = preview_fps
        self._lanes: dict[str, _Lane] = {}
        self._lock = threading.Lock()
        self._running = False
        self._reader: threading.Thread | None = None
        self.frames_read = 0
        self.read_errors = 0

    def add_preview(self, name: str, show: Consumer) -> None:
        """`show` receives downscaled frames, at most `preview_fps` a second."""
        self._add(name, lambda frame: show(self._downscale(frame)), 1.0 / self.preview_fps)

    def add_analyser(self, name: str, analyse: Consumer, min_period_s: float = 0.0) -> None:
        """`analyse` receives full frames; while it works, newer frames replace older ones.
        `min_period_s` caps its rate (a presence detector needs a few frames a second)."""
        self._add(name, analyse, min_period_s)

    def _add(self, name: str, consume: Consumer, period: float) -> None:
        with self._lock:
            if name in self._lanes:
                raise ValueError(f"a frame consumer named {name!r} exists")
            self._lanes[name] = _Lane(name, consume, period)

    def remove(self, name: str) -> None:
        with self._lock:
            lane = self._lanes.pop(name, None)
        if lane is not None:
            lane.stop()

    def stats(self) -> dict[str, ConsumerStats]:
        with self._lock:
            lanes = dict(self._lanes)
        return {
            name: ConsumerStats(lane.stats.handled, lane.box.dropped, lane.stats.failures)
            for name, lane in lanes.items()
        }

    def _downscale(self, frame: Frame) -> Frame:
        if frame.width <= self.preview_width:
            return frame
        height = round(frame.height * self.preview_width / frame.width)
        small = cv2.resize(frame.pixels, (self.preview_width, height), interpolation=cv2.INTER_AREA)
        return Frame(small, frame.seq, frame.at)  # type: ignore[arg-type]

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._reader = threading.Thread(target=self._read_loop, name="frames-reader", daemon=True)
        self._reader.start()

    def _read_loop(self) -> None:
        while self._running:
            try:
                frame = self.camera.read_frame(timeout_s=1.0)
            except DeviceError:
                self.read_errors += 1  # lost or slow: the camera driver reports and recovers
                time.sleep(0.1)
                continue
            self.frames_read += 1
            with self._lock:
                lanes = list(self._lanes.values())
            for lane in lanes:
                lane.box.put(frame)

    def stop(self) -> None:
        self._running = False
        if self._reader is not None:
            self._reader.join(2.0)
        with self._lock:
            lanes, self._lanes = list(self._lanes.values()), {}
        for lane in lanes:
            lane.stop()
