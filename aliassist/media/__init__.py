"""Reading what is inside evidence files: image size, camera date, a perceptual hash (Pillow,
with HEIC through pi-heif), a video's recording date, and thumbnails. Kept out of the
domain, which sees only the facts (aliassist.domain.evidence_checks.FileFacts)."""

from aliassist.media.facts import MediaFacts, inspect_file

__all__ = ["MediaFacts", "inspect_file"]
