"""What the staff member's call page shows beside the video: who the resident is (as much as
the kind of session needs), how their identity was established, the request with its
attachments and history, and the colleagues the call may be handed to. Read for the one
staff member holding the call (`own_call`); everyone else gets the session's 403/404."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.personal_data import mask_name
from central.fleet.uploads import stored_path
from central.journal import chain as journal
from central.models import Kiosk, RequestEvent, RequestRow, Staff, UploadRow
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession
from central.sessions.queue import route_ids
from central.sessions.routing import may_take
from central.sessions.staff_side import own_call, routed_session

# A notary certifies who stands before them and needs the whole name; a consultation or a
# legal-aid interview does not, so there the name stays masked as in the queue.
FULL_NAME_KINDS = frozenset({"notarisation"})


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True)
class CallView:
    session_id: str
    kind: str
    state: str
    language: str
    identified_by: str
    resident_name: str
    name_masked: bool
    site: str
    tracking_number: str
    request_kind: str
    request_status: str
    summary: str
    attachments: list[str]
    history: list[HistoryLine]
    colleagues: list[tuple[str, str]]  # (username, display name)
    outcome: str | None = None


def _history(session: Session, row: RequestRow) -> list[HistoryLine]:
    events = session.scalars(
        select(RequestEvent).where(RequestEvent.request_id == row.id).order_by(RequestEvent.id)
    )
    return [
        HistoryLine(e.at, e.actor, e.action, e.from_status, e.to_status, e.note) for e in events
    ]


def _colleagues(session: Session, staff: Staff, vs: VideoSession) -> list[tuple[str, str]]:
    members = session.scalars(
        select(Staff)
        .where(Staff.organisation_id.in_(route_ids(session, vs)), Staff.id != staff.id)
        .order_by(Staff.username)
    )
    return [(m.username, m.display_name) for m in members if may_take(m, vs.kind)]


def _view(session: Session, staff: Staff, vs: VideoSession) -> CallView:
    row = session.get(RequestRow, vs.request_id)
    kiosk = session.get(Kiosk, vs.kiosk_id)
    assert row is not None and kiosk is not None
    name = str(row.applicant.get("name", ""))
    masked = vs.kind not in FULL_NAME_KINDS
    return CallView(
        session_id=vs.public_id,
        kind=vs.kind,
        state=vs.state,
        language=vs.language,
        identified_by=vs.identified_by,
        resident_name=mask_name(name) if masked else name,
        name_masked=masked,
        site=kiosk.site,
        tracking_number=row.tracking_number,
        request_kind=row.kind,
        request_status=row.status,
        summary=row.summary,
        attachments=[a for a in row.attachments if _complete(session, a)],
        history=_history(session, row),
        colleagues=_colleagues(session, staff, vs),
        outcome=vs.outcome,
    )


def _complete(session: Session, upload_id: str) -> bool:
    upload = session.get(UploadRow, upload_id)
    return upload is not None and upload.completed_at is not None


def call_view(session: Session, staff: Staff, public_id: str) -> CallView:
    """The call page's contents, for the staff member holding the call only."""
    return _view(session, staff, own_call(session, staff, public_id))


def ended_view(session: Session, staff: Staff, public_id: str) -> CallView:
    """After the end: what became of the request, for the staff member who ended the call."""
    vs = routed_session(session, staff, public_id)
    if vs.claimed_by_id != staff.id:
        raise SessionError(403, f"session {public_id} was not yours")
    return _view(session, staff, vs)


def call_attachment(
    session: Session, staff: Staff, public_id: str, upload_id: str, root: Path
) -> Path:
    """A document of the call's request, read by the staff member holding the call; each read
    journaled (these are a resident's papers)."""
    vs = own_call(session, staff, public_id)
    row = session.get(RequestRow, vs.request_id)
    assert row is not None
    path = stored_path(root, upload_id)
    if upload_id not in row.attachments or not _complete(session, upload_id) or not path.is_file():
        raise SessionError(404, f"the call's request has no attachment {upload_id}")
    upload = session.get(UploadRow, upload_id)
    assert upload is not None
    journal.append(
        session,
        f"staff:{staff.username}",
        "request.attachment_read",
        f"request:{row.tracking_number}",
        {"upload_id": upload_id, "sha256": upload.sha256, "session": vs.public_id},
    )
    return path
