"""Remote video sessions with notaries, lawyers and legal-aid clerks: a Janus VideoRoom client
over aiortc (publish the kiosk's camera and microphone, subscribe to the others, report state,
reconnect with a new peer connection). No Qt here: the shell turns the newest decoded frame
into an image."""
