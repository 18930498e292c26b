"""A call the console's page keeps, in Debian's Chromium against real Janus, coturn and
`lexkiosk-central serve` with the kiosk's aiortc participant, inside a network namespace the
test creates (tests/console_call_keep_scenario.py): the page reloaded mid-call, the call
handed over to a colleague in the middle of it, and the TURN credentials renewed for a
reconnection after they expired."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.browser import require_chromium, screenshots_dir
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(900)]
KIOSK_LOW = 1000
ANA, BO, LOOP = 20000, 40000, 120
ENDED_BADLY = {"session.failed", "session.abandoned"}


def _scenario(netns: Namespace, tmp_path: Path, case: str) -> dict[str, Any]:
    require_media()
    require_chromium()
    out = run_inside(
        netns,
        "tests.console_call_keep_scenario",
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
        "--case",
        case,
        timeout_s=840,
    )
    # what each side saw, kept beside the screenshots for a failure's reader
    (screenshots_dir(tmp_path) / f"keep-{case}.json").write_text(json.dumps(out, indent=1))
    assert "failed" not in out, {k: out.get(k) for k in ("failed", "page_then", "kiosk_then")}
    return out


def _states(out: dict[str, Any]) -> list[str]:
    return [to for _from, to, _reason, _actor in out["steps"]]


def test_reloading_the_call_page_keeps_the_kiosks_call(netns: Namespace, tmp_path: Path) -> None:
    """GIVEN a notary in a call with the kiosk WHEN the call page is reloaded THEN the page
    rejoins the same call with a fresh grant, frames flow again both ways, and the session is
    neither ended nor failed by it (at most one interrupted/reconnecting pair)."""
    out = _scenario(netns, tmp_path, "reload")
    assert len(set(out["call"]["browser_counters"])) >= 5, out["call"]
    # the kiosk, on the new page
    assert len(set(out["browser_counters_after"])) >= 5, out["page_after"]
    assert out["kiosk_feed_changed"]  # the kiosk took the reloaded page's new feed
    assert out["state_after"] == "in_call"
    assert out["page_grants"] == 1  # one grant of the reloaded page: it joined at once
    states = _states(out)
    assert states.count("interrupted") <= 1 and states.count("reconnecting") <= 1, states
    assert states[-2:] == ["completing", "completed"], states  # ended by the notary's End
    assert not ENDED_BADLY & set(out["history"]), out["history"]
    assert out["request_status"] == "completed"


def test_a_call_handed_over_mid_call_reaches_the_colleague(
    netns: Namespace, tmp_path: Path
) -> None:
    """GIVEN notary A in a call WHEN A hands it over to B mid-call and B claims it THEN the
    kiosk, never leaving the room, says a colleague takes over, then shows B's name and role
    and decodes B's camera (not A's); A's join token admits nobody; every step is journaled."""
    out = _scenario(netns, tmp_path, "handover")
    assert len(set(out["kiosk_saw_a"])) >= 5, out["kiosk_saw_a"]
    assert len(set(out["kiosk_saw_b"])) >= 5, out["kiosk_saw_b"]
    assert all(BO <= v < BO + LOOP for v in out["kiosk_saw_b"])
    assert not [v for v in out["kiosk_after_b"] if ANA <= v < ANA + LOOP], out["kiosk_after_b"]
    phases = [phase for phase, _name, _role in out["kiosk_view"]]
    assert "handing_over" in phases, out["kiosk_view"]
    assert out["kiosk_view"][-1] == ["in_call", "Bo Notary", "notary"], out["kiosk_view"]
    assert "ended" not in phases and "failed" not in phases
    assert out["kiosk_call_state"] == "connected"  # the kiosk's own call never went down
    assert "Janus" in out["a_token_refused"], out["a_token_refused"]
    steps = [(to, reason, actor) for _from, to, reason, actor in out["steps"]]
    handed = steps.index(("queued", "handed_over", "staff:ana"))
    after = [(to, actor) for to, _reason, actor in steps[handed + 1 :]]
    assert after[:2] == [("claimed", "staff:bob"), ("connecting", "staff:bob")], steps
    assert ("in_call", "staff:bob") in after, steps
    assert _states(out)[-2:] == ["completing", "completed"]
    journaled = [action for action, _actor, _reason in out["journal"]]
    assert journaled.count("session.queued") == 2 and journaled.count("session.claimed") == 2
    assert journaled.count("session.connecting") == 2, journaled
    assert out["request_status"] == "completed"


def test_turn_credentials_are_renewed_for_a_reconnection(netns: Namespace, tmp_path: Path) -> None:
    """GIVEN a call forced through TURN with 20 s credentials WHEN they have expired and the
    path to coturn is cut for 6 s THEN the page and the kiosk rejoin with fresh credentials
    (the expired ones coturn would refuse) and frames flow again both ways through relays."""
    out = _scenario(netns, tmp_path, "renewal")
    creds = out["credentials"]
    assert creds["expired_before_cut"], creds
    assert creds["new_page"] != creds["old_page"] and creds["new_kiosk"] != creds["old_kiosk"]
    for old, new in (
        (creds["old_page"], creds["new_page"]),
        (creds["old_kiosk"], creds["new_kiosk"]),
    ):
        assert int(new.split(":")[0]) > int(old.split(":")[0])
    assert out["page_grants"] >= 2
    assert len(set(out["browser_counters_after"])) >= 5, out
    assert out["browser_pairs"] and all(local == "relay" for local, _ in out["browser_pairs"])
    assert out["kiosk_pairs"] and all(local == "relay" for local, _ in out["kiosk_pairs"])
    assert out["state_after"] == "in_call"
    assert not ENDED_BADLY & set(out["history"]), out["history"]
    assert out["request_status"] == "completed"
