"""The demo's staff: one person for each kind of video session and a supervisor, in
organisations serving the demo terminal's region (150000, like the demo bureau that owns the
terminal), so a session requested at the demo kiosk is routed to them. They are declared in
`seed.toml` beside this file and added, with the demo knowledge base, by one
`lexkiosk-central seed` process. Passwords are made afresh each run and printed once, for the
person at the browser."""

from __future__ import annotations

import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

from kiosk.central_process import CentralProcess

SEED_FILE = Path(__file__).with_name("seed.toml")
OWNER = "demo-bureau"  # owns the demo terminal; declared in seed.toml

# what each role takes in the demo, for the printed list
_WHAT = {
    "notary": "公证 notarisation calls",
    "lawyer": "法律咨询 consultation calls",
    "clerk": "法律援助 legal-aid interviews",
    "mediator": "人民调解 mediation calls",
    "supervisor": "报表 reports, 终端 terminals",
}


@dataclass(frozen=True)
class DemoStaff:
    username: str
    password: str
    role: str
    what: str  # what they do in the demo, for the printed list


@dataclass(frozen=True)
class Seeded:
    """The logins made and what the seed command said (one line per entry)."""

    staff: list[DemoStaff]
    said: list[str]


def _declared(seed_file: Path) -> list[tuple[str, str]]:
    """(username, role) of each account the seed file declares, in its order."""
    staff = tomllib.loads(seed_file.read_text(encoding="utf-8")).get("staff", [])
    return [(entry["username"], entry["roles"][0]) for entry in staff]


def add_demo_staff(central: CentralProcess, seed_file: Path = SEED_FILE) -> Seeded:
    """The organisations (below the demo bureau), the accounts and the demo knowledge base, in
    one process; returns the logins."""
    added = [
        DemoStaff(username, secrets.token_urlsafe(9), role, _WHAT.get(role, role))
        for username, role in _declared(seed_file)  # 12 characters: the accounts' minimum
    ]
    said = central.seed(seed_file, {s.username: s.password for s in added})
    return Seeded(added, said)


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
