"""Service requests across channels: workflow, creation, transfers, ratings, appointments."""
