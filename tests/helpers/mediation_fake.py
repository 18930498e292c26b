"""A small central service that speaks the terminal side of the mediation contract
(`api_client.schemas.mediation`), served by uvicorn on 127.0.0.1 in a thread.

Until the central routes of issue 18 land (branch issue-18m), the terminal's client and screens
are tested against this over real HTTP; the test drives the mediator's side (side talk,
removal, a kiosk_print invitation) through `MediationFake`'s methods.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import uvicorn
from fastapi import FastAPI, Header, HTTPException

from api_client.schemas.mediation import (
    Admission,
    InvitationOut,
    InvitationSlip,
    MediationState,
    ParticipantShown,
    SideTalkShown,
    TerminalRedeem,
)
from api_client.schemas.sessions import GrantOut, IceServerOut
from kiosk.central_process import free_port

TOKEN = "terminal-token-of-the-fake"
SESSION = "ses_mediation_fake"
INVITATION = "inv_AAAAbbbbCCCCdddd"
CODE = "K7M2QX9P"
WRONG_CODE = "The invitation code is wrong: check the 8 characters on the slip (2 attempts left)."


@dataclass
class MediationFake:
    """What the fake service holds; tests change it between polls."""

    base: str = ""
    side_talk_with: str | None = None
    removed: bool = False
    muted: set[str] = field(default_factory=set)
    slip_fetches: int = 0
    redeemed: list[TerminalRedeem] = field(default_factory=list)
    grants: list[str] = field(default_factory=list)
    attempts_left: int = 3
    print_invitation: bool = False

    def state(self, you: str) -> MediationState:
        now = datetime.now(UTC)
        people = [("p_resident", "resident", "王*"), ("p_other", "other_party", "李*")]
        people.append(("p_mediator", "mediator", "赵*"))
        shown = [
            ParticipantShown(
                participant_id=pid,
                role=role,
                display_name=name,
                joined_by="staff_login" if role == "mediator" else "id_card",
                consented_at=now,
                present=True,
                muted=pid in self.muted,
                in_side_talk=pid in (self.side_talk_with, "p_mediator")
                and self.side_talk_with is not None,
            )
            for pid, role, name in people
        ]
        side = None
        if self.side_talk_with is not None:
            side = SideTalkShown(
                with_participant=self.side_talk_with, started_at=now, recorded=True
            )
        rooms: list = ["main"]
        if self.side_talk_with == you:
            rooms.append("side")
        invitations = []
        if self.print_invitation:
            invitations.append(
                InvitationOut(
                    invitation_id=INVITATION,
                    delivery="kiosk_print",
                    state="sent",
                    display_name="李*",
                    expires_at=now + timedelta(hours=1),
                    attempts_left=self.attempts_left,
                )
            )
        return MediationState(
            session_id=SESSION,
            you=you,
            participants=shown,
            side_talk=side,
            your_rooms=rooms,
            removed=self.removed,
            invitations=invitations,
        )


def _app(fake: MediationFake) -> FastAPI:
    app = FastAPI()

    def check(authorization: str | None) -> None:
        if authorization != f"Bearer {TOKEN}":
            raise HTTPException(401, "a terminal token is required")

    @app.get("/api/v1/terminal/sessions/{session_id}/mediation")
    def state(session_id: str, authorization: str | None = Header(None)) -> MediationState:
        check(authorization)
        if session_id != SESSION:
            raise HTTPException(404, "no such session of this terminal")
        # the invited party's terminal, once it redeemed, asks as the other party
        return fake.state("p_other" if fake.redeemed else "p_resident")

    @app.get("/api/v1/terminal/sessions/{session_id}/grant")
    def grant(session_id: str, room: str, authorization: str | None = Header(None)) -> GrantOut:
        check(authorization)
        if room not in ("main", "side"):
            raise HTTPException(422, "room must be main or side")
        if room == "side" and fake.side_talk_with != "p_resident":
            raise HTTPException(403, "you are not in the side talk")
        fake.grants.append(room)
        ice = IceServerOut(urls="turn:10.0.0.1:3478", username="u", credential="c")
        return GrantOut(
            participant_id="p_resident",
            janus_url="http://10.0.0.1:8088/janus",
            room_id=1001 if room == "main" else 2002,
            janus_token="jt",
            join_token=f"join-{room}",
            ice_servers=[ice],
            expires_at=2_000_000_000,
        )

    @app.get("/api/v1/terminal/sessions/{session_id}/invitations/{invitation_id}/slip")
    def slip(
        session_id: str, invitation_id: str, authorization: str | None = Header(None)
    ) -> InvitationSlip:
        check(authorization)
        fake.slip_fetches += 1
        if invitation_id != INVITATION or fake.slip_fetches > 1:
            raise HTTPException(404, "this slip was already printed or does not exist")
        return InvitationSlip(
            invitation_id=INVITATION,
            link=f"{fake.base}/join/{INVITATION}?code={CODE}",
            code=CODE,
            expires_at=datetime.now(UTC) + timedelta(hours=1),
        )

    @app.post("/api/v1/terminal/invitations/redeem")
    def redeem(body: TerminalRedeem, authorization: str | None = Header(None)) -> Admission:
        check(authorization)
        if fake.attempts_left <= 0:
            raise HTTPException(429, "Too many wrong codes: ask the mediator for a new invitation.")
        if body.code != CODE:
            fake.attempts_left -= 1
            raise HTTPException(403, WRONG_CODE)
        fake.redeemed.append(body)
        return Admission(session_id=SESSION, participant_id="p_other", role="other_party")

    return app


@contextmanager
def mediation_fake() -> Iterator[MediationFake]:
    """The fake service on a free loopback port until the block ends."""
    fake = MediationFake()
    port = free_port()
    fake.base = f"http://127.0.0.1:{port}"
    config = uvicorn.Config(_app(fake), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()
    while not server.started and thread.is_alive():
        ready.wait(0.02)
    try:
        yield fake
    finally:
        server.should_exit = True
        thread.join(10)
