"""In whose name a document is sealed. A notarial certificate takes the office seal of the
evidence settings; a mediation agreement is sealed by the organisation that mediated it when
that organisation has a seal of its own (`organisation_seals`), and in the demo every such
organisation gets a DEMO seal from the demo root at its first agreement. Without either, the
office seal seals it, as one seal served every document before."""

from __future__ import annotations

from central.evidence.settings import EvidenceSettings, OrganisationSeal
from central.evidence.signer import SignerError


def organisation_seal(settings: EvidenceSettings, code: str, name: str) -> OrganisationSeal | None:
    """The seal of organisation `code` (named `name`), or None: it seals with the office's."""
    configured = next((s for s in settings.organisation_seals if s.organisation == code), None)
    if configured is not None or settings.demo_pki_dir is None:
        return configured
    from central.evidence.demo_pki import demo_organisation_seal

    try:
        return demo_organisation_seal(settings.demo_pki_dir, code, name)
    except (OSError, ValueError) as err:
        raise SignerError(f"the demo seal of {code}: {err}") from err


def sealing_as(settings: EvidenceSettings, code: str | None, name: str) -> EvidenceSettings:
    """The settings that seal in the name of organisation `code` (None: the office's)."""
    seal = organisation_seal(settings, code, name) if code is not None else None
    if seal is None:
        return settings
    return settings.model_copy(
        update={
            "key_file": seal.key_file,
            "cert_file": seal.cert_file,
            "chain_files": seal.chain_files,
            "pkcs11": None,
            "office_name": seal.name,
        }
    )
