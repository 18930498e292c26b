"""Janus's and coturn's configs for the platform, made by the same generators the embedded
demo uses (central.media.janus_config, coturn_config), and the media settings file the
workers read (`serve --media-settings`)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from central.deploy.secrets import PlatformSecrets
from central.deploy.settings import Platform, SettingsError, describe
from central.media.coturn_config import coturn_conf
from central.media.janus_config import janus_jcfg, videoroom_jcfg, websockets_jcfg
from central.media.settings import MediaSettings


def media_settings(platform: Platform, keys: PlatformSecrets) -> MediaSettings:
    try:
        return _media(platform, keys)
    except ValidationError as err:
        raise SettingsError(f"the media settings do not fit together:\n{describe(err)}") from None


def _media(platform: Platform, keys: PlatformSecrets) -> MediaSettings:
    m = platform.media
    return MediaSettings(
        data_dir=platform.paths.media_dir,
        janus_ws_ip=m.janus_ws_ip,
        janus_ws_port=m.janus_ws_port,
        janus_public_url=f"wss://{platform.web.server_name}:{platform.web.https_port}"
        f"{platform.web.janus_path}",
        ice_enforce_list=m.ice_enforce_list,
        turn_listening_ip=m.turn_listening_ip or m.media_ip,
        turn_relay_ip=m.media_ip,
        turn_allowed_peer_ips=(m.media_ip,),
        turn_port=m.turn_port,
        janus_admin_key=keys.janus_admin_key,
        janus_token_secret=keys.janus_token_secret,
        turn_secret=keys.turn_secret,
    )


def janus_files(settings: MediaSettings, config_dir: Path, lib_dir: Path) -> dict[str, str]:
    """janus.jcfg and its two module configs. The platform keeps them in its config folder
    (/etc/lexkiosk/central/janus), not beside the recordings as the demo does."""
    main = janus_jcfg(settings, lib_dir).replace(
        f'configs_folder = "{settings.janus_dir}"', f'configs_folder = "{config_dir}"'
    )
    return {
        "janus.jcfg": main,
        "janus.plugin.videoroom.jcfg": videoroom_jcfg(settings),
        "janus.transport.websockets.jcfg": websockets_jcfg(settings),
    }


def coturn_file(settings: MediaSettings) -> str:
    """turnserver.conf; its pid file and user database stay below the media folder."""
    return coturn_conf(settings)


def media_json(settings: MediaSettings) -> str:
    """The file `serve --media-settings` reads, secrets included (written mode 0600)."""
    raw = settings.model_dump(mode="json")
    for key in ("janus_admin_key", "janus_token_secret", "turn_secret"):
        raw[key] = getattr(settings, key).get_secret_value()
    return json.dumps(raw, indent=2) + "\n"
