"""services/failures.py: one exception and where it happened -> the user's error, or None for
a bug. The window and the command line both use it (tests/gui/test_gui_user_errors.py)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from msu_desktop.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    StorageFull,
    UserError,
)
from msu_desktop.services.failures import user_error


def _held_open(path: Path) -> OSError:
    exc = OSError(errno.EACCES, "Permission denied", str(path))
    exc.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, as on Windows
    return exc


@pytest.mark.parametrize(
    ("make", "kind", "words"),
    [
        (lambda p: OSError(errno.ENOSPC, "No space", str(p)), StorageFull, "not enough free space"),
        (lambda p: OSError(errno.EROFS, "Read-only", str(p)), UserError, "read-only"),
        (_held_open, UserError, "open in another program"),
        (lambda p: OSError(errno.EIO, "I/O error", str(p)), UserError, "not available"),
    ],
)
def test_a_file_that_cannot_be_written_is_told(tmp_path: Path, make, kind, words) -> None:
    target = tmp_path / "реестр.xlsx"
    user = user_error(make(target), tmp_path / "msu.sqlite")
    assert isinstance(user, kind) and words in str(user) and str(tmp_path) in str(user)


def test_the_database_is_named_when_the_exception_names_no_file(tmp_path: Path) -> None:
    db = tmp_path / "msu.sqlite"
    locked = user_error(sqlite3.OperationalError("database is locked"), db)
    assert isinstance(locked, DatabaseLocked) and str(db) in str(locked)
    damaged = user_error(sqlite3.DatabaseError("file is not a database"), tmp_path)
    assert isinstance(damaged, DatabaseDamaged) and str(db) in str(damaged)
    full = user_error(OSError(errno.ENOSPC, "No space left on device"), db)
    assert isinstance(full, StorageFull) and str(tmp_path) in str(full)


def test_a_bug_stays_a_bug(tmp_path: Path) -> None:
    db = tmp_path / "msu.sqlite"
    assert user_error(KeyError("x"), db) is None
    assert user_error(FileNotFoundError(errno.ENOENT, "No such file", "x.json"), db) is None
    assert user_error(BrokenPipeError(errno.EPIPE, "Broken pipe"), db) is None
    assert user_error(sqlite3.OperationalError("no such column: foo"), db) is None
    same = UserError("Enter the name.")
    assert user_error(same, db) is same
