"""Read an MRZ: find its format from its shape, run every check digit, split the fields.

Fields are returned as printed (dates `YYMMDD`, sex `M`/`F`, `X` for `<`): the MRZ is the
document's own text, and a two-digit year cannot be placed in a century without knowing
whether it is a birth or an expiry. The result's repr hides the holder's data.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from devices.mrz.checks import ALPHABET, FILLER, long_number, run_checks, text_of
from devices.mrz.correction import correct
from devices.mrz.layouts import BY_SHAPE, Layout


class MrzShapeError(ValueError):
    """The text is not shaped like an MRZ at all; the message says why."""


@dataclass(frozen=True, repr=False)
class MrzFields:
    document_type: str
    country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str
    sex: str
    expiry_date: str
    optional_data: str

    def __repr__(self) -> str:
        return "MrzFields(<personal data>)"


@dataclass(frozen=True, repr=False)
class MrzResult:
    format: str
    checks: dict[str, bool | None]
    corrected: bool
    fields: MrzFields

    @property
    def valid(self) -> bool:
        return all(ok for ok in self.checks.values() if ok is not None)

    def to_dict(self) -> dict[str, object]:
        return {
            "format": self.format,
            "valid": self.valid,
            "checks": dict(self.checks),
            "corrected": self.corrected,
            "fields": asdict(self.fields),
        }

    def __repr__(self) -> str:
        return f"MrzResult({self.format}, valid={self.valid}, corrected={self.corrected})"


def split_lines(text: str) -> list[str]:
    """The non-blank lines of `text`, trimmed and upper-cased."""
    return [line.strip().upper() for line in text.splitlines() if line.strip()]


def layout_for(lines: list[str]) -> Layout:
    """The layout these lines have, or `MrzShapeError` saying what shape they have instead."""
    widths = {len(line) for line in lines}
    layout = BY_SHAPE.get((len(lines), widths.pop())) if len(widths) == 1 else None
    if layout is None:
        shape = ", ".join(str(len(line)) for line in lines) or "none"
        raise MrzShapeError(
            f"expected 3 lines of 30 (TD1), 2 of 36 (TD2) or 2 of 44 (TD3) characters; "
            f"got {len(lines)} line(s) of {shape}"
        )
    for number, line in enumerate(lines, start=1):
        if not set(line) <= ALPHABET:
            raise MrzShapeError(f"line {number} has characters other than A-Z, 0-9 and <")
    return layout


def _names(field: str) -> tuple[str, str]:
    surname, _, given = field.partition(FILLER * 2)
    return " ".join(surname.split(FILLER)), " ".join(given.replace(FILLER, " ").split())


def _document_number(layout: Layout, lines: list[str]) -> tuple[str, str]:
    """Document number and optional data; long numbers continue into the optional data."""
    long = long_number(layout, lines)
    if long is not None:
        return long[0], long[2]
    optional = "".join(text_of(lines, layout.spans[name]) for name in layout.optional)
    return text_of(lines, layout.spans["document_number"]).rstrip(FILLER), optional


def read_fields(layout: Layout, lines: list[str]) -> MrzFields:
    def field(name: str) -> str:
        return text_of(lines, layout.spans[name])

    surname, given = _names(field("names"))
    number, optional = _document_number(layout, lines)
    sex = field("sex")
    return MrzFields(
        document_type=field("document_type").rstrip(FILLER),
        country=field("country").rstrip(FILLER),
        surname=surname.strip(),
        given_names=given,
        document_number=number,
        nationality=field("nationality").rstrip(FILLER),
        birth_date=field("birth_date"),
        sex="X" if sex == FILLER else sex,
        expiry_date=field("expiry_date"),
        optional_data=optional.strip(FILLER),
    )


def parse_mrz(text: str, *, fix_ocr: bool = True) -> MrzResult:
    """Parse MRZ text (its lines, in order); with `fix_ocr`, undo OCR confusions the check
    digits point at. Raises `MrzShapeError` when the text is not MRZ-shaped."""
    lines = split_lines(text)
    layout = layout_for(lines)
    fixed = correct(layout, lines) if fix_ocr else lines
    return MrzResult(
        format=layout.name,
        checks=run_checks(layout, fixed),
        corrected=fixed != lines,
        fields=read_fields(layout, fixed),
    )
