"""Dependency aliases that keep route signatures readable; tests swap them with overrides."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api_client.schemas import Role
from central.auth.staff import staff_for_token
from central.auth.tokens import DEVICE_TOKEN_PREFIX
from central.bus import Bus
from central.db import Database
from central.fleet.enrolment import kiosk_for_token
from central.models import Kiosk, Staff
from central.settings import CentralSettings


def get_settings(request: Request) -> CentralSettings:
    settings: CentralSettings = request.app.state.settings
    return settings


def get_database(request: Request) -> Database:
    database: Database = request.app.state.db
    return database


def get_bus(request: Request) -> Bus:
    bus: Bus = request.app.state.bus
    return bus


def get_session(request: Request) -> Iterator[Session]:
    """A session in one transaction, after this worker's pending heartbeat state is written
    (central.fleet.heartbeat_writer): every route reads the state of heartbeats already answered.

    The transaction commits when the route function returns, before the answer is sent
    (`scope="function"` below): a client acting on a 201 finds what it said was created, and a
    commit that fails answers 500 instead of a success that was never saved."""
    database: Database = request.app.state.db
    request.app.state.heartbeats.writer.flush()
    with database.session() as session:
        yield session


SettingsDep = Annotated[CentralSettings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
BusDep = Annotated[Bus, Depends(get_bus)]

_device_bearer = HTTPBearer(
    auto_error=False, scheme_name="device", description="device token issued at enrolment"
)
_staff_bearer = HTTPBearer(
    auto_error=False, scheme_name="staff", description="staff token issued at login"
)
DeviceCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_device_bearer)]
StaffCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_staff_bearer)]


def unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"}
    )


def current_kiosk(session: SessionDep, credentials: DeviceCredentials) -> Kiosk:
    if credentials is None:
        raise unauthorised("a device token is required (Authorization: Bearer ...)")
    kiosk = kiosk_for_token(session, credentials.credentials)
    if kiosk is None:
        raise unauthorised("the device token is unknown or revoked; enrol the terminal again")
    return kiosk


def current_staff(session: SessionDep, credentials: StaffCredentials) -> Staff:
    if credentials is None:
        raise unauthorised("a staff token is required (Authorization: Bearer ...); log in first")
    staff = staff_for_token(session, credentials.credentials)
    if staff is None:
        raise unauthorised("the staff token is unknown, expired or revoked; log in again")
    return staff


async def device_token(credentials: DeviceCredentials) -> str:
    """Only that a device token is present and looks like one, checked in the event loop
    before the body is read, so callers without one get 401 whatever they send. The hot
    heartbeat route checks it itself (central.fleet.heartbeats)."""
    if credentials is None or not credentials.credentials.startswith(DEVICE_TOKEN_PREFIX):
        raise unauthorised("a device token is required (Authorization: Bearer lkd_...)")
    return credentials.credentials


CurrentKiosk = Annotated[Kiosk, Depends(current_kiosk)]
DeviceToken = Annotated[str, Depends(device_token)]
CurrentStaff = Annotated[Staff, Depends(current_staff)]


def require_roles(*roles: Role) -> Callable[[Staff], Staff]:
    """A dependency admitting staff who hold at least one of `roles`."""
    allowed = frozenset(roles)

    def check(staff: CurrentStaff) -> Staff:
        if not allowed.intersection(staff.roles):
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"this needs one of the roles {', '.join(sorted(allowed))}; "
                f"you have {', '.join(staff.roles) or 'none'}",
            )
        return staff

    return check


AdminStaff = Annotated[Staff, Depends(require_roles("admin"))]
FleetStaff = Annotated[Staff, Depends(require_roles("admin", "supervisor", "technician"))]
FleetOperator = Annotated[Staff, Depends(require_roles("admin", "technician"))]
AuditStaff = Annotated[Staff, Depends(require_roles("admin", "supervisor"))]
KnowledgeEditor = Annotated[Staff, Depends(require_roles("admin", "clerk"))]
