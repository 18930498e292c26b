"""A call holds on a weak network (issue 18): the kiosk goes through TURN with the impairing
relay between it and coturn, inside a test namespace with real Janus and coturn; at 500 kbit/s,
at 200 ms round trip and at 2 % loss (each direction) frames keep flowing both ways, at a lower
rate if need be, and no audio gap is longer than 200 ms. One scene (one child process running
the three impairments in turn) serves the whole module."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, netns, run_inside

__all__ = ["netns"]
PROFILES = ("rate", "delay", "loss")
CAP = 300_000  # the grant's video cap for a room with a kiosk on a weak link
MIN_FPS = 5.0  # fewer than the 15 sent is allowed; a call under 5 fps is not holding


@pytest.fixture(scope="module")
def weak(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    require_media()
    data = tmp_path_factory.mktemp("weak") / "media"
    result = run_inside(
        netns,
        "tests.weak_network_scenario",
        "--data",
        str(data),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--profiles",
        ",".join(PROFILES),
        "--seconds",
        "8",
        "--cap",
        str(CAP),
    )
    (data.parent / "figures.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("direction", ["kiosk_to_staff", "staff_to_kiosk"])
def test_frames_and_audio_keep_flowing(weak: dict[str, Any], profile: str, direction: str) -> None:
    got = weak[profile][direction]
    assert got["fps"] >= MIN_FPS, got
    assert got["readable"] >= MIN_FPS * 8 * 0.8, got  # the counter really crossed
    assert got["counter_last"] > got["counter_first"] + 20, got  # and it advances
    assert got["audio_gap_s"] <= 0.2, got
    assert got["audio_share"] >= 0.8, got  # audio kept coming (2 % loss, a starved machine)
    assert got["onsets_heard"] >= 5, got  # the beeps were heard: the tone crossed


@pytest.mark.parametrize("profile", PROFILES)
def test_the_kiosk_really_went_through_the_impaired_relay(
    weak: dict[str, Any], profile: str
) -> None:
    scene = weak[profile]
    assert scene["kiosk_pairs"] and all(local == "relay" for local, _ in scene["kiosk_pairs"])
    assert scene["relay_up"]["forwarded"] > 500 and scene["relay_down"]["forwarded"] > 500


def test_the_bottleneck_was_500_kbit_and_the_call_kept_within_it(weak: dict[str, Any]) -> None:
    """The kiosk's publisher stays at or under the grant's cap, so its video and audio fit
    the 500 kbit/s link; the relay's figures show the link's limit held (its own cuts from
    loss and a swelling round trip are unit-tested, and shown uncapped by the benchmark)."""
    scene = weak["rate"]
    sent_bps = scene["relay_up"]["forwarded_bytes"] * 8 / scene["seconds"]
    assert sent_bps <= 500_000 * 1.05, sent_bps
    steps = scene["kiosk_bitrate"]
    assert steps and max(s["target_bps"] for s in steps) <= CAP, steps


def test_the_round_trip_was_200_ms_and_the_loss_2_percent(weak: dict[str, Any]) -> None:
    rtts = [s["rtt_s"] for s in weak["delay"]["kiosk_bitrate"] if s["rtt_s"] is not None]
    assert rtts and min(rtts) >= 0.19, rtts
    up = weak["loss"]["relay_up"]
    ratio = up["lost"] / (up["lost"] + up["forwarded"])
    assert 0.01 <= ratio <= 0.035, up
