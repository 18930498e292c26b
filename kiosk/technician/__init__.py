"""Technician mode: a hidden gesture, a PIN pad, then diagnostics, network, volume and
brightness, configuration, enrolment, the outbox and the recent log, all by touch or remote.

Plain-Python parts (no Qt): `lockout`, `access`, `checks`, `network`, `backlight`,
`enrolment`, `config_view`, `fault_log`. Qt parts: `gesture`, `pin_pad`, `panel`, `worker` and
one `page_*` module per page; `mode` wires them into the shell.
"""
