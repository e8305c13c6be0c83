"""The restore journal: the marker file a restore writes before it moves anything, and
the renames that finish (or undo) a restore a crash interrupted.

Below both the workspace (``Workspace.open`` finishes an interrupted restore before it opens
the database) and services/backup.py (which writes the marker and restores), so neither has to
import the other for it. The protocol itself is described in services/backup.py.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import suppress
from pathlib import Path

from msu_desktop.storage.db import DB_FILENAME
from msu_exchange.files import fsync_dir

MARKER = "restore-in-progress.json"
# the outbox (sent packages, their delivery states) and the trust store go with the database:
# a restore onto another PC keeps what was sent, received and returned (issue 23); archive/:
# the predecessors' reports (issue 25)
FOLDERS = ("attachments", "keys", "outbox", "trust", "archive")
ITEMS = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", *FOLDERS)


def crash_point(name: str) -> None:
    """Test hook: ``MSU_TEST_CRASH_AT=name`` kills the process here (fault-injection tests)."""
    if os.environ.get("MSU_TEST_CRASH_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def undo_restore(data_dir: Path, aside: Path, restored: list[str]) -> None:
    """Put the data set aside by a restore back in place (after a failed restore)."""
    data_dir = Path(data_dir)
    discard = data_dir / f".restore-failed-{aside.name}"
    discard.mkdir(exist_ok=True)
    for item in [*restored, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"]:
        current = data_dir / item  # the backup's, or the restored database's WAL
        if current.exists():
            os.replace(current, discard / item)
    for item in ITEMS:
        kept = aside / item
        if kept.exists():
            os.replace(kept, data_dir / item)
    fsync_dir(data_dir)
    shutil.rmtree(discard, ignore_errors=True)
    with suppress(OSError):
        aside.rmdir()


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Complete a restore that a crash interrupted (idempotent). True if there was one."""
    data_dir = Path(data_dir)
    marker_path = data_dir / MARKER
    if not marker_path.exists():
        return False
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
        staging = data_dir / marker["staging"]
        aside = data_dir / marker["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        marker_path.unlink(missing_ok=True)
        return False
    aside.mkdir(exist_ok=True)
    for item in ITEMS:
        staged = staging / item
        current = data_dir / item
        if not staged.exists():
            # WAL/SHM of the old database must not survive next to the restored one
            if (
                item.startswith(DB_FILENAME + "-")
                and current.exists()
                and not (aside / item).exists()
            ):
                os.replace(current, aside / item)
            continue
        if current.exists():
            if (aside / item).exists():
                # a previous run moved the old one aside already; this is the restored one
                if current.is_dir():
                    shutil.rmtree(current)
                else:
                    current.unlink()
            else:
                os.replace(current, aside / item)
        crash_point("restore:moving")
        os.replace(staged, current)
    fsync_dir(data_dir)
    shutil.rmtree(staging, ignore_errors=True)
    marker_path.unlink(missing_ok=True)
    fsync_dir(data_dir)
    return True
