"""Seal test (#17): a completed notarisation session becomes an act whose certificate is sealed
as PAdES B-LT by a real `lexkiosk-central serve` against Certomancer (CA, time-stamp authority
and OCSP responder as a real HTTP server process); pyHanko validates it against the test root;
`/public/verify` over HTTP tells an intact copy from a changed byte and from an incremental
update; with the time-stamp service stopped the act stays "sealing pending" until it returns."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers, timestamps
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore

from central.evidence.certificate import certificate_pdf
from central.evidence.models import NotarialAct
from central.evidence.seal import SealError, seal_pdf
from central.evidence.settings import EvidenceSettings, Pkcs11Signer
from central.evidence.signer import load_roots
from central.evidence.verify_pdf import read_seal
from central.journal.chain import verify as verify_journal
from central.models import JournalEntry
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.certomancer_pki import CertomancerPki, running_pki
from tests.helpers.sealed_acts import (
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SealingService,
    sealing_service,
)
from tests.helpers.softhsm import MODULE, token_with_key

PER_CLIENT = 12  # verifications a client address may make in the window
RECORD: dict[str, Any] = {
    "act": "NA-20261207-0000ABCD",
    "kind": "notarisation",
    "tracking_number": "K001-261207-00001-3",
    "organisation": "测试公证处",
    "parties": {"resident": [], "notary": "张*", "notary_account": "n1"},
    "call_started_at": None,
    "call_ended_at": None,
    "recorded_at": "2026-12-07T03:21:00+00:00",
    "identity": [],
    "documents": [],
    "segments": [],
}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CertomancerPki]:
    with running_pki(tmp_path_factory.mktemp("pki")) as running:
        yield running


@pytest.fixture(scope="module")
def service(
    pki: CertomancerPki, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SealingService]:
    with sealing_service(pki, tmp_path_factory.mktemp("central"), PER_CLIENT) as running:
        yield running


@pytest.fixture(scope="module")
def sealed(service: SealingService) -> NotarialAct:
    """GIVEN a notarisation session completed while every service is up."""
    sid = service.completed_notarisation()
    return service.wait_for(sid, lambda act: act.state == "sealed")


def _journal_actions(service: SealingService, act_id: str) -> list[str]:
    from sqlalchemy import select

    with service.db.session() as session:
        return list(
            session.scalars(
                select(JournalEntry.action)
                .where(JournalEntry.subject == f"act:{act_id}")
                .order_by(JournalEntry.seq)
            )
        )


def test_with_the_time_stamp_service_stopped_the_act_stays_pending_until_it_returns(
    service: SealingService,
) -> None:
    """GIVEN Certomancer (the time-stamp authority and the OCSP responder) stopped WHEN a
    notarisation session completes THEN its act is recorded but stays "sealing pending" through
    several attempts, and says so to the QR link; WHEN the services return THEN it is sealed."""
    service.pki.stop()
    try:
        sid = service.completed_notarisation()
        act = service.wait_for(sid, lambda a: a.attempts >= 3)
        assert act.state == "sealing_pending" and act.sealed_pdf is None
        assert act.last_error
        assert _journal_actions(service, act.public_id) == ["act.recorded"]
        facts = service.http.get(
            f"/public/api/verify/acts/{act.public_id}", params={"code": act.verify_code}
        ).json()
        assert facts["state"] == "sealing_pending" and facts["seal_signer"] is None
    finally:
        service.pki.start()
    done = service.wait_for(sid, lambda a: a.state == "sealed")
    assert done.sealed_pdf and done.seal_time is not None
    assert _journal_actions(service, act.public_id) == ["act.recorded", "act.sealed"]
    with service.db.session() as session:
        assert verify_journal(session).ok


def test_the_sealed_pdf_validates_with_pyhanko_against_the_test_root(
    service: SealingService, sealed: NotarialAct
) -> None:
    """THEN pyHanko, given only the test root and what the file embeds (no fetching), finds the
    seal intact and trusted, a valid time-stamp, and OCSP and CRL data in the security store;
    a copy with one byte changed is not intact."""
    assert sealed.sealed_pdf is not None
    root = load_cert_from_pemder(str(service.pki.cert_file("root")))

    def status(data: bytes) -> object:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        dss = DocumentSecurityStore.read_dss(reader)
        # OCSP responses for the seal's and the time-stamp authority's certificates
        assert len(dss.ocsps) >= 2, "revocation information embedded"
        context = dss.as_validation_context(
            {"trust_roots": [root], "allow_fetching": False, "revocation_mode": "hard-fail"}
        )
        sig = reader.embedded_signatures[0]
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
        return validate_pdf_signature(sig, context, ts_validation_context=context)

    good = status(sealed.sealed_pdf)
    assert good.intact and good.valid and good.trusted  # type: ignore[attr-defined]
    stamp = good.timestamp_validity  # type: ignore[attr-defined]
    assert stamp is not None and stamp.intact and stamp.valid and stamp.trusted
    assert "测试公证处" in good.signing_cert.subject.human_friendly  # type: ignore[attr-defined]

    bad = status(_one_byte_changed(sealed.sealed_pdf))
    assert not bad.intact  # type: ignore[attr-defined]


def test_a_seal_made_with_the_key_in_a_pkcs11_token_is_whole(
    pki: CertomancerPki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the office's key imported into a SoftHSM token (PKCS#11) WHEN a certificate is
    sealed with the token THEN the seal reads back whole: trusted, time-stamped, revocation
    data embedded, signed by the office's certificate."""
    token = token_with_key(tmp_path, pki.office_key)
    monkeypatch.setenv("SOFTHSM2_CONF", str(token.conf))
    settings = EvidenceSettings(
        pkcs11=Pkcs11Signer(
            module=MODULE,
            token_label=token.label,
            key_label=token.key_label,
            pin_file=token.pin_file,
        ),
        cert_file=pki.cert_file("office"),
        trust_roots=(pki.cert_file("root"),),
        tsa_url=pki.tsa_url,
        network_timeout_s=5.0,
    )
    roots = load_roots(settings.trust_roots)
    pdf = certificate_pdf(RECORD, "测试公证处", "http://127.0.0.1/public/verify?act=x&code=y")
    sealed, report = seal_pdf(pdf, "NA-20261207-0000ABCD", settings, roots)
    assert report.whole and report.trusted and report.timestamped and report.revocation_embedded
    assert report.signer == "测试公证处电子公章" and "NA-20261207-0000ABCD" in report.reason
    assert read_seal(sealed, roots).whole

    wrong_pin = tmp_path / "wrong-pin"
    wrong_pin.write_text("000000")
    refused = settings.model_copy(
        update={"pkcs11": settings.pkcs11.model_copy(update={"pin_file": wrong_pin})}  # type: ignore[union-attr]
    )
    with pytest.raises(SealError, match="lexkiosk-seal"):
        seal_pdf(pdf, "NA-20261207-0000ABCD", refused, roots)


