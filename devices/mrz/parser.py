"""Read an MRZ: find its format from its shape and document code, run every check digit,
split the fields.

Fields are returned as printed (dates `YYMMDD`, sex `M`/`F`, `X` for `<`): the MRZ is the
document's own text, and a two-digit year cannot be placed in a century without knowing
whether it is a birth or an expiry. The result's repr hides the holder's data.

`valid` means every check digit passes on the characters the document carries. Text a
person typed or pasted is judged exactly as given; OCR output (`ocr=True`) first gets the
repairs its fields' alphabets decide (devices.mrz.repair), each reported.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from devices.mrz.checks import ALPHABET, FILLER, long_number, run_checks, text_of
from devices.mrz.formats import candidates, layout_of
from devices.mrz.layouts import Layout
from devices.mrz.repair import FieldRepair, repair_ocr

SHAPES_TEXT = (
    "expected 3 lines of 30 (TD1, permits of Hong Kong, Macao and Taiwan residents), 2 of 36 "
    "(TD2, MRV-B), 2 of 44 (TD3, MRV-A) or 1 of 30 (exit-entry permit card)"
)


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
    fields: MrzFields
    repairs: tuple[FieldRepair, ...] = ()
    lines: tuple[str, ...] = ()  # the zone as judged (after any OCR repair): personal data

    @property
    def valid(self) -> bool:
        return all(ok for ok in self.checks.values() if ok is not None)

    @property
    def corrected(self) -> bool:
        return bool(self.repairs)

    @property
    def failing(self) -> list[str]:
        """The checks that fail, by name."""
        return [name for name, ok in self.checks.items() if ok is False]

    def to_dict(self) -> dict[str, object]:
        return {
            "format": self.format,
            "valid": self.valid,
            "checks": dict(self.checks),
            "failing": self.failing,
            "corrected": self.corrected,
            "repairs": [repair.to_dict() for repair in self.repairs],
            "fields": asdict(self.fields),
        }

    def __repr__(self) -> str:
        return f"MrzResult({self.format}, valid={self.valid}, corrected={self.corrected})"


def split_lines(text: str) -> list[str]:
    """The non-blank lines of `text`, trimmed and upper-cased."""
    return [line.strip().upper() for line in text.splitlines() if line.strip()]


def _shape_checked(lines: list[str]) -> None:
    widths = {len(line) for line in lines}
    if len(widths) != 1 or not candidates(len(lines), widths.pop()):
        shape = ", ".join(str(len(line)) for line in lines) or "none"
        raise MrzShapeError(f"{SHAPES_TEXT}; got {len(lines)} line(s) of {shape}")
    for number, line in enumerate(lines, start=1):
        if not set(line) <= ALPHABET:
            raise MrzShapeError(f"line {number} has characters other than A-Z, 0-9 and <")


def layout_for(lines: list[str]) -> Layout:
    """The layout these lines have, or `MrzShapeError` saying what shape they have instead."""
    _shape_checked(lines)
    layout = layout_of(lines)
    if layout is None:  # a shape only special layouts have, with none of their codes
        codes = sorted({c for lay in candidates(len(lines), len(lines[0])) for c in lay.codes})
        raise MrzShapeError(f"a zone of this shape starts with {' or '.join(codes)}")
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
        span = layout.spans.get(name)
        return text_of(lines, span) if span is not None else ""

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


def _ocr_layout(lines: list[str]) -> Layout:
    """For OCR output the document code itself may hold a confusion (C5 for CS): the first
    layout of the shape whose code matches once its alphabet's repairs are made."""
    _shape_checked(lines)
    for layout in candidates(len(lines), len(lines[0])):
        if layout.is_for(repair_ocr(layout, lines)[0]):
            return layout
    return layout_for(lines)


def parse_mrz(text: str, *, ocr: bool = False) -> MrzResult:
    """Parse MRZ text (its lines, in order). Typed text is judged as given; with `ocr`, the
    confusions the fields' alphabets decide are undone first and reported.
    Raises `MrzShapeError` when the text is not MRZ-shaped."""
    lines = split_lines(text)
    layout = _ocr_layout(lines) if ocr else layout_for(lines)
    judged, repairs = repair_ocr(layout, lines) if ocr else (lines, ())
    return MrzResult(
        format=layout.name,
        checks=run_checks(layout, judged),
        fields=read_fields(layout, judged),
        repairs=repairs,
        lines=tuple(judged),
    )
