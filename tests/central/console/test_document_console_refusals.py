"""The call page's document routes refuse everyone but the staff member holding the call
(issue 17): a colleague of the same office 403, another organisation's notary 404, nobody
logged in 401; a body that is not `application/pdf` 415 saying what to send."""

from __future__ import annotations

import pytest

from tests.central.sessions.support import Scene
from tests.central.support import Central
from tests.helpers.pushed_pdf import pushed_pdf


@pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)
def test_only_the_holder_of_the_call_pushes_and_reads_documents(central: Central) -> None:
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    scene.org("far-notary", "150200", parent="root")
    ana = scene.staff("ana", "notary", "city-notary")
    ben = scene.staff("ben", "notary", "city-notary")
    fay = scene.staff("fay", "notary", "far-notary")
    scene.available(ana)
    kiosk = scene.terminal("K001", "district")
    sid = scene.ask(kiosk, scene.delivered_request("K001", kiosk))["session_id"]
    central.client.post(f"/console/sessions/{sid}/claim", headers=ana)
    base = f"/console/sessions/{sid}/documents"
    pdf = {"Content-Type": "application/pdf", "Accept": "application/json"}

    def push(who: dict[str, str], body: bytes, kind: dict[str, str] = pdf) -> int:
        reply = central.client.post(
            base, params={"title": "委托书"}, content=body, headers={**who, **kind}
        )
        return reply.status_code

    assert push({}, pushed_pdf(1)) == 401
    assert push(ben, pushed_pdf(1)) == 403
    assert push(fay, pushed_pdf(1)) == 404
    wrong = central.client.post(
        base,
        params={"title": "x"},
        content=b"%PDF-1.7",
        headers={**ana, "Content-Type": "text/plain", "Accept": "application/json"},
    )
    assert wrong.status_code == 415 and "application/pdf" in wrong.json()["detail"]
    assert push(ana, pushed_pdf(1)) == 201
    assert central.client.get(base, headers=ben).status_code == 403
    assert central.client.get(base, headers=fay).status_code == 404
    [listed] = central.client.get(base, headers=ana).json()
    assert listed["version"] == 1 and listed["signed_sha256"] is None
    unsigned = central.client.get(f"{base}/1/signed", headers=ana)
    assert unsigned.status_code == 409
    assert central.client.get(f"{base}/1/signed", headers=fay).status_code == 404
