"""Calls through real Janus and coturn processes inside a network namespace the test creates:
two aiortc participants in a room the central service's room client made decode each other's
counter and hear each other's tone, directly and forced through TURN; refusals of a room
without the admin key, another room's token and an expired TURN credential.

Janus, coturn and the participants run in `tests/media_scenario.py` under `ip netns exec`,
so no packet leaves the namespace. In it coturn listens on v1 (the participants' side) and
relays from v0, Janus's interface: libnice here does not answer checks sent from the other
veth end's address.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

# bounds are generous: the shared 2-core machine runs at a load of 10 and more
pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


def _scenario(ns: Namespace, tmp_path: Path, *args: str) -> dict:
    require_media()
    return run_inside(
        ns,
        "tests.media_scenario",
        *args,
        "--data",
        str(tmp_path / "media"),
        "--janus-ip",
        ns.address_a,
        "--turn-ip",
        ns.address_b,
        "--relay-ip",
        ns.address_a,
    )


def _saw_the_other(seen: dict, low: int, tone_hz: float) -> None:
    counters = seen["counters"]
    assert len(set(counters)) >= 5, seen
    assert counters == sorted(counters)
    assert all(low <= c < low + 20000 for c in counters)
    assert seen["tone_hz"] is not None and abs(seen["tone_hz"] - tone_hz) < 15, seen


def test_two_participants_see_and_hear_each_other_and_the_kiosk_reconnects(
    netns: Namespace, tmp_path: Path
) -> None:
    """GIVEN Janus and coturn started by the central service's supervisor, and a room its
    room client created for "kiosk" and "staff"
    WHEN both join with their grants and publish a counter pattern and a tone
    THEN each decodes the other's counter (rising) and hears the other's tone; after the kiosk
    reconnects with a new peer connection, new counters flow both ways; the room is destroyed
    at the end."""
    result = _scenario(netns, tmp_path, "call", "--reconnect")
    _saw_the_other(result["kiosk"], 40000, 660.0)
    _saw_the_other(result["staff"], 1000, 440.0)
    again = result["after_reconnect"]
    assert again["new_feed"]
    _saw_the_other(again["kiosk"], 40000, 660.0)
    _saw_the_other(again["staff"], 1000, 440.0)
    assert min(again["staff"]["counters"]) > max(result["staff"]["counters"])
    assert result["kiosk_states"] == [
        "connecting",
        "connected",
        "reconnecting",
        "connecting",
        "connected",
        "closed",
    ]
    assert result["room_gone"]


def test_a_relay_only_call_goes_through_coturn(netns: Namespace, tmp_path: Path) -> None:
    """GIVEN both participants forced to relay candidates (iceTransportPolicy relay) with the
    TURN credentials the central service issued
    WHEN they call THEN frames and tone cross, and every nominated pair is relay-local."""
    result = _scenario(netns, tmp_path, "call", "--relay")
    _saw_the_other(result["kiosk"], 40000, 660.0)
    _saw_the_other(result["staff"], 1000, 440.0)
    for side in ("kiosk", "staff"):
        pairs = result[side]["pairs"]
        assert len(pairs) == 2  # the publisher's and the subscriber's peer connection
        assert all(local == "relay" for local, _remote in pairs), pairs


def test_refusals(netns: Namespace, tmp_path: Path) -> None:
    """Room creation with a key other than the admin key is refused (VideoRoom 433); a
    participant of room A presenting its token at room B is refused and its call fails, while
    the same grant joins room A; coturn allocates with a fresh credential and answers 401 to
    an expired one (a relay-only participant holding it fails to connect, with a plain
    reason); it relays to Janus's address and refuses (403) to relay anywhere else."""
    result = _scenario(netns, tmp_path, "refusals")
    assert result["create_without_key"] == 433
    assert result["foreign_token"] == 433
    assert result["foreign_token_state"] == "failed"
    assert result["own_token_state"] == "connected"
    assert result["turn_fresh"] == "allocated"
    assert result["turn_expired"] == "401"
    assert result["relay_call_expired"] == "failed"
    assert "no relay address" in result["relay_call_expired_error"]
    assert result["relay_to_janus"] == "delivered"
    assert result["relay_elsewhere"] == "403"


def test_a_participant_reports_the_interruption_when_janus_goes_away(
    netns: Namespace, tmp_path: Path
) -> None:
    """GIVEN a call with frames flowing WHEN Janus is killed THEN both participants report
    interrupted, with a plain reason."""
    result = _scenario(netns, tmp_path, "janus-dies")
    assert result["frames_before"] >= 5
    assert result["kiosk_states"][-1] == "interrupted"
    assert result["staff_state"] == "interrupted"
    assert result["kiosk_error"] == "the connection to Janus closed"
