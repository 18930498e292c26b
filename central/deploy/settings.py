"""The platform's settings file (TOML, `deploy/central/platform.example.toml`): one place for
every path, port and limit the generated files share. Secrets are not in it: they live in a
separate file the generator creates once (`secrets.py`)."""

from __future__ import annotations

import ipaddress
import re
import tomllib
from pathlib import Path
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from central.evidence.settings import EvidenceSettings
from central.fleet.alerts_settings import AlertSettings

_NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9._/@+-]*$")
_HOST = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


class SettingsError(Exception):
    """A settings file that cannot be used; the message names the key and what is allowed."""


def _absolute(value: Path) -> Path:
    if not _SAFE_PATH.fullmatch(str(value)):
        raise ValueError(
            "use an absolute path of letters, digits and . _ / @ + - (no spaces or quotes)"
        )
    return value


AbsPath = Annotated[Path, AfterValidator(_absolute)]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Paths(Strict):
    """Where things are installed on the platform machine."""

    python: AbsPath = Field(description="the venv's python with lexkiosk installed")
    etc_dir: AbsPath = Field(
        Path("/etc/lexkiosk/central"), description="where the rendered folder is installed"
    )
    data_dir: AbsPath = Field(Path("/srv/lexkiosk/central"), description="the service's files")
    media_dir: AbsPath = Field(
        Path("/srv/lexkiosk/media"),
        description="Janus's recordings (Janus refuses /var, /etc, /usr, ...)",
    )


class Web(Strict):
    """nginx: TLS, limits, the name residents and terminals use."""

    server_name: str = Field(min_length=1)
    listen_ip: str = "0.0.0.0"  # noqa: S104  (the public front: every interface)
    https_port: int = Field(443, ge=1, le=65535)
    tls_certificate: AbsPath
    tls_certificate_key: AbsPath
    client_max_body_size_mb: int = Field(
        12, ge=1, le=1024, description="the largest body the service accepts is 12 MiB"
    )
    connections_per_client: int = Field(32, ge=1, le=10_000)
    logins_per_minute: int = Field(30, ge=1, le=10_000, description="per client address")
    client_header_timeout_s: int = Field(10, ge=1, le=600)
    client_body_timeout_s: int = Field(60, ge=1, le=3600)
    send_timeout_s: int = Field(60, ge=1, le=3600)
    proxy_read_timeout_s: int = Field(60, ge=1, le=3600)
    websocket_read_timeout_s: int = Field(
        3600, ge=60, le=86400, description="a quiet WebSocket (events, Janus) stays open this long"
    )
    janus_path: str = Field("/janus-ws", pattern=r"^/[a-z0-9-]{1,40}$")
    nginx_prefix: AbsPath = Field(Path("/var/lib/nginx"), description="nginx's temp files")
    terminal_ca: AbsPath | None = Field(
        None, description="the CA behind tls_certificate, handed to terminals to pin"
    )

    @field_validator("server_name")
    @classmethod
    def _host(cls, value: str) -> str:
        if not _HOST.fullmatch(value):
            raise ValueError("a host name: letters, digits, dots and dashes")
        return value

    @field_validator("listen_ip")
    @classmethod
    def _ip(cls, value: str) -> str:
        return str(ipaddress.ip_address(value))


class Workers(Strict):
    """The uvicorn workers behind nginx, one `lexkiosk-central@PORT.service` each."""

    count: int = Field(2, ge=1, le=64)
    first_port: int = Field(8701, ge=1024, le=65000)
    user: str = "lexkiosk"
    heartbeat_s: float = Field(10.0, ge=1.0, le=600.0)

    @field_validator("user")
    @classmethod
    def _user(cls, value: str) -> str:
        if not _NAME.fullmatch(value):
            raise ValueError("a system user name: lower-case letters, digits, _ and -")
        return value

    @property
    def ports(self) -> list[int]:
        return list(range(self.first_port, self.first_port + self.count))


