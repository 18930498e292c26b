"""Each party's copy of the sealed agreement: a download link signed for that participant with
the agreement's own key and an expiry, and its QR code (to scan at the kiosk or on paper).
A forged, altered or expired link is refused without telling which agreements exist."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
from datetime import datetime, timedelta
from urllib.parse import urlencode

import segno

from api_client.schemas.agreement import CopyLink
from central.mediation.agreement_model import MediationAgreement
from central.sessions.errors import SessionError

COPY_VALID = timedelta(days=30)


def _sig(row: MediationAgreement, participant_id: str, expires: int) -> str:
    msg = f"{row.public_id}:{participant_id}:{expires}".encode()
    return hmac.new(bytes.fromhex(row.link_key), msg, hashlib.sha256).hexdigest()[:40]


def copy_link(
    base_url: str, row: MediationAgreement, participant_id: str, now: datetime
) -> CopyLink:
    expires = now + COPY_VALID
    stamp = int(expires.timestamp())
    query = urlencode({"p": participant_id, "exp": stamp, "sig": _sig(row, participant_id, stamp)})
    url = f"{base_url.rstrip('/')}/public/agreements/{row.public_id}/copy?{query}"
    png = io.BytesIO()
    segno.make_qr(url, error="m").save(png, kind="png", scale=4, border=4)
    return CopyLink(
        url=url, expires_at=expires, qr_png_b64=base64.b64encode(png.getvalue()).decode()
    )


def check_link(
    row: MediationAgreement | None, participant_id: str, expires: int, sig: str, now: datetime
) -> MediationAgreement:
    if row is None or not hmac.compare_digest(_sig(row, participant_id, expires), sig):
        raise SessionError(404, "no such copy: the link is not valid")
    if expires < now.timestamp():
        raise SessionError(410, "this copy link has expired: ask for a new one at the service")
    return row
