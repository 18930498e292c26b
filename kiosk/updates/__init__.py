"""Updates that roll back: a signed bundle installed beside the running version (A/B
environments under the data directory), switched to, checked for health, kept or rolled back.
See update_contract.md in the project's prompts and deploy/README.md."""
