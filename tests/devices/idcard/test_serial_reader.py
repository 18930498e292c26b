"""The real serial driver against the pty emulator, fault by fault.

Every test runs the driver's own code over a real pseudo-terminal; only the reader hardware
is replaced. Each test is bounded by pytest-timeout, so a hang fails instead of blocking.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from devices.base import Device
from devices.errors import Canceled, DeviceError, DeviceNotReady, DeviceTimeout, InvalidData
from devices.idcard.emulator import IdCardEmulator, synthetic_card
from devices.idcard.port import CardType, IdReader
from devices.idcard.serial_reader import SerialIdReader
from devices.xfs import CompletionCode, DeviceStatus, EventKind
from tests.devices.idcard.conftest import EventLog

MakeReader = Callable[..., SerialIdReader]

pytestmark = pytest.mark.timeout(30)


def test_reads_the_card_on_the_reader(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    reader = make_reader()
    reader.subscribe(event_log)

    card = reader.read_card(timeout_s=5)

    expected = synthetic_card(7)
    assert card == expected
    assert card.photo_wlt == expected.photo_wlt
    assert reader.status() is DeviceStatus.ONLINE
    assert reader.card_present()
    assert EventKind.MEDIA_INSERTED in event_log.kinds()


@pytest.mark.parametrize("card_type", ["foreign_permanent", "hk_mo_tw_residence"])
def test_reports_the_type_of_other_cards(
    emulator: IdCardEmulator, make_reader: MakeReader, card_type: CardType
) -> None:
    emulator.place(synthetic_card(4, card_type))

    card = make_reader().read_card(timeout_s=5)

    assert card.card_type == card_type
    assert card == synthetic_card(4, card_type)


def test_resynchronises_after_noise_before_every_reply(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.noise = 37

    assert make_reader().read_card(timeout_s=5) == synthetic_card(7)


def test_reassembles_replies_split_across_reads(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.split = True
    emulator.faults.noise = 5

    assert make_reader().read_card(timeout_s=5) == synthetic_card(7)


def test_asks_again_after_a_bad_checksum(emulator: IdCardEmulator, make_reader: MakeReader) -> None:
    emulator.faults.bad_checksums = 2

    assert make_reader().read_card(timeout_s=5) == synthetic_card(7)
    assert emulator.faults.bad_checksums == 0


def test_gives_up_with_a_clear_error_when_checksums_keep_failing(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.bad_checksums = -1
    reader = make_reader(retries=3)

    with pytest.raises(DeviceError) as caught:
        reader.read_card(timeout_s=5)

    assert caught.value.code is CompletionCode.HARDWARE_ERROR
    assert "checksum 3 times" in str(caught.value)
    assert reader.status() is DeviceStatus.HARDWARE_ERROR


def test_keeps_polling_until_a_card_arrives(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    """GIVEN an empty reader WHEN a card is placed while the driver polls THEN it is read."""
    emulator.take_off()
    reader = make_reader(poll_s=0.05)
    reader.subscribe(event_log)
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(reader.read_card, 10)
        assert event_log.wait_for_status(DeviceStatus.ONLINE, reader)
        emulator.place(synthetic_card(8))
        card = pending.result(timeout=15)

    assert card == synthetic_card(8)
    assert event_log.kinds().count(EventKind.MEDIA_INSERTED) == 1


def test_times_out_plainly_when_no_card_comes(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.take_off()
    reader = make_reader(poll_s=0.05)

    with pytest.raises(DeviceTimeout, match="no card was placed on the reader in time"):
        reader.read_card(timeout_s=0.5)

    assert reader.status() is DeviceStatus.ONLINE
    assert not reader.card_present()


def test_waits_for_a_slow_reader(emulator: IdCardEmulator, make_reader: MakeReader) -> None:
    emulator.faults.slow_s = 0.2

    assert make_reader(answer_s=1.0).read_card(timeout_s=10) == synthetic_card(7)


def test_a_reader_slower_than_allowed_counts_as_silent(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.slow_s = 0.6
    reader = make_reader(answer_s=0.1, retries=2)

    with pytest.raises(DeviceTimeout, match="did not answer"):
        reader.read_card(timeout_s=10)

    assert reader.status() is DeviceStatus.OFFLINE


def test_a_card_found_but_not_read_in_time_says_so(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    """GIVEN a reader that takes 0.4 s per answer WHEN a read has 1 s THEN it finds the card
    but cannot finish select and read in time."""
    emulator.faults.slow_s = 0.4

    with pytest.raises(DeviceTimeout, match="found but not read in time"):
        make_reader(answer_s=1.0).read_card(timeout_s=1.0)


def test_a_silent_reader_times_out_and_shows_offline(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.silent = True
    reader = make_reader(answer_s=0.2)

    with pytest.raises(DeviceTimeout) as caught:
        reader.read_card(timeout_s=1.0)

    assert "did not answer" in str(caught.value)
    assert "check its power" in str(caught.value)
    assert reader.status() is DeviceStatus.OFFLINE


def test_a_deadline_shorter_than_one_answer_still_times_out(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.faults.silent = True
    reader = make_reader(answer_s=5.0)

    with pytest.raises(DeviceTimeout, match="did not answer before the timeout"):
        reader.read_card(timeout_s=0.3)


def test_missing_port_is_no_device(tmp_path: Path, event_log: EventLog) -> None:
    reader = SerialIdReader(str(tmp_path / "ttyNONE"))
    reader.subscribe(event_log)
    try:
        with pytest.raises(DeviceNotReady, match="is not connected"):
            reader.read_card(timeout_s=5)
        assert reader.status() is DeviceStatus.NO_DEVICE
    finally:
        reader.close()


def test_port_that_disappears_is_no_device_until_it_returns(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    """GIVEN a working reader WHEN its cable is pulled and plugged back THEN noDevice, online."""
    reader = make_reader(poll_s=0.05)
    reader.subscribe(event_log)
    assert reader.read_card(timeout_s=5) == synthetic_card(7)

    emulator.unplug()
    with pytest.raises(DeviceNotReady, match="check its USB or serial cable"):
        reader.read_card(timeout_s=5)
    assert reader.status() is DeviceStatus.NO_DEVICE

    event_log.clear()
    emulator.replug()
    assert event_log.wait_for_status(DeviceStatus.ONLINE, reader, timeout=10)
    assert reader.status() is DeviceStatus.ONLINE  # the idle worker reconnected by itself
    assert reader.read_card(timeout_s=5) == synthetic_card(7)


def test_start_read_returns_at_once_and_settles_later(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.take_off()
    reader = make_reader(poll_s=0.05)

    pending = reader.start_read(10)
    assert not pending.done()
    emulator.place(synthetic_card(5))

    assert pending.result(timeout=15) == synthetic_card(5)


def test_a_read_can_be_canceled(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    emulator.take_off()
    reader = make_reader(poll_s=0.05)
    reader.subscribe(event_log)
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(reader.read_card, 20)
        assert event_log.wait_for_status(DeviceStatus.ONLINE, reader)
        reader.cancel()
        with pytest.raises(Canceled):
            pending.result(timeout=10)


def test_monitoring_raises_card_events(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    emulator.take_off()
    reader = make_reader(poll_s=0.05, monitor=True)
    reader.subscribe(event_log)

    emulator.place(synthetic_card(9))
    assert event_log.wait_for(EventKind.MEDIA_INSERTED)
    emulator.take_off()
    assert event_log.wait_for(EventKind.MEDIA_REMOVED)


def test_a_hung_worker_is_replaced(emulator: IdCardEmulator, make_reader: MakeReader) -> None:
    """GIVEN a worker stuck in a job WHEN the caller's deadline passes THEN a new worker serves.

    A pty cannot make pyserial hang, so the stuck job is handed to the worker directly.
    """
    reader = make_reader()
    stuck = threading.Event()
    hung = reader._worker

    pending = reader._start(hung, lambda link: stuck.wait(20), deadline=0)
    with pytest.raises(DeviceTimeout, match="restarted"):
        pending.result(timeout=10)

    assert reader._worker is not hung
    assert reader.read_card(timeout_s=5) == synthetic_card(7)
    stuck.set()


def test_card_data_never_shows_in_its_repr() -> None:
    card = synthetic_card(3)

    assert card.id_number not in repr(card)
    assert card.name not in repr(card)
    assert card.id_number[:6] not in repr(card) and card.id_number[-4:] not in repr(card)


def test_emulator_answers_garbage_with_a_command_error() -> None:
    from devices.idcard.frames import FrameDecoder, Sw3, encode_frame

    emulator = IdCardEmulator(synthetic_card(1))
    (frame,) = FrameDecoder().feed(encode_frame(b"\x77\x01"))

    (reply,) = FrameDecoder().feed(emulator.reply_to(frame))

    assert reply.sw3 == Sw3.BAD_COMMAND


def test_a_card_with_unreadable_data_is_invalid_data_not_garbage(
    emulator: IdCardEmulator, make_reader: MakeReader
) -> None:
    emulator.place(replace(synthetic_card(2), nation_code="99"))
    reader = make_reader()

    with pytest.raises(InvalidData, match="nation code") as caught:
        reader.read_card(timeout_s=5)

    assert caught.value.code is CompletionCode.INVALID_DATA
    assert reader.status() is DeviceStatus.ONLINE


def test_the_driver_is_an_id_reader_port(make_reader: MakeReader) -> None:
    reader: IdReader = make_reader()

    assert isinstance(reader, Device)
    assert reader.capabilities()["cardTypes"] == [
        "resident",
        "foreign_permanent",
        "hk_mo_tw_residence",
    ]


def test_monitoring_a_reader_that_falls_silent_shows_offline_then_online(
    emulator: IdCardEmulator, make_reader: MakeReader, event_log: EventLog
) -> None:
    reader = make_reader(poll_s=0.05, answer_s=0.1, monitor=True)
    reader.subscribe(event_log)
    assert event_log.wait_for(EventKind.MEDIA_INSERTED)

    emulator.faults.silent = True
    assert event_log.wait_for_status(DeviceStatus.OFFLINE)
    emulator.faults.silent = False
    emulator.take_off()

    assert event_log.wait_for(EventKind.MEDIA_REMOVED)
    assert reader.status() is DeviceStatus.ONLINE
