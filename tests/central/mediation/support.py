"""A mediation scene for the fast API tests: a mediation committee (150100) and another far
away (150200), a district bureau owning terminals, a resident's mediation session claimed by
the committee's mediator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from central.app import create_app
from central.db import Database
from central.migrate import upgrade
from central.models import Staff
from central.sessions.mediation.settings import MediationSettings
from central.sessions.models import VideoSession
from central.settings import CentralSettings
from tests.central.sessions.support import Headers, Scene
from tests.central.support import Central

CONSENT = {"consent": True, "consent_version": "2026-12"}


@dataclass
class Mediation:
    central: Central
    scene: Scene
    notified: Path
    session_id: str
    mediator: Headers
    resident_terminal: Headers

    def staff_url(self, tail: str, session_id: str | None = None) -> str:
        return f"/api/v1/staff/sessions/{session_id or self.session_id}{tail}"

    def invite(self, **fields: Any) -> dict[str, Any]:
        body = {"delivery": "sms", "display_name": "李四", "id_last4": "123X"}
        body |= {"phone": "13900139000"} if body["delivery"] == "sms" else {}
        body |= fields
        reply = self.central.client.post(
            self.staff_url("/invitations"), json=body, headers=self.mediator
        )
        assert reply.status_code == 201, reply.text
        out: dict[str, Any] = reply.json()
        return out

    def message_of(self, invitation_id: str) -> dict[str, Any]:
        """The message the FileNotifier wrote for an invitation (the handset's view)."""
        for line in self.notified.read_text(encoding="utf-8").splitlines():
            message: dict[str, Any] = json.loads(line)
            if message["invitation_id"] == invitation_id:
                return message
        raise AssertionError(f"no message for {invitation_id} in {self.notified}")

    def redeem(self, invitation_id: str, code: str, last4: str = "123X") -> Any:
        self.central.client.cookies.clear()
        return self.central.client.post(
            f"/api/v1/invitations/{invitation_id}/redeem",
            json={"code": code, "id_last4": last4, **CONSENT},
        )


def mediation_scene(central: Central, notified: Path, terminal: str = "K001") -> Mediation:
    """GIVEN the committee's mediator who claimed terminal `terminal`'s mediation session."""
    scene = Scene(central.client, central.database)
    for code, region in (("committee", "150100"), ("far-committee", "150200")):
        scene.org(code, region, kind="mediation_committee", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    mediator = scene.staff("mia", "mediator", "committee")
    scene.available(mediator)
    kiosk = scene.terminal(terminal, "district")
    number = scene.delivered_request(terminal, kiosk, kind="mediation")
    session_id = scene.ask(kiosk, number, kind="mediation")["session_id"]
    claimed = central.client.post(f"/api/v1/sessions/{session_id}/claim", headers=mediator)
    assert claimed.status_code == 200, claimed.text
    return Mediation(central, scene, notified, session_id, mediator, kiosk)


@contextmanager
def sqlite_mediation(tmp_path: Path) -> Iterator[Mediation]:
    """GIVEN a service on SQLite (its database and notifier file in `tmp_path`) where the
    committee's mediator `mia` claimed K001's mediation."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    notified = tmp_path / "sms.jsonl"
    ours = CentralSettings(
        db_url=url, data_dir=tmp_path, mediation=MediationSettings(notifier_file=notified)
    )
    app = create_app(ours)
    with TestClient(app) as client:
        central = Central(app, client, app.state.db)
        central.add_org("root", "150000")
        yield mediation_scene(central, notified)


@contextmanager
def mediation_in_call(tmp_path: Path, main_room: int) -> Iterator[Mediation]:
    """GIVEN `sqlite_mediation`, in call, main room `main_room`'s ids written as the connect
    route would (Janus itself is left to the caller to mock)."""
    with sqlite_mediation(tmp_path) as m:
        with m.central.database.session() as session:
            session.execute(
                update(VideoSession)
                .where(VideoSession.public_id == m.session_id)
                .values(state="in_call", room_id=main_room, room_secret="main-secret")
            )
        yield m


def mediator_of(database: Database) -> Staff:
    """The committee's mediator (`mia`), detached from its database session."""
    with database.session() as session:
        staff = session.scalars(select(Staff).where(Staff.username == "mia")).one()
        session.expunge(staff)
        return staff
