"""The outbox in the window: sends the packages waiting in it, on demand and every few minutes,
over services/delivery.py: send what is pending, fetch the receipts and decisions, unlock a
returned period (services/agency_returns.py).

The main window owns one :class:`Outbox`; the Packages page's "Send now" asks it. It reports
through signals, never by building a page:

- ``started`` — an attempt began;
- ``sent(results)`` — it ran: ``{package name: "sent" | why not}``; a package that could not be
  sent keeps its reason in the delivery state and is retried later (services/delivery.py backs
  off);
- ``failed(message)`` — why a package or the whole attempt did not go (a UserError: no
  connection, the server's refusal); on demand the user is also shown it in a box;
- ``changed`` — the delivery states on disk may have changed: views reload.

A bug (anything but a UserError) goes to the crash handler, on demand and in the background
alike: nothing is silently dropped, and nothing is reported as sent that was not.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from msu_desktop.errors import Cancelled, UserError
from msu_desktop.gui.workers import Task, default_failure, run_background, run_task
from msu_desktop.services.workspace import Workspace

RETRY_MS = 5 * 60 * 1000


def sync(
    ws: Workspace,
    url: str,
    force: bool = False,
    *,
    progress: Callable[..., None],
    cancelled: Callable[[], bool],
) -> dict[str, str]:
    """Send what is pending (``force``, "Send now": also what still waits after a failure),
    then ask the inbox for receipts and decisions; a returned period unlocks. Runs in a worker
    thread; Cancel stops it between the steps (each step records what it did, so stopping
    leaves nothing half-done)."""
    # imported here, not with the window: the first page is shown before the ORM is loaded
    from msu_desktop.services import delivery
    from msu_desktop.services.agency_returns import apply_returns, returned_hook

    hook = returned_hook(ws)  # a return and its period's unlocking: one transaction
    progress(0, QCoreApplication.translate("Outbox", "Sending the packages…"))
    results = delivery.send_pending(ws.outbox_dir, url, force=force, on_returned=hook)
    if cancelled():
        raise Cancelled("Stopped; what was sent is recorded.", context="Outbox")
    progress(60, QCoreApplication.translate("Outbox", "Asking for the receipts…"))
    delivery.fetch_receipts(ws.outbox_dir, url, on_returned=hook)
    if cancelled():
        raise Cancelled("Stopped; what was sent is recorded.", context="Outbox")
    apply_returns(ws)
    progress(100)
    return results


class Outbox(QObject):
    started = Signal()
    sent = Signal(object)
    failed = Signal(str)
    changed = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self.last_results: dict[str, str] = {}

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        """Retry every few minutes from now on (when an upload address is set)."""
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def retry(self) -> bool:
        """The background attempt: no dialog; a reason goes to ``failed``, a bug to the crash
        handler. False if there is no address or an attempt is under way."""
        return self._send(None)

    def send_now(self, parent: QWidget) -> bool:
        """On demand: a progress dialog over ``parent``, and what went wrong said in a box."""
        return self._send(parent)

    def _send(self, parent: QWidget | None) -> bool:
        url = self.ws.setting("upload_url")
        if not url and parent is not None:  # "Send now" never does nothing in silence
            message = self.tr(
                "Nothing was sent: no upload address is set. Type the address the agency gave "
                "you in the “Upload address” field beside “Send now”, or save the package to a "
                "USB stick and take it to the agency."
            )
            self.failed.emit(message)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sending"), message)
            box.setParent(parent, box.windowFlags())
            box.setObjectName("noUploadAddress")
            box.exec()
            return False
        if not url or self.busy:
            return False
        self.started.emit()
        if parent is None:
            self.task = run_background(
                sync, self.ws, url, on_done=self._done, on_failed=self._failed
            )
        else:
            self.task = run_task(
                parent,
                self.tr("Sending to the agency…"),
                sync,
                self.ws,
                url,
                True,
                on_done=lambda r: self._done(r, parent),
                on_failed=lambda e: self._failed(e, parent),
            )
        return True

    def _done(self, results: dict[str, str], parent: QWidget | None = None) -> None:
        if not shiboken6.isValid(self):  # its window closed meanwhile; the states are on disk
            return
        self.task = None
        self.last_results = dict(results)
        self.changed.emit()
        self.sent.emit(dict(results))
        problems = [f"{name}: {why}" for name, why in sorted(results.items()) if why != "sent"]
        if problems:
            message = "\n".join(problems)
            self.failed.emit(message)
            if parent is not None:
                QMessageBox.warning(parent, self.tr("Sending"), message)

    def _failed(self, exc: BaseException, parent: QWidget | None = None) -> None:
        if not shiboken6.isValid(self):
            if not isinstance(exc, UserError):
                default_failure(None, exc)
            return
        self.task = None
        self.changed.emit()  # an attempt may have recorded a failure before the error
        if isinstance(exc, Cancelled):
            return  # the user stopped it; what was sent is recorded and shown
        if isinstance(exc, UserError):
            self.failed.emit(str(exc))
            if parent is not None:
                QMessageBox.warning(parent, self.tr("Sending"), str(exc))
            return
        self.failed.emit(self.tr("Sending stopped on an unexpected error; it was reported."))
        default_failure(parent, exc)  # a bug: the crash log and dialog
