"""The central service's production shape on Debian, generated from one settings file:
nginx in front, uvicorn workers as a systemd template unit, Janus and coturn units with their
configs, PostgreSQL and Redis snippets. `python -m central.deploy render --settings F --out D`;
the operator's steps are in deploy/central/README.md."""
