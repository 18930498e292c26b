"""The platform's secrets, apart from its settings: made once with random values (mode 0600)
and read again on every later render, so re-rendering never changes a running platform's keys."""

from __future__ import annotations

import os
import secrets
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from central.deploy.settings import SettingsError

_KEYS = ("janus_admin_key", "janus_token_secret", "turn_secret", "db_password")


class PlatformSecrets(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    janus_admin_key: SecretStr = Field(min_length=16)
    janus_token_secret: SecretStr = Field(min_length=16)
    turn_secret: SecretStr = Field(min_length=16)
    db_password: SecretStr = Field(
        min_length=8, description="used only when the database is reached over TCP"
    )


def _fresh() -> str:
    body = "\n".join(f'{key} = "{secrets.token_urlsafe(24)}"' for key in _KEYS)
    return f"# made by `python -m central.deploy render`; keep it, back it up, mode 0600\n{body}\n"


def load_or_create_secrets(path: Path) -> tuple[PlatformSecrets, bool]:
    """The secrets in `path`, made first when the file does not exist; True when made now."""
    made = False
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(_fresh())
        made = True
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return PlatformSecrets.model_validate(raw), made
    except OSError as err:
        raise SettingsError(f"cannot read the secrets file {path}: {err.strerror}") from None
    except tomllib.TOMLDecodeError as err:
        raise SettingsError(f"the secrets file {path} is not valid TOML: {err}") from None
    except ValidationError as err:
        wrong = ", ".join(".".join(map(str, e["loc"])) for e in err.errors())
        raise SettingsError(
            f"the secrets file {path} is incomplete or wrong ({wrong}); it needs "
            f"{', '.join(_KEYS)}, each at least 16 characters (db_password 8)"
        ) from None
