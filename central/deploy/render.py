"""Write every generated file of the platform into one folder, laid out as it is installed
under `paths.etc_dir` (deploy/central/README.md says where each piece goes)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from central.deploy.database import central_env, create_database_sql, postgresql_conf, redis_conf
from central.deploy.media import coturn_file, janus_files, media_json, media_settings
from central.deploy.nginx import nginx_main, nginx_site
from central.deploy.secrets import load_or_create_secrets
from central.deploy.service_files import EVIDENCE_JSON, service_files
from central.deploy.settings import Platform, SettingsError
from central.deploy.units import coturn_unit, janus_unit, target_unit, worker_unit
from central.media.janus_config import janus_lib_dir

STATIC_DIR = Path(__file__).resolve().parent.parent / "console" / "sessions_static"
README = Path(__file__).resolve().parent / "README.md"
MIME_TYPES = Path("/etc/nginx/mime.types")
_PRIVATE = {"central.env", "media.json", EVIDENCE_JSON, "postgresql/create-database.sql"}


@dataclass(frozen=True)
class Tools:
    """The executables the units name (systemd checks they exist)."""

    janus: str
    turnserver: str
    janus_lib: Path


def find_tools() -> Tools:
    janus, turnserver, lib = shutil.which("janus"), shutil.which("turnserver"), janus_lib_dir()
    if janus is None or lib is None:
        raise SettingsError("Janus is not installed: install the Debian package janus")
    if turnserver is None:
        raise SettingsError("coturn is not installed: install the Debian package coturn")
    return Tools(janus, turnserver, lib)


def _write(out: Path, name: str, text: str) -> Path:
    path = out / name
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = 0o600 if name in _PRIVATE or name.startswith(("janus/", "coturn/")) else 0o644
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    path.chmod(mode)
    return path


def files(platform: Platform, tools: Tools) -> tuple[dict[str, str], bool]:
    """Every file's name (relative to the output folder) and text; True when the secrets file
    was made now."""
    keys, made = load_or_create_secrets(platform.secrets_file)
    media = media_settings(platform, keys)
    etc = platform.paths.etc_dir
    out: dict[str, str] = {
        "nginx/lexkiosk-central.conf": nginx_site(platform, STATIC_DIR),
        "nginx/nginx.conf": nginx_main(
            platform, etc / "nginx" / "lexkiosk-central.conf", platform.web.nginx_prefix, MIME_TYPES
        ),
        "systemd/lexkiosk-central@.service": worker_unit(platform),
        "systemd/lexkiosk-central.target": target_unit(platform),
        "systemd/lexkiosk-central-janus.service": janus_unit(platform, tools.janus),
        "systemd/lexkiosk-central-coturn.service": coturn_unit(platform, tools.turnserver),
        "central.env": central_env(platform, keys),
        "media.json": media_json(media),
        "coturn/turnserver.conf": coturn_file(media),
        "postgresql/lexkiosk-central.conf": postgresql_conf(platform),
        "postgresql/create-database.sql": create_database_sql(platform, keys),
        "redis/lexkiosk-central.conf": redis_conf(platform),
        "README.md": README.read_text(encoding="utf-8"),
    }
    out.update(service_files(platform))
    for name, text in janus_files(media, etc / "janus", tools.janus_lib).items():
        out[f"janus/{name}"] = text
    return out, made


def render(platform: Platform, out: Path, tools: Tools) -> tuple[list[Path], bool]:
    texts, made = files(platform, tools)
    return [_write(out, name, text) for name, text in sorted(texts.items())], made
