"""The arrows between the app's parts point one way: every import of every module (those inside
functions and under `if TYPE_CHECKING` too) is checked against a small table, read from the
source's syntax tree, and the modules import each other in no circle.

A failure names the file and line of the import that breaks the rule."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aliassist"

#: the small shared modules every layer above the domain may use
SHARED = frozenset({"aliassist", "errors", "progress", "fileio", "resources", "wording", "i18n",
                    "i18n_policy", "i18n_draft", "i18n_domain"})
#: the layers between the domain and the services (each may use the ones listed for it)
LOWER = frozenset({"store", "importers", "media", "packet", "notify"})

#: part -> the parts of the project it may import (besides itself). A part is a subpackage of
#: aliassist (domain, store, gui...) or one of its top modules (errors, app...); `aliassist` is
#: the package's own face (its name and version).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "aliassist": frozenset(),
    "errors": frozenset(),
    "progress": frozenset(),
    "resources": frozenset(),
    "wording": frozenset(),
    # the one translate() call (Qt imported lazily inside it, never at import time), the
    # language in force and its style of dates and numbers, handed to the domain's formatting
    "i18n": frozenset({"domain", "errors", "resources"}),
    # the policy's texts through translate("policy", ...), and the generator of policy_strings
    "i18n_policy": frozenset({"i18n", "resources"}),
    # the domain's display words (statuses, steps, estimates) marked and translated
    "i18n_domain": frozenset({"domain", "i18n"}),
    # the draft's own language (a translator apart from the app's)
    "i18n_draft": frozenset({"domain", "i18n", "resources"}),
    # generated: the policy's texts marked for lupdate (never imported by the app)
    "policy_strings": frozenset({"i18n"}),
    "fileio": frozenset({"errors"}),
    "domain": frozenset({"errors"}),
    "media": frozenset({"domain"} | SHARED),
    "store": frozenset({"domain"} | SHARED),
    "importers": frozenset({"domain"} | SHARED),
    "notify": frozenset({"domain"} | SHARED),
    "packet": frozenset({"domain", "media"} | SHARED),
    "services": frozenset({"domain"} | LOWER | SHARED),
    # the global options and the window's arguments, parsed without loading the cli package
    "window_args": frozenset({"i18n"}),
    "cli": frozenset({"services", "domain", "window_args"} | SHARED),
    "gui": frozenset({"services", "domain"} | SHARED),
    "app": frozenset({"cli", "gui", "window_args"}),
    "__main__": frozenset({"app"}),
}

#: part -> libraries it must not import: the domain is pure; only the store speaks SQL (its
#: queries live in store/repository.py, store/queries.py and the store modules named for what
#: they read)
FORBIDDEN_LIBRARIES: dict[str, frozenset[str]] = {
    "domain": frozenset({"PySide6", "sqlalchemy", "alembic"}),
    "services": frozenset({"PySide6", "sqlalchemy", "alembic"}),
    "cli": frozenset({"PySide6", "sqlalchemy", "alembic"}),
    "gui": frozenset({"sqlalchemy", "alembic"}),
}

#: part -> the names of a forbidden library it may still import, and why
LIBRARY_EXCEPTIONS: dict[str, dict[str, str]] = {
    "services": {
        # a service opens the transaction (`with ctx.session() as session, session.begin()`)
        # and hands it to the store's functions: its signatures need the session's type
        "sqlalchemy.orm.Session": "the type of the transaction a service opens and passes on",
    },
}

@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    #: the module imported, dotted and absolute (`aliassist.store.vault`, `sqlalchemy.orm`)
    module: str
    #: for `from sqlalchemy.orm import Session`, the name taken from it (`Session`)
    name: str | None = None

    def where(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent)}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str:
    """`aliassist.store.vault` -> `store`; `aliassist` -> `aliassist`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imports_of(path: Path, tree: ast.AST) -> list[Import]:
    """Every import in the file, at any depth, with relative imports made absolute. `from a
    import b` counts as importing `a.b` when that is a module of the project, else `a`."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path.parent)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.append(Import(path, node.lineno, sub) if is_module(sub)
                             else Import(path, node.lineno, base, alias.name))
    return found


def is_module(dotted: str) -> bool:
    if not dotted.startswith("aliassist."):
        return False
    where = PACKAGE.parent.joinpath(*dotted.split("."))
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def project_modules() -> dict[str, list[Import]]:
    """Module name -> its imports, for every module of the package (migration scripts are
    alembic's, run by it, and left out)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        modules[module_name(path)] = imports_of(path, tree)
    return modules


def broken_rules(modules: dict[str, list[Import]]) -> list[str]:
    problems: list[str] = []
    for name, found in modules.items():
        part = part_of(name)
        allowed = MAY_IMPORT.get(part)
        if allowed is None:
            problems.append(f"{found[0].where() if found else name}: {part!r} has no row in "
                            "the table of tests/test_layers.py: give it one")
            continue
        for imp in found:
            if imp.module.split(".")[0] == "aliassist":
                target = part_of(imp.module)
                if target != part and target not in allowed:
                    may = ", ".join(sorted(allowed)) or "nothing of the project"
                    problems.append(f"{imp.where()}: {part} must not import {imp.module} "
                                    f"({part} may import: {may})")
            elif (imp.module.split(".")[0] in FORBIDDEN_LIBRARIES.get(part, ())
                  and f"{imp.module}.{imp.name}" not in LIBRARY_EXCEPTIONS.get(part, {})):
                what = f"{imp.name} from {imp.module}" if imp.name else imp.module
                problems.append(f"{imp.where()}: {part} must not import {what}")
    return list(dict.fromkeys(problems))  # `from a import b, c` once


def circles(modules: dict[str, list[Import]]) -> list[list[Import]]:
    """The import circles between modules (each as the imports that close it)."""
    edges: dict[str, dict[str, Import]] = {}
    for name, found in modules.items():
        for imp in found:
            target = imp.module
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in modules and target != name and not _is_parent(target, name):
                edges.setdefault(name, {}).setdefault(target, imp)
    found_circles: list[list[Import]] = []
    seen: set[frozenset[str]] = set()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in edges.get(node, {}):
            if state.get(target) == 1:
                loop = stack[stack.index(target):]
                key = frozenset(loop)
                if key not in seen:
                    seen.add(key)
                    found_circles.append([edges[a][b] for a, b in
                                          zip(loop, [*loop[1:], target], strict=True)])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for name in sorted(modules):
        if name not in state:
            visit(name)
    return found_circles


def _is_parent(package: str, module: str) -> bool:
    """Importing a module runs its package's __init__ first: that is not an arrow up."""
    return module.startswith(package + ".")


@pytest.fixture(scope="module")
def modules() -> dict[str, list[Import]]:
    return project_modules()


def test_every_import_follows_the_table(modules: dict[str, list[Import]]) -> None:
    problems = broken_rules(modules)
    assert not problems, "imports against tests/test_layers.py's table:\n" + "\n".join(problems)


def test_no_modules_import_each_other_in_a_circle(modules: dict[str, list[Import]]) -> None:
    found = circles(modules)
    assert not found, "import circles:\n" + "\n".join(
        " -> ".join(f"{imp.where()} imports {imp.module}" for imp in loop) for loop in found)


def test_the_check_reads_imports_inside_functions() -> None:
    """The table is applied to imports at any depth, relative ones included."""
    path = PACKAGE / "gui" / "example.py"
    tree = ast.parse("def f():\n    from ..store import vault\n    import sqlalchemy\n")
    found = imports_of(path, tree)
    assert [(i.line, i.module) for i in found] == [(2, "aliassist.store.vault"),
                                                   (3, "sqlalchemy")]
    problems = broken_rules({"aliassist.gui.example": found})
    assert problems == [
        "aliassist/gui/example.py:2: gui must not import aliassist.store.vault (gui may "
        "import: aliassist, domain, errors, fileio, i18n, i18n_domain, i18n_draft, i18n_policy, "
        "progress, resources, services, wording)",
        "aliassist/gui/example.py:3: gui must not import sqlalchemy"]


def test_services_leave_queries_to_the_store() -> None:
    """A service may name the session's type; a query builder (`select`) is the store's."""
    path = PACKAGE / "services" / "example.py"
    tree = ast.parse("from sqlalchemy.orm import Session\nfrom sqlalchemy import select\n")
    problems = broken_rules({"aliassist.services.example": imports_of(path, tree)})
    assert problems == ["aliassist/services/example.py:2: services must not import select "
                        "from sqlalchemy"]
