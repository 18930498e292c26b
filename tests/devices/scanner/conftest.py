"""Specimen documents rendered for the scanner tests (synthetic holders only)."""

from __future__ import annotations

import pytest

from devices.scanner.document_reader import DocumentReader


@pytest.fixture(scope="session")
def reader() -> DocumentReader:
    return DocumentReader()
