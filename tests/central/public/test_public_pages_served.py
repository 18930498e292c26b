"""The phone page and its assets are served to anyone, with a strict content policy."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_page_and_assets_are_served(client: TestClient) -> None:
    for path in ("/public/", "/public/progress?n=K0001-261129-00001-7", "/public/ask"):
        page = client.get(path)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "查询办理进度" in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]
    css = client.get("/public/assets/public.css")
    assert css.headers["content-type"].startswith("text/css")
    js = client.get("/public/assets/public.js")
    assert js.headers["content-type"].startswith("text/javascript")
    assert "textContent" in js.text


def test_unknown_tab_or_asset_is_refused_plainly(client: TestClient) -> None:
    assert client.get("/public/admin").status_code == 422
    answer = client.get("/public/assets/..%2Fsettings.py")
    assert answer.status_code in (404, 422)
