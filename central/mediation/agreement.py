"""The mediation agreement: filled by the mediator, read by every participant, signed by each
party for the version it read, then rendered and queued for the seal.

Every fill is a new version and clears all signatures (the answer says how many), so nobody's
signature ever stands under text they did not see. A signature names its version; a stale one
is refused with 409. Journal entries carry hashes only (the values hold names and facts).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from api_client.knowledge.templates import render
from api_client.schemas import TemplateField
from api_client.schemas.agreement import (
    AGREEMENT_TEMPLATE,
    MAX_SIGNATURE_PNG_BYTES,
    SIGNING_ROLES,
    AgreementOut,
    AgreementSign,
    SignatureShown,
)
from api_client.schemas.mediation import MediationRole
from central.auth.org_tree import tree_ids
from central.journal import chain as journal
from central.knowledge.templates import versions
from central.mediation.agreement_model import (
    SEALING_PENDING,
    SIGNING,
    AgreementSignature,
    MediationAgreement,
)
from central.mediation.agreement_pdf import agreement_pdf
from central.mediation.parties import Party
from central.models import DocumentTemplate, Staff
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession

_PNG = b"\x89PNG\r\n\x1a\n"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _subject(vs: VideoSession) -> str:
    return f"session:{vs.public_id}"


def of_session(session: Session, vs: VideoSession) -> MediationAgreement | None:
    return session.scalars(
        select(MediationAgreement).where(MediationAgreement.session_id == vs.id)
    ).first()


def existing(session: Session, vs: VideoSession) -> MediationAgreement:
    row = of_session(session, vs)
    if row is None:
        raise SessionError(404, f"session {vs.public_id} has no agreement yet")
    return row


def template_for(session: Session, staff: Staff) -> DocumentTemplate:
    """The newest published version of 人民调解协议书 the mediator's organisation sees (its
    own or one of the bureaus above it)."""
    found = [
        t
        for t in versions(session, tree_ids(session, staff.organisation_id), AGREEMENT_TEMPLATE)
        if t.published
    ]
    if not found:
        raise SessionError(
            409,
            f"no template {AGREEMENT_TEMPLATE!r} (人民调解协议书) in your organisations: "
            "load the seed templates or add it",
        )
    return found[0]


def fields_of(template: DocumentTemplate) -> list[TemplateField]:
    return [TemplateField.model_validate(f) for f in template.fields]


def _checked(fields: list[TemplateField], values: dict[str, str]) -> dict[str, str]:
    known = {f.name: f for f in fields}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SessionError(
            422, f"no field named {unknown[0]!r}; the fields are: {', '.join(known)}"
        )
    clean: dict[str, str] = {}
    for name, value in values.items():
        text = value.strip()
        if len(text) > known[name].max_length:
            raise SessionError(
                422,
                f"{known[name].label} ({name}) is {len(text)} characters; "
                f"at most {known[name].max_length} are allowed",
            )
        clean[name] = text
    return clean


def text_of(session: Session, row: MediationAgreement) -> tuple[str, str]:
    """The title and the rendered text of the current version (blanks shown as lines)."""
    template = session.get(DocumentTemplate, row.template_id)
    assert template is not None
    fields = [f.model_copy(update={"required": False}) for f in fields_of(template)]
    return template.title, render(template.body, fields, row.values)


def fill(
    session: Session, staff: Staff, vs: VideoSession, values: dict[str, str], now: datetime
) -> tuple[MediationAgreement, int]:
    """A new version with these values; how many signatures it cleared."""
    row = of_session(session, vs)
    if row is not None and row.state != SIGNING:
        raise SessionError(409, "the agreement is signed by every party and sealed: no changes")
    template = (
        session.get(DocumentTemplate, row.template_id) if row else template_for(session, staff)
    )
    assert template is not None
    clean = _checked(fields_of(template), values)
    cleared = 0
    if row is None:
        row = MediationAgreement(
            public_id=f"MA-{now:%Y%m%d}-{secrets.token_hex(4).upper()}",
            session_id=vs.id,
            template_id=template.id,
            version=1,
            state=SIGNING,
            link_key=secrets.token_hex(32),
            attempts=0,
            values=clean,
            text_sha256="",
            updated_by_id=staff.id,
            updated_at=now,
        )
        session.add(row)
    else:
        cleared = len(signatures(session, row))
        session.execute(delete(AgreementSignature).where(AgreementSignature.agreement_id == row.id))
        row.version += 1
        row.values, row.updated_by_id, row.updated_at = clean, staff.id, now
    session.flush()
    row.text_sha256 = _sha(text_of(session, row)[1].encode())
    journal.append(
        session,
        f"staff:{staff.username}",
        "agreement.filled",
        _subject(vs),
        {"agreement": row.public_id, "version": row.version, "text_sha256": row.text_sha256,
         "cleared_signatures": cleared},
    )  # fmt: skip
    return row, cleared


def signatures(session: Session, row: MediationAgreement) -> list[AgreementSignature]:
    return list(
        session.scalars(
            select(AgreementSignature).where(AgreementSignature.agreement_id == row.id)
        ).all()
    )


def _png(data: str) -> bytes:
    try:
        png = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as err:
        raise SessionError(422, "signature_png_b64 must be base64 of a PNG image") from err
    if not png.startswith(_PNG):
        raise SessionError(422, "signature_png_b64 must be a PNG image")
    if len(png) > MAX_SIGNATURE_PNG_BYTES:
        raise SessionError(
            413, f"the signature image is {len(png)} bytes; at most {MAX_SIGNATURE_PNG_BYTES}"
        )
    return png


def sign(
    session: Session, vs: VideoSession, party: Party, body: AgreementSign, now: datetime
) -> MediationAgreement:
    """The party's signature in its own slot for the version it read; when the last slot is
    filled the PDF is rendered and the agreement waits for its seal."""
    row = existing(session, vs)
    if row.state != SIGNING:
        raise SessionError(409, "every party has signed already: the agreement is being sealed")
    if body.version != row.version:
        raise SessionError(
            409,
            f"the agreement changed (you signed version {body.version}, it is now version "
            f"{row.version}): read it again and sign the new version",
        )
    taken = {s.role for s in signatures(session, row)}
    if party.role in taken:
        raise SessionError(409, f"the {party.role} has signed version {row.version} already")
    png = _png(body.signature_png_b64)
    session.add(
        AgreementSignature(
            agreement_id=row.id,
            version=row.version,
            role=party.role,
            participant_id=party.participant_id,
            signed_at=now,
            image_png=png,
            image_sha256=_sha(png),
        )
    )
    session.flush()
    journal.append(
        session,
        party.actor,
        "agreement.signed",
        _subject(vs),
        {"agreement": row.public_id, "version": row.version, "role": party.role,
         "participant": party.participant_id, "text_sha256": row.text_sha256,
         "image_sha256": _sha(png)},
    )  # fmt: skip
    if set(SIGNING_ROLES) <= taken | {party.role}:
        title, text = text_of(session, row)
        row.pdf = agreement_pdf(title, row.public_id, row.version, text, signatures(session, row))
        row.state = SEALING_PENDING
        journal.append(
            session,
            party.actor,
            "agreement.signed_by_all",
            _subject(vs),
            {"agreement": row.public_id, "version": row.version, "pdf_sha256": _sha(row.pdf)},
        )
    return row


def shown(session: Session, vs: VideoSession, you: MediationRole | None) -> AgreementOut:
    row = existing(session, vs)
    title, text = text_of(session, row)
    given = {s.role: s for s in signatures(session, row)}
    return AgreementOut(
        agreement_id=row.public_id,
        session_id=vs.public_id,
        version=row.version,
        title=title,
        text=text,
        values=row.values,
        updated_at=row.updated_at,
        signatures=[
            SignatureShown(
                role=role,
                signed=role in given,
                participant_id=given[role].participant_id if role in given else None,
                signed_at=given[role].signed_at if role in given else None,
            )
            for role in SIGNING_ROLES
        ],
        state=row.state,
        you=you,
    )


def document(session: Session, vs: VideoSession) -> bytes:
    """What a party reads and prints: the sealed PDF once sealed, else the current version
    drawn with the signatures given so far."""
    row = existing(session, vs)
    if row.sealed_pdf is not None:
        return row.sealed_pdf
    title, text = text_of(session, row)
    return agreement_pdf(title, row.public_id, row.version, text, signatures(session, row))
