"""The browser side of a call, proven against real processes inside a network namespace the
test creates: Janus, coturn, `lexkiosk-central serve`, the kiosk's SessionFlow (aiortc) with
its counter and tone, and Debian's headless Chromium on a test-only janus.js page with the
notary's grant (claim + connect). The scenario runs in tests/browser_call_scenario.py under
`ip netns exec`, so no packet leaves the namespace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.browser import require_chromium
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside
from tests.media_scenario import TONES

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


def test_each_side_decodes_the_others_counter_and_tone_direct_and_through_turn(
    netns: Namespace, tmp_path: Path
) -> None:
    """GIVEN a kiosk (aiortc, counter from 1000, 440 Hz) and a notary's Chromium (a .y4m
    counter from 40000, a 660 Hz .wav) in one Janus room from the central service's grants
    WHEN they call, first directly, then with both forced through TURN
    THEN each decodes the other's rising counter and hears the other's tone, and the relay
    call's selected candidate pairs are relay on both sides."""
    require_media()
    require_chromium()
    out = run_inside(
        netns,
        "tests.browser_call_scenario",
        "--data",
        str(tmp_path),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--relay-ip",
        netns.address_a,
    )
    for mode in ("direct", "relay"):
        call = out[mode]
        kiosk, browser = call["kiosk"], call["browser"]
        assert len(set(kiosk["counters"])) >= 5 and kiosk["increasing"], (mode, kiosk)
        assert all(40000 <= c < 40200 for c in kiosk["counters"]), (mode, kiosk)
        assert kiosk["tone_hz"] is not None and abs(kiosk["tone_hz"] - TONES["staff"]) <= 15
        assert len(set(browser["counters"])) >= 5, (mode, browser)
        assert abs(browser["tone_hz"] - TONES["kiosk"]) <= 15, (mode, browser)
        assert browser["pairs"] and kiosk["pairs"], (mode, call)
        # the TURN credential is short-lived; an ended session hands out no grant
        assert 0 < call["turn_credential_left_s"] <= 600, call
        assert call["grant_after_end"]["kiosk"] == 409, call
        assert call["grant_after_end"]["staff"] in (403, 409), call  # no longer their call
        assert call["old_grant_after_end"] != "joined", call  # the join token died with the room
    relay = out["relay"]
    assert all(local == "relay" for local, _ in relay["kiosk"]["pairs"]), relay["kiosk"]
    assert all(local == "relay" for local, _ in relay["browser"]["pairs"]), relay["browser"]
    direct = out["direct"]
    assert all(local == "host" for local, _ in direct["browser"]["pairs"]), direct["browser"]
