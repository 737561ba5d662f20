"""The policy's TOML kept parsed (store/policy_cache.py): the same policy from the cache as from
the file, a new entry for an edited file, and no harm from an entry that is damaged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aliassist.domain.policy import PolicyError, policy_from_toml
from aliassist.resources import default_policy_path
from aliassist.services.policy import load_policy
from aliassist.store import policy_cache
from aliassist.store.locations import user_cache_dir

BUNDLED = default_policy_path().read_bytes()


def entries() -> list[Path]:
    folder = user_cache_dir()
    return sorted(folder.glob("policy-*.json")) if folder.exists() else []


def copy(tmp_path: Path, text: bytes = BUNDLED, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_bytes(text)
    return path


def test_the_policy_from_the_cache_is_the_policy_from_the_file(tmp_path: Path) -> None:
    assert entries() == []
    first = load_policy()
    (entry,) = entries()
    assert entry.parent == Path(os.environ["ALIASSIST_DATA_DIR"]) / "cache"
    assert load_policy() == first == policy_from_toml(BUNDLED, default_policy_path())
    assert entries() == [entry]


def test_an_edited_policy_is_a_new_entry_and_is_the_one_used(tmp_path: Path) -> None:
    path = copy(tmp_path)
    assert load_policy(path).tz.key == "Asia/Shanghai"
    path.write_bytes(BUNDLED.replace(b'timezone = "Asia/Shanghai"', b'timezone = "UTC"', 1))
    assert load_policy(path).tz.key == "UTC"
    assert load_policy(path).tz.key == "UTC"
    assert len(entries()) == 2


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[1, 2]", b"\xff\xfe",
                                    b'{"meta": {"id": 1}}'])
def test_a_damaged_entry_is_no_entry(tmp_path: Path, damage: bytes) -> None:
    expected = load_policy()
    (entry,) = entries()
    entry.write_bytes(damage)
    assert load_policy() == expected  # read from the file, and kept again
    assert policy_cache.cached_data(BUNDLED) is not None
    assert load_policy() == expected


def test_a_bad_policy_is_refused_and_nothing_is_kept(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(copy(tmp_path, b"[meta\nid = "))
    with pytest.raises(PolicyError):
        load_policy(copy(tmp_path, b"[meta]\nid = 'x'\n", "partial.toml"))
    assert entries() == []


def test_a_policy_json_cannot_hold_is_read_as_toml_each_time(tmp_path: Path) -> None:
    dated = BUNDLED.replace(b"[meta]\n", b"[meta]\nchecked = 2026-12-01\n", 1)
    assert dated != BUNDLED
    path = copy(tmp_path, dated)
    with pytest.raises(PolicyError, match="checked"):  # an unknown key, whatever its type
        load_policy(path)
    assert entries() == []
    assert policy_cache.cached_data(dated) is None
    policy_cache.keep_data(dated, {"when": __import__("datetime").date(2026, 12, 1)})
    assert entries() == []


def test_the_newest_entries_are_kept(tmp_path: Path) -> None:
    for n in range(policy_cache.KEEP + 3):
        path = copy(tmp_path, BUNDLED + f"\n# edit {n}\n".encode(), f"p{n}.toml")
        load_policy(path)
    assert len(entries()) == policy_cache.KEEP
    assert load_policy(path).tz == load_policy().tz


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    folder = user_cache_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder would be", encoding="utf-8")
    assert load_policy() == policy_from_toml(BUNDLED, default_policy_path())


def test_clearing_deletes_every_entry_and_the_folder() -> None:
    load_policy()
    assert entries()
    policy_cache.clear()
    assert entries() == [] and not user_cache_dir().exists()
    policy_cache.clear()  # nothing there: nothing to do
