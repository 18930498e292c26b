"""The call page's document push in Debian's Chromium (issue 17): the notary holding the
call chooses a PDF and a title and pushes it; the terminal's session status then names the
document and the terminal fetches the very bytes. Screenshots land in $LEXKIOSK_SCREENSHOTS
(default: the test's tmp folder)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest

from central.api.console_auth import COOKIE
from central.db import Database
from central.migrate import upgrade
from tests.central.sessions.support import Scene
from tests.helpers.browser import launch_chromium, require_chromium, screenshots_dir
from tests.helpers.pushed_pdf import PNG_B64, ink_json, pushed_pdf
from tests.helpers.server import running_service

pytestmark = pytest.mark.e2e


def test_the_notary_pushes_a_pdf_from_the_call_page(tmp_path: Path) -> None:
    """GIVEN a notary who claimed a notarisation session, on the call page in Chromium WHEN
    they choose a PDF, give a title and press push THEN the page says which version went
    out, and the terminal's status names that document with the file's hash; WHEN the
    resident signs at the terminal THEN the page links the signed PDF, which opens."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(db)
    pdf = tmp_path / "委托书.pdf"
    pdf.write_bytes(pushed_pdf(2))
    shots = screenshots_dir(tmp_path)
    with running_service(db) as base, httpx.Client(base_url=base, timeout=30) as http:
        scene = Scene(http, Database(db))
        scene.org("city-notary", "150100")
        scene.org("district", "150102", kind="justice_bureau")
        ana = scene.staff("ana", "notary", "city-notary")
        scene.available(ana)
        kiosk = scene.terminal("K001", "district")
        sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
        assert http.post(f"/api/v1/sessions/{sid}/claim", headers=ana).status_code == 200
        token = ana["Authorization"].removeprefix("Bearer ")
        with sync_playwright() as driver:
            browser = launch_chromium(driver)
            try:
                context = browser.new_context(viewport={"width": 1280, "height": 1000})
                context.add_cookies([{"name": COOKIE, "value": token, "url": f"{base}/console"}])
                page = context.new_page()
                page.goto(f"{base}/console/sessions/{sid}")
                page.fill("#document-name", "委托书")
                page.set_input_files("#document-file", str(pdf))
                page.click("#document-form button[type=submit]")
                expect(page.locator("#document-pushed")).to_contain_text("已推送第 1 版")
                expect(page.locator("#document-signed")).to_contain_text("等待居民签名")
                sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
                signature = {"sha256": sha, "signature_png_b64": PNG_B64, "ink": ink_json()}
                url = f"/api/v1/kiosk/sessions/{sid}/documents/1/signature"
                assert http.post(url, json=signature, headers=kiosk).status_code == 200
                link = page.locator("#document-signed-link")
                expect(link).to_contain_text("已签名")
                page.screenshot(path=str(shots / "call-page-document-signed.png"), full_page=True)
                signed = page.request.get(f"{base}{link.get_attribute('href')}")
                assert signed.ok and signed.body().startswith(pdf.read_bytes())
            finally:
                browser.close()
        shown = http.get(f"/api/v1/kiosk/sessions/{sid}", headers=kiosk).json()["document"]
        assert shown["title"] == "委托书" and shown["version"] == 1
        assert shown["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
        fetched = http.get(f"/api/v1/kiosk/sessions/{sid}/documents/1", headers=kiosk)
        assert fetched.content == pdf.read_bytes()
        scene.database.dispose()
