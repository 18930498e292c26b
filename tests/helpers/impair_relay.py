"""An impairing UDP relay: what `netem` would do, in user space (this kernel has no netem).

A participant is given the relay's address as its TURN server; the relay forwards every
datagram to coturn and coturn's answers back, like a NAT (one upstream socket per client
address), and impairs each direction on the way: a fixed one-way delay, random loss from a
seeded RNG (repeatable), and a token-bucket rate limit with a bounded queue that drops what
does not fit, as a real bottleneck does. Counters say what was forwarded and dropped.

Runs on the caller's asyncio loop; change `up`/`down` between calls to switch impairments.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field

Address = tuple[str, int]


@dataclass(frozen=True)
class Impairment:
    """One direction's impairment: `delay_s` one-way, `loss` (0-1) random, `rate_bps` a
    bottleneck (None: unlimited) queueing up to `queue_bytes` before it drops."""

    delay_s: float = 0.0
    loss: float = 0.0
    rate_bps: float | None = None
    queue_bytes: int = 30_000

    def __post_init__(self) -> None:
        if not 0.0 <= self.loss < 1.0:
            raise ValueError(f"loss must be in [0, 1), got {self.loss}")
        if self.delay_s < 0:
            raise ValueError(f"delay_s must be >= 0, got {self.delay_s}")
        if self.rate_bps is not None and self.rate_bps <= 0:
            raise ValueError(f"rate_bps must be > 0 or None, got {self.rate_bps}")


CLEAN = Impairment()


@dataclass
class Counters:
    forwarded: int = 0
    forwarded_bytes: int = 0
    lost: int = 0  # dropped by the random loss
    overflowed: int = 0  # dropped because the bottleneck's queue was full


@dataclass
class _Direction:
    """Loss, then the bottleneck, then the delay. The bottleneck is a virtual FIFO: each
    packet's departure is the previous one's plus its serialisation time, and what is still
    waiting is the backlog; a stall of this process (the shared machine) delays the timers
    but not the schedule, so the link keeps its rate as a router would."""

    impairment: Impairment
    rng: random.Random
    counters: Counters = field(default_factory=Counters)
    free_at: float = 0.0  # (loop time) when the bottleneck has sent all it holds

    def offer(self, data: bytes, out: asyncio.DatagramTransport, to: Address | None) -> None:
        imp = self.impairment
        if imp.loss and self.rng.random() < imp.loss:
            self.counters.lost += 1
            return
        loop = asyncio.get_running_loop()
        if imp.rate_bps is None:
            self._deliver(data, out, to)
            return
        now = loop.time()
        backlog = max(0.0, self.free_at - now) * imp.rate_bps / 8
        if backlog + len(data) > imp.queue_bytes:
            self.counters.overflowed += 1
            return
        self.free_at = max(self.free_at, now) + len(data) * 8 / imp.rate_bps
        loop.call_at(self.free_at, self._deliver, data, out, to)

    def _deliver(self, data: bytes, out: asyncio.DatagramTransport, to: Address | None) -> None:
        self.counters.forwarded += 1
        self.counters.forwarded_bytes += len(data)
        delay = self.impairment.delay_s
        if delay <= 0:
            _send(out, data, to)
        else:
            asyncio.get_running_loop().call_later(delay, _send, out, data, to)


def _send(out: asyncio.DatagramTransport, data: bytes, to: Address | None) -> None:
    if not out.is_closing():
        out.sendto(data, to)


class _Listener(asyncio.DatagramProtocol):
    def __init__(self, relay: ImpairRelay) -> None:
        self.relay = relay

    def datagram_received(self, data: bytes, addr: Address) -> None:
        self.relay._from_client(data, addr)


class _Upstream(asyncio.DatagramProtocol):
    def __init__(self, relay: ImpairRelay, client: Address) -> None:
        self.relay = relay
        self.client = client

    def datagram_received(self, data: bytes, addr: Address) -> None:
        self.relay._from_server(data, self.client)


class ImpairRelay:
    """Listens on `listen` and relays to `server`; `up` impairs client -> server, `down`
    server -> client. `seed` makes the losses repeatable."""

    def __init__(
        self,
        listen: Address,
        server: Address,
        up: Impairment = CLEAN,
        down: Impairment = CLEAN,
        seed: int = 18,
    ) -> None:
        self._listen = listen
        self._server = server
        rng = random.Random(seed)
        self._up = _Direction(up, random.Random(rng.random()))
        self._down = _Direction(down, random.Random(rng.random()))
        self._transport: asyncio.DatagramTransport | None = None
        self._upstreams: dict[Address, asyncio.DatagramTransport] = {}
        self._opening: dict[Address, list[bytes]] = {}

    @property
    def address(self) -> Address:
        assert self._transport is not None, "start() the relay first"
        host, port = self._transport.get_extra_info("sockname")[:2]
        return str(host), int(port)

    @property
    def up(self) -> Counters:
        return self._up.counters

    @property
    def down(self) -> Counters:
        return self._down.counters

    def impair(self, up: Impairment, down: Impairment) -> None:
        """Switch both directions' impairments (counters start again)."""
        self._up.impairment, self._up.counters = up, Counters()
        self._down.impairment, self._down.counters = down, Counters()

    async def start(self) -> ImpairRelay:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Listener(self), local_addr=self._listen
        )
        self._transport = transport
        return self

    async def close(self) -> None:
        for upstream in self._upstreams.values():
            upstream.close()
        self._upstreams.clear()
        if self._transport is not None:
            self._transport.close()
            self._transport = None

    async def __aenter__(self) -> ImpairRelay:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _from_client(self, data: bytes, client: Address) -> None:
        upstream = self._upstreams.get(client)
        if upstream is not None:
            self._up.offer(data, upstream, None)
            return
        waiting = self._opening.get(client)
        if waiting is not None:  # the upstream socket is being opened
            waiting.append(data)
            return
        self._opening[client] = [data]
        asyncio.get_running_loop().create_task(self._open_upstream(client))

    async def _open_upstream(self, client: Address) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Upstream(self, client), remote_addr=self._server
        )
        self._upstreams[client] = transport
        for data in self._opening.pop(client, []):
            self._up.offer(data, transport, None)

    def _from_server(self, data: bytes, client: Address) -> None:
        if self._transport is not None:
            self._down.offer(data, self._transport, client)
