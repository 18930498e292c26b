"""`lexkiosk-central serve | migrate | org | user | seed | kiosk | knowledge | target | report |
rollups | journal | recordings | backup`.

Runs what the command line (central.cli.parser) chose and prints; what each admin command does
lives in central.cli.admin, central.cli.reports and central.cli.journal.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from central.cli import admin as commands
from central.cli import journal as journal_commands
from central.cli import recordings as recording_commands
from central.cli import reports as report_commands
from central.cli.admin import CommandError
from central.cli.parser import build_parser
from central.db import Database
from central.evidence.settings import EvidenceSettings
from central.fleet.alerts_settings import AlertSettings
from central.journal.checkpoints import JournalFiles, journal_files
from central.logs import configure_json_logging
from central.media.errors import MediaError
from central.media.settings import MediaSettings
from central.settings import CentralSettings, default_db_url


def _report_action(args: argparse.Namespace) -> Callable[[Session], list[str]] | None:
    name = getattr(args, "target_command", "")
    if (args.command, name) == ("target", "set"):
        fields = {
            "site": args.site,
            "requests_per_month": args.requests_per_month,
            "median_handling_hours": args.median_hours,
            "satisfaction_min": args.satisfaction,
            "uptime_min": args.uptime,
        }
        return lambda s: report_commands.target_set(s, args.org, fields)
    if (args.command, name) == ("target", "list"):
        return lambda s: report_commands.target_list(s, args.org)
    if args.command == "report":
        return lambda s: report_commands.report(
            s, args.org, args.period, args.date, args.csv, args.verify
        )
    if (args.command, getattr(args, "rollups_command", "")) == ("rollups", "rebuild"):
        return lambda s: report_commands.rollups_rebuild(s, args.first, args.last)
    return None


def _media(path: Path | None) -> MediaSettings | None:
    if path is None:
        return None
    try:
        return MediaSettings.model_validate_json(path.read_bytes())
    except OSError as err:
        raise CommandError(f"cannot read the media settings {path}: {err.strerror}", 2) from None


def _evidence(path: Path | None) -> EvidenceSettings:
    if path is None:
        return EvidenceSettings()
    try:
        loaded = EvidenceSettings.model_validate_json(path.read_bytes())
    except OSError as err:
        raise CommandError(f"cannot read the evidence settings {path}: {err.strerror}", 2) from None
    except ValidationError as err:
        raise CommandError(f"evidence settings {path}: {err}", 2) from None
    if loaded.retry_s is None:
        loaded = loaded.model_copy(update={"retry_s": 30.0})
    return loaded


def _alerts(path: Path | None) -> AlertSettings:
    """Alert thresholds from JSON (central.fleet.alerts_settings); `serve` probes the
    time-stamp and OCSP services every 60 s unless the file says otherwise."""
    if path is None:
        return AlertSettings(probe_s=60.0)
    try:
        loaded = AlertSettings.model_validate_json(path.read_bytes())
    except OSError as err:
        raise CommandError(f"cannot read the alert settings {path}: {err.strerror}", 2) from None
    except ValidationError as err:
        raise CommandError(f"alert settings {path}: {err}", 2) from None
    if loaded.probe_s is None:
        loaded = loaded.model_copy(update={"probe_s": 60.0})
    return loaded


def _terminal_ca(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        pem = path.read_text()
    except (OSError, UnicodeDecodeError) as err:
        raise CommandError(f"cannot read the terminal CA {path}: {err}", 2) from None
    if "-----BEGIN CERTIFICATE-----" not in pem:
        raise CommandError(f"{path} is not a PEM certificate (no BEGIN CERTIFICATE line)", 2)
    return pem


def _settings(args: argparse.Namespace) -> CentralSettings:
    data_dir: Path = args.data_dir
    extra = {}
    if args.command == "serve":
        if args.embedded_media and args.media_settings is not None:
            raise CommandError("choose --embedded-media or --media-settings, not both", 2)
        extra = {
            "heartbeat_s": args.heartbeat_s,
            "offline_after_s": args.offline_after_s,
            "redis_url": args.redis_url,
            "journal_checkpoint_s": args.checkpoint_every,
            "header_timeout_s": args.header_timeout_s,
            "body_timeout_s": args.body_timeout_s,
            "media": _media(args.media_settings),
            "terminal_ca_pem": _terminal_ca(args.terminal_ca),
            "evidence": _evidence(args.evidence_settings),
            "alerts": _alerts(args.alert_settings),
        }
        if args.embedded_media:
            from central.media.embedded import embedded_settings

            extra["media"] = embedded_settings(data_dir)
            if args.evidence_settings is None:  # the demo seals with its own demo root
                from central.evidence.demo_pki import demo_settings

                pki_url = f"http://127.0.0.1:{_free_port()}"  # the demo PKI server's
                public = f"http://{args.host}:{args.port}"
                extra["evidence"] = demo_settings(data_dir, public, pki_url)
    return CentralSettings(
        db_url=args.db or default_db_url(data_dir),
        data_dir=data_dir,
        journal_key_file=getattr(args, "journal_key", None),
        journal_checkpoint_file=getattr(args, "checkpoints", None),
        **extra,
    )


def _serve(
    settings: CentralSettings,
    host: str,
    port: int,
    embedded: bool = False,
    forwarded_allow_ips: str = "127.0.0.1",
) -> int:
    import uvicorn

    from central.app import create_app
    from central.gc_tuning import tune_for_serving
    from central.migrate import upgrade
    from central.web.http_deadline import with_header_deadline

    upgrade(settings.db_url)
    print(f"central service: http://{host}:{port}  (database: {_safe_url(settings.db_url)})")
    sys.stdout.flush()
    app = create_app(settings)
    tune_for_serving()
    protocol = with_header_deadline(settings.header_timeout_s)
    try:
        with _media_children(settings, embedded), _demo_pki(settings):
            uvicorn.run(
                app,
                host=host,
                port=port,
                log_level="warning",
                http=protocol,
                # the client's address from nginx's X-Forwarded-For, trusted from these only
                proxy_headers=True,
                forwarded_allow_ips=forwarded_allow_ips,
            )
    except MediaError as err:
        raise CommandError(f"video calls cannot start: {err}") from None
    return 0


def _media_children(
    settings: CentralSettings, embedded: bool
) -> contextlib.AbstractContextManager[object]:
    """Janus and coturn as this service's children (--embedded-media), else nothing."""
    if not embedded or settings.media is None:
        return contextlib.nullcontext()
    from central.media.embedded import embedded_media

    return embedded_media(settings.media)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _demo_pki(settings: CentralSettings) -> contextlib.AbstractContextManager[object]:
    """The demo's CRL and time-stamp server (DEMO, loopback) when the demo seals, else nothing."""
    evidence = settings.evidence
    if evidence is None or evidence.demo_pki_dir is None or evidence.tsa_url is None:
        return contextlib.nullcontext()
    from urllib.parse import urlsplit

    from central.evidence.demo_pki import DemoPki
    from central.evidence.demo_tsa import DemoPkiServer

    port = urlsplit(evidence.tsa_url).port
    assert port is not None
    return DemoPkiServer(DemoPki(evidence.demo_pki_dir), port)


