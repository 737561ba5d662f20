"""The settings dialog and its pages (notices, backups and privacy, recovery)."""
