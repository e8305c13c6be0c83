"""Starting the window: Qt application, translations, single instance, crash handler, workspace."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from msu_desktop import APP_NAME, ORG_NAME, __version__, assets, i18n
from msu_desktop.errors import DatabaseDamaged, UserError
from msu_desktop.gui import crash
from msu_desktop.gui.i18n_qt import install_translators
from msu_desktop.logs import setup_logging
from msu_desktop.services.workspace import Workspace, default_data_dir

if TYPE_CHECKING:
    from msu_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def load_fonts() -> None:
    """The shipped font has every Kyrgyz letter (Ө ө Ү ү Ң ң), whatever fonts Windows has."""
    family = None
    for path in sorted(assets.resource_path("fonts").glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSize(10)
        QApplication.setFont(font)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    icon = assets.resource_path("icons", "msu.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    return app


class Controller:
    """Owns the workspace and the main window; rebuilds the window when the language changes."""

    def __init__(self, app: QApplication, ws: Workspace, lang: str) -> None:
        self.app, self.ws, self.lang = app, ws, lang
        self.window: MainWindow | None = None

    def show(self) -> None:
        from msu_desktop.gui.main_window import MainWindow

        install_translators(self.app, self.lang)
        old = self.window
        page = old.current_page_key() if old is not None else None
        window = self.window = MainWindow(self.ws, self.lang)
        window.language_change_requested.connect(self.change_language)
        window.reload_requested.connect(self.show)
        window.restore_state()
        if page:
            window.show_page(page)
        if old is not None:
            window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        window.show()

    def change_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.ws.set_setting("language", lang)
        self.show()

    def activate(self) -> None:
        log.info("a second start asked this window to come to the front")
        if self.window is not None:
            self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            self.window.raise_()
            self.window.activateWindow()


def open_workspace_interactively(data_dir: Path) -> Workspace | None:
    """Open the data directory; on a damaged or too-new database, tell the user what to do."""
    try:
        return Workspace.open(data_dir)
    except DatabaseDamaged as exc:
        return _offer_restore(data_dir, exc)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def _offer_restore(data_dir: Path, exc: UserError) -> Workspace | None:
    from msu_desktop.services import backup

    latest = backup.latest_good_backup(data_dir)
    if latest is None:
        QMessageBox.critical(
            None,
            APP_NAME,
            str(exc)
            + "\n\n"
            + QCoreApplication.translate(
                "Startup",
                "There is no good backup in {path}. If you have a backup on a USB stick, "
                "restore it with: msu-desktop restore FILE",
            ).format(path=str(backup.backups_dir(data_dir))),
        )
        return None
    answer = QMessageBox.question(
        None,
        APP_NAME,
        str(exc)
        + "\n\n"
        + QCoreApplication.translate(
            "Startup", "Restore the latest good backup from {date}?"
        ).format(date=backup.backup_label(latest)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        backup.restore(data_dir, latest)
        return Workspace.open(data_dir)
    except UserError as err:
        QMessageBox.critical(None, APP_NAME, str(err))
        return None


def _smoke_walk(controller: Controller) -> None:
    """Visit every page once, then quit: a frozen build that gets this far works."""
    window = controller.window
    if window is not None:
        for key in list(window.pages):
            window.show_page(key)
            QApplication.processEvents()
        _smoke_say(f"smoke test: main window with {len(window.pages)} pages")
        _smoke_font_and_print(window, controller.ws.data_dir / "logs" / "smoke-test.pdf")
    QApplication.quit()


def _smoke_first_page(controller: Controller) -> None:
    """The first page painted, then quit: what an everyday start shows the secretary."""
    window = controller.window
    if window is not None:
        painted = not window.grab().isNull()
        page = type(window.stack.currentWidget()).__name__
        _smoke_say(f"smoke test: first page {page} {'painted' if painted else 'NOT painted'}")
    QApplication.quit()


def _smoke_say(line: str) -> None:
    """Printed (the console executable) and logged (the windowed one has no console)."""
    print(line, flush=True)
    log.info("%s", line)


def _smoke_font_and_print(window: QWidget, out: Path) -> None:
    """The font in use (the shipped one, whatever fonts the system has), the removable drives
    found, and a PDF printed through QPrinter (the programme page's "Save as PDF") to ``out``."""
    from PySide6.QtGui import QFontMetrics

    font = QApplication.font()
    metrics = QFontMetrics(font)
    kyrgyz = all(metrics.inFontUcs4(ord(c)) for c in "ӨөҮүҢң")
    _smoke_say(
        f"smoke test: font {font.family()}, Kyrgyz letters {'present' if kyrgyz else 'MISSING'}"
    )
    from msu_desktop.services.delivery_paths import removable_drives

    _smoke_say("smoke test: removable drives: " + " ".join(str(d) for d in removable_drives()))
    pages = getattr(window, "pages", None)
    programme = (
        pages["programme"] if pages is not None and "programme" in pages.keys_in_order else None
    )
    write_pdf = getattr(programme, "write_pdf", None)
    if write_pdf is None:
        return
    try:
        write_pdf(out)
    except UserError as exc:
        _smoke_say(f"smoke test: printing to PDF failed: {exc}")
        return
    _smoke_say(
        f"smoke test: printed to PDF through services/export: {out} ({out.stat().st_size} bytes)"
    )


def _load_the_rest() -> None:
    """The first page was shown without SQLAlchemy's ORM (services/workspace.py reads it with
    sqlite3): import it and the report services now, in a thread, while the user looks at the
    window, so that the first click on another page does not wait for them."""
    import threading

    def load() -> None:
        try:
            import msu_desktop.services.report_service  # noqa: F401  (the ORM and the models)
        except Exception:  # the page that needs it will import it again and say what is wrong
            log.exception("loading the services after the window failed")

    threading.Thread(target=load, name="load-the-rest", daemon=True).start()


def first_start(ws: Workspace, lang: str) -> str | None:
    """The municipality set-up before the first window, in the language she chooses there;
    the language chosen, or None when she cancelled (the app then ends: a window with no
    municipality is never shown)."""
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog

    dialog = MunicipalityDialog(ws, lang=lang)
    if not dialog.exec() or ws.municipality() is None:
        return None
    return dialog.lang


def has_user_data(ws: Workspace) -> bool:
    """Whether anything was entered beyond the set-up (a report value, a property object):
    the first day's automatic backup is not of an empty database."""
    # sqlite3, not the ORM: asked at start, before the first page (issue 26)
    return any(
        ws.read(f"SELECT 1 FROM {table} LIMIT 1") for table in ("report_value", "property_object")
    )


def _daily_backup(ws: Workspace) -> None:
    """The day's automatic backup, a few seconds after start, in the background (the window
    stays usable on a slow disk). A UserError (a full disk) is logged, not shown; a bug goes
    to the crash handler."""
    from msu_desktop.gui.workers import default_failure, run_background
    from msu_desktop.services import backup

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            log.warning("daily backup failed: %s", exc.source)
        else:
            default_failure(None, exc)

    if not has_user_data(ws):
        log.info("daily backup: nothing entered yet, none made")
        return

    def job(data_dir: Path, *, progress: object, cancelled: object) -> Path | None:
        return backup.daily_backup(data_dir)

    run_background(
        job,
        ws.data_dir,
        on_done=lambda path: log.info("daily backup: %s", path or "already made today"),
        on_failed=failed,
    )


def run_gui(
    data_dir: Path | None = None, lang: str | None = None, smoke_test: str | None = None
) -> int:
    """The window. ``smoke_test``: start, load the plan, show every page (``"every-page"``: the
    build's check) or only the first (``"first-page"``: the start the bench measures), quit."""
    from msu_desktop.gui.single_instance import (
        InstanceServer,
        hold_installer_mutex,
        notify_running,
    )

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    app = make_application()
    if notify_running(data_dir):
        log.info("another copy is running; asked it to come to the front")
        return 0
    hold_installer_mutex()
    try:
        setup_logging(data_dir / "logs")
    except OSError as exc:  # a read-only or full drive: the start says so below, not a crash
        logging.getLogger().addHandler(logging.NullHandler())
        log.debug("no log file: %s", exc)
    crash.install(data_dir / "logs")
    install_translators(app, lang or i18n.detect_language())
    ws = open_workspace_interactively(data_dir)
    if ws is None:
        return 1
    lang = lang or ws.setting("language") or i18n.detect_language()
    install_translators(app, lang)
    server = InstanceServer(data_dir, app)
    if ws.municipality() is None and not smoke_test:
        chosen = first_start(ws, lang)
        if chosen is None:  # Cancel: no window without a municipality; asked again next time
            ws.close()
            return 0
        lang = chosen
    controller = Controller(app, ws, lang)
    server.activate_requested.connect(controller.activate)
    controller.show()
    QTimer.singleShot(0, lambda: log.info("main window shown"))
    if smoke_test == "first-page":
        QTimer.singleShot(0, lambda: _smoke_first_page(controller))
    elif smoke_test:
        QTimer.singleShot(0, lambda: _smoke_walk(controller))
    else:
        QTimer.singleShot(300, _load_the_rest)
        QTimer.singleShot(3000, lambda: _daily_backup(ws))
        QTimer.singleShot(2000, lambda: controller.window and controller.window.plan_offers.check())
    try:
        return app.exec()
    finally:
        ws.close()
