"""The guest in a browser: who their cookie says they are.

The cookie is the one the invitation's redeem route sets (`central.sessions.mediation`);
it is read by the same lookup the mediation's guest routes use, so a removed guest, another
session's guest and a caller without the cookie are refused (401) on the agreement's routes
as on the call's. Tests may still replace it with `app.dependency_overrides[guest_participant]`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Cookie, Depends

from central.api.deps import DatabaseDep
from central.sessions.deps import SessionId
from central.sessions.mediation import access
from central.sessions.mediation.access import GUEST_COOKIE


def guest_participant(
    session_id: SessionId,
    database: DatabaseDep,
    cookie: Annotated[str | None, Cookie(alias=GUEST_COOKIE)] = None,
) -> tuple[str, str]:
    """(session public id, participant id) of the guest's admission; 401 without one."""
    with database.session() as session:
        caller = access.guest(session, cookie, session_id)
        return caller.vs.public_id, caller.participant_id


GuestDep = Annotated[tuple[str, str], Depends(guest_participant)]
