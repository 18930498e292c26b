"""The mediator's side of the agreement on the console's mediation page, in real Chromium: each
party's signature state, the confirmation button (the mediator's signature), the note when a
change cleared the signatures, a stale confirmation refused, and once sealed the download and
each party's copy link with a QR code that reads back as that link. Screenshots before and
after the confirmation are kept (and were looked at)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from central.mediation.agreement_model import SEALED, AgreementSignature, MediationAgreement
from tests.central.sessions.support import Headers, Scene
from tests.helpers.agreement import (
    VALUES,
    add_participant,
    committee_mediation,
    ink_png,
    kiosk_id,
)
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)


@dataclass
class Held:
    base: str
    sid: str
    scene: Scene
    mediator: Headers
    resident: Headers
    other: Headers
    outsider: Headers  # a mediator of another committee

    def api(self, method: str, path: str, who: Headers, json: object = None) -> Any:
        return self.scene.http.request(method, path, headers=who, json=json)

    def sign(self, who: Headers, version: int, seed: int) -> Any:
        body = {"version": version, "signature_png_b64": ink_png(seed)}
        url = f"/api/v1/kiosk/sessions/{self.sid}/agreement/signature"
        return self.api("POST", url, who, json=body)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Held]:
    """GIVEN a resident's mediation (terminal K001) claimed by the committee's mediator, the
    other party admitted at terminal K002, and a mediator of another committee."""
    require_chromium()
    with committee_mediation(tmp_path) as med:
        scene = med.scene
        scene.org("other", "150200", kind="mediation_committee", parent="root")
        outsider = scene.staff("otto", "mediator", "other")
        other = scene.terminal("K002", "district")
        add_participant(scene.database, med.sid, "other_party", kiosk_id(scene.database, "K002"))
        yield Held(med.base, med.sid, scene, med.mediator, med.resident, other, outsider)


def _mediation_page(browser: Any, held: Held, height: int) -> Any:
    """The mediator's mediation page, logged in by the console's cookie."""
    context = browser.new_context(viewport={"width": 1100, "height": height})
    token = held.mediator["Authorization"].split(" ", 1)[1]
    context.add_cookies([{"name": "lexkiosk_staff", "value": token, "url": held.base}])
    page = context.new_page()
    page.goto(f"{held.base}/console/sessions/{held.sid}/mediation")
    return page


def _ink_pixels(png: bytes) -> int:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))
    return int(((pixels[..., 3] > 0) & (pixels[..., 2] > 60)).sum())


def test_the_mediator_confirms_by_the_button_and_a_change_clears_it(
    held: Held, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    shots = screenshots_dir(tmp_path)
    sid = held.sid
    put = held.api(
        "PUT", f"/api/v1/sessions/{sid}/agreement", held.mediator, json={"values": VALUES}
    )
    assert put.status_code == 200, put.text
    assert held.sign(held.resident, 1, seed=1).status_code == 200
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = _mediation_page(browser, held, 1800)
            button = page.get_by_test_id("agreement-confirm")
            button.wait_for(timeout=15000)
            # THEN each party's state: the resident signed, the other party and mediator not
            assert page.locator("#signatures li.signed").count() == 1
            assert page.locator('#signatures li[data-role="resident"].signed').count() == 1
            assert "未签名" in page.inner_text('#signatures li[data-role="mediator"]')
            page.screenshot(path=str(shots / "agreement-panel-before-confirm.png"), full_page=True)
            # WHEN the mediator clicks the confirmation
            button.click()
            confirmed = page.get_by_test_id("agreement-confirmed")
            confirmed.wait_for(timeout=15000)
            # THEN the panel says so, the button is gone, the mediator's slot is signed
            assert "调解员已确认第1版" in confirmed.inner_text()
            assert page.get_by_test_id("agreement-confirm").count() == 0
            assert page.locator('#signatures li[data-role="mediator"].signed').count() == 1
            page.screenshot(path=str(shots / "agreement-panel-after-confirm.png"), full_page=True)
            assert accessibility_problems(page) == []
            with held.scene.database.session() as session:
                ink = session.scalars(
                    select(AgreementSignature.image_png).where(
                        AgreementSignature.role == "mediator"
                    )
                ).one()
            assert _ink_pixels(ink) > 300  # the name drawn, not a blank image

            # WHEN the mediator changes the agreement by the form THEN the page says that
            # both signatures were cleared and offers the confirmation of version 2
            page.fill("#f-agreed_terms", "一、改为一次付清。")
            page.click("#agreement-form button[type=submit]")
            page.wait_for_url(f"{held.base}/console/sessions/{sid}/mediation?cleared=2")
            page.locator("#agreement-cleared").wait_for(timeout=15000)
            assert "已清除 2 个签名" in page.inner_text("#agreement-cleared")
            assert page.locator("#signatures li.signed").count() == 0
            assert page.get_by_test_id("agreement-confirm").get_attribute("data-version") == "2"
            page.screenshot(path=str(shots / "agreement-panel-cleared.png"), full_page=True)
            # WHEN the resident signs version 2 THEN the page (reloaded) drops the stale note
            assert held.sign(held.resident, 2, seed=4).status_code == 200
            page.reload()
            page.get_by_test_id("agreement-confirm").wait_for(timeout=15000)
            assert page.locator("#agreement-cleared").count() == 0

            # WHEN it changes again (another tab) while this page shows version 2
            page.fill("#f-committee", "红旗嘎查调委会")  # typing: the page stops reloading
            again = {**VALUES, "agreed_terms": "一、分两次付清。"}
            assert held.api(
                "PUT", f"/api/v1/sessions/{sid}/agreement", held.mediator, json={"values": again}
            ).json()["version"] == 3  # fmt: skip
            page.get_by_test_id("agreement-confirm").click()
            message = page.locator("#agreement-confirm-message[data-result]")
            message.wait_for(timeout=15000)
            # THEN the stale confirmation is refused with the reason, nothing is signed
            assert message.get_attribute("data-result") == "changed"
            assert "请重新阅读" in message.inner_text() and "version 3" in message.inner_text()
        finally:
            browser.close()
    shown = held.api("GET", f"/api/v1/sessions/{sid}/agreement", held.mediator).json()
    assert [s["signed"] for s in shown["signatures"]] == [False, False, False]


def test_the_confirm_route_refuses_other_mediators_and_bad_images(held: Held) -> None:
    sid = held.sid
    held.api("PUT", f"/api/v1/sessions/{sid}/agreement", held.mediator, json={"values": VALUES})
    url = f"/console/sessions/{sid}/agreement/confirm"
    good = {"version": 1, "signature_png_b64": ink_png(2)}
    # another committee's mediator does not learn the session exists
    assert held.api("POST", url, held.outsider, json=good).status_code == 404
    # a terminal's token is no console login
    assert held.api("POST", url, held.resident, json=good).status_code in (401, 403)
    bad = held.api("POST", url, held.mediator, json={**good, "signature_png_b64": "aGVsbG8="})
    assert bad.status_code == 422 and "PNG" in bad.json()["detail"]
    done = held.api("POST", url, held.mediator, json=good)
    assert done.status_code == 200 and 'data-testid="agreement-confirmed"' in done.json()["html"]
    twice = held.api("POST", url, held.mediator, json=good)
    assert twice.status_code == 409 and "mediator has signed" in twice.json()["detail"]


def test_once_sealed_the_panel_offers_the_download_and_each_partys_copy(
    held: Held, tmp_path: Path
) -> None:
    """GIVEN every party signed (the mediator by the panel's route) and the agreement sealed
    (the seal itself against Certomancer is test_agreement_seal's: here its result is stood in
    by the rendered PDF) THEN the panel has no form and no button, the download, and one copy
    per party whose link downloads the sealed PDF and whose QR code reads as that link."""
    from playwright.sync_api import sync_playwright

    shots = screenshots_dir(tmp_path)
    sid = held.sid
    held.api("PUT", f"/api/v1/sessions/{sid}/agreement", held.mediator, json={"values": VALUES})
    assert held.sign(held.resident, 1, seed=1).status_code == 200
    assert held.sign(held.other, 1, seed=2).status_code == 200
    url = f"/console/sessions/{sid}/agreement/confirm"
    body = {"version": 1, "signature_png_b64": ink_png(3)}
    assert held.api("POST", url, held.mediator, json=body).status_code == 200
    with held.scene.database.session() as session:
        row = session.scalars(select(MediationAgreement)).one()
        assert row.state == "sealing_pending" and row.pdf is not None
        row.state, row.sealed_pdf = SEALED, row.pdf
        sealed = row.pdf
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = _mediation_page(browser, held, 2200)
            page.locator("#agreement-copies").wait_for(timeout=15000)
            assert page.locator("#agreement-form").count() == 0
            assert page.get_by_test_id("agreement-confirm").count() == 0
            assert page.get_by_test_id("agreement-confirmed").count() == 1
            copies = page.locator("#agreement-copies li.copy")
            roles = [copies.nth(i).get_attribute("data-role") for i in range(copies.count())]
            assert roles == ["resident", "other_party", "mediator"]
            page.screenshot(path=str(shots / "agreement-panel-sealed.png"), full_page=True)
            links = []
            for i in range(3):
                href = copies.nth(i).locator("a").get_attribute("href")
                assert href is not None
                qr = copies.nth(i).locator("img").screenshot()
                (read,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr)))
                assert read.text == href
                links.append(href)
            download = page.locator("#agreement-download").get_attribute("href")
        finally:
            browser.close()
    assert len(set(links)) == 3  # one link per party
    for href in links:
        parts = urlsplit(href)
        got = held.scene.http.get(f"{parts.path}?{parts.query}")
        assert got.status_code == 200 and got.content == sealed
    assert download is not None
    assert held.api("GET", download, held.mediator).content == sealed
