"""The plan browser: directions -> tasks -> measures as a tree, filters, and a detail pane."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.clock import real_today
from msu_desktop.domain.plan import Measure, Plan, deadline_text
from msu_desktop.domain.programme import section_text
from msu_desktop.i18n import pick

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class PlanTreeModel(QStandardItemModel):
    """Two columns: code, title. Each item knows its kind and code."""

    def __init__(self, plan: Plan, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.lang = lang
        self.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Title")])
        root = self.invisibleRootItem()
        for d in plan.directions:
            d_items = self._row("direction", d.code, pick(d.title, lang))
            root.appendRow(d_items)
            for t in d.tasks:
                t_items = self._row("task", t.code, pick(t.title, lang))
                d_items[0].appendRow(t_items)
                for m in t.measures:
                    m_items = self._row("measure", m.code, pick(m.title, lang))
                    m_items[0].setData(self._search_text(m), SEARCH_ROLE)
                    if m.has_discrepancy:
                        m_items[0].setToolTip(
                            self.tr("The Kyrgyz and Russian texts of the decree differ here.")
                        )
                    t_items[0].appendRow(m_items)

    def _row(self, kind: str, code: str, title: str) -> list[QStandardItem]:
        a, b = QStandardItem(code), QStandardItem(title)
        for it in (a, b):
            it.setEditable(False)
            it.setData(kind, KIND_ROLE)
            it.setData(code, CODE_ROLE)
        b.setToolTip(title)
        return [a, b]

    def _search_text(self, m: Measure) -> str:
        parts = [m.code, *m.title.values(), *m.expected_result.values(), *m.deadline.text.values()]
        for code in m.executors:
            org = self.plan.organisation(code)
            parts.append(code)
            if org:
                parts.extend(org.name.values())
                parts.extend(org.abbr.values())
        return " ".join(parts).casefold()


class PlanFilterProxy(QSortFilterProxyModel):
    """Keeps measures that match every active filter, and the tasks/directions above them."""

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.text = ""
        self.executor = ""
        self.lsg_only = False
        self.deadline_state = ""
        self.today = real_today()  # until the page sets the work date (PlanBrowser(today=))
        self.setRecursiveFilteringEnabled(True)

    def set_filters(
        self,
        text: str | None = None,
        executor: str | None = None,
        lsg_only: bool | None = None,
        deadline_state: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if executor is not None:
            self.executor = executor
        if lsg_only is not None:
            self.lsg_only = lsg_only
        if deadline_state is not None:
            self.deadline_state = deadline_state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _active(self) -> bool:
        return bool(self.text or self.executor or self.lsg_only or self.deadline_state)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        idx = self.sourceModel().index(row, 0, parent)
        if not self._active():
            return True
        if idx.data(KIND_ROLE) != "measure":
            return False  # shown only when a measure below it matches (recursive filtering)
        m = self.plan.measure(idx.data(CODE_ROLE))
        if self.text and self.text not in (idx.data(SEARCH_ROLE) or ""):
            return False
        if self.executor and self.executor not in m.executors:
            return False
        if self.lsg_only and not m.lsg_participates:
            return False
        return not (self.deadline_state and m.deadline.state(self.today) != self.deadline_state)


class GlossaryBrowser(QTextBrowser):
    """A text pane whose ``org:CODE`` links show the organisation's full name on hover."""

    def __init__(self, plan: Plan, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.lang = plan, lang
        self.setOpenLinks(False)
        self.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            href = self.anchorAt(event.pos())
            if href.startswith("org:"):
                org = self.plan.organisation(href[4:])
                if org:
                    QToolTip.showText(event.globalPos(), pick(org.name, self.lang), self)
                    return True
            QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)

    def organisation_tooltip(self, code: str) -> str:
        org = self.plan.organisation(code)
        return pick(org.name, self.lang) if org else ""


