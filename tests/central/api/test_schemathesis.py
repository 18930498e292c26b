"""Schemathesis against the OpenAPI document: generated requests for every operation, sent
with the credentials the route matrix allows (a device, a staff member or nobody), find no
5xx and no response outside the documented schema."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import schemathesis

# schemathesis imports these on first use, deep inside a test, where pytest rewrites them as
# plugin modules; CPython 3.11's compiler then sometimes fails with "AST constructor recursion
# depth mismatch" (a stack-depth bug). Imported here, at collection, they compile on a short stack.
import schemathesis.generation.jsonschema.strategy
import schemathesis.specs.openapi._hypothesis
import schemathesis.specs.openapi.adapter.v2
import schemathesis.specs.openapi.adapter.v3_0
import schemathesis.specs.openapi.adapter.v3_1
import schemathesis.specs.openapi.coverage._schema
import schemathesis.specs.openapi.schemas
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)
from schemathesis.transport.serialization import serialize_binary

from tests.central.api.matrix import load_matrix
from tests.central.support import Central

EXAMPLES_PER_OPERATION = 25


@schemathesis.serializer("application/pdf")
def _pdf_bytes(_ctx: schemathesis.SerializationContext, value: Any) -> bytes:
    """The document routes take a PDF's bytes as they are (the route itself tells a PDF)."""
    return serialize_binary(value)


CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def _caller(allowed: set[str]) -> str:
    """The credential to exercise the route past authorisation (a mediation guest's routes
    admit only the guest's cookie, which no caller of the matrix holds: fuzzed anonymously,
    their answers still have to match the schema)."""
    if "anonymous" in allowed or not allowed:
        return "anonymous"
    if "device" in allowed:
        return "device"
    if not allowed:  # no caller of the matrix may (a guest's cookie): fuzzed as anonymous
        return "anonymous"
    return "admin" if "admin" in allowed else sorted(allowed)[0]


def test_every_operation_survives_generated_requests(central: Central) -> None:
    """GIVEN an admin and enrolled terminals WHEN schemathesis sends generated requests to
    every operation THEN nothing answers 5xx or outside its documented schema."""
    # every role, so routes for notaries, lawyers, clerks and mediators are exercised past
    # authorisation
    roles = ["admin", "supervisor", "technician", "notary", "lawyer", "clerk", "mediator"]
    central.add_staff("fuzz-admin", roles)
    matrix = load_matrix()
    serial = itertools.count()
    schema: Any = schemathesis.openapi.from_asgi("/openapi.json", central.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 30

    for operation in operations:
        caller = _caller(matrix[f"{operation.method.upper()} {operation.path}"])
        statuses: list[int] = []
        run = _fuzzer(central, operation, caller, serial, statuses)
        try:
            run()
        except Exception as err:
            err.add_note(f"operation: {operation.method.upper()} {operation.path} as {caller}")
            raise
        if caller != "anonymous":  # public enrolment refuses unknown codes with 403 by design
            assert set(statuses) - {401, 403}, f"{operation.path}: only refusals; no auth?"


def _fuzzer(
    central: Central,
    operation: Any,
    caller: str,
    serial: itertools.count[int],
    statuses: list[int],
) -> Callable[[], None]:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        if caller == "device":
            auth = central.enrol(f"F{next(serial):05d}")  # rotation may retire a token
        elif caller == "anonymous":
            auth = {}
        else:
            auth = central.token_for("fuzz-admin")  # logout revokes the one it is given
        response = case.call(headers=auth)
        statuses.append(response.status_code)
        case.validate_response(response, checks=CHECKS, headers=auth)

    return run
