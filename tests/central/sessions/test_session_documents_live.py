"""Documents pushed during a call (issue 17), against a real `lexkiosk-central serve`
process over real sockets: the notary pushes a PDF, the session's terminal fetches it and
returns the resident's signature, the signed PDF comes back to the notary as an incremental
update, and a new version clears the signature; and who is refused, with what words."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from io import BytesIO

import httpx
import pytest
from PIL import Image
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select

from central.db import Database
from central.sessions.documents import documents_of
from central.sessions.models import VideoSession
from tests.central.sessions.support import Headers, Scene
from tests.helpers.pushed_pdf import ink_json, pushed_pdf
from tests.helpers.server import live_service

pytestmark = pytest.mark.e2e


def _png() -> str:
    out = BytesIO()
    Image.new("RGB", (60, 24), "white").save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def _signature(sha256: str) -> dict[str, object]:
    return {"sha256": sha256, "signature_png_b64": _png(), "ink": ink_json()}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Scene, httpx.Client]]:
    from central.migrate import upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('docs') / 'central.sqlite3'}"
    upgrade(url)
    with live_service(url) as service:
        http = httpx.Client(base_url=service.base, timeout=60)
        scene = Scene(http, Database(url))
        scene.org("city-notary", "150100")
        scene.org("district", "150102", kind="justice_bureau")
        yield scene, http
        http.close()
        scene.database.dispose()


def _claimed_session(
    scene: Scene, http: httpx.Client, name: str, terminal: str
) -> tuple[str, Headers, Headers]:
    """A notarisation session of `terminal` claimed by the notary `name` (the served
    process is shared by this module's tests: each test has its own notary and terminal)."""
    ana = scene.staff(name, "notary", "city-notary")
    scene.available(ana)
    kiosk = scene.terminal(terminal, "district")
    sid = scene.ask(kiosk, scene.delivered_request(terminal, kiosk))["session_id"]
    assert http.post(f"/api/v1/sessions/{sid}/claim", headers=ana).status_code == 200
    return sid, ana, kiosk


def _push(http: httpx.Client, sid: str, who: Headers, pdf: bytes, title: str) -> httpx.Response:
    return http.post(
        f"/api/v1/sessions/{sid}/documents",
        params={"title": title},
        content=pdf,
        headers={**who, "Content-Type": "application/pdf"},
    )


def test_push_fetch_sign_return_and_a_new_version_clears_the_signature(
    served: tuple[Scene, httpx.Client],
) -> None:
    """GIVEN a notary holding a notarisation call WHEN they push a PDF THEN the terminal's
    status names it, the terminal fetches the same bytes, returns the ink and its image, and
    the notary gets the signed PDF: the pushed bytes followed by an incremental update; WHEN
    the notary pushes a changed version THEN the terminal sees it unsigned and a signature
    of the old version is refused."""
    scene, http = served
    sid, ana, kiosk = _claimed_session(scene, http, "ana", "K001")
    first = pushed_pdf(2)
    pushed = _push(http, sid, ana, first, "委托书")
    assert pushed.status_code == 201, pushed.text
    sha = hashlib.sha256(first).hexdigest()
    assert pushed.json()["sha256"] == sha and pushed.json()["version"] == 1

    shown = http.get(f"/api/v1/kiosk/sessions/{sid}", headers=kiosk).json()["document"]
    assert shown == {"version": 1, "title": "委托书", "sha256": sha, "signed": False}
    fetched = http.get(f"/api/v1/kiosk/sessions/{sid}/documents/1", headers=kiosk)
    assert fetched.headers["content-type"] == "application/pdf" and fetched.content == first

    signed = http.post(
        f"/api/v1/kiosk/sessions/{sid}/documents/1/signature",
        json=_signature(sha),
        headers=kiosk,
    )
    assert signed.status_code == 200, signed.text
    assert signed.json()["signed"] is True
    listed = http.get(f"/api/v1/sessions/{sid}/documents", headers=ana).json()
    assert listed[0]["ink_points"] == 35 and listed[0]["signed_sha256"]
    back = http.get(f"/api/v1/sessions/{sid}/documents/1/signed", headers=ana)
    assert back.status_code == 200 and back.content.startswith(first)
    assert hashlib.sha256(back.content).hexdigest() == listed[0]["signed_sha256"]
    reader = PdfFileReader(BytesIO(back.content))
    assert reader.xrefs.total_revisions == 2  # the pushed file and the signature's update
    again = http.post(
        f"/api/v1/kiosk/sessions/{sid}/documents/1/signature",
        json=_signature(sha),
        headers=kiosk,
    )
    assert again.status_code == 409 and "signed already" in again.json()["detail"]

    changed = pushed_pdf(3)
    assert _push(http, sid, ana, changed, "委托书(改)").status_code == 201
    shown = http.get(f"/api/v1/kiosk/sessions/{sid}", headers=kiosk).json()["document"]
    assert shown["version"] == 2 and shown["signed"] is False
    stale = http.post(
        f"/api/v1/kiosk/sessions/{sid}/documents/1/signature",
        json=_signature(sha),
        headers=kiosk,
    )
    assert stale.status_code == 409 and "newer" in stale.json()["detail"]
    with scene.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        evidence = documents_of(session, vs)
    assert [e.sha256 for e in evidence] == [hashlib.sha256(changed).hexdigest()]
    assert evidence[0].signed_sha256 == "" and evidence[0].signed_at is None


def test_who_may_push_fetch_and_sign_and_what_is_refused(
    served: tuple[Scene, httpx.Client],
) -> None:
    """Anonymous 401; another organisation's notary 404; another terminal 404; a non-PDF
    415 and a PDF over 8 MiB 413, both saying what is allowed; a body over the gate's limit
    413 before it is read; a stale hash 409; a signature image that is no PNG 422."""
    scene, http = served
    sid, ana, kiosk = _claimed_session(scene, http, "bea", "K003")
    scene.org("far-notary", "150200")
    far = scene.staff("far", "notary", "far-notary")
    other = scene.terminal("K002", "district")
    pdf = pushed_pdf(1)
    sha = hashlib.sha256(pdf).hexdigest()

    assert _push(http, sid, {}, pdf, "x").status_code == 401
    assert _push(http, sid, far, pdf, "x").status_code == 404
    assert _push(http, sid, kiosk, pdf, "x").status_code == 401  # a device token is no staff's
    not_pdf = _push(http, sid, ana, b"PK\x03\x04 a zip file", "x")
    assert not_pdf.status_code == 415 and "only a PDF" in not_pdf.json()["detail"]
    broken = _push(http, sid, ana, b"%PDF-1.7\n garbage", "x")
    assert broken.status_code == 415 and "readable PDF" in broken.json()["detail"]
    big = _push(http, sid, ana, pdf + b"%" * (9 * 1024 * 1024), "x")
    assert big.status_code == 413 and "at most 8388608 bytes" in big.json()["detail"]
    huge = _push(http, sid, ana, b"%PDF-" + b"0" * (13 * 1024 * 1024), "x")
    assert huge.status_code == 413 and "Traceback" not in huge.text
    untitled = _push(http, sid, ana, pdf, "")
    assert untitled.status_code == 422 and "Traceback" not in untitled.text
    assert _push(http, sid, ana, pdf, "委托书").status_code == 201

    assert http.get(f"/api/v1/kiosk/sessions/{sid}/documents/1").status_code == 401
    assert http.get(f"/api/v1/kiosk/sessions/{sid}/documents/1", headers=other).status_code == 404
    assert http.get(f"/api/v1/kiosk/sessions/{sid}/documents/1", headers=ana).status_code == 401
    assert http.get(f"/api/v1/kiosk/sessions/{sid}/documents/9", headers=kiosk).status_code == 404
    url = f"/api/v1/kiosk/sessions/{sid}/documents/1/signature"
    assert http.post(url, json=_signature(sha), headers=other).status_code == 404
    assert http.post(url, json=_signature(sha)).status_code == 401
    stale = http.post(url, json=_signature("0" * 64), headers=kiosk)
    assert stale.status_code == 409 and "hash differs" in stale.json()["detail"]
    not_png = {**_signature(sha), "signature_png_b64": base64.b64encode(b"GIF89a....").decode()}
    refused = http.post(url, json=not_png, headers=kiosk)
    assert refused.status_code == 422 and "PNG" in refused.json()["detail"]
    no_ink = {**_signature(sha), "ink": {"width": 600, "height": 240, "strokes": []}}
    assert http.post(url, json=no_ink, headers=kiosk).status_code == 422
    assert http.get(f"/api/v1/sessions/{sid}/documents", headers=far).status_code == 404
    assert http.get(f"/api/v1/sessions/{sid}/documents/1/signed", headers=far).status_code == 404
    unsigned = http.get(f"/api/v1/sessions/{sid}/documents/1/signed", headers=ana)
    assert unsigned.status_code == 409 and "not signed" in unsigned.json()["detail"]
