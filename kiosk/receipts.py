"""The printed receipt of an application: tracking number and a QR code to the progress page.

The PDF holds the applicant's name, so it lives in a private temporary folder only while it
prints and is deleted straight after, whatever happened.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from config.settings import TerminalSettings
from devices.printer.port import Printer
from devices.xfs import DeviceStatus, PaperLevel
from kiosk.controllers.absent_devices import NO_PRINTER, absent
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.profiles import PRINTER, PROFILE_DEVICES
from kiosk.qt import QCoreApplication

log = logging.getLogger(__name__)
PRINT_TIMEOUT_S = 60.0

PAPER_OUT = QT_TRANSLATE_NOOP("Devices", "The printer is out of paper.")
PRINTER_DOWN = QT_TRANSLATE_NOOP("Devices", "The printer is not working right now.")
PRINT_FAILED = QT_TRANSLATE_NOOP("Devices", "The receipt could not be printed.")


def progress_url(settings: TerminalSettings, tracking: str) -> str:
    """The central service's public progress page for `tracking` (receipt QR, printer down)."""
    return f"{settings.central_url.rstrip('/')}/public/progress?n={quote(tracking, safe='')}"


class ReceiptPrinter:
    def __init__(self, device: Printer | None, settings: TerminalSettings) -> None:
        self.device = device
        self.settings = settings
        self._failed = False
        # a terminal without a printer (a TV, a robot without one) gives the QR code instead
        fitted = settings.devices.printer.fitted
        self.fitted = PROFILE_DEVICES[settings.profile].has(PRINTER, fitted)

    def ready(self) -> bool:
        return (
            self.fitted
            and self.device is not None
            and self.device.status() is DeviceStatus.ONLINE
            and self.device.paper() is not PaperLevel.OUT
        )

    def problem(self) -> str:
        """A plain sentence for the resident, in the current language."""
        if not self.fitted:
            return absent(NO_PRINTER)
        if self.device is not None:
            if self.device.paper() is PaperLevel.OUT:  # CUPS reports it as a user error
                return QCoreApplication.translate("Devices", PAPER_OUT)
            if self._failed and self.device.status() is DeviceStatus.ONLINE:
                return QCoreApplication.translate("Devices", PRINT_FAILED)
        return QCoreApplication.translate("Devices", PRINTER_DOWN)

    def note_failure(self) -> None:
        """A job printed elsewhere failed: problem() then says the paper did not print."""
        self._failed = True

    def print_receipt(self, tracking: str, name: str, matter: str = "法律援助申请") -> bool:
        """Render and print; runs on a worker thread. True when the printer took the job.
        `matter` is printed as it is (the paper is in the service's language, Chinese)."""
        from devices.documents.model import RECEIPT
        from devices.documents.pdf import render

        if self.device is None:
            return False
        doc = RECEIPT.fill(
            {
                "name": name or "—",
                "matter": matter,
                "tracking": tracking,
                "when": datetime.now().strftime("%Y-%m-%d %H:%M"),
                "site": self.settings.site,
            },
            qr=progress_url(self.settings, tracking),
        )
        with tempfile.TemporaryDirectory(prefix="lexkiosk-receipt-") as folder:
            pdf = render(doc, "receipt80", Path(folder) / "receipt.pdf")
            done = self.device.print_pdf(pdf, f"receipt {tracking}", PRINT_TIMEOUT_S)
        if not done.ok:
            log.warning("receipt %s not printed: %s", tracking, done.code.value)
            self._failed = True
        return done.ok
