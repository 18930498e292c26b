"""`/public/verify` knows sealed mediation agreements (issue 18 follow-up): a party's sealed
人民调解协议书, uploaded over real HTTP, is named as one (its number, version, the committee that
sealed it, when, and whether it is the very copy the service keeps); a tampered copy is refused
as before; a forged seal naming a real agreement's number, the unsealed PDF or the number alone
(without the PDF or the copy link's secret) reveal nothing; the party's copy link opens the
sealed PDF, which says what it is. One agreement is sealed for the module (Certomancer as a real
HTTP server process, the service served by uvicorn)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers, timestamps
from sqlalchemy import select

from central.app import create_app
from central.evidence.public import agreement_facts
from central.evidence.settings import OrganisationSeal
from central.evidence.signer import Roots, load_roots
from central.evidence.verify_pdf import read_seal
from central.mediation.agreement_model import MediationAgreement
from central.mediation.agreement_seal import seal_pending_agreements
from central.migrate import upgrade
from central.settings import CentralSettings
from tests.central.sessions.support import Scene
from tests.helpers.agreement import VALUES, Mediation, committee_evidence, mediation
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.certomancer_pki import CertomancerPki, running_pki
from tests.helpers.thread_server import served_in_thread

PDF = {"Content-Type": "application/pdf"}
COMMITTEE = "红旗嘎查人民调解委员会"
PERSONAL = (VALUES["resident_party"], VALUES["other_party"], VALUES["mediator"], "王", "李大")


@dataclass
class Sealed:
    base: str
    http: httpx.Client
    pki: CertomancerPki
    med: Mediation
    public_id: str
    version: int
    unsealed: bytes
    sealed: bytes
    roots: Roots


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sealed]:
    """GIVEN a mediation whose agreement every party signed, sealed in the committee's own name
    against Certomancer, the service on loopback."""
    data = tmp_path_factory.mktemp("central")
    with running_pki(tmp_path_factory.mktemp("pki")) as pki:
        db_url = f"sqlite:///{data / 'central.sqlite3'}"
        upgrade(db_url)
        seal = OrganisationSeal(
            organisation="centre",  # the mediating organisation of tests.helpers.agreement
            name=COMMITTEE,
            key_file=pki.key_file("committee"),
            cert_file=pki.cert_file("committee"),
        )
        evidence = committee_evidence(pki, network_timeout_s=2.0).model_copy(
            update={"organisation_seals": (seal,), "verify_per_client": 50}
        )
        app = create_app(CentralSettings(db_url=db_url, data_dir=data, evidence=evidence))
        with served_in_thread(app) as base, httpx.Client(base_url=base, timeout=60) as http:
            db = app.state.db
            scene = Scene(http, db)
            scene.org("root", "150000", kind="justice_bureau")
            med = mediation(scene)
            assert med.put().status_code == 200
            assert med.sign(med.resident, 1, seed=1).status_code == 200
            assert med.sign(med.other, 1, seed=2).status_code == 200
            assert med.sign(med.mediator, 1, "/api/v1/sessions", seed=3).status_code == 200
            roots = load_roots(evidence.trust_roots)
            assert seal_pending_agreements(db, evidence, roots) == 1
            with db.session() as session:
                row = session.scalars(select(MediationAgreement)).one()
                assert row.pdf is not None and row.sealed_pdf is not None
                found = Sealed(
                    base, http, pki, med, row.public_id, row.version, row.pdf, row.sealed_pdf, roots
                )
            yield found


def _upload(agreement: Sealed, pdf: bytes) -> httpx.Response:
    reply = agreement.http.post("/public/api/verify", content=pdf, headers=PDF)
    assert reply.status_code == 200, reply.text
    assert not any(name in reply.text for name in PERSONAL), reply.text
    return reply


def _one_byte_changed(pdf: bytes) -> bytes:
    """One byte inside the signed range (the producer string in the document information)."""
    at = pdf.index(b"ReportLab PDF Library")
    assert at < pdf.index(b"/ByteRange")
    return pdf[:at] + b"X" + pdf[at + 1 :]


def _self_sealed(pdf: bytes, reason: str, folder: Path) -> bytes:
    """A seal anyone can make: a self-signed certificate, the reason naming `reason`."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{COMMITTEE}电子印章")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    (folder / "forged.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (folder / "forged.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(folder / "forged.key"), str(folder / "forged.pem"))
    assert signer is not None
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False),
        signers.PdfSignatureMetadata(field_name="Seal", reason=reason),
        signer=signer,
    )
    return out.getvalue()


