"""`lexkiosk`: run the shell, the demo, enrol the terminal, settings and device diagnostics."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from config import cli as config_cli
from config.errors import ConfigError
from config.loader import load_settings
from config.paths import default_config_path
from config.settings import TerminalSettings
from devices import cli as devices_cli
from kiosk import outbox_cli


def _override(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE (e.g. idle.timeout_s=120)")
    return key, value


def build_parser(env: Mapping[str, str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lexkiosk", description="LexKiosk terminal.")
    parser.add_argument(
        "--config",
        type=Path,
        default=default_config_path(env),
        help="settings file (default: $LEXKIOSK_CONFIG or ~/.config/lexkiosk/kiosk.toml)",
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        type=_override,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one setting for this run (repeatable)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the shell full screen")
    demo = sub.add_parser(
        "demo", help="run the shell with emulated devices and an embedded central service"
    )
    demo.add_argument("--out", type=Path, default=Path("demo-out"), help="where tour PNGs go")
    demo.add_argument(
        "--tour",
        action="store_true",
        help="always run the scripted tour and exit (the default without a display)",
    )
    enrol = sub.add_parser("enrol", help="enrol this terminal with a one-time code")
    enrol.add_argument("code", help="the code from `lexkiosk-central kiosk enroll-code`")
    config_cli.add_commands(sub)
    devices_cli.add_commands(sub)
    outbox_cli.add_commands(sub)
    return parser


def _load(args: argparse.Namespace, env: Mapping[str, str]) -> TerminalSettings:
    file = args.config if args.config.exists() else None
    return load_settings(file, env, dict(args.overrides))


def _enrol(settings: TerminalSettings, code: str) -> int:
    from api_client.client import CentralRejected, CentralUnreachable
    from api_client.schemas import ENROL_CODE_PATTERN
    from kiosk.net.enrolment import enrol

    if not re.fullmatch(ENROL_CODE_PATTERN, code.strip().upper()):
        print(
            f"error: {code!r} is not an enrolment code; it looks like ABCD-EFGH-JKLM "
            "(letters without I and O, digits 2-9)",
            file=sys.stderr,
        )
        return 2

    try:
        response = asyncio.run(enrol(settings, code))
    except CentralUnreachable as err:
        print(
            f"error: cannot reach the central service at {settings.central_url} ({err}); "
            "check central_url and the network",
            file=sys.stderr,
        )
        return 1
    except CentralRejected as err:
        print(f"error: enrolment refused: {err.detail}", file=sys.stderr)
        return 1
    print(
        f"enrolled as {response.terminal_id} at {settings.site}; "
        f"token stored in {settings.data_dir}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    env = dict(os.environ)
    args = build_parser(env).parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    overrides = dict(args.overrides)
    if args.command == "config":
        return config_cli.run(args, env, overrides)
    try:
        settings = _load(args, env)
    except ConfigError as err:
        for problem in err.problems:
            print(f"error: {problem.line()}", file=sys.stderr)
        return 1
    if args.command == "devices":
        return devices_cli.run(args, settings)
    if args.command == "outbox":
        return outbox_cli.run(args, settings)
    if args.command == "enrol":
        return _enrol(settings, args.code)
    from kiosk import runner

    if args.command == "demo":
        return runner.demo(settings, args.out, force_tour=args.tour, env=env)
    return runner.run(settings, args.config)


if __name__ == "__main__":
    sys.exit(main())
