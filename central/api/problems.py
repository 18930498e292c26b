"""Documented error answers, so the OpenAPI document lists what each route may refuse with."""

from __future__ import annotations

from typing import Any

from api_client.schemas import Problem

Responses = dict[int | str, dict[str, Any]]


def problems(**by_status: str) -> Responses:
    """`problems(s404="not found")` -> {404: {"model": Problem, "description": "not found"}}."""
    return {
        int(key[1:]): {"model": Problem, "description": text} for key, text in by_status.items()
    }


UNAUTHORISED_DEVICE = problems(s401="device token missing, unknown or revoked")
NOT_IN_SCOPE = problems(s404="not found in your organisations")
CONFLICT = problems(s409="already exists or refused by a rule")


def invalid_or_refused(description: str) -> Responses:
    """A 422 that is either the route's own `{"detail": "..."}` (a value it cannot take) or
    FastAPI's list of problems (a body or parameter that does not fit the schema)."""
    either = {"anyOf": [{"$ref": "#/components/schemas/Problem"}]}
    either["anyOf"].append({"$ref": "#/components/schemas/HTTPValidationError"})
    return {
        422: {
            "description": description,
            "content": {"application/json": {"schema": either}},
        }
    }
