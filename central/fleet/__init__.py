"""Terminals: enrolment, heartbeats (hot path, write-behind, caches), remote commands,
config push and uploads. No HTTP here."""
