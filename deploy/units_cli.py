"""Write the terminal's systemd units for this installation.

    python deploy/units_cli.py --out /etc/systemd/system --user lexkiosk \\
        --lexkiosk /opt/lexkiosk/.venv/bin/lexkiosk --config /etc/lexkiosk/kiosk.toml

The `*.in` templates beside this file hold the units; this script only fills in the paths
and the user (`systemd-analyze verify` checks that the executables exist, so the units are
written for the machine they run on).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = (
    "lexkiosk-shell.service",
    "lexkiosk-crash-loop.service",
    "lexkiosk-shell-backoff.timer",
    "lexkiosk-update.service",
    "lexkiosk-update.timer",
)
POLKIT_RULE = ("lexkiosk-update.rules", "50-lexkiosk-update.rules")


def render(
    out: Path,
    user: str,
    lexkiosk: Path,
    config: Path,
    cage: Path,
    polkit_out: Path | None = None,
) -> list[Path]:
    values = {
        "@USER@": user,
        "@LEXKIOSK@": str(lexkiosk),
        "@CONFIG@": str(config),
        "@CAGE@": str(cage),
        "@DOCS@": str(HERE / "README.md"),
    }
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TEMPLATES:
        text = (HERE / f"{name}.in").read_text()
        for key, value in values.items():
            text = text.replace(key, value)
        (out / name).write_text(text)
        written.append(out / name)
    if polkit_out is not None:
        template, name = POLKIT_RULE
        polkit_out.mkdir(parents=True, exist_ok=True)
        (polkit_out / name).write_text(
            (HERE / f"{template}.in").read_text().replace("@USER@", user)
        )
        written.append(polkit_out / name)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the LexKiosk systemd units.")
    parser.add_argument("--out", type=Path, required=True, help="e.g. /etc/systemd/system")
    parser.add_argument("--user", default="lexkiosk", help="the unprivileged user of the shell")
    parser.add_argument("--lexkiosk", type=Path, required=True, help="the `lexkiosk` executable")
    parser.add_argument("--config", type=Path, default=Path("/etc/lexkiosk/kiosk.toml"))
    parser.add_argument(
        "--polkit-out",
        type=Path,
        help="also write the polkit rule letting the user restart the shell (the updater's "
        "switch), e.g. /etc/polkit-1/rules.d",
    )
    args = parser.parse_args(argv)
    cage = shutil.which("cage")
    if cage is None:
        print("error: cage is not installed (Debian package `cage`)", file=sys.stderr)
        return 1
    if not args.lexkiosk.is_file():
        print(f"error: no such executable: {args.lexkiosk}", file=sys.stderr)
        return 1
    # not resolved: <data>/envs/current/bin/lexkiosk must stay the symlink the updater switches
    lexkiosk = args.lexkiosk.absolute()
    for path in render(args.out, args.user, lexkiosk, args.config, Path(cage), args.polkit_out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
