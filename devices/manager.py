"""Builds every device family from the settings, polls their health and reports them together.

Health polling calls each driver's `check_health()` (those that have one): that is where a hung
worker (speech engine, CUPS connection) is restarted and a printer's condition re-read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from config.settings import DeviceSettings
from devices import builders
from devices.audio.port import Microphone, Speaker
from devices.base import Device, EventListener
from devices.builders import UnavailableDevice, guarded
from devices.camera.port import Camera
from devices.faults import inject
from devices.idcard.port import IdReader
from devices.idcard.serial_reader import SerialIdReader
from devices.idcard.sim import SimIdReader
from devices.idcard.wlt import NoPhotoDecoder, PhotoDecoder
from devices.messages import plain_message
from devices.printer.port import Printer
from devices.scanner.port import DocumentScanner
from devices.scanner.sim import SimScanner
from devices.speech.port import Speech
from devices.xfs import DeviceFamily, DeviceStatus

if TYPE_CHECKING:
    from devices.camera.pipeline import FramePipeline

__all__ = ["DeviceManager", "UnavailableDevice"]
log = logging.getLogger(__name__)
F = DeviceFamily


@runtime_checkable
class _CheckedIdReader(IdReader, Protocol):
    """The ID reader port as isinstance() can test it."""


class DeviceManager:
    """Owns the devices of one terminal; the shell asks it for status and subscribes to events."""

    def __init__(self, settings: DeviceSettings, data_dir: Path, languages: list[str]) -> None:
        self.settings = settings
        speaker = guarded(F.SPEAKER, lambda: builders.speaker(settings, data_dir))
        self.devices: dict[DeviceFamily, Device] = {
            F.CAMERA: guarded(F.CAMERA, lambda: builders.camera(settings)),
            F.ID_READER: guarded(F.ID_READER, lambda: self._id_reader(settings)),
            F.SCANNER: self._sim_only(F.SCANNER, settings.scanner.driver, SimScanner),
            F.PRINTER: guarded(F.PRINTER, lambda: builders.printer(settings, data_dir)),
            F.SPEECH: guarded(
                F.SPEECH, lambda: builders.speech(settings, data_dir, languages, speaker)
            ),
            F.SPEAKER: speaker,
            F.MICROPHONE: guarded(F.MICROPHONE, lambda: builders.microphone(settings)),
        }
        self.photo_decoder = self._photo_decoder(settings)
        self._pipeline: FramePipeline | None = None
        self._stop_polling = threading.Event()
        self._poller: threading.Thread | None = None

    @staticmethod
    def _id_reader(settings: DeviceSettings) -> Device:
        conf = settings.id_reader
        if conf.driver == "serial":
            # Monitoring polls for a card so MediaInserted reaches the shell unasked; the
            # reader reports noDevice until its port can be opened, and keeps trying.
            return SerialIdReader(conf.port, conf.baud, monitor=True)
        return SimIdReader()

    @staticmethod
    def _photo_decoder(settings: DeviceSettings) -> PhotoDecoder:
        if settings.id_reader.photo_decoder == "emulator":
            from devices.idcard.sim_photo import EmulatorPhotoDecoder

            return EmulatorPhotoDecoder()
        return NoPhotoDecoder()

    @staticmethod
    def _sim_only(family: DeviceFamily, driver: str, make_sim: Callable[[], Device]) -> Device:
        if driver == "sim":
            return make_sim()
        return UnavailableDevice(family, f"driver {driver!r} is not built yet")

    # --- each family through its port: None when its driver is unavailable ---------------

    def camera(self) -> Camera | None:
        device = self.devices[F.CAMERA]
        return device if isinstance(device, Camera) else None

    def id_reader(self) -> IdReader | None:
        device = self.devices[F.ID_READER]
        return device if isinstance(device, _CheckedIdReader) else None

    def scanner(self) -> DocumentScanner | None:
        device = self.devices[F.SCANNER]
        return device if isinstance(device, DocumentScanner) else None

    def printer(self) -> Printer | None:
        device = self.devices[F.PRINTER]
        return device if isinstance(device, Printer) else None

    def speech(self) -> Speech | None:
        device = self.devices[F.SPEECH]
        return device if isinstance(device, Speech) else None

    def speaker(self) -> Speaker | None:
        device = self.devices[F.SPEAKER]
        return device if isinstance(device, Speaker) else None

    def microphone(self) -> Microphone | None:
        device = self.devices[F.MICROPHONE]
        return device if isinstance(device, Microphone) else None

    def online(self, family: DeviceFamily) -> bool:
        return self.devices[family].status() is DeviceStatus.ONLINE

    def statuses(self) -> dict[DeviceFamily, DeviceStatus]:
        return {family: device.status() for family, device in self.devices.items()}

    def message(self, family: DeviceFamily) -> str:
        return plain_message(self.devices[family])

    def subscribe(self, listener: EventListener) -> Callable[[], None]:
        cancels = [device.subscribe(listener) for device in self.devices.values()]

        def unsubscribe() -> None:
            for cancel in cancels:
                cancel()

        return unsubscribe

    def frames(self) -> FramePipeline:
        """The one frame pipeline over the camera, opened once and shared by every consumer."""
        from devices.camera.pipeline import FramePipeline

        if self._pipeline is None:
            camera = self.camera()
            if camera is None:
                raise RuntimeError(plain_message(self.devices[F.CAMERA]))
            self._pipeline = FramePipeline(camera)
            self._pipeline.start()
        return self._pipeline

    def check_health(self) -> dict[DeviceFamily, DeviceStatus]:
        """Poll every device that can be polled; restarts hung workers on the way."""
        for family, device in self.devices.items():
            check = getattr(device, "check_health", None)
            if check is None:
                continue
            try:
                check()
            except Exception:  # one broken driver must not stop the others' polling
                log.exception("health check of %s failed", family.value)
        return self.statuses()

    def start_polling(self, interval_s: float | None = None) -> None:
        period = interval_s or self.settings.health_poll_s
        if self._poller is not None:
            return
        self._poller = threading.Thread(
            target=self._poll_loop, args=(period,), name="device-health", daemon=True
        )
        self._poller.start()

    def _poll_loop(self, period: float) -> None:
        while not self._stop_polling.wait(period):
            self.check_health()

    def inject(self, family: DeviceFamily, fault: str) -> None:
        """Rehearse a failure on an emulator (see devices.faults)."""
        inject(self.devices[family], fault)

    def close(self) -> None:
        self._stop_polling.set()
        if self._poller is not None:
            self._poller.join(2.0)
        if self._pipeline is not None:
            self._pipeline.stop()
        for device in self.devices.values():
            device.close()
