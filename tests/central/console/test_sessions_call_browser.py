"""The notary's side of a video session in Debian's Chromium: log in, set available, see
the session a terminal asked for appear live, claim it, and hold the call on the console's
call page (janus.js, Janus, coturn, real processes) with the kiosk's aiortc participant
publishing its counter; the text line reaches the terminal; the outcome moves the request on.
Everything runs inside a network namespace the test creates (tests/console_call_scenario.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.browser import require_chromium, screenshots_dir
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


def _scenario(netns: Namespace, tmp_path: Path, *extra: str) -> dict[str, Any]:
    require_media()
    require_chromium()
    return run_inside(
        netns,
        "tests.console_call_scenario",
        "--data",
        str(tmp_path / "data"),
        "--shots",
        str(screenshots_dir(tmp_path)),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--relay-ip",
        netns.address_a,
        *extra,
    )


def test_a_notary_takes_the_call_in_the_browser(netns: Namespace, tmp_path: Path) -> None:
    out = _scenario(netns, tmp_path)
    assert out["availability"].startswith("可接听")
    assert out["asked"] == "queued"
    assert out["appeared_without_reload"]
    call = out["call"]
    # the kiosk's rising counter, read from the page's remote <video> through a canvas
    assert len(set(call["browser_counters"])) >= 5, call
    assert call["browser_counters"] == sorted(call["browser_counters"]), call
    assert call["kiosk_frames_in_1s"] >= 5, call  # the browser's camera reached the kiosk
    assert "通话中" in call["status_text"]
    # the grant's max_video_bps (the media settings' default for a call of two) on the sender
    assert call["video_caps"] == [600_000], call
    assert out["kiosk_caption"] == "请出示身份证"
    assert out["a11y_sessions"] == [] and out["a11y_call"] == []
    assert out["request_status"] == "completed"
    assert out["history"][-3:] == ["session_outcome.completed", "accept", "complete"]
    assert "session_note" in out["history"]
    assert "已办结" in out["ended_status"]
    assert "outcome: completed" in out["ended_history"]  # the history step in words
    # the notary's page leaving is not the kiosk's path lost: no "dropped" racing the end
    assert "session.interrupted" not in out["history"]


def test_the_call_page_can_be_forced_through_turn(netns: Namespace, tmp_path: Path) -> None:
    out = _scenario(netns, tmp_path, "--relay")
    call = out["call"]
    assert len(set(call["browser_counters"])) >= 5, call
    assert "?ice=relay" in out["call_url"]  # carried from the queue page through the claim
    assert call["browser_pairs"] and all(local == "relay" for local, _ in call["browser_pairs"])
    assert out["request_status"] == "completed"  # End led to the outcome page and moved it on
    assert "session.interrupted" not in out["history"]
