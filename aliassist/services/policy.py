"""Read a policy file (the bundled one, or an edited copy) and hand its text to the domain."""

from __future__ import annotations

from pathlib import Path

from aliassist.domain.policy import Policy, PolicyError, policy_from_toml
from aliassist.resources import default_policy_path


def load_policy(path: Path | str | None = None) -> Policy:
    """Load and check a policy file; the bundled one when `path` is None."""
    file = Path(path) if path is not None else default_policy_path()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise PolicyError("policy file not found", where=str(file)) from None
    except OSError as exc:
        raise PolicyError(f"cannot read the policy file: {exc.strerror}", where=str(file)) from None
    return policy_from_toml(raw, file)
