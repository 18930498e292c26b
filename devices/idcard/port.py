"""ID card reader port: the data printed on a Chinese 2nd-generation card, never in logs.

The card's repr shows its type only: the one masking rule lives in api_client.personal_data,
which the device layer may not import, so the layer above masks where it shows a number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from devices.base import Device

CardType = Literal["resident", "foreign_permanent", "hk_mo_tw_residence"]


@dataclass(frozen=True, repr=False)
class IdCardData:
    """What a card holds. On a foreign permanent resident card `nation` and `nation_code` are
    the ISO 3166 country code, `address` is empty and `issuer` is the authority's code; on a
    Hong Kong/Macao/Taiwan residence permit `nation` and `nation_code` are empty."""

    card_type: CardType
    name: str
    sex: Literal["male", "female"]
    nation: str
    birth_date: date
    address: str
    id_number: str
    issuer: str
    valid_from: date
    valid_to: date | None  # None: long-term
    photo_wlt: bytes = b""
    nation_code: str = ""

    def __repr__(self) -> str:  # personal data never reaches a log line through repr()
        return f"IdCardData({self.card_type}, id=<{len(self.id_number)} characters>)"


class IdReader(Device, Protocol):
    def read_card(self, timeout_s: float) -> IdCardData:
        """Wait up to `timeout_s` for a card and read it; raises a devices.errors.DeviceError."""
        ...

    def card_present(self) -> bool: ...
