"""The central platform in its production shape on one machine (issue 21): nginx with TLS in
front of two uvicorn workers on PostgreSQL and Redis, Janus and coturn, every process started
from the generated units (tests/helpers/production_shape.py), inside a test network namespace.

Twenty terminals beat and deliver their outboxes through nginx while one worker is killed
with SIGKILL; the database then holds every submission once. A kiosk and a notary then call
each other through Janus's wss route on nginx, relayed by coturn."""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from api_client.client import CentralClient, CentralError
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.files import ensure_key, open_outbox
from api_client.outbox.store import OutboxStore
from api_client.schemas import EnrolRequest, EnrolResponse, Heartbeat
from central.auth.staff import organisation_by_code
from central.db import Database
from central.fleet.enrolment import issue_enrol_code
from remote_sessions.grant import JoinGrant
from remote_sessions.session_flow import SessionFlow
from tests.central.sessions.support import Scene
from tests.helpers.media import require_media
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.helpers.production_shape import (
    WORKER_PORTS,
    Shape,
    kill_worker,
    production_shape,
)
from tests.helpers.system import require
from tests.media_scenario import observe, participant
from tests.session_scenario import _kiosk_tracks

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(300)]

TERMINALS = 20
PER_TERMINAL = 15
DEADLINE_S = 120.0
DEFAULT_PG_URL = "postgresql+psycopg://lexkiosk_test:lexkiosk_test@127.0.0.1:5432/lexkiosk_test"


@pytest.fixture(scope="module")
def shape(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shape]:
    require_media()
    require("nginx", "nginx")
    require("redis-server", "redis-server")
    root = tmp_path_factory.mktemp("shape")
    pg_url = os.environ.get("LEXKIOSK_TEST_PG_URL", DEFAULT_PG_URL)
    with pytest.MonkeyPatch.context() as patch, production_shape(netns, root, pg_url) as made:
        # websockets (Janus over wss) and httpx trust the test's own certificate
        patch.setenv("SSL_CERT_FILE", str(made.cert))
        yield made


@pytest.fixture(scope="module")
def scene(shape: Shape) -> Iterator[Scene]:
    db = Database(shape.db_url)
    with httpx.Client(base_url=shape.base, timeout=60, verify=shape.tls()) as http:
        made = Scene(http, db)
        with inside(shape.ns):
            made.org("city-notary", "150100")
            made.org("district", "150102", kind="justice_bureau")
        yield made
    db.dispose()


@dataclass
class Load:
    told: list[str] = field(default_factory=list)
    beats: int = 0
    beats_failed: int = 0
    killed_at_told: int | None = None


async def _terminal(shape: Shape, token: str, store: OutboxStore, load: Load, kill_at: int) -> None:
    rng = random.Random(token)
    async with CentralClient(shape.base, token, timeout_s=10, ca_file=shape.cert) as client:
        delivery = OutboxDelivery(store, client, time.time, rng)
        for n in range(PER_TERMINAL):
            item = store.add("rating", {"score": 1 + n % 5, "comment": f"item {n}"})
            load.told.append(item.tracking_number)  # the resident has been told "submitted"
            if len(load.told) == kill_at:
                load.killed_at_told = kill_at
                kill_worker(shape, WORKER_PORTS[0])
            beat = Heartbeat(sent_at=datetime.now(UTC), app_version="1.0.0", devices=[])
            try:
                await client.heartbeat(beat)
                load.beats += 1
            except CentralError:
                load.beats_failed += 1
            await delivery.deliver_due()
        deadline = time.monotonic() + DEADLINE_S
        while store.status(time.time()).pending and time.monotonic() < deadline:
            store.retry_now(time.time())  # the retry the terminal's back-off would make later
            await delivery.deliver_due()
            await asyncio.sleep(0.1)


async def _run_load(shape: Shape, terminals: list[tuple[str, OutboxStore]], load: Load) -> None:
    kill_at = TERMINALS * PER_TERMINAL // 3
    await asyncio.gather(*(_terminal(shape, t, s, load, kill_at) for t, s in terminals))


async def _enrol_all(shape: Shape, scene: Scene, terminal_ids: list[str]) -> dict[str, str]:
    """Enrol the terminals at once, through nginx (codes issued as an operator would)."""
    with scene.database.session() as session:
        org = organisation_by_code(session, "district").id
        codes = {t: issue_enrol_code(session, None, timedelta(hours=1), org) for t in terminal_ids}
    gate = asyncio.Semaphore(8)  # within nginx's burst of 10 logins and enrolments

    async def enrol(client: CentralClient, terminal_id: str, code: str) -> EnrolResponse:
        async with gate:
            return await client.enrol(EnrolRequest(code=code, terminal_id=terminal_id, site="hall"))

    async with CentralClient(shape.base, timeout_s=60, ca_file=shape.cert) as client:
        replies = await asyncio.gather(*(enrol(client, t, c) for t, c in codes.items()))
    return {t: reply.device_token for t, reply in zip(codes, replies, strict=True)}


