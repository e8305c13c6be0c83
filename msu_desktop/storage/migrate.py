"""Schema migrations at start-up: copy the database aside, then upgrade to every head.

Each area (reports, property, packages, ...) has its own branch of revisions off ``0001``; the
app upgrades to all heads. A database stamped with a revision this app does not know was made
by a newer version of the app and is refused, untouched.
"""

from __future__ import annotations

import ast
import os
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from msu_desktop import clock
from msu_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseForeign,
    DatabaseReadOnly,
    DatabaseTooNew,
)
from msu_desktop.storage.db import (
    SQLITE_HEADER,
    copy_database,
    database_error,
    error_kind,
    integrity_problems,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the migration files' assignments.

    Alembic itself (a third of a second to import) is only loaded when a database really needs
    upgrading; every ordinary start checks the stamp against this instead. A test keeps the
    two readings equal.
    """
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
        revision = values.get("revision")
        if not isinstance(revision, str):
            continue
        down = values.get("down_revision")
        downs = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
        graph[revision] = tuple(str(d) for d in downs)
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revisions() -> set[str]:
    graph = _revision_graph()
    below = {d for downs in graph.values() for d in downs}
    return set(graph) - below


# Tables that every MSU Desktop database has from its first revision on: a file without them
# belongs to another program.
APP_TABLES = frozenset({"alembic_version", "municipality", "setting", "plan_version"})


def stamped_revisions(db_path: Path) -> set[str]:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return set()
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
        try:
            has = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has:
                return set()
            return {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, db_path) from exc


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _read_only_view(db_path: Path) -> sqlite3.Connection:
    """A connection that reads a database where SQLite may not create its -shm file."""
    return sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True, timeout=1.0)


def check_database(db_path: Path, *, write_test: bool = True, require_app: bool = False) -> None:
    """Raise the :class:`UserError` that says what is wrong with ``db_path``, or return.

    Refused (and never touched): a 0-byte file, a file that is not SQLite, another program's
    SQLite database, a database from a newer app, a damaged one; with ``write_test``, one that
    cannot be written (read-only -- told apart from damaged) or is locked by another program.
    A missing file or an SQLite file without any table (a first start cut short) passes, unless
    ``require_app`` (a backup's database must be a whole MSU Desktop database)."""
    db_path = Path(db_path)
    try:
        if not db_path.exists():
            return
        if db_path.stat().st_size == 0:
            raise DatabaseEmpty(
                "The database {path} is empty (0 bytes): its content was lost, for example in a "
                "power cut or by an antivirus program. No new database was created over it. "
                "Restore the latest good backup.",
                path=str(db_path),
            )
        with open(db_path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise database_error(exc, db_path) from exc
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(
            "The file {path} is not a database (it may have been overwritten or damaged). "
            "Restore the latest good backup.",
            path=str(db_path),
        )
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
        try:
            tables = _tables(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if error_kind(exc, db_path) != "readonly":
            raise database_error(exc, db_path) from exc
        # A WAL database in a read-only place: read it as it is, to tell whether it is sound.
        _check_content(db_path, _read_only_view)
        raise database_error(exc, db_path) from exc
    if not tables and not require_app:
        return
    if not tables:
        raise DatabaseForeign(
            "The file {path} is not an MSU Desktop database: it belongs to another "
            "program. It was left as it is. Restore the office's data from the latest "
            "good backup.",
            path=str(db_path),
        )
    _check_content(db_path, lambda p: sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=1.0))
    if write_test:
        _write_test(db_path)


def _check_content(db_path: Path, connect: Callable[[Path], sqlite3.Connection]) -> None:
    try:
        con = connect(db_path)
        try:
            tables = _tables(con)
            if tables and not APP_TABLES.issubset(tables):
                raise DatabaseForeign(
                    "The file {path} is not an MSU Desktop database: it belongs to another "
                    "program. It was left as it is. Restore the office's data from the latest "
                    "good backup.",
                    path=str(db_path),
                )
            if tables:
                stamped = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
                unknown = stamped - known_revisions()
                if unknown:
                    raise DatabaseTooNew(
                        "This database was created by a newer version of MSU Desktop (schema "
                        "{revision}). Install the newer version; the database has not been "
                        "changed.",
                        revision=", ".join(sorted(unknown)),
                    )
            rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, db_path) from exc
    if rows != ["ok"]:
        database_error(sqlite3.DatabaseError("; ".join(rows[:3])), db_path)  # for the log
        raise DatabaseDamaged(
            "The database {path} is damaged and cannot be read. Restore it from the latest "
            "good backup.",
            path=str(db_path),
        )


def _write_test(db_path: Path) -> None:
    """Take the write lock and let it go: read-only and locked show here, nothing is written."""
    if not os.access(db_path.parent, os.W_OK) or not os.access(db_path, os.W_OK):
        raise DatabaseReadOnly(
            "The database {path} cannot be written: the folder, the drive or the file is "
            "read-only. It is not damaged. Allow writing there (or copy the data folder to a "
            "place where you can write) and start again; nothing was changed.",
            path=str(db_path),
        )
    try:
        con = sqlite3.connect(str(db_path), timeout=1.0, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, db_path) from exc


def check_not_newer(db_path: Path) -> None:
    """Refuse a database stamped by a newer app (the message says nothing was changed)."""
    unknown = stamped_revisions(db_path) - known_revisions()
    if unknown:
        raise DatabaseTooNew(
            "This database was created by a newer version of MSU Desktop (schema {revision}). "
            "Install the newer version; the database has not been changed.",
            revision=", ".join(sorted(unknown)),
        )


def needs_upgrade(db_path: Path) -> bool:
    return stamped_revisions(db_path) != head_revisions()


# The version table as Alembic creates it (alembic.runtime.migration), for a new database
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def _has_tables(db_path: Path) -> bool:
    if not db_path.exists():
        return False
    con = sqlite3.connect(str(db_path), timeout=5.0)
    try:
        return bool(_tables(con))
    finally:
        con.close()


def create_current(engine: Engine) -> None:
    """A new database at once at every head: the models' tables created and the heads stamped,
    in one transaction, without loading Alembic (its import and the migrations' run were half
    of a first start). The schema is the one the migrations build (a test compares them table
    by table); a database that has any table is migrated as before."""
    from msu_desktop.storage.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(_VERSION_TABLE)
        for head in sorted(head_revisions()):
            conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (head,))


def upgrade(engine: Engine, db_path: Path, backup_dir: Path) -> Path | None:
    """Bring the database to the current schema. Returns the pre-migration copy, if one was made."""
    check_not_newer(db_path)
    if not needs_upgrade(db_path):
        return None
    if not _has_tables(db_path):  # a new database (or a first start cut short: no table yet)
        create_current(engine)
        return None
    copy: Path | None = None
    if stamped_revisions(db_path):
        if integrity_problems(db_path):
            raise DatabaseDamaged(
                "The database {path} is damaged and cannot be read. Restore it from the latest "
                "good backup.",
                path=str(db_path),
            )
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_dir / f"pre-migration-{stamp}.sqlite"
        copy_database(db_path, copy)
    from alembic import command

    before = stamped_revisions(db_path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    _finish(db_path.parent, known_revisions() - _with_ancestors(before))
    return copy


def _with_ancestors(revisions: set[str]) -> set[str]:
    graph = _revision_graph()
    out: set[str] = set()
    todo = list(revisions)
    while todo:
        rev = todo.pop()
        if rev not in out:
            out.add(rev)
            todo.extend(graph.get(rev, ()))
    return out


def _finish(data_dir: Path, applied: set[str]) -> None:
    """What a revision does only once its upgrade has committed: its module's ``finish(data
    dir)`` (0004_delivery renames the files it imported to ``*.migrated``)."""
    import importlib.util

    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.stem not in applied:
            continue
        spec = importlib.util.spec_from_file_location(f"msu_migration_{path.stem}", path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        finish = getattr(module, "finish", None)
        if callable(finish):
            finish(data_dir)
