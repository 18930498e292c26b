"""The publisher's bitrate cap on aiortc's real sender and VP8 encoder: the cap holds against
the receiver's REMB asking for more, shrinks what is encoded, and lifts again."""

from __future__ import annotations

import asyncio
import fractions

import numpy as np
import pytest
from aiortc import MediaStreamTrack, RTCRtpCodecParameters, RTCRtpSender
from aiortc.rtp import RTCP_PSFB_APP, RtcpPsfbPacket, pack_remb_fci
from av import VideoFrame

from remote_sessions.adapt import BitrateAdapter
from remote_sessions.bitrate import BitrateCapError, cap_bitrate, current_bitrate
from remote_sessions.peer import new_peer

VP8 = RTCRtpCodecParameters(mimeType="video/VP8", clockRate=90000, payloadType=96)
FPS = 15


class _NoiseTrack(MediaStreamTrack):
    """Frames of noise, unpaced: every frame is costly, so the encoder's target decides."""

    kind = "video"

    def __init__(self) -> None:
        super().__init__()
        self._rng = np.random.default_rng(18)
        self._pts = 0

    async def recv(self) -> VideoFrame:
        pixels = self._rng.integers(104, 152, (240, 320, 3), dtype=np.uint8)
        frame = VideoFrame.from_ndarray(pixels, format="rgb24")
        frame.pts, frame.time_base = self._pts, fractions.Fraction(1, 90000)
        self._pts += 90000 // FPS
        return frame


async def _encoded_bytes(sender: RTCRtpSender, frames: int) -> int:
    total = 0
    for _ in range(frames):
        encoded = await sender._next_encoded_frame(VP8)
        total += sum(len(p) for p in encoded.payloads) if encoded else 0
    return total


async def _remb(sender: RTCRtpSender, bps: int) -> None:
    fci = pack_remb_fci(bps, [sender._ssrc])
    await sender._handle_rtcp_packet(
        RtcpPsfbPacket(fmt=RTCP_PSFB_APP, ssrc=1, media_ssrc=0, fci=fci)
    )


def test_the_cap_holds_against_remb_shrinks_the_stream_and_lifts() -> None:
    """GIVEN a real sender encoding VP8 and a receiver asking for 1.5 Mbit/s by REMB
    WHEN the caller caps it at 300 kbit/s THEN the target stays at 300 k through more REMB,
    a second of video is smaller than uncapped, and lifting the cap restores what REMB asked."""

    async def scenario() -> tuple[int, int]:
        pc = new_peer((), relay_only=False)
        sender = pc.addTrack(_NoiseTrack())
        assert cap_bitrate(sender, 300_000) is None  # no encoder before the first frame
        await _encoded_bytes(sender, 1)
        await _remb(sender, 1_500_000)
        assert current_bitrate(sender) == 1_500_000
        await _encoded_bytes(sender, 5)  # settle the uncapped rate
        uncapped = await _encoded_bytes(sender, FPS)
        assert cap_bitrate(sender, 300_000) == 300_000
        await _remb(sender, 1_500_000)
        assert current_bitrate(sender) == 300_000
        await _encoded_bytes(sender, 5)
        capped = await _encoded_bytes(sender, FPS)
        assert cap_bitrate(sender, 100_000) == 250_000  # VP8's floor in aiortc
        assert cap_bitrate(sender, None) == 1_500_000
        await pc.close()
        return uncapped, capped

    uncapped, capped = asyncio.run(scenario())
    assert capped * 8 < 450_000 < uncapped * 8, (uncapped, capped)


@pytest.mark.parametrize("bad", [0, -5, True])
def test_a_cap_that_is_not_a_positive_rate_is_refused(bad: int) -> None:
    async def scenario() -> None:
        pc = new_peer((), relay_only=False)
        sender = pc.addTrack(_NoiseTrack())
        with pytest.raises(BitrateCapError, match="positive number of bit/s"):
            cap_bitrate(sender, bad)
        await pc.close()

    asyncio.run(scenario())


def test_the_adapters_decision_holds_against_remb_between_its_periods() -> None:
    """GIVEN the weak-network controller (adapt.BitrateAdapter) on a real sender, capped by the
    central service at 300 kbit/s, WHEN the receiver asks for 1.5 Mbit/s by REMB between two of
    its periods THEN the encoder stays at the controller's target: adapt caps through
    bitrate.cap_bitrate, not by setting the target once."""

    async def scenario() -> None:
        pc = new_peer((), relay_only=False)
        sender = pc.addTrack(_NoiseTrack())
        adapter = BitrateAdapter(sender, cap_bps=300_000, period_s=60.0)
        adapter.start()
        await _encoded_bytes(sender, 1)
        for _ in range(100):  # the adapter looks for the encoder every 20 ms
            if current_bitrate(sender) == 300_000:
                break
            await asyncio.sleep(0.02)
        assert current_bitrate(sender) == 300_000 == adapter.target_bps
        await _remb(sender, 1_500_000)
        assert current_bitrate(sender) == 300_000
        await adapter.stop()
        await pc.close()

    asyncio.run(scenario())
