"""The report page: periods, the measures of a period, and the entry form of one measure.

Every field is saved as it is typed (debounced, and at once when the field loses focus or
another measure is chosen) -- there is no Save button. Edits go through a QUndoStack
(Ctrl+Z / Ctrl+Y); the history and the comments of any value are one click away; problems are
shown next to the field, in the user's language.

The page owns the workspace and wires its parts (see the package's ``__init__``): the models
and the form are given what they need and say what happened by their signals. About 600
lines, because the period's actions (carry forward, check, complete, approve, unlock,
history, other measures) stay here: each is a few lines over the services, and they share the
page's current period and measure.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QSizePolicy,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import current_period as period_to_report
from msu_desktop.errors import UserError
from msu_desktop.gui.delivery_status import agency_note_label, update_agency_note
from msu_desktop.gui.fit import ElidedLabel, FlowLayout, elide
from msu_desktop.gui.forms.ui_report_page import Ui_ReportPage
from msu_desktop.gui.history import HistoryDialog
from msu_desktop.gui.report.attachments import AttachmentsPanel
from msu_desktop.gui.report.dialogs import (
    ApproveDialog,
    CommentDialog,
    PeriodHistoryDialog,
    UnlockDialog,
)
from msu_desktop.gui.report.form import EntryForm
from msu_desktop.gui.report.models import (
    CODE_ROLE,
    MeasureModel,
    PeriodModel,
    state_line,
)
from msu_desktop.gui.report.undo import SetValueCommand, undo_actions
from msu_desktop.gui.workers import Task
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace


class ReportPage(QWidget):
    period_changed = Signal(str)
    data_changed = Signal()
    attachments_changed = Signal()

    def __init__(self, ws: Workspace, lang: str, parent: QWidget | None = None) -> None:
        rules = rs.rules_for(ws.plan())  # first: a UserError here leaves no half-made widget
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.setObjectName("reportPage")
        self.rules = rules
        self.undo_stack = QUndoStack(self)
        self.current_period: str | None = None
        self.current_code: str | None = None
        self.dialog: QWidget | None = None

        self.ui = Ui_ReportPage()
        self.ui.setupUi(self)  # the static layout: ui/report_page.ui
        self.setObjectName("reportPage")
        ui = self.ui
        # left: periods
        self.period_model = PeriodModel(ws, lang, self)
        self.period_view = ui.periodTable
        self.period_view.setModel(self.period_model)
        self.period_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # middle: measures
        self.measure_model = MeasureModel(ws, rules, lang, self)
        self.measure_proxy = QSortFilterProxyModel(self)
        self.measure_proxy.setSourceModel(self.measure_model)
        self.measure_view = ui.measureTable
        self.measure_view.setModel(self.measure_proxy)
        header = self.measure_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the status and check columns get a set width (dragged wider if wanted, whole in the
        # tooltip) so that the measure's title keeps the room; sized to their contents they
        # left the title two letters on a 1366-pixel screen
        for column, width in ((2, 120), (3, 86)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # right: the agency's comments when it returned the report, the form, the attachments
        self.agency_note = agency_note_label(ui.rightPane)
        self.form = EntryForm(rules, lang, ui.rightPane)
        self.form.valueCommitted.connect(self.push_edit)
        self.form.historyRequested.connect(self.open_history)
        self.form.commentRequested.connect(self.open_comments)
        self.form.undoRequested.connect(self.undo_stack.undo)
        self.form.redoRequested.connect(self.undo_stack.redo)
        self.form.clearRequested.connect(self.clear_fields)
        self.attachments = AttachmentsPanel(ws, ui.rightPane)
        self.attachments.message.connect(self.say)
        self.attachments.changed.connect(self._attachments_changed)
        self.attach_list = self.attachments.list
        self.attach_btn = self.attachments.attach_btn
        self.detach_btn = self.attachments.detach_btn
        ui.rightLayout.addWidget(self.agency_note)
        ui.rightLayout.addWidget(self.form, 1)
        self.form.add_below(self.attachments)  # scrolls with the fields: they get the height

        self._build_bar(ui)
        self.message = ui.reportMessage

        split = self.splitter = ui.splitter
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 6)
        # wide enough to read a period's state and a measure's title at the first glance
        # the form takes the most: its fields keep their whole content (issue 23)
        split.setSizes([230, 450, 690])

        # the keyboard: Tab leaves a list (the tables' own Tab went cell by cell and changed
        # the measure); Tab or Enter on a measure goes into its form
        self.measure_view.installEventFilter(self)
        self.period_view.selectionModel().currentRowChanged.connect(self._period_selected)
        self.measure_view.selectionModel().currentRowChanged.connect(self._measure_selected)
        self.period_model.reload()
        self.select_period(self._default_period())

    def _build_bar(self, ui: Ui_ReportPage) -> None:
        """The state line and the period's buttons (ui/report_page.ui), wired."""
        # top: the state on its own line, the buttons below it on as many lines as the width
        # needs (a Kyrgyz bar in one line was wider than a 1366-pixel screen)
        self.state_label = ElidedLabel("", self)  # cut to its width, whole in the tooltip
        self.state_label.setObjectName("periodState")
        ui.pageLayout.insertWidget(0, self.state_label)
        self.carry_btn = ui.carryButton
        self.carry_btn.clicked.connect(self.carry_forward)
        self.check_btn = ui.checkButton
        self.check_btn.clicked.connect(self.check)
        self.complete_btn = ui.completeButton
        self.complete_btn.clicked.connect(self.mark_complete)
        self.approve_btn = ui.approveButton
        self.approve_btn.clicked.connect(self.open_approve_dialog)
        self.unlock_btn = ui.unlockButton
        self.unlock_btn.clicked.connect(self.open_unlock_dialog)
        self.period_history_btn = ui.periodHistoryButton
        self.period_history_btn.clicked.connect(lambda _c=False: self.open_period_history())
        self.other_btn = ui.otherMeasuresButton
        self.other_menu = QMenu(self.other_btn)
        self.other_menu.aboutToShow.connect(self._fill_other_menu)
        self.other_btn.setMenu(self.other_menu)
        self.undo_btn, self.redo_btn = ui.undoButton, ui.redoButton
        undo, redo = undo_actions(self.undo_stack, self)
        self.undo_btn.setDefaultAction(undo)
        self.redo_btn.setDefaultAction(redo)
        self.button_bar = ui.reportButtons
        flow = FlowLayout(self.button_bar)
        for b in (
            self.undo_btn,
            self.redo_btn,
            self.other_btn,
            self.carry_btn,
            self.check_btn,
            self.complete_btn,
            self.approve_btn,
            self.unlock_btn,
            self.period_history_btn,
        ):
            flow.addWidget(b)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.button_bar.setSizePolicy(policy)

    # -- helpers --------------------------------------------------------------------------------
    @property
    def job(self) -> Task | None:
        """The background copy of attachments, while one runs."""
        return self.attachments.job

    def _default_period(self) -> str | None:
        """The period to report on now (domain/period.py ``current_period``: the running or
        just-ended half-year whose due date is next), not the earliest one still open."""
        specs = [p.spec for p, _r, _t in self.period_model.rows]
        current = period_to_report(specs, self.ws.today())
        return current.id if current else None

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.measure_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return self.form.focus_first()
        return super().eventFilter(obj, event)

    def hideEvent(self, event: QHideEvent) -> None:
        # leaving the page or closing the window: nothing typed waits for its timer
        self.form.flush()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Called when the page is shown: data may have changed elsewhere."""
        self.form.flush()
        keep = self.current_period
        self.period_model.reload()
        self.select_period(keep)

    # -- selection ------------------------------------------------------------------------------
    def select_period(self, period_id: str | None) -> None:
        for i, (p, _r, _t) in enumerate(self.period_model.rows):
            if p.id == period_id:
                self.period_view.selectRow(i)
                self.period_view.setCurrentIndex(self.period_model.index(i, 0))
                self._load_period(period_id)
                return

    def _period_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            pid = current.data(CODE_ROLE)
            if pid != self.current_period:
                self._load_period(pid)

    def _load_period(self, period_id: str | None) -> None:
        self.form.flush()
        self.current_period = period_id
        keep = self.current_code
        self.measure_model.reload(period_id)
        self._update_state()
        if period_id:
            self.period_changed.emit(period_id)
        codes = [s.measure.code for s in self.measure_model.snaps]
        self.select_measure(keep if keep in codes else (codes[0] if codes else None))
        if period_id and not any(v for s in self.measure_model.snaps for v in s.values.values()):
            # an empty report (not one value in any field) says where to begin
            self.say(
                self.tr(
                    "Nothing is reported for {period} yet. Choose a measure in the list and "
                    "fill in its status and what was done, or press “Start from previous "
                    "period” to begin from the last report."
                ).format(period=period_name(period_id, self.lang))
            )

    def select_measure(self, code: str | None) -> bool:
        row = self.measure_model.row_of(code) if code else -1
        if row < 0:
            return False
        idx = self.measure_proxy.mapFromSource(self.measure_model.index(row, 0))
        self.measure_view.setCurrentIndex(idx)
        self.measure_view.selectRow(idx.row())
        if (
            self.current_code != code
            or self.form.measure is None
            or self.form.period != self.current_period
        ):
            self._load_measure(code)
        return True

    def _measure_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            code = current.data(CODE_ROLE)
            if code != self.current_code or self.form.period != self.current_period:
                self._load_measure(code)

    def _load_measure(self, code: str | None) -> None:
        self.form.flush()
        self.current_code = code
        if code is None or self.current_period is None:
            return
        measure = self.ws.plan().measure(code)
        self.form.show_entry(
            self.current_period, measure, rs.entry_values(self.ws, self.current_period, code)
        )
        self.form.set_read_only(self.is_locked())
        self._show_problems()
        self.attachments.show_entry(self.current_period, code)
        self._update_comment_counts()

    def _update_comment_counts(self) -> None:
        if not (self.current_period and self.current_code):
            return
        counts: dict[str, int] = {}
        for c in rs.comments(self.ws, self.current_period, self.current_code):
            counts[c.field] = counts.get(c.field, 0) + 1
        for fid, row in self.form.rows.items():
            n = counts.get(fid, 0)
            row.comment_btn.setText(str(n) if n else "")
        update_agency_note(self.agency_note, self.ws, self.current_period, self.current_code)

    def is_locked(self) -> bool:
        p = self.measure_model.period
        return bool(p and p.locked)

    def _update_state(self) -> None:
        p = self.measure_model.period
        if p is None:
            self.state_label.setText("")
            return
        self.state_label.setText(state_line(p, self.lang))
        locked = p.locked
        self.complete_btn.setEnabled(p.state == rpt.DRAFT)
        self.approve_btn.setEnabled(p.state == rpt.COMPLETE)
        self.unlock_btn.setEnabled(locked)
        self.carry_btn.setEnabled(not locked)
        self.other_btn.setEnabled(not locked)
        self.attachments.set_read_only(locked)
        self.form.set_read_only(locked)

    def _show_problems(self) -> None:
        if self.current_period and self.current_code:
            self.form.show_problems(
                rs.validate_measure(self.ws, self.current_period, self.current_code, self.lang)
            )

    def _refresh_after_change(self) -> None:
        """Statuses, counts and state after a change, keeping the selection."""
        code = self.current_code
        self.measure_model.reload(self.current_period)
        self._update_state()
        row = self.measure_model.row_of(code) if code else -1
        if row >= 0:
            idx = self.measure_proxy.mapFromSource(self.measure_model.index(row, 0))
            self.measure_view.selectionModel().blockSignals(True)
            self.measure_view.setCurrentIndex(idx)
            self.measure_view.selectRow(idx.row())
            self.measure_view.selectionModel().blockSignals(False)
        self.data_changed.emit()

    # -- edits ----------------------------------------------------------------------------------
    def push_edit(self, period: str, code: str, field: str, old: str, new: str) -> None:
        # bounded: the Undo button and its tooltip show it ("Undo 3.2.3 What was d…")
        text = elide(f"{code} {self.rules.label_of(field, None, self.lang)}", 32)
        self.undo_stack.push(SetValueCommand(self.apply_value, text, period, code, field, old, new))
        if field == "status" and self.form.period == period:
            # what the new status leaves without meaning (carried "what was done" beside "not
            # started", a reason beside "in progress") is offered for clearing, not kept silently
            values = {f: r.value() for f, r in self.form.rows.items()}
            label = rs.status_label(self.ws, new, self.lang) if new else ""
            self.form.offer_clear(rpt.inapplicable_fields(self.rules, new, values), label)

    def clear_fields(self, fields: list[str]) -> None:
        """Clear ``fields`` of the measure shown, as one step that Undo takes back whole."""
        period, m = self.form.period, self.form.measure
        if period is None or m is None or not fields:
            return
        self.form.flush()
        self.undo_stack.beginMacro(
            elide(self.tr("{code}: clear what the status left").format(code=m.code), 32)
        )
        for f in fields:
            old = self.form.saved.get(f, "")
            if old:
                text = elide(f"{m.code} {self.rules.label_of(f, None, self.lang)}", 32)
                self.undo_stack.push(
                    SetValueCommand(self.apply_value, text, period, m.code, f, old, "")
                )
        self.undo_stack.endMacro()
        self.form.offer_clear([], "")
        self.form.update_visibility()

    def apply_value(self, period: str, code: str, field: str, value: str) -> None:
        """Write one value now (autosave, undo, redo) and update what shows it."""
        showing = (
            self.form.period == period
            and self.form.measure is not None
            and (self.form.measure.code == code)
        )
        try:
            saved = rs.set_value(self.ws, period, code, field, value, lang=self.lang)
        except UserError as exc:
            if showing and field in self.form.rows:
                self.form.rows[field].set_error(str(exc))
            self.say(str(exc), error=True)
            return
        stored = saved.value
        if showing:
            self.form.saved[field] = stored
            row = self.form.rows.get(field)
            if row is not None:
                if not row.editor.hasFocus():
                    row.set_value(stored)  # undo, redo, or typed and left: the stored value
                elif row.value() != value:
                    row.set_value(value)
                row.set_carried(False)
            self.form.update_visibility()
        self.say(self.tr("Saved."))
        self._refresh_entry(period, saved, showing)

    def _refresh_entry(self, period: str, saved: rs.SavedField, showing: bool) -> None:
        """After one value was saved: that measure's row, its problems and the state line, from
        what ``set_value`` returned -- no reading the period again."""
        if period != self.current_period:
            return  # undone or redone from another period: the tables do not show it
        before = self.measure_model.period
        if before is None or before.state != rpt.DRAFT:
            # an edit takes a complete report back to draft: the state line reads it anew
            self.measure_model.set_period(rs.period_info(self.ws, period))
        if self.measure_model.update_entry(saved.entry, len(saved.problems)) < 0:
            self._refresh_after_change()  # a measure the table did not list (not expected)
        else:
            self._update_state()
            self.data_changed.emit()
        if showing:
            self.form.show_problems([*saved.problems, *saved.notes])

    # -- optional measures ---------------------------------------------------------------------
    def _fill_other_menu(self) -> None:
        self.other_menu.clear()
        included = {s.measure.code for s in self.measure_model.snaps}
        for m in self.ws.plan().measures:
            if m.lsg_participates:
                continue
            act = self.other_menu.addAction(f"{m.code}. {pick(m.title, self.lang)[:80]}")
            act.setCheckable(True)
            act.setChecked(m.code in included)
            act.setEnabled(not self.is_locked())
            act.setData(m.code)
            act.toggled.connect(lambda on, code=m.code: self.include_measure(code, on))

    def include_measure(self, code: str, included: bool = True) -> None:
        pid = self.current_period
        if pid is None:
            return
        self._period_action(
            lambda: rs.include_measure(self.ws, pid, code, included),
            self.tr("Measure {code} added to the report.").format(code=code)
            if included
            else self.tr("Measure {code} removed from the report.").format(code=code),
        )
        if included:
            self.select_measure(code)

    # -- dialogs -------------------------------------------------------------------------------
    def _field_title(self, field: str) -> str:
        m = self.form.measure
        return f"{m.code if m else ''} — {self.rules.label_of(field, m, self.lang)}"

    def open_history(self, field: str | None = None) -> QWidget | None:
        if not (self.current_period and self.current_code):
            return None
        self.form.flush()
        m = self.ws.plan().measure(self.current_code)
        rules, lang = self.rules, self.lang
        title = self.tr("History: {what}").format(
            what=self._field_title(field) if field else self.current_code
        )
        dlg = HistoryDialog(
            title,
            rs.history(self.ws, self.current_period, self.current_code, field),
            field_label=lambda f: rules.label_of(f, m, lang),
            value_text=lambda f, v: rs.value_text(rules, f, v or "", lang),
            reason_text=lambda r: rs.reason_text(r, lang),
            parent=self,
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    def open_period_history(self) -> QWidget | None:
        """The period's history (completed, approved, unlocked, returned: who, when, why) and
        the predecessors' archived reports, read-only."""
        if self.current_period is None:
            return None
        dlg = PeriodHistoryDialog(self.ws, self.current_period, self.lang, self)
        self.dialog = dlg
        dlg.open()
        return dlg

    def open_comments(self, field: str) -> QWidget | None:
        if not (self.current_period and self.current_code):
            return None
        period, code = self.current_period, self.current_code
        existing = rs.comments(self.ws, period, code, field)
        title = self.tr("Comments: {what}").format(what=self._field_title(field))
        dlg = CommentDialog(title, existing, self.is_locked(), self)

        def done() -> None:
            try:
                rs.add_comment(self.ws, period, code, field, dlg.text())
            except UserError as exc:
                self.say(str(exc), error=True)
                return
            self.say(self.tr("Comment added."))
            self._update_comment_counts()
            self._refresh_after_change()
            self._show_problems()

        dlg.accepted.connect(done)
        self.dialog = dlg
        dlg.open()
        return dlg

    # -- period actions -------------------------------------------------------------------------
    def _period_action(self, fn: object, success: str) -> bool:
        self.form.flush()
        try:
            fn()  # type: ignore[operator]
        except UserError as exc:
            self.say(str(exc), error=True)
            return False
        self.say(success)
        self.period_model.reload()
        self.select_period(self.current_period)
        self._refresh_after_change()
        if self.current_code:
            self._load_measure(self.current_code)
        return True

    def carry_forward(self) -> None:
        pid = self.current_period
        if pid is None:
            return
        n = [0]

        def run() -> None:
            n[0] = rs.carry_forward(self.ws, pid)

        if self._period_action(run, ""):
            self.say(self.tr("%n value(s) carried forward from the previous period.", "", n[0]))

    def check(self) -> bool:
        self.form.flush()
        if self.current_period is None:
            return False
        problems = rs.validate_period(self.ws, self.current_period, self.lang)
        if not problems:
            self.say(self.tr("No problems found: the report can be marked complete."))
            return True
        first = next(iter(problems))
        n = sum(len(v) for v in problems.values())
        self.say(
            self.tr("{problems} in {measures}. The first is shown.").format(
                problems=self.tr("%n problem(s)", "", n),
                measures=self.tr("%n measure(s)", "", len(problems)),
            ),
            error=True,
        )
        self.select_measure(first)
        return False

    def mark_complete(self) -> bool:
        pid = self.current_period
        if pid is None:
            return False
        self.form.flush()
        if not self.check():
            return False
        return self._period_action(
            lambda: rs.mark_complete(self.ws, pid),
            self.tr("The report is marked complete. The head can approve it now."),
        )

    def open_approve_dialog(self) -> QWidget | None:
        pid = self.current_period
        if pid is None:
            return None
        m = self.ws.municipality()
        dlg = ApproveDialog(pid, m.head_name if m else "", self.ws.today(), self)
        dlg.accepted.connect(
            lambda: self._period_action(
                lambda: rs.approve(self.ws, pid, dlg.head(), dlg.date()),
                self.tr("The report is approved and locked."),
            )
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    def open_unlock_dialog(self) -> QWidget | None:
        pid = self.current_period
        if pid is None:
            return None
        dlg = UnlockDialog(pid, self)
        dlg.accepted.connect(
            lambda: self._period_action(
                lambda: rs.unlock(self.ws, pid, dlg.reason()),
                self.tr("The report is unlocked; the reason is in the history."),
            )
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    # -- attachments ----------------------------------------------------------------------------
    def attach_files(self, paths: list[Path]) -> None:
        """Copy the files in the background with a progress dialog (Cancel works)."""
        self.attachments.attach_files(paths)

    def _attachments_changed(self) -> None:
        self._refresh_after_change()
        self._show_problems()
        self.attachments_changed.emit()
