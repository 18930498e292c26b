"""`/metrics` in the Prometheus text format. Public by design (DESIGN.md): bind it to the
internal network in production."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from central.api.deps import SessionDep, SettingsDep
from central.clock import utcnow
from central.web.metrics import Metrics
from central.web.metrics_refresh import refresh_fleet, refresh_flow

router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}},
)
def metrics(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    registry: Metrics = request.app.state.metrics
    now = utcnow()
    refresh_fleet(registry, session, settings, request.app.state.probe.reachable, now)
    refresh_flow(registry, session, now)
    return Response(generate_latest(registry.registry), media_type=CONTENT_TYPE_LATEST)
