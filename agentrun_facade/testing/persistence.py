"""Durable state for the emulator in one SQLite file (standard library only).

Every acknowledged change is committed before the response is sent; on start
the whole state is read back.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

_SCHEMA = """
CREATE TABLE IF NOT EXISTS resources (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@attrs.frozen
class Change:
    """One row to write (``doc`` set) or delete (``doc`` None)."""

    kind: str
    key: str
    seq: int = 0
    doc: dict[str, Any] | None = None


class SqliteState:
    """Reads and writes emulator rows; safe to call from several threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def load(self, kind: str) -> list[dict[str, Any]]:
        """Every stored document of ``kind`` in creation order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT doc FROM resources WHERE kind = ? ORDER BY seq", (kind,)
            ).fetchall()
        return [json.loads(doc) for (doc,) in rows]

    def get_meta(self, name: str) -> str | None:
        """A stored counter or marker."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def apply(self, changes: Iterable[Change], meta: dict[str, str]) -> None:
        """Write all ``changes`` and ``meta`` in one transaction."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for change in changes:
                    if change.doc is None:
                        self._db.execute(
                            "DELETE FROM resources WHERE kind = ? AND key = ?",
                            (change.kind, change.key),
                        )
                    else:
                        self._db.execute(
                            "INSERT OR REPLACE INTO resources (kind, key, seq, doc) "
                            "VALUES (?, ?, ?, ?)",
                            (change.kind, change.key, change.seq, json.dumps(change.doc)),
                        )
                for name, value in meta.items():
                    self._db.execute(
                        "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value)
                    )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"SqliteState({str(self.path)!r})"
