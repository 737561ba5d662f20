"""The dispute packet: one ZIP with the summary PDF, the message to paste, the evidence files
named by checklist item, and a manifest with the SHA-256 of every file (DOMAIN.md section 5)."""
