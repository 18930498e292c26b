"""`serve --embedded-media`: the settings it generates, and the refusal to mix it with a
settings file."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from central.media.embedded import EPHEMERAL_RANGE, embedded_settings
from tests.helpers import run_cli


def test_embedded_settings_bind_loopback_with_fresh_secrets(tmp_path: Path) -> None:
    first, second = embedded_settings(tmp_path), embedded_settings(tmp_path)
    assert first.janus_ws_ip == "127.0.0.1" and first.turn_listening_ip == "127.0.0.1"
    assert not ipaddress.ip_address(first.turn_relay_ip).is_loopback
    assert first.data_dir == (tmp_path / "media").resolve()
    assert first.janus_admin_key != second.janus_admin_key
    assert first.turn_secret != second.turn_secret


def test_embedded_ports_lie_below_the_range_the_kernel_hands_out(tmp_path: Path) -> None:
    """Ports the kernel gives every other program's bind(0) and connect could be taken in the
    seconds between the choice and Janus's bind; ports below that range cannot."""
    low = int(Path(EPHEMERAL_RANGE).read_text().split()[0])
    for _ in range(5):
        settings = embedded_settings(tmp_path)
        for port in (settings.janus_ws_port, settings.turn_port):
            assert settings.rtp_port_max < port < low, port


def test_embedded_media_and_a_settings_file_are_refused_together(tmp_path: Path) -> None:
    result = run_cli(
        "lexkiosk-central",
        "serve",
        "--data-dir",
        str(tmp_path),
        "--embedded-media",
        "--media-settings",
        str(tmp_path / "media.json"),
    )
    assert result.returncode == 2
    assert "choose --embedded-media or --media-settings, not both" in result.stderr
    assert "Traceback" not in result.stderr
