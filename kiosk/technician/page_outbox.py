"""The outbox (waiting, refused, the oldest's age, the last error; retry now) and the last
lines of the log, masked (kiosk.recent_logs)."""

from __future__ import annotations

import time
from collections.abc import Callable

from api_client.outbox.store import OutboxStore
from kiosk.qt import QCoreApplication, QPlainTextEdit, QVBoxLayout, QWidget
from kiosk.recent_logs import RecentLogs
from kiosk.screens.base import styled_button, styled_label

LOG_LINES = 60


class OutboxPage(QWidget):
    def __init__(self, outbox: Callable[[], OutboxStore | None], logs: RecentLogs) -> None:
        super().__init__()
        self.setObjectName("technician_outbox")
        self._outbox = outbox
        self._logs = logs

        self.counts = styled_label("lead")
        self.counts.setObjectName("outbox_counts")
        self.retry = styled_button("secondary")
        self.retry.setObjectName("outbox_retry")
        self.retry.setText(QCoreApplication.translate("Technician", "Retry now"))
        self.retry.clicked.connect(self._retry)
        self.log = QPlainTextEdit()
        self.log.setObjectName("recent_log")
        self.log.setReadOnly(True)
        column = QVBoxLayout(self)
        column.addWidget(self.counts)
        column.addWidget(self.retry)
        column.addWidget(self.log, 1)
        self.refresh()

    def refresh(self) -> None:

        store = self._outbox()
        if store is None:
            self.counts.setText(
                QCoreApplication.translate(
                    "Technician", "No outbox: this terminal is not enrolled."
                )
            )
            self.retry.setEnabled(False)
        else:
            status = store.status(time.time())
            age = "-" if status.oldest_age_s is None else f"{status.oldest_age_s:.0f} s"
            words = [
                QCoreApplication.translate("Technician", "Waiting"),
                QCoreApplication.translate("Technician", "Refused"),
                QCoreApplication.translate("Technician", "Oldest"),
                QCoreApplication.translate("Technician", "Last error"),
            ]
            self.counts.setText(
                f"{words[0]}: {status.pending}   {words[1]}: {status.refused}   "
                f"{words[2]}: {age}\n{words[3]}: {status.last_error or '-'}"
            )
        lines = self._logs.text().splitlines()[-LOG_LINES:]
        self.log.setPlainText("\n".join(lines))

    def _retry(self) -> None:
        store = self._outbox()
        if store is not None:
            store.retry_now(time.time())
        self.refresh()
