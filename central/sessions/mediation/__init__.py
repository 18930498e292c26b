"""Remote mediation with several parties (issue 18): invitations with a one-time code, the
mediator's controls (mute, remove, side talk enforced by Janus) and each participant's view.
The wire contract is `api_client.schemas.mediation`."""