def _safe_url(url: str) -> str:
    """The URL without a password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CommandError(
            "no terminal to ask for the password on; pipe it in with --password-stdin", 2
        )
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise CommandError("the two passwords differ", 2)
    return first


def _action(args: argparse.Namespace, settings: CentralSettings) -> Callable[[Session], list[str]]:
    """The command chosen on the command line, as a function of an open session."""
    chosen = _report_action(args)
    if chosen is not None:
        return chosen
    if args.command == "updates":
        from central.cli.updates import update_action

        return update_action(args, settings)
    group, name = args.command, getattr(args, f"{args.command}_command", "")
    if (group, name) == ("org", "add"):
        fields = {
            "code": args.code,
            "name": args.name,
            "kind": args.kind,
            "region_code": args.region,
            "parent": args.parent,
        }
        return lambda s: commands.org_add(s, fields)
    if (group, name) == ("org", "list"):
        return commands.org_list
    if (group, name) == ("user", "add"):
        fields = {
            "username": args.username,
            "display_name": args.name,
            "organisation": args.org,
            "roles": args.roles,
            "password": _read_password(args.password_stdin),
        }
        return lambda s: commands.user_add(s, fields)
    if (group, name) == ("user", "list"):
        return lambda s: commands.user_list(s, args.json)
    if (group, name) == ("user", "disable"):
        return lambda s: commands.user_disable(s, args.username)
    if (group, name) == ("kiosk", "enroll-code"):
        ttl = timedelta(hours=args.ttl_hours)
        new_org = commands.missing_org_fields(
            args.org, args.new_org_name, args.new_org_kind, args.new_org_region
        )
        return lambda s: commands.kiosk_enrol_code(
            s, args.site, args.org, ttl, args.terminal, new_org
        )
    if (group, name) == ("kiosk", "list"):
        offline_after = timedelta(seconds=settings.offline_after_s)
        return lambda s: commands.kiosk_list(s, offline_after, args.json)
    if (group, name) == ("kiosk", "revoke"):
        return lambda s: commands.kiosk_revoke(s, args.terminal_id)
    if (group, name) == ("kiosk", "assign"):
        zone = ZoneInfo(settings.timezone)
        return lambda s: commands.kiosk_assign(s, args.terminal_id, args.org, zone)
    if (group, name) == ("kiosk", "technicians"):
        from central.cli.technicians import push_technicians, read_entries

        entries = read_entries(sys.stdin)
        return lambda s: push_technicians(s, args.org, args.target_kind, args.target, entries)
    if group == "seed":
        from central.cli.seed_apply import seed_action

        return seed_action(args.file, sys.stdin if args.passwords_stdin else None)
    if (group, name) == ("knowledge", "seed"):
        return lambda s: commands.knowledge_seed(s, args.org)
    if group == "recordings":
        return _recordings_action(args, settings)
    return _journal_action(args, journal_files(settings), settings)


def _recordings_action(
    args: argparse.Namespace, settings: CentralSettings
) -> Callable[[Session], list[str]]:
    chosen = recording_commands.chosen_settings(args, settings.data_dir)
    if args.recordings_command == "delete":
        return lambda s: recording_commands.recordings_delete(
            s, chosen, args.session, args.by, args.reason
        )
    if settings.recordings is not None:  # retention comes from the service's settings
        chosen = chosen.model_copy(update={"retention_days": settings.recordings.retention_days})
    return lambda s: recording_commands.recordings_expire(s, chosen)


def _journal_action(
    args: argparse.Namespace, files: JournalFiles, settings: CentralSettings
) -> Callable[[Session], list[str]]:
    name = args.journal_command
    if name == "head":
        return journal_commands.journal_head
    if name == "checkpoint":
        return lambda s: journal_commands.journal_checkpoint(s, files)
    if name == "public-key":
        return lambda _s: journal_commands.journal_public_key(files)
    recordings = recording_commands.chosen_settings(args, settings.data_dir)
    return lambda s: [
        *journal_commands.journal_verify(s, files, args.head, args.public_key, args.chain_only),
        *recording_commands.recordings_verify(s, recordings),
    ]


def _run_in_session(settings: CentralSettings, action: Callable[[Session], list[str]]) -> int:
    from central.migrate import upgrade

    upgrade(settings.db_url)
    database = Database(settings.db_url)
    try:
        with database.session() as session:
            lines = action(session)
    finally:
        database.dispose()
    for line in lines:
        print(line)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from central.cli.backup import run_backup

    try:
        lines = run_backup(args)
    except CommandError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.status
    print("\n".join(lines))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "json_logs", False):
        configure_json_logging(logging.INFO)
    else:
        logging.basicConfig(
            level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s"
        )
        logging.getLogger("central").setLevel(logging.INFO)
    if args.command == "updates" and args.updates_command == "keygen":
        from central.cli.updates import keygen

        try:
            lines = keygen(args.out)
        except CommandError as err:
            print(f"error: {err}", file=sys.stderr)
            return err.status
        print("\n".join(lines))
        return 0
    if args.command == "backup":
        return _backup(args)
    try:
        settings = _settings(args)
    except ValidationError as err:
        print(f"error: {commands.explain(err)}", file=sys.stderr)
        return 2
    except CommandError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.status
    try:
        if args.command == "serve":
            return _serve(
                settings, args.host, args.port, args.embedded_media, args.forwarded_allow_ips
            )
        if args.command == "migrate":
            from central.migrate import upgrade

            upgrade(settings.db_url)
            print(f"database is up to date: {_safe_url(settings.db_url)}")
            return 0
        return _run_in_session(settings, _action(args, settings))
    except CommandError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.status
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
