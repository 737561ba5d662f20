"""Data-file evidence paths, settings and `--map` columns of any shape end in a value the app
can use or one clear error (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from aliassist.errors import UserError
from aliassist.importers.datafile import evidence_source
from aliassist.importers.layouts import FIELDS
from aliassist.services.imported_settings import CHECKS, importable_settings
from aliassist.services.imports import mapping_from_options
from tests.fuzz import fuzz
from tests.services.test_hostile_data_files import PHOTO

ROOT = Path(tempfile.mkdtemp(prefix="aliassist-fuzz-"))
FOLDER = ROOT / "export"
(FOLDER / "photos").mkdir(parents=True)
(FOLDER / "photos" / "box.jpg").write_bytes(PHOTO)
(ROOT / "secret").write_bytes(b"outside")
(FOLDER / "link.jpg").symlink_to(ROOT / "secret")

parts = st.sampled_from(["photos", "box.jpg", "..", ".", "", "link.jpg", "secret", "export",
                         "/", "\\", "C:", "\x00", "~", "%2e%2e", "\u202e", "photos/box.jpg"])
paths = st.one_of(st.lists(parts, max_size=6).map("/".join),
                  st.lists(parts, max_size=6).map("\\".join), st.text(max_size=30))


@fuzz
@given(paths)
def test_any_evidence_path_names_a_file_inside_the_folder_or_is_refused(rel: str) -> None:
    try:
        found = evidence_source(FOLDER, rel, where="evidence[0].path")
    except UserError as exc:
        assert exc.where == "evidence[0].path" and exc.message
        return
    assert found.resolve().is_relative_to(FOLDER.resolve())
    assert not found.is_symlink() and found.is_file()
    assert found.read_bytes() == PHOTO


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=15)
keys = st.one_of(st.sampled_from([*CHECKS, "policy.path"]), st.text(max_size=12))


@fuzz
@given(st.dictionaries(keys, json_values, max_size=6))
def test_any_settings_are_checked_or_refused(settings: dict[str, Any]) -> None:
    try:
        kept = importable_settings(settings, "history.settings")
    except UserError as exc:
        assert exc.where is not None and exc.where.startswith("history.settings.")
        return
    for key, value in kept.items():
        assert key in CHECKS or key == "policy.path"
        if key in CHECKS:
            assert CHECKS[key](value) is None


columns = st.one_of(st.text(max_size=12), st.from_regex(r"#[0-9]{0,8}", fullmatch=True),
                    st.just("#" + "9" * 5000), st.sampled_from(["#²", "#١", "#1", "Datum"]))


@fuzz
@given(st.dictionaries(st.one_of(st.sampled_from(sorted(FIELDS)), st.text(max_size=8)), columns,
                       max_size=4),
       st.lists(st.text(max_size=8), max_size=5))
def test_any_column_map_is_a_mapping_or_a_clear_error(options: dict[str, str],
                                                      header: list[str]) -> None:
    try:
        mapping = mapping_from_options(options, header)
    except UserError as exc:
        assert exc.where == "--map" and len(str(exc)) < 2000
        return
    assert all(0 <= i < max(len(header), 100000) for i in mapping.columns.values())
