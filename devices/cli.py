"""`lexkiosk devices ...`: diagnostics a technician runs on the terminal."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from config.settings import TerminalSettings
from devices.manager import DeviceManager


def add_commands(subparsers: Any) -> None:
    """Register the `devices` command group on a top-level argparse subparsers object."""
    parser = subparsers.add_parser("devices", help="device diagnostics")
    sub = parser.add_subparsers(dest="devices_command", required=True, metavar="COMMAND")
    listing = sub.add_parser("list", help="each device's status and capabilities")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    printing = sub.add_parser("print", help="print a PDF through CUPS and wait for the job")
    printing.add_argument("file", type=Path, help="the PDF to print")
    printing.add_argument("--queue", help="CUPS queue (default: devices.printer.queue)")
    printing.add_argument("--timeout", type=float, default=120.0, help="seconds to wait")
    checking = sub.add_parser("check", help="exercise each device; non-zero exit if any fails")
    checking.add_argument("--json", action="store_true", help="one JSON object per line")
    saying = sub.add_parser("say", help="speak a sentence with the speech engine")
    saying.add_argument("text")
    saying.add_argument("--lang", default="zh", help="zh, en or mn")
    saying.add_argument("--wav", type=Path, help="write the speech to this WAV file")


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    """Run a parsed `devices` command; return the exit code."""
    if args.devices_command == "print":
        from devices.commands import print_file

        return print_file(args.file, args.queue or settings.devices.printer.queue, args.timeout)
    if args.devices_command == "say":
        from devices.commands import say

        return say(args.text, args.lang, args.wav, settings)
    if args.devices_command == "check":
        return _check(args, settings)
    return _list(args, settings)


def _check(args: argparse.Namespace, settings: TerminalSettings) -> int:
    from devices.diagnostics import check_all

    manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    try:
        verdicts = check_all(
            manager, settings.devices.printer.paper, str(settings.default_language)
        )
    finally:
        manager.close()
    for v in verdicts:
        if args.json:
            print(json.dumps({"family": v.family.value, "ok": v.ok, "verdict": v.text}))
        else:
            print(f"{v.family.value:10} {'OK' if v.ok else 'FAIL':4}  {v.text}")
    return 0 if all(v.ok for v in verdicts) else 1


def _list(args: argparse.Namespace, settings: TerminalSettings) -> int:
    manager = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    try:
        for family, device in manager.devices.items():
            status = device.status()
            caps = device.capabilities()
            message = manager.message(family)
            if args.json:
                row = {"family": family.value, "status": status.value, "message": message, **caps}
                print(json.dumps(row, default=str, ensure_ascii=False))
            else:
                print(f"{family.value:10} {status.value:14} {message} {caps}")
    finally:
        manager.close()
    return 0
