"""Document templates over HTTP on SQLite and PostgreSQL: every edit is a new version, old
versions stay readable, kiosks get the current published ones."""

from __future__ import annotations

from tests.central.support import Central

RECEIPT = {
    "code": "receipt",
    "title": "收条",
    "fields": [
        {"name": "payer", "label": "付款人", "prefill": "name"},
        {"name": "amount", "label": "金额", "type": "money"},
    ],
    "body": "今收到{{payer}}交来人民币{{amount}}元。",
}


def test_the_demo_set_has_the_five_templates_with_prefill_hints(seeded: Central) -> None:
    device = seeded.enrol("K001")
    templates = seeded.client.get("/api/v1/kiosk/templates", headers=device).json()
    # the sixth, 人民调解协议书, is the mediator's: not offered to residents
    assert {t["title"] for t in templates} == {
        "人民调解申请书", "法律援助申请表", "授权委托书", "借条", "民事起诉状"
    }  # fmt: skip
    aid = next(t for t in templates if t["code"] == "legal_aid_application")
    prefilled = {f["name"]: f["prefill"] for f in aid["fields"] if f["prefill"]}
    assert prefilled["id_number"] == "id_number" and prefilled["name"] == "name"


def test_an_edit_adds_a_version_and_the_old_one_stays(central: Central) -> None:
    clerk = central.staff("clerk")
    assert central.client.post("/api/v1/templates", json=RECEIPT, headers=clerk).status_code == 201
    second = {k: v for k, v in RECEIPT.items() if k != "code"}
    second["body"] = "今收到{{payer}}交来现金人民币{{amount}}元整。"
    reply = central.client.put("/api/v1/templates/receipt", json=second, headers=clerk)
    assert reply.status_code == 200 and reply.json()["version"] == 2

    versions = central.client.get("/api/v1/templates/receipt", headers=clerk).json()
    assert [v["version"] for v in versions] == [2, 1]
    first = central.client.get("/api/v1/templates/receipt/versions/1", headers=clerk).json()
    assert first["body"] == RECEIPT["body"]
    missing = central.client.get("/api/v1/templates/receipt/versions/7", headers=clerk)
    assert missing.status_code == 404 and "no version 7" in missing.json()["detail"]

    device = central.enrol("K001")
    current = central.client.get("/api/v1/kiosk/templates", headers=device).json()
    assert [(t["code"], t["version"]) for t in current] == [("receipt", 2)]
    central.client.post("/api/v1/templates/receipt/unpublish", headers=clerk)
    assert central.client.get("/api/v1/kiosk/templates", headers=device).json() == []


def test_bad_templates_are_refused_in_words(central: Central) -> None:
    admin = central.staff("admin")
    stray = {**RECEIPT, "body": "今收到{{payer}}交来{{currency}}。"}
    reply = central.client.post("/api/v1/templates", json=stray, headers=admin)
    assert reply.status_code == 409
    assert "no field is named 'currency'" in reply.json()["detail"]
    central.client.post("/api/v1/templates", json=RECEIPT, headers=admin)
    again = central.client.post("/api/v1/templates", json=RECEIPT, headers=admin)
    assert again.status_code == 409 and "edit it to add a version" in again.json()["detail"]
    bad_code = central.client.post(
        "/api/v1/templates", json={**RECEIPT, "code": "Bad Code"}, headers=admin
    )
    assert bad_code.status_code == 422 and "code" in bad_code.text
    lawyer = central.client.post("/api/v1/templates", json=RECEIPT, headers=central.staff("lawyer"))
    assert lawyer.status_code == 403
