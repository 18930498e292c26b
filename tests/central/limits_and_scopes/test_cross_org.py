"""Small leaks between organisations, against a running service (issue 13, finding 12):
idempotency keys, assignment answers, configuration reports, the transfer menu and what a
transfer hands over."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.helpers.served import PHONE, Served, hotline_call, until


def test_another_organisations_idempotency_key_is_just_a_new_key(served: Served) -> None:
    """GIVEN alpha recorded a call under key K WHEN beta records one under K THEN beta gets a
    request of its own, never alpha's tracking number."""
    alpha = served.staff("alphaop", ["hotline_operator"], "alpha")
    beta = served.staff("betaop", ["hotline_operator"], "beta")
    key = str(uuid.uuid4())
    first = served.http.post("/api/v1/requests", json=hotline_call(key), headers=alpha)
    again = served.http.post("/api/v1/requests", json=hotline_call(key), headers=alpha)
    assert first.status_code == 201 and again.status_code == 200
    theirs = served.http.post("/api/v1/requests", json=hotline_call(key), headers=beta)
    assert theirs.status_code == 201, theirs.text
    assert theirs.json()["tracking_number"] != first.json()["tracking_number"]


def test_assigning_to_another_organisations_member_answers_like_no_such_member(
    served: Served,
) -> None:
    alpha = served.staff("alphaop", ["hotline_operator"], "alpha")
    served.add_staff("betaclerk", ["clerk"], "beta")
    number = _call(served, alpha)
    answers = []
    for username in ("betaclerk", "nobodyhere"):
        reply = served.http.post(
            f"/api/v1/requests/{number}/assign", json={"username": username}, headers=alpha
        )
        answers.append((reply.status_code, reply.json()["detail"].replace(username, "X")))
    assert answers[0] == answers[1], answers


def test_a_terminal_cannot_report_another_organisations_configuration(served: Served) -> None:
    """GIVEN a version beta pushed to all its terminals WHEN alpha's terminal reports it as
    applied THEN the answer is the same as for a version that does not exist."""
    tech = served.staff("betatech", ["technician"], "beta")
    pushed = served.http.post(
        "/api/v1/configs",
        json={"target_kind": "all", "target": "", "document": {"volume": 1}},
        headers=tech,
    )
    assert pushed.status_code == 201, pushed.text
    version = pushed.json()["version"]
    until(
        lambda: served.http.get("/api/v1/configs", headers=tech),
        lambda r: r.status_code == 200 and version in [c["version"] for c in r.json()],
    )
    alpha_kiosk = served.enrol("A001", "alpha")
    reports = [
        served.http.post(
            "/api/v1/config/report", json={"version": v, "outcome": "applied"}, headers=alpha_kiosk
        )
        for v in (version, version + 1000)
    ]
    assert [r.status_code for r in reports] == [404, 404]
    assert reports[0].json()["detail"].replace(str(version), "N") == reports[1].json()[
        "detail"
    ].replace(str(version + 1000), "N")
    beta_kiosk = served.enrol("B001", "beta")
    mine = {"version": version, "outcome": "applied"}
    assert (
        served.http.post("/api/v1/config/report", json=mine, headers=beta_kiosk).status_code == 204
    )