class PlanBrowser(QWidget):
    measure_selected = Signal(str)

    def __init__(
        self,
        plan: Plan,
        lang: str,
        parent: QWidget | None = None,
        *,
        programme: Callable[[], dict[str, Any] | None] | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self.lang = plan, lang
        self.setObjectName("planBrowser")
        # the Programme's text (Annex 1), read the first time a task or direction is selected
        self._programme_loader = programme
        self._programme: dict[str, Any] | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(self.tr("Search measures, results, executors…"))
        self.search.setClearButtonEnabled(True)
        self.executor_combo = QComboBox(self)
        self.executor_combo.setObjectName("executorFilter")
        self.executor_combo.addItem(self.tr("All executors"), "")
        used = {code for m in plan.measures for code in m.executors}
        for org in plan.organisations:
            if org.code in used:
                label = pick(org.abbr, lang) or org.code
                self.executor_combo.addItem(label, org.code)
                self.executor_combo.setItemData(
                    self.executor_combo.count() - 1,
                    pick(org.name, lang),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.lsg_check = QCheckBox(self.tr("Local self-government bodies take part"), self)
        self.lsg_check.setObjectName("lsgFilter")
        self.deadline_combo = QComboBox(self)
        self.deadline_combo.setObjectName("deadlineFilter")
        for label, value in (
            (self.tr("Any deadline"), ""),
            (self.tr("Deadline passed"), "passed"),
            (self.tr("Due this year"), "this_year"),
            (self.tr("Due later"), "later"),
        ):
            self.deadline_combo.addItem(label, value)

        self.model = PlanTreeModel(plan, lang, self)
        self.proxy = PlanFilterProxy(plan, self)
        if today is not None:
            self.proxy.today = today  # the app's one clock (a demo folder is "as of" its date)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.expandAll()

        self.detail = GlossaryBrowser(plan, lang, self)
        self.detail.setObjectName("measureDetail")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.executor_combo, 1)
        filters.addWidget(self.deadline_combo, 1)
        filters.addWidget(self.lsg_check)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda t: self._refilter(text=t))
        self.executor_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(executor=self.executor_combo.currentData() or "")
        )
        self.deadline_combo.currentIndexChanged.connect(
            lambda _i: self._refilter(deadline_state=self.deadline_combo.currentData() or "")
        )
        self.lsg_check.toggled.connect(lambda on: self._refilter(lsg_only=on))
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.shown_code: str | None = None  # what the detail pane shows
        self.detail.setHtml(self._plan_html())

    # -- filtering -----------------------------------------------------------------------
    def _refilter(self, **kw: object) -> None:
        shown = self.shown_code
        self.proxy.set_filters(**kw)  # type: ignore[arg-type]
        self.tree.expandAll()
        # the detail pane follows the filter: what it showed stays only while it is visible
        if shown is not None and not self.select_code(shown):
            self.tree.selectionModel().clear()
            self.shown_code = None
            self.detail.setHtml(self._plan_html())

    def visible_measure_codes(self) -> list[str]:
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if idx.data(KIND_ROLE) == "measure":
                    out.append(idx.data(CODE_ROLE))
                walk(idx)

        walk(QModelIndex())
        return out

    # -- selection -----------------------------------------------------------------------
    def select_code(self, code: str) -> bool:
        matches = self.proxy.match(
            self.proxy.index(0, 0),
            CODE_ROLE,
            code,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if not matches:
            return False
        self.tree.setCurrentIndex(matches[0])
        self.tree.scrollTo(matches[0])
        return True

    def _on_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        kind, code = current.data(KIND_ROLE), current.data(CODE_ROLE)
        if kind in ("measure", "task", "direction"):
            self.shown_code = code
        if kind == "measure":
            self.detail.setHtml(self.measure_html(self.plan.measure(code)))
            self.measure_selected.emit(code)
        elif kind == "task":
            task = next(t for t in self.plan.tasks if t.code == code)
            self.detail.setHtml(
                f"<h3>{html.escape(code)}. {html.escape(pick(task.title, self.lang))}</h3>"
                + self.tr("%n measure(s)", "", len(task.measures))
                + self._programme_html(code)
            )
        elif kind == "direction":
            d = next(x for x in self.plan.directions if x.code == code)
            n = sum(len(t.measures) for t in d.tasks)
            self.detail.setHtml(
                f"<h3>{html.escape(code)}. {html.escape(pick(d.title, self.lang))}</h3>"
                + self.tr("%n task(s)", "", len(d.tasks))
                + ", "
                + self.tr("%n measure(s)", "", n)
                + self._programme_html(f"§ {code}")
            )

    def _programme_html(self, number: str) -> str:
        """What the Programme (Annex 1) says of this task or direction, if it is shipped."""
        if self._programme is None and self._programme_loader is not None:
            self._programme = self._programme_loader() or {}
            self._programme_loader = None
        if not self._programme:
            return ""
        text, closing = section_text(self._programme, number, self.lang)
        if not text and not closing:
            return ""
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in text + closing)
        return f"<h4>{html.escape(self.tr('In the Programme (Annex 1)'))}</h4>{paras}"

    # -- detail text ---------------------------------------------------------------------
    def _plan_html(self) -> str:
        p = self.plan
        return (
            f"<h2>{html.escape(pick(p.title, self.lang))}</h2>"
            f"<p>{html.escape(pick(p.reporting.text, self.lang))}</p>"
            "<p>"
            + ", ".join(
                (
                    self.tr("%n direction(s)", "", len(p.directions)),
                    self.tr("%n task(s)", "", len(p.tasks)),
                    self.tr("%n measure(s)", "", len(p.measures)),
                )
            )
            + "</p>"
        )

    def measure_html(self, m: Measure) -> str:
        e = html.escape
        lang = self.lang
        execs = []
        for code in m.executors:
            org = self.plan.organisation(code)
            label = (pick(org.abbr, lang) if org and org.abbr else code) or code
            execs.append(f'<a href="org:{e(code)}">{e(label)}</a>')
        rows = [
            (self.tr("Deadline"), e(deadline_text(m.deadline, lang))),
            (self.tr("Expected result"), e(pick(m.expected_result, lang))),
            (self.tr("Responsible executors"), ", ".join(execs)),
            (self.tr("Executor notes"), e(pick(m.executor_notes, lang))),
            (self.tr("Funding sources"), e(pick(m.funding_text, lang))),
            (
                self.tr("Local self-government bodies take part"),
                self.tr("yes") if m.lsg_participates else self.tr("no"),
            ),
        ]
        if m.indicators:
            rows.append(
                (
                    self.tr("Indicators"),
                    "<br>".join(
                        e(pick(i.label, lang))
                        + (
                            f" — {i.target:g} {e(pick(i.unit, lang))}"
                            if i.target is not None
                            else ""
                        )
                        for i in m.indicators
                    ),
                )
            )
        for d in m.discrepancies:
            rows.append(
                (
                    self.tr("Discrepancy between the texts"),
                    self.tr("Kyrgyz: {ky}; Russian: {ru}").format(ky=e(d.ky), ru=e(d.ru))
                    + (f"<br><i>{e(pick(d.note, lang))}</i>" if d.note else ""),
                )
            )
        body = "".join(
            f"<tr><td valign='top'><b>{label}</b></td><td>{value}</td></tr>"
            for label, value in rows
            if value
        )
        return (
            f"<h3>{e(m.code)}. {e(pick(m.title, lang))}</h3><table cellspacing='6'>{body}</table>"
        )
