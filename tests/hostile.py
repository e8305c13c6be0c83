"""Shared by the hostile-input tests: a snapshot of a data folder (every file's hash and a full
dump of the database) to compare before and after a refused input, a tally of what was tried,
and the check that a message in Kyrgyz or Russian carries no English library text."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# The library's own words that must never reach a Kyrgyz or Russian user (issue 11, class 7).
LIBRARY_PHRASES = (
    "is not of type",
    "codec can't decode",
    "disk I/O error",
    "unable to open database file",
    "database disk image is malformed",
    "database or disk is full",
    "file is not a database",
    "attempt to write a readonly database",
    "database is locked",
    "No space left on device",
    "Read-only file system",
    "Traceback",
    "Errno",
    "OperationalError",
    "is a required property",
    "Expecting value",
)


def english_library_text(message: str) -> list[str]:
    """The library phrases in ``message`` (an empty list when there are none)."""
    found = [p for p in LIBRARY_PHRASES if p.lower() in message.lower()]
    # three English words in a row outside a path or a file name betray an untranslated text
    without_paths = re.sub(r"\S*[/\\.]\S*", " ", message)
    found += re.findall(r"\b[a-z]{3,} [a-z]{2,} [a-z]{3,}\b", without_paths)
    return found


def snapshot(data_dir: Path) -> dict[str, str]:
    """Every file of the data folder (logs and SQLite's empty working files aside) by name with its SHA-256, plus a dump of the
    database's every row taken from a copy (reading the live file could checkpoint its WAL)."""
    data_dir = Path(data_dir)
    files: dict[str, str] = {}
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir).as_posix()
        if not path.is_file() or rel.startswith("logs/"):
            continue
        # SQLite's own working files hold no data: its shared-memory index and an empty WAL
        if rel.endswith("-shm") or (rel.endswith("-wal") and path.stat().st_size == 0):
            continue
        files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    db = data_dir / "msu.sqlite"
    if db.is_file() and db.stat().st_size > 0:
        with tempfile.TemporaryDirectory() as tmp:
            for suffix in ("", "-wal"):
                src = db.with_name(db.name + suffix)
                if src.exists():
                    shutil.copy2(src, Path(tmp) / src.name)
            try:
                con = sqlite3.connect(Path(tmp) / db.name)
                try:
                    files["<dump>"] = hashlib.sha256(
                        "\n".join(con.iterdump()).encode("utf-8")
                    ).hexdigest()
                finally:
                    con.close()
            except sqlite3.DatabaseError as exc:
                files["<dump>"] = f"unreadable: {exc}"
    return files


@dataclass
class Tally:
    """Inputs tried, refused with a reason, data unchanged -- the figures the issue asks for."""

    area: str
    tried: int = 0
    refused: int = 0
    unchanged: int = 0
    kinds: list[str] = field(default_factory=list)

    def record(self, kind: str, *, refused: bool, unchanged: bool) -> None:
        self.tried += 1
        self.refused += refused
        self.unchanged += unchanged
        self.kinds.append(kind)

    def line(self) -> str:
        return (
            f"hostile inputs ({self.area}): tried {self.tried}, refused with a reason "
            f"{self.refused}, data unchanged {self.unchanged}"
        )


def report_tally(request: pytest.FixtureRequest, tally: Tally) -> None:
    """Print the tally at the end of the module (``-s`` not needed)."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or not tally.tried:
        return
    if capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(tally.line())
    else:
        reporter.write_line(tally.line())
