"""The knowledge base (articles, search) and document templates."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire
from api_client.schemas.staff import REGION_CODE_PATTERN

KnowledgeCategory = Literal[
    "labour", "marriage_family", "neighbour", "traffic", "loan", "land", "legal_aid", "other"
]
TEMPLATE_CODE_PATTERN = r"^[a-z][a-z0-9_]{1,31}$"
FIELD_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"
TemplateFieldType = Literal["text", "multiline", "date", "money", "phone", "id_number", "choice"]
# What a field may be filled with from the resident's ID card (or passport) at the kiosk.
PrefillSource = Literal["name", "id_number", "sex", "birth_date", "ethnicity", "address"]


class ArticleIn(_Wire):
    question: str = Field(min_length=4, max_length=200)
    answer: str = Field(min_length=10, max_length=4000)
    category: KnowledgeCategory
    region_code: str | None = Field(
        None, pattern=REGION_CODE_PATTERN, description="where it applies; none: everywhere"
    )
    published: bool = True


class ArticleOut(_Wire):
    id: int
    question: str
    answer: str
    category: KnowledgeCategory
    region_code: str | None
    published: bool
    revision: int = Field(description="global change number; a kiosk asks for changes after it")
    updated_at: datetime
    updated_by: str


class KnowledgeChanges(_Wire):
    """Articles changed after `since` (unpublished ones too, so the kiosk drops them)."""

    since: int
    revision: int = Field(description="the newest change number; pass it as `since` next time")
    articles: list[ArticleOut]


class KnowledgeHit(_Wire):
    id: int
    question: str
    answer: str
    category: KnowledgeCategory
    region_code: str | None
    score: float = Field(description="higher is better; comparable within one answer only")
    question_marks: list[tuple[int, int]] = Field(description="[start, end) spans to highlight")
    snippet: str = Field(description="part of the answer around the first match")
    snippet_marks: list[tuple[int, int]]


class KnowledgeSearchOut(_Wire):
    query: str
    terms: list[str] = Field(description="the words looked for, after segmentation")
    matched: Literal["all", "any"] = Field(
        description="all: every word is in each hit; any: no article had them all"
    )
    hits: list[KnowledgeHit]


class TemplateField(_Wire):
    name: str = Field(pattern=FIELD_NAME_PATTERN, description="placeholder {{name}} in the body")
    label: str = Field(min_length=1, max_length=32)
    type: TemplateFieldType = "text"
    required: bool = True
    prefill: PrefillSource | None = Field(None, description="fill from the ID card when read")
    choices: list[str] = Field(default_factory=list, max_length=20)
    max_length: int = Field(200, ge=1, le=4000)


class TemplateIn(_Wire):
    title: str = Field(min_length=2, max_length=64)
    fields: list[TemplateField] = Field(min_length=1, max_length=40)
    body: str = Field(
        min_length=10, max_length=20000, description="text with {{field}} placeholders"
    )
    published: bool = True


class TemplateCreate(TemplateIn):
    code: str = Field(pattern=TEMPLATE_CODE_PATTERN, description="stable name, e.g. iou")


class TemplateOut(_Wire):
    code: str
    version: int
    title: str
    fields: list[TemplateField]
    body: str
    published: bool
    created_at: datetime
    created_by: str
