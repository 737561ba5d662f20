"""Opening a dispute (wizard, pre-check findings, packet) and following it (steps, messages to the
seller)."""
