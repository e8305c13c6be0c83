"""Windows-only behaviours checked on any platform by standing in for what Windows does; the
real thing runs in the installer cycle under wine (packaging/windows/cycle.py)."""

from __future__ import annotations

import builtins
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from msu_desktop.errors import DatabaseDamaged, UserError
from msu_desktop.services import workspace as workspace_mod
from msu_desktop.services.workspace import Workspace


def test_database_held_open_by_another_program_is_said_plainly_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    db = data / "msu.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    # stands in for CreateFileW's ERROR_SHARING_VIOLATION (storage.db.held_open on Windows)
    monkeypatch.setattr(workspace_mod, "held_open", lambda path: Path(path) == db)
    with pytest.raises(UserError) as info:
        Workspace.open(data)
    assert not isinstance(info.value, DatabaseDamaged)  # the window would offer a restore
    assert "in use by another program" in info.value.message("en")
    assert "занята другой программой" in info.value.message("ru")
    assert "башка программа" in info.value.message("ky")
    monkeypatch.setattr(workspace_mod, "held_open", lambda path: False)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # nothing changed
    Workspace.open(data).close()  # once released, it opens


def test_other_open_errors_are_not_taken_for_a_held_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from msu_desktop.storage.db import held_open

    db = tmp_path / "msu.sqlite"
    db.write_bytes(b"x")
    real_open = builtins.open

    def denied(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if Path(str(file)) == db:
            raise PermissionError(13, "Permission denied", str(db))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)
    workspace_mod.refuse_if_held_open(db)  # not held: left to the usual checks
    assert not held_open(db)
    assert not held_open(tmp_path / "missing.sqlite")


def test_a_sharing_violation_is_in_use_not_read_only(tmp_path) -> None:
    """Windows reports a file held open without sharing as EACCES with winerror 32; alone, the
    errno would read as "read-only" (seen under wine: the wrong advice)."""
    from msu_desktop.storage.db import database_error, error_kind

    exc = PermissionError(13, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    db = tmp_path / "msu.sqlite"
    db.write_bytes(b"")
    assert error_kind(exc, db) == "locked"
    assert "in use by another program" in str(database_error(exc, db))
    plain = PermissionError(13, "Permission denied")
    assert error_kind(plain, db) == "readonly"


def test_a_bare_eacces_on_a_held_file_is_in_use_not_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python's open() on Windows reports a file held without sharing as a bare EACCES, no
    winerror (the C runtime drops it; seen under wine): CreateFileW is asked instead."""
    from msu_desktop.storage import db as db_mod

    db = tmp_path / "msu.sqlite"
    db.write_bytes(b"")
    bare = PermissionError(13, "Permission denied")
    monkeypatch.setattr(db_mod, "held_open", lambda path: Path(path) == db)
    assert db_mod.error_kind(bare, db) == "locked"
    assert "in use by another program" in str(db_mod.database_error(bare, db))
    unable = sqlite3.OperationalError("unable to open database file")
    assert db_mod.error_kind(unable, db) == "locked"
    monkeypatch.setattr(db_mod, "held_open", lambda path: False)
    assert db_mod.error_kind(bare, db) == "readonly"