def _one_byte_changed(pdf: bytes) -> bytes:
    """One byte inside the signed range (the producer string in the document information)."""
    at = pdf.index(b"ReportLab PDF Library")
    assert at < pdf.index(b"/ByteRange")
    return pdf[:at] + b"X" + pdf[at + 1 :]


def _updated_after(pdf: bytes) -> bytes:
    """An incremental update appended after the seal: a line of text added to the page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 72 Td (VOID) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _time_stamped_after(pdf: bytes, pki: CertomancerPki) -> bytes:
    """A permitted update appended after the seal: a document time-stamp (as archiving adds)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    stamper = signers.PdfTimeStamper(timestamps.HTTPTimeStamper(pki.tsa_url))
    out = stamper.timestamp_pdf(writer, "sha256")
    return out.getvalue()


def test_public_verify_over_http_tells_intact_changed_and_updated_apart(
    service: SealingService, sealed: NotarialAct
) -> None:
    """WHEN anyone uploads the sealed PDF, a copy with one byte changed, a copy with an
    incremental update changing the page, and one with a document time-stamp appended THEN the
    answers say who sealed it, when, for which act, which was altered how, and that the
    time-stamp is a permitted update; the QR link's act answers with its number and code only;
    nobody learns the resident's name or phone."""
    assert sealed.sealed_pdf is not None
    post = service.http.post
    headers = {"Content-Type": "application/pdf"}
    intact = post("/public/api/verify", content=sealed.sealed_pdf, headers=headers)
    assert intact.status_code == 200, intact.text
    body = intact.json()
    assert body["verdict"] == "签章有效，文件自盖章后未被改动。"
    assert body["intact"] and body["certificate_valid_then"] and body["same_as_sealed"]
    assert not body["altered"] and body["revocation_embedded"] and body["timestamped"]
    assert body["act"]["act"] == sealed.public_id and body["act"]["state"] == "sealed"
    assert body["agreement"] is None  # a notarial act is never taken for an agreement
    assert body["verdict_en"] == "Valid seal; the file is unchanged since sealing."
    assert "测试公证处" in body["signer"] and body["signed_at"]

    changed = post(
        "/public/api/verify", content=_one_byte_changed(sealed.sealed_pdf), headers=headers
    )
    assert changed.status_code == 200
    assert not changed.json()["intact"] and "改动" in changed.json()["verdict"]

    updated = post("/public/api/verify", content=_updated_after(sealed.sealed_pdf), headers=headers)
    answer = updated.json()
    assert answer["intact"] and answer["altered"] and answer["updated_after_sealing"]
    assert answer["what_changed"] == "修改了文档内容（不允许）"
    assert answer["verdict"].startswith("盖章后文件被改动过")

    stamped = post(
        "/public/api/verify",
        content=_time_stamped_after(sealed.sealed_pdf, service.pki),
        headers=headers,
    ).json()
    assert stamped["intact"] and not stamped["altered"] and stamped["update_permitted"]
    assert stamped["updated_after_sealing"] and not stamped["same_as_sealed"]
    assert stamped["what_changed"] == "仅追加了验证数据或文档时间戳（允许的更新）"
    assert stamped["verdict"].startswith("签章有效；盖章后有更新")

    link = f"/public/api/verify/acts/{sealed.public_id}"
    facts = service.http.get(link, params={"code": sealed.verify_code})
    assert facts.json()["state"] == "sealed" and facts.json()["act"] == sealed.public_id
    guessed = service.http.get(link, params={"code": "x" * 16})
    assert guessed.status_code == 404 and "number and code" in guessed.json()["detail"]
    for reply in (intact, changed, updated, facts):
        assert RESIDENT_NAME[0] not in reply.text and RESIDENT_PHONE not in reply.text


