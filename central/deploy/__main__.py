"""`python -m central.deploy render --settings platform.toml --out DIR`: write the platform's
nginx site, systemd units, Janus, coturn, PostgreSQL and Redis configs from one settings file.
Exit codes: 0 written, 2 wrong settings or a missing package (the message says which)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from central.deploy.render import find_tools, render
from central.deploy.settings import SettingsError, load_platform


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m central.deploy",
        description="Generate the central platform's deployment files (deploy/central/README.md).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser("render", help="write every generated file into a folder")
    run.add_argument("--settings", type=Path, required=True, help="the platform's TOML file")
    run.add_argument(
        "--out", type=Path, required=True, help="the folder to write (installed as paths.etc_dir)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        platform = load_platform(args.settings)
        written, made = render(platform, args.out, find_tools())
    except SettingsError as err:
        sys.stderr.write(f"error: {err}\n")
        return 2
    except OSError as err:
        sys.stderr.write(f"error: cannot write {err.filename}: {err.strerror}\n")
        return 2
    if made:
        sys.stdout.write(f"made new secrets in {platform.secrets_file} (keep it, back it up)\n")
    for path in written:
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
