"""The central service with its own Janus and coturn, as a call test's or bench child's
process runs them inside a test namespace: one block instead of a copy per scenario."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from central.db import Database
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from tests.helpers.media import settings_file
from tests.helpers.server import live_service


@contextmanager
def central_with_media(
    data: Path, settings: MediaSettings, *extra: str
) -> Iterator[tuple[str, Database]]:
    """Janus and coturn from `settings`, the service on a SQLite database in `data` told of
    them (`extra`: more `serve` options); yields the service's base URL and the database.
    Blocking socket calls time out after 30 s, so a stuck call fails the scenario instead of
    hanging it."""
    socket.setdefaulttimeout(30)
    db_url = f"sqlite:///{data / 'central.sqlite3'}"
    media_file = settings_file(settings, data / f"media-{secrets.token_hex(3)}.json")
    with (
        MediaSupervisor(settings),
        live_service(db_url, "--media-settings", str(media_file), *extra, data_dir=data) as svc,
    ):
        db = Database(db_url)
        try:
            yield svc.base, db
        finally:
            db.dispose()