def test_the_verify_page_in_chromium(
    service: SealingService, sealed: NotarialAct, tmp_path: Path
) -> None:
    """WHEN a resident opens the QR code's link THEN the page names the act, the office and the
    time of the seal; WHEN they upload the sealed PDF, then a copy updated after sealing THEN
    the page says the first is unchanged and the second altered, and how; the notary's console
    page of the act shows it sealed, by whom."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    assert sealed.sealed_pdf is not None
    files = tmp_path / "pdf"
    files.mkdir()
    (files / "公证书.pdf").write_bytes(sealed.sealed_pdf)
    (files / "改过的公证书.pdf").write_bytes(_updated_after(sealed.sealed_pdf))
    shots = screenshots_dir(tmp_path)
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(
                viewport={"width": 390, "height": 844}, device_scale_factor=2, locale="zh-CN"
            )
            page.goto(
                f"{service.base}/public/verify?act={sealed.public_id}&code={sealed.verify_code}"
            )
            expect(page.locator("#act-result")).to_contain_text(sealed.public_id)
            expect(page.locator("#act-result")).to_contain_text("已盖章")
            expect(page.locator("#act-result")).to_contain_text("测试公证处电子公章")
            expect(page.locator("#act-result")).to_contain_text("city-notary office")
            page.set_input_files("#pdf", str(files / "公证书.pdf"))
            page.click("#verify-form button[type=submit]")
            expect(page.locator("#verdict")).to_have_text("签章有效，文件自盖章后未被改动。")
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "public-verify.png"), full_page=True)
            page.set_input_files("#pdf", str(files / "改过的公证书.pdf"))
            page.click("#verify-form button[type=submit]")
            expect(page.locator("#verdict")).to_contain_text("盖章后文件被改动过")
            expect(page.locator("#verify-result")).to_contain_text("修改了文档内容（不允许）")
            page.screenshot(path=str(shots / "public-verify-altered.png"), full_page=True)
            assert RESIDENT_NAME[0] not in page.content()

            # The notary's console page of the same act.
            token = service.notary["Authorization"].removeprefix("Bearer ")
            page.context.add_cookies(
                [{"name": "lexkiosk_staff", "value": token, "url": service.base}]
            )
            page.set_viewport_size({"width": 1100, "height": 900})
            page.goto(f"{service.base}/console/sessions/{sealed.record['session']}/act")
            expect(page.locator("#act-state")).to_contain_text("已盖章")
            expect(page.locator("main")).to_contain_text("测试公证处电子公章")
            assert not accessibility_problems(page)
            page.screenshot(path=str(shots / "console-act.png"), full_page=True)
        finally:
            browser.close()


def test_public_verify_refuses_non_pdf_huge_and_too_many_uploads(service: SealingService) -> None:
    """WHEN an anonymous caller sends text, then 5 MiB, then keeps uploading THEN each is
    refused saying what is allowed: 415 (only a PDF), 413 (the limit in bytes), 429 with
    Retry-After once the address has used its verifications."""
    headers = {"Content-Type": "application/pdf"}
    text = service.http.post("/public/api/verify", content=b"hello, not a pdf", headers=headers)
    assert text.status_code == 415 and "only a sealed PDF" in text.json()["detail"]
    huge = service.http.post(
        "/public/api/verify", content=b"%PDF-" + b"0" * (5 << 20), headers=headers
    )
    assert huge.status_code == 413
    codes = [
        service.http.post("/public/api/verify", content=b"%PDF-1.7\n", headers=headers).status_code
        for _ in range(PER_CLIENT)
    ]
    assert 429 in codes
    refused = service.http.post("/public/api/verify", content=b"%PDF-1.7\n", headers=headers)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
