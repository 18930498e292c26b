"""Backups of the central service and their restore (`lexkiosk-central backup ...`).

An archive holds the database taken in one snapshot while writes go on (PostgreSQL:
`pg_dump -Fc` inside an exported snapshot; SQLite: the online backup API), the files of the
data directory (recordings, uploaded documents, update bundles), the key files and the
journal's signed checkpoints, and a manifest with every file's SHA-256 and the row counts and
journal head of the snapshot. `database` takes and restores the snapshot, `sources` says which
files go in, `manifest` is the record, `archive` writes, checks and unpacks the tar file.
"""
