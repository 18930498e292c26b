"""Document templates: placeholders checked against the declared fields, and rendering with a
resident's values (the kiosk previews and prints what this returns)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from api_client.schemas import TemplateField

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]{0,31})\s*\}\}")


class TemplateError(ValueError):
    """The template or the values do not fit; the message names what is wrong."""


def check_body(body: str, fields: Sequence[TemplateField]) -> None:
    """Every placeholder names a declared field, and field names are unique."""
    names = [f.name for f in fields]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise TemplateError(f"field names must be unique; repeated: {', '.join(doubled)}")
    for field in fields:
        if field.type == "choice" and not field.choices:
            raise TemplateError(f"field {field.name!r} is a choice but lists no choices")
    unknown = sorted(set(PLACEHOLDER.findall(body)) - set(names))
    if unknown:
        raise TemplateError(
            f"the body uses {{{{{unknown[0]}}}}} but no field is named {unknown[0]!r}; "
            f"declared fields: {', '.join(names)}"
        )


def render(body: str, fields: Sequence[TemplateField], values: Mapping[str, str]) -> str:
    """The body with each placeholder replaced; a missing required value is an error, a
    missing optional one leaves a blank line to fill by hand."""
    missing = [f.label for f in fields if f.required and not values.get(f.name, "").strip()]
    if missing:
        raise TemplateError(f"please fill in: {'、'.join(missing)}")
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), "").strip() or "________", body)
