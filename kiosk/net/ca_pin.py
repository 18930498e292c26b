"""Pin the central service's CA at enrolment: the PEM the service hands over with the device
token is kept in the data directory and named by `central_ca` in the settings file, so every
later connection trusts only certificates that CA signed. A CA set by hand is kept."""

from __future__ import annotations

import logging
from pathlib import Path

from api_client.schemas import EnrolResponse
from config.settings import TerminalSettings
from config.store import set_value, write_atomically

log = logging.getLogger(__name__)

CA_FILE = "central-ca.pem"


def pin_ca(settings: TerminalSettings, response: EnrolResponse, config_file: Path) -> Path | None:
    """The pinned CA's path, or None when the service offered none or one is set already.
    Raises config.errors.ConfigError if the settings file cannot take it (it is then unchanged)."""
    if response.ca_pem is None or settings.central_ca is not None:
        return None
    path = (settings.data_dir / CA_FILE).resolve()
    write_atomically(path, response.ca_pem.encode())
    set_value(config_file, "central_ca", str(path))
    log.info("the central service's CA is pinned (%s)", path)
    return path
