"""The terminal's update routes (the update contract): its offer, the bundle, its report.

Each takes the terminal's bearer token like the other terminal routes; a version not offered to
the asking terminal does not exist for it (404). Rollouts are started, halted and resumed with
`lexkiosk-central updates` (central.cli.updates).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, Path, Request, Response, status
from fastapi.responses import FileResponse, JSONResponse

from api_client.schemas import UPDATE_VERSION_PATTERN, UpdateOffer, UpdateReport
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep
from central.api.problems import UNAUTHORISED_DEVICE, invalid_or_refused, problems
from central.clock import utcnow
from central.updates.errors import UpdateError
from central.updates.offers import downloadable, offer_for, record_report
from central.updates.store import BundleStore

router = APIRouter(prefix="/api/v1", tags=["updates"])

_REPORT_REFUSED = invalid_or_refused(
    "an unknown version or one not offered to you; or a body that does not fit"
)
VersionPath = Annotated[str, Path(max_length=64, pattern=UPDATE_VERSION_PATTERN)]


@router.get(
    "/terminals/me/update",
    response_model=UpdateOffer,
    responses={**UNAUTHORISED_DEVICE, 204: {"description": "no version is offered to you"}},
)
def my_offer(kiosk: CurrentKiosk, session: SessionDep) -> Response:
    release = offer_for(session, kiosk, utcnow())
    if release is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    offer = UpdateOffer(
        version=release.version,
        sha256=release.sha256,
        size=release.size,
        url=f"/api/v1/updates/{release.version}/bundle",
    )
    return JSONResponse(offer.model_dump(mode="json"))


@router.get(
    "/updates/{version}/bundle",
    response_class=FileResponse,
    responses={
        **UNAUTHORISED_DEVICE,
        **problems(s404="this version is not offered to you"),
        200: {"content": {"application/octet-stream": {}}, "description": "the bundle"},
    },
)
def bundle(
    version: VersionPath, kiosk: CurrentKiosk, session: SessionDep, settings: SettingsDep
) -> FileResponse:
    release = downloadable(session, kiosk, version)
    path = BundleStore(settings.data_dir).path_for(release.version)
    if not path.is_file():
        raise UpdateError(f"the bundle of {version} is missing from the store", 404)
    return FileResponse(
        path, media_type="application/octet-stream", filename=path.name, stat_result=path.stat()
    )


@router.post(
    "/terminals/me/update-report",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**UNAUTHORISED_DEVICE, **_REPORT_REFUSED},
)
def my_report(body: UpdateReport, kiosk: CurrentKiosk, session: SessionDep) -> Response:
    record_report(session, kiosk, body, utcnow())
    return Response(status_code=status.HTTP_204_NO_CONTENT)


async def _update_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, UpdateError)
    return JSONResponse({"detail": str(err)}, status_code=err.status)


def install(app: FastAPI) -> None:
    """The routes and the one translation of update refusals into answers."""
    app.include_router(router)
    app.add_exception_handler(UpdateError, _update_error)
