"""Hostile restores and start-ups (issue 11, class 1): nothing puts the office's data aside.

Every backup here has correct hashes, so only the checks of what is inside can refuse it. After
each refusal the data folder (every file's hash and a full dump of the database) is compared
with how it was before. Restores run as real ``msu-desktop`` processes in Kyrgyz.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseForeign,
    DatabaseLocked,
    DatabaseReadOnly,
    StorageFull,
    UserError,
)
from msu_desktop.services import backup
from msu_desktop.services.workspace import Workspace
from msu_exchange.safe_zip import write_archive
from tests.conftest import run_cli
from tests.gui.dialogs import expect
from tests.gui.user import press_box
from tests.hostile import Tally, english_library_text, report_tally, snapshot

SOATE = "41705214812000"
OTHER_SOATE = "41704220000000"


@pytest.fixture(scope="module")
def tally(request: pytest.FixtureRequest):
    t = Tally("restore and start-up")
    yield t
    report_tally(request, t)


@pytest.fixture
def office(data_dir: Path) -> Path:
    """An office's data folder with its profile, a photo, a key and a good backup."""
    ws = Workspace.open(data_dir)
    ws.save_municipality(Municipality(soate=SOATE, name_ky="Дары", name_ru="Дары"))
    (ws.attachments_dir / "ab").mkdir(parents=True)
    (ws.attachments_dir / "ab" / "photo.jpg").write_bytes(b"\xff\xd8photo" * 100)
    ws.close()
    backup.create_backup(data_dir, "daily")
    return data_dir


