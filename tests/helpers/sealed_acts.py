"""A real `lexkiosk-central serve` sealing acts against the Certomancer PKI, and a way to end a
notarisation session as completed, for the seal and verification tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from central.clock import utcnow
from central.db import Database
from central.evidence.models import NotarialAct
from central.evidence.settings import EvidenceSettings
from central.migrate import upgrade
from central.sessions.models import VideoSession
from central.sessions.transitions import move
from tests.central.sessions.support import Scene
from tests.helpers.certomancer_pki import CertomancerPki
from tests.helpers.server import live_service

RESIDENT_NAME = "王小明"  # what Scene.delivered_request submits; must never be answered
RESIDENT_PHONE = "13800138000"


@dataclass
class SealingService:
    base: str
    db: Database
    pki: CertomancerPki
    http: httpx.Client
    scene: Scene
    notary: dict[str, str]
    terminal: dict[str, str]

    def completed_notarisation(self) -> str:
        """A completed notarisation session (see `completed_notarisation`); its public id."""
        return completed_notarisation(self.scene, self.terminal, self.notary)

    def act_of(self, sid: str) -> NotarialAct | None:
        with self.db.session() as session:
            return session.scalars(
                select(NotarialAct)
                .join(VideoSession, VideoSession.id == NotarialAct.session_id)
                .where(VideoSession.public_id == sid)
            ).first()

    def wait_for(
        self, sid: str, done: Callable[[NotarialAct], bool], timeout_s: float = 30.0
    ) -> NotarialAct:
        """The session's act once `done` holds (the service's own rounds run every 0.2 s)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            act = self.act_of(sid)
            if act is not None and done(act):
                return act
            time.sleep(0.1)  # polling another process's database, not a Qt wait
        raise AssertionError(
            f"the act of {sid} did not get there in {timeout_s} s: {self.act_of(sid)}"
        )


def completed_notarisation(scene: Scene, terminal: dict[str, str], notary: dict[str, str]) -> str:
    """A notarisation session asked for by the terminal (K001) and claimed by the notary over
    HTTP, then taken through the call's states by the product's own `move` (the call itself
    is the drop test's business); its public id."""
    number = scene.delivered_request("K001", terminal)
    sid: str = scene.ask(terminal, number)["session_id"]
    claimed = scene.http.request("POST", f"/api/v1/sessions/{sid}/claim", headers=notary)
    assert claimed.status_code == 200, claimed.text
    with scene.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        move(session, vs, "connecting", "test")
        move(session, vs, "in_call", "test", started_at=utcnow())
        move(session, vs, "completing", "test", "completed", outcome="completed")
        move(session, vs, "completed", "test", ended_at=utcnow(), end_reason="ended_by_staff")
    return sid


def evidence_settings_file(pki: CertomancerPki, data: Path, **extra: Any) -> Path:
    """`serve --evidence-settings` for sealing with the test PKI, a seal round every 0.2 s."""
    settings = EvidenceSettings(
        key_file=pki.office_key,
        cert_file=pki.cert_file("office"),
        trust_roots=(pki.cert_file("root"),),
        tsa_url=pki.tsa_url,
        office_name="测试公证处",
        retry_s=0.2,
        network_timeout_s=2.0,
        **extra,
    )
    path = data / "evidence.json"
    path.write_text(settings.model_dump_json(), encoding="utf-8")
    return path


@contextmanager
def sealing_service(pki: CertomancerPki, data: Path, per_client: int) -> Iterator[SealingService]:
    db_url = f"sqlite:///{data / 'central.sqlite3'}"
    upgrade(db_url)
    settings_file = evidence_settings_file(pki, data, verify_per_client=per_client)
    database = Database(db_url)
    with (
        live_service(db_url, "--evidence-settings", str(settings_file), data_dir=data) as live,
        httpx.Client(base_url=live.base, timeout=30.0) as http,
    ):
        scene = Scene(http, database)
        scene.org("root", "150000", kind="justice_bureau")
        scene.org("city-notary", "150100", parent="root")
        scene.org("district", "150102", kind="justice_bureau", parent="root")
        notary = scene.staff("ana", "notary", "city-notary")
        scene.available(notary)
        terminal = scene.terminal("K001", "district")
        try:
            yield SealingService(live.base, database, pki, http, scene, notary, terminal)
        finally:
            database.dispose()
