"""Media for remote sessions: Janus (the SFU) and coturn (the TURN relay) as child processes
configured from the central service's settings, TURN credentials per participant, and the
room management only the central service may do (Janus `admin_key`).

Nothing here imports the terminal side; the central service passes `MediaSettings` in.
"""
