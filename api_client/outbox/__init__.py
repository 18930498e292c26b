"""The durable outbox: what a resident submits is stored (encrypted) before they are told it
is done, then delivered exactly once when the central service is reachable."""
