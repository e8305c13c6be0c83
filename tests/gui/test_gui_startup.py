"""Start-up with a damaged database: the app offers the latest good backup instead of crashing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from msu_desktop.domain.municipality import Municipality
from msu_desktop.gui import app as gui_app
from msu_desktop.services import backup
from msu_desktop.services.workspace import Workspace


def _damage(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    for i in range(4096, min(len(raw), 4096 * 8)):
        raw[i] = 0x5A
    db.write_bytes(bytes(raw))


def _prepare(data_dir: Path, with_backup: bool) -> None:
    ws = Workspace.open(data_dir)
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дары"))
    ws.close()
    if with_backup:
        backup.create_backup(data_dir, "daily")
    _damage(data_dir / "msu.sqlite")


def test_damaged_database_offers_and_restores_the_latest_backup(qapp, data_dir, monkeypatch):
    _prepare(data_dir, with_backup=True)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes),
    )
    ws = gui_app.open_workspace_interactively(data_dir)
    assert ws is not None
    try:
        assert ws.municipality().name_ru == "Дары"
    finally:
        ws.close()
    assert asked and backup.backup_label(backup.list_backups(data_dir)[-1]) in asked[0]


def test_damaged_database_without_backup_says_so(qapp, data_dir, monkeypatch):
    _prepare(data_dir, with_backup=False)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: shown.append(a[2])))
    assert gui_app.open_workspace_interactively(data_dir) is None
    assert shown and str(backup.backups_dir(data_dir)) in shown[0]
    assert (data_dir / "msu.sqlite").exists()  # nothing was replaced or emptied


def test_declining_the_restore_changes_nothing(qapp, data_dir, monkeypatch):
    _prepare(data_dir, with_backup=True)
    before = (data_dir / "msu.sqlite").read_bytes()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    assert gui_app.open_workspace_interactively(data_dir) is None
    assert (data_dir / "msu.sqlite").read_bytes() == before
