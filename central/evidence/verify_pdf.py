"""Reading a sealed PDF back: is the seal intact, made by a certificate that chains to our
trust roots and was valid then (checked with the revocation data embedded in the file, nothing
fetched), time-stamped, and what was changed after it. Used to check a fresh seal whole, and by
`/public/verify` for a resident's upload."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

from central.evidence.signer import Roots

# After the seal: nothing, or only what keeps the seal verifiable (validation data, a document
# time-stamp), which is what a certification with "no changes" still permits.
PERMITTED = {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES}
WHAT_CHANGED = {
    ModificationLevel.NONE: "无",
    ModificationLevel.LTA_UPDATES: "仅追加了验证数据或文档时间戳（允许的更新）",
    ModificationLevel.FORM_FILLING: "填写了表单字段（不允许）",
    ModificationLevel.ANNOTATIONS: "添加或修改了批注（不允许）",
    ModificationLevel.OTHER: "修改了文档内容（不允许）",
}


class NotAPdf(ValueError):
    """The upload is not a PDF pyHanko can read."""


@dataclass(frozen=True)
class SealReport:
    """What one sealed PDF shows; `whole` when nothing is missing or wrong."""

    sealed: bool  # a seal (signature) was found
    intact: bool  # the signed bytes hash to what was signed
    trusted: bool  # chains to a trust root, valid at signing, revocation data checked
    timestamped: bool  # a valid RFC 3161 time-stamp on the signature
    revocation_embedded: bool  # OCSP responses or CRLs in the document security store
    updated_after: bool  # bytes were appended after the sealed revision
    permitted: bool  # what was appended (if anything) is a permitted update
    what_changed: str
    signer: str  # the seal certificate's subject (the office, not a person)
    signer_cert_sha256: str
    reason: str  # carries the act number
    signed_at: datetime | None  # the time-stamp's time
    problem: str  # "" when whole

    @property
    def whole(self) -> bool:
        return not self.problem


def _problem(report: Mapping[str, bool]) -> str:
    checks = [
        ("sealed", "no seal in the document"),
        ("intact", "the sealed bytes were changed"),
        ("trusted", "the seal's certificate is not trusted or was not valid then"),
        ("timestamped", "no valid time-stamp"),
        ("revocation_embedded", "no revocation data embedded"),
        ("permitted", "changed after sealing"),
    ]
    return next((text for key, text in checks if not report[key]), "")


def _embedded_context(reader: PdfFileReader, roots: Roots) -> tuple[ValidationContext, bool]:
    settings = {
        "trust_roots": roots,
        "allow_fetching": False,
        "revocation_mode": "hard-fail",
        "retroactive_revinfo": True,
    }
    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return ValidationContext(**settings), False  # type: ignore[arg-type]
    context = dss.as_validation_context(settings)
    return context, bool(dss.ocsps or dss.crls)


def _status(reader: PdfFileReader, roots: Roots) -> tuple[PdfSignatureStatus, bool]:
    context, revocation = _embedded_context(reader, roots)
    signature = reader.embedded_signatures[0]
    status = validate_pdf_signature(
        signature, signer_validation_context=context, ts_validation_context=context
    )
    return status, revocation


def read_seal(data: bytes, roots: Roots) -> SealReport:
    """What the first (the office's) signature of `data` shows; NotAPdf if it is no PDF."""
    if not data.startswith(b"%PDF-"):
        raise NotAPdf("not a PDF (it does not start with %PDF-)")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as err:  # an upload is anyone's bytes: pyHanko may raise anything on them
        raise NotAPdf(f"not a readable PDF: {str(err)[:120]}") from err
    if not signatures:
        return SealReport(
            False,
            False,
            False,
            False,
            False,
            False,
            False,
            "",
            "",
            "",
            "",
            None,
            "no seal in the document",
        )
    try:
        status, revocation = _status(reader, roots)
    except Exception as err:  # an upload is anyone's bytes: pyHanko may raise anything on them
        raise NotAPdf(f"the seal cannot be read: {str(err)[:120]}") from err
    stamp = status.timestamp_validity
    level = status.modification_level or ModificationLevel.OTHER
    fields = {
        "sealed": True,
        "intact": status.intact,
        "trusted": status.intact and status.valid and status.trusted,
        "timestamped": bool(stamp and stamp.intact and stamp.valid and stamp.trusted),
        "revocation_embedded": revocation,
        "permitted": status.intact and level in PERMITTED and status.docmdp_ok is not False,
    }
    cert = status.signing_cert
    sig = signatures[0]
    return SealReport(
        sealed=True,
        intact=status.intact,
        trusted=bool(fields["trusted"]),
        timestamped=bool(fields["timestamped"]),
        revocation_embedded=revocation,
        updated_after=_updated(sig, data),
        permitted=bool(fields["permitted"]),
        what_changed=WHAT_CHANGED.get(level, "修改了文档内容（不允许）")
        if status.intact
        else "签章覆盖的内容被改动",
        signer=_signer_name(cert.subject.native),
        signer_cert_sha256=hashlib.sha256(cert.dump()).hexdigest(),
        reason=str(sig.sig_object.get("/Reason", "")),
        signed_at=stamp.timestamp if stamp else None,
        problem=_problem(fields),
    )


def _signer_name(subject: Mapping[str, object]) -> str:
    """ "Office seal (Office)": the certificate's common name and organisation, no labels."""
    name = str(subject.get("common_name", ""))
    organisation = str(subject.get("organization_name", ""))
    if organisation and organisation not in name:
        return f"{name}（{organisation}）" if name else organisation
    return name or organisation


def _updated(sig: object, data: bytes) -> bool:
    """Bytes after the signed revision's end (the seal's own DSS revision counts too)."""
    byte_range = sig.sig_object["/ByteRange"]  # type: ignore[attr-defined]
    return int(byte_range[2]) + int(byte_range[3]) < len(data)
