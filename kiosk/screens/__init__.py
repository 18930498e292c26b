"""Screens: views that show a model's state and call the journey; no journey logic here."""
