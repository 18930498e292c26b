"""aiortc peer connections configured from a grant: ICE servers always explicit (aiortc's
default is a public STUN server), one bundled transport, relay-only on request."""

from __future__ import annotations

from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection
from aiortc.rtcconfiguration import RTCBundlePolicy, RTCIceTransportPolicy

from remote_sessions.errors import CallError
from remote_sessions.grant import IceServerSpec


def new_peer(servers: tuple[IceServerSpec, ...], relay_only: bool) -> RTCPeerConnection:
    if relay_only and not any(s.urls.startswith(("turn:", "turns:")) for s in servers):
        raise CallError("relay-only calls need a TURN server in the grant")
    config = RTCConfiguration(
        iceServers=[
            RTCIceServer(urls=s.urls, username=s.username, credential=s.credential) for s in servers
        ],
        iceTransportPolicy=RTCIceTransportPolicy.RELAY if relay_only else RTCIceTransportPolicy.ALL,
        bundlePolicy=RTCBundlePolicy.MAX_BUNDLE,
    )
    return RTCPeerConnection(configuration=config)


def selected_pair(pc: RTCPeerConnection) -> tuple[str, str] | None:
    """(local, remote) candidate types of the pair ICE nominated, e.g. ("relay", "host").
    aiortc has no public accessor: this reads aioice's nominated pair."""
    for transceiver in pc.getTransceivers():
        dtls = transceiver.sender.transport or transceiver.receiver.transport
        if dtls is None:
            continue
        connection = getattr(dtls.transport.iceGatherer, "_connection", None)
        nominated = getattr(connection, "_nominated", {})
        for pair in nominated.values():
            return (str(pair.local_candidate.type), str(pair.remote_candidate.type))
    return None
