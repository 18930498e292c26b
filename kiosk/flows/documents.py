"""Document self-service: a template from the offline copy, its fields filled (pre-filled from
the ID card when the resident identified), the text rendered exactly as it will print.

The values are personal data: the form lives in the ResidentSession, and the PDF made for the
preview and the printer sits in a private temporary folder removed when the journey ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from api_client.knowledge.templates import TemplateError, render
from api_client.personal_data import phone_valid
from api_client.schemas import TemplateField, TemplateOut
from devices.documents.model import Document
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.identity import Identity

NO_TEMPLATES = QT_TRANSLATE_NOOP(
    "Documents",
    "The document forms are not on this terminal yet. Please call 12348 or ask at the "
    "service hall.",
)
CHECK_PHONE = QT_TRANSLATE_NOOP("Documents", "Please check the phone number: %1")
FILL_IN = QT_TRANSLATE_NOOP("Documents", "Please fill in: %1")


def _from_identity(identity: Identity, source: str) -> str:
    if source == "birth_date":
        return f"{identity.birth_date:%Y年%m月%d日}" if identity.birth_date else ""
    value = getattr(identity, source, "")
    return value if isinstance(value, str) else ""


@dataclass(repr=False)
class DocumentForm:
    template: TemplateOut
    values: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        filled = sum(1 for v in self.values.values() if v)
        return f"DocumentForm({self.template.code}, {filled} filled)"

    @classmethod
    def start(cls, template: TemplateOut, identity: Identity | None, today: date) -> DocumentForm:
        """A new form, with what the ID card says and today's date already in place."""
        values: dict[str, str] = {}
        for f in template.fields:
            if f.prefill is not None and identity is not None:
                values[f.name] = _from_identity(identity, f.prefill)[: f.max_length]
            elif f.type == "date":
                values[f.name] = f"{today:%Y年%m月%d日}"
        return cls(template, values)

    @property
    def fields(self) -> list[TemplateField]:
        return list(self.template.fields)

    def set(self, name: str, value: str) -> None:
        for f in self.template.fields:
            if f.name == name:
                self.values[name] = value[: f.max_length]
                return
        raise KeyError(name)

    def problems(self) -> list[tuple[str, str]]:
        """(message marked for translation, the labels it is about), empty when it can print."""
        missing = [
            f.label
            for f in self.template.fields
            if f.required and not self.values.get(f.name, "").strip()
        ]
        if missing:
            return [(FILL_IN, "、".join(missing))]
        bad_phone = [
            f.label
            for f in self.template.fields
            if f.type == "phone"
            and self.values.get(f.name, "").strip()
            and not phone_valid(self.values[f.name])
        ]
        return [(CHECK_PHONE, "、".join(bad_phone))] if bad_phone else []

    def document(self) -> Document:
        """What prints: the body with every placeholder filled (a blank line where an optional
        value is missing). Raises TemplateError while a required value is missing."""
        text = render(self.template.body, self.template.fields, self.values)
        lines = text.strip("\n").splitlines()
        if lines and lines[0].strip() == self.template.title:
            lines = lines[1:]  # the title is printed as the title, not twice
        while lines and not lines[0].strip():
            lines = lines[1:]
        return Document(title=self.template.title, lines=lines)


__all__ = ["NO_TEMPLATES", "DocumentForm", "TemplateError"]
