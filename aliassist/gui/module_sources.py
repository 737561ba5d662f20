"""PySide6 asks, of every Python module imported after it, whether that module uses PySide6 (to
turn its optional `__feature__` switches on for it), and finds out by reading the module's
source with `inspect.getsource`. That keeps every line of every module the window imports in
`linecache` for the life of the process: about 26 MiB of a window's resident memory, and the
reading and splitting cost time at start. The same question answered from the module's loader,
without keeping the text, gives the same answer and keeps nothing; for a module read from a
Python source file, from the file's bytes (not decoded: the name is ASCII), in less than half
the time (some 70 modules are asked about before the window's first paint)."""

from __future__ import annotations

import sys
from importlib.machinery import SourceFileLoader
from types import ModuleType

#: where PySide6 keeps the question (a private helper: when a PySide6 release renames it,
#: nothing here applies and PySide6 keeps asking its own way)
_FEATURE_MODULE = "shibokensupport.feature"
_QUESTION = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source mentions PySide6 (False when it has none to read)."""
    loader = getattr(module, "__loader__", None)
    if isinstance(loader, SourceFileLoader):
        try:
            return b"PySide6" in loader.get_data(loader.get_filename(module.__name__))
        except (ImportError, OSError):
            return False
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return False
    return bool(source) and "PySide6" in source


def stop_keeping_module_sources() -> bool:
    """Have PySide6 ask `uses_pyside` instead of reading every module's source into the line
    cache; True when that was done (PySide6 is loaded and still asks this way)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _QUESTION, None)):
        return False
    setattr(feature, _QUESTION, uses_pyside)
    return True
