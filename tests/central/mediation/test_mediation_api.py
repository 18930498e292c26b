"""Mediation over the HTTP API of an app on the test database, without Janus: invitations
(the code and the last four, counted, locked, expired, consent), who may see and steer a
mediation, the limit of six participants, a removed guest's cookie. The calls themselves
are in tests/e2e/test_mediation_chain.py (real Janus and coturn in a namespace)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from api_client.schemas.mediation import MAX_PARTICIPANTS
from central.app import create_app
from central.auth.staff import organisation_by_code
from central.clock import utcnow
from central.migrate import upgrade
from central.seed.load import load_seed
from central.sessions.mediation.models import MediationInvitation
from central.sessions.mediation.settings import MediationSettings
from central.settings import CentralSettings
from tests.central.mediation.support import CONSENT, Mediation, mediation_scene
from tests.central.sessions.support import Scene
from tests.central.support import Central
from tests.helpers.agreement import ink_png


@pytest.fixture
def notified(tmp_path: Path) -> Path:
    return tmp_path / "sms.jsonl"


@pytest.fixture
def mediation(tmp_path: Path, notified: Path) -> Iterator[Mediation]:
    """On SQLite only: the rules here are the service's, not the database's (the session
    tests run both databases), and each app on PostgreSQL costs seconds of set-up."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    ours = CentralSettings(
        db_url=url,
        data_dir=tmp_path,
        offline_after_s=30.0,
        mediation=MediationSettings(notifier_file=notified, attempts_limit=5),
    )
    app = create_app(ours)
    with TestClient(app) as client:
        central = Central(app, client, app.state.db)
        central.add_org("root", "150000")
        yield mediation_scene(central, notified)


def _wrong(code: str) -> str:
    return ("2" if code[0] != "2" else "3") + code[1:]


def test_invitation_by_sms_wrong_answers_counted_then_consent_recorded(
    mediation: Mediation,
) -> None:
    """WHEN the mediator invites by SMS and the guest first gives a wrong code, then a wrong
    last four, then both right THEN each wrong answer costs an attempt, the right one admits
    them with their consent recorded and a cookie, and the mediator sees how they joined."""
    out = mediation.invite()
    assert out["state"] == "sent" and out["attempts_left"] == 5
    assert out["display_name"] == "李*" and out["phone_masked"] == "139********"
    message = mediation.message_of(out["invitation_id"])
    code = message["code"]
    assert message["link"].endswith(f"/join/{out['invitation_id']}?code={code}")
    assert message["to"] == "139********"  # the file is no place for the whole number

    wrong_code = mediation.redeem(out["invitation_id"], _wrong(code))
    assert wrong_code.status_code == 403 and "4 attempts left" in wrong_code.json()["detail"]
    wrong_last4 = mediation.redeem(out["invitation_id"], code, last4="9999")
    assert wrong_last4.status_code == 403 and "3 attempts left" in wrong_last4.json()["detail"]

    admitted = mediation.redeem(out["invitation_id"], code)
    assert admitted.status_code == 200, admitted.text
    body = admitted.json()
    assert body["session_id"] == mediation.session_id and body["role"] == "other_party"
    assert "httponly" in admitted.headers["set-cookie"].lower()

    guest_view = mediation.central.client.get(
        f"/api/v1/guest/sessions/{mediation.session_id}/mediation"
    )
    assert guest_view.status_code == 200, guest_view.text
    assert guest_view.json()["you"] == body["participant_id"]
    assert guest_view.json()["invitations"] == []  # only the mediator sees invitations

    mediation.central.client.cookies.clear()
    seen = mediation.central.client.get(
        mediation.staff_url("/mediation"), headers=mediation.mediator
    ).json()
    joined = {p["role"]: p for p in seen["participants"]}
    assert set(joined) == {"resident", "mediator", "other_party"}
    assert joined["other_party"]["joined_by"] == "code_and_id_last4"
    assert joined["other_party"]["consented_at"] is not None
    assert joined["other_party"]["display_name"] == "李*"
    assert joined["resident"]["joined_by"] == "id_card"
    assert joined["mediator"]["joined_by"] == "staff_login"
    assert seen["invitations"][0]["state"] == "redeemed"

    again = mediation.redeem(out["invitation_id"], code)
    assert again.status_code == 409 and "already used" in again.json()["detail"]


