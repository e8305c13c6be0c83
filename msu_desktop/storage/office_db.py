"""A unit of work on the database of a data folder, for the services that are given a folder
rather than a workspace (the outbox, the trust store): the database is brought to the current
schema first (created when there is none yet), exactly as a workspace opens it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from msu_desktop.storage import migrate
from msu_desktop.storage.db import DB_FILENAME, make_engine, make_session_factory, transaction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@contextmanager
def session(data_dir: Path) -> Iterator[Session]:
    """``with office_db.session(data_dir) as s: ...`` commits or rolls back whole."""
    data_dir = Path(data_dir)
    db = data_dir / DB_FILENAME
    if migrate.needs_upgrade(db):
        migrate.check_database(db)  # an empty, foreign or damaged file is refused as it is
        data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(db)
        try:
            migrate.upgrade(engine, db, data_dir / "backups")
        finally:
            engine.dispose()
    engine = make_engine(db)
    try:
        with transaction(make_session_factory(engine)) as s:
            yield s
    finally:
        engine.dispose()
