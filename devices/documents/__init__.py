"""Printable documents: templates filled with a resident's data, rendered to PDF."""
