"""The main window: a sidebar of pages (plan, reports, property, packages, ...) and the menus.

A little over 500 lines: the menus' actions (backup, restore, import a plan or a reply, the
municipality, the language, help) are each a few lines over the services and live with the
window that owns them; the pages themselves are in their own modules (gui/pages.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from msu_desktop import APP_NAME, __version__
from msu_desktop.errors import UserError
from msu_desktop.gui.fit import ElidedLabel
from msu_desktop.gui.pages import PageSpec, page_specs
from msu_desktop.i18n import LANGUAGES
from msu_desktop.services.workspace import Workspace
from msu_exchange.progress import Cancel, Progress


class Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built on first use (``window.pages["reports"]``)."""

    def __init__(self, window: MainWindow, specs: list[PageSpec]) -> None:
        self._window = window
        self._specs = specs
        self.keys_in_order = [spec.key for spec in specs]
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in self.keys_in_order:
                raise KeyError(key)
            index = self.keys_in_order.index(key)
            self._built[key] = self._window._build_page(index, self._specs[index])
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_in_order)

    def __len__(self) -> int:
        return len(self.keys_in_order)

    def __contains__(self, key: object) -> bool:
        return key in self.keys_in_order

    def built(self) -> list[QWidget]:
        return list(self._built.values())


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    reload_requested = Signal()  # the data changed under every page (plan import, restore)

    def __init__(self, ws: Workspace, lang: str) -> None:
        super().__init__()
        self.ws, self.lang = ws, lang
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        # Pages are built the first time they are shown (or asked for): the window opens with
        # only its first page built, which is what a slow office PC waits for.
        specs = page_specs()
        self.pages = Pages(self, specs)
        for spec in specs:
            self.stack.addWidget(QWidget(self))  # the place the page takes when it is built
            item = QListWidgetItem(spec.title(), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
        self.undo_group = QUndoGroup(self)  # the shown page's undo stack: Edit → Undo
        self.sidebar.currentRowChanged.connect(self._on_page)
        self.sidebar.setCurrentRow(0)
        # The outbox sends by itself every few minutes when an upload address is set, whether
        # or not the Packages page was opened; a failed send is retried the next time. The
        # Packages page's "Send now" asks the same outbox.
        from msu_desktop.gui.outbox import Outbox

        self.outbox = Outbox(ws, self)
        self.outbox_timer = self.outbox.timer
        self.outbox.failed.connect(
            lambda why: self.statusBar().showMessage(
                self.tr("Not sent: {reason}").format(reason=why), 30_000
            )
        )
        self.outbox.start()
        # a plan the agency published: asked for at start-up (app.py) and with every attempt
        from msu_desktop.gui.plan_offer import PlanOffers

        self.plan_offers = PlanOffers(self)
        self.outbox.started.connect(self.plan_offers.check)

        # The page scrolls inside the window rather than push the window past the screen.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._build_programme_banner())
        from msu_desktop.gui.succession_banner import SuccessionBanner

        self.succession_banner = SuccessionBanner(ws, lang, self)
        self.succession_banner.changed.connect(self._succession_changed)
        outer.addWidget(self.succession_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.page_scroll, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        # a size that fits the screen until restore_state() maximises or restores the window
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry().size() if screen is not None else QSize(1280, 720)
        self.resize(QSize(1280, 720).boundedTo(free - QSize(16, 40)))
        self.status_label = ElidedLabel("", self)  # bounded: never widens the window
        self.status_label.setObjectName("statusLabel")
        self.status_label.setMaximumWidth(520)
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._update_status()
        note = self.ws.setting("last_restore_note")
        if note:  # said once, in the window rebuilt after a restore
            self.statusBar().showMessage(note)
            self.ws.set_setting("last_restore_note", "")

    def _succession_changed(self, message: str) -> None:
        """The office became its successor, or brought a predecessor's register in (issue 25):
        say so, show the new name, and reread the register if its page is built."""
        self.setWindowTitle(self._title())
        self._update_status()
        from msu_desktop.gui.property.page import PropertyPage

        for page in self.pages.built():
            if isinstance(page, PropertyPage):
                page.refresh()
        self.statusBar().showMessage(message, 30_000)

    def _build_programme_banner(self) -> QWidget:
        """Shown while the installed programme has ended: says so and how to get the next."""
        self.programme_banner = QFrame(self)
        self.programme_banner.setObjectName("programmeEndedBanner")
        self.programme_banner.setStyleSheet(
            "#programmeEndedBanner { background: #fff8e1; border-bottom: 1px solid #e0c060; }"
        )
        self.programme_banner_text = QLabel(self.programme_banner)
        self.programme_banner_text.setObjectName("programmeEndedText")
        self.programme_banner_text.setWordWrap(True)
        self.import_plan_button = QPushButton(
            self.tr("Import a plan package…"), self.programme_banner
        )
        self.import_plan_button.setObjectName("bannerImportPlanButton")
        self.import_plan_button.clicked.connect(lambda _checked=False: self.import_plan())
        row = QHBoxLayout(self.programme_banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.programme_banner_text, 1)
        row.addWidget(self.import_plan_button)
        self.programme_banner.setVisible(False)
        return self.programme_banner

    # -- pages ---------------------------------------------------------------------------
    def _build_page(self, index: int, spec: PageSpec) -> QWidget:
        try:
            page = spec.factory(self.ws, self.lang, self)
        except UserError as exc:
            # a page whose data cannot be read (say, a plan without report rules) says so in
            # place; the other pages still work
            page = self._unavailable_page(str(exc))
        page.setObjectName(page.objectName() or f"page_{spec.key}")
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._size_to_current_page()
        return page

    def _unavailable_page(self, message: str) -> QWidget:
        label = QLabel(self.tr("This page cannot be shown: {reason}").format(reason=message))
        label.setObjectName("pageUnavailable")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #c62828; padding: 40px;")
        return label

    def fit_to_screen(self, maximise: bool) -> None:
        """Keep the window inside the screen's free area (a saved size from a bigger screen
        is clamped); ``maximise`` opens it maximised, as on a first start."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        if not self.isVisible():  # the frame is not known before the window is shown
            frame = frame.expandedTo(QSize(16, 40))
        if maximise:
            # the whole free area; where maximising is not honoured, the size still fits
            self.resize(free.size() - frame)
            self.move(free.topLeft())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        self.resize(width, height)
        outer = self.size() + frame
        x = min(max(self.x(), free.left()), free.right() + 1 - outer.width())
        y = min(max(self.y(), free.top()), free.bottom() + 1 - outer.height())
        self.move(max(x, free.left()), max(y, free.top()))

    def _on_page(self, row: int) -> None:
        page = self.pages[self.pages.keys_in_order[row]]  # built now if it was not yet
        self.stack.setCurrentIndex(row)
        stack = getattr(page, "undo_stack", None)  # Edit → Undo acts on the page shown
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no page's
        self._size_to_current_page()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _size_to_current_page(self) -> None:
        """The stack asks for the room of the page shown, not of the widest page ever built:
        a hidden page's size policy is Ignored, which the stack's minimum leaves out."""
        ignored = QSizePolicy.Policy.Ignored
        preferred = QSizePolicy.Policy.Preferred
        for i in range(self.stack.count()):
            w = self.stack.widget(i)
            if w is None:
                continue
            shown = i == self.stack.currentIndex()
            w.setSizePolicy(preferred if shown else ignored, preferred if shown else ignored)
        self.stack.updateGeometry()

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self.pages.keys_in_order.index(key))
        return self.pages[key]

    def current_page_key(self) -> str:
        return self.pages.keys_in_order[self.stack.currentIndex()]

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.municipality_action = QAction(self.tr("&Municipality…"), self)
        self.municipality_action.triggered.connect(self.edit_municipality)
        file_menu.addAction(self.municipality_action)
        file_menu.addSeparator()
        self.import_plan_action = QAction(self.tr("&Import a plan package…"), self)
        self.import_plan_action.triggered.connect(self.import_plan)
        file_menu.addAction(self.import_plan_action)
        self.import_reply_action = QAction(self.tr("Import a &reply from the agency…"), self)
        self.import_reply_action.triggered.connect(self.import_reply)
        file_menu.addAction(self.import_reply_action)
        self.backup_action = QAction(self.tr("&Back up to a USB stick…"), self)
        self.backup_action.triggered.connect(self.backup_to_usb)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        file_menu.addAction(self.restore_action)
        self._add_programme_menu(file_menu)
        file_menu.addSeparator()
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
        self.file_menu, self.quit_action = file_menu, quit_action

        self._build_edit_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setObjectName("userGuideAction")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_user_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.about_action = about

    def _build_edit_menu(self) -> None:
        """Edit → Undo / Redo of the page shown (a page with an ``undo_stack``: the reports),
        labelled with what they take back."""
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("editMenu")
        # labelled with what they undo ("Undo 3.2.3 What was done"): the group's action text is
        # the prefix and the active stack's step; the standard keys (Ctrl+Z; Ctrl+Y, Ctrl+Shift+Z)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("editUndoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("editRedoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])

    def _add_programme_menu(self, file_menu: QMenu) -> None:
        """File → Programme: which installed programme to work on, when there are several."""
        from msu_desktop.i18n import pick

        self.programme_actions: dict[str, QAction] = {}
        if self.ws.programme_count() < 2:  # the usual case, answered without the ORM
            return
        from msu_desktop.services import plan_service

        with self.ws.session() as s:
            installed = plan_service.programmes(s)
        if len(installed) < 2:
            return
        menu = file_menu.addMenu(self.tr("&Programme"))
        group = QActionGroup(self)
        current = self.ws.plan().plan_id
        for p in installed:
            act = QAction(pick(p.title, self.lang), self, checkable=True)
            act.setObjectName(f"programme_{p.plan_id}")
            act.setChecked(p.plan_id == current)
            act.triggered.connect(lambda _c=False, pid=p.plan_id: self.choose_programme(pid))
            group.addAction(act)
            menu.addAction(act)
            self.programme_actions[p.plan_id] = act

    def choose_programme(self, plan_id: str) -> None:
        if plan_id == self.ws.plan().plan_id:
            return
        try:
            self.ws.choose_plan(plan_id)
        except UserError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.reload_requested.emit()

    def edit_municipality(self) -> None:
        from msu_desktop.gui.municipality_dialog import MunicipalityDialog

        if MunicipalityDialog(self.ws, self).exec():
            self.setWindowTitle(self._title())
            self._update_status()

    def import_plan(self) -> None:
        from msu_desktop.gui.plan_import_wizard import PlanImportWizard

        wizard = PlanImportWizard(self.ws, self)
        wizard.exec()
        if wizard.result is not None:
            self.ws.forget_plan()
            self.reload_requested.emit()

    def import_reply(self) -> None:
        from msu_desktop.gui.delivery_status import import_reply

        if import_reply(self, self.ws):
            self.reload_requested.emit()

    def backup_to_usb(self) -> None:
        from msu_desktop.gui.workers import run_task
        from msu_desktop.services import backup, delivery_paths

        drives = delivery_paths.removable_drives()
        start = str(drives[0]) if drives else str(self.ws.backups_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to…"), start)
        if not folder:
            return
        self._task = run_task(
            self,
            self.tr("Backing up…"),
            backup.create_backup,
            self.ws,
            "manual",
            Path(folder),
            on_done=lambda path: QMessageBox.information(
                self, APP_NAME, self.tr("Backup saved and checked: {path}").format(path=path)
            ),
        )

    def restore_backup(self) -> None:
        from msu_desktop.services import backup, delivery_paths

        drives = delivery_paths.removable_drives()
        start = str(drives[0]) if drives else str(self.ws.backups_dir)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), start, self.tr("Backups (msu-backup-*.zip)")
        )
        if not path:
            return
        # asked first, by the backup's date in its name; the restore then checks every file of
        # it in the background before it changes anything
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Replace the current data with the backup of {date}? The current data is kept "
                "aside in the data folder, not deleted."
            ).format(date=backup.backup_label(Path(path))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._restore(Path(path), other_municipality=False)

    def _restore(self, path: Path, *, other_municipality: bool) -> None:
        from msu_desktop.gui.workers import default_failure, run_task
        from msu_desktop.services import backup

        def failed(exc: BaseException) -> None:
            self.outbox.start()
            if isinstance(exc, backup.BackupOtherMunicipality) and not other_municipality:
                again = QMessageBox.question(
                    self,
                    APP_NAME,
                    str(exc) + "\n\n" + self.tr("Restore this other municipality's data anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if again == QMessageBox.StandardButton.Yes:
                    self._restore(path, other_municipality=True)
                return
            default_failure(self, exc)  # a UserError's message, or a bug's crash log

        def restored(aside: Path) -> None:
            self.outbox.start()
            self.ws.forget_plan()
            self.ws.set_setting(
                "last_restore_note",
                self.tr("The backup was restored. The previous data was kept in {path}.").format(
                    path=str(aside)
                ),
            )
            self.reload_requested.emit()

        self.outbox.stop()  # nothing touches the data folder while it is replaced
        self.ws.close()  # the engine and the sqlite3 reader let the file go; both reconnect
        self._task = run_task(
            self,
            self.tr("Restoring the backup…"),
            _restore_job,
            self.ws.data_dir,
            path,
            other_municipality=other_municipality,
            on_done=restored,
            on_failed=failed,
        )

    def show_user_guide(self) -> None:
        from msu_desktop.gui.user_guide import UserGuideDialog

        try:
            self.guide = UserGuideDialog(self.ws, self.lang, self)
        except UserError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.guide.show()

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
        from msu_desktop.domain.period import programme_ended
        from msu_desktop.services.labels import programme_name

        plan = self.ws.plan()
        name = programme_name(plan, self.lang)
        full = self.tr("{programme}, version {version}").format(
            programme=name, version=plan.version
        )
        # the title is long (a whole sentence in Kyrgyz): elided to a bounded width, in full
        # in the tooltip
        metrics = self.status_label.fontMetrics()
        self.status_label.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, 420))
        self.status_label.setToolTip(full)
        ended = programme_ended(plan.valid_to, self.ws.today())
        self.programme_banner.setVisible(ended)
        if ended:
            self.programme_banner_text.setText(
                self.tr(
                    "The programme ended on {date}: its reports are kept as an archive and can "
                    "still be completed. For the current programme, import its plan package "
                    "from the agency (File → Import a plan package…)."
                ).format(date=plan.valid_to.strftime("%d.%m.%Y"))
            )
            self.programme_banner_text.setToolTip(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings(str(self.ws.data_dir / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("page", self.current_page_key())
        super().closeEvent(event)

    def restore_state(self) -> None:
        """The saved size and page; the first time, the whole screen. Always on the screen."""
        settings = QSettings(str(self.ws.data_dir / "window.ini"), QSettings.Format.IniFormat)
        geometry = settings.value("geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored:
            self.fit_to_screen(maximise=True)
        else:
            self.fit_to_screen(maximise=False)
        page = settings.value("page")
        if isinstance(page, str) and page in self.pages:
            self.show_page(page)


def _restore_job(
    data_dir: Path,
    path: Path,
    *,
    other_municipality: bool,
    progress: Progress,
    cancelled: Cancel,
) -> Path:
    """Restore in a worker thread. Not cancellable once started: services/backup.py checks
    everything first and moves the data only then, and puts it back on any failure."""
    from msu_desktop.services import backup

    progress(5)
    return backup.restore(data_dir, path, other_municipality=other_municipality)
