"""Media settings for a service that runs Janus and coturn as its own children on one machine
(`serve --embedded-media`, what `make demo` uses): signalling bound to loopback, fresh secrets
each start, free ports, and ICE on the machine's first non-loopback interface, because Janus
(libnice) and aiortc both skip 127.0.0.1 (FACTS.md)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import random
import secrets
import signal
import socket
import struct
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor

LOOPBACK = "127.0.0.1"
# coturn's relay address must not be loopback (Janus ignores it there); with no other
# interface, calls are host-only and this documentation-range address is never reached.
NO_RELAY = "10.255.255.1"
_SIOCGIFADDR = 0x8915
EPHEMERAL_RANGE = "/proc/sys/net/ipv4/ip_local_port_range"
# above Janus's RTP ports (20000-20999 by default) and the well-known services
_PORTS_FROM = 21000


def _ephemeral_low() -> int:
    """The lowest port the kernel hands out by itself (bind to port 0, connect)."""
    try:
        return int(Path(EPHEMERAL_RANGE).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def _free_port(ip: str) -> int:
    """A port free for both TCP and UDP on `ip` right now (coturn listens on both), below the
    kernel's ephemeral range. The service picks its ports seconds before Janus and coturn bind
    them (migrations and the app are set up in between, slowly on a loaded machine); a port
    from bind(0) lies in the range the kernel keeps handing to every other program's bind(0)
    and connect meanwhile, and Janus, its port taken, exits at start. Below that range only
    an explicit bind can take it."""
    ports = list(range(_PORTS_FROM, _ephemeral_low()))
    for port in random.sample(ports, min(200, len(ports))):
        with (
            socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp,
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
        ):
            try:
                tcp.bind((ip, port))
                udp.bind((ip, port))
            except OSError:
                continue
            return port
    raise OSError(f"no free port for both TCP and UDP on {ip} below the ephemeral range")


def _ipv4_of(interface: str) -> str | None:
    """The IPv4 address of `interface` (asked of the kernel; nothing is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            packed = fcntl.ioctl(
                sock.fileno(), _SIOCGIFADDR, struct.pack("256s", interface.encode()[:15])
            )
        except OSError:
            return None
    return socket.inet_ntoa(packed[20:24])


def media_interface() -> tuple[str, str | None]:
    """(interface, its IPv4) of the first non-loopback interface with an address, else
    ("lo", None)."""
    for _index, name in socket.if_nameindex():
        if name == "lo":
            continue
        address = _ipv4_of(name)
        if address is not None and not address.startswith("127."):
            return name, address
    return "lo", None


def embedded_settings(data_dir: Path) -> MediaSettings:
    """Settings for Janus and coturn below `data_dir/media`, generated afresh."""
    interface, address = media_interface()
    return MediaSettings.model_validate(
        {
            "data_dir": data_dir / "media",
            "janus_ws_ip": LOOPBACK,
            "janus_ws_port": _free_port(LOOPBACK),
            "ice_enforce_list": interface,
            "turn_listening_ip": LOOPBACK,
            "turn_relay_ip": address or NO_RELAY,
            "turn_allowed_peer_ips": [address or LOOPBACK],
            "turn_port": _free_port(LOOPBACK),
            "janus_admin_key": secrets.token_urlsafe(24),
            "janus_token_secret": secrets.token_urlsafe(24),
            "turn_secret": secrets.token_urlsafe(24),
            # a bound, not a measure (they answer within a second when the machine is idle);
            # the shared 2-core test machine runs at a load of 7-10 and more
            "start_timeout_s": 120.0,
        }
    )


def write_summary(settings: MediaSettings) -> Path:
    """`media/addresses.json`: where Janus and coturn listen (no secrets), for the process
    that started the service (the demo prints it, its test probes it)."""
    path = settings.data_dir / "addresses.json"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    summary = {
        "janus_url": settings.janus_url,
        "janus_ws_port": settings.janus_ws_port,
        "turn_url": settings.turn_url,
        "turn_port": settings.turn_port,
        "ice_interface": settings.ice_enforce_list,
    }
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    path.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return path


def _exit_on_term(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def embedded_media(settings: MediaSettings) -> Iterator[MediaSupervisor]:
    """Janus and coturn running for as long as the block runs.

    uvicorn ends its shutdown on SIGTERM by raising the signal again; with the default
    handler that kills the process before this block could stop the children. The handler
    set here turns it into SystemExit, so they are stopped (and, should the service be
    killed outright, the kernel stops them: `die_with_parent`)."""
    supervisor = MediaSupervisor(settings, die_with_parent=True)
    previous = signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        with supervisor:
            write_summary(settings)
            yield supervisor
    finally:
        signal.signal(signal.SIGTERM, previous)
