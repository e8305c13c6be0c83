"""Saving a file the way people expect: the dialog opens in the last folder used (else the
user's Documents folder) with a name in the user's language, and the saved file is confirmed
with a button that opens its folder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from msu_desktop.services.workspace import Workspace

LAST_FOLDER = "gui.last_save_folder"
_BAD = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str) -> str:
    """``name`` with the characters Windows refuses in file names replaced."""
    return _BAD.sub("_", name).strip(" .") or "file"


def start_folder(ws: Workspace) -> Path:
    last = ws.setting(LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def save_file_name(
    parent: QWidget, ws: Workspace, title: str, default_name: str, file_filter: str
) -> Path | None:
    """Ask where to save; remember the folder chosen for next time."""
    start = start_folder(ws) / safe_file_name(default_name)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    ws.set_setting(LAST_FOLDER, str(path.parent))
    return path


def confirm_saved(parent: QWidget, title: str, path: Path) -> QMessageBox:
    """Say the file was saved and where; "Open folder" shows it in the file manager."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate("SaveDialogs", "Saved: {name}\nFolder: {folder}").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("savedMessage")
    open_btn = box.addButton(
        QCoreApplication.translate("SaveDialogs", "Open &folder"), QMessageBox.ButtonRole.ActionRole
    )
    open_btn.setObjectName("openFolderButton")
    box.exec()
    if box.clickedButton() is open_btn:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return box
