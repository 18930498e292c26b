"""The append-only, hash-chained journal: the chain, signed checkpoints, the checkpoint task."""
