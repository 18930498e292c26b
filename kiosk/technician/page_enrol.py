"""Enrolment with a one-time code, typed on the on-screen keyboard or scanned as a QR code."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.qt import QCoreApplication, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget
from kiosk.screens.base import styled_button, styled_label
from kiosk.technician.enrolment import Outcome
from kiosk.technician.worker import Worker


class EnrolPage(QWidget):
    wants_keyboard = True

    def __init__(
        self,
        worker: Worker,
        scan: Callable[[], Outcome],
        enrol: Callable[[str], Outcome],
    ) -> None:
        super().__init__()
        self.setObjectName("technician_enrol")
        self._worker = worker
        self._scan = scan
        self._enrol = enrol

        self.code = QLineEdit()
        self.code.setObjectName("enrol_code")
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.enrol_button = styled_button("primary")
        self.enrol_button.setObjectName("enrol_submit")
        self.enrol_button.setText(QCoreApplication.translate("Technician", "Enrol with this code"))
        self.enrol_button.clicked.connect(self._start_enrol)
        self.scan_button = styled_button("secondary")
        self.scan_button.setObjectName("enrol_scan")
        self.scan_button.setText(QCoreApplication.translate("Technician", "Scan the QR code"))
        self.scan_button.clicked.connect(self._start_scan)
        self.result = styled_label("body")
        self.result.setObjectName("enrol_result")
        hint = styled_label("body")
        hint.setText(
            QCoreApplication.translate(
                "Technician", "Type the one-time code, or hold its QR code in front of the camera."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.enrol_button)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addLayout(row)
        column.addWidget(self.scan_button)
        column.addWidget(self.result)
        column.addStretch(1)

    def _busy(self, busy: bool) -> None:
        self.enrol_button.setEnabled(not busy)
        self.scan_button.setEnabled(not busy)

    def _start_scan(self) -> None:
        self._busy(True)
        self.result.setText(QCoreApplication.translate("Technician", "Looking for a QR code..."))
        self._worker.run(self._scan, self._scanned)

    def _scanned(self, outcome: object) -> None:
        if isinstance(outcome, Outcome) and outcome.ok:
            self.code.setText(outcome.code)
            self._start_enrol()
            return
        self._busy(False)
        self._show(outcome)

    def _start_enrol(self) -> None:
        self._busy(True)
        code = self.code.text()
        self.result.setText(QCoreApplication.translate("Technician", "Enrolling..."))
        self._worker.run(lambda: self._enrol(code), self._enrolled)

    def _enrolled(self, outcome: object) -> None:
        self._busy(False)
        self._show(outcome)

    def _show(self, outcome: object) -> None:
        if isinstance(outcome, Outcome):
            self.result.setText(("OK: " if outcome.ok else "FAULT: ") + outcome.text)
        else:
            self.result.setText(f"FAULT: {type(outcome).__name__}")
