"""Chunked uploads of large attachments (document photos now, call recordings later)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response, status

from api_client.schemas import MAX_CHUNK_BYTES, UploadStart, UploadState
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep
from central.api.problems import problems
from central.fleet.uploads import append, find, start

router = APIRouter(prefix="/api/v1/uploads", tags=["uploads"])

_DEVICE = problems(s401="device token missing, unknown or revoked", s404="no such upload")


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": UploadState, "description": "the upload exists: resume it"},
        **problems(
            s401="device token missing, unknown or revoked",
            s409="the id is taken by another file",
        ),
    },
)
def start_upload(
    body: UploadStart, kiosk: CurrentKiosk, session: SessionDep, response: Response
) -> UploadState:
    state, created = start(session, kiosk, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return state


@router.get("/{upload_id}", responses=_DEVICE)
def upload_state(upload_id: str, kiosk: CurrentKiosk, session: SessionDep) -> UploadState:
    row = find(session, kiosk, upload_id)
    return UploadState(
        upload_id=row.upload_id,
        size=row.size,
        received=row.received,
        complete=row.completed_at is not None,
    )


@router.put(
    "/{upload_id}",
    responses={
        **_DEVICE,
        **problems(s409="wrong offset: resume from `received`", s413="chunk too large"),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def put_chunk(
    upload_id: str,
    request: Request,
    kiosk: CurrentKiosk,
    session: SessionDep,
    settings: SettingsDep,
    offset: Annotated[int, Query(ge=0, description="where this chunk starts")],
) -> UploadState:
    """Append one chunk (at most 1 MiB) at `offset`, which must equal `received`."""
    data = await request.body()
    if len(data) > MAX_CHUNK_BYTES:
        raise HTTPException(413, f"a chunk holds at most {MAX_CHUNK_BYTES} bytes")
    return append(session, kiosk, upload_id, offset, data, settings.data_dir)
