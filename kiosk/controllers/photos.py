"""Document photos in the legal aid journey, wired to the camera: a live picture while the
screen is up, each photo encoded off the UI thread, kept only in the session's temp folder."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from devices.camera.port import Camera, Frame
from devices.face.images import encode_jpeg
from kiosk.camera_feed import CameraFeed
from kiosk.controllers.context import online
from kiosk.flows.journey import AID_PHOTOS, Journey
from kiosk.flows.photos import PhotoLimit
from kiosk.screens.aid_photos import AidPhotosScreen
from kiosk.tasks import Tasks

if TYPE_CHECKING:
    from devices.camera.pipeline import FramePipeline

log = logging.getLogger(__name__)
FRAME_WAIT_S = 3.0


@dataclass(frozen=True)
class PhotosContext:
    screen: AidPhotosScreen
    journey: Journey
    camera: Camera | None
    frames: Callable[[], FramePipeline]  # the shared pipeline, opened on first use
    tasks: Tasks


class PhotosController:
    def __init__(self, ctx: PhotosContext) -> None:
        self.ctx = ctx
        self.screen = screen = ctx.screen
        self.journey = journey = ctx.journey
        self.tasks = ctx.tasks
        self.feed = CameraFeed("document-photos", self._show_frame)
        screen.take_requested.connect(self.take)
        screen.keep_requested.connect(self.keep)
        screen.retake_requested.connect(lambda: screen.show_pending(None))
        screen.delete_requested.connect(self.delete)
        screen.next_requested.connect(journey.next_step)
        screen.back_requested.connect(journey.back)

    def enter(self) -> None:
        self.screen.show_form(self.journey.legal_aid)
        ok = online(self.ctx.camera)
        if ok:
            try:
                self.feed.start(self.ctx.frames())
            except RuntimeError as err:
                log.warning("camera preview unavailable: %s", err)
                ok = False
        self.screen.set_camera(ok)

    def leave(self) -> None:
        self.feed.stop()

    def _show_frame(self, frame: Frame) -> None:
        showing = self.journey.navigator.current == AID_PHOTOS
        if self.feed.running and showing and self.screen.pending is None:
            self.screen.preview.show_frame(frame)

    def take(self) -> None:
        if self.tasks.busy_with("photo") or not self.feed.running:
            return
        pressed = time.monotonic()

        def work() -> bytes | None:
            frame = self.feed.take(FRAME_WAIT_S, pressed)
            return None if frame is None else encode_jpeg(frame.pixels)

        self.screen.set_busy(True)
        self.tasks.run("photo", work, self._taken)

    def _taken(self, result: object) -> None:
        if self.journey.navigator.current != AID_PHOTOS:
            return  # the resident left; the photo is dropped
        if isinstance(result, bytes):
            self.screen.show_pending(result)
        else:
            log.warning("document photo not taken: no frame from the camera")
            self.screen.set_busy(False)
            self.screen.set_camera(False)

    def keep(self) -> None:
        pending = self.screen.pending
        if pending is None:
            return
        try:
            self.journey.legal_aid.photos.add(pending)
        except PhotoLimit:
            log.info("document photo refused: the limit is reached")
        log.info("document photo kept (%d in this application)", len(self.journey.legal_aid.photos))
        self.screen.show_pending(None)

    def delete(self, index: int) -> None:
        photos = self.journey.legal_aid.photos
        if 0 <= index < len(photos):
            photos.remove(index)
        self.screen.refresh()
