"""Received media that does not stall on a lost packet.

aiortc's jitter buffers wait for a missing packet until the buffer is full: 16 later packets
for audio (Opus is never retransmitted, so every lost packet silences the call for ~300 ms and
2 % loss makes a drop-out each second), 512 for video (a packet whose NACK or retransmission
was lost too freezes the picture for ten seconds and more at a few hundred kbit/s; aiortc sends
a NACK only once). These buffers give a hole up once `skip_after` later packets wait behind it:
the packet is lost either way; the listener hears 20 ms missing, the picture waits about a
second for a key frame.
"""

from __future__ import annotations

import logging

from aiortc import RTCRtpReceiver
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket

log = logging.getLogger(__name__)
_BUFFER = "_RTCRtpReceiver__jitter_buffer"  # aiortc's name-mangled attribute


class HoleSkippingJitterBuffer(JitterBuffer):
    """aiortc's jitter buffer, except that a hole is given up once `skip_after` packets wait
    behind it. Audio: what precedes the hole is played, the hole skipped. Video: the frames
    before it and the rest of the frame it broke are dropped and a key frame is asked for
    (PLI), as aiortc does when its buffer overflows."""

    def __init__(
        self, capacity: int, prefetch: int = 0, is_video: bool = False, skip_after: int = 4
    ) -> None:
        super().__init__(capacity=capacity, prefetch=prefetch, is_video=is_video)
        if not 0 < skip_after < capacity:
            raise ValueError(f"skip_after must be between 1 and {capacity - 1}, not {skip_after}")
        self._skip_after = skip_after
        self._video = is_video
        self.skipped = 0  # holes given up for lost

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        pli, frame = super().add(packet)
        if frame is not None or self._origin is None:
            return pli, frame
        slots = [self._packets[(self._origin + i) % self._capacity] for i in range(self._capacity)]
        hole = next((i for i, p in enumerate(slots) if p is None), None)
        waiting = sum(1 for p in slots if p is not None)
        if hole is None or waiting - hole < self._skip_after:
            return pli, frame
        if self._video:
            self.smart_remove(hole + 1)  # the broken frame too: a decoder must not see it
            self.skipped += 1
            return True, self._remove_frame(packet.sequence_number)
        first = slots[0]
        if first is not None:  # audio before the hole waits for its prefetch: let it go
            self.remove(1)
            return pli, JitterFrame(data=first._data, timestamp=first.timestamp)  # type: ignore[attr-defined]
        while self._packets[self._origin % self._capacity] is None:
            self.remove(1)
        self.skipped += 1
        return pli, self._remove_frame(packet.sequence_number)


AUDIO_SKIP_AFTER = 4  # 80 ms of 20 ms Opus packets
VIDEO_SKIP_AFTER = 48  # about a second of video at 300-400 kbit/s: NACKs had their chance


def skip_holes(receiver: RTCRtpReceiver) -> bool:
    """Give `receiver` the hole-skipping buffer, sized as aiortc sizes its own (call before
    media flows: a swap drops what the old buffer held). Returns whether it was swapped."""
    current = getattr(receiver, _BUFFER, None)
    if not isinstance(current, JitterBuffer) or receiver.track is None:
        return False
    if isinstance(current, HoleSkippingJitterBuffer):
        return True
    if receiver.track.kind == "audio":
        fresh = HoleSkippingJitterBuffer(16, prefetch=4, skip_after=AUDIO_SKIP_AFTER)
    else:
        fresh = HoleSkippingJitterBuffer(512, is_video=True, skip_after=VIDEO_SKIP_AFTER)
    setattr(receiver, _BUFFER, fresh)
    return True
