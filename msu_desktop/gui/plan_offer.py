"""The plan the agency published, offered in the window (services/plan_offer.py does the work).

The main window owns one :class:`PlanOffers`. :meth:`PlanOffers.check` runs in the background
(the start-up calls it once the first page is shown; every attempt of the outbox, "Send now"
too, calls it again). When a verified, newer plan waits, the secretary is asked in words; on
"Review and install…" the plan-import wizard opens on that file at its check-and-changes page,
and only its Install button installs it. "Not this version" declines it: it is not offered
again, a newer one is. "Later" (or Escape, or closing the wizard) asks again at the next
start. A package that failed its check is said once, in a warning. No
connection, nothing published, an older or the same version: nothing is shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from msu_desktop import APP_NAME, i18n
from msu_desktop.gui.workers import Task, default_failure, run_background

if TYPE_CHECKING:
    from msu_desktop.gui.main_window import MainWindow
    from msu_desktop.gui.plan_import_wizard import PlanImportWizard
    from msu_desktop.services.plan_offer import Forged, Offer

log = logging.getLogger(__name__)


def _check(ws: object, url: str, *, progress: object, cancelled: object) -> object:
    from msu_desktop.services import plan_offer

    try:
        return plan_offer.check_for_plan(ws, url)  # type: ignore[arg-type]
    except plan_offer.Offline as exc:
        log.info("no plan offer fetched (asked again later): %s", exc)
        return None


class PlanOffers(QObject):
    checked = Signal(object)  # after each check: the Offer, the Forged, or None
    installed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.ws
        self.task: Task | None = None
        self.offer: Offer | None = None  # verified, waiting for her answer
        self.asking = False
        self.wizard: PlanImportWizard | None = None
        self.later: set[str] = set()  # offers put off until the next start (by SHA-256)

    def check(self) -> bool:
        """Ask the inbox in the background; False when there is no address or it is busy."""
        url = self.ws.setting("upload_url")
        if not url or self.task is not None or self.asking or self.wizard is not None:
            return False
        self.task = run_background(_check, self.ws, url, on_done=self._done, on_failed=self._failed)
        return True

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.task = None
        from msu_desktop.errors import UserError

        if isinstance(exc, UserError):  # a full disk for the download: tried again later
            log.warning("the plan offer could not be fetched: %s", exc.source)
        else:
            default_failure(None, exc)  # a bug: the crash log and dialog
        self.checked.emit(None)

    def _done(self, result: Offer | Forged | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.task = None
        from msu_desktop.services.plan_offer import Forged

        if isinstance(result, Forged):
            self._warn(result)
        elif result is not None and result.sha256 not in self.later:
            self.offer = result
            self.ask()
        self.checked.emit(result)

    def _warn(self, forged: Forged) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr(
                "The agency's inbox offers a plan package that did not pass the check, so it "
                "was not installed and nothing was changed: {reason}\n\nPlease tell the agency."
            ).format(reason=forged.reason),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("planOfferRefused")
        box.exec()

    def ask(self) -> None:
        """The question, unless another dialog is open (then at the next check)."""
        offer = self.offer
        if offer is None or self.asking or QApplication.activeModalWidget() is not None:
            return
        from msu_desktop.services import plan_offer
        from msu_desktop.services.labels import programme_name

        plan = offer.plan
        lang = i18n.language()
        text = self.tr(
            "The agency has published plan version {version}: {programme}. It is signed by the "
            "agency and checked. Review the changes and install it?"
        ).format(version=plan.version, programme=programme_name(plan, lang))
        if offer.installed_version is not None:
            text += "\n\n" + self.tr("The installed version is {version}.").format(
                version=offer.installed_version
            )
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        later = QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, yes | no | later, self.window)
        box.setObjectName("planOfferQuestion")
        box.button(yes).setText(self.tr("&Review and install…"))
        box.button(no).setText(self.tr("&Not this version"))
        box.button(later).setText(self.tr("&Later"))
        box.setDefaultButton(yes)
        box.setEscapeButton(later)
        self.asking = True
        try:
            answer = box.exec()
        finally:
            self.asking = False
        if not shiboken6.isValid(self):
            return
        self.offer = None
        if answer == yes:
            self._review(offer)
        elif answer == no:
            plan_offer.decline(self.ws, offer)
        else:  # Later, Escape: asked again at the next start
            self.later.add(offer.sha256)

    def _review(self, offer: Offer) -> None:
        """The plan-import wizard on the downloaded file, at its check-and-changes page."""
        from msu_desktop.gui.plan_import_wizard import PlanImportWizard

        wizard = self.wizard = PlanImportWizard(self.ws, self.window)
        wizard.setObjectName("planOfferWizard")
        wizard.choose.path_edit.setText(str(offer.path))
        wizard.setStartId(wizard.pageIds()[1])
        wizard.finished.connect(lambda _r: self._reviewed(offer, wizard))
        wizard.open()

    def _reviewed(self, offer: Offer, wizard: PlanImportWizard) -> None:
        from msu_desktop.services import plan_offer

        self.wizard = None
        wizard.deleteLater()
        if wizard.outcome is None or not wizard.outcome.applied:
            self.later.add(offer.sha256)  # closed without installing: asked at the next start
            return
        plan_offer.forget(offer)
        self.installed.emit()
        self.window.ws.forget_plan()
        self.window.reload_requested.emit()
