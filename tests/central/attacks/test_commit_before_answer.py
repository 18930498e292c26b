"""Medium 6: what an answer says was created is saved before the answer leaves."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from tests.central.attacks.conftest import Seeded
from tests.helpers.server import LiveService

ROUNDS = 300


def test_each_created_thing_is_usable_right_after_its_answer(
    seeded: Seeded, service: LiveService
) -> None:
    """GIVEN a technician issuing enrolment codes one after another
    WHEN each code is spent the moment its 201 arrives, and the terminal's new token is used
    the moment the enrolment's 201 arrives (each on a fresh connection, as another client)
    THEN not one of 300 is refused as unknown."""
    staff = seeded.auth("tech-a")
    beat = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    refused: list[str] = []
    with httpx.Client(base_url=service.base, timeout=10) as issuer:
        for n in range(ROUNDS):
            issued = issuer.post(
                "/api/v1/enrol-codes", json={"organisation": "bureau-a"}, headers=staff
            )
            assert issued.status_code == 201, issued.text
            body = {"code": issued.json()["code"], "terminal_id": f"T{n:04d}", "site": "hall"}
            with httpx.Client(base_url=service.base, timeout=10) as terminal:
                enrolled = terminal.post("/api/v1/enrol", json=body)
                if enrolled.status_code != 201:
                    refused.append(f"code {n}: {enrolled.status_code} {enrolled.text}")
                    continue
                device = {"Authorization": f"Bearer {enrolled.json()['device_token']}"}
                pending = terminal.get("/api/v1/commands/pending", headers=device)
                if pending.status_code != 200:
                    refused.append(f"token {n}: {pending.status_code} {pending.text}")
                if terminal.post("/api/v1/heartbeat", json=beat, headers=device).status_code != 200:
                    refused.append(f"heartbeat {n}")
    assert refused == [], f"{len(refused)} of {ROUNDS} refused: {refused[:5]}"
