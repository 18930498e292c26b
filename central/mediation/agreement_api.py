"""Routes of the mediation agreement (issue 18).

- the mediator (the staff member holding the session, routed to their organisation) fills and
  edits it, reads it, confirms it by signing the mediator's slot and gets the copy link;
- a terminal admitted to the session (the resident's, or the other party's) reads the current
  version, signs its own slot, gets its copy link and the sealed PDF to print;
- the other party in a browser does the same with the guest cookie;
- anyone with a copy link downloads that copy (signed, expiring).
Another organisation's staff, another terminal or another session's guest get 404.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Response
from sqlalchemy import select

from api_client.schemas.agreement import (
    AgreementFill,
    AgreementFilled,
    AgreementOut,
    AgreementSign,
    CopyLink,
)
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep, require_roles
from central.api.problems import UNAUTHORISED_DEVICE, invalid_or_refused, problems
from central.mediation import agreement, parties
from central.mediation.agreement_model import SEALED, MediationAgreement
from central.mediation.copies import check_link, copy_link
from central.mediation.guest import GuestDep
from central.mediation.parties import Party
from central.models import Staff
from central.sessions.deps import SESSION_ROLES, ContextDep, SessionId
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession

# the mediator's slot: whoever holds the session (a mediator in a mediation session)
AGREEMENT_ROLES = ("mediator", *SESSION_ROLES)
Mediator = Annotated[Staff, Depends(require_roles(*AGREEMENT_ROLES))]

staff_router = APIRouter(prefix="/api/v1/sessions", tags=["mediation agreement (mediator)"])
terminal_router = APIRouter(prefix="/api/v1/kiosk/sessions", tags=["mediation agreement"])
guest_router = APIRouter(prefix="/api/v1/guest/sessions", tags=["mediation agreement"])
public_router = APIRouter(prefix="/public/agreements", tags=["mediation agreement"])
_OWN = problems(s404="no such session for you, or no agreement yet")
_SIGN = {
    **problems(s409="the agreement changed, or this slot is signed already", s413="too large"),
    **invalid_or_refused("not a PNG image, or a body that does not fit"),
}
_FILL = {
    **problems(s403="not your session now", s409="sealed, or no agreement template"),
    **invalid_or_refused("an unknown field, or a value too long"),
}
PDF = "application/pdf"


def _pdf(data: bytes, name: str) -> Response:
    return Response(
        data,
        media_type=PDF,
        headers={
            "Content-Disposition": f'inline; filename="{name}.pdf"',
            "Cache-Control": "no-store",
        },
    )


def _sealed(session: SessionDep, vs: VideoSession) -> MediationAgreement:
    row = agreement.existing(session, vs)
    if row.state != SEALED or row.sealed_pdf is None:
        raise SessionError(
            409, f"the agreement is not sealed yet ({row.state}): every party signs first"
        )
    return row


# --- who calls: the session and the caller's slot, each caller's own way --------------------

At = tuple[VideoSession, Party]


def _as_mediator(session_id: SessionId, staff: Mediator, session: SessionDep) -> At:
    return parties.mediator(session, staff, session_id)


def _as_terminal(session_id: SessionId, kiosk: CurrentKiosk, session: SessionDep) -> At:
    return parties.terminal(session, kiosk, session_id)


def _as_guest(session_id: SessionId, admitted: GuestDep, session: SessionDep) -> At:
    return parties.guest(session, admitted, session_id)


MediatorAt = Annotated[At, Depends(_as_mediator)]
TerminalAt = Annotated[At, Depends(_as_terminal)]
GuestAt = Annotated[At, Depends(_as_guest)]


# --- what each action does, whoever calls ---------------------------------------------------


def _read(session: SessionDep, at: At) -> AgreementOut:
    vs, party = at
    return agreement.shown(session, vs, party.role)


def _sign(session: SessionDep, at: At, body: AgreementSign, ctx: ContextDep) -> AgreementOut:
    vs, party = at
    agreement.sign(session, vs, party, body, ctx.now)
    return agreement.shown(session, vs, party.role)


def _copy(session: SessionDep, settings: SettingsDep, ctx: ContextDep, at: At) -> CopyLink:
    vs, party = at
    row = _sealed(session, vs)
    return copy_link(settings.evidence.public_base_url, row, party.participant_id, ctx.now)


def _sealed_pdf(session: SessionDep, at: At) -> Response:
    row = _sealed(session, at[0])
    assert row.sealed_pdf is not None
    return _pdf(row.sealed_pdf, f"agreement-{row.public_id}")


_PDF_OK: dict[int | str, dict[str, Any]] = {200: {"content": {PDF: {}}}}
_DEVICE_OWN = {**UNAUTHORISED_DEVICE, **_OWN}


# --- the mediator -------------------------------------------------------------------------


@staff_router.put("/{session_id}/agreement", responses={**_OWN, **_FILL})
def fill_agreement(
    session_id: SessionId, body: AgreementFill, staff: Mediator, session: SessionDep,
    ctx: ContextDep,
) -> AgreementFilled:  # fmt: skip
    """Fill or edit the agreement (all values each time). Every change is a new version and
    clears all signatures; the answer says how many were cleared."""
    vs, _ = parties.mediator(session, staff, session_id)
    row, cleared = agreement.fill(session, staff, vs, body.values, ctx.now)
    return AgreementFilled(version=row.version, cleared_signatures=cleared)


@staff_router.get("/{session_id}/agreement", responses=_OWN)
def read_agreement_staff(at: MediatorAt, session: SessionDep) -> AgreementOut:
    return _read(session, at)


@staff_router.post("/{session_id}/agreement/signature", responses={**_OWN, **_SIGN})
def sign_agreement_staff(
    body: AgreementSign, at: MediatorAt, session: SessionDep, ctx: ContextDep
) -> AgreementOut:
    """The mediator's confirmation, for the version they read."""
    return _sign(session, at, body, ctx)


