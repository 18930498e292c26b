"""`/api/v1/organisations/{organisation}/session-regions`: an organisation's own routing of
video sessions (admin, for their organisation or one below it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path

from api_client.schemas import ORG_CODE_PATTERN
from api_client.schemas.sessions import SessionRouteIn
from central.api.deps import AdminStaff, SessionDep
from central.api.problems import NOT_IN_SCOPE
from central.api.scope import actor, organisation_in_scope
from central.sessions.regions import served_regions, set_served_regions

router = APIRouter(prefix="/api/v1/organisations", tags=["video sessions (staff)"])
OrgCode = Annotated[str, Path(pattern=ORG_CODE_PATTERN, description="organisation code")]


@router.get("/{organisation}/session-regions", responses=NOT_IN_SCOPE)
def get_served_regions(
    organisation: OrgCode, staff: AdminStaff, session: SessionDep
) -> list[SessionRouteIn]:
    """The regions the organisation takes sessions from, per kind (a kind not listed: its
    own region and below)."""
    return served_regions(session, organisation_in_scope(session, staff, organisation))


@router.put("/{organisation}/session-regions", responses=NOT_IN_SCOPE)
def put_served_regions(
    organisation: OrgCode,
    body: Annotated[list[SessionRouteIn], Body(max_length=200)],
    staff: AdminStaff,
    session: SessionDep,
) -> list[SessionRouteIn]:
    """Replace the organisation's routing."""
    org = organisation_in_scope(session, staff, organisation)
    return set_served_regions(session, org, body, actor(staff))
