"""The terminal's settings schema.

Every field has a default that works on a developer machine with emulated devices, except
secrets, which have none. Limits are part of the schema so that `lexkiosk config validate`
can say what is allowed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from config.release_keys import MAX_KEYS, check_release_key

Language = Literal["zh", "en", "mn"]
Profile = Literal["kiosk", "robot", "tv"]
Baud = Literal[9600, 19200, 38400, 57600, 115200]


def _default_voices() -> dict[Language, str]:
    return {"zh": "cmn", "en": "en"}


def _default_languages() -> list[Language]:
    return ["zh", "en", "mn"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IdleSettings(_Section):
    """How long a resident may be inactive before their data is wiped."""

    timeout_s: int = Field(90, ge=30, le=1800, description="seconds of inactivity")
    warning_s: int = Field(20, ge=20, le=120, description="seconds of warning before the end")
    max_extensions: int = Field(10, ge=10, le=100)

    @model_validator(mode="after")
    def _warning_fits(self) -> IdleSettings:
        if self.warning_s >= self.timeout_s:
            raise ValueError("warning_s must be shorter than timeout_s")
        return self


class CameraSettings(_Section):
    driver: Literal["sim", "opencv"] = "sim"
    index: int = Field(0, ge=0, le=16)
    source: str = Field("", description="opencv: a stream URL or video file instead of index")
    width: int = Field(640, ge=160, le=3840)
    height: int = Field(480, ge=120, le=2160)
    fps: int = Field(15, ge=1, le=60)
    stale_s: float = Field(2.0, ge=0.2, le=30, description="no fresh frame this long: lost")
    files: list[Path] = Field(default_factory=list, description="sim: images or one video")


class IdReaderSettings(_Section):
    driver: Literal["sim", "serial"] = "sim"
    port: str = Field("/dev/ttyUSB0", min_length=1)
    baud: Baud = 115200
    timeout_s: float = Field(5.0, gt=0, le=60)
    photo_decoder: Literal["none", "emulator"] = Field(
        "emulator",
        description="card photo codec: the vendor WLT decoder is a plug-in; 'emulator' reads "
        "the emulators' stand-in photos, 'none' skips the face check",
    )


class ScannerSettings(_Section):
    driver: Literal["sim", "camera"] = "sim"


class PrinterSettings(_Section):
    driver: Literal["sim", "cups"] = "sim"
    queue: str = Field("lexkiosk", min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    paper: Literal["a4", "receipt80"] = "a4"
    fitted: bool | None = Field(
        None,
        description="a printer is installed: on a robot, where it is optional (kiosks always "
        "have one, TVs never)",
    )


class SpeechSettings(_Section):
    # "pyttsx3" is the name older settings files use for the same espeak-ng engine
    driver: Literal["sim", "espeak-ng", "pyttsx3"] = "sim"
    voices: dict[Language, str] = Field(default_factory=_default_voices)
    rate: int = Field(160, ge=60, le=400, description="words per minute")
    volume: float = Field(0.9, ge=0.0, le=1.0)
    timeout_s: float = Field(5.0, gt=0, le=60, description="longest a sentence may take to render")


class AudioSettings(_Section):
    """Speaker and microphone: WAV-file emulators, or the platform's sound system."""

    speaker: Literal["sim", "portaudio"] = "sim"
    microphone: Literal["sim", "portaudio"] = "sim"
    wav_dir: Path | None = Field(None, description="sim: where played audio goes")
    microphone_wav: Path | None = Field(None, description="sim: what the microphone hears")
    volume: int = Field(
        100, ge=0, le=100, description="the loudspeaker's level, percent, for every sound"
    )


class DeviceSettings(_Section):
    camera: CameraSettings = CameraSettings()
    id_reader: IdReaderSettings = IdReaderSettings()
    scanner: ScannerSettings = ScannerSettings()
    printer: PrinterSettings = PrinterSettings()
    speech: SpeechSettings = SpeechSettings()
    audio: AudioSettings = AudioSettings()
    health_poll_s: float = Field(5.0, ge=0.5, le=300, description="seconds between health polls")


