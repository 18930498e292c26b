"""Where a call's outcome takes its request: the shortest forward run of the request
workflow's own actions, and nothing when the request is already past that point."""

from __future__ import annotations

import pytest

from central.sessions.request_moves import WANTED, path_to


@pytest.mark.parametrize(
    ("status", "outcome", "actions"),
    [
        ("submitted", "completed", ["accept", "complete"]),
        ("accepted", "completed", ["complete"]),
        ("in_progress", "completed", ["complete"]),
        ("returned", "completed", ["accept", "complete"]),
        ("submitted", "needs_visit", ["accept", "start"]),
        ("accepted", "needs_visit", ["start"]),
        ("submitted", "referred", ["accept"]),
        ("in_progress", "referred", []),  # never backwards
        ("completed", "completed", []),
        ("closed", "needs_visit", []),
        ("transferred", "completed", []),  # the transfer order is answered first
        ("rejected", "completed", []),
    ],
)
def test_the_outcome_walks_the_workflow_forward(
    status: str, outcome: str, actions: list[str]
) -> None:
    assert path_to(status, WANTED[outcome]) == actions  # type: ignore[index]
