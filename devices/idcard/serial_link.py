"""One command and its reply over the serial line, with pyserial's errors translated here.

The link owns the `serial.Serial` object. Every read is short (a few tens of milliseconds)
so the caller's deadline and cancellation are honoured, a reply that fails its checksum or
never comes is asked for again a bounded number of times, and a port that disappears turns
into `DeviceNotReady` with the status the reader should show.
"""

from __future__ import annotations

import logging
import termios
import threading
import time
from dataclasses import dataclass

import serial

from devices.errors import Canceled, DeviceError, DeviceNotReady, DeviceTimeout
from devices.idcard.frames import Command, Frame, FrameDecoder, Sw3, encode_command
from devices.xfs import DeviceFamily, DeviceStatus

log = logging.getLogger(__name__)

FAMILY = DeviceFamily.ID_READER
_READ_SLICE_S = 0.02
_LONGEST_REPLY = 1300  # bytes of a base-info reply

# The SW3 values each command may legitimately answer with; anything else is a stale reply
# to an earlier command that arrived late, and is skipped.
ANSWERS: dict[Command, frozenset[int]] = {
    Command.STATUS: frozenset({Sw3.OK}),
    Command.RESET: frozenset({Sw3.OK}),
    Command.SAM_ID: frozenset({Sw3.OK}),
    Command.FIND_CARD: frozenset({Sw3.FIND_OK, Sw3.NO_CARD}),
    Command.SELECT_CARD: frozenset({Sw3.OK, Sw3.SELECT_FAILED}),
    Command.READ_BASE: frozenset({Sw3.OK, Sw3.READ_FAILED, Sw3.NO_CONTENT}),
}
# What pyserial lets through when a port vanishes: its own exception, the OS's, and termios's
# (tcflush on a hung-up pty), which is neither.
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)
_ASK_AGAIN = frozenset({Sw3.BAD_CHECKSUM, Sw3.BAD_LENGTH})


class DeadlinePassed(Exception):
    """The caller's deadline ended a wait that the reader might still have answered."""


class LinkError(Exception):
    """A device error together with the status the reader has after it."""

    def __init__(self, error: DeviceError, status: DeviceStatus) -> None:
        super().__init__(str(error))
        self.error = error
        self.status = status


@dataclass(frozen=True)
class LinkConfig:
    port: str
    baud: int = 115200
    retries: int = 3
    answer_s: float = 1.0  # how long a reader may think before it answers

    @property
    def reply_timeout_s(self) -> float:
        return self.answer_s + _LONGEST_REPLY * 10 / self.baud


class SerialLink:
    """An open serial port to a reader, or a closed one waiting to be opened again."""

    def __init__(self, config: LinkConfig, cancel: threading.Event | None = None) -> None:
        self.config = config
        self.cancel = cancel or threading.Event()
        self._serial: serial.Serial | None = None
        self._decoder = FrameDecoder()

    @property
    def is_open(self) -> bool:
        return self._serial is not None

    def open(self) -> None:
        """Open the port; raise `LinkError` with status noDevice when it is not there."""
        if self._serial is not None:
            return
        try:
            self._serial = serial.Serial(
                self.config.port, self.config.baud, timeout=_READ_SLICE_S, write_timeout=1.0
            )
            self._serial.reset_input_buffer()
        except (*_PORT_ERRORS, ValueError) as err:
            self._serial = None
            raise self._gone("is not connected", err) from err
        log.info("ID card reader port %s opened at %d baud", self.config.port, self.config.baud)

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except _PORT_ERRORS:
                log.debug("closing %s failed; it is gone already", self.config.port)

    def transact(self, command: Command, deadline: float, retries: int | None = None) -> Frame:
        """Send `command` and return its reply, asking again on silence or a bad checksum.

        Raises `DeadlinePassed` when the caller's deadline, not the reader, cut the wait short.
        """
        silent = corrupted = 0
        for _ in range(retries or self.config.retries):
            if self.cancel.is_set():
                raise Canceled(FAMILY, "reading the card was canceled")
            if time.monotonic() >= deadline:
                break
            reply_until = time.monotonic() + self.config.reply_timeout_s
            frame = self._exchange(command, min(deadline, reply_until))
            if frame is None:
                if reply_until > deadline:
                    break
                silent += 1
            elif not frame.intact or frame.sw3 in _ASK_AGAIN:
                corrupted += 1
            else:
                return frame
        if corrupted:
            message = (
                f"the reader's replies failed their checksum {corrupted} times; "
                f"check the cable and that the reader runs at {self.config.baud} baud"
            )
            raise LinkError(DeviceError(FAMILY, message), DeviceStatus.HARDWARE_ERROR)
        if silent:
            raise self._silent(silent)
        raise DeadlinePassed

    def _exchange(self, command: Command, until: float) -> Frame | None:
        port = self._require_open()
        self._decoder.reset()
        wire = encode_command(command)
        try:
            port.reset_input_buffer()
            port.write(wire)
        except serial.SerialTimeoutException as err:
            raise self._silent(1) from err
        except _PORT_ERRORS as err:
            raise self._gone("went away", err) from err
        return self._await_reply(port, command, until)

    def _await_reply(self, port: serial.Serial, command: Command, until: float) -> Frame | None:
        while time.monotonic() < until:
            if self.cancel.is_set():
                raise Canceled(FAMILY, "reading the card was canceled")
            try:
                chunk = port.read(max(1, port.in_waiting))
            except _PORT_ERRORS as err:
                raise self._gone("went away", err) from err
            for frame in self._decoder.feed(chunk):
                if not frame.intact or frame.sw3 in _ASK_AGAIN | ANSWERS[command]:
                    return frame
                log.debug("skipped a stale reply (SW3 %02X) to %s", frame.sw3, command.name)
        return None

    def _require_open(self) -> serial.Serial:
        if self._serial is None:
            self.open()
        assert self._serial is not None
        return self._serial

    def _silent(self, attempts: int) -> LinkError:
        tries = f"{attempts} attempt" + ("s" if attempts != 1 else "")
        message = (
            f"the reader on {self.config.port} did not answer ({tries}); "
            f"check its power, its cable and that it runs at {self.config.baud} baud"
        )
        return LinkError(DeviceTimeout(FAMILY, message), DeviceStatus.OFFLINE)

    def _gone(self, what: str, err: BaseException) -> LinkError:
        self.close()
        # Info, not warning: the status change carries it, and a CLI prints its own line.
        log.info("ID card reader port %s %s (%s)", self.config.port, what, type(err).__name__)
        message = f"the ID card reader on {self.config.port} {what}; check its USB or serial cable"
        return LinkError(DeviceNotReady(FAMILY, message), DeviceStatus.NO_DEVICE)
