"""`python -m devices COMMAND ...`: the `lexkiosk devices` commands without the shell.

Useful on a technician's laptop and in tests, which run the commands as processes.
"""

from __future__ import annotations

import argparse
import os
import sys

from config.errors import ConfigError
from config.loader import load_settings
from devices import cli


def main(argv: list[str] | None = None) -> int:
    # The group's own parser is named "devices", so usage reads "python -m devices read-id".
    parser = argparse.ArgumentParser(prog="python -m")
    cli.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["devices", *(sys.argv[1:] if argv is None else argv)])
    try:
        settings = load_settings(None, os.environ)
    except ConfigError as err:
        for problem in err.problems:
            sys.stderr.write(f"error: {problem.line()}\n")
        return 1
    return cli.run(args, settings)


if __name__ == "__main__":
    raise SystemExit(main())