def test_a_sealed_agreement_uploaded_is_named_as_the_recorded_copy(agreement: Sealed) -> None:
    """WHEN a party uploads their sealed copy THEN the answer says, in Chinese and English, that
    it is a valid 人民调解协议书 with its number and version, sealed by the committee on its
    day, and that it is the very copy the service keeps; no party is named."""
    body = _upload(agreement, agreement.sealed).json()
    facts = body["agreement"]
    assert body["act"] is None and body["same_as_sealed"] and not body["altered"]
    assert facts["agreement"] == agreement.public_id and facts["version"] == agreement.version
    assert facts["document"] == "人民调解协议书" and facts["same_as_recorded"]
    assert facts["organisation"] == "centre office" and facts["sealed_at"]
    assert body["signer"].startswith(f"{COMMITTEE}电子印章")
    day = dt.datetime.fromisoformat(facts["sealed_at"]).astimezone(ZoneInfo("Asia/Shanghai"))
    assert body["verdict"] == (
        f"签章有效：这是一份人民调解协议书（编号 {agreement.public_id}，第{agreement.version}版），"
        f"由{body['signer']}于{day.year}年{day.month}月{day.day}日盖章，与本系统存档的盖章件完全一致。"
    )
    assert "本系统没有这份公证书的记录" not in body["verdict"]
    assert body["verdict_en"].startswith("Valid seal: a people's mediation agreement")
    assert body["verdict_en"].endswith("identical to the sealed copy this service keeps.")


def test_a_permitted_update_is_valid_but_not_the_recorded_copy(agreement: Sealed) -> None:
    """GIVEN the sealed copy with a document time-stamp appended (a permitted update) WHEN it is
    uploaded THEN it is still named as the agreement, but not as the copy the service keeps."""
    writer = IncrementalPdfFileWriter(io.BytesIO(agreement.sealed), strict=False)
    stamper = signers.PdfTimeStamper(timestamps.HTTPTimeStamper(agreement.pki.tsa_url))
    stamped = stamper.timestamp_pdf(writer, "sha256").getvalue()
    body = _upload(agreement, stamped).json()
    assert body["intact"] and not body["altered"] and not body["same_as_sealed"]
    assert body["agreement"]["agreement"] == agreement.public_id
    assert not body["agreement"]["same_as_recorded"]
    assert "这是一份人民调解协议书" in body["verdict"]
    assert "但这份文件不是本系统存档的那一份盖章件" in body["verdict"]
    assert "not the sealed copy this service keeps" in body["verdict_en"]


def test_a_tampered_agreement_is_refused_and_named_as_nothing(agreement: Sealed) -> None:
    """WHEN one byte inside the sealed range is changed THEN the seal is invalid, as for any
    document, and the answer names no agreement."""
    body = _upload(agreement, _one_byte_changed(agreement.sealed)).json()
    assert not body["intact"] and body["agreement"] is None and body["act"] is None
    assert body["verdict"] == "签章无效：盖章后文件内容被改动过。"
    assert agreement.public_id not in body["verdict"]


