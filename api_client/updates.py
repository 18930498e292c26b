"""The terminal's calls for updates (update_contract.md): ask for an offer, download the
bundle to a file (bounded, hash-checked), report the outcome. Synchronous: the updater is a
short command run by a timer, not part of the shell's event loop."""

from __future__ import annotations

import hashlib
import os
import ssl
from pathlib import Path
from types import TracebackType

import httpx
from pydantic import ValidationError

from api_client.client import CentralRejected, CentralUnreachable
from api_client.schemas.updates import UpdateOffer, UpdateOutcome, UpdateReport

OFFER_PATH = "/api/v1/terminals/me/update"
REPORT_PATH = "/api/v1/terminals/me/update-report"
BUNDLE_PREFIX = "/api/v1/updates/"  # the bundle comes from the same service, never elsewhere
_CHUNK = 1 << 20


class DownloadFailed(Exception):
    """The bundle did not arrive whole: too large, cut short, or not the offered bytes."""


class UpdatesClient:
    """One connection to the central service with the terminal's bearer token."""

    def __init__(
        self,
        base_url: str,
        device_token: str,
        timeout_s: float = 30.0,
        ca_file: Path | None = None,
    ) -> None:
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {device_token}"},
            timeout=timeout_s,
            verify=verify,
        )

    def __enter__(self) -> UpdatesClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._http.close()

    def offer(self) -> UpdateOffer | None:
        """The version offered to this terminal, or None when there is none."""
        response = self._request("GET", OFFER_PATH)
        if response.status_code == 204:
            return None
        try:
            return UpdateOffer.model_validate_json(response.content)
        except ValidationError as err:
            raise CentralRejected(
                response.status_code, "the offer did not match the contract"
            ) from err

    def download(self, offer: UpdateOffer, dest: Path, max_bytes: int) -> Path:
        """Stream the offered bundle into `dest` (replaced whole, never half-written); refuse
        more than `max_bytes` or `offer.size`, and bytes whose sha256 is not the offer's."""
        if not offer.url.startswith(BUNDLE_PREFIX) or ".." in offer.url:
            raise DownloadFailed(f"the offer names an unexpected address: {offer.url[:100]!r}")
        if offer.size > max_bytes:
            raise DownloadFailed(
                f"the offered bundle is too large ({offer.size} bytes; the limit is {max_bytes})"
            )
        partial = dest.with_name(f".{dest.name}.partial")
        digest = hashlib.sha256()
        received = 0
        try:
            with self._http.stream("GET", offer.url) as response:
                if response.status_code >= 400:
                    response.read()
                    raise CentralRejected(response.status_code, _detail(response))
                with partial.open("wb") as out:
                    for chunk in response.iter_bytes(_CHUNK):
                        received += len(chunk)
                        if received > offer.size:
                            raise DownloadFailed("the bundle is longer than offered")
                        digest.update(chunk)
                        out.write(chunk)
                    out.flush()
                    os.fsync(out.fileno())
        except httpx.TransportError as err:
            partial.unlink(missing_ok=True)
            raise CentralUnreachable(f"{type(err).__name__}: {err}") from err
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if received != offer.size or digest.hexdigest() != offer.sha256:
            partial.unlink(missing_ok=True)
            raise DownloadFailed(
                f"the bundle downloaded is not the one offered ({received} of {offer.size} "
                "bytes, or a different sha256)"
            )
        partial.replace(dest)
        return dest

    def report(self, version: str, outcome: UpdateOutcome, detail: str = "") -> None:
        body = UpdateReport(version=version, outcome=outcome, detail=detail[:500])
        self._request(
            "POST",
            REPORT_PATH,
            content=body.model_dump_json().encode(),
            headers={"Content-Type": "application/json"},
        )

    def _request(
        self,
        method: str,
        path: str,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        try:
            response = self._http.request(method, path, content=content, headers=headers)
        except httpx.TransportError as err:
            raise CentralUnreachable(f"{type(err).__name__}: {err}") from err
        if response.status_code >= 400:
            raise CentralRejected(response.status_code, _detail(response))
        return response


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail)[:200] if detail is not None else response.text[:200]
