"""Opening the SQLite database: WAL, foreign keys, full fsync. Connected in ``main``, never at import."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from msu_desktop.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    StorageFull,
    UserError,
)
from msu_exchange.files import HELD_OPEN_WINERRORS

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # SQLAlchemy is imported when the first engine is made, not at start
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DB_FILENAME = "msu.sqlite"
SQLITE_HEADER = b"SQLite format 3\x00"
LOW_SPACE = 1024 * 1024  # below this much free space an I/O error is taken for a full disk


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed transaction survives a power cut, not only a crash of the app.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed as a whole, or rolled back as a whole."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on a database file; an empty list means it is sound.

    Only damage counts: a file that cannot be read because the drive is full, read-only,
    locked or gone raises the matching :class:`UserError` (see :func:`database_error`)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if error_kind(exc, path) != "damaged":
            raise database_error(exc, path) from exc
        return [str(exc)]
    problems = [r[0] for r in rows]
    return [] if problems == ["ok"] else problems


def _low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def _writable(path: Path) -> bool:
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


# Windows: another process opened the file without sharing it (HELD_OPEN_WINERRORS:
# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION); the OSError's errno is then EACCES, which alone
# would read as read-only


def held_open(path: Path) -> bool:
    """Windows: another program (an antivirus scan, a backup tool) holds ``path`` open without
    sharing it, so that it cannot be opened for reading and writing now.

    Python's ``open()`` cannot tell: the C runtime under it turns the Windows error into a bare
    EACCES, the same as for a read-only file (seen under wine: the user was told "read-only").
    ``CreateFileW`` itself says which it is. Always False on other systems and for a missing
    file."""
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    create = kernel32.CreateFileW
    create.restype = wintypes.HANDLE
    create.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    ]
    generic_read_write = 0x80000000 | 0x40000000
    share_all = 0x1 | 0x2 | 0x4  # read, write, delete: as SQLite opens it, and no stricter
    open_existing = 3
    handle = create(str(path), generic_read_write, share_all, None, open_existing, 0, None)
    if handle is not None and handle != wintypes.HANDLE(-1).value:
        kernel32.CloseHandle(wintypes.HANDLE(handle))
        return False
    return ctypes.get_last_error() in HELD_OPEN_WINERRORS


def error_kind(exc: BaseException, path: Path) -> str:
    """What a failed database operation means for the user.

    One of ``"full"``, ``"readonly"``, ``"locked"``, ``"damaged"``, ``"unavailable"`` (an I/O
    error, a removed drive) or ``"other"``. ``exc`` is an ``sqlite3`` error, SQLAlchemy's
    wrapper of one, or an ``OSError``."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    path = Path(path)
    if isinstance(exc, OSError):
        return _os_error_kind(exc, path)
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "disk is full" in text or code == sqlite3.SQLITE_FULL:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        return "damaged"
    if "readonly" in text or "read-only" in text:
        return "readonly"
    if "disk i/o error" in text or "unable to open" in text:
        return _io_error_kind(path)
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return "damaged"
    return "other"


def _os_error_kind(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "full"
    if getattr(exc, "winerror", None) in HELD_OPEN_WINERRORS:
        return "locked"  # Windows: held open without sharing (an antivirus, a backup tool)
    if exc.errno in (errno.EACCES, errno.EPERM) and held_open(path):
        return "locked"  # the same, told by a bare EACCES (Python's open() on Windows)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "readonly"
    return "unavailable"


def _io_error_kind(path: Path) -> str:
    """SQLite's bare "disk I/O error": told apart by looking at the disk and the file."""
    if _low_on_space(path.parent):
        return "full"
    if held_open(path):
        return "locked"
    if not _writable(path):
        return "readonly"
    return "unavailable"


def database_error(exc: BaseException, path: Path) -> UserError:
    """The translated message for a failed database operation; the library's own words go to
    the log only."""
    path = Path(path)
    log.warning("database %s: %s: %s", path, type(exc).__name__, exc)
    kind = error_kind(exc, path)
    if kind == "full":
        return StorageFull(
            "There is not enough free space on {path}. Free some space or choose another drive; "
            "nothing was changed.",
            path=str(path.parent),
        )
    if kind == "readonly":
        return DatabaseReadOnly(
            "The database {path} cannot be written: the folder, the drive or the file is "
            "read-only. It is not damaged. Allow writing there (or copy the data folder to a "
            "place where you can write) and start again; nothing was changed.",
            path=str(path),
        )
    if kind == "locked":
        return DatabaseLocked(
            "The database {path} is in use by another program (another copy of MSU Desktop, a "
            "backup or antivirus program). Close that program and try again; nothing was "
            "changed.",
            path=str(path),
        )
    if kind == "damaged":
        return DatabaseDamaged(
            "The database {path} is damaged and cannot be read. Restore it from the latest "
            "good backup.",
            path=str(path),
        )
    return DatabaseUnavailable(
        "The database {path} could not be read or written (a read error on the drive, or the "
        "drive was removed). Check the drive and try again; nothing was changed.",
        path=str(path),
    )


def copy_database(src: Path, dst: Path) -> None:
    """A consistent copy of a live database (SQLite online backup), fsynced, renamed into place."""
    tmp = dst.with_name(dst.name + ".part")
    try:
        source = sqlite3.connect(str(src))
        try:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(dst)
    except BaseException as exc:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            # the copy's side (a full or read-only target) is the usual cause
            kind = error_kind(exc, dst)
            raise database_error(exc, dst if kind in ("full", "readonly") else src) from exc
        raise
