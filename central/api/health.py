"""`/healthz`: is the process up and can it reach its database."""

from __future__ import annotations

from importlib.metadata import version

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from api_client.schemas import Health
from central.db import Database

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(request: Request) -> Health:
    database: Database = request.app.state.db
    try:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        db_state = "ok"
    except SQLAlchemyError:
        db_state = "unavailable"
    return Health(
        status="ok" if db_state == "ok" else "degraded",
        version=version("lexkiosk"),
        database="ok" if db_state == "ok" else "unavailable",
    )