def test_locked_after_the_limit(mediation: Mediation) -> None:
    """WHEN five wrong answers are given THEN the invitation is locked: the right code with
    the right last four is refused too."""
    out = mediation.invite()
    code = mediation.message_of(out["invitation_id"])["code"]
    answers = [mediation.redeem(out["invitation_id"], _wrong(code)) for _ in range(5)]
    assert [a.status_code for a in answers] == [403, 403, 403, 403, 423]
    late = mediation.redeem(out["invitation_id"], code)
    assert late.status_code == 423 and "locked" in late.json()["detail"]
    seen = mediation.central.client.get(
        mediation.staff_url("/mediation"), headers=mediation.mediator
    ).json()
    assert seen["invitations"][0]["state"] == "locked"
    assert seen["invitations"][0]["attempts_left"] == 0


def test_expired_invitation_is_refused_with_410(mediation: Mediation) -> None:
    out = mediation.invite(valid_minutes=5)
    code = mediation.message_of(out["invitation_id"])["code"]
    with mediation.central.database.session() as session:
        session.execute(
            update(MediationInvitation)
            .where(MediationInvitation.public_id == out["invitation_id"])
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    reply = mediation.redeem(out["invitation_id"], code)
    assert reply.status_code == 410 and "expired" in reply.json()["detail"]


def test_bad_input_is_named(mediation: Mediation) -> None:
    """An SMS invitation without a mobile number and a code of the wrong form are refused
    with what is wrong and what is allowed."""
    no_phone = mediation.central.client.post(
        mediation.staff_url("/invitations"),
        json={"delivery": "sms", "display_name": "李四", "id_last4": "1234"},
        headers=mediation.mediator,
    )
    assert no_phone.status_code == 422 and "mainland mobile" in no_phone.json()["detail"]
    out = mediation.invite()
    bad = mediation.central.client.post(
        f"/api/v1/invitations/{out['invitation_id']}/redeem",
        json={"code": "O0O0", "id_last4": "123X", **CONSENT},
    )
    assert bad.status_code == 422 and "code" in bad.text


def test_who_may_see_and_steer_a_mediation(mediation: Mediation) -> None:
    """GIVEN a second mediation (K002) with its own guest WHEN another organisation's
    mediator, a notary, anonymous, the other session's terminal and the other session's
    guest call this session's routes THEN each is refused."""
    c, sid = mediation.central.client, mediation.session_id
    far = mediation.scene.staff("max", "mediator", "far-committee")
    notary = mediation.scene.staff("nia", "notary", "committee")
    other = mediation_scene_second(mediation)
    steer = [
        ("GET", "/mediation", None),
        (
            "POST",
            "/invitations",
            {"delivery": "kiosk_print", "display_name": "x", "id_last4": "1234"},
        ),
        ("POST", "/participants/party-000000000000/mute", {"muted": True}),
        ("POST", "/participants/party-000000000000/remove", {}),
        ("POST", "/side-talk", {"participant_id": "party-000000000000"}),
        ("DELETE", "/side-talk", None),
        ("GET", "/grant", None),
    ]
    for method, tail, body in steer:
        url = mediation.staff_url(tail)
        assert c.request(method, url, json=body, headers=far).status_code == 404, (method, tail)
        assert c.request(method, url, json=body, headers=notary).status_code == 403
        assert c.request(method, url, json=body).status_code == 401
    # the other session's terminal and guest
    assert (
        c.get(
            f"/api/v1/terminal/sessions/{sid}/mediation", headers=other.resident_terminal
        ).status_code
        == 404
    )
    assert (
        c.get(f"/api/v1/terminal/sessions/{sid}/grant", headers=other.resident_terminal).status_code
        == 404
    )
    out = other.invite()
    admitted = other.redeem(out["invitation_id"], other.message_of(out["invitation_id"])["code"])
    assert admitted.status_code == 200
    for tail in ("/mediation", "/grant"):
        assert c.get(f"/api/v1/guest/sessions/{sid}{tail}").status_code == 401
    assert c.post(f"/api/v1/guest/sessions/{sid}/leave").status_code == 401
    c.cookies.clear()
    # the session's own terminal sees it; without media the mediator's controls answer 503
    own = c.get(f"/api/v1/terminal/sessions/{sid}/mediation", headers=mediation.resident_terminal)
    assert own.status_code == 200 and own.json()["your_rooms"] == ["main"]
    mute = c.post(
        mediation.staff_url(f"/participants/{own.json()['you']}/mute"),
        json={"muted": True},
        headers=mediation.mediator,
    )
    assert mute.status_code == 503 and "not configured" in mute.json()["detail"]


def mediation_scene_second(first: Mediation) -> Mediation:
    """A second resident at K002 with a mediation claimed by the same mediator."""
    scene: Scene = first.scene
    kiosk = scene.terminal("K002", "district")
    number = scene.delivered_request("K002", kiosk, kind="mediation")
    session_id = scene.ask(kiosk, number, kind="mediation")["session_id"]
    claimed = first.central.client.post(
        f"/api/v1/sessions/{session_id}/claim", headers=first.mediator
    )
    assert claimed.status_code == 200, claimed.text
    return Mediation(first.central, scene, first.notified, session_id, first.mediator, kiosk)


def test_six_at_most_and_a_removed_guest_is_out_at_once(mediation: Mediation) -> None:
    """GIVEN the resident and the mediator WHEN four guests join THEN a fifth invitation and
    a seventh admission are refused with the limit named; WHEN the mediator removes a guest
    THEN that guest's cookie admits nobody from that moment."""
    c = mediation.central.client
    spare = mediation.invite()
    guests = []
    for _ in range(MAX_PARTICIPANTS - 2):
        out = mediation.invite()
        code = mediation.message_of(out["invitation_id"])["code"]
        reply = mediation.redeem(out["invitation_id"], code)
        assert reply.status_code == 200, reply.text
        guests.append((reply.json()["participant_id"], c.cookies.get("lexkiosk_guest")))
    c.cookies.clear()
    refused = c.post(
        mediation.staff_url("/invitations"),
        json={"delivery": "kiosk_print", "display_name": "王五", "id_last4": "5678"},
        headers=mediation.mediator,
    )
    assert refused.status_code == 409 and "6 participants" in refused.json()["detail"]
    seventh = mediation.redeem(
        spare["invitation_id"], mediation.message_of(spare["invitation_id"])["code"]
    )
    assert seventh.status_code == 409 and "at most 6" in seventh.json()["detail"]

    removed_id, removed_cookie = guests[0]
    assert removed_cookie
    c.cookies.clear()
    c.cookies.set("lexkiosk_guest", removed_cookie)
    url = f"/api/v1/guest/sessions/{mediation.session_id}/mediation"
    assert c.get(url).status_code == 200
    c.cookies.clear()
    gone = c.post(
        mediation.staff_url(f"/participants/{removed_id}/remove"), headers=mediation.mediator
    )
    assert gone.status_code == 204, gone.text
    c.cookies.set("lexkiosk_guest", removed_cookie)
    after = c.get(url)
    assert after.status_code == 401 and "removed" in after.json()["detail"]
    c.cookies.clear()
    seen = c.get(mediation.staff_url("/mediation"), headers=mediation.mediator).json()
    assert removed_id not in [p["participant_id"] for p in seen["participants"]]


def test_kiosk_slip_once_and_redeem_at_another_terminal(mediation: Mediation) -> None:
    """WHEN the mediator invites with delivery kiosk_print THEN the resident's terminal gets
    the slip once (link and code), another terminal none; the other party redeems at their
    own terminal with the ID number read there and that terminal then sees the mediation."""
    c, sid = mediation.central.client, mediation.session_id
    out = mediation.invite(delivery="kiosk_print", phone=None)
    slip_url = f"/api/v1/terminal/sessions/{sid}/invitations/{out['invitation_id']}/slip"
    other = mediation.scene.terminal("K009", "district")
    assert c.get(slip_url, headers=other).status_code == 404
    slip = c.get(slip_url, headers=mediation.resident_terminal)
    assert slip.status_code == 200, slip.text
    code = slip.json()["code"]
    assert slip.json()["link"].endswith(f"?code={code}")
    assert c.get(slip_url, headers=mediation.resident_terminal).status_code == 410

    wrong = c.post(
        "/api/v1/terminal/invitations/redeem",
        json={"code": code, "id_number": "150102199003079999", **CONSENT},
        headers=other,
    )
    assert wrong.status_code == 403 and "attempts left" in wrong.json()["detail"]
    done = c.post(
        "/api/v1/terminal/invitations/redeem",
        json={"code": code, "id_number": "15010219900307123X", **CONSENT},
        headers=other,
    )
    assert done.status_code == 200, done.text
    view = c.get(f"/api/v1/terminal/sessions/{sid}/mediation", headers=other).json()
    assert view["you"] == done.json()["participant_id"]
    shown = {p["participant_id"]: p for p in view["participants"]}
    assert shown[view["you"]]["joined_by"] == "id_card"


def test_the_pages_show_participants_and_the_join_form(
    mediation: Mediation, tmp_path: Path
) -> None:
    """WHEN the mediator opens the console's mediation page after a guest joined THEN it lists
    each participant with how they were identified and when they consented, the invite form
    and the agreement slot; the guest's link opens the form asking for the last four and the
    consent; a mediator's invite posted by the form reaches the notifier's file."""
    c, sid = mediation.central.client, mediation.session_id
    out = mediation.invite()
    assert (
        mediation.redeem(
            out["invitation_id"], mediation.message_of(out["invitation_id"])["code"]
        ).status_code
        == 200
    )
    c.cookies.clear()
    token = mediation.mediator["Authorization"].split(" ", 1)[1]
    c.cookies.set("lexkiosk_staff", token, path="/console")
    shown = c.get(f"/console/sessions/{sid}/mediation")
    assert shown.status_code == 200, shown.text
    html = shown.text
    for expected in (
        "邀请码和身份证后四位",
        "身份证读卡",
        "工作人员登录",
        'id="agreement-slot"',
        f"/console/sessions/{sid}/agreement/section",
        'name="delivery" value="kiosk_print"',
    ):
        assert expected in html, expected
    (tmp_path / "mediation.html").write_text(html, encoding="utf-8")
    lines_before = len(mediation.notified.read_text().splitlines())
    posted = c.post(
        f"/console/sessions/{sid}/mediation/invite",
        data={
            "delivery": "sms",
            "display_name": "赵六",
            "id_last4": "4321",
            "phone": "13700137000",
            "valid_minutes": "30",
        },
        headers={"Origin": str(c.base_url)},
        follow_redirects=False,
    )
    assert posted.status_code == 303, posted.text
    assert "sent" in posted.headers["location"]
    assert len(mediation.notified.read_text().splitlines()) == lines_before + 1
    c.cookies.clear()
    join = c.get(f"/join/{out['invitation_id']}", params={"code": "ABCDEFGH"})
    assert join.status_code == 200
    assert 'id="last4"' in join.text and "I consent" in join.text and 'id="side-note"' in join.text
    assert "script-src 'self'" in join.headers["content-security-policy"]
    bad = c.get(f"/join/{out['invitation_id']}", params={"code": "<script>"})
    assert bad.status_code == 422


def test_the_guest_cookie_admits_to_its_own_agreement_only(mediation: Mediation) -> None:
    """GIVEN the mediator's agreement and a guest admitted by invitation WHEN the guest reads
    and signs it with the redeem's cookie THEN it is the other party's slot; anonymous, another
    session's guest, a removed guest and another organisation's mediator are refused."""
    c, sid = mediation.central.client, mediation.session_id
    values = {
        "resident_party": "王小明",
        "other_party": "李大山",
        "dispute_facts": "双方因排水沟发生纠纷。",
        "agreed_terms": "李大山改沟。",
        "performance_deadline": "2027年1月31日前",
        "mediator": "赵调解",
        "committee": "红旗嘎查",
    }
    with mediation.central.database.session() as session:
        load_seed(session, organisation_by_code(session, "root").id, "test")
    staff_url = f"/api/v1/sessions/{sid}/agreement"
    put = c.put(staff_url, json={"values": values}, headers=mediation.mediator)
    assert put.status_code == 200, put.text
    guest_url = f"/api/v1/guest/sessions/{sid}/agreement"
    c.cookies.clear()
    assert c.get(guest_url).status_code == 401
    other = mediation_scene_second(mediation)
    out = other.invite()
    assert other.redeem(out["invitation_id"], other.message_of(out["invitation_id"])["code"])
    assert c.get(guest_url).status_code == 401  # another session's guest
    far = mediation.scene.staff("max", "mediator", "far-committee")
    c.cookies.clear()
    assert c.get(staff_url, headers=far).status_code == 404
    out = mediation.invite()
    admitted = mediation.redeem(
        out["invitation_id"], mediation.message_of(out["invitation_id"])["code"]
    )
    assert admitted.status_code == 200, admitted.text
    shown = c.get(guest_url)
    assert shown.status_code == 200, shown.text
    assert shown.json()["you"] == "other_party" and "李大山改沟" in shown.json()["text"]
    signed = c.post(f"{guest_url}/signature", json={"version": 1, "signature_png_b64": ink_png(4)})
    assert signed.status_code == 200, signed.text
    slot = next(s for s in signed.json()["signatures"] if s["role"] == "other_party")
    assert slot["signed"] and slot["participant_id"] == admitted.json()["participant_id"]
    page = c.get(f"/guest/sessions/{sid}/agreement")
    assert page.status_code == 200 and "李大山改沟" in page.text
    # WHEN the mediator removes the guest THEN the cookie admits nobody to the agreement
    pid = admitted.json()["participant_id"]
    removed = c.post(
        mediation.staff_url(f"/participants/{pid}/remove"), json={}, headers=mediation.mediator
    )
    assert removed.status_code in (200, 204), removed.text
    late = c.get(guest_url)
    assert late.status_code == 401 and "removed" in late.json()["detail"]
