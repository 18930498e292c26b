"""The kiosk's network side: the asyncio thread, enrolment and heartbeats. No Qt here."""
