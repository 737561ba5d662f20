"""The evidence checklist, the vault's files and their viewer."""
