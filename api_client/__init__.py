"""The wire contract (`schemas`, pure) and the kiosk's typed client for the central service."""
