"""Janus and coturn as child processes on loopback: they start and answer, a busy port and a
missing binary give one plain line, and only the central service's key creates rooms."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import sys
import time
from pathlib import Path

import pytest

from central.media.errors import MediaError, MediaRefused
from central.media.probes import stun_answers
from central.media.rooms import JanusRooms
from central.media.supervisor import MediaSupervisor
from tests.helpers.media import free_port, media_settings, require_media
from tests.helpers.slow_stun import slow_turnserver

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def _media_installed() -> None:
    require_media()


def test_start_answers_and_stop_ends_both(tmp_path: Path) -> None:
    settings = media_settings(tmp_path)
    supervisor = MediaSupervisor(settings)
    supervisor.start()
    try:
        pids = supervisor.pids()
        assert set(pids) == {"janus", "coturn"}

        async def room_round_trip() -> tuple[bool, bool]:
            rooms = JanusRooms(settings)
            room = await rooms.create_room(["kiosk", "notary"])
            made = await rooms.exists(room.room_id)
            await rooms.destroy_room(room)
            return made, await rooms.exists(room.room_id)

        assert asyncio.run(room_round_trip()) == (True, False)
    finally:
        supervisor.stop()
    for pid in pids.values():
        assert (
            not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
        )


def test_a_busy_port_is_named(tmp_path: Path) -> None:
    settings = media_settings(tmp_path)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", settings.janus_ws_port))
        squatter.listen()
        with pytest.raises(MediaError) as err:
            MediaSupervisor(settings).start()
    message = str(err.value)
    assert f"port {settings.janus_ws_port}" in message
    assert "\n" not in message


def test_a_port_taken_after_the_check_is_named(tmp_path: Path) -> None:
    """GIVEN Janus's port taken by another program after the supervisor checked it was free
    (a race on a busy machine) WHEN Janus starts and exits THEN the port is named as busy."""
    settings = media_settings(tmp_path)
    pidfile = tmp_path / "squatter.pid"
    squat = (
        "import os, socket, time; s = socket.socket(); "
        f"s.bind(('127.0.0.1', {settings.janus_ws_port})); s.listen(); "
        f"open('{pidfile}', 'w').write(str(os.getpid())); time.sleep(120)"
    )
    (tmp_path / "bin").mkdir()
    janus = tmp_path / "bin" / "janus"
    janus.write_text(
        f'#!/bin/sh\n{sys.executable} -c "{squat}" &\n'
        f'while [ ! -s {pidfile} ]; do sleep 0.05; done\nexec janus "$@"\n'
    )
    janus.chmod(0o755)
    try:
        with pytest.raises(MediaError) as err:
            MediaSupervisor(settings.model_copy(update={"janus_binary": str(janus)})).start()
    finally:
        if pidfile.exists():
            os.kill(int(pidfile.read_text()), signal.SIGKILL)
    assert f"janus could not listen: port {settings.janus_ws_port} is busy" in str(err.value)


def test_a_missing_binary_names_the_debian_package(tmp_path: Path) -> None:
    settings = media_settings(tmp_path, turnserver_binary="turnserver-not-here")
    with pytest.raises(MediaError, match="install the Debian package coturn"):
        MediaSupervisor(settings).start()


def test_room_creation_needs_the_admin_key_and_a_signed_token(tmp_path: Path) -> None:
    """GIVEN Janus configured with an admin_key and signed tokens
    WHEN a room is created with a wrong key, or Janus is used with a token signed by another
    secret THEN both are refused."""
    settings = media_settings(tmp_path)
    with MediaSupervisor(settings):
        with pytest.raises(MediaRefused, match="admin_key"):
            asyncio.run(JanusRooms(settings).create_room(["kiosk"], admin_key="x" * 24))
        stranger = settings.model_copy(update={"janus_token_secret": settings.turn_secret})
        with pytest.raises(MediaRefused) as err:
            asyncio.run(JanusRooms(stranger).create_room(["kiosk"]))
        assert err.value.code == 403


def test_a_late_answer_still_counts(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """GIVEN Janus, and a coturn that answers STUN 1 s late (starved on a loaded machine)
    WHEN the supervisor starts them
    THEN it waits for that answer and returns, instead of discarding it and giving up."""
    turnserver = slow_turnserver(tmp_path, delay_s=1.0)
    settings = media_settings(tmp_path, turnserver_binary=str(turnserver), start_timeout_s=20.0)
    with (
        caplog.at_level(logging.INFO, "central.media.supervisor"),
        MediaSupervisor(settings) as supervisor,
    ):
        assert set(supervisor.pids()) == {"janus", "coturn"}
    assert any("coturn answered" in r.getMessage() for r in caplog.records), caplog.text


def test_a_child_that_runs_but_never_answers_is_named(tmp_path: Path) -> None:
    """GIVEN a coturn that never answers in time WHEN the start's bound passes
    THEN one line names coturn, what it was asked, on which address, and the bound."""
    turnserver = slow_turnserver(tmp_path, delay_s=3600.0)
    settings = media_settings(tmp_path, turnserver_binary=str(turnserver), start_timeout_s=3.0)
    with pytest.raises(MediaError) as err:
        MediaSupervisor(settings).start()
    message = str(err.value)
    assert message.startswith(
        f"coturn runs but did not answer a STUN binding request on 127.0.0.1:{settings.turn_port}"
        " (UDP) within 3 s"
    ), message
    assert "janus" not in message.split("(logs in")[0] and "\n" not in message


def test_a_stun_probe_of_a_port_nobody_listens_on_fails_at_once() -> None:
    """A long probe wait costs nothing while coturn is not listening yet."""
    started = time.monotonic()
    assert not stun_answers("127.0.0.1", free_port(), timeout_s=10.0)
    assert time.monotonic() - started < 5.0
