"""Builds every device family from the settings and reports their status together."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from config.settings import DeviceSettings
from devices.base import Device, EventListener, EventSource
from devices.camera.sim import SimCamera
from devices.idcard.serial_reader import SerialIdReader
from devices.idcard.sim import SimIdReader
from devices.printer.sim import SimPrinter
from devices.scanner.sim import SimScanner
from devices.speech.sim import SimSpeech
from devices.xfs import DeviceFamily, DeviceStatus


class UnavailableDevice(EventSource):
    """Stands in for a family whose configured driver cannot be used; always `noDevice`."""

    def __init__(self, family: DeviceFamily, reason: str) -> None:
        super().__init__(family, DeviceStatus.NO_DEVICE)
        self.reason = reason

    def capabilities(self) -> dict[str, object]:
        return {"reason": self.reason}

    def close(self) -> None:
        """Nothing to release."""


class DeviceManager:
    """Owns the devices of one terminal; the shell asks it for status and subscribes to events."""

    def __init__(self, settings: DeviceSettings, data_dir: Path, languages: list[str]) -> None:
        self.devices: dict[DeviceFamily, Device] = {
            DeviceFamily.CAMERA: self._camera(settings),
            DeviceFamily.ID_READER: self._id_reader(settings),
            DeviceFamily.SCANNER: self._sim_or_unavailable(
                DeviceFamily.SCANNER, settings.scanner.driver, SimScanner
            ),
            DeviceFamily.PRINTER: self._sim_or_unavailable(
                DeviceFamily.PRINTER,
                settings.printer.driver,
                lambda: SimPrinter(data_dir / "printed"),
            ),
            DeviceFamily.SPEECH: self._sim_or_unavailable(
                DeviceFamily.SPEECH, settings.speech.driver, lambda: SimSpeech(languages)
            ),
        }

    @staticmethod
    def _camera(settings: DeviceSettings) -> Device:
        cam = settings.camera
        if cam.driver == "sim":
            return SimCamera(cam.width, cam.height, cam.fps)
        return UnavailableDevice(DeviceFamily.CAMERA, f"driver {cam.driver!r} is not built yet")

    @staticmethod
    def _id_reader(settings: DeviceSettings) -> Device:
        conf = settings.id_reader
        if conf.driver == "serial":
            # Monitoring polls for a card so MediaInserted reaches the shell unasked; the
            # reader reports noDevice until its port can be opened, and keeps trying.
            return SerialIdReader(conf.port, conf.baud, monitor=True)
        return SimIdReader()

    @staticmethod
    def _sim_or_unavailable(
        family: DeviceFamily, driver: str, make_sim: Callable[[], Device]
    ) -> Device:
        if driver == "sim":
            return make_sim()
        return UnavailableDevice(family, f"driver {driver!r} is not built yet")

    def statuses(self) -> dict[DeviceFamily, DeviceStatus]:
        return {family: device.status() for family, device in self.devices.items()}

    def subscribe(self, listener: EventListener) -> Callable[[], None]:
        cancels = [device.subscribe(listener) for device in self.devices.values()]

        def unsubscribe() -> None:
            for cancel in cancels:
                cancel()

        return unsubscribe

    def close(self) -> None:
        for device in self.devices.values():
            device.close()
