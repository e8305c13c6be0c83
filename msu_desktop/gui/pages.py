"""The pages of the main window, in sidebar order. Adding a page is adding a line here.

Each factory takes ``(workspace, lang, parent)`` and returns a QWidget; pages that need to know
when the plan or the data changed can implement ``refresh()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from msu_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[Workspace, str, QWidget | None], QWidget]


def _plan_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.errors import UserError
    from msu_desktop.gui.plan_browser import PlanBrowser
    from msu_exchange.documents import load_programme

    plan = ws.plan()

    def programme() -> dict[str, Any] | None:
        try:
            return load_programme(plan)
        except UserError:
            return None  # the Programme page says what is wrong with it

    return PlanBrowser(plan, lang, parent, programme=programme, today=ws.today())


def _programme_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.gui.programme_view import ProgrammeView

    return ProgrammeView(ws, lang, parent)


def _report_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.gui.report import ReportPage

    return ReportPage(ws, lang, parent)


def _dashboard_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.gui.dashboard_page import DashboardPage

    return DashboardPage(ws, lang, parent)


def _property_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.gui.property.page import PropertyPage

    return PropertyPage(ws, lang, parent)


def _package_page(ws: Workspace, lang: str, parent: QWidget | None) -> QWidget:
    from msu_desktop.gui.package_page import PackagePage

    # the window's outbox (gui/outbox.py): "Send now" and the retry every few minutes are one
    return PackagePage(ws, lang, parent, outbox=getattr(parent, "outbox", None))


def page_specs() -> list[PageSpec]:
    # QCoreApplication.translate is spelled out so that tools/i18n.py finds the strings.
    return [
        PageSpec("plan", lambda: QCoreApplication.translate("Pages", "Plan"), _plan_page),
        PageSpec(
            "programme",
            lambda: QCoreApplication.translate("Pages", "Programme text"),
            _programme_page,
        ),
        PageSpec("reports", lambda: QCoreApplication.translate("Pages", "Reports"), _report_page),
        PageSpec(
            "dashboard", lambda: QCoreApplication.translate("Pages", "Dashboard"), _dashboard_page
        ),
        PageSpec(
            "property", lambda: QCoreApplication.translate("Pages", "Property"), _property_page
        ),
        PageSpec(
            "packages", lambda: QCoreApplication.translate("Pages", "Packages"), _package_page
        ),
    ]
