"""The phone page in Mongolian, in Debian's Chromium on a phone-sized screen: written in columns
(vertical-lr) with the Noto Sans Mongolian the service serves, loaded from the service itself
(phones do not all have the font). Screenshots land in $LEXKIOSK_SCREENSHOTS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from central.migrate import upgrade
from tests.helpers.browser import launch_chromium, require_chromium, screenshots_dir
from tests.helpers.server import running_service

FONT_URL = "/public/assets/fonts/NotoSansMongolian-Regular.ttf"


def test_the_mongolian_page_and_its_font_are_served(client: TestClient) -> None:
    page = client.get("/public/mn")
    assert page.status_code == 200
    assert '<html lang="mn">' in page.text
    assert "ᠬᠠᠤᠯᠢ" in page.text
    assert "native reader" in page.text  # the translation still wants a native reader's review
    font = client.get(FONT_URL)
    assert font.status_code == 200
    assert font.headers["content-type"] == "font/ttf"
    assert font.content[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    licence = client.get("/public/assets/fonts/LICENSE")
    assert "SIL Open Font License" in licence.text
    css = client.get("/public/assets/public_mn.css")
    assert "writing-mode:vertical-lr" in css.text
    assert client.get("/public/assets/fonts/other.ttf").status_code == 422
    assert "/public/mn" in client.get("/public/").text  # the Chinese page leads there


@pytest.fixture
def service(tmp_path: Path) -> Iterator[str]:
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(db)
    with running_service(db) as base:
        yield base


_LAYOUT = """async () => {
  await document.fonts.ready;
  const box = (sel) => document.querySelector(sel).getBoundingClientRect();
  const face = [...document.fonts].find((f) => f.family.includes("Noto Sans Mongolian"));
  return {
    mode: getComputedStyle(document.body).writingMode,
    check: document.fonts.check('24px "Noto Sans Mongolian"', "ᠮᠣᠩᠭᠣᠯ"),
    face: face ? face.status : "none",
    title: box("header h1"), lead: box("header .lead"), nav: box("nav"),
    family: getComputedStyle(document.querySelector("h1")).fontFamily,
  };
}"""


@pytest.mark.e2e
def test_the_mongolian_page_is_written_in_columns_with_the_served_font(
    service: str, tmp_path: Path
) -> None:
    """GIVEN the service WHEN a phone opens /public/mn THEN the page is vertical-lr, its title
    a tall column left of the lead's, the font face came from the service and is loaded."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    shots = screenshots_dir(tmp_path)
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            phone = browser.new_context(
                viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
            )
            page = phone.new_page()
            fetched: list[tuple[str, int]] = []
            page.on("response", lambda r: fetched.append((r.url, r.status)))
            page.goto(f"{service}/public/mn")
            result = page.evaluate(_LAYOUT)
            page.screenshot(path=str(shots / "public-mn.png"))
        finally:
            browser.close()
    assert result["mode"] == "vertical-lr"
    assert result["check"] is True
    assert result["face"] == "loaded"
    assert (f"{service}{FONT_URL}", 200) in fetched
    assert result["family"].startswith('"Noto Sans Mongolian"')
    title, lead = result["title"], result["lead"]
    assert title["height"] > 2 * title["width"]  # a column, not a line
    assert title["x"] < lead["x"]  # columns advance left to right
    assert lead["x"] < result["nav"]["x"]
