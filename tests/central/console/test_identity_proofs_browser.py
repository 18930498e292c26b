"""The call page's identity section in Chromium (issue 17): the notary sees the start proof,
the warning after a drop, the re-proof arriving without a reload, and opens the ID image on
demand (journaled). A real `lexkiosk-central serve` process on SQLite; no Janus (the page says
video is not configured, the section does not need it)."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path

import httpx
from PIL import Image
from sqlalchemy import select

from api_client.schemas import StaffCreate
from central.auth.staff import add_staff
from central.clock import utcnow
from central.db import Database
from central.migrate import upgrade
from central.models import JournalEntry
from central.sessions.models import VideoSession
from central.sessions.transitions import move
from tests.central.sessions.support import Scene
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.server import live_service

PASSWORD = "correct horse battery staple"
MASK = "150102************"


def _card_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (428, 270), (205, 222, 240)).save(out, format="PNG")
    return out.getvalue()


def test_the_notary_sees_the_reproof_arrive_and_opens_the_id_image(tmp_path: Path) -> None:
    """GIVEN a notarisation in the call whose resident was identified by card (image
    uploaded) and whose call dropped WHEN the notary opens the call page THEN it warns that
    the act cannot complete; WHEN the kiosk reports the passed re-proof THEN the section says
    so without a reload; the document link opens the image, and the opening is journaled."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    shots = screenshots_dir(tmp_path)
    with (
        live_service(url, data_dir=tmp_path / "data") as service,
        httpx.Client(base_url=service.base, timeout=30) as http,
    ):
        database = Database(url)
        scene = Scene(http, database)
        scene.org("root", "150000")
        scene.org("city-notary", "150100", parent="root")
        scene.org("district", "150102", kind="justice_bureau", parent="root")
        with database.session() as session:
            body = StaffCreate(
                username="ana",
                display_name="Ana",
                organisation="city-notary",
                roles=["notary"],
                password=PASSWORD,
            )
            add_staff(session, body, "test")
        token = http.post("/api/v1/auth/login", json={"username": "ana", "password": PASSWORD})
        ana = {"Authorization": f"Bearer {token.json()['access_token']}"}
        scene.available(ana)
        kiosk = scene.terminal("K001", "district")
        sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
        http.post(f"/api/v1/sessions/{sid}/claim", headers=ana).raise_for_status()
        with database.session() as session:
            vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
            move(session, vs, "connecting", "test", room_id=1, room_secret="x")
            move(session, vs, "in_call", "test", started_at=utcnow())
        image = _card_png()
        upload_id = str(uuid.uuid4())
        start = {"upload_id": upload_id, "size": len(image)}
        start["sha256"] = hashlib.sha256(image).hexdigest()
        http.post("/api/v1/uploads", json=start, headers=kiosk).raise_for_status()
        http.put(
            f"/api/v1/uploads/{upload_id}",
            params={"offset": 0},
            content=image,
            headers=kiosk | {"Content-Type": "application/octet-stream"},
        ).raise_for_status()
        proofs = f"/api/v1/kiosk/sessions/{sid}/identity-proofs"
        proof = {"method": "id_card", "result": "passed", "subject_masked": MASK}
        first = {"occasion": "start", "document_upload_id": upload_id} | proof
        http.post(proofs, json=first, headers=kiosk).raise_for_status()
        http.post(
            f"/api/v1/kiosk/sessions/{sid}/report", json={"event": "dropped"}, headers=kiosk
        ).raise_for_status()

        with sync_playwright() as driver:
            browser = launch_chromium(driver)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                page.goto(f"{service.base}/console/sessions/{sid}")
                page.fill("input[name=username]", "ana")
                page.fill("input[name=password]", PASSWORD)
                page.click("button[type=submit]")
                section = page.locator("#identity-proofs")
                expect(section).to_have_attribute("data-reproof-needed", "true")
                expect(page.locator("#reproof-needed")).to_contain_text("cannot complete")
                expect(section.locator("li.proof")).to_have_count(1)
                section.screenshot(path=str(shots / "identity-needed.png"))
                page.screenshot(path=str(shots / "call-page-needed.png"), full_page=True)
                assert not accessibility_problems(page)

                http.post(
                    proofs, json={"occasion": "reproof"} | proof, headers=kiosk
                ).raise_for_status()
                fresh = page.locator("#identity-proofs")  # replaced by the page's script
                expect(fresh).to_have_attribute("data-reproof-needed", "false", timeout=15_000)
                expect(fresh.locator("li.proof")).to_have_count(2)
                expect(fresh).to_contain_text("Re-proved after each drop")
                fresh.screenshot(path=str(shots / "identity-reproved.png"))

                with page.expect_popup() as popup:
                    fresh.locator("a.document").click()
                shown = popup.value
                shown.wait_for_load_state()
                assert shown.evaluate("document.images[0].naturalWidth") == 428
            finally:
                browser.close()
        with database.session() as session:
            reads = session.scalars(
                select(JournalEntry.actor).where(
                    JournalEntry.action == "session.identity_document_read"
                )
            ).all()
        assert reads == ["staff:ana"]
        database.dispose()
