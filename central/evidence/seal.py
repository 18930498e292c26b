"""Sealing a certificate as PAdES B-LT: certified by the organisation ("no changes" after it),
time-stamped by the configured RFC 3161 service, with the certificates, OCSP responses and CRLs
embedded (the document security store), then read back and checked whole before anyone is
told. Blocking: call it from a worker thread."""

from __future__ import annotations

import asyncio
import io

import aiohttp
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers, timestamps
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend

from central.evidence.settings import EvidenceSettings
from central.evidence.signer import Roots, open_signer
from central.evidence.verify_pdf import SealReport, read_seal

FIELD = "LexKioskSeal"


class SealError(Exception):
    """No whole seal could be made now (a service unreachable, or the result incomplete)."""


async def _sign(pdf: bytes, reason: str, settings: EvidenceSettings, roots: Roots) -> bytes:
    assert settings.tsa_url is not None
    timeout = aiohttp.ClientTimeout(total=settings.network_timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        context = ValidationContext(
            trust_roots=roots,
            allow_fetching=True,
            revocation_mode="hard-fail",
            fetcher_backend=AIOHttpFetcherBackend(
                http, per_request_timeout=int(settings.network_timeout_s)
            ),
        )
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD,
            md_algorithm="sha256",
            subfilter=SigSeedSubFilter.PADES,
            embed_validation_info=True,
            certify=True,
            docmdp_permissions=MDPPerm.NO_CHANGES,
            validation_context=context,
            reason=reason,
            location=settings.office_name,
        )
        stamper = timestamps.HTTPTimeStamper(
            settings.tsa_url, timeout=int(settings.network_timeout_s), session=http
        )
        with open_signer(settings) as signer:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            out = await signers.PdfSigner(meta, signer=signer, timestamper=stamper).async_sign_pdf(
                writer
            )
    assert isinstance(out, io.BytesIO)
    return out.getvalue()


def seal_pdf(
    pdf: bytes,
    act_id: str,
    settings: EvidenceSettings,
    roots: Roots,
    reason: str | None = None,
) -> tuple[bytes, SealReport]:
    """The sealed PDF and what reading it back showed; SealError unless it is whole. The
    reason defaults to the notarial certificate's (a mediation agreement names its own)."""
    if settings.tsa_url is None:
        raise SealError("no time-stamp service configured (evidence.tsa_url)")
    try:
        sealed = asyncio.run(_sign(pdf, reason or f"公证书 {act_id}", settings, roots))
    except Exception as err:  # pyHanko wraps network and validation failures variously
        raise SealError(f"{type(err).__name__}: {err}"[:280]) from err
    report = read_seal(sealed, roots)
    if not report.whole:
        raise SealError(f"the seal is not whole: {report.problem}")
    return sealed, report
