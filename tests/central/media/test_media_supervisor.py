"""Janus and coturn as child processes on loopback: they start and answer, a busy port and a
missing binary give one plain line, and only the central service's key creates rooms."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from central.media.errors import MediaError, MediaRefused
from central.media.rooms import JanusRooms
from central.media.supervisor import MediaSupervisor
from tests.helpers.media import media_settings, require_media

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
