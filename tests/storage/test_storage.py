"""The database: migrations on real SQLite files, backups before migrating, refusal of newer ones."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from msu_desktop.errors import DatabaseDamaged, DatabaseTooNew, UserError
from msu_desktop.services import new_database
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage import migrate
from msu_desktop.storage.db import make_engine
from msu_desktop.storage.models import Base


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_at_every_head_with_wal_and_foreign_keys(ws: Workspace) -> None:
    assert migrate.stamped_revisions(ws.db_path) == migrate.head_revisions()
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _migrated(db: Path, revision: str = "heads") -> Path:
    """A database built the long way: every migration run by Alembic."""
    engine = make_engine(db)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    return db


def test_models_match_the_migrations(tmp_path: Path) -> None:
    engine = make_engine(_migrated(tmp_path / "migrated.sqlite"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def _schema(db: Path) -> dict[str, object]:
    """Every table's columns, indexes, foreign keys, CHECKs and rows, the triggers and views,
    and the stamp, as SQLite says."""
    con = sqlite3.connect(db)
    out: dict[str, object] = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        indexes = {
            row[1]: (row[2], con.execute(f"PRAGMA index_info('{row[1]}')").fetchall())
            for row in con.execute(f"PRAGMA index_list('{name}')")
        }
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()[0]
        checks = sorted(
            part.split("CHECK", 1)[1].strip() for part in sql.split(",") if "CHECK" in part
        )
        out[name] = (
            con.execute(f"PRAGMA table_info('{name}')").fetchall(),
            indexes,
            sorted(r[2:] + r[1:2] for r in con.execute(f"PRAGMA foreign_key_list('{name}')")),
            checks,
            # a migration that writes rows must write them in a new database too
            con.execute(f"SELECT * FROM '{name}' ORDER BY 1").fetchall(),
        )
    out["triggers and views"] = sorted(
        con.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
    )
    out["stamp"] = sorted(con.execute("SELECT version_num FROM alembic_version").fetchall())
    con.close()
    return out


def test_a_new_database_has_the_schema_the_migrations_build(tmp_path: Path) -> None:
    """A first start creates the models' tables and stamps the heads without running the
    migrations (Alembic's import and run were half of it): the same tables, columns, indexes,
    keys, rows, triggers, views and stamp as every migration run one after the other."""
    engine = make_engine(tmp_path / "new.sqlite")
    migrate.create_current(engine)
    engine.dispose()
    assert _schema(tmp_path / "new.sqlite") == _schema(_migrated(tmp_path / "migrated.sqlite"))
    # and a first start takes that way: the workspace's new database is at every head
    ws = Workspace.open(tmp_path / "data")
    try:
        assert _schema(ws.db_path)["stamp"] == _schema(tmp_path / "new.sqlite")["stamp"]
    finally:
        ws.close()


def test_shipped_plan_is_loaded_on_first_start(ws: Workspace) -> None:
    plan = ws.plan()
    assert plan.plan_id == "lsg-2018-2023"
    assert len(plan.measures) == 23
    con = sqlite3.connect(ws.db_path)
    assert con.execute("SELECT count(*) FROM measure").fetchone()[0] == 23
    con.close()


def test_reopening_does_not_install_the_plan_twice(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    Workspace.open(data_dir).close()
    con = sqlite3.connect(data_dir / "msu.sqlite")
    assert con.execute("SELECT count(*) FROM plan_version").fetchone()[0] == 1
    con.close()


def test_database_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    db = data_dir / "msu.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future' WHERE rowid=1")
    con.commit()
    con.close()
    before = _sha(db)
    with pytest.raises(DatabaseTooNew) as info:
        Workspace.open(data_dir)
    assert "9999_from_the_future" in str(info.value)
    assert _sha(db) == before


def test_an_old_database_is_copied_aside_before_migrating(data_dir: Path) -> None:
    db = _migrated(data_dir / "msu.sqlite", "0001")
    if migrate.head_revisions() == {"0001"}:
        pytest.skip("only one schema revision exists so far: nothing to migrate from")
    ws = Workspace.open(data_dir)
    try:
        assert ws.migrated_from_backup is not None and ws.migrated_from_backup.exists()
        con = sqlite3.connect(ws.migrated_from_backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        con.close()
        assert migrate.stamped_revisions(db) == migrate.head_revisions()
    finally:
        ws.close()


def test_a_damaged_database_is_reported_not_overwritten(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    db = data_dir / "msu.sqlite"
    raw = bytearray(db.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 6)):
        raw[i] = 0xA5
    db.write_bytes(bytes(raw))
    before = _sha(db)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(data_dir)
    assert _sha(db) == before


def test_not_a_database_at_all(data_dir: Path) -> None:
    (data_dir / "msu.sqlite").write_bytes(b"this is a text file, not SQLite" * 200)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(data_dir)


def test_revisions_read_without_alembic_agree_with_alembic() -> None:
    """Start-up reads the revision graph from the migration files (Alembic is loaded only for
    an upgrade); this keeps that reading equal to Alembic's own."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
    assert migrate.head_revisions() == set(script.get_heads())


def test_an_ordinary_start_does_not_load_alembic_or_jsonschema(tmp_path) -> None:
    """Both are needed only to migrate a database or check a data file: an ordinary start
    skips their import time."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom pathlib import Path\n"
        "from msu_desktop.services.workspace import Workspace\n"
        "Workspace.open(Path(sys.argv[1])).close()\n"  # creates (without Alembic)
        "assert not any(m.startswith('alembic') for m in sys.modules)\n"
        "heavy = ('alembic', 'jsonschema')\n"
        "for m in [m for m in sys.modules if m.startswith(heavy)]: del sys.modules[m]\n"
        "Workspace.open(Path(sys.argv[1])).close()\n"  # an ordinary start
        "print(any(m.startswith(heavy) for m in sys.modules))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


# -- the new database made at build time (services/new_database.py) ---------------------------


def _without_install_time(db: Path, tmp: Path) -> dict[str, object]:
    """``_schema`` of a copy of ``db`` with the plan's installation time left out (the one thing
    that differs between two first starts)."""
    copy = tmp / f"{db.parent.name}-{db.name}"
    src = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)  # nothing written beside it
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.execute("UPDATE plan_version SET installed_at = ''")
    dst.commit()
    dst.close()
    return _schema(copy)


def _long_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A first start with no new database to copy: built by create_current and ensure_plan."""
    with monkeypatch.context() as m:
        m.setattr(new_database, "template_dir", lambda: tmp_path / "no such folder")
        Workspace.open(tmp_path / "long").close()
    return tmp_path / "long" / "msu.sqlite"


