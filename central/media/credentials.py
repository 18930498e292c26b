"""Short-lived credentials the central service issues per participant.

- TURN, coturn's REST style (`use-auth-secret`): user `"<unix-expiry>:<id>"`, password
  `base64(HMAC-SHA1(secret, user))`; coturn refuses it after the expiry.
- Janus signed tokens (`token_auth_secret`): `"<unix-expiry>,janus,<plugin>:<base64
  HMAC-SHA1(secret, data)>"`; Janus refuses every request without one it can verify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from central.media.settings import MediaSettings

VIDEOROOM_PLUGIN = "janus.plugin.videoroom"
_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def _hmac_b64(secret: str, data: str) -> str:
    digest = hmac.new(secret.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class IceServer:
    """One entry of RTCConfiguration.iceServers, as handed to a participant."""

    urls: str
    username: str | None = None
    credential: str | None = None

    def as_dict(self) -> dict[str, str]:
        out = {"urls": self.urls}
        if self.username is not None and self.credential is not None:
            out["username"] = self.username
            out["credential"] = self.credential
        return out


@dataclass(frozen=True, repr=False)
class TurnCredential:
    username: str
    password: str
    expires_at: int

    def __repr__(self) -> str:  # never put the password in a log line
        return f"TurnCredential(username={self.username!r}, expires_at={self.expires_at})"


def turn_credential(secret: str, participant_id: str, expires_at: int) -> TurnCredential:
    """coturn REST credentials for one participant, valid until `expires_at` (Unix seconds)."""
    if not _ID.match(participant_id):
        raise ValueError("a participant id is 1-64 letters, digits, '.', '_' or '-'")
    username = f"{int(expires_at)}:{participant_id}"
    return TurnCredential(username, _hmac_b64(secret, username), int(expires_at))


def janus_token(
    secret: str, expires_at: int, plugins: tuple[str, ...] = (VIDEOROOM_PLUGIN,)
) -> str:
    """A Janus signed token allowing `plugins` until `expires_at` (Unix seconds)."""
    data = ",".join([str(int(expires_at)), "janus", *plugins])
    return f"{data}:{_hmac_b64(secret, data)}"


def ice_servers(settings: MediaSettings, participant_id: str, now: float) -> list[IceServer]:
    """The ICE servers one participant gets: our coturn only, with its own credential. The
    list is never empty, so no client falls back to a public STUN server.

    The credential is short-lived (`turn_credential_ttl_s`): coturn checks it when a relay is
    allocated, and a REST credential cannot be revoked, so a short life is what makes one taken
    from an ended session useless. A relay allocated in time lives on with the call; a
    participant who rejoins fetches a fresh grant, which a live session only hands out."""
    cred = turn_credential(
        settings.turn_secret.get_secret_value(),
        participant_id,
        int(now) + settings.turn_credential_ttl_s,
    )
    return [IceServer(settings.turn_url, cred.username, cred.password)]
