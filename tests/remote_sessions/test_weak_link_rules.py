"""The rules that keep a call up on a weak link, without a network: the receive buffer gives up
a lost packet instead of stalling (audio after 4 packets, video after 48 with a key-frame
request), and the publisher's bitrate controller cuts on heavy loss or a swelling round trip,
grows on a clean path and stays within the grant's cap and the codec's floor."""

from __future__ import annotations

import pytest
from aiortc.rtp import RtpPacket

from remote_sessions.adapt import FLOOR_BPS, BitrateAdapter, next_target
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.jitter import HoleSkippingJitterBuffer


def _packet(seq: int, timestamp: int) -> RtpPacket:
    packet = RtpPacket(sequence_number=seq, timestamp=timestamp)
    packet._data = bytes([seq % 256])  # type: ignore[attr-defined]
    return packet


def _audio_out(buffer: HoleSkippingJitterBuffer, seqs: list[int]) -> list[tuple[int, int]]:
    """Feed one packet per 20 ms audio frame; (frame let out, how many packets had arrived)."""
    out = []
    for n, seq in enumerate(seqs, start=1):
        _, frame = buffer.add(_packet(seq, seq * 960))
        if frame is not None:
            out.append((frame.timestamp // 960, n))
    return out


def test_a_lost_audio_packet_is_skipped_after_four_later_ones() -> None:
    """GIVEN packet 10 lost WHEN 11.. arrive THEN 0-9 and 11.. come out in order, and 11 comes
    out within a few packets of its arrival, where aiortc's own buffer waits for 16 (about
    300 ms of silence)."""
    buffer = HoleSkippingJitterBuffer(16, prefetch=4, skip_after=4)
    seqs = [s for s in range(30) if s != 10]
    out = _audio_out(buffer, seqs)
    played = [frame for frame, _ in out]
    assert 10 not in played and played == sorted(played)
    assert set(range(10)) <= set(played)  # nothing before the hole is thrown away
    eleven_out = dict(out)[11]
    assert eleven_out - (seqs.index(11) + 1) <= 4 + 4  # skip_after + prefetch
    assert buffer.skipped == 1


def test_a_late_audio_packet_within_the_wait_is_still_played() -> None:
    buffer = HoleSkippingJitterBuffer(16, prefetch=4, skip_after=4)
    out = _audio_out(buffer, [0, 1, 2, 4, 5, 3, 6, 7, 8, 9, 10, 11])
    assert [frame for frame, _ in out][:7] == [0, 1, 2, 3, 4, 5, 6] and buffer.skipped == 0


def test_a_lost_video_packet_drops_its_frame_and_asks_for_a_key_frame() -> None:
    """Video frames of three packets each; packet 4 (frame 1) never comes and no NACK saves it."""
    buffer = HoleSkippingJitterBuffer(512, is_video=True, skip_after=6)
    frames, plis = [], []
    for seq in range(30):
        if seq == 4:
            continue
        pli, frame = buffer.add(_packet(seq, (seq // 3) * 6000))
        plis.append(pli)
        if frame is not None:
            frames.append(frame.timestamp // 6000)
    assert 1 not in frames and frames == sorted(frames) and frames[-1] >= 7
    assert any(plis) and buffer.skipped == 1


@pytest.mark.parametrize("wrong", [0, 16])
def test_a_skip_threshold_outside_the_buffer_is_refused(wrong: int) -> None:
    with pytest.raises(ValueError, match="skip_after"):
        HoleSkippingJitterBuffer(16, skip_after=wrong)


def test_the_controller_cuts_on_loss_and_queueing_and_grows_when_clean() -> None:
    assert next_target(500_000, 0.2, 0.05, 0.05, 1_500_000) == 450_000  # by half the loss
    assert next_target(500_000, 0.05, 0.05, 0.05, 1_500_000) == 500_000  # holds
    assert next_target(500_000, 0.0, 0.30, 0.05, 1_500_000) == 425_000  # a queue builds
    assert next_target(500_000, 0.0, 0.25, 0.20, 1_500_000) == 540_000  # long but steady RTT
    assert next_target(500_000, 0.0, None, None, 520_000) == 520_000  # the cap holds
    assert next_target(260_000, 0.5, None, None, 1_500_000) == FLOOR_BPS  # the codec's floor


def test_the_grant_carries_the_central_services_video_cap() -> None:
    base = {
        "janus_url": "ws://10.0.0.1:8188/",
        "room_id": 1,
        "janus_token": "t",
        "join_token": "j",
        "ice_servers": [{"urls": "turn:10.0.0.1:3478"}],
        "participant_id": "kiosk",
    }
    assert JoinGrant.from_dict(base).max_video_bps is None
    assert JoinGrant.from_dict({**base, "max_video_bps": 350_000}).max_video_bps == 350_000
    with pytest.raises(CallError, match="max_video_bps"):
        JoinGrant.from_dict({**base, "max_video_bps": -5})


def test_an_adapter_refuses_a_cap_that_is_no_bit_rate() -> None:
    with pytest.raises(ValueError, match="cap_bps"):
        BitrateAdapter(sender=None, cap_bps=0)  # type: ignore[arg-type]
