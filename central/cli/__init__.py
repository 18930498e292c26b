"""The admin command line, `lexkiosk-central`: parsing (parser), running and printing (main),
and what the commands do given an open session (admin, reports, journal).

Not to be confused with central.fleet.remote_commands, the commands queued for terminals.
"""

from central.cli.main import main

__all__ = ["main"]
