"""Photos and documents of an object."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.errors import UserError
from msu_desktop.services import property_service as ps
from msu_desktop.services.workspace import Workspace


class FilesDialog(QDialog):
    """Photos (as thumbnails) and documents of an object; add from disk or a USB stick."""

    def __init__(self, ws: Workspace, object_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSize

        self.ws, self.object_id = ws, object_id
        self.setWindowTitle(self.tr("Photos and documents"))
        self.list = QListWidget(self)
        self.list.setObjectName("objectFiles")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(128, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemDoubleClicked.connect(self._open)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(lambda: self.add())  # not clicked(bool) as the path
        self.error = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.error)
        layout.addWidget(add)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        from PySide6.QtGui import QIcon, QPixmap
        from PySide6.QtWidgets import QStyle

        self.list.clear()
        for f in ps.object_files(self.ws, self.object_id):
            item = QListWidgetItem(f.name, self.list)
            pix = QPixmap(str(f.path)) if f.kind == "photo" else QPixmap()
            if not pix.isNull():
                item.setIcon(
                    QIcon(
                        pix.scaled(
                            128,
                            96,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                )
            else:
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            item.setData(Qt.ItemDataRole.UserRole, str(f.path))

    def add(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Photos and documents"), str(Path.home())
            )
        if not path:
            return
        try:
            ps.attach_file(self.ws, self.object_id, Path(path))
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.reload()

    def _open(self, item: Any) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))
