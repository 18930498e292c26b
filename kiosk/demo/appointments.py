"""Demo data for appointments: a clerk of the demo bureau publishes office hours and free
notarisation and mediation slots for the next days, through the central service's HTTP API
(the way a real clerk's page does)."""

from __future__ import annotations

import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

CLERK = "demo-clerk"


def seed_appointments(url: str, data_dir: Path, org: str = "demo-bureau", days: int = 3) -> int:
    """Returns how many slots were published."""
    password = secrets.token_urlsafe(16)
    command = [sys.executable, "-m", "central.cli", "user", "add", CLERK, "--name", "示范窗口"]
    command += ["--org", org, "--role", "clerk", "--password-stdin", "--data-dir", str(data_dir)]
    subprocess.run(
        command,
        input=password + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    with httpx.Client(base_url=url, timeout=10.0) as http:
        login = http.post("/api/v1/auth/login", json={"username": CLERK, "password": password})
        login.raise_for_status()
        http.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        hours = [{"weekday": d, "opens": "09:00", "closes": "17:00"} for d in range(5)]
        http.put(f"/api/v1/organisations/{org}/office-hours", json={"hours": hours})
        published = 0
        today = datetime.now(UTC).date()
        for offset in range(1, days + 1):
            day = today + timedelta(days=offset)
            for service, hour in (("notarisation", 1), ("mediation", 6)):  # 09:00, 14:00 +08
                start = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
                body = {"service": service, "starts_at": start.isoformat(), "count": 2}
                reply = http.post(f"/api/v1/organisations/{org}/slots", json=body)
                reply.raise_for_status()
                published += len(reply.json())
    return published