def test_a_killed_worker_loses_and_duplicates_no_submission(
    shape: Shape, scene: Scene, tmp_path: Path
) -> None:
    """GIVEN the production shape and twenty enrolled terminals with their outboxes
    WHEN each beats and submits fifteen items through nginx, and a third of the way through
    one of the two workers is killed with SIGKILL
    THEN every item the terminals told a resident about is in PostgreSQL exactly once, and
    the other worker carried on behind nginx."""
    terminals = []
    with inside(shape.ns):
        tokens = asyncio.run(_enrol_all(shape, scene, [f"PS{n:03d}" for n in range(TERMINALS)]))
        for terminal_id, token in tokens.items():
            data = tmp_path / terminal_id
            ensure_key(data)
            terminals.append((token, open_outbox(data, terminal_id)))
        load = Load()
        asyncio.run(_run_load(shape, terminals, load))
    pending = sum(store.status(time.time()).pending for _, store in terminals)
    for _, store in terminals:
        store.close()
    assert load.killed_at_told is not None
    assert shape.workers[WORKER_PORTS[0]].returncode == -9
    assert shape.workers[WORKER_PORTS[1]].poll() is None
    assert pending == 0
    with scene.database.session() as session:
        stored = [
            row[0] for row in session.execute(text("SELECT tracking_number FROM submissions"))
        ]
    assert len(load.told) == TERMINALS * PER_TERMINAL
    assert len(stored) == len(set(stored)), "a submission was stored twice"
    assert sorted(stored) == sorted(load.told), "a submission was lost"
    assert load.beats >= TERMINALS * PER_TERMINAL - TERMINALS, (load.beats, load.beats_failed)
    # nginx met the dead worker and went on to the other one
    errors = (shape.etc.parent / "nginx" / "error.log").read_text()
    assert f'upstream: "http://127.0.0.1:{WORKER_PORTS[0]}/' in errors


async def _call(
    shape: Shape, scene: Scene, token: str, notary: dict[str, str], number: str
) -> dict:
    video, audio = _kiosk_tracks((320, 240))
    async with (
        CentralClient(shape.base, token, timeout_s=60, ca_file=shape.cert) as central,
        httpx.AsyncClient(base_url=shape.base, timeout=60, verify=shape.tls()) as http,
    ):
        flow = SessionFlow(central, video, audio, relay_only=True, poll_s=0.2)
        staff = None
        try:
            await flow.ask(number, "notarisation", "id_card")
            sid = flow.session_id
            assert (
                await http.post(f"/api/v1/sessions/{sid}/claim", headers=notary)
            ).status_code == 200
            connected = await http.post(f"/api/v1/sessions/{sid}/connect", headers=notary)
            assert connected.status_code == 200, connected.text
            staff = participant(JoinGrant.from_dict(connected.json()), "staff", relay=True)
            await staff.start()
            grant = await flow.wait_for_staff(90)
            await flow.join(grant, connect_timeout_s=90)
            assert flow.call is not None
            by_kiosk, by_staff = await asyncio.gather(
                observe(flow.call, "staff", 60), observe(staff, "kiosk", 60)
            )
            ended = await http.post(
                f"/api/v1/sessions/{sid}/end", json={"outcome": "completed"}, headers=notary
            )
            assert ended.status_code == 200, ended.text
            return {"janus_url": grant.janus_url, "kiosk": by_kiosk, "staff": by_staff}
        finally:
            if staff is not None:
                await staff.close()
            await flow.finish()


def test_a_call_through_nginx_wss_and_coturn(shape: Shape, scene: Scene) -> None:
    """GIVEN the production shape (one worker may have been killed before: nginx routes
    around it) WHEN a kiosk asks for a notarisation session and a notary claims and connects,
    both joining Janus at the wss route on nginx, forced through coturn
    THEN each decodes the other's rising counter and hears the other's tone."""
    with inside(shape.ns):
        notary = scene.staff("ana", "notary", "city-notary")
        scene.available(notary)
        kiosk = scene.terminal("PSK01", "district")
        number = scene.delivered_request("PSK01", kiosk)
        result = asyncio.run(
            _call(shape, scene, kiosk["Authorization"].split(" ", 1)[1], notary, number)
        )
    assert result["janus_url"] == f"wss://127.0.0.1:{shape.base.rsplit(':', 1)[1]}/janus-ws"
    for side, other in (("kiosk", "staff"), ("staff", "kiosk")):
        seen = result[side]
        assert len(set(seen["counters"])) >= 5 and seen["increasing"], (side, seen)
        assert seen["tone_hz"] is not None, (side, other, seen)
        assert all(pair[0] == "relay" or pair[1] == "relay" for pair in seen["pairs"]), seen
