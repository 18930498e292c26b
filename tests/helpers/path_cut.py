"""Cut chosen flows inside a test's network namespace: the product's `kiosk.demo.path_cut`
(the demo tour's live call drops its connection the same way), re-exported for tests."""

from __future__ import annotations

from kiosk.demo.path_cut import Endpoint, call_endpoints, path_cut

__all__ = ["Endpoint", "call_endpoints", "path_cut"]
