"""How an invitation reaches the other party: a `Notifier` hands over the link and the code.
`FileNotifier` writes one JSON line per message (the demo and tests read it);
`SmsGatewayNotifier` POSTs to an SMS gateway over HTTP."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import httpx

from central.sessions.errors import SessionError


@dataclass(frozen=True, repr=False)
class InvitationMessage:
    """One message: the phone (whole, only for the gateway), the link and the code."""

    invitation_id: str
    phone: str | None
    phone_masked: str | None
    link: str
    code: str
    expires_at: datetime

    def __repr__(self) -> str:  # the code and the phone stay out of logs
        return f"InvitationMessage({self.invitation_id!r})"

    def text(self) -> str:
        until = self.expires_at.strftime("%Y-%m-%d %H:%M UTC")
        return f"人民调解邀请 / mediation invitation: {self.link} code {self.code} (until {until})"


class NotifierError(SessionError):
    def __init__(self, detail: str) -> None:
        super().__init__(502, detail)


class Notifier(Protocol):
    def send(self, message: InvitationMessage) -> None: ...


class FileNotifier:
    """Appends one JSON object per message to `path` (the phone masked: the file stands for
    the handset, nobody needs the whole number there)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()

    def send(self, message: InvitationMessage) -> None:
        line = json.dumps(
            {
                "invitation_id": message.invitation_id,
                "to": message.phone_masked,
                "link": message.link,
                "code": message.code,
                "expires_at": message.expires_at.isoformat(),
                "text": message.text(),
            },
            ensure_ascii=False,
        )
        with self._lock:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")


class SmsGatewayNotifier:
    """POSTs `{"to", "text"}` as JSON to the gateway; anything but a 2xx answer in time is a
    NotifierError (502) naming the gateway's status, never the number or the code."""

    def __init__(self, url: str, timeout_s: float) -> None:
        self._url = url
        self._timeout_s = timeout_s

    def send(self, message: InvitationMessage) -> None:
        if not message.phone:
            raise SessionError(422, "delivery sms needs a phone number")
        try:
            reply = httpx.post(
                self._url,
                json={"to": message.phone, "text": message.text()},
                timeout=self._timeout_s,
            )
        except httpx.HTTPError as err:
            raise NotifierError(f"the SMS gateway did not answer: {type(err).__name__}") from err
        if not reply.is_success:
            raise NotifierError(f"the SMS gateway refused the message: HTTP {reply.status_code}")
