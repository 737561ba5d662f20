"""A whole import of any text ends in a report or one clear error, and a failed import leaves
the database as it was (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aliassist.errors import UserError
from aliassist.services.context import AppContext
from aliassist.services.imports import ImportSource, run_import
from aliassist.store.repository import count_orders
from tests.fuzz import fuzz_share

HEADER = "Order ID,Order Date,Status,Product Title,Product Link,Currency,Price,Store Name," \
         "Store Link\n"
line = st.lists(st.one_of(
    st.sampled_from(["8187000000000101", "8187000000000102", "8.19123E+15", "Mar 05, 2026",
                     "3/5/2026", "Feb 30, 2026", "US", "EUR", "kr", "12.34", "abc", "", '"',
                     "Completed"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)),
    min_size=0, max_size=11).map(",".join)


@fuzz_share(0.4)  # each example is a whole import: 60 in `make test`
@given(st.lists(line, max_size=10), st.booleans())
def test_any_rows_end_in_a_report_or_a_clear_error(ctx: AppContext, lines: list[str],
                                                   dry_run: bool) -> None:
    with ctx.session() as session:
        before = count_orders(session)
    try:
        report = run_import(ctx, ImportSource(text=HEADER + "\n".join(lines)), dry_run=dry_run)
    except UserError as exc:
        assert str(exc)
        with ctx.session() as session:
            assert count_orders(session) == before
        return
    assert all(s.reason and s.line >= 2 for s in report.skipped)
    with ctx.session() as session:
        after = count_orders(session)
    assert after == before + (0 if dry_run else len(report.imported))
