"""Windows-only behaviours checked on any platform by standing in for what Windows does; the
real thing runs in the installer cycle under wine (packaging/windows/cycle.py)."""

from __future__ import annotations

import builtins
import hashlib
from pathlib import Path
from typing import Any

import pytest

from msu_desktop.errors import DatabaseDamaged, UserError
from msu_desktop.services import workspace as workspace_mod
from msu_desktop.services.workspace import Workspace


def _sharing_violation(path: Path) -> OSError:
    exc = PermissionError(
        13,
        "The process cannot access the file because it is being used by another process",
        str(path),
    )
    exc.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, as on Windows
    return exc


def test_database_held_open_by_another_program_is_said_plainly_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    db = data / "msu.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    real_open = builtins.open

    def held_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if Path(str(file)) == db and "+" in mode:
            raise _sharing_violation(db)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", held_open)
    with pytest.raises(UserError) as info:
        Workspace.open(data)
    assert not isinstance(info.value, DatabaseDamaged)  # the window would offer a restore
    assert "in use by another program" in info.value.message("en")
    assert "занята другой программой" in info.value.message("ru")
    assert "башка программа" in info.value.message("ky")
    monkeypatch.setattr(builtins, "open", real_open)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # nothing changed
    Workspace.open(data).close()  # once released, it opens


def test_other_open_errors_are_not_taken_for_a_held_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "msu.sqlite"
    db.write_bytes(b"x")
    real_open = builtins.open

    def denied(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if Path(str(file)) == db:
            raise PermissionError(13, "Permission denied", str(db))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)
    workspace_mod.refuse_if_held_open(db)  # no winerror: left to the usual checks


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
