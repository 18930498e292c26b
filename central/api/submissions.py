"""`POST /api/v1/submissions`: where terminal outboxes deliver, exactly once."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Response, status

from api_client.schemas import Submission, SubmissionReceipt
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep
from central.api.problems import problems
from central.requests.submissions import SubmissionConflict, receive

router = APIRouter(prefix="/api/v1", tags=["submissions"])


@router.post(
    "/submissions",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": SubmissionReceipt, "description": "a repeat of a received submission"},
        **problems(
            s401="device token missing, unknown or revoked",
            s409="the key or tracking number belongs to another submission",
        ),
    },
)
def submit(
    body: Submission,
    kiosk: CurrentKiosk,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> SubmissionReceipt:
    """201 for a new submission; 200 with `duplicate: true` for a repeat of one received."""
    try:
        receipt = receive(
            session, kiosk, body, ZoneInfo(settings.timezone), settings.submitted_time
        )
    except SubmissionConflict as err:
        raise HTTPException(status.HTTP_409_CONFLICT, str(err)) from None
    if receipt.duplicate:
        response.status_code = status.HTTP_200_OK
    return receipt
