"""Where recordings are kept, the key they are encrypted with, and how long each kind lives.

The key is a file outside the database (named here, never stored in it): a copy of the
database alone does not open a recording.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator


class RecordingSettings(BaseModel):
    """Settings of the recording store; built once and passed in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    store_dir: Path = Field(description="encrypted segments live below it, one folder a session")
    key_file: Path = Field(description="the 32-byte encryption key (64 hex digits), mode 600")
    retention_days: dict[str, int] = Field(
        default_factory=dict,
        description="days a session kind's recordings are kept; a kind not named is kept",
    )
    janus_pp_rec: str = "janus-pp-rec"
    ffmpeg: str = "ffmpeg"
    ffprobe: str = "ffprobe"
    tile_size: tuple[int, int] = Field((320, 240), description="each participant's tile")
    convert_timeout_s: float = Field(600.0, gt=0)

    @field_validator("retention_days")
    @classmethod
    def _days(cls, value: dict[str, int]) -> dict[str, int]:
        for kind, days in value.items():
            if days < 1:
                raise ValueError(
                    f"retention for {kind!r} is {days} days; use 1 or more days, "
                    "or leave the kind out to keep its recordings"
                )
        return value


def recording_settings(data_dir: Path, given: RecordingSettings | None) -> RecordingSettings:
    """The configured store, else one in the data directory (the key beside it, in its own
    file; a deployment names a key file elsewhere, away from the database's backups)."""
    if given is not None:
        return given
    return RecordingSettings(
        store_dir=data_dir / "recording-store", key_file=data_dir / "recordings.key"
    )
