"""`lexkiosk-central serve | migrate | kiosk enroll-code | kiosk list`."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from central.db import Database
from central.settings import CentralSettings, default_db_url


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


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="URL", help="database URL (default: SQLite in the data dir)"
    )
    common.add_argument(
        "--data-dir",
        type=Path,
        default=Path(os.environ.get("LEXKIOSK_CENTRAL_DATA", ".data/central")),
        help="where SQLite and uploads live (default: .data/central or $LEXKIOSK_CENTRAL_DATA)",
    )
    parser = argparse.ArgumentParser(
        prog="lexkiosk-central", description="LexKiosk central service."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", parents=[common], help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=8700)
    serve.add_argument("--heartbeat-s", type=float, default=10.0, help="interval told to terminals")
    serve.add_argument("--offline-after-s", type=float, default=35.0)
    sub.add_parser("migrate", parents=[common], help="bring the database schema up to date")
    kiosk = sub.add_parser("kiosk", help="manage terminals")
    ksub = kiosk.add_subparsers(dest="kiosk_command", required=True, metavar="COMMAND")
    code = ksub.add_parser("enroll-code", parents=[common], help="issue a one-time enrolment code")
    code.add_argument("--site", help="only a terminal at this site may use the code")
    code.add_argument("--ttl-hours", type=_hours, default=24.0)
    listing = ksub.add_parser("list", parents=[common], help="list terminals and their state")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def _settings(args: argparse.Namespace) -> CentralSettings:
    data_dir: Path = args.data_dir
    extra = {}
    if args.command == "serve":
        extra = {"heartbeat_s": args.heartbeat_s, "offline_after_s": args.offline_after_s}
    return CentralSettings(db_url=args.db or default_db_url(data_dir), data_dir=data_dir, **extra)


def _serve(settings: CentralSettings, host: str, port: int) -> int:
    import uvicorn

    from central.app import create_app
    from central.migrate import upgrade

    upgrade(settings.db_url)
    print(f"central service: http://{host}:{port}  (database: {_safe_url(settings.db_url)})")
    sys.stdout.flush()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0


def _safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _kiosk(args: argparse.Namespace, settings: CentralSettings) -> int:
    from central.fleet import issue_enrol_code, list_kiosks
    from central.migrate import upgrade

    upgrade(settings.db_url)
    database = Database(settings.db_url)
    try:
        with database.session() as session:
            if args.kiosk_command == "enroll-code":
                ttl = timedelta(hours=args.ttl_hours)
                print(issue_enrol_code(session, args.site, ttl))
                return 0
            views = list_kiosks(session, timedelta(seconds=settings.offline_after_s))
    finally:
        database.dispose()
    for view in views:
        if args.json:
            print(
                json.dumps(
                    {
                        "terminal_id": view.terminal_id,
                        "site": view.site,
                        "online": view.online,
                        "last_seen": view.last_seen.isoformat() if view.last_seen else None,
                        "devices": view.devices,
                        "revoked": view.revoked,
                    }
                )
            )
        else:
            state = "revoked" if view.revoked else ("online" if view.online else "offline")
            seen = view.last_seen.isoformat(timespec="seconds") if view.last_seen else "never"
            print(f"{view.terminal_id:12} {view.site:20} {state:8} last seen {seen}")
    if not views and not args.json:
        print("no terminals enrolled yet")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    logging.getLogger("central").setLevel(logging.INFO)
    settings = _settings(args)
    try:
        if args.command == "serve":
            return _serve(settings, args.host, args.port)
        if args.command == "migrate":
            from central.migrate import upgrade

            upgrade(settings.db_url)
            print(f"database is up to date: {_safe_url(settings.db_url)}")
            return 0
        return _kiosk(args, settings)
    except ArgumentError as err:
        print(
            f"error: --db {_safe_url(settings.db_url)!r} is not a database URL ({err}); "
            "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB",
            file=sys.stderr,
        )
    except OperationalError as err:
        print(
            f"error: cannot use the database {_safe_url(settings.db_url)}: {err.orig}",
            file=sys.stderr,
        )
    except SQLAlchemyError as err:
        print(f"error: database failure: {type(err).__name__}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
