"""The state machine's table, checked without a database."""

from __future__ import annotations

import itertools

import pytest

from central.sessions.states import (
    ENDED,
    STATES,
    TRANSITIONS,
    TransitionRefused,
    allowed,
    check,
    state_after_report,
)

HAPPY_PATH = [
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


def test_every_state_has_a_row_and_every_target_is_a_state() -> None:
    assert set(TRANSITIONS) == set(STATES)
    for targets in TRANSITIONS.values():
        assert targets <= set(STATES)


def test_the_issue_path_is_allowed_step_by_step() -> None:
    for here, there in itertools.pairwise(HAPPY_PATH):
        assert allowed(here, there), f"{here} -> {there}"


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("claimed", "queued"),  # released or handed over
        ("in_call", "queued"),  # handed over during the call (the room stays)
        ("connecting", "queued"),
        ("interrupted", "queued"),
        ("reconnecting", "queued"),
        ("queued", "abandoned"),  # the resident left or waited too long
        ("completing", "failed"),
        ("requested", "abandoned"),  # nobody available
    ],
)
def test_the_side_paths_are_allowed(here: str, there: str) -> None:
    assert allowed(here, there)


@pytest.mark.parametrize(
    ("here", "there"),
    [
        ("requested", "claimed"),
        ("queued", "in_call"),
        ("queued", "connecting"),  # a colleague claims first
        ("completing", "queued"),  # too late to hand over
        ("completed", "queued"),
        ("abandoned", "queued"),
        ("in_call", "completed"),  # always through completing
    ],
)
def test_moves_outside_the_table_are_refused_with_what_is_allowed(here: str, there: str) -> None:
    with pytest.raises(TransitionRefused) as refused:
        check(here, there)
    assert f"a session {here} cannot become {there}" in str(refused.value)


def test_ended_states_have_no_way_out() -> None:
    for state in ENDED:
        assert not TRANSITIONS[state]
        with pytest.raises(TransitionRefused, match="it has ended"):
            check(state, "queued")


@pytest.mark.parametrize(
    ("state", "event", "after"),
    [
        ("connecting", "joined", "in_call"),
        ("in_call", "dropped", "interrupted"),
        ("interrupted", "reconnecting", "reconnecting"),
        ("reconnecting", "joined", "in_call"),
        ("reconnecting", "dropped", "interrupted"),
        ("in_call", "failed", "failed"),
        ("in_call", "joined", None),  # a repeat changes nothing
        ("completed", "dropped", None),  # too late
        ("queued", "joined", None),  # no call yet
    ],
)
def test_call_reports_map_onto_the_table(state: str, event: str, after: str | None) -> None:
    assert state_after_report(state, event) == after
