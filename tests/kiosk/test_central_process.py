"""The one way to run the central service as a child process (demo, tests, benchmarks): it
answers once started, and a service that cannot start fails fast with its own words."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import httpx
import pytest

from kiosk.central_process import CentralProcess


def test_started_it_answers_and_stopped_it_is_gone(tmp_path: Path) -> None:
    with CentralProcess(tmp_path / "central", heartbeat_s=3.0) as central:
        assert central.running
        assert httpx.get(f"{central.url}/healthz").status_code == 200
        assert central.url == f"http://127.0.0.1:{central.port}"
    assert not central.running
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{central.url}/healthz")


def test_a_service_that_cannot_start_fails_fast_showing_its_log(tmp_path: Path) -> None:
    """GIVEN the port already taken by a listener that never answers
    WHEN the service is started on it THEN the start fails as soon as the child exits (not
    after the bound), and the error carries the end of the child's log naming the cause."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        central = CentralProcess(tmp_path / "central", port=taken.getsockname()[1])
        started = time.monotonic()
        with pytest.raises(RuntimeError) as failure:
            central.start(timeout_s=600.0)
    message = str(failure.value)
    assert "the central service did not start" in message
    assert "exited with" in message
    assert "address already in use" in message.lower()
    assert time.monotonic() - started < 300  # the child's exit ended the wait, not the bound
    assert not central.running
