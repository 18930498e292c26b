"""Shared set-up for media tests: settings for Janus and coturn on given addresses, free
ports, and the presence checks (a missing component fails under CI=true)."""

from __future__ import annotations

import json
import secrets
import shutil
import socket
from pathlib import Path

from central.media.settings import MediaSettings
from tests.helpers import missing


def require_media() -> None:
    """Janus and coturn must be installed (Debian janus, coturn)."""
    for binary, package in (("janus", "janus"), ("turnserver", "coturn")):
        if shutil.which(binary) is None:
            missing(f"{binary} is not installed (Debian package {package})")


def free_port(ip: str = "127.0.0.1") -> int:
    """A port free for both TCP and UDP on `ip` right now."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((ip, 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind((ip, port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free port pair found")


def media_settings(
    data_dir: Path,
    janus_ip: str = "127.0.0.1",
    turn_ip: str = "127.0.0.1",
    relay_ip: str = "10.255.255.1",
    ice_enforce_list: str = "lo",
    janus_media_ip: str | None = None,
    janus_port: int | None = None,
    turn_port: int | None = None,
    **overrides: object,
) -> MediaSettings:
    """Settings with fresh random secrets (none are built in)."""
    values: dict[str, object] = {
        "data_dir": data_dir,
        "janus_ws_ip": janus_ip,
        "janus_ws_port": janus_port or free_port(janus_ip),
        "ice_enforce_list": ice_enforce_list,
        "turn_listening_ip": turn_ip,
        "turn_relay_ip": relay_ip,
        "turn_allowed_peer_ips": [janus_media_ip or janus_ip],
        "turn_port": turn_port or free_port(turn_ip),
        "janus_admin_key": secrets.token_urlsafe(24),
        "janus_token_secret": secrets.token_urlsafe(24),
        "turn_secret": secrets.token_urlsafe(24),
        # generous: the shared 2-core test machine runs at a load of 10 and more
        "start_timeout_s": 120.0,
    }
    values.update(overrides)
    return MediaSettings.model_validate(values)


_SECRETS = ("janus_admin_key", "janus_token_secret", "turn_secret")


def namespace_media(
    data_dir: Path, janus_ip: str, turn_ip: str, relay_ip: str, **overrides: object
) -> MediaSettings:
    """Janus on `janus_ip`, coturn on `turn_ip` relaying from `relay_ip`, both gathering ICE on
    a test namespace's `v0` end only (what every call test and bench child runs)."""
    settings = media_settings(
        data_dir,
        janus_ip=janus_ip,
        turn_ip=turn_ip,
        relay_ip=relay_ip,
        janus_media_ip=janus_ip,
        ice_enforce_list="v0",
    )
    if not overrides:
        return settings
    return MediaSettings.model_validate({**settings.model_dump(), **overrides})


def settings_file(settings: MediaSettings, path: Path) -> Path:
    """`settings` with its secrets as the file `serve --media-settings` reads (mode 600)."""
    data = settings.model_dump(mode="json")
    data.update({k: getattr(settings, k).get_secret_value() for k in _SECRETS})
    path.write_text(json.dumps(data), encoding="utf-8")
    path.chmod(0o600)
    return path
