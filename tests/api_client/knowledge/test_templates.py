"""Template placeholders are checked against the fields; rendering asks for what is missing."""

from __future__ import annotations

import pytest

from api_client.knowledge.templates import TemplateError, check_body, render
from api_client.schemas import TemplateField

FIELDS = [
    TemplateField(name="lender", label="出借人"),
    TemplateField(name="amount", label="金额", type="money"),
    TemplateField(name="purpose", label="用途", required=False),
]


def test_render_fills_values_and_leaves_a_line_for_optional_blanks() -> None:
    body = "今借到{{lender}}人民币{{ amount }}元，用途：{{purpose}}。"
    assert render(body, FIELDS, {"lender": "王五", "amount": "5000"}) == (
        "今借到王五人民币5000元，用途：________。"
    )


def test_missing_required_values_are_named_by_label() -> None:
    with pytest.raises(TemplateError, match="出借人、金额"):
        render("{{lender}}{{amount}}", FIELDS, {"amount": " "})


def test_a_placeholder_without_a_field_is_refused() -> None:
    with pytest.raises(TemplateError, match=r"\{\{borrower\}\}.*declared fields: lender"):
        check_body("{{borrower}}", FIELDS)


def test_repeated_names_and_choices_without_options_are_refused() -> None:
    with pytest.raises(TemplateError, match="repeated: lender"):
        check_body("x", [*FIELDS, TemplateField(name="lender", label="又一个")])
    with pytest.raises(TemplateError, match="lists no choices"):
        check_body("x", [TemplateField(name="sex", label="性别", type="choice")])
