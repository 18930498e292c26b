"""Dependency aliases that keep route signatures readable; tests swap them with overrides."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from central.db import Database
from central.fleet import kiosk_for_token
from central.models import Kiosk
from central.settings import CentralSettings


def get_settings(request: Request) -> CentralSettings:
    settings: CentralSettings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.db
    with database.session() as session:
        yield session


SettingsDep = Annotated[CentralSettings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False, description="device token issued at enrolment")


def current_kiosk(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Kiosk:
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a device token is required (Authorization: Bearer ...)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    kiosk = kiosk_for_token(session, credentials.credentials)
    if kiosk is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "the device token is unknown or revoked; enrol the terminal again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return kiosk


CurrentKiosk = Annotated[Kiosk, Depends(current_kiosk)]
