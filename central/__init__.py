"""The central service: fleet, staff, requests, sessions and the journal (FastAPI)."""