def test_transfers_stay_in_the_tree_and_hand_over_only_what_deciding_needs(
    served: Served,
) -> None:
    """GIVEN a call held by alpha WHEN alpha transfers it THEN beta (another tree) is refused
    like an unknown organisation and is not in the menu; alpha-east, asked to take it over,
    sees the matter but not the applicant's phone, name or address until it accepts."""
    alpha = served.staff("alphaop", ["hotline_operator"], "alpha")
    east = served.staff("eastclerk", ["clerk"], "alpha-east")
    number = _call(served, alpha)
    token = alpha["Authorization"].removeprefix("Bearer ")
    with httpx.Client(base_url=served.base, cookies={"lexkiosk_staff": token}) as browser:
        page = browser.get(f"/console/requests/{number}").text
    assert 'value="alpha-east"' in page and 'value="beta"' not in page

    order = {"reason": "属地管辖", "deadline_days": 3}
    refused = [
        served.http.post(
            f"/api/v1/requests/{number}/transfer",
            json=order | {"to_organisation": to},
            headers=alpha,
        )
        for to in ("beta", "nowhere")
    ]
    assert [r.status_code for r in refused] == [404, 404]
    assert refused[0].json()["detail"].replace("beta", "X") == refused[1].json()["detail"].replace(
        "nowhere", "X"
    )
    sent = served.http.post(
        f"/api/v1/requests/{number}/transfer",
        json=order | {"to_organisation": "alpha-east"},
        headers=alpha,
    )
    assert sent.status_code in (200, 201), sent.text

    asked = until(
        lambda: served.http.get(f"/api/v1/requests/{number}", headers=east),
        lambda r: r.status_code == 200,
    ).json()
    assert asked["summary"] and asked["applicant"]["phone"] == ""
    assert asked["applicant"]["name"] == "王**" and asked["applicant"]["address"] == ""
    order_id = asked["transfers"][0]["id"]
    accepted = served.http.post(
        f"/api/v1/transfers/{order_id}/accept", json={"note": ""}, headers=east
    )
    assert accepted.status_code == 200, accepted.text
    held = until(
        lambda: served.http.get(f"/api/v1/requests/{number}", headers=east),
        lambda r: r.json()["status"] == "accepted",
    ).json()
    assert held["applicant"]["phone"] == PHONE and held["applicant"]["name"] == "王小明", held


def _call(served: Served, operator: dict[str, str]) -> str:
    reply = served.http.post(
        "/api/v1/requests", json=hotline_call(str(uuid.uuid4())), headers=operator
    )
    assert reply.status_code == 201, reply.text
    number = str(reply.json()["tracking_number"])
    until(
        lambda: served.http.get(f"/api/v1/requests/{number}", headers=operator),
        lambda r: r.status_code == 200,
    )
    return number


RECEIPT = {
    "code": "receipt",
    "title": "收条",
    "fields": [{"name": "payer", "label": "付款人", "prefill": "name"}],
    "body": "今收到{{payer}}交来的款项。",
}


def test_template_codes_belong_to_an_organisation_tree(served: Served) -> None:
    """GIVEN alpha has a template `receipt` WHEN beta creates its own `receipt` THEN it is
    taken (nothing tells beta of alpha's), each side edits and downloads only its own, and
    alpha-east (alpha's tree) finds the code taken."""
    alpha = served.staff("alphaclerk", ["clerk"], "alpha")
    beta = served.staff("betaclerk", ["clerk"], "beta")
    east = served.staff("eastclerk", ["clerk"], "alpha-east")
    assert served.http.post("/api/v1/templates", json=RECEIPT, headers=alpha).status_code == 201
    theirs = served.http.post("/api/v1/templates", json=RECEIPT | {"title": "收据"}, headers=beta)
    assert theirs.status_code == 201, theirs.text
    for staff in (alpha, beta):
        _one_template(served, staff)
    taken = served.http.post("/api/v1/templates", json=RECEIPT, headers=east)
    assert taken.status_code == 409, taken.text

    edit = {k: v for k, v in RECEIPT.items() if k != "code"} | {"title": "收据二"}
    edited = served.http.put("/api/v1/templates/receipt", json=edit, headers=beta)
    assert edited.status_code == 200 and edited.json()["version"] == 2
    alpha_versions = served.http.get("/api/v1/templates/receipt", headers=alpha).json()
    assert [v["title"] for v in alpha_versions] == ["收条"]

    alpha_kiosk, beta_kiosk = served.enrol("A001", "alpha"), served.enrol("B001", "beta")

    def download(device: dict[str, str]) -> list[dict[str, Any]]:
        reply = until(
            lambda: served.http.get("/api/v1/kiosk/templates", headers=device),
            lambda r: r.status_code == 200 and len(r.json()) == 1,
        )
        templates: list[dict[str, Any]] = reply.json()
        return templates

    got = {"alpha": download(alpha_kiosk), "beta": download(beta_kiosk)}
    assert [t["title"] for t in got["alpha"]] == ["收条"]
    assert [t["title"] for t in got["beta"]] == ["收据二"]


def _one_template(served: Served, staff: dict[str, str]) -> None:
    until(
        lambda: served.http.get("/api/v1/templates", headers=staff),
        lambda r: len(r.json()) == 1,
    )
