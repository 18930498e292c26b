"""The one error of backups: a message that says what was wrong and what to do."""

from __future__ import annotations


class BackupError(Exception):
    """A backup or restore refused or failed; the message is shown to the operator as is."""
