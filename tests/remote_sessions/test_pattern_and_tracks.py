"""The counter pattern survives a lossy path; tracks deliver frames at their size and a tone
at its pitch; received media is readable across threads; grants keep secrets out of logs."""

from __future__ import annotations

import asyncio
import threading

import cv2
import numpy as np
import pytest

from remote_sessions.errors import CallError
from remote_sessions.grant import IceServerSpec, JoinGrant
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.peer import new_peer
from remote_sessions.received import RemoteMedia
from remote_sessions.tracks import FrameSourceTrack, ToneTrack


@pytest.mark.parametrize("value", [0, 1, 1000, 40000, 65535])
def test_counter_survives_jpeg_and_scaling(value: int) -> None:
    frame = counter_frame(value, 640, 480)
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 20])
    assert ok
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_COLOR)
    assert decoded is not None
    smaller = cv2.resize(decoded, (320, 240), interpolation=cv2.INTER_AREA)
    assert read_counter(np.asarray(smaller, dtype=np.uint8)) == value


def test_a_frame_without_the_pattern_reads_as_none() -> None:
    assert read_counter(np.full((240, 320, 3), 128, dtype=np.uint8)) is None
    rng = np.random.default_rng(7)
    assert read_counter(rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)) is None


def test_frame_source_track_sends_the_source_and_grey_before_it() -> None:
    frames = iter([None, counter_frame(5, 320, 240)])

    async def two() -> list:
        track = FrameSourceTrack(lambda: next(frames, None), fps=30, size=(320, 240))
        out = [await track.recv(), await track.recv(), await track.recv()]
        track.stop()
        return out

    first, second, third = asyncio.run(two())
    assert (first.width, first.height) == (320, 240)
    assert read_counter(first.to_ndarray(format="rgb24")) is None
    assert read_counter(second.to_ndarray(format="rgb24")) == 5
    assert read_counter(third.to_ndarray(format="rgb24")) == 5  # repeats the last frame
    assert first.pts < second.pts < third.pts


def test_tone_track_has_its_pitch() -> None:
    async def half_second() -> np.ndarray:
        track = ToneTrack(660.0)
        chunks = [(await track.recv()).to_ndarray().reshape(-1) for _ in range(25)]
        track.stop()
        return np.concatenate(chunks)

    samples = asyncio.run(half_second())
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    peak = np.fft.rfftfreq(len(samples), 1 / 48_000)[spectrum.argmax()]
    assert abs(peak - 660.0) < 5


def test_remote_media_hands_the_newest_frame_to_another_thread() -> None:
    media = RemoteMedia()
    got: list = []
    waiter = threading.Thread(target=lambda: got.append(media.wait_frame(0.0, timeout_s=30)))
    waiter.start()
    media.put_frame(7, counter_frame(3, 64, 48))
    waiter.join(timeout=30)
    assert got and got[0] is not None and got[0].feed == 7 and got[0].seq == 1
    assert "pixels" not in repr(got[0]) and "64x48" in repr(got[0])
    media.put_audio(np.ones(48_000, dtype=np.int16), 48_000)
    media.put_audio(np.ones(960, dtype=np.int16), 48_000)
    assert len(media.audio()) <= 48_000 + 960


def test_grants_and_peers_keep_secrets_and_need_turn_for_relay() -> None:
    turn = IceServerSpec("turn:127.0.0.1:13478?transport=udp", "1900000000:kiosk", "pw-secret")
    grant = JoinGrant("ws://127.0.0.1:18188/", 42, "janus-token-x", "join-token-y", (turn,), "k")
    assert "pw-secret" not in repr(grant) and "join-token-y" not in repr(grant)
    with pytest.raises(CallError, match="TURN"):
        new_peer((IceServerSpec("stun:127.0.0.1:13478"),), relay_only=True)


def test_no_ice_servers_means_no_stun_server_at_all() -> None:
    """aiortc falls back to a public STUN server only when given None; an empty list from a
    grant must stay empty."""

    async def gatherer_servers() -> tuple:
        pc = new_peer((), relay_only=False)
        pc.addTransceiver("video")
        await pc.setLocalDescription(await pc.createOffer())
        transport = pc.getTransceivers()[0].sender.transport
        connection = transport.transport.iceGatherer._connection
        await pc.close()
        return connection.stun_server, connection.turn_server

    assert asyncio.run(gatherer_servers()) == (None, None)


def test_a_malformed_grant_is_one_plain_error() -> None:
    with pytest.raises(CallError, match="lacks 'join_token'"):
        JoinGrant.from_dict(
            {"janus_url": "ws://x/", "room_id": 1, "janus_token": "t", "ice_servers": []}
        )
    with pytest.raises(CallError, match="malformed"):
        JoinGrant.from_dict(
            {
                "janus_url": "ws://x/",
                "room_id": "not a number",
                "janus_token": "t",
                "join_token": "j",
                "ice_servers": [],
                "participant_id": "k",
            }
        )
