"""Requests staff record: at the service hall (clerks) or on the 12348 line (hotline
operators); the central service issues the tracking number."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from api_client.schemas import RequestCreate
from central.models import Organisation, RequestRow, Staff
from central.requests.access import CHANNEL_ROLES, actor
from central.requests.errors import RequestError
from central.requests.records import NewRequest, create, scoped_key

HOTLINE_SITE = "12348"


def create_for_staff(
    session: Session, staff: Staff, body: RequestCreate, zone: ZoneInfo
) -> tuple[RequestRow, bool]:
    roles = CHANNEL_ROLES[body.channel]
    if not set(roles).intersection(staff.roles):
        raise RequestError(
            403, f"requests on the {body.channel} channel are recorded by {' or '.join(roles)}"
        )
    org = session.get(Organisation, staff.organisation_id)
    assert org is not None
    new = NewRequest(
        kind=body.kind,
        channel=body.channel,
        organisation=org,
        site=HOTLINE_SITE if body.channel == "hotline" else org.name,
        applicant=body.applicant.model_dump(exclude_none=True),
        summary=body.summary,
        idempotency_key=scoped_key(f"o{org.id}", body.idempotency_key),
    )
    return create(session, new, actor(staff), zone)
