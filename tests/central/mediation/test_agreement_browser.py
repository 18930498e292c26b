"""The other party signs the agreement in real Chromium: pointer strokes drawn by Playwright's
mouse on the guest page's canvas become a PNG that lands in the agreement's PDF; a version the
mediator changed meanwhile is refused with "please read it again". The mediator's console
panel is rendered too; both are screenshotted (and were looked at)."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from central.app import create_app
from central.mediation.agreement_model import AgreementSignature, MediationAgreement
from central.mediation.guest import guest_participant
from central.migrate import upgrade
from central.settings import CentralSettings
from tests.central.sessions.support import Scene
from tests.helpers.agreement import VALUES, Mediation, add_participant, mediation
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.thread_server import served_in_thread


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Mediation, str]]:
    """GIVEN a service over real HTTP with a mediation held by its mediator and the other
    party admitted in a browser (the guest admission swapped in for issue-18m's cookie)."""
    require_chromium()
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    app = create_app(CentralSettings(db_url=url, data_dir=tmp_path))
    with served_in_thread(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        scene = Scene(http, app.state.db)
        scene.org("root", "150000", kind="justice_bureau")
        med = mediation(scene)
        guest = add_participant(app.state.db, med.sid, "other_party", None)
        app.dependency_overrides[guest_participant] = lambda: (med.sid, guest)
        yield base, med, guest


def _ink_pixels(png: bytes) -> int:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("LA"))
    return int(((pixels[..., 1] > 0) & (pixels[..., 0] < 128)).sum())


def _draw(page: object, box: dict[str, float]) -> None:
    mouse = page.mouse  # type: ignore[attr-defined]
    x, y = box["x"] + 40, box["y"] + box["height"] / 2
    mouse.move(x, y)
    mouse.down()
    for i in range(1, 30):
        mouse.move(x + i * 15, y + (25 if i % 2 else -25), steps=2)
    mouse.up()


def test_the_guest_signs_on_a_canvas_and_the_ink_lands_in_the_pdf(
    site: tuple[str, Mediation, str], tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    base, med, guest = site
    shots = screenshots_dir(tmp_path)
    med.put()
    page_url = f"{base}/guest/sessions/{med.sid}/agreement"
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            page = browser.new_page(viewport={"width": 800, "height": 1200})
            page.goto(page_url)
            assert page.locator("#agreement").get_attribute("data-version") == "1"
            # WHEN the mediator changes the agreement while the page shows version 1
            assert med.put({**VALUES, "agreed_terms": "一、改为一次付清。"}).json()["version"] == 2
            _draw(page, page.locator("#pad").bounding_box())
            page.click("#sign")
            page.wait_for_selector("#sign-message[data-result]")
            assert page.locator("#sign-message").get_attribute("data-result") == "changed"
            assert "请重新阅读" in page.inner_text("#sign-message")
            page.screenshot(path=str(shots / "agreement-guest-changed.png"), full_page=True)
            # THEN after reading it again the guest signs version 2
            page.goto(page_url)
            assert "改为一次付清" in page.inner_text("#agreement-text")
            page.click("#sign")  # an empty canvas is not sent
            assert "先在方框里签名" in page.inner_text("#sign-message")
            _draw(page, page.locator("#pad").bounding_box())
            page.screenshot(path=str(shots / "agreement-guest.png"), full_page=True)
            page.click("#sign")
            page.wait_for_selector("#sign-message[data-result=signed]")
            assert accessibility_problems(page) == []

            # the mediator's console panel: the form and each party's status
            panel = med.scene.http.get(
                f"/console/sessions/{med.sid}/agreement/section",
                params={"cleared": 2},
                headers=med.mediator,
            )
            assert panel.status_code == 200, panel.text
            html = panel.json()["html"]
            assert 'name="agreed_terms"' in html
            # a party signed the new version since: the note on the cleared ones is stale
            assert "已清除" not in html
            console = browser.new_page(viewport={"width": 900, "height": 1400})
            console.set_content(
                '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>'
                f"{html}</body></html>"
            )
            assert console.locator("#signatures .signed").count() == 1
            assert console.locator("#agreement-download").count() == 0  # not sealed
            console.screenshot(path=str(shots / "agreement-console.png"), full_page=True)
        finally:
            browser.close()
    with med.scene.database.session() as session:
        ink = session.scalars(
            select(AgreementSignature.image_png).where(AgreementSignature.participant_id == guest)
        ).one()
    assert _ink_pixels(ink) > 200  # the strokes, not a blank canvas
    assert med.sign(med.resident, 2).status_code == 200
    assert med.sign(med.mediator, 2, "/api/v1/sessions", seed=3).status_code == 200
    with med.scene.database.session() as session:
        pdf = session.scalars(select(MediationAgreement.pdf)).one()
    assert pdf is not None
    (tmp_path / "agreement.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdfimages", "-png", str(tmp_path / "agreement.pdf"), str(tmp_path / "img")], check=True
    )
    # THEN the canvas's strokes are in the PDF: one soft mask equals the guest's ink alpha
    with Image.open(io.BytesIO(ink)) as drawn:
        alpha = np.asarray(drawn.convert("RGBA"))[..., 3]
    masks = []
    for path in sorted(tmp_path.glob("img-*.png")):
        with Image.open(path) as extracted:
            masks.append(np.asarray(extracted.convert("L")))
    assert len(masks) == 6  # three inks, each with its mask
    assert any(m.shape == alpha.shape and np.array_equal(m, alpha) for m in masks)
