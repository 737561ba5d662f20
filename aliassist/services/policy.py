"""Read a policy file (the bundled one, or an edited copy) and hand its text to the domain."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aliassist.domain.policy import Policy, PolicyError, parse_policy, toml_data
from aliassist.resources import default_policy_path
from aliassist.store.policy_cache import cached_data, keep_data

#: far above the bundled policy (about 40 KB): a larger file is not a policy
MAX_POLICY_BYTES = 4 << 20


def load_policy(path: Path | str | None = None) -> Policy:
    """Load and check a policy file; the bundled one when `path` is None. A setting from a data
    file may name anything: only a regular file of a sane size is read."""
    if not isinstance(path, (str, Path, type(None))):
        raise PolicyError(f"a policy file is named by a path, not {path!r}")
    file = Path(path) if path is not None else default_policy_path()
    try:
        if not stat.S_ISREG(file.stat().st_mode):  # a pipe or /dev/zero would never end
            raise PolicyError("is not a policy file (not a regular file)", where=str(file))
        with file.open("rb") as fh:
            raw = fh.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        raise PolicyError("policy file not found", where=str(file)) from None
    except OSError as exc:
        raise PolicyError(f"cannot read the policy file: {exc.strerror}", where=str(file)) from None
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(f"the policy file is larger than {MAX_POLICY_BYTES // 1024} KB; it "
                          "is not a policy file", where=str(file))
    data = cached_data(raw)  # the TOML kept parsed (store/policy_cache.py)
    if data is not None:
        try:
            return parse_policy(data, file)
        except PolicyError:
            pass  # an entry changed since it was kept: the file says what is wrong, if anything
    data = toml_data(raw, file)
    policy = parse_policy(data, file)
    keep_data(raw, data)
    return policy


def policy_in_force(path: Path | str | None, chosen: Callable[[], Any]
                    ) -> tuple[Policy, str | None]:
    """The policy to use and why the one chosen in Settings could not be, if it could not:
    `path` when given (a broken one is an error), else the one `chosen()` reads from Settings,
    else the bundled one. A broken policy from Settings falls back to the bundled one (the app
    must still start)."""
    if path is not None:
        return load_policy(path), None
    setting = chosen()
    try:
        if setting is not None and not isinstance(setting, str):
            raise PolicyError(f"the setting holds {setting!r}, not a file path")
        return load_policy(setting), None
    except PolicyError as exc:
        if setting is None:
            raise
        return load_policy(), (f"The policy file chosen in Settings cannot be used ({exc}); "
                               "using the built-in policy.")
