"""The command line of `lexkiosk-central updates ...`: release keys, bundles, rollouts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _percent(text: str) -> int:
    number = text.strip().removesuffix("%")
    try:
        value = int(number)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a share; use 1%-100%, e.g. 10%"
        ) from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range; use 1%-100%")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"{value} is out of range; use 1-10000")
    return value


def _minutes(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes") from None
    if not 0 < value <= 30 * 24 * 60:
        raise argparse.ArgumentTypeError(f"{value} minutes is out of range; up to 30 days")
    return round(value * 60)


def add_update_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = sub.add_parser("updates", help="signed software updates for terminals, in waves")
    updates: Any = parser.add_subparsers(dest="updates_command", required=True, metavar="COMMAND")
    keygen = updates.add_parser(
        "keygen", help="make a release key pair (on the release machine; needs no database)"
    )
    keygen.add_argument(
        "--out", type=Path, required=True, help="folder for release.key (0600) and release.pub"
    )
    trust = updates.add_parser(
        "trust", parents=[common], help="trust a release public key and push it to terminals"
    )
    trust.add_argument("public_key", type=Path, metavar="RELEASE_PUB")
    publish = updates.add_parser(
        "publish", parents=[common], help="verify a bundle with the trusted keys and store it"
    )
    publish.add_argument("bundle", type=Path, metavar="BUNDLE")
    rollout = updates.add_parser(
        "rollout", parents=[common], help="offer a published version: a canary share first"
    )
    rollout.add_argument("version")
    rollout.add_argument(
        "--canary", type=_percent, default=10, help="share of terminals in wave 1 (default 10%%)"
    )
    rollout.add_argument("--organisation", metavar="ORG", help="only this organisation's subtree")
    rollout.add_argument(
        "--halt-after", type=_count, default=1, help="failed reports that halt it (default 1)"
    )
    rollout.add_argument(
        "--soak-minutes",
        type=_minutes,
        dest="soak_s",
        help="open wave 2 after this long with no failure, even if canaries are silent",
    )
    for name, text in (
        ("status", "where a rollout stands, terminal by terminal"),
        ("halt", "offer the version to nobody until resumed"),
        ("resume", "offer a halted version again"),
    ):
        command = updates.add_parser(name, parents=[common], help=text)
        command.add_argument("version")
        if name == "halt":
            command.add_argument("--reason", default="halted by hand", help="journaled")