def test_the_shipped_new_database_is_what_a_first_start_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy `dev.py build` makes (resources/new-database) has this checkout's stamp and the
    same schema, stamp and rows (the shipped plan) as a database built the long way."""
    folder = new_database.template_dir()
    assert new_database.usable(folder), "run tools/build.py: the new database is missing or stale"
    shipped = folder / "msu.sqlite"
    assert _without_install_time(shipped, tmp_path) == _without_install_time(
        _long_way(tmp_path, monkeypatch), tmp_path
    )
    con = sqlite3.connect(f"file:{shipped}?mode=ro&immutable=1", uri=True)
    assert con.execute("SELECT count(*) FROM measure").fetchone()[0] == 23
    con.close()


def test_a_first_start_copies_the_new_database_without_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "made"
    new_database.build(folder)
    monkeypatch.setattr(new_database, "template_dir", lambda: folder)

    def not_built(*_: object) -> None:
        raise AssertionError("a first start with a new database to copy builds nothing")

    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with monkeypatch.context() as m:
        m.setattr(migrate, "create_current", not_built)
        m.setattr(Workspace, "ensure_plan", not_built)
        ws = Workspace.open(tmp_path / "data")
    try:
        assert ws.plan().plan_id == "lsg-2018-2023"
        assert migrate.stamped_revisions(ws.db_path) == migrate.head_revisions()
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            installed = conn.exec_driver_sql("SELECT installed_at FROM plan_version").scalar()
    finally:
        ws.close()
    # installed now, not when the copy was made
    assert before <= dt.datetime.fromisoformat(installed) <= before + dt.timedelta(minutes=5)
    assert sorted(p.name for p in ws.data_dir.iterdir()) == ["msu.sqlite"]
    assert _without_install_time(ws.db_path, tmp_path) == _without_install_time(
        _long_way(tmp_path, monkeypatch), tmp_path
    )


def test_a_stale_new_database_is_not_copied(tmp_path: Path) -> None:
    """Made for another plan file (or another schema): the first start builds its own."""
    folder = tmp_path / "made"
    new_database.build(folder)
    con = sqlite3.connect(folder / "msu.sqlite")
    con.execute("INSERT INTO setting (key, value) VALUES ('stale.marker', 'x')")
    con.commit()
    con.close()
    stamp = json.loads((folder / "stamp.json").read_text(encoding="utf-8"))
    for key, value in (("plan_sha256", "0" * 64), ("heads", ["0001"])):
        (folder / "stamp.json").write_text(json.dumps({**stamp, key: value}), encoding="utf-8")
        assert not new_database.copy_into(tmp_path / f"{key}.sqlite", folder)
        assert not (tmp_path / f"{key}.sqlite").exists()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(new_database, "template_dir", lambda: folder)
        ws = Workspace.open(tmp_path / "data")
    try:
        assert ws.raw_setting("stale.marker") is None
        assert ws.plan().plan_id == "lsg-2018-2023"
        assert migrate.stamped_revisions(ws.db_path) == migrate.head_revisions()
    finally:
        ws.close()


def test_without_the_plan_the_new_database_is_not_copied(data_dir: Path) -> None:
    ws = Workspace.open(data_dir, install_plan=False)
    try:
        assert ws.programme_count() == 0
        assert migrate.stamped_revisions(ws.db_path) == migrate.head_revisions()
    finally:
        ws.close()


def test_a_copy_cut_short_leaves_nothing_and_the_next_start_works(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(new_database.os, "replace", disk_full)
        with pytest.raises(UserError):
            Workspace.open(data_dir)
    assert list(data_dir.iterdir()) == []
    (data_dir / ".msu.sqlite.new").write_bytes(b"half a copy, left by a power cut")
    ws = Workspace.open(data_dir)
    try:
        assert ws.plan().plan_id == "lsg-2018-2023"
    finally:
        ws.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["msu.sqlite"]
