"""The three-party call through real Janus and coturn inside a network namespace: every
participant receives the others' frames and tones; during the mediator's side talk with the
resident the other party's client, subscribing to everything it can and trying the side
room with its own tokens, receives nothing of the two, and media flows again afterwards;
the side talk is recorded as its own segment of the session's recording, between the main
room's two segments (a drop of the kiosk's call splits them), converted, listed with its kind
and participants, playable and accepted by `journal verify`. The scenario runs in
tests/mediation_scenario.py under `ip netns exec`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]


def test_three_parties_and_a_side_talk_enforced_by_the_server(
    netns: Namespace, tmp_path: Path
) -> None:
    require_media()
    out = run_inside(
        netns,
        "tests.mediation_scenario",
        "--data",
        str(tmp_path),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--relay-ip",
        netns.address_a,
        timeout_s=280,
    )
    everyone = {"resident", "party", "mediator"}
    for who, seen in out["before"].items():
        assert all(seen.get(other, 0) >= 5 for other in everyone - {who}), (who, out["before"])
    assert out["tones_before"]["party"], out["tones_before"]  # it heard the others' tones
    assert out["side_talk"] == 204
    assert out["rooms"] == {"mediator": ["main", "side"], "party": ["main"]}
    assert out["party_side_grant"] == 403
    assert out["side_room_differs"]
    assert out["side_each_other"]["mediator"].get("resident", 0) >= 5, out["side_each_other"]
    assert out["side_each_other"]["resident"].get("mediator", 0) >= 5, out["side_each_other"]
    tries = out["party_tries_side"]["refusals"]
    assert tries and not any(t.startswith("ADMITTED") for t in tries), tries
    # the server lets nothing of the side talk through to the other party
    assert out["party_during"].get("resident", 0) == 0, out["party_during"]
    assert out["party_during"].get("mediator", 0) == 0, out["party_during"]
    assert out["party_audio_during"]["tones"] == [], out["party_audio_during"]
    # the party itself is still heard by the mediator in the main room
    assert out["mediator_hears_party_during"].get("party", 0) >= 5
    assert out["side_talk_end"] == 204
    assert out["party_after"].get("resident", 0) >= 5, out["party_after"]
    assert out["party_after"].get("mediator", 0) >= 5, out["party_after"]
    assert out["recording_start"] == 200
    assert out["main_drop"] == ["paused", "on"] and out["main_after"] == "paused"
    recording = out["recording"]
    listed = recording["segments"]
    assert [(s["index"], s["kind"], s["number"]) for s in listed] == [
        (1, "main", 1),
        (2, "side_talk", 1),
        (3, "main", 2),
    ], listed
    side = listed[1]
    assert {(p["participant_id"], p["role"]) for p in side["participants"]} == {
        (out["resident_id"], "resident"),
        (side["participants"][0]["participant_id"], "mediator"),
    }, side
    assert side["file_sha256"] and side["duration_s"] > 1.0, side
    # the side room's two publishers are in its file, the other party is not
    assert recording["feeds"] == {"1": 3, "2": 2, "3": 3}, recording["feeds"]
    played = recording["side_file"]
    assert played["status"] == 200 and played["frames"] >= 15 and played["audio_frames"] > 0
    assert recording["verify"] == [], recording["verify"]
