"""Dependencies shared by the request routers: roles, local time, error answers."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Path

from api_client.schemas import TRACKING_NUMBER_PATTERN
from central.api.deps import SettingsDep, require_roles
from central.models import Staff
from central.requests.access import ACT_ROLES, READ_ROLES

RequestReader = Annotated[Staff, Depends(require_roles(*READ_ROLES))]
RequestWorker = Annotated[Staff, Depends(require_roles(*ACT_ROLES))]
SlotEditor = Annotated[Staff, Depends(require_roles("admin", "clerk"))]
TrackingNumber = Annotated[
    str, Path(pattern=TRACKING_NUMBER_PATTERN, description="e.g. HOTLINE-261129-00001-7")
]


def local_zone(settings: SettingsDep) -> ZoneInfo:
    return ZoneInfo(settings.timezone)


Zone = Annotated[ZoneInfo, Depends(local_zone)]
