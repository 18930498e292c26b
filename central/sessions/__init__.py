"""Video sessions (issue 16): the queue, the server-owned state machine, routing to staff,
the atomic claim, and each participant's grant to join the call on Janus."""
