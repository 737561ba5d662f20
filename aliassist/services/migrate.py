"""Moving everything to another database: a personal SQLite file with its evidence vault to a
team database (PostgreSQL, whose vault is in the database), or back to a SQLite file.

Nothing is lost and it is shown: every evidence file the source refers to is streamed from the
source's vault into the target's (checked against its SHA-256 on the way), every table's rows
are copied in one transaction, and then the target is checked: the same number of rows in every
table, and every evidence file read back from the target's vault with the same SHA-256.

A target that already holds data is refused unless `replace` is given (its data is then deleted
first). The source is never changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from aliassist.errors import UserError
from aliassist.i18n import translate
from aliassist.progress import Progress
from aliassist.services.context import AppContext
from aliassist.store.database import Store, database_location, safe_url
from aliassist.store.db_vault import in_database, open_vault
from aliassist.store.evidence_files import listed_shas, referenced_shas
from aliassist.store.opening import open_store
from aliassist.store.transfer import copy_tables, empty_tables, row_counts
from aliassist.store.vault import Vault


@dataclass
class MigrationReport:
    source: str
    target: str
    #: table -> (rows in the source, rows in the target after the copy)
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: sha256 -> (size, SHA-256 of the bytes read back from the target's vault)
    evidence: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: evidence files copied now (the others the target's vault already held)
    evidence_copied: int = 0
    #: the target held data that was deleted first (`replace`)
    replaced: bool = False

    @property
    def problems(self) -> list[str]:
        out = [f"table {name}: {a} rows in the source, {b} in the target"
               for name, (a, b) in self.tables.items() if a != b]
        out += [f"evidence file {sha}: the target's copy reads back as {got}"
                for sha, (_size, got) in self.evidence.items() if got != sha]
        return out

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [(translate("Migrate", "{table}: {source} -> {target}") if a == b else
                translate("Migrate", "{table}: {source} -> {target}  MISMATCH"))
               .format(table=name, source=a, target=b) for name, (a, b) in self.tables.items()]
        out += [(translate("Migrate", "evidence {sha} {size} bytes: same SHA-256") if got == sha
                 else translate("Migrate", "evidence {sha} {size} bytes: MISMATCH (read back "
                                           "{got})")).format(sha=sha, size=size, got=got)
                for sha, (size, got) in sorted(self.evidence.items())]
        return out

    def summary(self) -> str:
        orders = self.tables.get("orders", (0, 0))[1]
        verdict = (translate("Migrate", "verified") if self.ok
                   else translate("Migrate", "%n problem(s)", None, len(self.problems)))
        return translate("Migrate", "moved {orders} and {files} to {target}: rows counted in "
                                    "every table and every evidence file's SHA-256 read back: "
                                    "{verdict}").format(
            orders=translate("Migrate", "%n order(s)", None, orders),
            files=translate("Migrate", "%n evidence file(s)", None, len(self.evidence)),
            target=self.target, verdict=verdict)

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "target": self.target, "ok": self.ok,
                "replaced": self.replaced, "evidence_copied": self.evidence_copied,
                "tables": {n: {"source": a, "target": b} for n, (a, b) in self.tables.items()},
                "evidence": [{"sha256": sha, "size": size, "read_back": got}
                             for sha, (size, got) in sorted(self.evidence.items())],
                "problems": self.problems}


def migrate_to(ctx: AppContext, url: str, *, replace: bool = False,
               progress: Progress | None = None) -> MigrationReport:
    """Copy the open database (`ctx`) and its evidence to the database `url`
    (postgresql+psycopg://... or sqlite:///path), then check the copy."""
    progress = progress or Progress()
    source = ctx.store
    here, _ = database_location(source.path, None if source.path else source.url)
    there, _ = database_location(None, url)
    if here == there:
        raise UserError(translate("Migrate", "is the database already open: choose another "
                                             "one to move to"),
                        where=safe_url(url))
    source_vault = ctx.vault
    referenced, kept = _evidence_of(source)
    lost = [sha for sha in referenced if not source_vault.exists(sha)]
    # also the files no evidence refers to any more but undo may bring back, when still held
    shas = sorted(set(referenced) | {sha for sha in kept if source_vault.exists(sha)})
    if lost:
        raise UserError((translate("Migrate", "1 evidence file the orders refer to is missing "
                                              "from this database's vault; nothing was copied")
                         if len(lost) == 1 else
                         translate("Migrate", "%n evidence files the orders refer to are missing "
                                              "from this database's vault; nothing was copied",
                                   None, len(lost))),
                        where=str(source.path or safe_url(source.url)),
                        hint=translate("Migrate", "`aliassist verify-data` lists them; attach "
                                                  "them again or detach them, then move the "
                                                  "data"))
    target = open_store(url=url)
    try:
        report = MigrationReport(str(source.path or safe_url(source.url)),
                                 str(target.path or safe_url(target.url)))
        held = row_counts(target)
        if any(held.values()):
            if not replace:
                raise UserError(
                    translate("Migrate", "already holds data ({orders}, {rows} rows in all); "
                                         "nothing was changed").format(
                        orders=translate("Migrate", "%n order(s)", None,
                                         held.get("orders", 0)), rows=sum(held.values())),
                    where=report.target,
                    hint=translate("Migrate", "choose an empty database, or add --replace to "
                                              "delete what it holds and put this database's "
                                              "data in its place"))
            empty_tables(target)
            report.replaced = True
        target_vault = open_vault(target)
        for number, sha in enumerate(shas, 1):
            progress.step(number - 1, len(shas), f"evidence {number} of {len(shas)}")
            if target_vault.put_stream(sha, source_vault.read(sha), where=f"evidence {sha}"):
                report.evidence_copied += 1
        if report.replaced:
            _drop_unused(target_vault, set(shas))
        copied = copy_tables(source, target)
        after = row_counts(target)
        before = row_counts(source)
        report.tables = {name: (before[name], after[name]) for name in copied}
        for sha in shas:
            report.evidence[sha] = _read_back(target_vault, sha)
    finally:
        target.close()
    return report


def _evidence_of(store: Store) -> tuple[list[str], list[str]]:
    """The SHA-256 of the files evidence refers to, and of every file the database lists."""
    with store.session() as session:
        return (sorted(referenced_shas(session)),
                listed_shas(session))


def _drop_unused(vault: Vault, keep: set[str]) -> None:
    """After a replace: content the target's vault held for its old data goes."""
    with vault.lock():
        for sha in vault.stored():
            if sha not in keep:
                vault.remove(sha)


def _read_back(vault: Vault, sha: str) -> tuple[int, str]:
    """The size and SHA-256 of the bytes the vault hands back for `sha` (checked chunk by
    chunk first when they are in a database)."""
    if in_database(vault) and vault.problem(sha) is not None:
        return 0, f"damaged ({vault.problem(sha)})"
    digest = hashlib.sha256()
    size = 0
    try:
        for piece in vault.read(sha):
            digest.update(piece)
            size += len(piece)
    except KeyError:
        return 0, "missing"
    return size, digest.hexdigest()
