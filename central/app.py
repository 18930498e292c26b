"""The app factory: settings in, a FastAPI app out. Nothing is read from globals."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI

from central.api import (
    appointments,
    auth,
    commands,
    configs,
    console,
    console_knowledge,
    console_recordings,
    console_reports,
    console_reproof,
    console_sessions,
    console_sessions_act,
    console_sessions_assets,
    console_sessions_call,
    console_sessions_documents,
    console_technicians,
    events,
    fleet,
    health,
    journal,
    kiosks,
    knowledge,
    metrics,
    public,
    public_pages,
    public_verify,
    reports,
    request_console,
    request_console_actions,
    requests,
    staff,
    submissions,
    templates,
    transfers,
    uploads,
)
from central.api import updates as update_routes
from central.api.errors import register_error_handlers
from central.auth.failed_logins import FailedLoginJournal
from central.auth.login_limits import LoginLimits
from central.bus import make_bus
from central.db import Database
from central.evidence.sources import ACT_SOURCES
from central.evidence.task import EvidenceTask
from central.fleet.alerts_sources import ServiceProbe
from central.fleet.commit_watch import watch_commits
from central.fleet.device_cache import DeviceCache
from central.fleet.heartbeat_tasks import HeartbeatTasks
from central.fleet.heartbeat_writer import HeartbeatWriter
from central.fleet.heartbeats import HeartbeatService
from central.fleet.hints import FleetHints
from central.journal.checkpoint_task import CheckpointTask
from central.journal.checkpoints import journal_files
from central.mediation.agreement_api import install as install_agreement
from central.mediation.console_panel import install as install_agreement_panel
from central.mediation.guest_page import install as install_guest_page
from central.ratelimit import make_limiter, redis_client
from central.recordings import api as recording_routes
from central.recordings.api import install_recordings
from central.reports.uptime import UptimeLedger
from central.sessions.api import install as install_sessions
from central.sessions.evidence_types import EvidenceSources
from central.sessions.mediation.install import install as install_mediation
from central.settings import CentralSettings
from central.web.body_gate import BodyGate, BodyLimits
from central.web.concurrency import InFlightLimit
from central.web.metrics import Metrics, MetricsMiddleware
from central.web.nested_lifespan import nested
from central.web.security import BrowserSecurity


def create_app(settings: CentralSettings, evidence: EvidenceSources = ACT_SOURCES) -> FastAPI:
    """`evidence`: where an act's segments, identity proofs and documents come from (#17)."""
    database = Database(settings.db_url)
    bus = make_bus(settings.redis_url)
    heartbeats = HeartbeatService(
        database,
        DeviceCache(settings.device_cache_ttl_s),
        FleetHints(),
        HeartbeatWriter(database, UptimeLedger(settings.heartbeat_s)),
        settings.heartbeat_s,
    )
    watch_commits(database, heartbeats.devices, heartbeats.hints)
    tasks = HeartbeatTasks(heartbeats, settings.heartbeat_flush_s)
    checkpoints = (
        CheckpointTask(database, journal_files(settings), settings.journal_checkpoint_s)
        if settings.journal_checkpoint_s is not None
        else None
    )

    acts = (
        EvidenceTask(database, settings.evidence, evidence)
        if settings.evidence.retry_s is not None
        else None
    )

    shared = redis_client(settings.redis_url)
    probe = ServiceProbe.from_settings(settings.alerts, settings.evidence)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await tasks.start()
        if checkpoints is not None:
            await checkpoints.start()
        if acts is not None:
            await acts.start()
        probing = (
            asyncio.create_task(probe.run(settings.alerts.probe_s))
            if settings.alerts.probe_s is not None and probe.urls
            else None
        )
        try:
            yield
        finally:
            if probing is not None:
                probing.cancel()
            if acts is not None:
                await acts.stop()
            await tasks.stop()  # the last write-behind flush
            if checkpoints is not None:
                await checkpoints.stop()  # the last entries signed
        await bus.close()
        if shared is not None:
            shared.close()
        database.dispose()

    app = FastAPI(
        title="LexKiosk central service",
        version=version("lexkiosk"),
        lifespan=nested(lifespan),
    )
    app.state.settings = settings
    app.state.db = database
    app.state.bus = bus
    app.state.login_limits = LoginLimits(
        make_limiter(shared, "login", settings.login_max_failures, settings.login_window_s),
        make_limiter(
            shared, "login-address", settings.login_max_per_address, settings.login_window_s
        ),
    )
    app.state.public_limiter = make_limiter(
        shared, "public", settings.public_per_client, settings.public_window_s
    )
    app.state.progress_limiter = make_limiter(
        shared, "progress", settings.public_failures_per_number, settings.public_window_s
    )
    app.state.search_limiter = make_limiter(
        shared, "search", settings.public_search_per_minute, 60.0
    )
    app.state.failed_logins = FailedLoginJournal(settings.failed_login_journal_s)
    app.state.metrics = Metrics()
    app.state.heartbeats = heartbeats
    app.state.probe = probe
    register_error_handlers(app)
    app.add_middleware(InFlightLimit)
    # Outside the slots: a body arrives whole (or is refused) before its request takes one.
    limits = BodyLimits(
        timeout_s=settings.body_timeout_s,
        public_upload_bytes=settings.evidence.verify_max_bytes + 64 * 1024,  # the route says why
    )
    app.add_middleware(BodyGate, limits=limits)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.add_middleware(BrowserSecurity)  # outermost: refuses cross-site writes before all
    public_verify.install(
        app,
        make_limiter(
            shared, "verify", settings.evidence.verify_per_client, settings.evidence.verify_window_s
        ),
    )
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
        console_reports,
        reports,
        events,
        submissions,
        uploads,
        requests,
        transfers,
        appointments,
        public,
        request_console,
        public_pages,
        knowledge,
        templates,
        console_knowledge,
        request_console_actions,
        console_sessions_assets,
        console_sessions_call,
        console_sessions_documents,
        console_reproof,
        console_sessions,
        console_sessions_act,
        console_technicians,
    ):
        app.include_router(module.router)
    install_sessions(app, settings.media)
    install_mediation(app, settings, shared)
    install_agreement(app)
    install_guest_page(app)
    install_agreement_panel(app)
    install_recordings(app, settings, database)
    app.include_router(recording_routes.router)
    app.include_router(console_recordings.router)
    update_routes.install(app)
    console_sessions_assets.install_console_sessions(app)
    return app
