"""Every text a person reads goes through translate(): a scan of the syntax tree of the window
(aliassist/gui), the command line's human output (aliassist/cli), the notices (aliassist/notify)
and the packet (aliassist/packet) fails on a string that is shown but not wrapped, named by file,
line and text.

A string is taken as shown when it is prose (two words or more: "Open order", f"{n} orders
imported") anywhere but in a docstring, a log line, a programmer's error, a key or a comparison;
or when it is any word handed to what Qt shows (setText, QPushButton, addTab, setHeaderLabels,
QMessageBox...). Object names, icons, style sheets and the like are never shown. What is
shown yet not translated (a product name, a file format) is listed in ALLOWED with the reason.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "aliassist"
SCANNED = ("gui", "cli", "notify", "packet")

#: the calls that mark a text for translation (lupdate reads them)
WRAPPERS = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP",
                      "tr"})
#: what Qt shows to a person: a string handed to one of these is text, even a single word
SHOWN_BY = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setPlaceholderText", "setLabelText", "setInformativeText", "setDetailedText",
    "setAccessibleName", "setAccessibleDescription", "setSubTitle", "setButtonText",
    "setTabText", "setTabToolTip", "setItemText", "setSpecialValueText", "setSuffix",
    "setPrefix", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "addItem", "addItems", "insertItem", "insertItems", "addTab", "insertTab", "addAction",
    "addMenu", "addSection", "addRow", "addButton", "showMessage", "setHtml", "setPlainText",
    "setFormat", "setNameFilter", "setNameFilters", "setCancelButtonText", "setOkButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QProgressDialog", "QMessageBox", "warning",
    "information", "critical", "question", "about", "getOpenFileName", "getOpenFileNames",
    "getSaveFileName", "getExistingDirectory", "getItem", "getText", "getInt", "getDouble",
    "UserError", "say", "print_table",
})
#: calls whose strings are never shown: names, keys, patterns, formats, paths, styles
NOT_SHOWN_BY = frozenset({
    "setObjectName", "objectName", "findChild", "findChildren", "setStyleSheet", "setProperty",
    "property", "fromTheme", "QIcon", "graphic", "tone", "tint", "QColor", "setFont", "QFont",
    "get", "pop", "setdefault", "getattr", "setattr", "hasattr", "startswith", "endswith",
    "split", "rsplit", "strip", "lstrip", "rstrip", "partition", "rpartition", "replace",
    "compile", "match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "escape",
    "strftime", "strptime", "fromisoformat", "isinstance", "Path", "open", "joinpath",
    "with_suffix", "encode", "decode", "dumps", "loads", "getenv", "environ", "Signal", "Slot",
    "QSettings", "QTimer", "run", "Popen", "check_output", "call", "mkdtemp", "mkstemp",
    "NamedTemporaryFile", "TemporaryDirectory", "glob", "rglob", "import_module", "namedtuple",
    "TypeVar", "cast", "field", "resource_path", "contentsMargins", "setAttribute",
    "QKeySequence", "QRegularExpression", "setDisplayFormat", "QUrl", "fromLocalFile",
    "setMimeData", "hasFormat", "mimeData", "setData", "data", "QDesktopServices",
    "add_argument_group", "set_defaults", "debug", "info", "exception", "format_map",
    "ArgumentTypeError",  # argparse says its own usage errors
    "quote", "unquote", "urlencode", "urlsplit", "setWindowIcon", "setDesktopFileName",
    "setApplicationName", "setOrganizationName", "setApplicationDisplayName",
    "setApplicationVersion", "addBindValue", "execute", "text_rows", "htmlEscape",
})
#: keyword arguments that are never shown
NOT_SHOWN_KEYWORDS = frozenset({"metavar", "dest", "action", "choices", "type", "encoding",
                                "errors", "newline", "mode", "sep", "end", "objectName",
                                "prog", "key", "name", "kind", "role", "format", "suffix",
                                "prefix", "style", "icon"})
#: Python's own errors are for programmers (the app's UserError and its kin are for people)
PROGRAMMER_ERRORS = frozenset({"AssertionError", "ValueError", "TypeError", "RuntimeError",
                               "KeyError", "IndexError", "NotImplementedError", "LookupError",
                               "AttributeError", "SystemExit", "OSError"})
#: two words of letters with a space between: prose (after markup and placeholders are removed)
PROSE = re.compile(r"[^\W\d_]{2,}[ \u00a0]+[^\W\d_]{2,}")
WORD = re.compile(r"[^\W\d_]{2,}")
#: a style sheet (`h1 { font-size: 16pt; }`): never shown as text
STYLE_SHEET = re.compile(r"\{[^{}]*:[^{}]*;[^{}]*\}")
MARKUP = re.compile(r"<[^>]*>|&[#\w]+;|%L?\d|%n|\{[^{}]*\}|\\[nt]")

#: (file under aliassist/, text) -> why it is shown untranslated
ALLOWED: dict[tuple[str, str], str] = {
    ("notify/autostart.py", "[Desktop Entry]"): "a desktop file's syntax",
    ("gui/desktop/scheduler.py", "data changed"): "a reason for the log, never shown",
    ("gui/desktop/scheduler.py", "clock jumped (the machine slept)"):
        "a reason for the log, never shown",
    ("gui/dispute/message_editor.py", "Hello, about order {number}: "):
        "the draft's own translator (words(\"draft\", ...)), in the draft's language",
    ("gui/imports/import_flow.py", "aliassist-data.json"): "a file name",
    ("gui/settings/safety_settings.py", "aliassist-data.json"): "a file name",
    ("gui/workspace/order_dialog.py", "USD"): "a currency code",
    ("cli/safety.py", "aliassist restore"): "a command to type",
    ("cli/safety.py", "aliassist --db {} restore"): "a command to type",
    ("notify/autostart.py", "Comment=Warns before AliExpress Buyer Protection deadlines"):
        "the desktop file's comment, read by the desktop in its own language setting",
}
#: keywords whose text in cli/ reaches lupdate through the generated cli/help_strings.py
#: (tests/cli/test_help_strings.py keeps it in step with the parser) and is translated when
#: the help is printed
HELP_KEYWORDS = frozenset({"help", "description"})
#: files under aliassist/ whose output is not for the buyer, and why
ALLOWED_FILES: dict[str, str] = {
    "gui/smoke.py": "the packagers' smoke test: its lines are for build logs",
    "cli/help_text.py": "writes the generated help_strings.py (a developer's tool)",
}


@dataclass(frozen=True)
class Unwrapped:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def literal_text(node: ast.expr) -> str | None:
    """The text of a string literal or f-string (its holes as {}), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _is_docstring(node: ast.expr, parent: ast.AST) -> bool:
    return isinstance(parent, ast.Expr)


