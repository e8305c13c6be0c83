"""The one classification of a failure the user can act on, for both faces.

    user_error(exc, where)  # -> UserError | None

``exc`` is what escaped an action (an ``OSError``, an ``sqlite3`` error or SQLAlchemy's
wrapper of one, or a ``UserError`` already); ``where`` is the file the action was working on
when the exception does not name one (the database for a command or a window's action). The
result is the user's message -- disk full, locked by another program, a file held open,
read-only, a damaged database, a drive that cannot be read -- or ``None``: a bug, which keeps
its traceback (the CLI re-raises it, the window sends it to the crash dialog).

The command line (cli/common.py) and the window (gui/workers.py, gui/crash.py) both call it, so
the same full disk gets the same words in a terminal and in a message box.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from msu_desktop.errors import UserError
from msu_desktop.storage.db import DB_FILENAME, database_error, error_kind, is_sqlalchemy_error
from msu_exchange.files import HELD_OPEN_WINERRORS, os_error_to_user

# An OSError with one of these is the user's to fix (space, rights, a removed drive, a file
# another program holds open); any other errno is a bug of ours (a wrong path, a bad argument).
USER_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO)


def user_error(exc: BaseException, where: Path) -> UserError | None:
    """The user's message for ``exc`` that happened on ``where``, or None for a bug."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, BrokenPipeError):
        return None
    if isinstance(exc, OSError):
        if exc.errno not in USER_ERRNOS and (
            getattr(exc, "winerror", None) not in HELD_OPEN_WINERRORS
        ):
            return None
        path = Path(exc.filename) if exc.filename else Path(where)
        if path.name == DB_FILENAME:
            return database_error(exc, path)
        return os_error_to_user(exc, path)
    if isinstance(exc, sqlite3.Error) or is_sqlalchemy_error(exc):
        db = Path(where) if Path(where).name == DB_FILENAME else Path(where) / DB_FILENAME
        if error_kind(exc, db) == "other":
            return None
        return database_error(exc, db)
    return None
