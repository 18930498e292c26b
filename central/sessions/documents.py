"""Documents staff push to the terminal during a call, and their signed return (issue 17).

One session has one document at a time: each push is a new version, and only the latest is
shown and may be signed. Pushing again after a signature therefore clears it: the terminal
is shown the new, unsigned version and a return naming the old one is refused. Every push
and signature is journaled with hashes only (the title and ink stay out of the journal).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.schemas.session_documents import (
    MAX_DOCUMENT_BYTES,
    DocumentOut,
    DocumentShown,
    SignedDocument,
)
from central.journal import chain as journal
from central.models import Kiosk, Staff
from central.sessions.documents_model import SessionDocument
from central.sessions.documents_stamp import page_count, stamp_signature
from central.sessions.errors import SessionError
from central.sessions.evidence_types import DocumentEvidence
from central.sessions.models import VideoSession

_PNG = b"\x89PNG\r\n\x1a\n"
_TITLE_MAX = 120


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _subject(vs: VideoSession) -> str:
    return f"session:{vs.public_id}"


def clean_title(title: str) -> str:
    text = " ".join(title.split())
    if not text or len(text) > _TITLE_MAX:
        raise SessionError(422, f"the title must be 1 to {_TITLE_MAX} characters")
    return text


def current(session: Session, vs: VideoSession) -> SessionDocument | None:
    return session.scalars(
        select(SessionDocument)
        .where(SessionDocument.session_id == vs.id)
        .order_by(SessionDocument.version.desc())
        .limit(1)
    ).first()


def push(
    session: Session, staff: Staff, vs: VideoSession, title: str, pdf: bytes, now: datetime
) -> SessionDocument:
    """A new version of the session's document (any signature of the previous one no longer
    counts: the terminal is shown this one, unsigned)."""
    if len(pdf) > MAX_DOCUMENT_BYTES:
        raise SessionError(
            413, f"the PDF is {len(pdf)} bytes; at most {MAX_DOCUMENT_BYTES} bytes are accepted"
        )
    pages = page_count(pdf)
    latest = session.scalar(
        select(func.max(SessionDocument.version)).where(SessionDocument.session_id == vs.id)
    )
    row = SessionDocument(
        session_id=vs.id,
        version=(latest or 0) + 1,
        title=clean_title(title),
        pdf=pdf,
        sha256=_sha(pdf),
        pushed_by_id=staff.id,
        pushed_at=now,
        ink_points=0,
    )
    session.add(row)
    vs.updated_at = now
    journal.append(
        session,
        f"staff:{staff.username}",
        "session.document_pushed",
        _subject(vs),
        {"version": row.version, "sha256": row.sha256, "size": len(pdf), "pages": pages},
    )
    session.flush()
    return row


def by_version(session: Session, vs: VideoSession, version: int) -> SessionDocument:
    row = session.scalars(
        select(SessionDocument).where(
            SessionDocument.session_id == vs.id, SessionDocument.version == version
        )
    ).first()
    if row is None:
        raise SessionError(404, f"no document version {version} in session {vs.public_id}")
    return row


def _png(data: str) -> bytes:
    try:
        png = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as err:
        raise SessionError(422, "signature_png_b64 must be base64 of a PNG image") from err
    if not png.startswith(_PNG):
        raise SessionError(422, "signature_png_b64 must be a PNG image")
    return png


def sign(
    session: Session,
    kiosk: Kiosk,
    vs: VideoSession,
    version: int,
    body: SignedDocument,
    now: datetime,
) -> SessionDocument:
    """The resident's signature on the version the terminal showed, if it is still current."""
    row = by_version(session, vs, version)
    latest = current(session, vs)
    if latest is None or latest.version != row.version:
        raise SessionError(
            409, f"version {version} was replaced by a newer one: show and sign the new one"
        )
    if body.sha256 != row.sha256:
        raise SessionError(409, "the signed document is not the one pushed (hash differs)")
    if row.signed_at is not None:
        raise SessionError(409, f"version {version} is signed already")
    png = _png(body.signature_png_b64)
    ink_json = json.dumps(body.ink.model_dump(), separators=(",", ":"), sort_keys=True)
    signed = stamp_signature(row.pdf, body.ink)
    row.signed_pdf, row.signed_sha256 = signed, _sha(signed)
    row.signature_png, row.ink_json = png, ink_json
    row.ink_sha256 = _sha(ink_json.encode())
    row.ink_points = sum(len(s.points) for s in body.ink.strokes)
    row.signed_at = vs.updated_at = now
    journal.append(
        session,
        f"terminal:{kiosk.terminal_id}",
        "session.document_signed",
        _subject(vs),
        {
            "version": row.version,
            "sha256": row.sha256,
            "signed_sha256": row.signed_sha256,
            "ink_sha256": row.ink_sha256,
            "image_sha256": _sha(png),
        },
    )
    return row


def shown(session: Session, vs: VideoSession) -> DocumentShown | None:
    """What the terminal is told with the session's status."""
    row = current(session, vs)
    if row is None:
        return None
    return DocumentShown(
        version=row.version, title=row.title, sha256=row.sha256, signed=row.signed_at is not None
    )


def listing(session: Session, vs: VideoSession) -> list[DocumentOut]:
    rows = session.scalars(
        select(SessionDocument)
        .where(SessionDocument.session_id == vs.id)
        .order_by(SessionDocument.version)
    ).all()
    last = rows[-1].version if rows else 0
    return [
        DocumentOut(
            version=r.version,
            title=r.title,
            sha256=r.sha256,
            size=len(r.pdf),
            pushed_at=r.pushed_at,
            current=r.version == last,
            signed_sha256=r.signed_sha256,
            signed_at=r.signed_at,
            ink_sha256=r.ink_sha256,
            ink_points=r.ink_points,
        )
        for r in rows
    ]


def documents_of(session: Session, vs: VideoSession) -> list[DocumentEvidence]:
    """The act's document for the seal (`DocumentsOf`): the current version only, signed or
    not; superseded versions stay in the table and the journal but are not the act's."""
    row = current(session, vs)
    if row is None:
        return []
    return [
        DocumentEvidence(
            title=row.title,
            sha256=row.sha256,
            signed_sha256=row.signed_sha256 or "",
            signed_at=row.signed_at,
            ink_sha256=row.ink_sha256 or "",
        )
    ]
