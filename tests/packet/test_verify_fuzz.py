"""Whatever a ZIP holds, `verify_packet` ends in a report or one clear error (hypothesis):
bytes of a good packet changed at random, and manifests of any shape."""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aliassist.errors import UserError
from aliassist.packet.archive import MANIFEST, verify_packet
from tests.fuzz import fuzz
from tests.packet.test_verify_hostile import FILES, manifest, write_packet

GOOD = Path(tempfile.mkdtemp(prefix="aliassist-fuzz-")) / "good.zip"
write_packet(GOOD, [*FILES.items(), (MANIFEST, manifest(FILES))])
GOOD_BYTES = GOOD.read_bytes()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=20)


def check(path: Path) -> None:
    try:
        report = verify_packet(path)
    except UserError as exc:
        assert str(exc)
        return
    assert isinstance(report.ok, bool)
    json.dumps(report.to_json())


@fuzz
@given(st.lists(st.tuples(st.integers(0, len(GOOD_BYTES) - 1), st.integers(0, 255)),
                min_size=1, max_size=8),
       st.integers(0, len(GOOD_BYTES)))
def test_any_damaged_packet_ends_in_a_report_or_a_clear_error(
        changes: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(GOOD_BYTES)
    for at, value in changes:
        data[at] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.zip"
        path.write_bytes(bytes(data[:cut] if cut < len(data) // 4 else data))
        check(path)


@fuzz
@given(st.one_of(json_values, st.fixed_dictionaries(
    {"format": st.just("aliassist-packet"), "version": st.one_of(st.integers(), json_values),
     "files": st.one_of(json_values, st.lists(st.one_of(json_values, st.fixed_dictionaries(
         {"path": st.one_of(st.sampled_from(list(FILES)), st.text(max_size=12)),
          "size": st.one_of(st.integers(-5, 2000), json_values),
          "sha256": st.one_of(st.text(max_size=64), json_values)})), max_size=5))})),
       st.lists(st.tuples(st.text(min_size=1, max_size=12), st.binary(max_size=40)),
                max_size=3))
def test_any_manifest_ends_in_a_report_or_a_clear_error(
        doc: Any, extra: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.zip"
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are part of the game
            with zipfile.ZipFile(path, "w") as z:
                for name, data in [*FILES.items(), *extra]:
                    z.writestr(name, data)
                z.writestr(MANIFEST, json.dumps(doc))
        check(path)
