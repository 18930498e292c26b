"""Cut chosen flows inside the current network namespace (run it inside one, as the demo
tour's live call and the call tests do; never on the host): policy-routing rules blackhole
every packet from or to each (protocol, address, port), so one participant's sockets go silent
while everything else in the namespace keeps working. The machine's kernel has no tc
classifiers or actions, so routing rules do it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiortc import RTCPeerConnection

    from remote_sessions.videoroom import VideoRoomClient

Endpoint = tuple[str, str, int]  # ("udp" | "tcp", address, port)
_CUT_PREF = 10  # before the local table, which moves from 0 to _LOCAL_PREF while cut
_LOCAL_PREF = 100


def _ip(*args: str) -> None:
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")


def _rules(endpoints: Sequence[Endpoint]) -> list[list[str]]:
    rules = []
    for proto, address, port in endpoints:
        rules.append(["from", address, "ipproto", proto, "sport", str(port)])
        rules.append(["to", address, "ipproto", proto, "dport", str(port)])
    return rules


@contextmanager
def path_cut(endpoints: Sequence[Endpoint]) -> Iterator[None]:
    """Blackhole `endpoints` for the duration of the block; the rules go on exit, even on
    failure."""
    if not endpoints:
        raise ValueError("nothing to cut")
    rules = _rules(endpoints)
    _ip("rule", "add", "pref", str(_LOCAL_PREF), "lookup", "local")
    _ip("rule", "del", "pref", "0")
    added: list[list[str]] = []
    try:
        for rule in rules:
            _ip("rule", "add", "pref", str(_CUT_PREF), *rule, "blackhole")
            added.append(rule)
        yield
    finally:
        for rule in added:
            _ip("rule", "del", "pref", str(_CUT_PREF), *rule, "blackhole")
        _ip("rule", "add", "pref", "0", "lookup", "local")
        _ip("rule", "del", "pref", str(_LOCAL_PREF))


def _peers(call: VideoRoomClient) -> list[RTCPeerConnection]:
    publisher = [call._publisher] if call._publisher is not None else []
    return publisher + [pc for _, pc in call._subscribers.values()]


def call_endpoints(call: VideoRoomClient) -> list[Endpoint]:
    """A participant's WebSocket to Janus and every local ICE candidate of its peer
    connections (host sockets, and the relay addresses on coturn): what to cut to drop it."""
    janus = call._janus
    if janus is None or janus._ws is None:
        raise ValueError("the participant is not connected")
    address, port = janus._ws.local_address[:2]
    found: list[Endpoint] = [("tcp", str(address), int(port))]
    for pc in _peers(call):
        for transceiver in pc.getTransceivers():
            dtls = transceiver.sender.transport or transceiver.receiver.transport
            if dtls is None:
                continue
            for candidate in dtls.transport.iceGatherer.getLocalCandidates():
                found.append((candidate.protocol.lower(), candidate.ip, int(candidate.port)))
    return sorted(set(found))
