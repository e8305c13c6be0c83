"""A workspace is one data directory: the database, attachments, keys, backups and logs.

``Workspace.open(data_dir)`` is the single start-up path for the CLI, the GUI and the tests:
it checks the database, copies it aside and migrates it, and installs the shipped plan on first
start (by copying the new database made at build time, services/new_database.py, when there is
one). An everyday start needs no SQLAlchemy: the engine and the sessions are made the first
time they are used, and the settings, the programme and the municipality are read with sqlite3
(storage/quick_read.py), so the window shows before the ORM is imported.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import sqlite3
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from msu_desktop import APP_NAME, ORG_NAME
from msu_desktop.domain.municipality import Municipality
from msu_desktop.domain.plan import Plan, plan_from_dict
from msu_desktop.errors import UserError
from msu_desktop.services import clock, new_database, restore_journal, settings
from msu_desktop.storage import migrate, quick_read
from msu_desktop.storage.db import (
    DB_FILENAME,
    database_error,
    held_open,
    is_sqlalchemy_error,
    make_engine,
    make_session_factory,
    transaction,
)

if TYPE_CHECKING:  # SQLAlchemy is imported when a page or an action first needs the ORM
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DATA_DIR_ENV = "MSU_DATA_DIR"


def refuse_if_held_open(db_path: Path) -> None:
    """On Windows a file another program holds open without sharing cannot be opened; SQLite then
    says "unable to open database file", which must not be taken for a damaged database (the
    window would offer to restore a backup over good data). Nothing is changed."""
    if held_open(db_path):
        raise UserError(
            "The database {path} is in use by another program (often an antivirus scan or a "
            "backup tool). Nothing was changed. Wait a minute or close that program, then "
            "start MSU Desktop again.",
            path=str(db_path),
        )


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False))


def _forget_new_database(db_path: Path) -> None:
    """Remove a database this start created and could not finish (it holds nothing)."""
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
        try:
            has_data = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        has_data = False
    if has_data and db_path.stat().st_size > 0:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


@dataclass
class Workspace:
    data_dir: Path
    migrated_from_backup: Path | None = None
    _plan_cache: Plan | None = field(default=None, repr=False)
    # the demo's "as of" date (None: the real date); read once, forgotten when it is set
    _as_of_cache: list[dt.date | None] = field(default_factory=list, repr=False)
    _engine: Engine | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)
    _reader: quick_read.Reader | None = field(default=None, repr=False)

    # -- the database -----------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            self._engine = make_engine(self.db_path)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._sessions = make_session_factory(self.engine)
        return self._sessions

    @property
    def read(self) -> quick_read.Reader:
        """sqlite3 reads without the ORM: ``ws.read(sql, params)`` -> rows (quick_read.py)."""
        if self._reader is None:
            self._reader = quick_read.Reader(self.db_path)
        return self._reader

    def raw_setting(self, key: str) -> str | None:
        """A setting's stored text (None: unset), read with sqlite3 (services/settings.py)."""
        return settings.stored_text(self.read, key)

    # -- folders ---------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    # -- life cycle --------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | None = None, *, install_plan: bool = True) -> Workspace:
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                "Cannot create the data folder {path}: {detail}",
                path=str(data_dir),
                detail=exc.strerror or str(exc),
            ) from exc
        db_path = data_dir / DB_FILENAME
        try:
            restore_journal.finish_interrupted_restore(
                data_dir
            )  # a restore cut short by a power cut
        except OSError as exc:
            raise database_error(exc, db_path) from exc
        # An empty, foreign, newer, damaged, read-only or locked file is refused as it is:
        # nothing is ever created over it.
        if db_path.exists() and db_path.stat().st_size > 0:
            refuse_if_held_open(db_path)  # Windows: an antivirus or backup tool holds it
        migrate.check_database(db_path)
        new = not db_path.exists()
        ws = cls(data_dir=data_dir)
        try:
            if new and install_plan:  # the new database made at build time, when it is ours
                new_database.copy_into(db_path)
            if migrate.needs_upgrade(db_path):  # else no engine (nor SQLAlchemy) is needed
                ws.migrated_from_backup = migrate.upgrade(ws.engine, db_path, ws.backups_dir)
            if install_plan and not quick_read.has_active_plan(ws.read):
                ws.ensure_plan()
        except BaseException as exc:
            ws.close()
            if new:
                _forget_new_database(db_path)  # a first start cut short leaves no 0-byte file
            if isinstance(exc, (sqlite3.Error, OSError)) or is_sqlalchemy_error(exc):
                raise database_error(exc, db_path) from exc
            raise
        return ws

    def close(self) -> None:
        """Let the database file go (the engine's connections and the sqlite3 reader); used
        again, the workspace connects again."""
        if self._reader is not None:
            self._reader.close()
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        return self.sessions()

    def transaction(self) -> AbstractContextManager[Session]:
        """One unit of work: ``with ws.transaction() as s: ...`` commits or rolls back whole."""
        return transaction(self.sessions)

    # -- plan -------------------------------------------------------------------------------
    def ensure_plan(self) -> None:
        from msu_desktop.services import plan_service

        with self.transaction() as s:
            row = plan_service.install_shipped_plan(s)
            if row is not None:
                log.info("installed shipped plan %s v%s", row.plan_id, row.version)
        self._plan_cache = None

    def plan(self) -> Plan:
        """The programme the app works on: the one chosen (File → Programme, ``--plan``), else
        the one installed last."""
        if self._plan_cache is None:
            # what plan_service.active_plan(s, current_plan_id(s)) reads, with sqlite3
            chosen = settings.CURRENT_PLAN.get(self)
            doc = quick_read.active_plan_document(self.read, chosen) if chosen else None
            if doc is None:
                doc = quick_read.active_plan_document(self.read)
            if doc is None:
                raise UserError("No plan is installed.")
            plan = plan_from_dict(json.loads(doc))
            plan.documents.update(
                settings.stored_family(self.read, settings.PLAN_DOCUMENTS, plan.plan_id)
            )
            self._plan_cache = plan
        return self._plan_cache

    def programme_count(self) -> int:
        """How many programmes are installed (``len(plan_service.programmes(s))``), read with
        sqlite3: the window asks at start, before the ORM is loaded."""
        return quick_read.active_plan_count(self.read)

    def forget_plan(self) -> None:
        """Call after installing another plan version."""
        self._plan_cache = None

    def choose_plan(self, plan_id: str) -> None:
        """Work on another installed programme (reports, exports, the dashboard follow)."""
        from msu_desktop.services import plan_service

        with self.transaction() as s:
            plan_service.set_current_plan(s, plan_id)
        self._plan_cache = None

    # -- municipality & settings -----------------------------------------------------------
    def municipality(self) -> Municipality | None:
        row = quick_read.municipality(self.read)
        return None if row is None else Municipality(**row)

    def save_municipality(self, m: Municipality) -> None:
        from msu_desktop.domain.municipality import soate_problem

        problem = soate_problem(m.soate)
        if problem:
            raise UserError(problem, context="Municipality")
        if not (m.name_ky.strip() or m.name_ru.strip()):
            raise UserError("Enter the municipality's name.", context="Municipality")
        from sqlalchemy import select

        from msu_desktop.storage.models.core import MunicipalityRow

        with self.transaction() as s:
            row = s.scalars(select(MunicipalityRow)).first()
            if row is None:
                row = MunicipalityRow(id=1)
                s.add(row)
            for name in (
                "soate",
                "name_ky",
                "name_ru",
                "rayon",
                "oblast",
                "kind",
                "head_name",
                "secretary_name",
            ):
                setattr(row, name, getattr(m, name).strip())

    def today(self) -> dt.date:
        """Today for the user's work (see :mod:`msu_desktop.services.clock`): a demo data
        folder's "as of" date when it has one, else the computer's date. The setting is read
        once (not on every call: models ask per row); setting it goes through
        :meth:`setting_changed`."""
        if not self._as_of_cache:
            self._as_of_cache.append(settings.AS_OF.get(self))
        return self._as_of_cache[0] or clock.real_today()

    def setting_changed(self, key: str) -> None:
        """Forget what was cached from the setting ``key`` (called by every setting write)."""
        if key == settings.AS_OF.key:
            self._as_of_cache.clear()

    def setting(self, key: str, default: str | None = None) -> str:
        """A declared setting as text (see :mod:`msu_desktop.services.settings`, which typed
        code uses directly: ``settings.LANGUAGE.get(ws)``); ``default`` when it is unset."""
        return settings.text_or_default(key, self.raw_setting(key), default)

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as s:
            settings.write_text(s, key, value)
        self.setting_changed(key)

    def current_user(self) -> str:
        m = self.municipality()
        return self.user_named(m.secretary_name if m else "")

    @staticmethod
    def user_named(secretary_name: str) -> str:
        """Who history lines name: the secretary, else the computer's user name."""
        if secretary_name:
            return secretary_name
        try:
            return getpass.getuser()
        except Exception:
            return "user"
