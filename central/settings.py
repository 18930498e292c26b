"""Central service settings, built once by the CLI (or a test) and passed to the app factory."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'central.sqlite3').resolve()}"


class CentralSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db_url: str = Field(min_length=1)
    data_dir: Path = Path(".data/central")
    heartbeat_s: float = Field(10.0, ge=1.0, le=600.0, description="interval terminals are told")
    offline_after_s: float = Field(35.0, ge=2.0, description="silence before a terminal is offline")
    enrol_code_ttl_h: float = Field(24.0, gt=0, le=24 * 30)