class Database(Strict):
    """PostgreSQL (Debian's own unit) and the role and database the workers use."""

    name: str = "lexkiosk"
    role: str = "lexkiosk"
    host: str = Field("/run/postgresql", description="a socket folder (peer login) or an address")
    port: int = Field(5432, ge=1, le=65535)
    max_connections: int = Field(200, ge=20, le=5000)
    shared_buffers_mb: int = Field(512, ge=16, le=262144)

    @field_validator("name", "role")
    @classmethod
    def _ident(cls, value: str) -> str:
        if not _NAME.fullmatch(value) or "-" in value:
            raise ValueError("lower-case letters, digits and _ only")
        return value


class Redis(Strict):
    """Redis (Debian's own unit) relays events between the workers."""

    bind: str = "127.0.0.1"
    port: int = Field(6379, ge=1, le=65535)
    db: int = Field(0, ge=0, le=15)

    @field_validator("bind")
    @classmethod
    def _ip(cls, value: str) -> str:
        return str(ipaddress.ip_address(value))


class Media(Strict):
    """Janus and coturn: addresses of this machine's media interface."""

    janus_ws_ip: str = "127.0.0.1"
    janus_ws_port: int = Field(18188, ge=1, le=65535)
    media_ip: str = Field(description="the interface address Janus and coturn relay on")
    ice_enforce_list: str = Field(min_length=1, description="Janus's interface, e.g. eth0")
    turn_listening_ip: str | None = Field(None, description="default: media_ip")
    turn_port: int = Field(13478, ge=1, le=65535)

    @field_validator("janus_ws_ip", "media_ip", "turn_listening_ip")
    @classmethod
    def _ip(cls, value: str | None) -> str | None:
        return None if value is None else str(ipaddress.ip_address(value))


class Platform(Strict):
    """The whole settings file."""

    paths: Paths
    web: Web
    workers: Workers = Field(default_factory=Workers)
    database: Database = Field(default_factory=Database)
    redis: Redis = Field(default_factory=Redis)
    media: Media
    evidence: EvidenceSettings | None = Field(
        None, description="the seal's settings (central.evidence.settings); none: not sealing"
    )
    alerts: AlertSettings | None = Field(
        None, description="the fleet alerts' limits (central.fleet.alerts_settings)"
    )
    secrets_file: AbsPath = Field(
        Path("/etc/lexkiosk/central-secrets.toml"),
        description="made once by the generator (mode 0600), kept on every later run",
    )

    @field_validator("evidence", "alerts")
    @classmethod
    def _absolute_files(cls, value: BaseModel | None) -> BaseModel | None:
        """The workers run from another folder: every file the sections name is absolute."""
        for key, path in _paths(value):
            try:
                _absolute(path)
            except ValueError as err:
                raise ValueError(f"{key} {path}: {err}") from None
        return value

    @model_validator(mode="after")
    def _ports(self) -> Platform:
        last = self.workers.ports[-1]
        for name, port in (
            ("web.https_port", self.web.https_port),
            ("media.janus_ws_port", self.media.janus_ws_port),
            ("redis.port", self.redis.port),
        ):
            if self.workers.first_port <= port <= last:
                raise ValueError(
                    f"{name} {port} collides with the workers' ports "
                    f"{self.workers.first_port}-{last}"
                )
        return self


def _paths(model: BaseModel | None, prefix: str = "") -> list[tuple[str, Path]]:
    """Every path in a settings model (nested models and tuples of paths included)."""
    if model is None:
        return []
    found: list[tuple[str, Path]] = []
    for key, value in model:
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, Path):
                found.append((prefix + key, item))
            elif isinstance(item, BaseModel):
                found += _paths(item, f"{prefix}{key}.")
    return found


def describe(err: ValidationError) -> str:
    lines = []
    for problem in err.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        lines.append(f"{where}: {problem['msg']}")
    return "\n".join(lines)


def load_platform(path: Path) -> Platform:
    """Read and check the settings file; SettingsError names each wrong key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise SettingsError(f"cannot read the settings file {path}: {err.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path} is not valid TOML: {err}") from None
    try:
        return Platform.model_validate(raw)
    except ValidationError as err:
        raise SettingsError(f"{path} has wrong settings:\n{describe(err)}") from None
