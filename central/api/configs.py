"""Configuration versions: staff push them; terminals fetch, apply or refuse, and report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from fastapi.responses import JSONResponse
from sqlalchemy import select

from api_client.schemas import ID_MAX, ConfigOut, ConfigPush, ConfigReport
from central.api.deps import CurrentKiosk, FleetOperator, FleetStaff, SessionDep
from central.api.problems import UNAUTHORISED_DEVICE, problems
from central.api.scope import actor
from central.auth.staff import subtree_ids
from central.fleet.configs import ConfigError, effective_for, push, report
from central.models import ConfigVersion, Organisation

router = APIRouter(prefix="/api/v1", tags=["configuration"])


def _out(version: ConfigVersion) -> ConfigOut:
    return ConfigOut(
        version=version.id,
        target_kind=version.target_kind,
        target=version.target,
        sha256=version.sha256,
        created_at=version.created_at,
        created_by=version.created_by,
        document=version.document,
    )


@router.post(
    "/configs",
    status_code=status.HTTP_201_CREATED,
    responses=problems(s409="target does not fit its kind, outside your region, or too large"),
)
def push_config(body: ConfigPush, staff: FleetOperator, session: SessionDep) -> ConfigOut:
    org = session.get(Organisation, staff.organisation_id)
    try:
        version = push(session, body, org, actor(staff))
    except ConfigError as err:
        raise HTTPException(status.HTTP_409_CONFLICT, str(err)) from None
    return _out(version)


@router.get("/configs")
def list_configs(staff: FleetStaff, session: SessionDep) -> list[ConfigOut]:
    ids = subtree_ids(session, staff.organisation_id)
    query = (
        select(ConfigVersion)
        .where(ConfigVersion.organisation_id.in_(ids))
        .order_by(ConfigVersion.id.desc())
        .limit(200)
    )
    return [_out(v) for v in session.scalars(query)]


@router.get(
    "/config",
    response_model=ConfigOut,
    responses={
        **UNAUTHORISED_DEVICE,
        204: {"description": "no configuration is addressed to this terminal, or `current` is it"},
    },
)
def fetch_config(
    kiosk: CurrentKiosk,
    session: SessionDep,
    current: Annotated[
        int | None, Query(ge=1, le=ID_MAX, description="version the terminal has")
    ] = None,
) -> Response:
    version = effective_for(session, kiosk)
    if version is None or version.id == current:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return JSONResponse(_out(version).model_dump(mode="json"))


@router.post(
    "/config/report",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORISED_DEVICE, **problems(s404="no such configuration version")},
)
def report_config(body: ConfigReport, kiosk: CurrentKiosk, session: SessionDep) -> Response:
    try:
        report(session, kiosk, body)
    except ConfigError as err:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(err)) from None
    return Response(status_code=status.HTTP_204_NO_CONTENT)
