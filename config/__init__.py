"""Terminal settings: schema, defaults, loading from TOML/env/overrides, and validation."""

from config.errors import ConfigError, ConfigProblem
from config.loader import load_settings
from config.settings import TerminalSettings

__all__ = ["ConfigError", "ConfigProblem", "TerminalSettings", "load_settings"]
