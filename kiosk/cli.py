"""`lexkiosk`: run the shell, the demo, enrol the terminal, settings and device diagnostics."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from config.errors import ConfigError
from config.paths import default_config_path

if TYPE_CHECKING:
    from config.settings import TerminalSettings

# The subcommands' modules (settings schema, device drivers, OpenCV) are imported only when
# their command runs: `lexkiosk run` paints its first frame before any of them is needed.


def _override(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE (e.g. idle.timeout_s=120)")
    return key, value


def _global_options(parser: argparse.ArgumentParser, env: Mapping[str, str]) -> None:
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


def _parse_run(env: Mapping[str, str], argv: Sequence[str] | None) -> argparse.Namespace | None:
    """`lexkiosk [--config F] [--set K=V]... run`, parsed without importing the other commands'
    modules; anything else (help, other commands, options after `run`) returns None."""
    light = argparse.ArgumentParser(prog="lexkiosk", add_help=False)
    _global_options(light, env)
    light.add_argument("command", nargs="?")
    args, rest = light.parse_known_args(argv)
    return args if args.command == "run" and not rest else None


def build_parser(env: Mapping[str, str]) -> argparse.ArgumentParser:
    from config import cli as config_cli
    from devices import cli as devices_cli
    from kiosk import outbox_cli, prompts_cli, report_cli
    from kiosk.updates import cli as updates_cli

    parser = argparse.ArgumentParser(prog="lexkiosk", description="LexKiosk terminal.")
    _global_options(parser, env)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the shell full screen")
    demo = sub.add_parser(
        "demo", help="run the shell with emulated devices and an embedded central service"
    )
    demo.add_argument("--out", type=Path, default=Path("demo-out"), help="where tour PNGs go")
    demo.add_argument(
        "--language",
        choices=("zh", "en", "mn"),
        help="with --tour: every screen in this language, to OUT/<profile>/<language>/",
    )
    demo.add_argument(
        "--tour",
        action="store_true",
        help="always run the scripted tour and exit (the default without a display)",
    )
    demo.add_argument(
        "--services-only",
        action="store_true",
        help="start the central service, Janus, coturn and the demo staff, print the logins "
        "and wait for Ctrl-C, without the kiosk window",
    )
    enrol = sub.add_parser("enrol", help="enrol this terminal with a one-time code")
    enrol.add_argument("code", help="the code from `lexkiosk-central kiosk enroll-code`")
    config_cli.add_commands(sub)
    devices_cli.add_commands(sub)
    outbox_cli.add_commands(sub)
    prompts_cli.add_commands(sub)
    report_cli.add_commands(sub)
    updates_cli.add_commands(sub)
    return parser


def _load(args: argparse.Namespace, env: Mapping[str, str]) -> TerminalSettings:
    from config.loader import load_settings

    file = args.config if args.config.exists() else None
    return load_settings(file, env, dict(args.overrides))


def _enrol(settings: TerminalSettings, code: str, config_file: Path) -> int:
    import asyncio

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
    from kiosk.net.ca_pin import pin_ca

    try:
        pinned = pin_ca(settings, response, config_file)
    except ConfigError as err:
        for problem in err.problems:
            print(f"error: the CA could not be pinned: {problem.line()}", file=sys.stderr)
        return 1
    if pinned is not None:
        print(f"the central service's CA is pinned: {pinned} (central_ca in {config_file})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    env = dict(os.environ)
    args = _parse_run(env, argv) or build_parser(env).parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    overrides = dict(args.overrides)
    if args.command == "config":
        from config import cli as config_cli

        return config_cli.run(args, env, overrides)
    try:
        if args.command == "run":
            return _run(args, env)
        settings = _load(args, env)
    except ConfigError as err:
        for problem in err.problems:
            print(f"error: {problem.line()}", file=sys.stderr)
        return 1
    if args.command == "devices":
        from devices import cli as devices_cli

        return devices_cli.run(args, settings)
    if args.command == "outbox":
        from kiosk import outbox_cli

        return outbox_cli.run(args, settings)
    if args.command == "prompts":
        from kiosk import prompts_cli

        return prompts_cli.run(args, settings)
    if args.command == "report":
        from kiosk import report_cli

        return report_cli.run(args, settings)
    if args.command == "update":
        from kiosk.updates import cli as updates_cli

        return updates_cli.run(args, settings)
    if args.command == "enrol":
        return _enrol(settings, args.code, args.config)
    from kiosk import runner

    return runner.demo(
        settings,
        args.out,
        force_tour=args.tour,
        env=env,
        services_only=args.services_only,
        language=args.language,
    )


def _run(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    """The shell paints its attract screen first and validates the settings after (see
    kiosk.runner); invalid settings still end it with the same messages."""
    from config.hints import read_hints
    from kiosk import runner

    file = args.config if args.config.exists() else None
    hints = read_hints(file, env, dict(args.overrides))
    return runner.run(lambda: _load(args, env), hints, args.config, env)


if __name__ == "__main__":
    sys.exit(main())
