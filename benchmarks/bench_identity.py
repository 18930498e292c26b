"""Identity benchmarks: a full card read against the paced emulator, and parse throughput.

Run as `python benchmarks/bench_identity.py`. A card read (find, select, read base info) is
timed over a real pty against the emulator pacing its bytes at 115,200 baud, and compared with
the wire time of the bytes exchanged (10 bits a byte); the goal is at most 1.3x. Then GB 11643
numbers and MRZs parsed per second, with and without OCR repairs to make.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

from devices.idcard.emulator import BITS_PER_BYTE, IdCardEmulator, synthetic_card
from devices.idcard.serial_reader import SerialIdReader
from devices.idnumber import PROVINCES, check_id_number, make_id_number
from devices.mrz.compose import compose
from devices.mrz.parser import MrzFields, parse_mrz

BAUD = 115200
READS = 20
GOAL = 1.3


def bench_card_read() -> None:
    with IdCardEmulator(synthetic_card(11), baud=BAUD) as emulator:
        reader = SerialIdReader(emulator.path, BAUD)
        try:
            reader.read_card(5)  # opens the port; not counted
            times, wire = [], []
            for _ in range(READS):
                before = emulator.sent_bytes + emulator.received_bytes
                start = time.perf_counter()
                reader.read_card(5)
                times.append(time.perf_counter() - start)
                exchanged = emulator.sent_bytes + emulator.received_bytes - before
                wire.append(exchanged * BITS_PER_BYTE / BAUD)
        finally:
            reader.close()
    median, wire_s = statistics.median(times), statistics.median(wire)
    ratio = median / wire_s
    print(f"card read at {BAUD} baud ({READS} reads, {exchanged} bytes exchanged each):")
    print(f"  wire time   {wire_s * 1000:7.1f} ms")
    print(
        f"  read median {median * 1000:7.1f} ms   (min {min(times) * 1000:.1f}, "
        f"max {max(times) * 1000:.1f})"
    )
    print(
        f"  ratio       {ratio:7.2f} x   goal <= {GOAL} x: {'met' if ratio <= GOAL else 'MISSED'}"
    )


def _rate(label: str, items: list[str], parse: object) -> None:
    assert callable(parse)
    start = time.perf_counter()
    for item in items:
        parse(item)
    elapsed = time.perf_counter() - start
    print(
        f"  {label:34} {len(items) / elapsed:10,.0f} /s  ({elapsed / len(items) * 1e6:.1f} us each)"
    )


def bench_parsing() -> None:
    rng = random.Random(3)
    regions = sorted(PROVINCES)
    numbers = [
        make_id_number(rng.choice(regions) + f"{rng.randrange(10000):04d}",
                       date(1940, 1, 1) + timedelta(days=rng.randrange(30000)), rng.randrange(1000))
        for _ in range(20000)
    ]  # fmt: skip
    mrzs = [compose(rng.choice(["TD1", "TD2", "TD3"]), _fields(rng, i)) for i in range(3000)]
    misread = [text.replace("0", "O", 1) for text in mrzs]
    print("parse throughput:")
    _rate("GB 11643 numbers", numbers, check_id_number)
    _rate("MRZs, all checks pass", mrzs, parse_mrz)
    _rate("MRZs, one 0 read as O (OCR repair)", misread, lambda text: parse_mrz(text, ocr=True))


def _fields(rng: random.Random, i: int) -> MrzFields:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    alnum = letters + "0123456789"
    return MrzFields(
        document_type=rng.choice(["P", "I", "ID"]),
        country="UTO",
        surname="".join(rng.choices(letters, k=7)),
        given_names="".join(rng.choices(letters, k=5)),
        document_number="".join(rng.choices(alnum, k=9)),
        nationality="UTO",
        birth_date=f"{rng.randrange(100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
        sex=rng.choice("MFX"),
        expiry_date=f"{rng.randrange(100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
        optional_data=f"{i:07d}",
    )


if __name__ == "__main__":
    bench_card_read()
    bench_parsing()