PIN_HASH_PATTERN = r"^scrypt\$\d+\$\d+\$\d+\$[^$]+\$[^$]+$"


class Technician(_Section):
    """One technician who may open technician mode here: their account name (journaled with
    each attempt) and their own PIN as a salted scrypt hash (config.pin), pushed with the
    terminal's configuration by the central service so it works offline."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    pin_hash: str = Field(pattern=PIN_HASH_PATTERN)


class UpdateSettings(_Section):
    """Software updates: the release public keys a bundle must be signed with, and how
    `lexkiosk update check-once` (kiosk/updates) installs, restarts and checks health."""

    release_keys: list[str] = Field(
        default_factory=list,
        max_length=MAX_KEYS,
        description="PEM Ed25519 public keys; pushed by the central service",
    )
    python: Path = Field(
        Path("/usr/bin/python3"), description="the interpreter the A/B environments are made with"
    )
    restart_command: list[str] = Field(
        default_factory=lambda: ["systemctl", "restart", "--no-block", "lexkiosk-shell.service"],
        min_length=1,
        description="restarts the shell from <data_dir>/envs/current",
    )
    health_timeout_s: float = Field(
        120.0, ge=5.0, le=1800.0, description="the new shell must paint and heartbeat within this"
    )
    max_bundle_mb: int = Field(2048, ge=1, le=16384)

    @field_validator("release_keys")
    @classmethod
    def _ed25519(cls, value: list[str]) -> list[str]:
        for index, pem in enumerate(value):
            try:
                check_release_key(pem)
            except ValueError as err:
                raise ValueError(f"release_keys[{index}]: {err}") from None
        return value


class TerminalSettings(BaseModel):
    """Everything a terminal needs to know about itself.

    Built once by `config.load_settings` and passed down; no module reads it from a global.
    config.loader merges defaults < TOML < environment < overrides itself, so that each problem
    can name where its value came from; the model only validates the result. (It was a
    pydantic-settings BaseSettings reading only its init arguments: the same validation, but
    importing pydantic-settings cost the shell ~60 ms of its cold start.)
    """

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    terminal_id: str = Field("DEV001", pattern=r"^[A-Z0-9]{3,12}$")
    site: str = Field("dev-site", min_length=1, max_length=64)
    central_url: str = Field("http://127.0.0.1:8700", pattern=r"^https?://[^\s/]+(/\S*)?$")
    central_ca: Path | None = Field(
        None, description="PEM file of the CA that signs the central service's certificate"
    )
    profile: Profile = "kiosk"
    languages: list[Language] = Field(default_factory=_default_languages, min_length=1)
    default_language: Language = "zh"
    heartbeat_s: float = Field(10.0, ge=1.0, le=600.0, description="seconds between heartbeats")
    idle: IdleSettings = IdleSettings()
    devices: DeviceSettings = DeviceSettings()
    technician_pin_hash: str | None = Field(
        None, pattern=PIN_HASH_PATTERN, description="the local technician's PIN (`config set`)"
    )
    technicians: list[Technician] = Field(
        default_factory=list, max_length=200, description="pushed by the central service"
    )
    updates: UpdateSettings = UpdateSettings()
    data_dir: Path = Path(".data/kiosk")
    timezone: str = Field(
        "Asia/Shanghai", description="local time of the service point: appointment times shown"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(f"{value!r} is not an IANA time zone, e.g. Asia/Shanghai") from err
        return value

    @field_validator("central_ca")
    @classmethod
    def _ca_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"no such file: {value} (a PEM file with the CA certificate)")
        return value

    @field_validator("languages")
    @classmethod
    def _unique(cls, value: list[Language]) -> list[Language]:
        if len(set(value)) != len(value):
            raise ValueError("each language may appear once")
        return value

    @model_validator(mode="after")
    def _default_is_offered(self) -> TerminalSettings:
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language {self.default_language!r} must be one of languages "
                f"{self.languages}"
            )
        return self