def _forge(db_file: Path, out: Path, municipality: str = "") -> Path:
    """A backup zip around any file, with a correct manifest and correct hashes."""
    data = db_file.read_bytes()
    manifest = {
        "format": backup.FORMAT,
        "format_version": backup.FORMAT_VERSION,
        "created": "2026-11-30T10:00:00",
        "reason": "manual",
        "app_version": "0.1",
        "municipality": municipality,
        "files": {"msu.sqlite": {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    write_archive(
        out, [(backup.MANIFEST, json.dumps(manifest).encode("utf-8")), ("msu.sqlite", db_file)]
    )
    return out


def _browser_history(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    con.execute("INSERT INTO moz_places (url, title) VALUES ('https://example.org', 'Example')")
    con.commit()
    con.close()
    return path


def _copy_of_office_db(office: Path, path: Path, sql: str = "") -> Path:
    src = sqlite3.connect(office / "msu.sqlite")
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    if sql:
        dst.executescript(sql)
        dst.commit()
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.close()
    return path


def _hostile_backups(office: Path, tmp: Path) -> dict[str, Path]:
    tmp.mkdir(parents=True, exist_ok=True)
    empty_sqlite = tmp / "empty.sqlite"
    sqlite3.connect(empty_sqlite).execute("CREATE TABLE t(x)").connection.close()
    no_tables = tmp / "no-tables.sqlite"
    con = sqlite3.connect(no_tables)
    con.execute("CREATE TABLE t(x)")
    con.execute("DROP TABLE t")
    con.close()
    zero = tmp / "zero.sqlite"
    zero.write_bytes(b"")
    text = tmp / "text.sqlite"
    text.write_bytes("бул маалымат базасы эмес".encode() * 100)
    damaged = _copy_of_office_db(office, tmp / "damaged.sqlite")
    raw = bytearray(damaged.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 6)):
        raw[i] = 0xA5
    damaged.write_bytes(bytes(raw))
    newer = _copy_of_office_db(
        office,
        tmp / "newer.sqlite",
        "UPDATE alembic_version SET version_num='9999_future' WHERE rowid=1;",
    )
    return {
        "browser history": _forge(_browser_history(tmp / "places.sqlite"), tmp / "b1.zip"),
        "foreign tables only": _forge(empty_sqlite, tmp / "b2.zip"),
        "sqlite without tables": _forge(no_tables, tmp / "b3.zip"),
        "0-byte database": _forge(zero, tmp / "b4.zip"),
        "text as database": _forge(text, tmp / "b5.zip"),
        "damaged database": _forge(damaged, tmp / "b6.zip"),
        "newer app's database": _forge(newer, tmp / "b7.zip", f"{SOATE} Дары"),
    }


def test_hostile_backups_are_refused_before_anything_moves(
    office: Path, tmp_path: Path, tally: Tally
) -> None:
    for kind, path in _hostile_backups(office, tmp_path / "hostile").items():
        before = snapshot(office)
        result = run_cli("--lang", "ky", "--data-dir", str(office), "restore", str(path))
        after = snapshot(office)
        refused = result.returncode == 2 and bool(result.stderr.strip())
        tally.record(kind, refused=refused, unchanged=after == before)
        assert refused, (kind, result.returncode, result.stdout, result.stderr)
        assert after == before, kind
        assert not list(office.glob("replaced-*")), kind
        assert "Traceback" not in result.stderr, kind
        assert english_library_text(result.stderr) == [], (kind, result.stderr)
        # the office's folder still opens with its own data
        ws = Workspace.open(office)
        try:
            assert ws.municipality().soate == SOATE
        finally:
            ws.close()


def test_a_newer_backup_is_refused_with_the_reason(office: Path, tmp_path: Path) -> None:
    path = _hostile_backups(office, tmp_path / "h")["newer app's database"]
    with pytest.raises(backup.BackupInvalid) as info:
        backup.restore(office, path)
    assert "9999_future" in str(info.value) and "newer version" in str(info.value)


def test_another_municipalitys_backup_needs_the_flag(
    office: Path, tmp_path: Path, tally: Tally
) -> None:
    other = tmp_path / "other"
    ws = Workspace.open(other)
    ws.save_municipality(Municipality(soate=OTHER_SOATE, name_ky="Башка", name_ru="Другой"))
    ws.close()
    path = backup.create_backup(other, "manual", tmp_path / "usb")
    before = snapshot(office)
    result = run_cli("--lang", "ru", "--data-dir", str(office), "restore", str(path))
    tally.record("another municipality", refused=result.returncode == 2, unchanged=True)
    assert result.returncode == 2, result.stdout
    assert OTHER_SOATE in result.stderr and "--other-municipality" in result.stderr
    assert snapshot(office) == before
    result = run_cli(
        "--lang", "ru", "--data-dir", str(office), "restore", str(path), "--other-municipality"
    )
    assert result.returncode == 0, result.stderr
    aside = list(office.glob("replaced-*"))
    assert len(aside) == 1 and str(aside[0]) in result.stdout  # the swap is reported
    ws = Workspace.open(office)
    try:
        assert ws.municipality().soate == OTHER_SOATE
    finally:
        ws.close()
    # the office's own database is kept whole in replaced-*
    con = sqlite3.connect(aside[0] / "msu.sqlite")
    assert con.execute("SELECT soate FROM municipality").fetchone()[0] == SOATE
    con.close()


def test_a_failure_after_the_swap_puts_the_old_data_back_byte_for_byte(
    office: Path, monkeypatch: pytest.MonkeyPatch, tally: Tally
) -> None:
    good = backup.list_backups(office)[0]
    before = snapshot(office)

    def full(_data_dir: Path) -> None:
        raise StorageFull(
            "There is not enough free space on {path}. Free some space or choose another drive; "
            "nothing was changed.",
            path=str(office),
        )

    monkeypatch.setattr(backup, "_open_restored", full)
    with pytest.raises(UserError) as info:
        backup.restore(office, good)
    after = snapshot(office)
    tally.record("failure after the swap", refused=True, unchanged=after == before)
    assert "put back" in str(info.value)
    assert after == before
    assert not list(office.glob("replaced-*")) and not list(office.glob(".restore*"))


@pytest.mark.slow  # 25 generated backups, each restored
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mangled_backups_never_change_the_data(
    office: Path, tmp_path: Path, tally: Tally, data: st.DataObject
) -> None:
    good = backup.list_backups(office)[0]
    raw = bytearray(good.read_bytes())
    how = data.draw(st.sampled_from(["flip", "truncate", "append"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            i = data.draw(st.integers(0, len(raw) - 1))
            raw[i] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        raw += data.draw(st.binary(min_size=1, max_size=64))
    path = tmp_path / "usb" / "msu-backup-20261130-100000-manual.zip"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(bytes(raw))
    before = snapshot(office)
    try:
        backup.restore(office, path)
    except UserError as exc:
        after = snapshot(office)
        tally.record(f"mangled ({how})", refused=True, unchanged=after == before)
        assert after == before
        assert str(exc)
        return
    # a change the zip format ignores (e.g. in a comment) may leave a whole, good backup: it is
    # restored, as it should be, and not counted as a hostile input
    for aside in office.glob("replaced-*"):
        shutil.rmtree(aside)


# -- start-up --------------------------------------------------------------------------------
def _emptied(office: Path) -> None:
    for extra in ("-wal", "-shm"):
        (office / f"msu.sqlite{extra}").unlink(missing_ok=True)
    (office / "msu.sqlite").write_bytes(b"")


def _foreign(office: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        (office / f"msu.sqlite{extra}").unlink(missing_ok=True)
    _browser_history(office / "msu.sqlite")


@pytest.mark.parametrize(
    ("make", "error"),
    [(_emptied, DatabaseEmpty), (_foreign, DatabaseForeign)],
    ids=["0-byte", "foreign"],
)
def test_an_empty_or_foreign_database_at_start_is_never_created_over(
    office: Path, make, error, tally: Tally
) -> None:
    make(office)
    before = snapshot(office)
    with pytest.raises(error):
        Workspace.open(office)
    result = run_cli("--lang", "ky", "--data-dir", str(office), "plan", "show")
    assert result.returncode == 2 and result.stdout == ""
    latest = backup.latest_good_backup(office)
    assert latest is not None and str(latest) in result.stderr  # the backup is offered
    assert english_library_text(result.stderr) == [], result.stderr
    check = run_cli("--lang", "ru", "--data-dir", str(office), "check")
    assert check.returncode == 1 and str(latest) in check.stdout
    after = snapshot(office)
    tally.record(make.__name__, refused=True, unchanged=after == before)
    assert after == before
    # and restoring the offered backup brings the office's data back
    result = run_cli("--data-dir", str(office), "restore", str(latest))
    assert result.returncode == 0, result.stderr
    ws = Workspace.open(office)
    try:
        assert ws.municipality().soate == SOATE
    finally:
        ws.close()


def test_a_locked_database_is_called_locked_not_damaged(office: Path, tally: Tally) -> None:
    # another program (a real process) holds the write lock
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(office / "msu.sqlite"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = snapshot(office)
        with pytest.raises(DatabaseLocked):
            Workspace.open(office)
        result = run_cli("--lang", "ky", "--data-dir", str(office), "check")
        opened = run_cli("--lang", "ru", "--data-dir", str(office), "plan", "show")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    after = snapshot(office)
    tally.record("locked", refused=result.returncode == 1, unchanged=after == before)
    assert result.returncode == 1
    assert english_library_text(result.stdout) == [], result.stdout
    assert opened.returncode == 2 and "другой программой" in opened.stderr
    assert "поврежд" not in opened.stderr and "осстановите" not in opened.stderr
    assert after == before


@pytest.fixture
def read_only_office(tmp_path: Path):
    """A sound data folder on a read-only drive (a real read-only mount when run as root)."""
    root = tmp_path / "ro"
    root.mkdir()
    mounted = False
    if os.geteuid() == 0 and shutil.which("mount"):
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(root)],
                capture_output=True,
            ).returncode
            == 0
        )
    data = root / "data"
    ws = Workspace.open(data)
    ws.save_municipality(Municipality(soate=SOATE, name_ky="Дары", name_ru="Дары"))
    ws.close()
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(root)], check=True)
    elif os.geteuid() == 0:
        pytest.skip("running as root without mount: a read-only folder cannot be made")
    else:
        for path in (data / "msu.sqlite", data):
            path.chmod(0o555)
    try:
        yield data
    finally:
        if mounted:
            subprocess.run(["umount", str(root)], check=False)
        else:
            data.chmod(0o755)


def test_a_read_only_sound_database_is_not_called_damaged(
    read_only_office: Path, tally: Tally
) -> None:
    before = snapshot(read_only_office)
    with pytest.raises(DatabaseReadOnly) as info:
        Workspace.open(read_only_office)
    assert not isinstance(info.value, DatabaseDamaged)
    assert "not damaged" in str(info.value)
    result = run_cli("--lang", "ky", "--data-dir", str(read_only_office), "check")
    assert result.returncode == 1
    assert english_library_text(result.stdout) == [], result.stdout
    ru = run_cli("--lang", "ru", "--data-dir", str(read_only_office), "plan", "show")
    assert ru.returncode == 2 and "только для чтения" in ru.stderr
    assert "не повреждена" in ru.stderr and "резервн" not in ru.stderr  # no advice to restore
    tally.record("read-only", refused=True, unchanged=snapshot(read_only_office) == before)
    assert snapshot(read_only_office) == before


def test_the_app_offers_the_latest_backup_for_a_0_byte_database(
    qapp, office: Path, tally: Tally
) -> None:
    from msu_desktop.gui import app as gui_app

    _emptied(office)
    before = snapshot(office)
    with expect(press_box(QMessageBox.StandardButton.No)) as seen:
        assert gui_app.open_workspace_interactively(office) is None
    assert "0" in seen.text and backup.backup_label(backup.list_backups(office)[0]) in seen.text
    assert snapshot(office) == before  # declined: nothing was created over the empty file
    with expect(press_box(QMessageBox.StandardButton.Yes)):
        ws = gui_app.open_workspace_interactively(office)
    tally.record("0-byte database (window)", refused=True, unchanged=True)
    assert ws is not None
    try:
        assert ws.municipality().soate == SOATE
    finally:
        ws.close()


def test_the_window_asks_before_restoring_another_municipalitys_backup(
    qtbot, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tally: Tally
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from msu_desktop.gui.main_window import MainWindow

    other = tmp_path / "other"
    ows = Workspace.open(other)
    ows.save_municipality(Municipality(soate=OTHER_SOATE, name_ky="Башка", name_ru="Другой"))
    ows.close()
    path = backup.create_backup(other, "manual", tmp_path / "usb")
    ws = Workspace.open(office)
    win = MainWindow(ws, "ru")
    qtbot.addWidget(win)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    before = snapshot(office)
    # "replace the current data?" -> Yes; "another municipality's data, restore anyway?" -> No
    replace = expect(
        press_box(QMessageBox.StandardButton.Yes), when=lambda box: OTHER_SOATE not in box.text()
    )
    other_one = expect(
        press_box(QMessageBox.StandardButton.No), when=lambda box: OTHER_SOATE in box.text()
    )
    win.restore_action.trigger()
    replace.wait()
    other_one.wait()
    ws.close()
    after = snapshot(office)
    tally.record("another municipality (window)", refused=True, unchanged=after == before)
    assert after == before and not list(office.glob("replaced-*"))
