"""Staff accounts and organisations, as seen by admins (and, for organisations, all staff).

A member sees only their own organisation and the organisations below it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status
from sqlalchemy import select

from api_client.schemas import (
    USERNAME_PATTERN,
    OrganisationCreate,
    OrganisationOut,
    StaffCreate,
    StaffOut,
)
from central.api.deps import AdminStaff, CurrentStaff, SessionDep
from central.api.problems import CONFLICT, NOT_IN_SCOPE
from central.api.scope import organisation_in_scope
from central.auth.staff import (
    StaffError,
    add_organisation,
    add_staff,
    disable_staff,
    staff_by_username,
    staff_out,
    subtree_ids,
)
from central.models import Organisation, Staff

router = APIRouter(prefix="/api/v1", tags=["staff"])
_SCOPED = {**NOT_IN_SCOPE, **CONFLICT}


def _actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


def _org_out(org: Organisation, codes: dict[int, str]) -> OrganisationOut:
    return OrganisationOut(
        code=org.code,
        name=org.name,
        kind=org.kind,
        region_code=org.region_code,
        parent=codes.get(org.parent_id) if org.parent_id else None,
    )


@router.get("/organisations")
def list_organisations(staff: CurrentStaff, session: SessionDep) -> list[OrganisationOut]:
    ids = subtree_ids(session, staff.organisation_id)
    orgs = session.scalars(select(Organisation).order_by(Organisation.code)).all()
    codes = {org.id: org.code for org in orgs}
    return [_org_out(org, codes) for org in orgs if org.id in ids]


@router.post("/organisations", status_code=status.HTTP_201_CREATED, responses=_SCOPED)
def create_organisation(
    body: OrganisationCreate, staff: AdminStaff, session: SessionDep
) -> OrganisationOut:
    if body.parent is None:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            "a top-level organisation is added with the command line; give a parent you manage",
        )
    parent = organisation_in_scope(session, staff, body.parent)
    try:
        org = add_organisation(session, body, _actor(staff))
    except StaffError as err:
        raise HTTPException(status.HTTP_409_CONFLICT, str(err)) from None
    return _org_out(org, {parent.id: parent.code})


@router.get("/staff")
def list_staff(staff: AdminStaff, session: SessionDep) -> list[StaffOut]:
    ids = subtree_ids(session, staff.organisation_id)
    members = session.scalars(
        select(Staff).where(Staff.organisation_id.in_(ids)).order_by(Staff.username)
    )
    return [staff_out(session, member) for member in members]


@router.post("/staff", status_code=status.HTTP_201_CREATED, responses=_SCOPED)
def create_staff(body: StaffCreate, staff: AdminStaff, session: SessionDep) -> StaffOut:
    organisation_in_scope(session, staff, body.organisation)
    try:
        member = add_staff(session, body, _actor(staff))
    except StaffError as err:
        raise HTTPException(status.HTTP_409_CONFLICT, str(err)) from None
    return staff_out(session, member)


@router.post("/staff/{username}/disable", responses=_SCOPED)
def disable_member(
    username: Annotated[str, Path(pattern=USERNAME_PATTERN)], staff: AdminStaff, session: SessionDep
) -> StaffOut:
    try:
        member = staff_by_username(session, username)
    except StaffError as err:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(err)) from None
    if member.organisation_id not in subtree_ids(session, staff.organisation_id):
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"no staff member {username!r} in your organisations"
        )
    if member.id == staff.id:
        raise HTTPException(status.HTTP_409_CONFLICT, "you cannot disable your own account")
    disable_staff(session, member, _actor(staff))
    return staff_out(session, member)
