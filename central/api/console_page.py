"""A console route that cannot show what was asked for answers with a whole page instead: it
raises `ConsolePage` with that page, and one handler (registered with the others in
central.api.errors) sends it. Routes then read as the successful path only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse

T = TypeVar("T")


class ConsolePage(Exception):
    """The page to answer with instead of the one asked for (a refusal in the console's frame)."""

    def __init__(self, html: str, status_code: int) -> None:
        super().__init__(f"console page {status_code}")
        self.html = html
        self.status_code = status_code


async def console_page(_request: Request, exc: Exception) -> HTMLResponse:
    """The exception handler for ConsolePage."""
    assert isinstance(exc, ConsolePage)
    return HTMLResponse(exc.html, status_code=exc.status_code)


def found_or_page(
    look: Callable[[], T],
    refused: type[Exception],
    page: Callable[[str], str],
    status_code: int = 404,
) -> T:
    """`look()`, or, when it raises `refused`, the page `page(reason)` with `status_code`."""
    try:
        return look()
    except refused as err:
        raise ConsolePage(page(str(err)), status_code) from None
