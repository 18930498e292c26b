"""Dependencies of the mediation routes: the notifier, the redeem limits, the mediator."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi import Path as PathParam

from api_client.schemas.mediation import INVITATION_ID_PATTERN
from central.api.deps import require_roles
from central.models import Staff
from central.ratelimit import Limiter
from central.sessions.mediation.notifiers import FileNotifier, Notifier, SmsGatewayNotifier
from central.settings import CentralSettings

MediatorStaff = Annotated[Staff, Depends(require_roles("mediator"))]
InvitationId = Annotated[str, PathParam(pattern=INVITATION_ID_PATTERN, description="inv_...")]


def make_notifier(settings: CentralSettings) -> Notifier:
    m = settings.mediation
    if m.notifier == "sms_gateway":
        if m.sms_gateway_url is None:
            raise ValueError("mediation.notifier sms_gateway needs mediation.sms_gateway_url")
        return SmsGatewayNotifier(str(m.sms_gateway_url), m.sms_timeout_s)
    return FileNotifier(m.notifier_file or Path(settings.data_dir) / "invitations.jsonl")


def notifier(request: Request) -> Notifier:
    made: Notifier = request.app.state.mediation_notifier
    return made


NotifierDep = Annotated[Notifier, Depends(notifier)]


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def limited(request: Request, key: str) -> None:
    """Count one redeem for `key` (an invitation, a client address, a terminal)."""
    limiter: Limiter = request.app.state.mediation_limiter
    taken = limiter.take(key)
    if taken.wait > 0:
        seconds = max(1, int(taken.wait + 0.999))
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"too many attempts; try again in {seconds} s",
            headers={"Retry-After": str(seconds)},
        )
