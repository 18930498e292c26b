"""How many staff logins an address may try: per account at that address, and per address.

Keys never name the account alone: five wrong passwords typed somewhere else must not lock a
staff member out everywhere; an attacker slows only the address he tries from. Each attempt is
counted before the password hash is checked (`admit`), so thirty parallel guesses get no more
checks than thirty sequential ones; a successful login hands its attempt back and forgives
the account's earlier failures at that address (`succeeded`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from central.ratelimit import Limiter


class TooManyLogins(Exception):
    """The address (or the account at this address) is out of attempts for `wait` seconds."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"too many failed logins; try again in {math.ceil(wait)} s")
        self.seconds = math.ceil(wait)


@dataclass(frozen=True)
class Admitted:
    account_key: str
    account_ticket: str
    address_key: str
    address_ticket: str


class LoginLimits:
    def __init__(self, per_account: Limiter, per_address: Limiter) -> None:
        self._account = per_account
        self._address = per_address

    def admit(self, username: str, client: str) -> Admitted:
        """Count this attempt; raise TooManyLogins instead when the address is out of them."""
        account_key = f"login:{client}:{username.strip().lower()}"
        address_key = f"login:{client}"
        account = self._account.take(account_key)
        if account.wait > 0:
            raise TooManyLogins(account.wait)
        address = self._address.take(address_key)
        if address.wait > 0:
            self._account.give_back(account_key, account.ticket)
            raise TooManyLogins(address.wait)
        return Admitted(account_key, account.ticket, address_key, address.ticket)

    def succeeded(self, admitted: Admitted) -> None:
        self._account.clear(admitted.account_key)  # the typos before it are forgiven
        self._address.give_back(admitted.address_key, admitted.address_ticket)
