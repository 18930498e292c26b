"""SAM frames of the GA 467 family ID card readers: encoding and a resynchronising decoder.

A frame on the line is `AA AA AA 96 69 | LEN | payload | CHK`: LEN is two bytes big-endian
counting every byte after itself (the payload and CHK), and CHK is the XOR of the LEN bytes and
the payload. A command's payload is `CMD PARA [data]`, a reply's is `SW1 SW2 SW3 [data]`.

Real serial lines deliver garbage, half frames and corrupted bytes, so the decoder is fed
whatever a read returned and hands back whole frames, skipping noise until the next header.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

HEADER = b"\xaa\xaa\xaa\x96\x69"
LEN_SIZE = 2
# The longest reply a reader sends is base info with fingerprints (about 2.3 KiB); anything
# longer is a false header inside noise.
MAX_LEN = 4096
MIN_LEN = 3  # two payload bytes and CHK: the shortest command


class Command(enum.Enum):
    """Commands as (CMD, PARA) pairs."""

    RESET = (0x10, 0xFF)
    STATUS = (0x11, 0xFF)
    SAM_ID = (0x12, 0xFF)
    FIND_CARD = (0x20, 0x01)
    SELECT_CARD = (0x20, 0x02)
    READ_BASE = (0x30, 0x01)


class Sw3(enum.IntEnum):
    """The reply status byte SW3, as the reader family defines it."""

    OK = 0x90
    FIND_OK = 0x9F
    NO_CONTENT = 0x91
    BAD_CHECKSUM = 0x10
    BAD_LENGTH = 0x11
    BAD_COMMAND = 0x21
    READ_FAILED = 0x41
    NO_CARD = 0x80
    SELECT_FAILED = 0x81


def checksum(data: bytes) -> int:
    """XOR of every byte: the frame's CHK over LEN and payload."""
    value = 0
    for byte in data:
        value ^= byte
    return value


def encode_frame(payload: bytes) -> bytes:
    """Wrap a payload in header, LEN and CHK."""
    if not payload or len(payload) + 1 > MAX_LEN:
        raise ValueError(f"payload of {len(payload)} bytes cannot be framed")
    length = (len(payload) + 1).to_bytes(LEN_SIZE, "big")
    return HEADER + length + payload + bytes([checksum(length + payload)])


def encode_command(command: Command, data: bytes = b"") -> bytes:
    cmd, para = command.value
    return encode_frame(bytes([cmd, para]) + data)


def encode_reply(sw3: int, data: bytes = b"", sw1: int = 0, sw2: int = 0) -> bytes:
    return encode_frame(bytes([sw1, sw2, sw3]) + data)


@dataclass(frozen=True)
class Frame:
    """A frame taken off the line; `intact` is False when its checksum did not match."""

    payload: bytes
    intact: bool = True

    @property
    def command(self) -> Command | None:
        """The command this frame carries, when it is a known command frame."""
        for command in Command:
            if self.payload[:2] == bytes(command.value):
                return command
        return None

    @property
    def sw3(self) -> int:
        return self.payload[2] if len(self.payload) >= 3 else -1

    @property
    def data(self) -> bytes:
        """A reply's data: everything after SW1 SW2 SW3."""
        return self.payload[3:]


class FrameDecoder:
    """Turns a byte stream into frames, whatever the reads cut it into.

    Bytes before a header are dropped (and counted); a header followed by an impossible length
    is taken for noise and the search goes on one byte further. A frame whose checksum does
    not match is returned with `intact=False` so the caller can ask again; the search resumes
    one byte after its header, so a real frame hidden behind a false header is still found.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.dropped = 0

    @property
    def pending(self) -> int:
        """Bytes held back waiting for the rest of a frame."""
        return len(self._buffer)

    def reset(self) -> None:
        """Forget a half-received frame (after a timeout, before a new command)."""
        self.dropped += len(self._buffer)
        self._buffer.clear()

    def feed(self, data: bytes) -> list[Frame]:
        self._buffer += data
        frames: list[Frame] = []
        while (frame := self._next()) is not None:
            frames.append(frame)
        return frames

    def _next(self) -> Frame | None:
        head = len(HEADER)
        while True:
            start = self._buffer.find(HEADER)
            if start < 0:
                self._drop_noise_keeping_header_prefix()
                return None
            self._drop(start)
            if len(self._buffer) < head + LEN_SIZE:
                return None
            length = int.from_bytes(self._buffer[head : head + LEN_SIZE], "big")
            if MIN_LEN <= length <= MAX_LEN:
                break
            self._drop(1)  # a false header inside noise
        end = head + LEN_SIZE + length
        if len(self._buffer) < end:
            return None
        body = bytes(self._buffer[head : end - 1])
        payload = body[LEN_SIZE:]
        if checksum(body) == self._buffer[end - 1]:
            del self._buffer[:end]
            return Frame(payload)
        self._drop(1)
        return Frame(payload, intact=False)

    def _drop(self, count: int) -> None:
        self.dropped += count
        del self._buffer[:count]

    def _drop_noise_keeping_header_prefix(self) -> None:
        """Drop what cannot start a header, keeping a tail that may be the start of one."""
        keep = 0
        for size in range(min(len(HEADER) - 1, len(self._buffer)), 0, -1):
            if self._buffer.endswith(HEADER[:size]):
                keep = size
                break
        self._drop(len(self._buffer) - keep)
