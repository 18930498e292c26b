"""Publishing a bundle: verified with the trusted release keys, stored, recorded, journaled.
An unsigned or tampered bundle is refused with the verifier's plain reason and leaves nothing
behind."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.update_bundle import BundleManifest, BundleRefused, verify_bundle
from central.clock import utcnow
from central.journal import chain as journal
from central.models import UpdateRelease
from central.updates.errors import UpdateError
from central.updates.release_keys import trusted_pems
from central.updates.store import BundleStore


def publish(session: Session, store: BundleStore, bundle: Path, actor: str) -> UpdateRelease:
    keys = trusted_pems(session)
    if not keys:
        raise UpdateError(
            "no release key is trusted yet; run `lexkiosk-central updates trust release.pub`"
        )
    incoming = store.receive(bundle)
    try:
        try:
            manifest = verify_bundle(incoming, [pem.encode() for pem in keys])
        except BundleRefused as err:
            raise UpdateError(f"{bundle.name} refused: {err.reason}", 422) from None
        release = _record(session, manifest, incoming.stat().st_size, actor)
        store.keep(incoming, manifest.version)
    finally:
        store.discard(incoming)
    return release


def _record(session: Session, manifest: BundleManifest, size: int, actor: str) -> UpdateRelease:
    known = session.scalar(select(UpdateRelease).where(UpdateRelease.version == manifest.version))
    if known is not None:
        same = "the same bundle" if known.sha256 == manifest.sha256 else "a different bundle"
        raise UpdateError(f"version {manifest.version} is published already ({same})")
    release = UpdateRelease(
        version=manifest.version,
        sha256=manifest.sha256,
        size=size,
        created=manifest.created,
        published_at=utcnow(),
        published_by=actor[:64],
    )
    session.add(release)
    session.flush()
    journal.append(
        session,
        actor,
        "update.published",
        f"update:{manifest.version}",
        {"sha256": manifest.sha256, "size": size, "files": len(manifest.files)},
    )
    return release
