"""The command line of `lexkiosk-central`: every command, option and argument type."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from api_client.schemas import TERMINAL_ID_PATTERN, OrganisationKind, ReportPeriodName, Role
from central.cli.backup import add_backup_parsers
from central.cli.journal import PublishedHead, parse_head
from central.cli.recordings import add_recording_options
from central.cli.update_parser import add_update_parsers

_ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
_KINDS: tuple[str, ...] = OrganisationKind.__args__  # type: ignore[attr-defined]
_PERIODS: tuple[str, ...] = ReportPeriodName.__args__  # type: ignore[attr-defined]


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number; use 1-65535") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is out of range; use 1-65535")
    return value


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of hours") from None
    if not 0 < value <= 720:
        raise argparse.ArgumentTypeError(
            f"{value} hours is out of range; use more than 0, up to 720"
        )
    return value


def _terminal_id(text: str) -> str:
    if not re.fullmatch(TERMINAL_ID_PATTERN, text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a terminal id; use 3-12 capital letters or digits, e.g. K001"
        )
    return text


def _head(text: str) -> PublishedHead:
    try:
        return parse_head(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


# The central service's environment variables are LEXCENTRAL_*; the terminal's own are
# LEXKIOSK_* (config.loader). LEXKIOSK_CENTRAL_DATA is the older name of LEXCENTRAL_DATA.
DATA_ENV = ("LEXCENTRAL_DATA", "LEXKIOSK_CENTRAL_DATA")


def _default_data_dir(env: Mapping[str, str]) -> Path:
    for name in DATA_ENV:
        if env.get(name):
            return Path(env[name])
    return Path(".data/central")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL", help="database URL (default: SQLite in the data dir)"
    )
    common.add_argument(
        "--data-dir",
        type=Path,
        default=_default_data_dir(os.environ),
        help="where SQLite and uploads live (default: $LEXCENTRAL_DATA, else .data/central)",
    )
    return common


def _journal_files() -> argparse.ArgumentParser:
    files = argparse.ArgumentParser(add_help=False)
    files.add_argument(
        "--journal-key",
        type=Path,
        default=os.environ.get("LEXCENTRAL_JOURNAL_KEY"),
        help="Ed25519 key that signs journal checkpoints "
        "(default: $LEXCENTRAL_JOURNAL_KEY, else journal-signing.key in the data dir)",
    )
    files.add_argument(
        "--checkpoints",
        type=Path,
        default=os.environ.get("LEXCENTRAL_JOURNAL_CHECKPOINTS"),
        help="the signed checkpoint file (default: $LEXCENTRAL_JOURNAL_CHECKPOINTS, "
        "else journal-checkpoints.jsonl in the data dir)",
    )
    return files


def _group(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str) -> Any:
    parser = sub.add_parser(name, help=text)
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    signed = _journal_files()
    parser = argparse.ArgumentParser(
        prog="lexkiosk-central", description="LexKiosk central service."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", parents=[common, signed], help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        metavar="IPS",
        help="proxies whose X-Forwarded-For gives the client's address, comma-separated "
        "(default 127.0.0.1: nginx on this machine); per-address limits key on that address",
    )
    serve.add_argument("--port", type=_port, default=8700)
    serve.add_argument("--heartbeat-s", type=float, default=10.0, help="interval told to terminals")
    serve.add_argument("--offline-after-s", type=float, default=35.0)
    serve.add_argument("--json-logs", action="store_true", help="one JSON object per log line")
    serve.add_argument(
        "--checkpoint-every",
        type=float,
        default=300.0,
        metavar="S",
        help="sign new journal entries every S seconds (default 300)",
    )
    serve.add_argument(
        "--header-timeout-s",
        type=float,
        default=10.0,
        help="close a connection whose request headers take longer (default 10)",
    )
    serve.add_argument(
        "--body-timeout-s",
        type=float,
        default=60.0,
        help="answer 408 to a request body that takes longer (default 60)",
    )
    serve.add_argument(
        "--media-settings",
        type=Path,
        metavar="FILE",
        help="JSON of Janus's and coturn's settings (central.media.settings) for video calls; "
        "without it sessions queue but calls cannot start",
    )
    serve.add_argument(
        "--evidence-settings",
        type=Path,
        metavar="FILE",
        help="JSON of the seal's settings (central.evidence.settings): key or PKCS#11 token, "
        "trust roots, time-stamp service; acts are made and sealed every retry_s (30 s unless "
        "given)",
    )
    serve.add_argument(
        "--alert-settings",
        type=Path,
        metavar="FILE",
        help="JSON of the fleet alerts' thresholds (central.fleet.alerts_settings): offline "
        "limit, outbox backlog, disk, clock skew, certificate warning days, TLS certificate, "
        "OCSP URL, probe interval",
    )
    serve.add_argument(
        "--embedded-media",
        action="store_true",
        help="run Janus and coturn as children of this service, signalling on 127.0.0.1, with "
        "settings generated afresh below the data directory (the demo; not with "
        "--media-settings)",
    )
    serve.add_argument(
        "--redis-url",
        metavar="URL",
        help="Redis for events between workers, e.g. redis://127.0.0.1:6379/0 (default: none)",
    )
    serve.add_argument(
        "--terminal-ca",
        type=Path,
        metavar="FILE",
        help="PEM of the CA behind the service's TLS certificate; enrolled terminals pin it",
    )
    sub.add_parser("migrate", parents=[common], help="bring the database schema up to date")

    org = _group(sub, "org", "manage organisations")
    add = org.add_parser("add", parents=[common], help="add an organisation")
    add.add_argument("code", help="short code, e.g. hohhot-bureau")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=_KINDS)
    add.add_argument("--region", required=True, help="GB/T 2260 region code, e.g. 150100")
    add.add_argument("--parent", help="code of the organisation above this one")
    org.add_parser("list", parents=[common], help="list organisations")

    user = _group(sub, "user", "manage staff accounts")
    add = user.add_parser("add", parents=[common], help="add a staff member")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument("--org", required=True, help="organisation code")
    add.add_argument("--role", required=True, action="append", choices=_ROLES, dest="roles")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    listing = user.add_parser("list", parents=[common], help="list staff accounts")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    disable = user.add_parser("disable", parents=[common], help="disable an account")
    disable.add_argument("username")

    kiosk = _group(sub, "kiosk", "manage terminals")
    code = kiosk.add_parser("enroll-code", parents=[common], help="issue a one-time enrolment code")
    code.add_argument("--site", help="only a terminal at this site may use the code")
    code.add_argument(
        "--org", required=True, help="code of the organisation that will own the terminal"
    )
    code.add_argument(
        "--terminal",
        type=_terminal_id,
        help="re-enrol this terminal of --org (a new disk, a replaced board); its owner stays",
    )
    code.add_argument("--ttl-hours", type=_hours, default=24.0)
    missing = code.add_argument_group(
        "a missing --org",
        "when --org does not exist yet, add it in the same run (all three needed); "
        "an existing --org is used as it is",
    )
    missing.add_argument("--new-org-name", metavar="NAME")
    missing.add_argument("--new-org-kind", metavar="KIND", choices=_KINDS)
    missing.add_argument("--new-org-region", metavar="CODE", help="GB/T 2260 region code")
    listing = kiosk.add_parser("list", parents=[common], help="list terminals and their state")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    revoke = kiosk.add_parser("revoke", parents=[common], help="refuse a terminal's tokens")
    revoke.add_argument("terminal_id")
    assign = kiosk.add_parser(
        "assign",
        parents=[common],
        help="give a terminal enrolled without an owner to an organisation",
    )
    assign.add_argument("terminal_id", type=_terminal_id)
    assign.add_argument("--org", required=True, help="code of the organisation that owns it")
    techs = kiosk.add_parser(
        "technicians",
        parents=[common],
        help="push the technicians (NAME PIN a line on stdin; PINs hashed) to terminals",
    )
    techs.add_argument("--org", required=True, help="code of the organisation pushing it")
    techs.add_argument(
        "--target-kind", choices=["all", "region", "site", "terminal"], default="all"
    )
    techs.add_argument("--target", default="", help="region code, site name or terminal id")

    seed_file = sub.add_parser(
        "seed",
        parents=[common],
        help="add the organisations, staff and knowledge bases a TOML or JSON file declares, "
        "in one go; what is there already is left alone (running it twice changes nothing)",
    )
    seed_file.add_argument("file", type=Path, metavar="FILE", help="the .toml or .json file")
    seed_file.add_argument(
        "--passwords-stdin",
        action="store_true",
        help='read the new accounts\' passwords from standard input, "USERNAME PASSWORD" a line',
    )

    knowledge = _group(sub, "knowledge", "the knowledge base and document templates")
    seed = knowledge.add_parser(
        "seed", parents=[common], help="load the demo articles and the five templates (once)"
    )
    seed.add_argument("--org", required=True, help="organisation code that will own them")
    _report_parsers(sub, common)
    add_update_parsers(sub, common)

    journal = _group(sub, "journal", "the hash-chained journal and its signed checkpoints")
    journal.add_parser("head", parents=[common], help="print the latest entry as SEQ:HASH")
    journal.add_parser(
        "checkpoint", parents=[common, signed], help="sign the entries added since the last one"
    )
    journal.add_parser(
        "public-key", parents=[common, signed], help="print the public key (give it to auditors)"
    )
    verify = journal.add_parser(
        "verify", parents=[common, signed], help="check every link and the signed checkpoints"
    )
    verify.add_argument(
        "--head", type=_head, help="SEQ:HASH printed by `journal head` earlier: detects rows cut"
    )
    verify.add_argument(
        "--public-key",
        metavar="HEX|FILE",
        help="check the checkpoints with this public key (default: the key file's)",
    )
    verify.add_argument(
        "--chain-only", action="store_true", help="skip the signed checkpoints (weaker)"
    )
    add_recording_options(verify)
    recordings = _group(sub, "recordings", "recorded video sessions: deletion and retention")
    delete = recordings.add_parser(
        "delete", parents=[common], help="delete a session's recordings (admin, with a reason)"
    )
    delete.add_argument("session", help="the session's public id")
    delete.add_argument("--by", required=True, metavar="ADMIN", help="your admin user name")
    delete.add_argument("--reason", required=True, help="why (journaled, 5-300 characters)")
    add_recording_options(delete)
    expiry = recordings.add_parser(
        "expire", parents=[common], help="delete recordings past their kind's retention"
    )
    add_recording_options(expiry)
    add_backup_parsers(sub, common, signed)
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from None


def _report_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    target = _group(sub, "target", "targets per site for the supervisor reports")
    put = target.add_parser("set", parents=[common], help="set one site's targets")
    put.add_argument("org", help="organisation code: its reports and those below it")
    put.add_argument("site", help='site name, or "*" for every site without its own')
    put.add_argument("--requests-per-month", type=int, help="completed requests a month")
    put.add_argument("--median-hours", type=float, help="median handling time, hours")
    put.add_argument("--satisfaction", type=float, help="mean rating at least (1-5)")
    put.add_argument("--uptime", type=float, help="terminal uptime at least (0-1)")
    listing = target.add_parser("list", parents=[common], help="targets that apply to an org")
    listing.add_argument("org")
    report = sub.add_parser("report", parents=[common], help="print a supervisor report")
    report.add_argument("period", choices=_PERIODS)
    report.add_argument("--org", required=True, help="organisation code")
    report.add_argument("--date", type=_date, help="a day in the period (default: today)")
    report.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    report.add_argument(
        "--verify",
        action="store_true",
        help="also recompute it from the raw requests; exit 1 if the roll-ups differ",
    )
    rollups = _group(sub, "rollups", "the daily and monthly roll-ups the reports read")
    rebuild = rollups.add_parser(
        "rebuild", parents=[common], help="recompute the roll-ups of a day range (China time)"
    )
    rebuild.add_argument("--from", dest="first", type=_date, help="first day (default: the first)")
    rebuild.add_argument("--to", dest="last", type=_date, help="last day (default: the last)")
