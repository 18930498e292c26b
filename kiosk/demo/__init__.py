"""`lexkiosk demo`'s own parts: the scripted headless tour, its camera scenes and the
appointments it publishes on the embedded central service."""
