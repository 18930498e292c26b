"""Software updates, the central side (the update contract shared with the terminal's updater).

`release_keys` (the public keys trusted, pushed to terminals with their configuration),
`keygen` (a release key pair for the release machine), `store` (bundles in the data
directory), `publish` (verify, then store and record), `waves` (rollouts: a canary share, then
the rest, halting on failures), `offers` (what a terminal is offered, may download and reports),
`status` (a rollout in plain lines). No HTTP here: the routes are `central.api.updates`.
"""
