"""What `lexkiosk-central updates ...` does: each command as a function of an open session,
refusals as `error: <plain message>` (exit 2 for bad input, 1 for a refused state)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from central.cli.admin import CLI_ACTOR, CommandError
from central.clock import utcnow
from central.settings import CentralSettings
from central.updates import waves
from central.updates.errors import UpdateError
from central.updates.keygen import generate_key_pair
from central.updates.publish import publish
from central.updates.status import state_of, status_lines
from central.updates.store import BundleStore
from central.updates.trust import trust

Action = Callable[[Session], list[str]]


def _refused(err: UpdateError) -> CommandError:
    return CommandError(str(err), 2 if err.status == 422 else 1)


def keygen(out: Path) -> list[str]:
    try:
        private, public = generate_key_pair(out)
    except UpdateError as err:
        raise _refused(err) from None
    return [
        f"release key: {private} (keep it on the release machine only)",
        f"public key:  {public} (give it to `lexkiosk-central updates trust`)",
    ]


def _read_key(path: Path) -> str:
    try:
        return path.read_text()
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) else "not text"
        raise CommandError(f"cannot read the public key {path}: {reason}", 2) from None


def _trust(session: Session, path: Path) -> list[str]:
    key, version = trust(session, _read_key(path), CLI_ACTOR)
    if version is None:
        return [f"release key {key.fingerprint[:16]} is trusted already"]
    return [
        f"release key {key.fingerprint[:16]} trusted; "
        f"pushed to every terminal with configuration v{version.id}"
    ]


def _publish(session: Session, settings: CentralSettings, bundle: Path) -> list[str]:
    release = publish(session, BundleStore(settings.data_dir), bundle, CLI_ACTOR)
    return [f"version {release.version} published ({release.size} bytes, sha256 {release.sha256})"]


def _rollout(session: Session, args: argparse.Namespace) -> list[str]:
    plan = waves.RolloutPlan(args.canary, args.organisation, args.halt_after, args.soak_s)
    rollout = waves.start(session, args.version, plan, CLI_ACTOR, utcnow())
    canary = len([t for t, _ in waves.targets_of(session, rollout) if t.wave == 1])
    return [f"version {args.version}: wave 1 open, offered to {canary} canary terminal(s)"]


def _halt(session: Session, version: str, reason: str) -> list[str]:
    rollout = waves.rollout_of(session, version, lock=True)
    waves.halt(session, rollout, version, reason, CLI_ACTOR, utcnow())
    return [f"version {version}: halted; no terminal is offered it"]


def _resume(session: Session, version: str) -> list[str]:
    rollout = waves.rollout_of(session, version, lock=True)
    waves.resume(session, rollout, version, CLI_ACTOR, utcnow())
    return [f"version {version}: resumed; {state_of(rollout)}"]


def update_action(args: argparse.Namespace, settings: CentralSettings) -> Action:
    name = args.updates_command
    chosen: Action
    if name == "trust":
        chosen = lambda s: _trust(s, args.public_key)  # noqa: E731
    elif name == "publish":
        chosen = lambda s: _publish(s, settings, args.bundle)  # noqa: E731
    elif name == "rollout":
        chosen = lambda s: _rollout(s, args)  # noqa: E731
    elif name == "status":
        chosen = lambda s: status_lines(s, args.version, utcnow())  # noqa: E731
    elif name == "halt":
        chosen = lambda s: _halt(s, args.version, args.reason)  # noqa: E731
    else:
        chosen = lambda s: _resume(s, args.version)  # noqa: E731

    def run(session: Session) -> list[str]:
        try:
            return chosen(session)
        except UpdateError as err:
            raise _refused(err) from None

    return run
