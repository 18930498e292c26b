"""What keys the settings schema allows, for error messages and `config set`."""

from __future__ import annotations

from typing import get_origin

from pydantic import BaseModel

from config.settings import TerminalSettings


def _model_at(path: tuple[str, ...]) -> type[BaseModel] | None:
    model: type[BaseModel] = TerminalSettings
    for part in path:
        field = model.model_fields.get(part)
        if field is None:
            return None
        annotation = field.annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        model = annotation
    return model


def allowed_keys_at(path: tuple[str, ...]) -> list[str]:
    """The keys a table at `path` may hold (empty when `path` is not a table)."""
    model = _model_at(path)
    return sorted(model.model_fields) if model is not None else []


def is_known_key(path: tuple[str, ...]) -> bool:
    """Whether a dotted key names a setting (a leaf, or an entry of a mapping setting)."""
    if not path:
        return False
    parent = _model_at(path[:-1])
    if parent is not None:
        return path[-1] in parent.model_fields
    grand = _model_at(path[:-2]) if len(path) >= 2 else None
    if grand is None:
        return False
    field = grand.model_fields.get(path[-2])
    return field is not None and get_origin(field.annotation) is dict