@staff_router.get("/{session_id}/agreement/copy", responses=_OWN)
def copy_staff(
    at: MediatorAt, session: SessionDep, settings: SettingsDep, ctx: ContextDep
) -> CopyLink:
    return _copy(session, settings, ctx, at)


@staff_router.get(
    "/{session_id}/agreement/sealed", response_class=Response, responses={**_OWN, **_PDF_OK}
)
def sealed_staff(at: MediatorAt, session: SessionDep) -> Response:
    return _sealed_pdf(session, at)


# --- a terminal in the session --------------------------------------------------------------


@terminal_router.get("/{session_id}/agreement", responses=_DEVICE_OWN)
def read_agreement_terminal(at: TerminalAt, session: SessionDep) -> AgreementOut:
    return _read(session, at)


@terminal_router.post("/{session_id}/agreement/signature", responses={**_DEVICE_OWN, **_SIGN})
def sign_agreement_terminal(
    body: AgreementSign, at: TerminalAt, session: SessionDep, ctx: ContextDep
) -> AgreementOut:
    """The party at this terminal signs the version it showed, on the touchscreen."""
    return _sign(session, at, body, ctx)


@terminal_router.get("/{session_id}/agreement/copy", responses=_DEVICE_OWN)
def copy_terminal(
    at: TerminalAt, session: SessionDep, settings: SettingsDep, ctx: ContextDep
) -> CopyLink:
    return _copy(session, settings, ctx, at)


@terminal_router.get(
    "/{session_id}/agreement/document",
    response_class=Response,
    responses={**_DEVICE_OWN, **_PDF_OK},
)
def document_terminal(at: TerminalAt, session: SessionDep) -> Response:
    """The PDF the terminal shows and prints: the current version with the signatures given
    so far, or the sealed agreement once sealed."""
    return _pdf(agreement.document(session, at[0]), "agreement")


@terminal_router.get(
    "/{session_id}/agreement/sealed",
    response_class=Response,
    responses={**_DEVICE_OWN, **_PDF_OK},
)
def sealed_terminal(at: TerminalAt, session: SessionDep) -> Response:
    """The sealed PDF, for the terminal to print the party's copy."""
    return _sealed_pdf(session, at)


# --- the guest in a browser -----------------------------------------------------------------


@guest_router.get("/{session_id}/agreement", responses=_OWN)
def read_agreement_guest(at: GuestAt, session: SessionDep) -> AgreementOut:
    return _read(session, at)


@guest_router.post("/{session_id}/agreement/signature", responses={**_OWN, **_SIGN})
def sign_agreement_guest(
    body: AgreementSign, at: GuestAt, session: SessionDep, ctx: ContextDep
) -> AgreementOut:
    """The other party signs in the browser (a canvas drawn by pointer events, as PNG)."""
    return _sign(session, at, body, ctx)


@guest_router.get("/{session_id}/agreement/copy", responses=_OWN)
def copy_guest(
    at: GuestAt, session: SessionDep, settings: SettingsDep, ctx: ContextDep
) -> CopyLink:
    return _copy(session, settings, ctx, at)


# --- a copy link ------------------------------------------------------------------------------


@public_router.get(
    "/{agreement_id}/copy",
    response_class=Response,
    responses={200: {"content": {PDF: {}}}, **problems(s404="no such copy", s410="expired")},
)
def download_copy(
    agreement_id: Annotated[str, Path(pattern=r"^MA-[0-9]{8}-[0-9A-F]{8}$")],
    p: Annotated[str, Query(min_length=1, max_length=64, description="the participant")],
    exp: Annotated[int, Query(ge=0, description="expiry, Unix seconds")],
    sig: Annotated[str, Query(pattern=r"^[0-9a-f]{40}$")],
    session: SessionDep,
    ctx: ContextDep,
) -> Response:
    """A party's copy of the sealed agreement, by the link its QR code holds."""
    row = session.scalars(
        select(MediationAgreement).where(MediationAgreement.public_id == agreement_id)
    ).first()
    row = check_link(row, p, exp, sig, ctx.now)
    if row.sealed_pdf is None:
        raise SessionError(404, "no such copy: the link is not valid")
    return _pdf(row.sealed_pdf, f"agreement-{row.public_id}")


def install(app: FastAPI) -> None:
    """After the sessions' (their error handler answers these routes' refusals too)."""
    for router in (staff_router, terminal_router, guest_router, public_router):
        app.include_router(router)
