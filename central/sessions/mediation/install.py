"""Plugging mediation into the app: its notifier, its redeem limiter and its routers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from central.ratelimit import make_limiter
from central.sessions.mediation import (
    api_guest,
    api_staff,
    api_terminal,
    console_api,
    join_page,
)
from central.sessions.mediation.deps import make_notifier
from central.settings import CentralSettings


def install(app: FastAPI, settings: CentralSettings, shared: Any) -> None:
    m = settings.mediation
    app.state.mediation_notifier = make_notifier(settings)
    app.state.mediation_limiter = make_limiter(
        shared, "mediation-redeem", m.redeem_per_client, m.redeem_window_s
    )
    for module in (api_staff, api_terminal, api_guest, console_api, join_page):
        app.include_router(module.router)
