"""The updater's one error type: a plain message for the technician and the report."""

from __future__ import annotations


class UpdateError(Exception):
    """Something on this terminal stopped the update; the message says what."""
