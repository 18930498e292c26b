"""A publisher's bitrate cap: the hook a caller (the weak-network logic of issue 18) uses to
keep a sender's video below what the path carries.

aiortc cannot simulcast and sets its encoder's target only from the receiver's REMB, which
can ask for more than a weak uplink carries. `cap_bitrate` wraps the sender's encoder so that
every later target (REMB included) is held at or below the cap; `cap_bitrate(sender, None)`
lifts it and restores the last target asked for. The codec's own floor still applies (VP8 in
aiortc: 250 kbit/s), so the effective target is returned, not assumed.
"""

from __future__ import annotations

import logging
from typing import Any

from aiortc import RTCRtpSender
from aiortc.codecs.base import Encoder

log = logging.getLogger(__name__)
# aiortc keeps the encoder in a name-mangled attribute, created on the first frame sent
_ENCODER = "_RTCRtpSender__encoder"


class BitrateCapError(ValueError):
    """A cap that is not a positive number of bits per second."""


class _CappedEncoder(Encoder):
    """Delegates to aiortc's encoder; its `target_bitrate` never goes above `cap`."""

    def __init__(self, inner: Any, cap: int | None) -> None:
        self.inner = inner
        self.wanted: int = inner.target_bitrate
        self.cap = cap
        self._apply()

    def _apply(self) -> None:
        wanted = self.wanted if self.cap is None else min(self.wanted, self.cap)
        self.inner.target_bitrate = wanted

    def encode(self, frame: Any, force_keyframe: bool = False) -> tuple[list[bytes], int]:
        result: tuple[list[bytes], int] = self.inner.encode(frame, force_keyframe)
        return result

    def pack(self, packet: Any) -> tuple[list[bytes], int]:
        result: tuple[list[bytes], int] = self.inner.pack(packet)
        return result

    @property
    def target_bitrate(self) -> int:
        target: int = self.inner.target_bitrate
        return target

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self.wanted = bitrate
        self._apply()


def cap_bitrate(sender: RTCRtpSender, max_bps: int | None) -> int | None:
    """Hold `sender`'s encoder at or below `max_bps` bits per second (None lifts the cap).

    Returns the encoder's effective target in bit/s, or None when the sender has no encoder
    with a bitrate yet (aiortc makes it on the first frame; an audio encoder has none): call
    again once media flows. Call it again with a new value as the path changes; it does not
    stack. Run it on the loop that owns the peer connection.
    """
    if max_bps is not None and (isinstance(max_bps, bool) or max_bps <= 0):
        raise BitrateCapError(f"a bitrate cap must be a positive number of bit/s, not {max_bps!r}")
    encoder = getattr(sender, _ENCODER, None)
    if isinstance(encoder, _CappedEncoder):
        encoder.cap = max_bps
        encoder._apply()
    elif encoder is not None and hasattr(encoder, "target_bitrate"):
        encoder = _CappedEncoder(encoder, max_bps)
        setattr(sender, _ENCODER, encoder)
    else:
        return None
    log.info("video bitrate cap %s bit/s, target %d", max_bps, encoder.target_bitrate)
    return encoder.target_bitrate


def current_bitrate(sender: RTCRtpSender) -> int | None:
    """The encoder's target in bit/s now, or None before the first frame."""
    target = getattr(getattr(sender, _ENCODER, None), "target_bitrate", None)
    return target if isinstance(target, int) else None
