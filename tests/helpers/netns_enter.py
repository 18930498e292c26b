"""Put the calling thread inside a test's network namespace for a while: the product's
`kiosk.demo.netns.inside` (the demo tour's live call uses the same), re-exported for tests."""

from __future__ import annotations

from kiosk.demo.netns import CLONE_NEWNET, inside

__all__ = ["CLONE_NEWNET", "inside"]
