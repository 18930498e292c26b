"""The SAM frame codec: exact bytes, and decoding whatever a serial line does to them."""

from __future__ import annotations

import itertools
from functools import reduce

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard.frames import (
    HEADER,
    MAX_LEN,
    Command,
    Frame,
    FrameDecoder,
    Sw3,
    checksum,
    encode_command,
    encode_frame,
    encode_reply,
)

# Speed belongs in benchmarks: a busy machine must not fail a property for being slow.
untimed = settings(deadline=None)

payloads = st.binary(min_size=2, max_size=300)
# Noise that cannot contain a header: a stream whose noise ends in a header is
# indistinguishable from a truncated frame, and the driver recovers from that by asking again.
noise = st.binary(max_size=40).map(lambda b: bytes(x for x in b if x != 0xAA))


def test_find_card_is_the_documented_frame() -> None:
    assert encode_command(Command.FIND_CARD) == bytes.fromhex("AAAAAA9669 0003 2001 22")


@pytest.mark.parametrize("command", list(Command))
def test_every_command_carries_the_xor_of_len_and_payload(command: Command) -> None:
    frame = encode_command(command)

    assert frame[:5] == HEADER
    assert int.from_bytes(frame[5:7], "big") == len(frame) - 7
    assert frame[-1] == reduce(lambda a, b: a ^ b, frame[5:-1])


def test_a_reply_decodes_to_its_status_and_data() -> None:
    (frame,) = FrameDecoder().feed(encode_reply(Sw3.FIND_OK, b"\x00" * 4))

    assert frame.intact
    assert frame.sw3 == Sw3.FIND_OK
    assert frame.data == b"\x00" * 4


def test_a_corrupted_frame_is_flagged_and_the_next_one_still_decodes() -> None:
    bad = bytearray(encode_reply(Sw3.OK, b"abc"))
    bad[-1] ^= 0xFF
    good = encode_reply(Sw3.OK, b"xyz")

    frames = FrameDecoder().feed(bytes(bad) + good)

    assert [f.intact for f in frames] == [False, True]
    assert frames[-1].data == b"xyz"


def test_a_false_header_with_an_impossible_length_is_skipped() -> None:
    decoder = FrameDecoder()
    garbage = HEADER + (MAX_LEN + 1).to_bytes(2, "big") + HEADER + b"\x00\x00"

    frames = decoder.feed(garbage + encode_reply(Sw3.OK))

    assert frames == [Frame(bytes([0, 0, Sw3.OK]))]
    assert decoder.dropped == len(garbage)


def test_commands_are_recognised_from_their_payload() -> None:
    (frame,) = FrameDecoder().feed(encode_command(Command.READ_BASE))

    assert frame.command is Command.READ_BASE


def test_an_empty_payload_cannot_be_framed() -> None:
    with pytest.raises(ValueError):
        encode_frame(b"")


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


@untimed
@given(
    st.lists(st.tuples(noise, payloads), min_size=1, max_size=6),
    st.lists(st.integers(min_value=0), max_size=20),
)
def test_noisy_split_streams_decode_to_the_frames_sent(
    items: list[tuple[bytes, bytes]], cuts: list[int]
) -> None:
    stream = b"".join(junk + encode_frame(payload) for junk, payload in items)
    decoder = FrameDecoder()

    frames = [frame for chunk in _split(stream, cuts) for frame in decoder.feed(chunk)]

    assert frames == [Frame(payload) for _, payload in items]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=600), max_size=12))
def test_random_bytes_never_crash_the_decoder_or_pile_up(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    for chunk in chunks:
        for frame in decoder.feed(chunk):
            assert isinstance(frame.payload, bytes)
        assert decoder.pending <= len(HEADER) + 2 + MAX_LEN


@untimed
@given(st.binary(max_size=300))
def test_random_bytes_with_headers_sprinkled_in_never_crash(data: bytes) -> None:
    stream = data.replace(b"\x00", HEADER + b"\x00")

    FrameDecoder().feed(stream)


@untimed
@given(payloads)
def test_checksum_is_the_xor_of_every_byte(payload: bytes) -> None:
    frame = encode_frame(payload)

    assert checksum(frame[5:]) == 0