def verdict(node: ast.expr, parents: dict[ast.AST, ast.AST]) -> str | None:
    """Why the literal `node` counts as an unwrapped text shown to a person, None if it does
    not (wrapped, not text, or in a place people never see)."""
    text = literal_text(node)
    if text is None:
        return None
    words = MARKUP.sub(" ", text)
    if not WORD.search(words) or STYLE_SHEET.search(text):
        return None
    shown_by: str | None = None
    child: ast.AST = node
    parent = parents.get(node)
    while parent is not None and not isinstance(parent, ast.stmt):
        if isinstance(parent, ast.Call):
            name = _name(parent.func)
            if name in WRAPPERS:
                if isinstance(node, ast.JoinedStr) and child is node:
                    return "an f-string in translate(): lupdate cannot read it, use %1"
                return None
            if name in NOT_SHOWN_BY:
                return None
            if isinstance(parent.func, ast.Attribute) and _name(parent.func.value) in (
                    "log", "logger", "_log", "LOG", "logging", "_logger", "os", "re"):
                return None
            if child in parent.args or any(k.value is child for k in parent.keywords):
                keyword = next((k.arg for k in parent.keywords if k.value is child), None)
                if keyword in NOT_SHOWN_KEYWORDS:
                    return None
                if name in SHOWN_BY and shown_by is None:
                    shown_by = name
        elif isinstance(parent, ast.keyword) and parent.arg in NOT_SHOWN_KEYWORDS:
            return None
        elif (isinstance(parent, ast.Compare | ast.Assert)
              or (isinstance(parent, ast.Subscript) and child is parent.slice)
              or (isinstance(parent, ast.Dict) and child in parent.keys)):
            return None  # a comparison, an index or a key: not shown
        child, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Expr) and child is node:
        return None  # a docstring or a bare string
    if isinstance(parent, ast.Raise):
        exc = parent.exc
        if isinstance(exc, ast.Call) and _name(exc.func) in PROGRAMMER_ERRORS:
            return None
    if isinstance(parent, ast.Assert):
        return None
    if shown_by is not None:
        return f"shown by {shown_by}() unwrapped"
    if PROSE.search(words):
        return "prose not wrapped in translate()"
    return None


def unwrapped_in(path: Path, source: str | None = None) -> list[Unwrapped]:
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    where = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        if isinstance(parents.get(node), ast.JoinedStr):
            continue  # a part of an f-string: the f-string is judged whole
        parent = parents.get(node)
        if (where.startswith("cli/") and isinstance(parent, ast.keyword)
                and parent.arg in HELP_KEYWORDS):
            continue
        why = verdict(node, parents)
        text = literal_text(node) or ""
        if why is not None and (where, text) not in ALLOWED:
            found.append(Unwrapped(where, node.lineno, text, why))
    return sorted(found, key=lambda u: u.line)


def test_every_shown_text_is_wrapped_for_translation() -> None:
    found = [u for part in SCANNED for path in sorted((PACKAGE / part).rglob("*.py"))
             if path.relative_to(PACKAGE).as_posix() not in ALLOWED_FILES
             for u in unwrapped_in(path)]
    per_file: dict[str, int] = {}
    for u in found:
        per_file[u.path] = per_file.get(u.path, 0) + 1
    summary = ", ".join(f"{p} {n}" for p, n in sorted(per_file.items(), key=lambda i: -i[1]))
    assert not found, (f"{len(found)} texts shown but not wrapped in translate() ({summary}):\n"
                       + "\n".join(map(str, found[:60])) + ("\n…" if len(found) > 60 else ""))


def test_the_scan_tells_text_from_names_keys_and_docstrings(tmp_path: Path) -> None:
    source = '''
"""A module docstring is not shown."""
from aliassist.i18n import translate
def f(label, box, n, log, d):
    """Nor is a docstring."""
    label.setText("Open")
    label.setText(translate("Ctx", "Open"))
    label.setObjectName("open button")
    label.setStyleSheet("color: red; font-weight: bold")
    box.addTab(None, f"Items ({n})")
    log.debug("the cache was cold")
    message = f"{n} orders were imported"
    ok = translate("Ctx", "%n orders were imported", None, n)
    bad = translate("Ctx", f"{n} orders")
    if d.get("the key") == "some value here":
        raise ValueError("a programmer's error text")
    return {"a key with words": 1}, d["another key here"]
'''
    path = tmp_path / "example.py"
    path.write_text(source, encoding="utf-8")
    found = [(u.line, u.why) for u in unwrapped_in(path)]
    assert found == [(6, "shown by setText() unwrapped"), (10, "shown by addTab() unwrapped"),
                     (12, "prose not wrapped in translate()"),
                     (14, "an f-string in translate(): lupdate cannot read it, use %1")]
