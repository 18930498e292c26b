"""The knowledge editors' forms: urlencoded bodies in, wire models out, problems in words.

Template fields are edited as lines a clerk can read and type, one field a line:
`name | label | type | required or optional | prefill or - | choice, choice`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from pydantic import ValidationError

from api_client.schemas import ArticleIn, TemplateField

MAX_FORM_BYTES = 256 * 1024
FIELD_LINE_HELP = (
    "one field a line: name | label | type | required or optional | prefill or - | "
    "choices separated by commas (types: text, multiline, date, money, phone, id_number, "
    "choice; prefill: name, id_number, sex, birth_date, ethnicity, address)"
)
FIELD_LINE_HELP_ZH = (
    "每行一个字段：字段名 | 标签 | 类型 | required（必填）或 optional（选填）| 预填项或 - | "
    "选项（用逗号分隔）"
)


class FormError(ValueError):
    """What was wrong with the form, to show above it: `str()` is the English, `zh` the
    Chinese said first."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh


def parse_form(raw: bytes) -> dict[str, str]:
    if len(raw) > MAX_FORM_BYTES:
        size = MAX_FORM_BYTES // 1024
        raise FormError(f"表单超过 {size} KiB。", f"the form is larger than {size} KiB")
    fields = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}


def explain(err: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'form'}: {e['msg']}" for e in err.errors()
    )


def article_from_form(form: dict[str, str]) -> ArticleIn:
    try:
        return ArticleIn(
            question=form.get("question", "").strip(),
            answer=form.get("answer", "").strip(),
            category=form.get("category", ""),
            region_code=form.get("region_code", "").strip() or None,
            published=form.get("published") == "1",
        )
    except ValidationError as err:
        raise FormError("请更正以下内容：", explain(err)) from None


def field_from_line(number: int, line: str) -> TemplateField:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 2:
        raise FormError(
            f"第 {number} 行字段缺少标签；{FIELD_LINE_HELP_ZH}",
            f"field line {number}: {line!r} has no label; {FIELD_LINE_HELP}",
        )
    parts += [""] * (6 - len(parts))
    name, label, kind, need, prefill, choices = parts[:6]
    if need not in ("", "required", "optional"):
        raise FormError(
            f"第 {number} 行字段：请写 required（必填）或 optional（选填）。",
            f"field line {number}: write required or optional, not {need!r}",
        )
    spec: dict[str, Any] = {
        "name": name,
        "label": label,
        "type": kind or "text",
        "required": need != "optional",
        "prefill": None if prefill in ("", "-") else prefill,
        "choices": [c.strip() for c in choices.replace("，", ",").split(",") if c.strip()],
    }
    try:
        return TemplateField.model_validate(spec)
    except ValidationError as err:
        raise FormError(
            f"第 {number} 行字段有误：", f"field line {number} ({name or '?'}): {explain(err)}"
        ) from None


def fields_from_text(text: str) -> list[TemplateField]:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise FormError(
            f"文书模板至少需要一个字段；{FIELD_LINE_HELP_ZH}",
            f"a template needs at least one field; {FIELD_LINE_HELP}",
        )
    return [field_from_line(n, line) for n, line in enumerate(lines, start=1)]


def fields_to_text(fields: list[TemplateField]) -> str:
    return "\n".join(
        " | ".join(
            [
                f.name,
                f.label,
                f.type,
                "required" if f.required else "optional",
                f.prefill or "-",
                ", ".join(f.choices),
            ]
        ).rstrip(" |")
        for f in fields
    )
