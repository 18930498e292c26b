"""`lexkiosk devices ...`: diagnostics a technician runs on the terminal.

Output a person reads goes to stdout; a failure is one plain line on stderr saying what
failed and what to check, never a traceback. Usage errors exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from config.settings import TerminalSettings
from devices.errors import DeviceError
from devices.idcard.port import IdCardData
from devices.idcard.serial_reader import SerialIdReader
from devices.idnumber import check_id_number
from devices.manager import DeviceManager
from devices.mrz.parser import MrzShapeError, parse_mrz
from devices.scanner import cli as scanner_cli
from devices.xfs import DeviceStatus

BAUDS = (9600, 19200, 38400, 57600, 115200)


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {raw!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 and at most 600 s")
    return value


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

    read = sub.add_parser("read-id", help="read the ID card on a serial reader")
    read.add_argument("--port", help="serial port (default: devices.id_reader.port)")
    read.add_argument("--baud", type=int, choices=BAUDS, help="default: devices.id_reader.baud")
    read.add_argument("--timeout", type=_seconds, help="seconds to wait for a card")
    read.add_argument("--json", action="store_true", help="print one JSON object")

    check = sub.add_parser("check-id", help="judge a Chinese resident ID number (GB 11643)")
    check.add_argument("number", help="18 characters; the last may be X or x")
    check.add_argument("--json", action="store_true", help="print one JSON object")

    mrz = sub.add_parser("parse-mrz", help="parse travel-document MRZ lines read from stdin")
    mrz.add_argument("--json", action="store_true", help="print JSON (the default)")
    # Typed or pasted text is never repaired; the flag stays so older scripts keep working.
    mrz.add_argument("--no-fix", action="store_true", help=argparse.SUPPRESS)
    scanner_cli.add_command(sub)


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    """Run a parsed `devices` command; return the exit code."""
    if args.devices_command == "read-id":
        return _read_id(args, settings)
    if args.devices_command == "check-id":
        return _check_id(args)
    if args.devices_command == "parse-mrz":
        return _parse_mrz(args)
    if args.devices_command == "scan":
        return scanner_cli.run(args)
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
        _settle(manager)
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


def _settle(manager: DeviceManager, timeout_s: float = 3.0) -> None:
    """Give devices that are still starting (opening a port) a moment to say how they are."""
    deadline = time.monotonic() + timeout_s
    while DeviceStatus.STARTING in manager.statuses().values() and time.monotonic() < deadline:
        time.sleep(0.05)


def card_json(card: IdCardData) -> dict[str, str]:
    """The card as `read-id --json` prints it: ISO dates, `long-term` for no end date."""
    return {
        "card_type": card.card_type,
        "name": card.name,
        "sex": card.sex,
        "nation": card.nation,
        "nation_code": card.nation_code,
        "birth_date": card.birth_date.isoformat(),
        "address": card.address,
        "id_number": card.id_number,
        "issuer": card.issuer,
        "valid_from": card.valid_from.isoformat(),
        "valid_to": card.valid_to.isoformat() if card.valid_to else "long-term",
    }


def _read_id(args: argparse.Namespace, settings: TerminalSettings) -> int:
    conf = settings.devices.id_reader
    port = args.port or conf.port
    reader = SerialIdReader(port, args.baud or conf.baud)
    try:
        card = reader.read_card(args.timeout or conf.timeout_s)
    except DeviceError as err:
        print(f"cannot read the ID card: {err}", file=sys.stderr)
        return 1
    finally:
        reader.close()
    shown = card_json(card)
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
    else:
        for key, value in shown.items():
            print(f"{key:12} {value}")
    return 0


def _check_id(args: argparse.Namespace) -> int:
    verdict = check_id_number(args.number)
    shown = {
        "valid": verdict.valid,
        "reason": verdict.reason,
        "birth_date": verdict.birth_date.isoformat() if verdict.birth_date else None,
        "sex": verdict.sex,
        "region_code": verdict.region_code,
    }
    if args.json:
        print(json.dumps(shown))
    elif verdict.valid:
        print(f"valid: {verdict.sex}, born {shown['birth_date']}, region {verdict.region_code}")
    else:
        print(f"invalid: {verdict.reason}")
    return 0


def _parse_mrz(args: argparse.Namespace) -> int:
    try:
        result = parse_mrz(sys.stdin.read())
    except MrzShapeError as err:
        print(f"not an MRZ: {err}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print("not an MRZ: the input is not text", file=sys.stderr)
        return 2
    print(json.dumps(result.to_dict()))
    return 0
