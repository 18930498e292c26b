"""Media settings: where Janus and coturn listen, which interfaces carry media, their secrets.

Secrets have no defaults: the caller (the central service's CLI, a test) generates or loads
them and passes them in.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

# Janus refuses to write recordings under these (its own defaults, kept in the generated
# janus.jcfg); a recording folder below one of them fails silently, so settings refuse it.
PROTECTED_FOLDERS: tuple[str, ...] = (
    "/bin",
    "/boot",
    "/dev",
    "/etc",
    "/initrd",
    "/lib",
    "/lib32",
    "/lib64",
    "/proc",
    "/sbin",
    "/sys",
    "/usr",
    "/var",
    "/opt/janus/bin",
    "/opt/janus/etc",
    "/opt/janus/include",
    "/opt/janus/lib",
    "/opt/janus/lib32",
    "/opt/janus/lib64",
    "/opt/janus/sbin",
)

_UNSAFE_IN_CONFIG = set('"\\\n\r')


def _ip(value: str) -> str:
    return str(ipaddress.ip_address(value))


class MediaSettings(BaseModel):
    """Janus and coturn for the central service. Ports are the project's own (not the
    packages' defaults 8188/3478) so a system Janus or coturn can run beside it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(description="generated configs, logs and recordings live below it")
    janus_ws_ip: str = Field(description="address Janus's WebSocket transport binds")
    janus_ws_port: int = Field(18188, ge=1, le=65535)
    janus_public_url: str | None = Field(
        None,
        description="what participants connect to (wss:// behind the reverse proxy); "
        "None: ws://janus_ws_ip:janus_ws_port",
    )
    ice_enforce_list: str = Field(
        min_length=1, description="interfaces or addresses Janus gathers ICE candidates on"
    )
    rtp_port_min: int = Field(20000, ge=1024, le=65535)
    rtp_port_max: int = Field(20999, ge=1024, le=65535)
    turn_listening_ip: str
    turn_relay_ip: str = Field(description="a non-loopback address: Janus ignores loopback")
    turn_allowed_peer_ips: tuple[str, ...] = Field(
        min_length=1,
        description="the only addresses coturn relays to (Janus's media addresses): a TURN "
        "credential must not open a path to anything else on the network",
    )
    turn_port: int = Field(13478, ge=1, le=65535)
    turn_min_port: int = Field(49152, ge=1024, le=65535)
    turn_max_port: int = Field(49651, ge=1024, le=65535)
    turn_realm: str = Field("lexkiosk", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9.-]+$")
    credential_ttl_s: int = Field(
        4 * 3600,
        ge=60,
        le=24 * 3600,
        description="lifetime of a grant's Janus token: Janus checks it on every request, "
        "keepalives included, so it must outlast the longest call",
    )
    turn_credential_ttl_s: int = Field(
        600,
        ge=10,
        le=24 * 3600,
        description="lifetime of a grant's TURN credential: coturn checks it only when a relay "
        "is allocated, so it covers joining; every (re)join fetches a fresh grant (the "
        "console's call page and the kiosk both do)",
    )
    janus_admin_key: SecretStr = Field(description="VideoRoom admin_key: only we create rooms")
    janus_token_secret: SecretStr = Field(description="token_auth_secret for signed tokens")
    turn_secret: SecretStr = Field(description="coturn static-auth-secret")
    max_video_bps: int = Field(
        600_000,
        ge=50_000,
        le=10_000_000,
        description="each publisher's video cap in a call of two (bit/s), sent in every grant "
        "for the participant to apply (aiortc's encoder, RTCRtpSender.setParameters in janus.js)",
    )
    video_budget_bps: int = Field(
        1_500_000,
        ge=100_000,
        le=50_000_000,
        description="in a call of more than two, the publishers' video share this total: each "
        "gets budget / participants, never more than max_video_bps",
    )
    janus_binary: str = "janus"
    turnserver_binary: str = "turnserver"
    start_timeout_s: float = Field(20.0, gt=0, le=300)

    @field_validator("janus_ws_ip", "turn_listening_ip", "turn_relay_ip")
    @classmethod
    def _address(cls, value: str) -> str:
        return _ip(value)

    @field_validator("turn_allowed_peer_ips")
    @classmethod
    def _addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_ip(v) for v in value)

    @field_validator("janus_admin_key", "janus_token_secret", "turn_secret")
    @classmethod
    def _secret(cls, value: SecretStr) -> SecretStr:
        raw = value.get_secret_value()
        if len(raw) < 16:
            raise ValueError("a secret needs at least 16 characters")
        if _UNSAFE_IN_CONFIG & set(raw) or not raw.isprintable():
            raise ValueError("a secret may not contain quotes, backslashes or control characters")
        return value

    @field_validator("ice_enforce_list")
    @classmethod
    def _plain(cls, value: str) -> str:
        if _UNSAFE_IN_CONFIG & set(value) or not value.isprintable():
            raise ValueError("quotes, backslashes and control characters are not allowed")
        return value

    @field_validator("data_dir")
    @classmethod
    def _data_dir(cls, value: Path) -> Path:
        text = str(value.resolve())
        if _UNSAFE_IN_CONFIG & set(text):
            raise ValueError("the data directory's path may not contain quotes or backslashes")
        return value.resolve()

    @model_validator(mode="after")
    def _ranges(self) -> MediaSettings:
        if self.rtp_port_min > self.rtp_port_max:
            raise ValueError("rtp_port_min is above rtp_port_max")
        if self.turn_min_port > self.turn_max_port:
            raise ValueError("turn_min_port is above turn_max_port")
        if self.rtp_port_min <= self.turn_max_port and self.turn_min_port <= self.rtp_port_max:
            raise ValueError("Janus's RTP ports and coturn's relay ports overlap")
        if ipaddress.ip_address(self.turn_relay_ip).is_loopback:
            raise ValueError(
                f"turn_relay_ip {self.turn_relay_ip} is a loopback address: Janus never answers "
                "a relay there; use an address of a real interface"
            )
        folder = str(self.recordings_dir)
        for protected in PROTECTED_FOLDERS:
            if folder == protected or folder.startswith(protected + "/"):
                raise ValueError(
                    f"the recordings folder {folder} is under {protected}, where Janus refuses "
                    "to write: choose a data directory elsewhere"
                )
        return self

    def video_cap_bps(self, participants: int) -> int:
        """One publisher's video cap when `participants` are admitted to the room."""
        if participants <= 2:
            return self.max_video_bps
        return min(self.max_video_bps, self.video_budget_bps // participants)

    @property
    def janus_dir(self) -> Path:
        return self.data_dir / "janus"

    @property
    def coturn_config(self) -> Path:
        return self.data_dir / "coturn" / "turnserver.conf"

    @property
    def recordings_dir(self) -> Path:
        return self.data_dir / "recordings"

    @property
    def janus_url(self) -> str:
        """Where the central service itself reaches Janus."""
        host = self.janus_ws_ip if ":" not in self.janus_ws_ip else f"[{self.janus_ws_ip}]"
        return f"ws://{host}:{self.janus_ws_port}/"

    @property
    def participant_janus_url(self) -> str:
        return self.janus_public_url or self.janus_url

    @property
    def turn_url(self) -> str:
        host = self.turn_listening_ip
        if ":" in host:
            host = f"[{host}]"
        return f"turn:{host}:{self.turn_port}?transport=udp"
