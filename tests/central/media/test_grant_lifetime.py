"""A grant's parts live no longer than they must: the TURN credential only for joining (coturn
checks it when it allocates a relay; a REST credential cannot be revoked), the Janus token for
the longest call (Janus checks it on every request, keepalives included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

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


def test_every_grant_caps_the_video_and_a_larger_call_shares_a_budget(tmp_path: Path) -> None:
    """GIVEN the default media settings WHEN two, three and six are admitted to a room THEN
    each grant's cap is 600 kbit/s for two, the 1.5 Mbit/s budget shared beyond that."""
    rooms = JanusRooms(media_settings(tmp_path))
    caps = []
    for count in (1, 2, 3, 6):
        tokens = {f"p{i}": f"t{i}" for i in range(count)}
        caps.append(rooms.grant(Room(1, "s", tokens), "p0", now=0).max_video_bps)
    assert caps == [600_000, 600_000, 500_000, 250_000]
    tight = JanusRooms(media_settings(tmp_path, max_video_bps=300_000, video_budget_bps=1_200_000))
    assert tight.grant(Room(1, "s", {"a": "1", "b": "2", "c": "3"}), "a", now=0).max_video_bps == (
        300_000
    )


def test_a_cap_outside_the_allowed_range_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="max_video_bps"):
        media_settings(tmp_path, max_video_bps=1_000)
