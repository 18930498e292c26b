"""A request's attachments (documents a terminal photographed), read by staff who may see
the request. Each read is journaled: these are a resident's papers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from central.fleet.uploads import stored_path
from central.journal import chain as journal
from central.models import Staff, UploadRow
from central.requests.access import actor, holds, visible
from central.requests.errors import RequestError


def attachment_file(
    session: Session, staff: Staff, tracking_number: str, upload_id: str, root: Path
) -> Path:
    row = visible(session, staff, tracking_number)
    if not holds(session, staff, row):  # asked to take it over: no documents before accepting
        raise RequestError(404, f"request {row.tracking_number} has no attachment {upload_id}")
    upload = session.get(UploadRow, upload_id)
    path = stored_path(root, upload_id)
    if (
        upload_id not in row.attachments
        or upload is None
        or upload.completed_at is None
        or not path.is_file()
    ):
        raise RequestError(404, f"request {row.tracking_number} has no attachment {upload_id}")
    journal.append(
        session,
        actor(staff),
        "request.attachment_read",
        f"request:{row.tracking_number}",
        {"upload_id": upload_id, "sha256": upload.sha256},
    )
    return path
