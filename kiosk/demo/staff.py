"""The demo's staff: one person for each kind of video session and a supervisor, in
organisations serving the demo terminal's region (150000, like the demo bureau that owns the
terminal), so a session requested at the demo kiosk is routed to them. Passwords are made
afresh each run and printed once, for the person at the browser."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from kiosk.central_process import CentralProcess

REGION = "150000"
OWNER = "demo-bureau"


@dataclass(frozen=True)
class DemoStaff:
    username: str
    password: str
    role: str
    what: str  # what they do in the demo, for the printed list


# (organisation, its name, its kind) -> (username, display name, role, what they take)
_ORGANISATIONS = (
    ("demo-notary-office", "示范公证处", "notary_office"),
    ("demo-law-firm", "示范律师事务所", "law_firm"),
    ("demo-legal-aid", "示范法律援助中心", "legal_aid_centre"),
    ("demo-mediation", "示范人民调解委员会", "mediation_committee"),
)
_PEOPLE = (
    ("demo-notary", "王公证员", "demo-notary-office", "notary", "公证 notarisation calls"),
    ("demo-lawyer", "李律师", "demo-law-firm", "lawyer", "法律咨询 consultation calls"),
    ("demo-aid-clerk", "赵援助", "demo-legal-aid", "clerk", "法律援助 legal-aid interviews"),
    ("demo-mediator", "陈调解员", "demo-mediation", "mediator", "人民调解 mediation calls"),
    ("demo-supervisor", "刘主任", OWNER, "supervisor", "报表 reports, 终端 terminals"),
)


def add_demo_staff(central: CentralProcess) -> list[DemoStaff]:
    """The organisations (below the demo bureau) and the four accounts; returns the logins."""
    central.ensure_org(OWNER, region=REGION)
    for code, name, kind in _ORGANISATIONS:
        central.ensure_org(code, name=name, kind=kind, region=REGION, parent=OWNER)
    added = []
    for username, name, org, role, what in _PEOPLE:
        password = secrets.token_urlsafe(9)  # 12 characters, the accounts' minimum
        central.add_staff(username, name, org, role, password)
        added.append(DemoStaff(username, password, role, what))
    return added


def login_lines(
    console_url: str, staff: list[DemoStaff], invitations_file: str | None = None
) -> list[str]:
    """What the demo prints: the console's address and one line per login, and for a
    three-party mediation where the mediator's page is and where invitation links land."""
    lines = [f"staff console: {console_url}  (log in as one of these)"]
    lines += [f"  {s.username:<16} password {s.password}  {s.role:<10} {s.what}" for s in staff]
    if invitations_file is not None:
        base = console_url.removesuffix("/console/login")
        lines += [
            "three-party mediation, in this order:",
            f"  1. mediator: open {console_url} in a browser, log in as demo-mediator (password "
            "above), open 视频服务 Video sessions and press 可接听 (available) -- before the "
            "resident asks; with no mediator available the kiosk says so and offers a call-back",
            "  2. resident: at the kiosk 公证与调解 > 调解 > 调解视频通话 (Mediation call); "
            "without the window, a script asks with the token in .data/demo/kiosk/device_token",
            f"  3. mediator: claim it on {base}/console/sessions; the claim opens the "
            "mediation page: fill and save the agreement, invite the other party by SMS; "
            "when done, tick the confirm box and press End",
            f"  4. other party: the SMS lands as one JSON line in {invitations_file}; open its "
            '"link" in a second browser (or a private window), enter the last four ID digits '
            "the mediator typed into the invitation, tick the consent, join, sign on the canvas",
            "  5. the resident signs at the kiosk, the mediator presses 调解员确认协议; the "
            "agreement is then sealed with the DEMO seal (not valid outside the demo; its root "
            f"is {_demo_root(invitations_file)})",
        ]
    return lines


def _demo_root(invitations_file: str) -> str:
    """The demo root certificate beside the invitations file (the service's data folder)."""
    folder = invitations_file.rsplit("/", 1)[0] if "/" in invitations_file else "."
    return f"{folder}/evidence-demo/root.cert.pem"
