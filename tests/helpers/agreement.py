"""A mediation scene for the agreement tests: a session held by its mediator, the resident's
terminal and the other party's terminal in it, the 人民调解协议书 template seeded, and ink as
PNG images (drawn with Pillow: a stroke, never a blank image)."""

from __future__ import annotations

import base64
import io
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PIL import Image, ImageDraw
from sqlalchemy import select

from central.app import create_app
from central.auth.staff import organisation_by_code
from central.clock import utcnow
from central.db import Database
from central.evidence.settings import EvidenceSettings
from central.migrate import upgrade
from central.seed.load import load_seed
from central.sessions.mediation.settings import MediationSettings
from central.sessions.models import SessionParticipant, VideoSession
from central.settings import CentralSettings
from tests.central.sessions.support import Headers, Scene
from tests.helpers.certomancer_pki import CertomancerPki
from tests.helpers.thread_server import served_in_thread

VALUES = {
    "resident_party": "王小明",
    "other_party": "李大山",
    "dispute_facts": "双方因相邻宅基地排水沟的位置发生纠纷。",
    "agreed_terms": (
        "一、李大山于2027年1月31日前将排水沟改至双方约定的位置；\n二、王小明不再主张赔偿。"
    ),
    "performance_deadline": "2027年1月31日前",
    "mediator": "赵调解",
    "committee": "红旗嘎查",
}


def ink_png(seed: int = 1) -> str:
    """A signature-like stroke as base64 PNG."""
    image = Image.new("RGBA", (300, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 26, 60 + ((i * 37 + seed * 11) % 50) - 25) for i in range(11)]
    draw.line(points, fill=(0, 0, 120, 255), width=5)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


@dataclass
class Mediation:
    scene: Scene
    sid: str
    mediator: Headers
    resident: Headers
    other: Headers  # the other party's terminal
    stranger: Headers  # a terminal of the same district, not in the session

    def put(self, values: dict[str, str] | None = None, who: Headers | None = None) -> Any:
        return self.scene.http.request(
            "PUT",
            f"/api/v1/sessions/{self.sid}/agreement",
            json={"values": values or VALUES},
            headers=who or self.mediator,
        )

    def read(self, who: Headers, base: str = "/api/v1/kiosk/sessions") -> Any:
        return self.scene.http.request("GET", f"{base}/{self.sid}/agreement", headers=who)

    def sign(
        self, who: Headers, version: int, base: str = "/api/v1/kiosk/sessions", seed: int = 1
    ) -> Any:
        return self.scene.http.request(
            "POST",
            f"{base}/{self.sid}/agreement/signature",
            json={"version": version, "signature_png_b64": ink_png(seed)},
            headers=who,
        )


def add_participant(database: Database, sid: str, role: str, kiosk_token_id: int | None) -> str:
    """What the invitation's redeem does (issue 18, the session's part): a participant row."""
    pid = f"{role}-{secrets.token_hex(6)}"
    with database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        session.add(
            SessionParticipant(
                session_id=vs.id,
                participant_id=pid,
                role=role,
                kiosk_id=kiosk_token_id,
                added_at=utcnow(),
            )
        )
    return pid


def kiosk_id(database: Database, terminal_id: str) -> int:
    from central.models import Kiosk

    with database.session() as session:
        return session.scalars(select(Kiosk.id).where(Kiosk.terminal_id == terminal_id)).one()


def mediation(scene: Scene) -> Mediation:
    """GIVEN a mediation centre for 150100 holding a session asked for by terminal K001, the
    other party admitted at terminal K002, and the agreement template seeded at the root."""
    scene.org("centre", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    with scene.database.session() as session:
        load_seed(session, organisation_by_code(session, "root").id, "test")
    # a consultation held by a lawyer stands in for the mediation kind until issue-18m's
    # session kind "mediation" (role mediator) is merged; the agreement does not look at kind
    mediator = scene.staff("mia", "lawyer", "centre")
    scene.available(mediator)
    resident = scene.terminal("K001", "district")
    other = scene.terminal("K002", "district")
    stranger = scene.terminal("K003", "district")
    number = scene.delivered_request("K001", resident)
    sid: str = scene.ask(resident, number, kind="consultation")["session_id"]
    claimed = scene.http.request("POST", f"/api/v1/sessions/{sid}/claim", headers=mediator)
    assert claimed.status_code == 200, claimed.text
    add_participant(scene.database, sid, "other_party", kiosk_id(scene.database, "K002"))
    return Mediation(scene, sid, mediator, resident, other, stranger)


@dataclass
class CommitteeMediation:
    """A mediation held by a mediation committee's mediator, served over real HTTP."""

    base: str
    scene: Scene
    sid: str
    mediator: Headers
    resident: Headers  # the terminal K001 that asked for the session

    @property
    def token(self) -> str:
        """The mediator's token, the console's cookie value."""
        return self.mediator["Authorization"].split(" ", 1)[1]


def committee_orgs(scene: Scene) -> None:
    """GIVEN the root bureau (150000) holding the seeded templates (人民调解协议书 among them),
    its mediation committee (150100) and the district bureau (150102) owning the terminals."""
    scene.org("root", "150000", kind="justice_bureau")
    scene.org("committee", "150100", kind="mediation_committee", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    with scene.database.session() as session:
        load_seed(session, organisation_by_code(session, "root").id, "test")


@contextmanager
def committee_mediation(tmp_path: Path, claimed: bool = True) -> Iterator[CommitteeMediation]:
    """GIVEN a service over real HTTP (its FileNotifier writing to tmp_path/sms.jsonl) and a
    resident's mediation asked for at terminal K001 and claimed by the committee's mediator
    `mia` (`claimed` False: still queued, for her to claim), the 人民调解协议书 template seeded
    at the root bureau."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    settings = CentralSettings(
        db_url=url,
        data_dir=tmp_path,
        mediation=MediationSettings(notifier_file=tmp_path / "sms.jsonl"),
    )
    app = create_app(settings)
    with served_in_thread(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        scene = Scene(http, app.state.db)
        committee_orgs(scene)
        mediator = scene.staff("mia", "mediator", "committee")
        scene.available(mediator)
        kiosk = scene.terminal("K001", "district")
        number = scene.delivered_request("K001", kiosk, kind="mediation")
        sid: str = scene.ask(kiosk, number, kind="mediation")["session_id"]
        if claimed:
            taken = http.post(f"/api/v1/sessions/{sid}/claim", headers=mediator)
            assert taken.status_code == 200, taken.text
        yield CommitteeMediation(base, scene, sid, mediator, kiosk)


def committee_evidence(pki: CertomancerPki, network_timeout_s: float) -> EvidenceSettings:
    """The committee's seal with the test PKI, answered at http://testserver; no retry_s: the
    test runs the seal rounds itself."""
    return EvidenceSettings(
        key_file=pki.office_key,
        cert_file=pki.cert_file("office"),
        trust_roots=(pki.cert_file("root"),),
        tsa_url=pki.tsa_url,
        office_name="红旗嘎查人民调解委员会",
        network_timeout_s=network_timeout_s,
        public_base_url="http://testserver",
    )
