"""`lexkiosk outbox status | retry | purge-delivered`: what a technician needs on site."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from api_client.outbox.crypto import DeviceKeyError
from api_client.outbox.files import database_path, open_outbox
from config.settings import TerminalSettings


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("outbox", help="submissions waiting to reach the centre")
    sub = parser.add_subparsers(dest="outbox_command", required=True, metavar="COMMAND")
    status = sub.add_parser("status", help="pending count, oldest age, last error")
    status.add_argument("--json", action="store_true", help="one JSON object")
    sub.add_parser("retry", help="try every waiting or refused item again now")
    sub.add_parser("purge-delivered", help="wipe delivered items' traces from the disk")


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    if not database_path(settings.data_dir).exists():
        print(f"no outbox yet in {settings.data_dir}: nothing has been submitted here")
        return 0
    try:
        store = open_outbox(settings.data_dir, settings.terminal_id)
    except DeviceKeyError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    try:
        now = time.time()
        if args.outbox_command == "retry":
            print(f"{store.retry_now(now)} item(s) will be sent again now")
        elif args.outbox_command == "purge-delivered":
            store.purge()
            print("delivered items wiped from the outbox files")
        else:
            status = store.status(now)
            if args.json:
                print(json.dumps(status.__dict__))
            else:
                age = "-" if status.oldest_age_s is None else f"{status.oldest_age_s:.0f} s"
                print(f"pending {status.pending}, refused {status.refused}, oldest {age}")
                print(f"last error: {status.last_error or 'none'}")
    finally:
        store.close()
    return 0
