"""Runs remote commands from the central service: screenshot, log upload, shell restart.

Asked from the network thread, run on the UI thread (a screenshot is a grab of the window),
answered through a future the network thread awaits.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
from collections.abc import Callable

from api_client.schemas import CommandOut, CommandResult
from kiosk.qt import QBuffer, QIODevice, QObject, QWidget, Signal
from kiosk.recent_logs import RecentLogs

Job = tuple[CommandOut, "concurrent.futures.Future[CommandResult]"]


class CommandRunner(QObject):
    requested = Signal(object)  # Job, emitted from the network thread
    restart_requested = Signal()

    def __init__(self, window: QWidget, logs: RecentLogs, is_busy: Callable[[], bool]) -> None:
        super().__init__()
        self._window = window
        self._logs = logs
        self._is_busy = is_busy
        self.requested.connect(self._run)

    async def execute(self, command: CommandOut) -> CommandResult:
        """Called on the network thread."""
        future: concurrent.futures.Future[CommandResult] = concurrent.futures.Future()
        self.requested.emit((command, future))
        return await asyncio.wrap_future(future)

    def _run(self, job: Job) -> None:
        command, future = job
        try:
            future.set_result(self._result(command))
        except Exception as err:
            future.set_exception(err)

    def _result(self, command: CommandOut) -> CommandResult:
        if command.kind == "screenshot":
            return CommandResult(
                outcome="succeeded",
                detail="the shell's window as residents see it",
                attachment_type="image/png",
                attachment_b64=base64.b64encode(self._png()).decode(),
            )
        if command.kind == "upload_logs":
            return CommandResult(
                outcome="succeeded",
                detail="recent log lines, personal data masked",
                attachment_type="text/plain",
                attachment_b64=base64.b64encode(self._logs.text().encode()).decode(),
            )
        if self._is_busy():
            return CommandResult(outcome="failed", detail="a resident is using the terminal")
        self.restart_requested.emit()
        return CommandResult(outcome="succeeded", detail="the shell restarts now")

    def _png(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._window.grab().save(buffer, "PNG")
        return bytes(buffer.data().data())
