"""Generated Janus and coturn configuration, settings refusals and credentials (no processes)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError

from central.media.coturn_config import write_coturn_config
from central.media.credentials import janus_token, turn_credential
from central.media.janus_config import write_janus_config
from tests.helpers.media import media_settings


def _fake_janus_lib(root: Path) -> Path:
    for sub, names in {
        "plugins": ["libjanus_videoroom.so", "libjanus_streaming.so", "libjanus_echotest.so"],
        "transports": ["libjanus_websockets.so", "libjanus_http.so", "libjanus_pfunix.so"],
        "loggers": ["libjanus_jsonlog.so"],
        "events": ["libjanus_sampleevh.so"],
    }.items():
        (root / sub).mkdir(parents=True)
        for name in names:
            (root / sub / name).touch()
    return root


def test_janus_config_enables_only_videoroom_and_websockets(tmp_path: Path) -> None:
    settings = media_settings(
        tmp_path / "data",
        janus_ip="10.9.0.1",
        ice_enforce_list="v0",
        janus_port=18188,
        turn_port=13478,
    )
    folder = write_janus_config(settings, _fake_janus_lib(tmp_path / "lib"))
    main = (folder / "janus.jcfg").read_text()
    assert 'disable = "libjanus_echotest.so,libjanus_streaming.so"' in main
    assert 'disable = "libjanus_http.so,libjanus_pfunix.so"' in main
    assert 'disable = "libjanus_jsonlog.so"' in main
    assert "token_auth = true" in main
    assert f'token_auth_secret = "{settings.janus_token_secret.get_secret_value()}"' in main
    assert 'ice_enforce_list = "v0"' in main
    assert f'configs_folder = "{folder}"' in main
    ws = (folder / "janus.transport.websockets.jcfg").read_text()
    assert f"ws_port = {settings.janus_ws_port}" in ws
    assert 'ws_ip = "10.9.0.1"' in ws
    assert "admin_ws = false" in ws
    room = (folder / "janus.plugin.videoroom.jcfg").read_text()
    assert f'admin_key = "{settings.janus_admin_key.get_secret_value()}"' in room
    for name in ("janus.jcfg", "janus.plugin.videoroom.jcfg"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert settings.recordings_dir.is_dir()


def test_coturn_config_uses_the_shared_secret_without_tls_or_cli(tmp_path: Path) -> None:
    settings = media_settings(
        tmp_path, turn_ip="10.9.0.2", relay_ip="10.9.0.2", janus_port=18188, turn_port=13478
    )
    text = write_coturn_config(settings).read_text()
    lines = set(text.splitlines())
    assert {"use-auth-secret", "no-tls", "no-dtls", "no-cli"} <= lines
    assert f"static-auth-secret={settings.turn_secret.get_secret_value()}" in lines
    assert {"listening-ip=10.9.0.2", "relay-ip=10.9.0.2"} <= lines
    assert f"listening-port={settings.turn_port}" in lines
    assert "denied-peer-ip=0.0.0.0-255.255.255.255" in lines
    assert f"allowed-peer-ip={settings.janus_ws_ip}" in lines
    assert stat.S_IMODE(settings.coturn_config.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("override", "words"),
    [
        ({"data_dir": Path("/var/lib/lexkiosk")}, "under /var"),
        ({"turn_relay_ip": "127.0.0.1"}, "loopback"),
        ({"turn_secret": "short"}, "at least 16"),
        ({"janus_admin_key": 'has"quote-0123456789'}, "quotes"),
        ({"rtp_port_min": 30000, "rtp_port_max": 20000}, "rtp_port_min"),
        ({"rtp_port_min": 49000, "rtp_port_max": 49200}, "overlap"),
        ({"turn_allowed_peer_ips": []}, "at least 1"),
    ],
)
def test_settings_refuse_unsafe_values(tmp_path: Path, override: dict, words: str) -> None:
    override = dict(override)
    data_dir = override.pop("data_dir", tmp_path)
    with pytest.raises(ValidationError, match=words):
        media_settings(data_dir, **override)


def test_settings_have_no_default_secrets(tmp_path: Path) -> None:
    from central.media.settings import MediaSettings

    with pytest.raises(ValidationError) as err:
        MediaSettings.model_validate(
            {
                "data_dir": tmp_path,
                "janus_ws_ip": "127.0.0.1",
                "ice_enforce_list": "lo",
                "turn_listening_ip": "127.0.0.1",
                "turn_relay_ip": "10.0.0.1",
            }
        )
    fields = {e["loc"][0] for e in err.value.errors()}
    assert fields == {
        "janus_admin_key",
        "janus_token_secret",
        "turn_secret",
        "turn_allowed_peer_ips",
    }


def test_turn_credential_follows_coturns_rest_scheme() -> None:
    cred = turn_credential("s3cret-s3cret-s3cret", "kiosk-7", 1_900_000_000)
    assert cred.username == "1900000000:kiosk-7"
    mac = hmac.new(b"s3cret-s3cret-s3cret", b"1900000000:kiosk-7", hashlib.sha1).digest()
    assert cred.password == base64.b64encode(mac).decode()
    assert cred.password not in repr(cred)
    with pytest.raises(ValueError, match="participant id"):
        turn_credential("s3cret-s3cret-s3cret", "has:colon", 1)


def test_janus_token_is_signed_data_with_expiry_realm_and_plugin() -> None:
    token = janus_token("s3cret-s3cret-s3cret", 1_900_000_000)
    data, signature = token.split(":", 1)
    assert data == "1900000000,janus,janus.plugin.videoroom"
    mac = hmac.new(b"s3cret-s3cret-s3cret", data.encode(), hashlib.sha1).digest()
    assert signature == base64.b64encode(mac).decode()
