"""The terminal's MediationCall against real Janus and coturn in a test namespace: it joins the
main room and sees both other participants, joins the side room (its own grant, publishing
there) while the state puts it in the side talk and leaves it afterwards, and leaves every
room when removed. The side room is another Janus room: the other party's client in the main
room receives nothing of it. After the side talk the terminal subscribes to the main room anew
and pictures flow again; they are named by the publishers' display (participant id)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.media import require_media
from tests.helpers.netns import Namespace, run_inside

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]


def test_the_terminal_follows_the_side_talk_between_real_rooms(
    netns: Namespace, tmp_path: Path
) -> None:
    require_media()
    result = run_inside(
        netns,
        "tests.mediation_rooms_scenario",
        "--data",
        str(tmp_path / "media"),
        "--janus-ip",
        netns.address_a,
        "--turn-ip",
        netns.address_b,
        "--relay-ip",
        netns.address_a,
        timeout_s=240,
    )
    assert result["resident_main"] == ["mediator", "other"], result
    assert result["pictures_by_participant"] == ["mediator", "other"], result
    assert result["rooms_in_side_talk"] == ["main", "side"]
    assert result["resident_side"] == ["mediator_side"], result
    assert result["mediator_side_sees"] == ["resident"], result
    assert "mediator_side" not in result["other_during_side_talk"], result
    assert result["rooms_after_side_talk"] == ["main"]
    assert result["resident_main_after_side_talk"] == ["mediator", "other"], result
    assert result["rooms_after_removal"] == []
