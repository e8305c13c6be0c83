"""The new database a first start copies: made once at build time (``tools/build.py``), with
the models' tables, the heads stamped and the shipped plan installed, exactly as a first start
without it makes them (the same code makes it: storage/migrate.py ``create_current`` and
``plan_service.install_shipped_plan``).

A first start copies it into the data folder atomically (a temporary file, then a rename) and
stamps the plan's installation with the time of the copy; it needs neither SQLAlchemy nor the
ORM, which were most of a first start. The copy is used only when its stamp (the schema heads
and the SHA-256 of the shipped plan file) is this app's; otherwise, or when it is missing (a
checkout never built), the first start builds the database as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path

from msu_desktop.assets import resource_path, shipped_plan_path
from msu_desktop.services import clock
from msu_desktop.storage import migrate
from msu_desktop.storage.db import DB_FILENAME
from msu_exchange.files import fsync_dir

log = logging.getLogger(__name__)

STAMP = "stamp.json"


def template_dir() -> Path:
    return resource_path("new-database")


def fingerprint() -> dict[str, object]:
    """What the copy must have been built from: the schema heads and the shipped plan file."""
    return {
        "heads": sorted(migrate.head_revisions()),
        "plan_sha256": hashlib.sha256(shipped_plan_path().read_bytes()).hexdigest(),
    }


def usable(folder: Path) -> bool:
    try:
        stamp = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp == fingerprint() and (folder / DB_FILENAME).is_file()


def copy_into(db_path: Path, folder: Path | None = None) -> bool:
    """Put the ready new database at ``db_path`` (which must not exist); False when there is no
    usable one (then nothing was written). The copy is whole or absent: it is made and stamped
    beside ``db_path`` under another name, synced, then renamed."""
    folder = folder or template_dir()
    if not usable(folder):
        log.info("no ready new database in %s: building one", folder)
        return False
    tmp = db_path.with_name(f".{db_path.name}.new")  # a power cut's leftover is made again
    try:
        _discard(tmp)
        shutil.copyfile(folder / DB_FILENAME, tmp)
        con = sqlite3.connect(str(tmp), isolation_level=None)
        try:  # the plan was installed now, as when it is installed at the first start
            now = clock.utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")  # as models.base.utcnow
            con.execute("UPDATE plan_version SET installed_at = ?", (now,))
        finally:
            con.close()  # the last connection: the WAL is written back and removed
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, db_path)
        fsync_dir(db_path.parent)
    finally:
        _discard(tmp)
    return True


def _discard(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(str(db) + suffix).unlink(missing_ok=True)


def build(folder: Path) -> Path:
    """Make the new database in ``folder`` the long way (as a first start without it does) and
    its stamp; the stamp is written last, so a build cut short leaves no usable copy."""
    from msu_desktop.services import plan_service
    from msu_desktop.storage.db import make_engine, make_session_factory, transaction

    folder.mkdir(parents=True, exist_ok=True)
    with suppress(OSError):
        (folder / STAMP).unlink()
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        db = Path(tmp) / DB_FILENAME
        engine = make_engine(db)
        try:
            migrate.create_current(engine)
            with transaction(make_session_factory(engine)) as session:
                plan_service.install_shipped_plan(session)
        finally:
            engine.dispose()
        con = sqlite3.connect(str(db))
        con.execute("VACUUM")
        con.close()
        os.replace(db, folder / DB_FILENAME)
    (folder / STAMP).write_text(json.dumps(fingerprint(), indent=1) + "\n", encoding="utf-8")
    return folder / DB_FILENAME
