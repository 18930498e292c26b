"""The agreement every party signed is sealed through the evidence seal against Certomancer (a
real HTTP server process: CA, time-stamp authority, OCSP): pending while the services are down,
sealed when they return; pyHanko validates it; the text is Chinese and extractable, each
party's ink is in it; each party's copy link downloads it, a forged or expired one does not."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from central.app import create_app
from central.clock import utcnow
from central.evidence.settings import OrganisationSeal
from central.evidence.signer import load_roots
from central.evidence.verify_pdf import read_seal
from central.mediation.agreement_model import MediationAgreement
from central.mediation.agreement_seal import seal_pending_agreements
from central.mediation.copies import copy_link
from central.migrate import upgrade
from central.models import JournalEntry
from central.settings import CentralSettings
from tests.central.sessions.support import Scene
from tests.helpers.agreement import Mediation, committee_evidence, mediation
from tests.helpers.certomancer_pki import CertomancerPki, running_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CertomancerPki]:
    with running_pki(tmp_path_factory.mktemp("pki")) as running:
        yield running


def _settings(pki: CertomancerPki, data: Path) -> CentralSettings:
    db_url = f"sqlite:///{data / 'central.sqlite3'}"
    upgrade(db_url)
    evidence = committee_evidence(pki, network_timeout_s=2.0)
    return CentralSettings(db_url=db_url, data_dir=data, evidence=evidence)


def _signed_by_all(med: Mediation) -> None:
    assert med.put().status_code == 200
    assert med.sign(med.resident, 1, seed=1).status_code == 200
    assert med.sign(med.other, 1, seed=2).status_code == 200
    done = med.sign(med.mediator, 1, "/api/v1/sessions", seed=3)
    assert done.json()["state"] == "sealing_pending", done.text


def test_signed_by_all_is_sealed_validated_and_copied(pki: CertomancerPki, tmp_path: Path) -> None:
    settings = _settings(pki, tmp_path)
    roots = load_roots(settings.evidence.trust_roots)
    with TestClient(create_app(settings)) as client:
        db = client.app.state.db  # type: ignore[attr-defined]
        scene = Scene(client, db)
        scene.org("root", "150000", kind="justice_bureau")
        med = mediation(scene)
        _signed_by_all(med)

        # WHEN the time-stamp service is down THEN the agreement stays pending, reason kept
        pki.stop()
        try:
            assert seal_pending_agreements(db, settings.evidence, roots) == 0
        finally:
            pki.start()
        with db.session() as session:
            row = session.scalars(select(MediationAgreement)).one()
            assert (row.state, row.attempts, row.sealed_pdf) == ("sealing_pending", 1, None)
            assert row.last_error
        # WHEN it is back THEN the next round seals it
        assert seal_pending_agreements(db, settings.evidence, roots) == 1
        with db.session() as session:
            row = session.scalars(select(MediationAgreement)).one()
            sealed, state = row.sealed_pdf, row.state
        assert state == "sealed" and sealed is not None

        reader = PdfFileReader(io.BytesIO(sealed))
        root_cert = load_cert_from_pemder(str(pki.cert_file("root")))
        status = validate_pdf_signature(
            reader.embedded_signatures[0],
            ValidationContext(trust_roots=[root_cert], allow_fetching=True),
        )
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        text = subprocess.run(
            ["pdftotext", "-", "-"], input=sealed, capture_output=True, check=True
        ).stdout.decode()
        assert "人民调解协议书" in text and "李大山于2027年1月31日前" in text
        assert text.count("签名") >= 3
        (tmp_path / "sealed.pdf").write_bytes(sealed)
        listed = subprocess.run(
            ["pdfimages", "-list", str(tmp_path / "sealed.pdf")],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        kinds = [line.split()[2] for line in listed.splitlines()[2:]]
        assert kinds.count("image") == 3, listed  # one ink image per party (with its mask)

        # each party's copy link downloads the sealed bytes; forged or expired ones do not
        link = client.get(f"/api/v1/kiosk/sessions/{med.sid}/agreement/copy", headers=med.other)
        assert link.status_code == 200, link.text
        url = link.json()["url"].removeprefix("http://testserver")
        assert link.json()["qr_png_b64"]
        got = client.get(url)
        assert got.status_code == 200 and got.content == sealed
        assert client.get(url.replace("sig=", "sig=0")[:-1]).status_code == 404
        with db.session() as session:
            row = session.scalars(select(MediationAgreement)).one()
            old = copy_link("http://testserver", row, "x", utcnow() - timedelta(days=31))
        expired = client.get(old.url.removeprefix("http://testserver"))
        assert expired.status_code == 410 and "expired" in expired.json()["detail"]
        printed = client.get(
            f"/api/v1/kiosk/sessions/{med.sid}/agreement/sealed", headers=med.resident
        )
        assert printed.content == sealed


def test_a_committee_with_its_own_seal_seals_its_agreement_in_its_name(
    pki: CertomancerPki, tmp_path: Path
) -> None:
    """GIVEN the service's office seal and, in `organisation_seals`, the mediating
    organisation's own seal certificate WHEN every party signed THEN the agreement is sealed
    with the committee's certificate (its name in the seal and as its place), trusted by the
    same root, and the journal says who sealed it; the office seal is not used."""
    settings = _settings(pki, tmp_path)
    committee = OrganisationSeal(
        organisation="centre",  # the mediating organisation of tests.helpers.agreement
        name="红旗嘎查人民调解委员会",
        key_file=pki.key_file("committee"),
        cert_file=pki.cert_file("committee"),
    )
    evidence = settings.evidence.model_copy(
        update={"office_name": "测试公证处", "organisation_seals": (committee,)}
    )
    roots = load_roots(evidence.trust_roots)
    with TestClient(create_app(settings)) as client:
        db = client.app.state.db  # type: ignore[attr-defined]
        scene = Scene(client, db)
        scene.org("root", "150000", kind="justice_bureau")
        med = mediation(scene)
        _signed_by_all(med)
        assert seal_pending_agreements(db, evidence, roots) == 1
        with db.session() as session:
            sealed = session.scalars(select(MediationAgreement)).one().sealed_pdf
            journaled = session.scalars(
                select(JournalEntry).where(JournalEntry.action == "agreement.sealed")
            ).one()
            payload = dict(journaled.payload)
    assert sealed is not None
    report = read_seal(sealed, roots)
    assert report.whole, report.problem
    assert report.signer.startswith("红旗嘎查人民调解委员会电子印章"), report.signer
    assert "公证处" not in report.signer
    signature = PdfFileReader(io.BytesIO(sealed)).embedded_signatures[0]
    assert signature.sig_object["/Location"] == "红旗嘎查人民调解委员会"
    assert (payload["mediated_by"], payload["sealed_as"]) == ("centre", report.signer)
