"""Schema migrations at start-up: copy the database aside, then upgrade to every head.

Each area (reports, property, packages, ...) has its own branch of revisions off ``0001``; the
app upgrades to all heads. A database stamped with a revision this app does not know was made
by a newer version of the app and is refused, untouched.
"""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from msu_desktop.errors import DatabaseDamaged, DatabaseTooNew
from msu_desktop.storage.db import copy_database, integrity_problems

if TYPE_CHECKING:
    from alembic.config import Config

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


def stamped_revisions(db_path: Path) -> set[str]:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return set()
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        has = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return set()
        return {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            "The database file is damaged and cannot be opened: {detail}", detail=str(exc)
        ) from exc
    finally:
        con.close()


def check_not_newer(db_path: Path) -> None:
    unknown = stamped_revisions(db_path) - known_revisions()
    if unknown:
        raise DatabaseTooNew(
            "This database was created by a newer version of MSU Desktop (schema {revision}). "
            "Install the newer version; the database has not been changed.",
            revision=", ".join(sorted(unknown)),
        )


def needs_upgrade(db_path: Path) -> bool:
    return stamped_revisions(db_path) != head_revisions()


def upgrade(engine: Engine, db_path: Path, backup_dir: Path) -> Path | None:
    """Bring the database to the current schema. Returns the pre-migration copy, if one was made."""
    check_not_newer(db_path)
    if not needs_upgrade(db_path):
        return None
    copy: Path | None = None
    if stamped_revisions(db_path):
        problems = integrity_problems(db_path)
        if problems:
            raise DatabaseDamaged(
                "The database file is damaged ({detail}). Restore it from a backup.",
                detail=problems[0],
            )
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_dir / f"pre-migration-{stamp}.sqlite"
        copy_database(db_path, copy)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return copy
