"""`lexkiosk update check-once | install BUNDLE | status | build ...`.

Exit codes of check-once: 0 nothing offered, or the offered version installed and healthy;
1 the check could not be made (not enrolled, central service unreachable, another check
running, a local failure); 3 the bundle was refused (nothing installed); 4 the new version
was rolled back. Messages are plain lines; no traceback.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from config.settings import TerminalSettings
from kiosk.updates.check import CANNOT_CHECK
from kiosk.updates.paths import UpdatePaths


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("update", help="new versions: check, install, status")
    sub = parser.add_subparsers(dest="update_command", required=True, metavar="COMMAND")
    sub.add_parser(
        "check-once",
        help="ask the central service for a version, install it beside this one, switch, "
        "check health, keep or roll back, report (exit 0 ok, 1 no check, 3 refused, "
        "4 rolled back)",
    )
    install = sub.add_parser("install", help="install a local bundle file and make it current")
    install.add_argument("bundle", type=Path)
    sub.add_parser("status", help="the environments, which is current, an interrupted update")
    build = sub.add_parser("build", help="release machine: make a signed bundle")
    build.add_argument("--version", required=True, help="the version of the lexkiosk wheel")
    build.add_argument("--wheelhouse", type=Path, required=True, help="folder of every wheel")
    build.add_argument("--lock", type=Path, required=True, help="uv.lock of the release")
    build.add_argument("--key", type=Path, required=True, help="release.key (Ed25519, PEM)")
    build.add_argument("--out", type=Path, required=True, help="folder for the bundle")
    build.add_argument(
        "--extra", action="append", default=None, help="extras the terminal installs (kiosk)"
    )


def _say(line: str) -> None:
    print(line, flush=True)


def _say_or_error(line: str) -> None:
    (_error if line.startswith("error:") else _say)(line)


def _error(line: str) -> None:
    print(line if line.startswith("error:") else f"error: {line}", file=sys.stderr, flush=True)


@contextmanager
def _only_one(paths: UpdatePaths) -> Iterator[bool]:
    paths.work.mkdir(parents=True, exist_ok=True)
    fd = os.open(paths.lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    command = args.update_command
    if command == "build":
        from kiosk.updates.build_cli import build

        return build(args, _say, _error)
    if command == "status":
        from kiosk.updates.status import describe

        for line in describe(UpdatePaths(settings.data_dir)):
            _say(line)
        return 0
    with _only_one(UpdatePaths(settings.data_dir)) as alone:
        if not alone:
            _error("another update is running on this terminal; try again later")
            return CANNOT_CHECK
        if command == "install":
            from kiosk.updates.check import install_local

            return install_local(settings, args.bundle, _say_or_error)
        return _check_once(settings)


def _check_once(settings: TerminalSettings) -> int:
    from api_client.client import CentralRejected, CentralUnreachable
    from api_client.updates import UpdatesClient
    from kiosk.net.token_store import TokenStore
    from kiosk.updates.check import Updater
    from kiosk.updates.errors import UpdateError
    from kiosk.updates.slots import SlotError

    token = TokenStore(settings.data_dir).load()
    if token is None:
        _error("this terminal is not enrolled (lexkiosk enrol CODE): no update check")
        return CANNOT_CHECK
    if not settings.updates.release_keys:
        _error("no release key is configured (updates.release_keys): no bundle can be trusted")
        return CANNOT_CHECK
    with UpdatesClient(settings.central_url, token, ca_file=settings.central_ca) as client:
        try:
            return Updater(settings, client, _say).check_once()
        except CentralUnreachable as err:
            _error(f"cannot reach the central service at {settings.central_url} ({err})")
        except CentralRejected as err:
            _error(f"the central service refused the update check: {err.detail}")
        except (UpdateError, SlotError, OSError) as err:
            _error(f"the update stopped: {err}")
    return CANNOT_CHECK
