"""Publishers that hold on weak networks: aiortc cannot simulcast, so a publisher caps its own
video bitrate from what the receiver (Janus) reports in its RTCP receiver reports — the share
of packets lost and the round trip — and never above a cap the central service may give.

The rule is a loss-and-delay controller in the spirit of WebRTC's GCC: heavy loss or a round
trip swelling over its floor (a bottleneck's queue filling) cuts the target, a clean path lets
it grow again slowly. The cap itself is `bitrate.cap_bitrate`, the one place that holds a
sender's encoder below a value: it wraps the encoder, so a REMB from the receiver cannot raise
the target past the controller's decision between two periods. It is a ceiling: when the
receiver's REMB asks for less than the controller allows, the encoder follows the REMB.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field

from aiortc import RTCRtpSender

from remote_sessions.bitrate import cap_bitrate

log = logging.getLogger(__name__)
# aiortc's VP8 encoder clamps its target to [250 kbit/s, 1.5 Mbit/s] and starts at 500 kbit/s
FLOOR_BPS = 250_000
START_BPS = 500_000
CEILING_BPS = 1_500_000
HEAVY_LOSS = 0.10  # above: cut by half the loss (GCC's loss controller)
LIGHT_LOSS = 0.02  # below, with no queue building: grow
GROWTH = 1.08
QUEUE_S = 0.1  # a round trip this far above its floor means a queue is building
QUEUE_CUT = 0.85


def next_target(
    current: int, loss: float, rtt_s: float | None, rtt_floor_s: float | None, cap: int
) -> int:
    """The next target from one report interval's `loss` (0-1) and round trip."""
    queueing = rtt_s is not None and rtt_floor_s is not None and rtt_s > rtt_floor_s + QUEUE_S
    if loss > HEAVY_LOSS:
        target = current * (1 - loss / 2)
    elif queueing:
        target = current * QUEUE_CUT
    elif loss < LIGHT_LOSS:
        target = current * GROWTH
    else:
        target = current
    return int(max(FLOOR_BPS, min(cap, target)))


@dataclass
class Step:
    """One decision, kept for the benchmark and for tests."""

    at: float
    loss: float
    rtt_s: float | None
    target_bps: int


@dataclass
class BitrateAdapter:
    """Reads `sender`'s receiver reports every `period_s` and caps its encoder; `cap_bps` is
    the central service's cap (None: the codec's ceiling)."""

    sender: RTCRtpSender
    cap_bps: int | None = None
    period_s: float = 1.0
    steps: list[Step] = field(default_factory=list)
    _target: int = START_BPS
    _lost: int = 0
    _received: int = 0
    _rtt_floor: float | None = None
    _task: asyncio.Task[None] | None = None

    def __post_init__(self) -> None:
        if self.cap_bps is not None and self.cap_bps <= 0:
            raise ValueError(f"cap_bps must be a positive bit rate, not {self.cap_bps!r}")
        self._target = min(START_BPS, self.cap)

    @property
    def cap(self) -> int:
        return CEILING_BPS if self.cap_bps is None else max(FLOOR_BPS, self.cap_bps)

    @property
    def target_bps(self) -> int:
        return self._target

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="bitrate-adapt")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        # aiortc makes the encoder on the first frame, at 500 kbit/s: cap it from the start,
        # a first second at full rate would already overflow a weak link's queue
        for _ in range(50):
            if cap_bitrate(self.sender, self._target) is not None:
                break
            await asyncio.sleep(0.02)  # waits (bounded) for the encoder to exist
        while True:
            await asyncio.sleep(self.period_s)  # the controller's period, not synchronisation
            try:
                await self.step()
            except Exception:  # adaptation must never end a call
                log.exception("bitrate adaptation step failed")

    async def step(self) -> None:
        """One decision from the newest receiver report."""
        report = await self.sender.getStats()
        remote = [s for s in report.values() if getattr(s, "type", "") == "remote-inbound-rtp"]
        if not remote:
            return  # no receiver report yet
        stats = remote[0]
        lost, received = int(stats.packetsLost), int(stats.packetsReceived)
        new_lost, new_received = lost - self._lost, received - self._received
        self._lost, self._received = lost, received
        total = new_lost + new_received
        loss = max(0.0, new_lost / total) if total > 0 else 0.0
        rtt = stats.roundTripTime
        if rtt is not None:
            self._rtt_floor = rtt if self._rtt_floor is None else min(self._rtt_floor, rtt)
        self._target = next_target(self._target, loss, rtt, self._rtt_floor, self.cap)
        cap_bitrate(self.sender, self._target)
        self.steps.append(Step(time.monotonic(), loss, rtt, self._target))
