"""`lexkiosk report crash-loop`: run by systemd (`OnFailure=` of the shell's unit) when the
shell kept crashing; the central service journals it as `terminal.shell.crash_loop`."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from api_client.outbox.crypto import DeviceKeyError
from api_client.outbox.files import key_path, open_outbox
from config.settings import TerminalSettings
from kiosk.net.token_store import TokenStore
from kiosk.terminal_events import deliver_now, queue_event


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="tell the central service about the terminal")
    sub = parser.add_subparsers(dest="report_command", required=True, metavar="COMMAND")
    loop = sub.add_parser("crash-loop", help="the shell kept crashing (run by systemd)")
    loop.add_argument("--unit", default="", help="the unit that failed (systemd's %%n)")


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    token = TokenStore(settings.data_dir).load()
    if token is None or not key_path(settings.data_dir).exists():
        print("error: this terminal is not enrolled: nothing to report to", file=sys.stderr)
        return 1
    unit = re.sub(r"[^A-Za-z0-9@_.:-]", "", args.unit)[:80]
    try:
        store = open_outbox(settings.data_dir, settings.terminal_id)
    except DeviceKeyError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    try:
        number = queue_event(store, "shell.crash_loop", detail=f"unit {unit}" if unit else "")
        sent = deliver_now(store, settings.central_url, token, settings.central_ca)
    finally:
        store.close()
    where = "delivered" if sent else "queued in the outbox (central service not reachable)"
    print(f"crash loop reported as {number}: {where}")
    return 0
