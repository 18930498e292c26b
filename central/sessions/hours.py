"""Office hours of the routed organisations: whether one is open now, and the plain message
when nobody can take a session."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import OfficeSpan, OrganisationHours, Unavailable
from central.models import OfficeHours, Organisation

_DAYS_ZH = "一二三四五六日"
_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def hours_of(session: Session, orgs: list[Organisation]) -> list[OrganisationHours]:
    out = []
    for org in orgs:
        spans = session.scalars(
            select(OfficeHours)
            .where(OfficeHours.organisation_id == org.id)
            .order_by(OfficeHours.weekday, OfficeHours.opens)
        )
        out.append(
            OrganisationHours(
                organisation=org.name,
                hours=[
                    OfficeSpan(weekday=s.weekday, opens=s.opens, closes=s.closes) for s in spans
                ],
            )
        )
    return out


def open_now(hours: list[OrganisationHours], now: datetime, zone: ZoneInfo) -> bool:
    """Open when any organisation with published hours is open now; organisations that
    published none take sessions whenever their staff are available."""
    if not any(org.hours for org in hours):
        return True
    local = now.astimezone(zone)
    clock = local.strftime("%H:%M")
    return any(
        s.weekday == local.weekday() and s.opens <= clock < s.closes
        for org in hours
        for s in org.hours
    )


def _spans(hours: list[OrganisationHours], english: bool) -> str:
    parts = []
    for org in hours:
        if not org.hours:
            continue
        days = ", ".join(
            f"{_DAYS_EN[s.weekday] if english else '周' + _DAYS_ZH[s.weekday]} {s.opens}-{s.closes}"
            for s in org.hours
        )
        parts.append(f"{org.organisation}: {days}")
    return "; ".join(parts) if english else "；".join(parts)


def unavailable(
    reason: str, hours: list[OrganisationHours], language: str, kind: str = ""
) -> Unavailable:
    """The plain message (Chinese, or English for residents who chose it), with the hours; a
    mediation names who is missing (no mediator), as the one-to-one message names staff."""
    english = language == "en"
    spans = _spans(hours, english)
    if reason == "nobody_available" and kind == "mediation":
        lead = (
            "No mediator can take a mediation call right now."
            if english
            else "现在没有调解员可以接听调解视频通话。"
        )
    elif english:
        lead = {
            "nobody_available": "Nobody can take a video call right now.",
            "outside_office_hours": "The offices are closed now.",
            "no_organisation": "No office takes video calls from this terminal.",
        }[reason]
    else:
        lead = {
            "nobody_available": "现在没有工作人员可以接听视频通话。",
            "outside_office_hours": "现在不是办公时间。",
            "no_organisation": "本终端暂无机构受理视频通话。",
        }[reason]
    if english:
        tail = f" Office hours: {spans}." if spans else ""
        message = f"{lead}{tail} We can call you back, or you can book an appointment."
    else:
        tail = f"办公时间：{spans}。" if spans else ""
        message = f"{lead}{tail}我们可以给您回电，您也可以预约。"
    return Unavailable(
        reason=reason,
        message=message,
        hours=hours,
        offers=["callback", "appointment"],
    )
