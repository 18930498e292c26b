"""The app factory: settings in, a FastAPI app out. Nothing is read from globals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI

from central.api import (
    auth,
    commands,
    configs,
    console,
    events,
    fleet,
    health,
    journal,
    kiosks,
    metrics,
    staff,
    submissions,
    uploads,
)
from central.bus import make_bus
from central.concurrency import InFlightLimit
from central.db import Database
from central.heartbeats import OrgTree
from central.metrics import Metrics, MetricsMiddleware
from central.ratelimit import FailureLimiter
from central.settings import CentralSettings


def create_app(settings: CentralSettings) -> FastAPI:
    database = Database(settings.db_url)
    bus = make_bus(settings.redis_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await bus.close()
        database.dispose()

    app = FastAPI(
        title="LexKiosk central service",
        version=version("lexkiosk"),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = database
    app.state.bus = bus
    app.state.login_limiter = FailureLimiter(settings.login_max_failures, settings.login_window_s)
    app.state.metrics = Metrics()
    app.state.org_tree = OrgTree()
    app.add_middleware(InFlightLimit)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    for module in (
        health,
        fleet,
        auth,
        staff,
        kiosks,
        configs,
        commands,
        journal,
        metrics,
        console,
        events,
        submissions,
        uploads,
    ):
        app.include_router(module.router)
    return app
