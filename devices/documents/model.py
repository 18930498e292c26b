"""What a printed document says, independent of paper size.

A template is plain text with `{field}` placeholders, so wording can change (and be translated)
without touching layout code. Values are personal data: they go into the PDF, never into logs.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Layout = Literal["a4", "receipt80"]


@dataclass(frozen=True, repr=False)
class Document:
    title: str
    lines: list[str]
    qr: str | None = None  # payload of a QR code printed at the end (tracking number URL)
    footer: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Document({len(self.lines)} lines, qr={self.qr is not None})"


@dataclass(frozen=True)
class Template:
    """A titled body of text with `{name}` placeholders."""

    title: str
    body: str
    footer: str = ""

    def fields(self) -> set[str]:
        names = set()
        for text in (self.title, self.body, self.footer):
            names |= {name for _, name, _, _ in string.Formatter().parse(text) if name}
        return names

    def fill(self, values: Mapping[str, str], qr: str | None = None) -> Document:
        """A document with every placeholder filled; a missing value is a KeyError naming it."""
        missing = self.fields() - set(values)
        if missing:
            raise KeyError(f"template values missing: {sorted(missing)}")
        return Document(
            title=self.title.format_map(values),
            lines=self.body.format_map(values).splitlines(),
            qr=qr,
            footer=self.footer.format_map(values),
        )


RECEIPT = Template(
    title="公共法律服务 受理回执",
    body=(
        "申请人：{name}\n"
        "事项：{matter}\n"
        "受理编号：{tracking}\n"
        "受理时间：{when}\n"
        "服务点：{site}\n"
        "请凭受理编号查询办理进度。"
    ),
    footer="12348 公共法律服务热线",
)
