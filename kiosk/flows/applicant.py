"""The resident as a submission names them (the wire contract's `KioskApplicant`, built from
the identity the journey established and the phone number typed in), and a typed payload as
the outbox stores it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from api_client.personal_data import normalise_phone
from api_client.schemas import KioskApplicant
from kiosk.flows.identity import Identity


def applicant(identity: Identity | None, phone: str) -> KioskApplicant:
    """Raises pydantic.ValidationError when the phone (or the number read) is malformed."""
    fields: dict[str, str] = {"phone": normalise_phone(phone)}
    if identity is not None:
        fields |= {
            "name": identity.name,
            "id_number": identity.id_number,
            "identified_by": identity.method.value,
            "address": identity.address,
        }
    return KioskApplicant.model_validate(fields)


def outbox_item(payload: BaseModel) -> dict[str, Any]:
    """A typed payload as the outbox stores it and the wire carries it: JSON, unset fields
    left out."""
    return payload.model_dump(mode="json", exclude_none=True)
