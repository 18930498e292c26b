"""What the central service hands a participant to join a call: the Janus address, the room,
the tokens, and the ICE servers (never empty: nothing falls back to a public STUN server)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from remote_sessions.errors import CallError


@dataclass(frozen=True, repr=False)
class IceServerSpec:
    urls: str
    username: str | None = None
    credential: str | None = None

    def __repr__(self) -> str:  # the credential stays out of logs
        return f"IceServerSpec({self.urls!r})"


@dataclass(frozen=True, repr=False)
class JoinGrant:
    janus_url: str
    room_id: int
    janus_token: str
    join_token: str
    ice_servers: tuple[IceServerSpec, ...]
    participant_id: str
    expires_at: int | None = None  # Unix seconds: the TURN credential's end
    # the central service's cap on this participant's published video (bit/s), e.g. for a
    # room with a participant on a weak link: aiortc cannot simulcast, so every receiver gets
    # what the publisher sends
    max_video_bps: int | None = None

    def expiring(self, now: float, margin_s: float) -> bool:
        """Whether the TURN credential is expired or ends within `margin_s` (a relay
        allocated with it now would be refused)."""
        return self.expires_at is not None and now >= self.expires_at - margin_s

    def __repr__(self) -> str:
        return f"JoinGrant({self.participant_id!r}, room={self.room_id}, {self.janus_url})"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JoinGrant:
        """From the JSON the central service sends (keys as in this class); a malformed grant
        raises CallError naming what is wrong."""
        try:
            servers = tuple(
                IceServerSpec(str(s["urls"]), s.get("username"), s.get("credential"))
                for s in data["ice_servers"]
            )
            return cls(
                janus_url=str(data["janus_url"]),
                room_id=int(data["room_id"]),
                janus_token=str(data["janus_token"]),
                join_token=str(data["join_token"]),
                ice_servers=servers,
                participant_id=str(data["participant_id"]),
                expires_at=int(data["expires_at"]) if data.get("expires_at") else None,
                max_video_bps=_positive(data.get("max_video_bps")),
            )
        except KeyError as err:
            raise CallError(f"the call grant lacks {err.args[0]!r}") from None
        except (TypeError, ValueError) as err:
            raise CallError(f"the call grant is malformed: {err}") from None


def _positive(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_video_bps must be a positive whole number of bit/s, not {value!r}")
    return value
