"""The main window: a sidebar of pages (plan, reports, property, packages, ...) and the menus."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from msu_desktop import APP_NAME, __version__
from msu_desktop.gui.pages import page_specs
from msu_desktop.i18n import LANGUAGES
from msu_desktop.services.workspace import Workspace


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ws: Workspace, lang: str) -> None:
        super().__init__()
        self.ws, self.lang = ws, lang
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.resize(1200, 780)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for spec in page_specs():
            page = spec.factory(ws, lang, self)
            page.setObjectName(page.objectName() or f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(spec.title(), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.sidebar.currentRowChanged.connect(self._on_page)
        self.sidebar.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self._update_status()

    # -- pages ---------------------------------------------------------------------------
    def _on_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_page(self, key: str) -> QWidget:
        keys = list(self.pages)
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.municipality_action = QAction(self.tr("&Municipality…"), self)
        self.municipality_action.triggered.connect(self.edit_municipality)
        file_menu.addAction(self.municipality_action)
        lang_menu = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        names = {"ky": "Кыргызча", "ru": "Русский"}
        for code in LANGUAGES:
            act = QAction(names[code], self, checkable=True)
            act.setObjectName(f"lang_{code}")
            act.setChecked(code == self.lang)
            act.triggered.connect(lambda _c=False, c=code: self.language_change_requested.emit(c))
            group.addAction(act)
            lang_menu.addAction(act)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def edit_municipality(self) -> None:
        from msu_desktop.gui.municipality_dialog import MunicipalityDialog

        if MunicipalityDialog(self.ws, self).exec():
            self.setWindowTitle(self._title())
            self._update_status()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            APP_NAME,
            self.tr(
                "MSU Desktop {version}\nReports on the Local Self-Government Development "
                "Programme and the municipal property register.\nData folder: {path}"
            ).format(version=__version__, path=self.ws.data_dir),
        )

    def _title(self) -> str:
        m = self.ws.municipality()
        return f"{APP_NAME} — {m.name(self.lang)}" if m else APP_NAME

    def _update_status(self) -> None:
        plan = self.ws.plan()
        self.status_label.setText(
            self.tr("Plan {plan} v{version}").format(plan=plan.plan_id, version=plan.version)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings(str(self.ws.data_dir / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("page", self.current_page_key())
        super().closeEvent(event)

    def restore_state(self) -> None:
        settings = QSettings(str(self.ws.data_dir / "window.ini"), QSettings.Format.IniFormat)
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        page = settings.value("page")
        if isinstance(page, str) and page in self.pages:
            self.show_page(page)
