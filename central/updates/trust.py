"""Trusting a release public key: recorded, journaled, and pushed at once to every terminal
with a configuration version (central.fleet.configs adds the keys to each version)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import ConfigPush
from central.clock import utcnow
from central.fleet.configs import ConfigError, push
from central.journal import chain as journal
from central.models import ConfigVersion, ReleaseKey
from central.updates.errors import UpdateError
from central.updates.release_keys import canonical_pem, fingerprint


def trust(session: Session, pem: str, actor: str) -> tuple[ReleaseKey, ConfigVersion | None]:
    """Trust a key: (the key, the configuration version that carries it to terminals; None
    when the key was trusted already)."""
    print_ = fingerprint(pem)
    known = session.scalar(select(ReleaseKey).where(ReleaseKey.fingerprint == print_))
    if known is not None:
        return known, None
    key = ReleaseKey(
        fingerprint=print_, pem=canonical_pem(pem), added_at=utcnow(), added_by=actor[:64]
    )
    session.add(key)
    session.flush()
    journal.append(session, actor, "update.key_trusted", f"release-key:{print_[:16]}", {})
    try:
        version = push(session, ConfigPush(target_kind="all", target="", document={}), None, actor)
    except ConfigError as err:  # an empty document with the keys cannot be refused
        raise UpdateError(str(err)) from None
    return key, version
