"""The impairing UDP relay the weak-network test puts between a participant and coturn: it
delays, loses (repeatably, from its seed) and rate-limits with a bounded queue, and counts
what it forwarded and dropped. Real UDP sockets on loopback, an echo server behind it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from tests.helpers.impair_relay import CLEAN, Impairment, ImpairRelay

LOCAL = ("127.0.0.1", 0)


class _Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr: Any) -> None:
        self.transport.sendto(data, addr)


class _Client(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.arrived: list[tuple[float, bytes]] = []
        self.event = asyncio.Event()

    def datagram_received(self, data: bytes, addr: Any) -> None:
        self.arrived.append((time.monotonic(), data))
        self.event.set()


async def _through(
    up: Impairment, down: Impairment, packets: list[bytes], seed: int = 18, gap_s: float = 0.0
) -> tuple[_Client, ImpairRelay, list[float]]:
    """Send `packets` through a relay to an echo server and wait until they are back or
    lost; returns the client, the relay and the send times."""
    loop = asyncio.get_running_loop()
    echo, _ = await loop.create_datagram_endpoint(_Echo, local_addr=LOCAL)
    relay = await ImpairRelay(LOCAL, echo.get_extra_info("sockname"), up, down, seed).start()
    client = _Client()
    sock, _ = await loop.create_datagram_endpoint(lambda: client, remote_addr=relay.address)
    sent: list[float] = []
    try:
        for data in packets:
            sent.append(time.monotonic())
            sock.sendto(data)
            # the sender's pace; at least a yield, so loopback's socket buffers never overflow
            await asyncio.sleep(gap_s)
        async with asyncio.timeout(30):
            while True:  # until every packet is back or counted as dropped on its way
                dropped = relay.up.lost + relay.up.overflowed + relay.down.lost
                dropped += relay.down.overflowed
                if len(client.arrived) + dropped >= len(packets):
                    break
                client.event.clear()
                await client.event.wait()
    finally:
        sock.close()
        await relay.close()
        echo.close()
    return client, relay, sent


def test_delay_adds_up_to_the_round_trip() -> None:
    """GIVEN 100 ms one way each direction WHEN packets go to an echo and back THEN none
    returns sooner than 200 ms and the order is kept."""
    packets = [i.to_bytes(2, "big") for i in range(10)]
    half = Impairment(delay_s=0.1)
    client, relay, sent = asyncio.run(_through(half, half, packets, gap_s=0.01))
    assert [d for _, d in client.arrived] == packets
    rtts = [at - sent[int.from_bytes(d, "big")] for at, d in client.arrived]
    assert min(rtts) >= 0.2, rtts
    assert max(rtts) < 1.0, rtts  # a bound against a relay that queues forever, not a timing
    assert relay.up.forwarded == relay.down.forwarded == 10


def test_loss_is_near_its_ratio_and_repeatable_with_the_seed() -> None:
    packets = [i.to_bytes(2, "big") for i in range(2000)]
    lossy = Impairment(loss=0.05)
    first, relay, _ = asyncio.run(_through(lossy, CLEAN, packets, seed=7))
    again, _, _ = asyncio.run(_through(lossy, CLEAN, packets, seed=7))
    other, _, _ = asyncio.run(_through(lossy, CLEAN, packets, seed=8))
    ratio = relay.up.lost / 2000
    assert 0.035 <= ratio <= 0.065, ratio  # binomial: 2000 x 5 % has a sigma of 0.5 %
    assert relay.up.lost + relay.up.forwarded == 2000
    assert len(first.arrived) == relay.up.forwarded
    got = {d for _, d in first.arrived}
    assert got == {d for _, d in again.arrived}  # the same seed loses the same packets
    assert got != {d for _, d in other.arrived}


def test_the_bottleneck_paces_to_its_rate_and_drops_when_its_queue_is_full() -> None:
    """GIVEN 400 kbit/s with a 24 kB queue WHEN a burst of 60 x 1000 bytes arrives at once
    THEN what fits in the queue comes out paced at about 400 kbit/s, the rest is dropped."""
    packets = [i.to_bytes(2, "big") + bytes(998) for i in range(60)]
    neck = Impairment(rate_bps=400_000, queue_bytes=24_000)
    client, relay, _ = asyncio.run(_through(neck, CLEAN, packets))
    # the burst takes a few ms to arrive, in which the link sends a little: one more may fit
    assert 60 - 25 <= relay.up.overflowed <= 60 - 24
    assert relay.up.forwarded == len(client.arrived) == 60 - relay.up.overflowed
    span = client.arrived[-1][0] - client.arrived[0][0]
    rate = (len(client.arrived) - 1) * 1000 * 8 / span
    # slower is possible on a loaded machine (sleeps overrun), faster would be a leak
    assert 200_000 <= rate <= 420_000, rate


@pytest.mark.parametrize(
    ("values", "named"),
    [({"loss": 1.5}, "loss"), ({"delay_s": -1}, "delay_s"), ({"rate_bps": 0}, "rate_bps")],
)
def test_a_bad_impairment_is_refused_by_name(values: dict[str, float], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        Impairment(**values)  # type: ignore[arg-type]
