"""A terminal that keeps submitting while a backup runs: `python -m tests.helpers.backup_writer
BASE TOKEN TERMINAL_ID`. Each acknowledged submission prints `ok TRACKING_NUMBER` (flushed), so
the test knows which ones the service had committed before and after a moment; it runs until
terminated."""

from __future__ import annotations

import itertools
import sys
import uuid
from datetime import UTC, date, datetime

import httpx

from api_client.tracking import make_tracking_number
from tests.helpers.served import consultation


def main(base: str, token: str, terminal_id: str) -> int:
    device = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, timeout=30) as http:
        for seq in itertools.count(1):
            number = make_tracking_number(terminal_id, date(2026, 11, 29), seq)
            body = {
                "idempotency_key": str(uuid.uuid4()),
                "kind": "consultation",
                "tracking_number": number,
                "submitted_at": datetime.now(UTC).isoformat(),
                "payload": consultation(),
            }
            reply = http.post("/api/v1/submissions", json=body, headers=device)
            if reply.status_code != 201:
                sys.stderr.write(f"refused {number}: {reply.status_code}\n")
                return 1
            sys.stdout.write(f"ok {number}\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
