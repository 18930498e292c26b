"""Live "look now" events about sessions, published after the change is committed: to the
staff of every organisation the session was routed to, and to each terminal whose place in
the queue may have changed. The database stays the record; an event only says look now."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.bus import Bus, Event, kiosk_channel
from central.models import Kiosk
from central.sessions.models import SessionRouteRow, VideoSession
from central.sessions.queue import route_ids


def sessions_channel(organisation_id: int) -> str:
    """Session queue changes of one organisation, for its staff's live queue."""
    return f"lexkiosk:sessions:{organisation_id}"


@dataclass
class Notice:
    channels: list[str] = field(default_factory=list)
    event: Event = field(default_factory=dict)

    async def send(self, bus: Bus) -> None:
        for channel in self.channels:
            await bus.publish(channel, self.event)


def notice_for(session: Session, vs: VideoSession) -> Notice:
    """Channels to tell about a change of `vs`: its organisations' staff, its own terminal
    and the terminals of sessions queued in the same organisations (their positions moved)."""
    orgs = route_ids(session, vs)
    shared = select(SessionRouteRow.session_id).where(SessionRouteRow.organisation_id.in_(orgs))
    terminals = set(
        session.scalars(
            select(Kiosk.terminal_id)
            .join(VideoSession, VideoSession.kiosk_id == Kiosk.id)
            .where(
                (VideoSession.id == vs.id)
                | ((VideoSession.state == "queued") & VideoSession.id.in_(shared))
            )
        )
    )
    channels = [sessions_channel(o) for o in sorted(orgs)]
    channels += [kiosk_channel(t) for t in sorted(terminals)]
    event: Event = {
        "type": "session.changed",
        "session_id": vs.public_id,
        "kind": vs.kind,
        "state": vs.state,
    }
    return Notice(channels, event)
