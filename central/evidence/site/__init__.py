"""The /public/verify page and its script (package data)."""
