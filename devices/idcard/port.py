"""ID card reader port: the data printed on a Chinese 2nd-generation card, masked in logs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from devices.base import Device

CardType = Literal["resident", "foreign_permanent", "hk_mo_tw_residence"]


def mask_id_number(number: str) -> str:
    """Keep the first and last digit so staff can tell cards apart; hide the rest."""
    if len(number) <= 2:
        return "*" * len(number)
    return number[0] + "*" * (len(number) - 2) + number[-1]


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
        return f"IdCardData({self.card_type}, id={mask_id_number(self.id_number)})"


class IdReader(Device, Protocol):
    def read_card(self, timeout_s: float) -> IdCardData:
        """Wait up to `timeout_s` for a card and read it; raises a devices.errors.DeviceError."""
        ...

    def card_present(self) -> bool: ...
