"""Network status: this terminal's addresses, the central service reachable or not and its
round-trip time."""

from __future__ import annotations

from pathlib import Path

from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget
from kiosk.screens.base import styled_button, styled_label
from kiosk.technician.network import NetworkStatus, check
from kiosk.technician.worker import Worker


class NetworkPage(QWidget):
    def __init__(self, central_url: str, ca_file: Path | None, worker: Worker) -> None:
        super().__init__()
        self.setObjectName("technician_network")
        self._url = central_url
        self._ca = ca_file
        self._worker = worker
        self.button = styled_button("secondary")
        self.button.setObjectName("network_check")
        self.button.setText(QCoreApplication.translate("Technician", "Check the network"))
        self.button.clicked.connect(self.start)
        self.status = styled_label("body")
        self.status.setObjectName("network_status")
        column = QVBoxLayout(self)
        column.addWidget(self.button)
        column.addWidget(self.status)
        column.addStretch(1)

    def start(self) -> None:
        self.button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("Technician", "Checking..."))
        self._worker.run(lambda: check(self._url, self._ca), self._show)

    def _show(self, result: object) -> None:
        self.button.setEnabled(True)
        if not isinstance(result, NetworkStatus):
            self.status.setText(f"FAULT: {type(result).__name__}")
            return

        addresses = ", ".join(f"{name} {ip}" for name, ip in result.addresses) or "-"
        if result.reachable:
            central = QCoreApplication.translate(
                "Technician", "reachable, round trip %1 ms"
            ).replace("%1", f"{result.round_trip_ms:.0f}")
        else:
            central = QCoreApplication.translate("Technician", "NOT reachable (%1)").replace(
                "%1", result.problem
            )
        addresses_word = QCoreApplication.translate("Technician", "Addresses")
        central_word = QCoreApplication.translate("Technician", "Central service")
        self.status.setText(
            f"{addresses_word}: {addresses}\n{central_word} {result.central_url}: {central}"
        )
