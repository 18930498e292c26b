"""Typed async client for the central service, used from the kiosk's network thread."""

from __future__ import annotations

import ssl
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from api_client.schemas import (
    BookingCheckIn,
    BookingOut,
    BookingRequest,
    CommandOut,
    CommandResult,
    ConfigOut,
    ConfigReport,
    EnrolRequest,
    EnrolResponse,
    Health,
    Heartbeat,
    HeartbeatAck,
    KnowledgeChanges,
    OrganisationSlots,
    Progress,
    ProgressQuery,
    Submission,
    SubmissionReceipt,
    TemplateOut,
    UploadStart,
    UploadState,
)
from api_client.schemas.agreement import AgreementOut, AgreementSign
from api_client.schemas.identity_proofs import IdentityProofIn, IdentityProofs
from api_client.schemas.session_documents import DocumentShown, SignedDocument
from api_client.schemas.sessions import (
    CallReport,
    GrantOut,
    SessionRating,
    SessionRequest,
    SessionStatus,
)

M = TypeVar("M", bound=BaseModel)
Params = dict[str, int | str]


class CentralError(Exception):
    """Base for failures talking to the central service."""


class CentralUnreachable(CentralError):
    """No answer: network down, service stopped, timeout. Worth retrying later."""


class CentralRejected(CentralError):
    """The service answered with an error; retrying the same request will not help."""

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(f"{status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


class CentralClient:
    """One connection pool to the central service; pass a device token once enrolled."""

    def __init__(
        self,
        base_url: str,
        device_token: str | None = None,
        timeout_s: float = 5.0,
        transport: httpx.AsyncBaseTransport | None = None,
        ca_file: Path | None = None,
    ) -> None:
        """`ca_file` pins the central service's CA: only certificates it signed are trusted."""
        headers = {"Authorization": f"Bearer {device_token}"} if device_token else {}
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._http = httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            timeout=timeout_s,
            transport=transport,
            verify=verify,
        )

    async def __aenter__(self) -> CentralClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def health(self) -> Health:
        return await self._call("GET", "/healthz", None, Health)

    async def enrol(self, request: EnrolRequest) -> EnrolResponse:
        return await self._call("POST", "/api/v1/enrol", request, EnrolResponse)

    async def heartbeat(self, beat: Heartbeat) -> HeartbeatAck:
        return await self._call("POST", "/api/v1/heartbeat", beat, HeartbeatAck)

    async def submit(self, submission: Submission) -> SubmissionReceipt:
        return await self._call("POST", "/api/v1/submissions", submission, SubmissionReceipt)

    async def fetch_config(self, current: int | None) -> ConfigOut | None:
        """The configuration addressed to this terminal; None when `current` is it already."""
        params: Params | None = {"current": current} if current else None
        response = await self._request("GET", "/api/v1/config", params=params)
        if response.status_code == 204:
            return None
        return ConfigOut.model_validate_json(response.content)

    async def report_config(self, report: ConfigReport) -> None:
        await self._request(
            "POST",
            "/api/v1/config/report",
            report.model_dump_json().encode(),
            {"Content-Type": "application/json"},
        )

    async def pending_commands(self) -> list[CommandOut]:
        response = await self._request("GET", "/api/v1/commands/pending")
        return [CommandOut.model_validate(c) for c in response.json()]

    async def command_result(self, command_id: int, result: CommandResult) -> CommandOut:
        return await self._call("POST", f"/api/v1/commands/{command_id}/result", result, CommandOut)

    async def start_upload(self, start: UploadStart) -> UploadState:
        return await self._call("POST", "/api/v1/uploads", start, UploadState)

    async def put_chunk(self, upload_id: str, offset: int, data: bytes) -> UploadState:
        return await self._send(
            "PUT",
            f"/api/v1/uploads/{upload_id}",
            data,
            {"Content-Type": "application/octet-stream"},
            UploadState,
            params={"offset": offset},
        )

    async def slots(self, service: str) -> list[OrganisationSlots]:
        """Office hours and free slots of the organisations offering `service`."""
        response = await self._request("GET", "/api/v1/kiosk/slots", params={"service": service})
        try:
            return [OrganisationSlots.model_validate(o) for o in response.json()]
        except (ValidationError, ValueError, TypeError) as err:
            raise CentralRejected(
                response.status_code, "the answer did not match the contract"
            ) from err

    async def book(self, booking: BookingRequest) -> BookingOut:
        """Book a slot; a repeat with the same key answers the same booking, a taken slot is
        CentralRejected with status 409."""
        return await self._call("POST", "/api/v1/kiosk/bookings", booking, BookingOut)

    async def check_in(self, tracking_number: str) -> BookingCheckIn:
        """This terminal's booking with that number and whether its check-in window is open;
        a number this terminal did not book is a 404."""
        path = f"/api/v1/kiosk/bookings/{tracking_number}"
        return await self._call("GET", path, None, BookingCheckIn)

    async def progress(self, query: ProgressQuery, language: str = "zh") -> Progress:
        """A request's status, its texts in `language`; an unknown number or a wrong second
        factor is a 404."""
        headers = {"Content-Type": "application/json", "Accept-Language": language}
        content = query.model_dump_json().encode()
        return await self._send("POST", "/api/v1/kiosk/progress", content, headers, Progress)

    async def knowledge_changes(self, since: int) -> KnowledgeChanges:
        """Articles changed after `since` (0: every published one), a page at a time."""
        response = await self._request("GET", "/api/v1/kiosk/knowledge", params={"since": since})
        return _parse(KnowledgeChanges, response)

    async def templates(self) -> list[TemplateOut]:
        """The current version of every published document template."""
        response = await self._request("GET", "/api/v1/kiosk/templates")
        return [TemplateOut.model_validate(t) for t in response.json()]

    async def request_session(self, request: SessionRequest) -> SessionStatus:
        """Ask for a video session; the answer has the queue position and wait, or (state
        `abandoned`) the plain message when nobody can take it."""
        return await self._call("POST", "/api/v1/kiosk/sessions", request, SessionStatus)

    async def session_status(self, session_id: str) -> SessionStatus:
        return await self._call("GET", f"/api/v1/kiosk/sessions/{session_id}", None, SessionStatus)

    async def session_grant(self, session_id: str) -> GrantOut:
        """What joins the call: 409 (CentralRejected) until staff start it."""
        path = f"/api/v1/kiosk/sessions/{session_id}/grant"
        return await self._call("GET", path, None, GrantOut)

    async def report_call(self, session_id: str, report: CallReport) -> SessionStatus:
        path = f"/api/v1/kiosk/sessions/{session_id}/report"
        return await self._call("POST", path, report, SessionStatus)

    async def report_identity_proof(
        self, session_id: str, proof: IdentityProofIn
    ) -> IdentityProofs:
        """The start proof or a re-proof after a drop (masked values only)."""
        path = f"/api/v1/kiosk/sessions/{session_id}/identity-proofs"
        return await self._call("POST", path, proof, IdentityProofs)

    async def leave_session(self, session_id: str) -> SessionStatus:
        path = f"/api/v1/kiosk/sessions/{session_id}/leave"
        return await self._call("POST", path, None, SessionStatus)

    async def rate_session(self, session_id: str, rating: SessionRating) -> None:
        content = rating.model_dump_json().encode()
        headers = {"Content-Type": "application/json"}
        await self._request("POST", f"/api/v1/kiosk/sessions/{session_id}/rating", content, headers)

    async def session_document(self, session_id: str, version: int) -> bytes:
        """The PDF staff pushed during the call (its hash is in the session's status)."""
        path = f"/api/v1/kiosk/sessions/{session_id}/documents/{version}"
        return (await self._request("GET", path)).content

    async def return_signature(
        self, session_id: str, version: int, signed: SignedDocument
    ) -> DocumentShown:
        path = f"/api/v1/kiosk/sessions/{session_id}/documents/{version}/signature"
        return await self._call("POST", path, signed, DocumentShown)

    async def agreement(self, session_id: str) -> AgreementOut:
        """The mediation agreement's current version (issue 18)."""
        path = f"/api/v1/kiosk/sessions/{session_id}/agreement"
        return await self._call("GET", path, None, AgreementOut)

    async def agreement_document(self, session_id: str) -> bytes:
        """Its PDF to show and print (the sealed one once sealed)."""
        path = f"/api/v1/kiosk/sessions/{session_id}/agreement/document"
        return (await self._request("GET", path)).content

    async def sign_agreement(self, session_id: str, body: AgreementSign) -> AgreementOut:
        path = f"/api/v1/kiosk/sessions/{session_id}/agreement/signature"
        return await self._call("POST", path, body, AgreementOut)

    async def _request(
        self,
        method: str,
        path: str,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: Params | None = None,
    ) -> httpx.Response:
        """One request; transport failures and error answers become this module's errors."""
        try:
            response = await self._http.request(
                method, path, content=content, headers=headers, params=params
            )
        except httpx.TransportError as err:
            raise CentralUnreachable(f"{type(err).__name__}: {err}") from err
        if response.status_code >= 400:
            raise CentralRejected(response.status_code, _detail(response))
        return response

    async def _call(self, method: str, path: str, body: BaseModel | None, out: type[M]) -> M:
        content = body.model_dump_json().encode() if body is not None else None
        headers = {"Content-Type": "application/json"} if body is not None else {}
        return await self._send(method, path, content, headers, out)

    async def _send(
        self,
        method: str,
        path: str,
        content: bytes | None,
        headers: dict[str, str],
        out: type[M],
        params: Params | None = None,
    ) -> M:
        response = await self._request(method, path, content, headers, params)
        return _parse(out, response)


def _parse(out: type[M], response: httpx.Response) -> M:
    try:
        return out.model_validate_json(response.content)
    except ValidationError as err:
        raise CentralRejected(
            response.status_code, "the answer did not match the contract"
        ) from err


def _detail(response: httpx.Response) -> str:
    """What the service said was wrong, without the values it echoes back.

    A 422 from the service lists each problem with the `input` it refused: a resident's phone
    number or name. The detail ends up in the outbox's last_error column and in logs, so only
    where and what (`loc`, `msg`) are kept.
    """
    try:
        body = response.json()
    except ValueError:
        return f"an answer that is not JSON ({len(response.content)} bytes)"
    detail = body.get("detail", "") if isinstance(body, dict) else ""
    if isinstance(detail, str):
        return detail[:200]
    if isinstance(detail, list):
        return "; ".join(_problem(item) for item in detail)[:200]
    return "an error in an unexpected shape"


def _problem(item: object) -> str:
    if not isinstance(item, dict):
        return "a problem in an unexpected shape"
    where = ".".join(str(part) for part in item.get("loc", ()))
    return f"{where}: {item.get('msg', '')}"
