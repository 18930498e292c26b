"""How acts are sealed and verified, passed in with the central service's settings."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from api_client.schemas import ORG_CODE_PATTERN


class Pkcs11Signer(BaseModel):
    """The organisation's key in a PKCS#11 token (an HSM; SoftHSM in tests)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    module: Path = Field(description="the token's PKCS#11 library (.so)")
    token_label: str = Field(min_length=1)
    key_label: str = Field(min_length=1, description="label of the key and its certificate")
    pin_file: Path = Field(description="file holding the user PIN (never in the settings)")


class OrganisationSeal(BaseModel):
    """An organisation's own seal: a mediation committee seals its agreements in its own
    name, not the office's (key and certificate files, like the office's)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation: str = Field(pattern=ORG_CODE_PATTERN, description="the organisation's code")
    name: str = Field(min_length=1, max_length=60, description="shown as the seal's place")
    key_file: Path = Field(description="the organisation's private key (PEM)")
    cert_file: Path = Field(description="its seal certificate (PEM)")
    chain_files: tuple[Path, ...] = Field((), description="intermediate CA certificates (PEM)")


class EvidenceSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key_file: Path | None = Field(
        None, description="the office's private key (PEM); None with pkcs11, or for the demo's"
    )
    cert_file: Path | None = Field(None, description="the office's certificate (PEM)")
    chain_files: tuple[Path, ...] = Field((), description="intermediate CA certificates (PEM)")
    pkcs11: Pkcs11Signer | None = Field(None, description="sign with a token instead of a file")
    trust_roots: tuple[Path, ...] = Field(
        (), description="root certificates a seal is validated against (PEM or DER)"
    )
    tsa_url: str | None = Field(
        None, description="RFC 3161 time-stamp service; None: acts stay 'sealing pending'"
    )
    public_base_url: str = Field(
        "http://127.0.0.1:8000", description="where residents reach /public/verify (QR codes)"
    )
    office_name: str = Field("公证处", min_length=1, max_length=60)
    retry_s: float | None = Field(
        None,
        ge=0.05,
        le=3600.0,
        description="pause between rounds of making acts and sealing pending ones; None: no "
        "rounds (`serve` sets it; an app built for a test or the demo leaves it off)",
    )
    network_timeout_s: float = Field(10.0, gt=0, le=120.0)
    verify_max_bytes: int = Field(
        4 * 1024 * 1024,
        ge=1024,
        le=64 * 1024 * 1024,
        description="largest PDF /public/verify reads",
    )
    verify_per_client: int = Field(
        10, ge=1, le=10_000, description="verifications per client address per window"
    )
    verify_window_s: float = Field(600.0, ge=1.0, le=24 * 3600.0)
    organisation_seals: tuple[OrganisationSeal, ...] = Field(
        (),
        description="organisations that seal in their own name (a mediation committee's "
        "agreements); the others' documents take the office seal above",
    )
    demo_pki_dir: Path | None = Field(
        None,
        description="make a demo root and office certificate here at first start (the demo "
        "only; never a real office's key)",
    )

    @model_validator(mode="after")
    def _one_signer(self) -> EvidenceSettings:
        if self.pkcs11 is not None and self.key_file is not None:
            raise ValueError("give either key_file or pkcs11, not both")
        if (self.key_file is None) != (self.cert_file is None) and self.pkcs11 is None:
            raise ValueError("key_file and cert_file go together")
        return self
