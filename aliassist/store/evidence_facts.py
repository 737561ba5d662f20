"""What was read from stored files' content (their size in pixels, perceptual hash, camera
time) and the listing captures to compare photos with: read and kept through the driver's own
connection, so a packet of a SQLite file needs no SQLAlchemy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aliassist.domain.instants import from_epoch_or_none, to_epoch
from aliassist.store.order_documents import Snapshot, as_snapshot
from aliassist.store.snapshot_stamp import file_stamp

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def phash_text(phash: int | None) -> str | None:
    """A 64-bit perceptual hash as stored: 16 hex digits."""
    return None if phash is None else f"{phash:016x}"


def phash_value(text: str | None) -> int | None:
    """A stored perceptual hash as its number (None: not read, or not a picture)."""
    return int(text, 16) if text else None


@dataclass(frozen=True, slots=True)
class StoredFacts:
    """A stored file's row: its content type and the facts read from it (None: not read)."""

    sha256: str
    mime: str | None
    width: int | None
    height: int | None
    #: the 64-bit perceptual hash
    phash: int | None
    exif_taken_at: datetime | None


def stored_facts(source: Session | Snapshot, shas: set[str]) -> list[StoredFacts]:
    """The rows of the stored files with these SHA-256 (those present)."""
    if not shas:
        return []
    snapshot = as_snapshot(source)
    mark = snapshot.mark
    wanted = sorted(shas)
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute("SELECT sha256, mime, width, height, phash, exif_taken_at "
                       f"FROM evidence_files WHERE sha256 IN ({', '.join([mark] * len(wanted))})",
                       wanted)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [StoredFacts(sha, mime, width, height, phash_value(phash), from_epoch_or_none(taken))
            for sha, mime, width, height, phash, taken in rows]


def keep_facts(driver: Any, facts: list[StoredFacts]) -> None:
    """Write the facts read from files into their rows, in the caller's transaction on the
    driver connection `driver` (sqlite3 or psycopg)."""
    mark = "?" if isinstance(driver, sqlite3.Connection) else "%s"
    cursor = driver.cursor()
    try:
        for f in facts:
            cursor.execute(f"UPDATE evidence_files SET width = {mark}, height = {mark}, "
                           f"phash = {mark}, exif_taken_at = {mark} WHERE sha256 = {mark}",
                           (f.width, f.height, phash_text(f.phash),
                            None if f.exif_taken_at is None else to_epoch(f.exif_taken_at),
                            f.sha256))
    finally:
        cursor.close()


def listing_stamp(source: Session | Snapshot) -> int | None:
    """What the listing captures read in the same snapshot are known by: a SQLite file's
    stamp, which every commit that changes rows renews (store/snapshot_stamp.py); None on a
    server, which keeps no such number."""
    snapshot = as_snapshot(source)
    return None if snapshot.postgres else file_stamp(snapshot.dbapi)


def listing_captures(source: Session | Snapshot) -> list[tuple[str, int | None, str, str]]:
    """(sha256, perceptual hash, name, order number) of every listing capture of every
    order."""
    snapshot = as_snapshot(source)
    cursor = snapshot.dbapi.cursor()
    try:
        cursor.execute("SELECT e.sha256, f.phash, e.name, o.number FROM evidence e "
                       "JOIN evidence_files f ON f.sha256 = e.sha256 "
                       "JOIN orders o ON o.id = e.order_id "
                       "WHERE e.kind = 'listing_capture' ORDER BY e.id")
        return [(sha, phash_value(phash), name, number)
                for sha, phash, name, number in cursor.fetchall()]
    finally:
        cursor.close()
