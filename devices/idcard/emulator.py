"""An ID card reader on a pseudo-terminal: the real serial driver talks to it as to hardware.

It answers the SAM frames a GA 467 reader answers, paces its replies at the configured baud
(ten bits a byte, as 8N1 puts them on the wire) and injects the faults real lines have on
request: noise before replies, replies split into pieces, wrong checksums, no card, slow
answers, silence, and the port disappearing and coming back (`unplug` / `replug`).

Run it as a process with `python -m devices.idcard.emulator --link /tmp/ttyID0`; it prints
the path to open and serves until interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import random
import select
import signal
import sys
import threading
import time
import tty
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import get_args

from devices.idcard.frames import Command, Frame, FrameDecoder, Sw3, encode_reply
from devices.idcard.port import CardType, IdCardData
from devices.idcard.textblock import encode_base_info
from devices.idcard.wlt import WLT_BYTES
from devices.idnumber import make_id_number

BITS_PER_BYTE = 10
_CHUNK_S = 0.002  # pacing granularity: one write per ~2 ms of wire time


@dataclass
class Faults:
    """Faults to inject; change them at any time, the next reply follows them."""

    noise: int = 0  # random bytes sent before each reply
    split: bool = False  # replies sent in pieces with pauses between them
    bad_checksums: int = 0  # the next N replies carry a wrong checksum; -1: every reply
    slow_s: float = 0.0  # delay before each answer
    silent: bool = False  # no answer at all
    rng: random.Random = field(default_factory=random.Random)


def synthetic_card(sequence: int = 1, card_type: CardType = "resident") -> IdCardData:
    """A made-up card whose number is well formed but issued to nobody."""
    born = date(1980 + sequence % 30, 1 + sequence % 12, 1 + sequence % 28)
    resident = card_type == "resident"
    if card_type == "foreign_permanent":
        name, nation, address = "SAMPLE TESTER", "CAN", ""
        number, issuer = f"CAN11{sequence:010d}", "1500"
    else:
        name, nation, address = "测试样例", "01" if resident else "", "北京市东城区示例路1号"
        region = "110101" if resident else "810000"
        number, issuer = make_id_number(region, born, sequence % 1000), "北京市公安局东城分局"
    return IdCardData(
        card_type=card_type,
        name=name,
        sex="male" if sequence % 2 else "female",
        nation="汉" if resident else nation,
        birth_date=born,
        address=address,
        id_number=number,
        issuer=issuer,
        valid_from=date(2020, 1, 1),
        valid_to=None if sequence % 3 == 0 else date(2040, 1, 1),
        photo_wlt=random.Random(sequence).randbytes(WLT_BYTES),
        nation_code=nation,
    )


class IdCardEmulator:
    """A reader with one card slot, served on a pty until `stop()`."""

    def __init__(
        self, card: IdCardData | None = None, baud: int = 115200, link: Path | None = None
    ) -> None:
        self.baud = baud
        self.faults = Faults()
        self.sent_bytes = 0
        self.received_bytes = 0
        self._card = card
        self._link = link
        self._lock = threading.Lock()
        self._master = -1
        self._slave = -1
        self._slave_name = ""
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the card slot ----------------------------------------------------------------------

    def place(self, card: IdCardData) -> None:
        with self._lock:
            self._card = card

    def take_off(self) -> None:
        with self._lock:
            self._card = None

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def path(self) -> str:
        """What the driver opens: the stable link when there is one, else the pty itself."""
        return str(self._link) if self._link is not None else self._slave_name

    def start(self) -> str:
        self._open_pty()
        self._running.set()
        self._thread = threading.Thread(target=self._serve, name="idcard-emulator", daemon=True)
        self._thread.start()
        return self.path

    def stop(self) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._close_pty()

    def unplug(self) -> None:
        """The reader's cable is pulled: the pty goes away and the link with it."""
        with self._lock:
            self._close_pty()

    def replug(self) -> None:
        with self._lock:
            self._open_pty()

    def __enter__(self) -> IdCardEmulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _open_pty(self) -> None:
        self._master, self._slave = os.openpty()
        # Raw at once, so nothing is echoed before the driver configures the line; the slave
        # stays open here so the master never reads EIO while no driver holds the port.
        tty.setraw(self._slave)
        os.set_blocking(self._master, False)
        self._slave_name = os.ttyname(self._slave)
        if self._link is not None:
            self._link.unlink(missing_ok=True)
            self._link.symlink_to(self._slave_name)

    def _close_pty(self) -> None:
        if self._link is not None:
            self._link.unlink(missing_ok=True)
        for fd in (self._master, self._slave):
            if fd >= 0:
                os.close(fd)
        self._master = self._slave = -1

    # -- serving ----------------------------------------------------------------------------

    def _serve(self) -> None:
        decoder = FrameDecoder()
        while self._running.is_set():
            master = self._master
            if master < 0:
                time.sleep(0.01)
                continue
            try:
                ready, _, _ = select.select([master], [], [], 0.02)
                data = os.read(master, 4096) if ready else b""
            except OSError:  # unplugged while waiting
                decoder.reset()
                continue
            self.received_bytes += len(data)
            for frame in decoder.feed(data):
                self._sleep(len(data) * BITS_PER_BYTE / self.baud)  # the command's wire time
                self._answer(master, frame)

    def _answer(self, master: int, frame: Frame) -> None:
        faults = self.faults
        if faults.silent:
            return
        reply = self.reply_to(frame)
        if faults.bad_checksums:
            reply = reply[:-1] + bytes([reply[-1] ^ 0x5A])
            if faults.bad_checksums > 0:
                faults.bad_checksums -= 1
        self._sleep(faults.slow_s)
        if faults.noise:
            reply = faults.rng.randbytes(faults.noise) + reply
        pieces = self._pieces(reply) if faults.split else [reply]
        for piece in pieces:
            self._send_paced(master, piece)
            if faults.split:
                self._sleep(faults.rng.uniform(0.005, 0.02))

    def _pieces(self, data: bytes) -> list[bytes]:
        cuts = sorted(self.faults.rng.sample(range(1, len(data)), min(3, len(data) - 1)))
        bounds = [0, *cuts, len(data)]
        return [data[a:b] for a, b in itertools.pairwise(bounds)]

    def reply_to(self, frame: Frame) -> bytes:
        """The reply a reader sends to one command frame."""
        with self._lock:
            card = self._card
        if not frame.intact:
            return encode_reply(Sw3.BAD_CHECKSUM)
        command = frame.command
        if command in (Command.STATUS, Command.RESET):
            return encode_reply(Sw3.OK)
        if command is Command.SAM_ID:
            return encode_reply(Sw3.OK, bytes(range(16)))
        if command is Command.FIND_CARD:
            return encode_reply(Sw3.FIND_OK, bytes(4)) if card else encode_reply(Sw3.NO_CARD)
        if command is Command.SELECT_CARD:
            return encode_reply(Sw3.OK, bytes(8)) if card else encode_reply(Sw3.SELECT_FAILED)
        if command is Command.READ_BASE:
            return (
                encode_reply(Sw3.OK, encode_base_info(card))
                if card
                else encode_reply(Sw3.READ_FAILED)
            )
        return encode_reply(Sw3.BAD_COMMAND)

    def _send_paced(self, master: int, data: bytes) -> None:
        """Write `data` no faster than the line would carry it."""
        byte_s = BITS_PER_BYTE / self.baud
        chunk = max(1, int(_CHUNK_S / byte_s))
        start = time.monotonic()
        for offset in range(0, len(data), chunk):
            piece = data[offset : offset + chunk]
            if not self._write_all(master, piece):
                return
            self.sent_bytes += len(piece)
            due = start + (offset + len(piece)) * byte_s
            self._sleep(due - time.monotonic())

    def _write_all(self, master: int, data: bytes) -> bool:
        """Write through a full pty buffer for up to a second; False when the line is gone."""
        deadline = time.monotonic() + 1.0
        while data:
            try:
                data = data[os.write(master, data) :]
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return False
                select.select([], [master], [], 0.05)
            except OSError:
                return False
        return True

    @staticmethod
    def _sleep(seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


def main(argv: list[str] | None = None) -> int:
    """Serve one synthetic card on a pty until interrupted; print the path to open."""
    parser = argparse.ArgumentParser(prog="python -m devices.idcard.emulator")
    parser.add_argument("--link", type=Path, help="a stable path to the pty (a symlink)")
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--card-type", default="resident", choices=list(get_args(CardType)))
    parser.add_argument("--no-card", action="store_true", help="start with the slot empty")
    parser.add_argument("--noise", type=int, default=0, help="noise bytes before each reply")
    parser.add_argument("--split", action="store_true", help="send replies in pieces")
    parser.add_argument("--bad-checksums", type=int, default=0, help="-1 for every reply")
    parser.add_argument("--slow", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--silent", action="store_true", help="never answer")
    args = parser.parse_args(argv)
    card = None if args.no_card else synthetic_card(card_type=args.card_type)
    emulator = IdCardEmulator(card, args.baud, args.link)
    emulator.faults = Faults(args.noise, args.split, args.bad_checksums, args.slow, args.silent)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with emulator:
        sys.stdout.write(emulator.path + "\n")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
