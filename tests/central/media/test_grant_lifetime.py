"""A grant's parts live no longer than they must: the TURN credential only for joining (coturn
checks it when it allocates a relay; a REST credential cannot be revoked), the Janus token for
the longest call (Janus checks it on every request, keepalives included)."""

from __future__ import annotations

from pathlib import Path

from central.media.rooms import JanusRooms, Room
from tests.helpers.media import media_settings


def test_the_turn_credential_is_short_lived_and_the_janus_token_outlasts_a_call(
    tmp_path: Path,
) -> None:
    settings = media_settings(tmp_path, turn_credential_ttl_s=300, credential_ttl_s=7200)
    room = Room(42, "secret", {"kiosk": "join-token"})
    grant = JanusRooms(settings).grant(room, "kiosk", now=1_000_000.5)
    (turn,) = grant.ice_servers
    assert turn.username == "1000300:kiosk"
    assert grant.janus_token.startswith("1007200,janus,janus.plugin.videoroom:")
    assert grant.expires_at == 1_000_300  # the first part to expire: join before it
    assert turn.credential is not None and turn.credential not in repr(grant)
    assert "join-token" not in repr(grant)


def test_by_default_a_turn_credential_lives_ten_minutes(tmp_path: Path) -> None:
    settings = media_settings(tmp_path)
    grant = JanusRooms(settings).grant(Room(1, "s", {"staff": "t"}), "staff", now=0)
    assert grant.ice_servers[0].username == "600:staff"
