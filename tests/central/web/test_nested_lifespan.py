"""Overlapping lifespans of one application (a test client's and schemathesis's) start the
background work once and stop it once, after the last one leaves."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient

from central.web.nested_lifespan import nested


def test_the_first_lifespan_starts_and_the_last_stops() -> None:
    said: list[str] = []

    @asynccontextmanager
    async def work(_app: object) -> AsyncIterator[None]:
        said.append("start")
        try:
            yield
        finally:
            said.append("stop")

    app = FastAPI(lifespan=nested(work))
    with TestClient(app):
        with TestClient(app):  # a second lifespan in another loop, as schemathesis runs one
            assert said == ["start"]
        assert said == ["start"]  # the inner one left; the work goes on for the outer one
    assert said == ["start", "stop"]
