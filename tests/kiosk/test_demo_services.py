"""`lexkiosk demo` starts Janus and coturn next to its central service, prints the console's
address with demo staff logins that work, and leaves nothing running when it is stopped."""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

import httpx
import pytest

from central.media.probes import janus_answers
from kiosk.demo.services import start_central
from tests.helpers.demo import CONSOLE, JANUS, descendants, start_demo, stop_demo, wait_gone
from tests.helpers.media import require_media

READY = "stop with Ctrl-C"
START_BOUND_S = 240.0  # a bound, not a measure: the shared 2-core machine is often loaded


def _env(tmp_path: Path, path: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {"LEXKIOSK_CONFIG": str(tmp_path / "kiosk.toml"), "QT_QPA_PLATFORM": "offscreen"}
    if path is not None:
        env["PATH"] = path
    return env


def _log_in(console: str, username: str, password: str) -> httpx.Client:
    http = httpx.Client(base_url=console, timeout=30.0)
    reply = http.post("/console/login", data={"username": username, "password": password})
    assert reply.status_code == 303, reply.text
    return http


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_demo_runs_janus_and_coturn_and_prints_working_logins(
    tmp_path: Path, how: signal.Signals
) -> None:
    """GIVEN Janus and coturn installed
    WHEN the demo runs without its window
    THEN it prints the console's address and five logins that log in, Janus answers on the
    printed address, and stopping the demo (even by SIGKILL) ends every process below it."""
    require_media()
    run = start_demo(tmp_path, _env(tmp_path))
    try:
        run.wait_for(READY, START_BOUND_S)
        console, janus = run.first(CONSOLE), run.first(JANUS)
        assert console is not None and janus is not None, "\n".join(run.lines)
        logins = run.logins()
        assert set(logins) == {
            "demo-notary",
            "demo-lawyer",
            "demo-aid-clerk",
            "demo-mediator",
            "demo-supervisor",
        }
        for username, password in logins.items():
            _log_in(console, username, password).close()
        assert any("invitations.jsonl" in line for line in run.lines), run.lines
        http = _log_in(console, "demo-supervisor", logins["demo-supervisor"])
        try:
            fleet = http.get("/console/")
        finally:
            http.close()
        assert fleet.status_code == 200 and "DEV001" in fleet.text
        assert janus_answers(janus, timeout_s=5.0)
        below = descendants(run.process.pid)
        assert {"janus", "turnserver"} <= set(below.values()), below
    finally:
        stop_demo(run, how)
    assert wait_gone(list(below), timeout_s=30.0) == [], descendants(1)
    assert not janus_answers(janus, timeout_s=1.0)


def test_demo_without_janus_says_so_and_runs_without_calls(tmp_path: Path) -> None:
    """GIVEN a PATH on which neither janus nor turnserver is found
    WHEN the demo starts
    THEN it names the Debian packages, says it runs without calls, and the logins work."""
    empty = tmp_path / "bin"
    empty.mkdir()
    run = start_demo(tmp_path, _env(tmp_path, path=str(empty)))
    try:
        run.wait_for(READY, START_BOUND_S)
        text = "\n".join(run.lines)
        assert "install the Debian package janus" in text
        assert "install the Debian package coturn" in text
        assert "without video calls" in text
        assert run.first(JANUS) is None
        console = run.first(CONSOLE)
        assert console is not None
        logins = run.logins()
        _log_in(console, "demo-notary", logins["demo-notary"]).close()
        assert "Traceback" not in text
    finally:
        stop_demo(run)
    assert run.process.returncode == 0


def test_a_service_failing_for_another_reason_is_not_blamed_on_janus(tmp_path: Path) -> None:
    """GIVEN Janus and coturn installed, and the service's port taken by another program
    WHEN the demo starts its service (Janus and coturn start, then the service cannot listen)
    THEN the failure is raised naming the busy address, not said as "Janus and coturn did not
    start" with the demo going on without calls, and nothing is left running."""
    require_media()
    said: list[str] = []
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        with pytest.raises(RuntimeError) as err:
            start_central(tmp_path / "central", said.append, port=port)
    assert "address already in use" in str(err.value), err.value
    assert not any("did not start" in line or "without video calls" in line for line in said)
    assert not {"janus", "turnserver"} & set(descendants(os.getpid()).values())
