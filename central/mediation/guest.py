"""The guest in a browser: who their cookie says they are.

The cookie is issued by the invitation's redeem route (issue 18, the mediation session's
part); until that is merged this dependency refuses every guest. The integrator points
`guest_participant` at the redeem route's cookie reader; tests replace it with
`app.dependency_overrides[guest_participant]`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from central.sessions.errors import SessionError


def guest_participant(request: Request) -> tuple[str, str]:
    """(session public id, participant id) of the guest's admission; 401 without one."""
    raise SessionError(401, "no guest admission: join by the invitation link first")


GuestDep = Annotated[tuple[str, str], Depends(guest_participant)]
