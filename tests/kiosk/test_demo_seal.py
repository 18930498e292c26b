"""`lexkiosk demo --services-only` seals a mediation agreement: its central service comes up
with the demo's seal settings (a DEMO root, seal certificate and a local time-stamp authority
under its data folder), and an agreement every party signed over HTTP is sealed in the
mediating committee's name (a DEMO certificate the demo root issues it) and validates with
pyHanko against the demo root. No Janus is needed for the agreement (the demo starts it
anyway when it is installed)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import httpx
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from central.db import Database
from central.evidence.signer import load_roots
from central.evidence.verify_pdf import read_seal
from tests.central.sessions.support import Scene
from tests.helpers.agreement import VALUES, add_participant, ink_png, kiosk_id
from tests.helpers.demo import CONSOLE, start_demo, stop_demo

READY = "stop with Ctrl-C"
START_BOUND_S = 240.0  # a bound, not a measure: the shared 2-core machine is often loaded
SEAL_BOUND_S = 30.0


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    return env | {"LEXKIOSK_CONFIG": str(tmp_path / "kiosk.toml"), "QT_QPA_PLATFORM": "offscreen"}


def _sign(http: httpx.Client, base: str, sid: str, who: dict[str, str], seed: int) -> Any:
    reply = http.post(
        f"{base}/{sid}/agreement/signature",
        json={"version": 1, "signature_png_b64": ink_png(seed)},
        headers=who,
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_the_demo_seals_a_signed_mediation_agreement(tmp_path: Path) -> None:
    """GIVEN the demo's services WHEN the demo mediator (logged in with the printed password,
    available) claims a mediation asked for at the demo terminal, fills the agreement and the
    resident, the other party and the mediator sign THEN it is sealed within seconds, and the
    sealed PDF validates with pyHanko against the demo root: trusted, time-stamped, the
    revocation data embedded, sealed in the name of the committee that mediated it (the demo
    mediator's 示范人民调解委员会, not the notary office), every name labelled DEMO."""
    run = start_demo(tmp_path, _env(tmp_path))
    try:
        run.wait_for(READY, START_BOUND_S)
        console = run.first(CONSOLE)
        assert console is not None, run.lines
        printed = "\n".join(run.lines)  # the person's instructions: available first, where
        for words in ("press 可接听 (available) -- before the resident asks", "invitations.jsonl",
                      'open its "link" in a second browser', "DEMO seal"):  # fmt: skip
            assert words in printed, printed
        data = tmp_path / ".data" / "demo"
        pki = data / "central" / "evidence-demo"
        assert (pki / "root.cert.pem").exists() and (pki / "tsa.cert.pem").exists()
        database = Database(f"sqlite:///{data / 'central' / 'central.sqlite3'}")
        with httpx.Client(base_url=console, timeout=30.0) as http:
            login = http.post(
                "/api/v1/auth/login",
                json={"username": "demo-mediator", "password": run.logins()["demo-mediator"]},
            )
            assert login.status_code == 200, login.text
            mediator = {"Authorization": f"Bearer {login.json()['access_token']}"}
            scene = Scene(http, database)
            scene.available(mediator)
            token = (data / "kiosk" / "device_token").read_text().strip()
            resident = {"Authorization": f"Bearer {token}"}
            number = scene.delivered_request("DEV001", resident, kind="mediation")
            sid = scene.ask(resident, number, kind="mediation")["session_id"]
            claimed = http.post(f"/api/v1/sessions/{sid}/claim", headers=mediator)
            assert claimed.status_code == 200, claimed.text
            other = scene.terminal("DEV002", "demo-bureau")
            add_participant(database, sid, "other_party", kiosk_id(database, "DEV002"))

            put = http.put(
                f"/api/v1/sessions/{sid}/agreement", json={"values": VALUES}, headers=mediator
            )
            assert put.status_code == 200, put.text
            _sign(http, "/api/v1/kiosk/sessions", sid, resident, 1)
            _sign(http, "/api/v1/kiosk/sessions", sid, other, 2)
            done = _sign(http, "/api/v1/sessions", sid, mediator, 3)
            assert done["state"] == "sealing_pending", done

            deadline = time.monotonic() + SEAL_BOUND_S
            state = done["state"]
            while state != "sealed" and time.monotonic() < deadline:
                time.sleep(0.5)
                read = http.get(f"/api/v1/sessions/{sid}/agreement", headers=mediator)
                state = read.json()["state"]
            assert state == "sealed", read.json()
            sealed = http.get(f"/api/v1/kiosk/sessions/{sid}/agreement/sealed", headers=resident)
            assert sealed.status_code == 200, sealed.text
        database.dispose()
    finally:
        assert stop_demo(run) == 0, run.lines

    report = read_seal(sealed.content, load_roots((pki / "root.cert.pem",)))
    assert report.whole, report.problem
    # sealed in the name of the committee that mediated it, not the notary office's
    assert report.signer.startswith("演示 DEMO 示范人民调解委员会电子印章"), report.signer
    assert "公证处" not in report.signer
    assert (pki / "org-demo-mediation.cert.pem").exists()
    root = load_cert_from_pemder(str(pki / "root.cert.pem"))
    status = validate_pdf_signature(
        PdfFileReader(io.BytesIO(sealed.content)).embedded_signatures[0],
        ValidationContext(trust_roots=[root], allow_fetching=False),
    )
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.signing_cert.issuer == root.subject  # issued by the demo root itself
    assert status.timestamp_validity is not None and status.timestamp_validity.trusted
