"""Supervisor reports: figures for a week, month, quarter or year, in China time."""
