"""A whole session through real processes inside a network namespace the test creates:
Janus and coturn, `lexkiosk-central serve` with media settings, a notary starting the call
over HTTP, and the kiosk's SessionFlow (aiortc) asking, waiting, joining,
losing its path to Janus for 5 s (its sockets blackholed inside the namespace), reconnecting
with a new peer connection and rating. The scenario runs in
tests/session_scenario.py under `ip netns exec`, so no packet leaves the namespace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


def test_a_session_from_the_queue_through_a_drop_to_the_rating(
    netns: Namespace, tmp_path: Path
) -> None:
    require_media()
    out = run_inside(
        netns,
        "tests.session_scenario",
        "--data",
        str(tmp_path),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--relay-ip",
        netns.address_a,
    )
    assert out["asked"] == {"state": "queued", "position": 1}
    assert out["claim"] == 200 and out["kiosk_grant_room"]
    assert out["ice_servers"] and all(u.startswith("turn:") for u in out["ice_servers"])
    # each side decoded the other's rising counter
    assert len(set(out["kiosk"]["counters"])) >= 5, out["kiosk"]
    assert len(set(out["staff"]["counters"])) >= 5, out["staff"]
    assert out["after_join"] == "in_call"
    assert "Janus refused" in out["foreign_token"] or "refused" in out["foreign_token"].lower()
    # the drop: the kiosk's sockets to Janus blackholed for 5 s; the kiosk notices from the
    # silence, says so, the server marks the session interrupted; after the cut a new peer
    # connection carries each side's counter again
    drop = out["drop"]
    assert drop["kiosk_error"] and "no picture" in drop["kiosk_error"], drop
    assert drop["after_drop"] == "interrupted", drop
    assert drop["after_reconnect"] == "in_call", drop
    assert drop["new_peer_connections"], drop
    assert drop["frames_again"]["kiosk"] >= 5, drop
    assert drop["frames_again"]["staff"] >= 5, drop
    assert out["kiosk_states"][:6] == [
        "connecting",
        "connected",
        "interrupted",
        "reconnecting",
        "connecting",
        "connected",
    ], out["kiosk_states"]
    assert out["end"]["state"] == "completed"
    assert out["room_gone"]
    assert out["rating"] == 5
    assert out["moves"] == [
        "requested",
        "queued",
        "claimed",
        "connecting",
        "in_call",
        "interrupted",
        "reconnecting",
        "in_call",
        "completing",
        "completed",
    ]
    moves = [f"session.{m}" for m in out["moves"]]
    # the re-proof after the drop is journaled between the return to the call and the end
    assert out["journal"] == [*moves[:-2], "session.identity_reproof", *moves[-2:], "session.rated"]
    # the outcome moved the request through the request workflow to completed
    assert out["history"][-13:] == [f"session.{m}" for m in out["moves"]] + [
        "session_outcome.completed",
        "accept",
        "complete",
    ]
