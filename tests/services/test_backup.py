"""Backups and restores on real files; interrupted restores with real killed processes."""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import DatabaseDamaged, StorageFull
from msu_desktop.services import backup
from msu_desktop.services.workspace import Workspace
from tests.conftest import ROOT, run_cli


def _profile(name: str) -> Municipality:
    return Municipality(soate="41705214812000", name_ky=name, name_ru=name)


def _name(data_dir: Path) -> str:
    con = sqlite3.connect(data_dir / "msu.sqlite")
    try:
        return con.execute("SELECT name_ru FROM municipality").fetchone()[0]
    finally:
        con.close()


def _damage(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 8)):
        raw[i] = 0x5A
    db.write_bytes(bytes(raw))


@pytest.fixture
def filled(data_dir: Path) -> Path:
    ws = Workspace.open(data_dir)
    ws.save_municipality(_profile("Before"))
    (ws.attachments_dir / "ab").mkdir(parents=True)
    (ws.attachments_dir / "ab" / "photo.jpg").write_bytes(b"\xff\xd8photo" * 100)
    ws.keys_dir.mkdir(parents=True)
    (ws.keys_dir / "municipality.key").write_bytes(b"TEST KEY, not a real one")
    ws.close()
    return data_dir


def test_backup_holds_database_attachments_and_keys(filled: Path) -> None:
    path = backup.create_backup(filled, "manual")
    info = backup.verify_backup(path)
    assert info.reason == "manual" and info.municipality.startswith("41705214812000")
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
    assert {
        "manifest.json",
        "msu.sqlite",
        "attachments/ab/photo.jpg",
        "keys/municipality.key",
    } <= names


def test_damaged_database_is_restored_from_the_latest_good_backup(filled: Path) -> None:
    good = backup.create_backup(filled, "daily")
    ws = Workspace.open(filled)
    ws.save_municipality(_profile("After the backup"))
    ws.close()
    _damage(filled / "msu.sqlite")
    with pytest.raises(DatabaseDamaged):
        Workspace.open(filled)
    assert backup.latest_good_backup(filled) == good
    aside = backup.restore(filled, good)
    ws = Workspace.open(filled)
    try:
        assert ws.municipality().name_ru == "Before"
        assert (ws.attachments_dir / "ab" / "photo.jpg").exists()
    finally:
        ws.close()
    assert (aside / "msu.sqlite").exists()  # the damaged file is kept aside, not deleted


def test_tampered_backup_is_refused_and_skipped(filled: Path) -> None:
    older = backup.create_backup(filled, "daily")
    time.sleep(1.1)
    newer = backup.create_backup(filled, "manual")
    raw = bytearray(newer.read_bytes())
    with zipfile.ZipFile(newer) as zf:
        info = zf.getinfo("keys/municipality.key")
    # flip one byte of the member's data (after the local header and its extra field)
    name_len = int.from_bytes(raw[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(raw[info.header_offset + 28 : info.header_offset + 30], "little")
    raw[info.header_offset + 30 + name_len + extra_len + 3] ^= 0xFF
    newer.write_bytes(bytes(raw))
    with pytest.raises(backup.BackupInvalid):
        backup.verify_backup(newer)
    assert backup.latest_good_backup(filled) == older


def test_not_a_backup(tmp_path: Path, filled: Path) -> None:
    fake = tmp_path / "msu-backup-20200101-000000-manual.zip"
    with zipfile.ZipFile(fake, "w") as zf:
        zf.writestr("manifest.json", '{"format": "something else"}')
    with pytest.raises(backup.BackupInvalid, match="not an MSU Desktop backup"):
        backup.verify_backup(fake)
    text = tmp_path / "x.zip"
    text.write_text("hello")
    with pytest.raises(backup.BackupInvalid):
        backup.verify_backup(text)


def test_automatic_backups_are_pruned_manual_ones_kept(filled: Path) -> None:
    folder = backup.backups_dir(filled)
    folder.mkdir(exist_ok=True)
    src = backup.create_backup(filled, "manual")
    for day in range(1, 15):
        (folder / f"msu-backup-202001{day:02d}-120000-daily.zip").write_bytes(src.read_bytes())
    removed = backup.prune(filled, keep=5)
    assert len(removed) == 9
    left = [p.name for p in backup.list_backups(filled)]
    assert src.name in left
    assert sum("-daily" in n for n in left) == 5


def test_daily_backup_once_a_day(filled: Path) -> None:
    assert backup.daily_backup(filled) is not None
    assert backup.daily_backup(filled) is None


def test_full_disk_during_backup_leaves_nothing(filled: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    real_write = os.write

    import msu_exchange.files as files_mod

    class Full:
        def __init__(self, fh):
            self.fh = fh
            self.n = 0

        def write(self, data):
            self.n += len(data)
            if self.n > 20_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    original = files_mod.atomic_writer

    from contextlib import contextmanager

    @contextmanager
    def full_writer(path):
        with original(path) as fh:
            yield Full(fh)

    monkeypatch.setattr("msu_exchange.safe_zip.atomic_writer", full_writer)
    big = filled / "attachments" / "ab" / "big.bin"
    big.write_bytes(os.urandom(200_000))
    with pytest.raises(StorageFull):
        backup.create_backup(filled, "manual", out)
    assert list(out.iterdir()) == []
    assert real_write is os.write


def test_cli_backup_and_restore(filled: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    result = run_cli("--data-dir", str(filled), "backup", "--out", str(usb))
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == usb and path.exists()
    ws = Workspace.open(filled)
    ws.save_municipality(_profile("Changed"))
    ws.close()
    result = run_cli("--data-dir", str(filled), "restore", str(path))
    assert result.returncode == 0, result.stderr
    assert _name(filled) == "Before"
    result = run_cli("--data-dir", str(filled), "check")
    assert result.returncode == 0


@pytest.mark.parametrize("point", ["restore:staged", "restore:marked", "restore:moving"])
def test_restore_killed_at_each_step_leaves_old_or_new_data(filled: Path, point: str) -> None:
    path = backup.create_backup(filled, "manual")
    ws = Workspace.open(filled)
    ws.save_municipality(_profile("Newer data"))
    ws.close()
    env = dict(os.environ, MSU_TEST_CRASH_AT=point)
    result = run_cli("--data-dir", str(filled), "restore", str(path), env=env)
    assert result.returncode == -signal.SIGKILL
    ws = Workspace.open(filled)  # finishes an interrupted restore
    try:
        name = ws.municipality().name_ru
    finally:
        ws.close()
    assert name == ("Newer data" if point == "restore:staged" else "Before")
    assert not (filled / backup.MARKER).exists()


def test_restore_killed_at_random_moments(filled: Path) -> None:
    path = backup.create_backup(filled, "manual")
    iterations = int(os.environ.get("MSU_FAULT_ITERATIONS", "6"))
    rng = random.Random(7)
    for _ in range(iterations):
        ws = Workspace.open(filled)
        ws.save_municipality(_profile("Newer data"))
        ws.close()
        proc = subprocess.Popen(
            [sys.executable, "-m", "msu_desktop", "--data-dir", str(filled), "restore", str(path)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 1.2))
        proc.kill()
        proc.wait()
        ws = Workspace.open(filled)
        try:
            assert ws.municipality().name_ru in ("Newer data", "Before")
        finally:
            ws.close()
        con = sqlite3.connect(filled / "msu.sqlite")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