def test_a_number_without_the_sealed_pdf_reveals_nothing(agreement: Sealed, tmp_path: Path) -> None:
    """GIVEN a real agreement's number WHEN someone puts it in a seal of their own, uploads the
    unsealed PDF, asks the act link with it, or asks the copy link without its secret THEN no
    answer names the agreement's facts or a party."""
    number = agreement.public_id
    forged = _self_sealed(agreement.unsealed, f"人民调解协议书 {number} 第1版", tmp_path)
    refused = agreement.http.post("/public/api/verify", content=forged, headers=PDF)
    # today a seal without revocation data is refused as unreadable (415) before any look-up
    assert refused.status_code == 415 and "the seal cannot be read" in refused.text
    assert number not in refused.text and "centre" not in refused.text
    assert not any(name in refused.text for name in PERSONAL)

    # a seal that reads but does not chain to the service's roots names the number in vain
    untrusted = replace(read_seal(agreement.sealed, agreement.roots), trusted=False)
    with agreement.med.scene.database.session() as session:
        assert agreement_facts(session, untrusted, "0" * 64) is None

    plain = _upload(agreement, agreement.unsealed).json()
    assert not plain["sealed"] and plain["agreement"] is None

    for url in (
        f"/public/api/verify/acts/{number}?code={'a' * 16}",
        f"/public/agreements/{number}/copy?p=x&exp=4102444800&sig={'0' * 40}",
        f"/public/agreements/{number}/copy",
    ):
        reply = agreement.http.get(url)
        assert reply.status_code in (404, 422), (url, reply.status_code)
        assert not any(name in reply.text for name in PERSONAL)
        assert "centre" not in reply.text and "人民调解协议书" not in reply.text


def test_the_copy_link_opens_the_sealed_agreement_which_says_what_it_is(
    agreement: Sealed,
) -> None:
    """WHEN a party opens their copy's QR link THEN they land on the sealed PDF, shown inline,
    whose title is the document's kind and number."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    med = agreement.med
    link = agreement.http.get(f"/api/v1/kiosk/sessions/{med.sid}/agreement/copy", headers=med.other)
    assert link.status_code == 200, link.text
    landed = agreement.http.get(link.json()["url"].removeprefix("http://testserver"))
    assert landed.status_code == 200 and landed.content == agreement.sealed
    assert landed.headers["content-type"].startswith("application/pdf")
    assert landed.headers["content-disposition"].startswith("inline;")
    info = PdfFileReader(io.BytesIO(landed.content)).trailer_view["/Info"]
    assert str(info["/Title"]) == f"人民调解协议书 {agreement.public_id}"


def test_the_verify_page_names_the_agreement_in_chromium(agreement: Sealed, tmp_path: Path) -> None:
    """WHEN a resident uploads their sealed agreement on the page THEN it says in Chinese, then
    English, that this is a valid 人民调解协议书 identical to the recorded copy, with its number,
    version and committee; no party's name is on the page."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    upload = tmp_path / "人民调解协议书.pdf"
    upload.write_bytes(agreement.sealed)
    shots = screenshots_dir(tmp_path)
    signed_at = read_seal(
        agreement.sealed, agreement.roots
    ).signed_at  # (outside Playwright's loop)
    assert signed_at is not None
    local = signed_at.astimezone(ZoneInfo("Asia/Shanghai"))
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(  # a browser far from the service's zone (Asia/Shanghai)
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                locale="zh-CN",
                timezone_id="America/New_York",
            )
            page.goto(f"{agreement.base}/public/verify")
            page.set_input_files("#pdf", str(upload))
            page.click("#verify-form button[type=submit]")
            expect(page.locator("#verdict")).to_contain_text("这是一份人民调解协议书")
            expect(page.locator("#verdict")).to_have_class("ok verdict")
            expect(page.locator("#verdict-en")).to_contain_text("people's mediation agreement")
            result = page.locator("#verify-result")
            expect(result).to_contain_text(agreement.public_id)
            expect(result).to_contain_text(f"第{agreement.version}版")
            expect(result).to_contain_text("完全一致")
            # the seal's time in the service's zone, as the verdict's day is, not the browser's
            shown = f"{local.year}/{local.month}/{local.day} {local:%H:%M:%S}"
            expect(result).to_contain_text(shown)
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "public-verify-agreement.png"), full_page=True)
            assert not any(name in page.content() for name in PERSONAL)
        finally:
            browser.close()
