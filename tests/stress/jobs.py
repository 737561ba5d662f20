"""Child processes for crash trials whose command does not exist yet.

    python -m tests.stress.jobs attach DB NUMBER FILE...

`attach` does what the order dialog does when files are added to an order and it is saved:
each file is copied into the vault, then the order is saved with the new evidence in one
transaction. (When `aliassist attach` lands, the trial workload calls it instead.)
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from aliassist.domain import records as rec
from aliassist.services import orders as order_service
from aliassist.services.context import open_context
from aliassist.store.repository import require_order_id
from tests.conftest import NOW


def attach(db: Path, number: str, files: list[Path]) -> None:
    ctx = open_context(db, now=NOW)
    try:
        with ctx.session() as session:
            order_id = require_order_id(session, number)
        order = order_service.get_order(ctx, order_id)
        added = []
        for path in files:
            kept = ctx.vault.put(path)
            added.append(rec.Evidence(kind="own_video", sha256=kept.sha256, name=path.name,
                                      size=kept.size, mime=kept.mime, added_at=NOW))
        order = dataclasses.replace(order, evidence=order.evidence + tuple(added))
        order_service.save_order_record(ctx, order, order_id)
    finally:
        ctx.close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["attach"] and len(argv) >= 4:
        attach(Path(argv[1]), argv[2], [Path(a) for a in argv[3:]])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
