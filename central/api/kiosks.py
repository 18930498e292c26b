"""Staff-facing fleet routes: list terminals in your organisations, issue codes, revoke."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy.orm import Session

from api_client.schemas import (
    REGION_CODE_PATTERN,
    DeviceState,
    EnrolCodeRequest,
    EnrolCodeResponse,
    KioskOut,
)
from central.api.deps import FleetOperator, FleetStaff, SessionDep, SettingsDep
from central.api.problems import NOT_IN_SCOPE, problems
from central.api.scope import TerminalId, actor, kiosk_in_scope, organisation_in_scope
from central.auth.staff import kiosk_scope, region_within
from central.fleet.enrolment import (
    FleetError,
    KioskView,
    issue_enrol_code_until,
    list_kiosks,
    revoke,
)
from central.models import Staff
from central.settings import CentralSettings

router = APIRouter(prefix="/api/v1", tags=["fleet (staff)"])


def _out(view: KioskView) -> KioskOut:
    return KioskOut(
        terminal_id=view.terminal_id,
        site=view.site,
        organisation=view.organisation,
        region_code=view.region_code,
        online=view.online,
        revoked=view.revoked,
        last_seen=view.last_seen,
        app_version=view.app_version,
        devices=[DeviceState.model_validate(d) for d in view.devices],
        config_version=view.config_version,
    )


def scoped_kiosks(
    session: Session, settings: CentralSettings, staff: Staff, region: str | None = None
) -> list[KioskView]:
    """Terminals owned by the member's organisation or those below it, optionally in a region."""
    ids = kiosk_scope(session, staff.organisation_id)
    views = list_kiosks(session, timedelta(seconds=settings.offline_after_s), ids)
    if region is not None:
        views = [v for v in views if v.region_code and region_within(v.region_code, region)]
    return views


@router.get("/kiosks")
def kiosks(
    staff: FleetStaff,
    session: SessionDep,
    settings: SettingsDep,
    region: Annotated[str | None, Query(pattern=REGION_CODE_PATTERN)] = None,
    online: bool | None = None,
) -> list[KioskOut]:
    views = scoped_kiosks(session, settings, staff, region)
    return [_out(v) for v in views if online is None or v.online == online]


@router.post(
    "/enrol-codes",
    status_code=status.HTTP_201_CREATED,
    responses={**NOT_IN_SCOPE, **problems(s409="the terminal is revoked or has another owner")},
)
def enrol_code(
    body: EnrolCodeRequest, staff: FleetOperator, session: SessionDep
) -> EnrolCodeResponse:
    """A one-time code for a new terminal of the organisation, or with `terminal_id` a
    re-enrolment code for that terminal, which must be in your organisations."""
    org = organisation_in_scope(session, staff, body.organisation)
    kiosk = kiosk_in_scope(session, staff, body.terminal_id) if body.terminal_id else None
    ttl = timedelta(hours=body.ttl_hours)
    try:
        code, expires = issue_enrol_code_until(session, body.site, ttl, org.id, actor(staff), kiosk)
    except FleetError as err:
        raise HTTPException(status.HTTP_409_CONFLICT, str(err)) from None
    return EnrolCodeResponse(code=code, expires_at=expires)


@router.post("/kiosks/{terminal_id}/revoke", responses=NOT_IN_SCOPE)
def revoke_kiosk(
    terminal_id: TerminalId, staff: FleetOperator, session: SessionDep, settings: SettingsDep
) -> KioskOut:
    kiosk = kiosk_in_scope(session, staff, terminal_id)
    revoke(session, kiosk, actor(staff))
    session.flush()
    view = next(v for v in scoped_kiosks(session, settings, staff) if v.terminal_id == terminal_id)
    return _out(view)
