"""The report page: periods, the measures of a period, and the entry form of one measure.

Every field is saved as it is typed (debounced, and at once when the field loses focus or
another measure is chosen) -- there is no Save button. Edits go through a QUndoStack
(Ctrl+Z / Ctrl+Y); the history and the comments of any value are one click away; problems are
shown next to the field, in the user's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import ARCHIVE
from msu_desktop.domain.plan import Measure, deadline_text
from msu_desktop.errors import UserError
from msu_desktop.gui.fit import ElidedLabel, elide, flow_bar
from msu_desktop.i18n import pick
from msu_desktop.services import attachments as att
from msu_desktop.services import report_service as rs
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
AUTOSAVE_MS = 500

STATE_COLOURS = {
    "overdue": QColor(200, 40, 40),
    "due_soon": QColor(200, 120, 0),
    "current": QColor(30, 100, 180),
    "closed": QColor(40, 140, 60),
    "archive": QColor(110, 110, 110),
}


def _d(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


# -- models --------------------------------------------------------------------------------------
class PeriodModel(QAbstractTableModel):
    """Periods with due date, state and how many measures are reported."""

    def __init__(self, page: ReportPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[tuple[rs.PeriodInfo, int, int]] = []

    def reload(self) -> None:
        self.beginResetModel()
        d = rs.dashboard(self.page.ws)
        self.rows = []
        for p in rs.periods(self.page.ws):
            c = d.period(p.id)
            self.rows.append((p, c.reported if c else 0, c.total if c else 0))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Period"), self.tr("Due"), self.tr("State"), self.tr("Reported")][
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        p, reported, total = self.rows[index.row()]
        col = index.column()
        if role == CODE_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return period_name(p.id, self.page.lang)
            if col == 1:
                return _d(p.spec.due)
            if col == 2:
                state = self.page.state_text(p.state)
                if p.state != rpt.APPROVED:
                    state += " · " + self.page.timeliness_text(p.timeliness)
                return state
            return f"{reported}/{total}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            colour = STATE_COLOURS.get(p.timeliness)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole cell, however narrow its column, then what it means
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            if p.approved_by:
                more = self.tr("Approved by {name} on {date}").format(
                    name=p.approved_by, date=_d(p.approved_on)
                )
            elif p.days_left >= 0:
                more = self.tr("{days} days left until {date}").format(
                    days=p.days_left, date=_d(p.spec.due)
                )
            elif p.timeliness == ARCHIVE:
                more = self.page.archive_text()
            else:
                more = self.tr("Overdue by {days} days").format(days=-p.days_left)
            return f"{shown}\n{more}"
        return None


class MeasureModel(QAbstractTableModel):
    """The measures of a period: code, title, status, flags."""

    def __init__(self, page: ReportPage) -> None:
        super().__init__(page)
        self.page = page
        self.snaps: list[rs.EntrySnapshot] = []
        self.problems: dict[str, int] = {}
        self.period: rs.PeriodInfo | None = None

    def reload(self, period_id: str | None) -> None:
        self.beginResetModel()
        if period_id is None:
            self.snaps, self.problems, self.period = [], {}, None
        else:
            self.period = rs.period_info(self.page.ws, period_id)
            self.snaps = rs.load_period(self.page.ws, period_id)
            rules = self.page.rules
            self.problems = {
                s.measure.code: len(rpt.validate_entry(s.data(), rules, self.period.spec))
                for s in self.snaps
            }
        self.endResetModel()

    def row_of(self, code: str) -> int:
        for i, s in enumerate(self.snaps):
            if s.measure.code == code:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.snaps)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("No."), self.tr("Measure"), self.tr("Status"), self.tr("Check")][
                section
            ]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        s = self.snaps[index.row()]
        col = index.column()
        lang = self.page.lang
        missed = self.period is not None and rpt.deadline_missed(
            s.measure, s.status, self.period.spec
        )
        if role == CODE_ROLE:
            return s.measure.code
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return s.measure.code
            if col == 1:
                return pick(s.measure.title, lang)
            if col == 2:
                label = rs.status_label(self.page.ws, s.status, lang) if s.status else ""
                if label and "status" in s.carried:
                    label += " ↻"
                return label or self.tr("— not reported —")
            n = self.problems.get(s.measure.code, 0)
            parts = []
            if n:
                parts.append(self.tr("{n} to fix").format(n=n))
            if missed:
                parts.append(self.tr("deadline passed"))
            return ", ".join(parts) or "✓"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return pick(s.measure.title, lang)
            if col == 2 and "status" in s.carried:
                return self.tr("Carried forward from the previous period")
            if col == 3 and missed:
                return self.tr("The measure's own deadline ({date}) has passed.").format(
                    date=deadline_text(s.measure.deadline, lang)
                )
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # a cut cell, in full
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            if missed or self.problems.get(s.measure.code):
                return QBrush(QColor(200, 40, 40))
            return QBrush(QColor(40, 140, 60))
        return None


# -- undo ----------------------------------------------------------------------------------------
class SetValueCommand(QUndoCommand):
    """One field's change; consecutive typing in the same field merges into one step."""

    def __init__(self, page: ReportPage, period: str, code: str, field: str, old: str, new: str):
        super().__init__()
        self.page, self.period, self.code, self.field = page, period, code, field
        self.old, self.new = old, new
        # bounded: the Undo button and its tooltip show it ("Undo 3.2.3 What was d…")
        self.setText(elide(f"{code} {page.rules.label_of(field, None, page.lang)}", 32))
        self.key = hash((period, code, field)) & 0x7FFFFFFF

    def id(self) -> int:
        return self.key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or (other.period, other.code, other.field) != (
            self.period,
            self.code,
            self.field,
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.page.apply_value(self.period, self.code, self.field, self.new)

    def undo(self) -> None:
        self.page.apply_value(self.period, self.code, self.field, self.old)


# -- attaching files in the background -----------------------------------------------------------
class _AttachSignals(QObject):
    progress = Signal(int)
    stored = Signal(str, int, str)  # sha, size, name
    failed = Signal(str)
    finished = Signal()


class AttachJob(QRunnable):
    """Copy files into the store off the GUI thread; the database is written by the GUI."""

    def __init__(self, ws: Workspace, paths: list[Path]) -> None:
        super().__init__()
        self.ws, self.paths = ws, paths
        self.signals = _AttachSignals()
        self.cancel = False
        self.total = sum(p.stat().st_size for p in paths if p.is_file()) or 1

    def run(self) -> None:
        done = 0
        try:
            for p in self.paths:
                if self.cancel:
                    break
                base = done

                def progress(n: int, base: int = base) -> None:
                    self.signals.progress.emit(int(100 * (base + n) / self.total))

                try:
                    sha, size = att.store_file(
                        self.ws, p, progress=progress, cancelled=lambda: self.cancel
                    )
                except UserError as exc:
                    self.signals.failed.emit(str(exc))
                    if isinstance(exc, att.Cancelled):
                        break
                    continue
                done += size
                self.signals.stored.emit(sha, size, p.name)
        finally:
            self.signals.finished.emit()


# -- the entry form ------------------------------------------------------------------------------
class FieldRow(QWidget):
    """An editor, its history and comment buttons, and the error line under it."""

    def __init__(self, form: EntryForm, field_id: str, editor: QWidget) -> None:
        super().__init__(form)
        self.form, self.field_id, self.editor = form, field_id, editor
        self.kind = form.page.rules.kind_of(field_id)
        safe = field_id.replace(":", "_")
        editor.setObjectName(f"field_{safe}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        top = QHBoxLayout()
        top.addWidget(editor, 1)
        if editor.maximumWidth() < 10_000:  # a short editor (a date): buttons stay in their column
            top.addStretch(1)
        self.history_btn = QToolButton(self)
        self.history_btn.setObjectName(f"history_{safe}")
        self.history_btn.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.history_btn.setAccessibleName(self.tr("History of this value"))
        self.history_btn.setToolTip(self.tr("History of this value"))
        # icon buttons are for the mouse: Tab goes from field to field
        self.history_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_btn.clicked.connect(lambda: form.page.open_history(field_id))
        self.comment_btn = QToolButton(self)
        self.comment_btn.setObjectName(f"comment_{safe}")
        self.comment_btn.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
        )
        self.comment_btn.setAccessibleName(self.tr("Comments on this value"))
        self.comment_btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.comment_btn.setToolTip(self.tr("Comments on this value"))
        self.comment_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.comment_btn.clicked.connect(lambda: form.page.open_comments(field_id))
        top.addWidget(self.history_btn)
        top.addWidget(self.comment_btn)
        lay.addLayout(top)
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{safe}")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.commit)
        self.loading = False
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._combo_changed)
        elif isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._typed)
            editor.editingFinished.connect(self.commit)
            editor.installEventFilter(self)
        elif isinstance(editor, QPlainTextEdit):
            editor.setUndoRedoEnabled(False)
            editor.textChanged.connect(self._typed)
            editor.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not self.editor:
            return False
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
            self._reformat()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            # the page's undo stack, not the editor's own keystroke undo
            if event.matches(QKeySequence.StandardKey.Undo):
                self.commit()
                self.form.page.undo_stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.commit()
                self.form.page.undo_stack.redo()
                return True
        return False

    def value(self) -> str:
        e = self.editor
        if isinstance(e, QComboBox):
            return str(e.currentData() or "")
        if isinstance(e, QLineEdit):
            return e.text()
        assert isinstance(e, QPlainTextEdit)
        return e.toPlainText()

    def set_value(self, value: str) -> None:
        """Show a stored value (dates and numbers in the local way, see rpt.display)."""
        value = rpt.display(self.kind, value)
        self.loading = True
        try:
            e = self.editor
            if isinstance(e, QComboBox):
                e.setCurrentIndex(max(0, e.findData(value)))
            elif isinstance(e, QLineEdit):
                if e.text() != value:
                    e.setText(value)
                    if not e.hasFocus():
                        e.setCursorPosition(0)  # show the beginning of a long text
            elif isinstance(e, QPlainTextEdit) and e.toPlainText() != value:
                e.setPlainText(value)
        finally:
            self.loading = False

    def set_read_only(self, ro: bool) -> None:
        e = self.editor
        if isinstance(e, QComboBox):
            e.setEnabled(not ro)
        elif isinstance(e, (QLineEdit, QPlainTextEdit)):
            e.setReadOnly(ro)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_carried(self, carried: bool) -> None:
        tip = self.tr("Carried forward from the previous period") if carried else ""
        self.editor.setToolTip(tip)
        self.editor.setStyleSheet("background: #fff8dc;" if carried else "")

    def _reformat(self) -> None:
        """A number reads as it will be printed once the field is left: 20000 → "20 000"."""
        if isinstance(self.editor, QLineEdit) and self.kind in ("integer", "money", "date"):
            self.set_value(rpt.normalise(self.kind, self.value()))

    def _typed(self, *_a: object) -> None:
        if not self.loading:
            self.timer.start()

    def _combo_changed(self, _i: int) -> None:
        if not self.loading:
            self.commit()

    def pending(self) -> bool:
        return self.timer.isActive()

    def commit(self) -> None:
        self.timer.stop()
        if not self.loading:
            self.form.commit(self.field_id, self.value())


class EntryForm(QWidget):
    """The fields of one measure's report, built from the rules data."""

    def __init__(self, page: ReportPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: dict[str, FieldRow] = {}
        self.saved: dict[str, str] = {}
        self.measure: Measure | None = None
        self.period: str | None = None
        self.setObjectName("entryForm")
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("entryTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        outer.addWidget(self.title)
        self.deadline = QLabel(self)
        self.deadline.setObjectName("entryDeadline")
        self.deadline.setWordWrap(True)
        outer.addWidget(self.deadline)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(scroll)
        self.layout_ = QFormLayout(self.inner)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(self.inner)
        outer.addWidget(scroll, 1)

    def clear_fields(self) -> None:
        for row in self.rows.values():
            row.timer.stop()
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.rows = {}

    def _editor(self, field_id: str) -> QWidget:
        rules, lang = self.page.rules, self.page.lang
        kind = rules.kind_of(field_id)
        fdef = rules.field_def(field_id)
        if field_id == "status":
            combo = QComboBox(self)
            combo.addItem(self.tr("— choose —"), "")
            for s in rules.statuses:
                combo.addItem(pick(s.label, lang), s.id)
            return combo
        if fdef is not None and fdef.multiline:
            e = QPlainTextEdit(self)
            e.setTabChangesFocus(True)
            e.setMinimumHeight(60)
            e.setMaximumHeight(110)
            if fdef.help:
                e.setPlaceholderText(pick(fdef.help, lang))
            return e
        le = QLineEdit(self)
        if kind == "date":
            le.setPlaceholderText(self.tr("DD.MM.YYYY"))
            le.setMaximumWidth(140)
        elif kind == "money":
            le.setPlaceholderText(pick(rules.currency, lang))
            le.setMaximumWidth(200)
        elif kind == "integer":
            le.setMaximumWidth(140)
        elif fdef is not None and fdef.help:
            le.setPlaceholderText(pick(fdef.help, lang))
        return le

    def show_entry(self, period: str, measure: Measure, values: dict[str, rs.StoredValue]) -> None:
        self.flush()
        self.clear_fields()
        self.period, self.measure = period, measure
        rules, lang = self.page.rules, self.page.lang
        self.title.setText(f"{measure.code}. {pick(measure.title, lang)}")
        self.deadline.setText(
            self.tr("Deadline: {deadline}. Expected result: {result}").format(
                deadline=deadline_text(measure.deadline, lang),
                result=pick(measure.expected_result, lang),
            )
        )
        sections = [
            (None, [f.id for f in rules.fields]),
            (
                self.tr("Indicators"),
                [rpt.INDICATOR_PREFIX + i.id for i in rules.indicators_for(measure)],
            ),
            (
                self.tr("Money spent, by source ({currency})").format(
                    currency=pick(rules.currency, lang)
                ),
                [rpt.MONEY_PREFIX + s.id for s in rules.money_sources],
            ),
        ]
        own = {rpt.INDICATOR_PREFIX + i.id: i for i in measure.indicators}
        self.saved = {}
        for heading, ids in sections:
            if heading:
                h = QLabel(f"<b>{heading}</b>", self.inner)
                self.layout_.addRow(h)
            for fid in ids:
                row = FieldRow(self, fid, self._editor(fid))
                label = rules.label_of(fid, measure, lang)
                if fid in own and own[fid].target is not None:
                    ind = own[fid]
                    label += " " + self.tr("(target {n} {unit})").format(
                        n=f"{ind.target:g}", unit=pick(ind.unit, lang)
                    )
                lab = QLabel(label + ":", self.inner)
                lab.setWordWrap(True)
                lab.setBuddy(row.editor)
                self.layout_.addRow(lab, row)
                self.rows[fid] = row
                v = values.get(fid)
                self.saved[fid] = v.value if v else ""
                row.set_value(self.saved[fid])
                row.set_carried(bool(v and v.carried))
        self.update_visibility()

    def update_visibility(self) -> None:
        status = self.rows["status"].value() if "status" in self.rows else ""
        if "reason" in self.rows:
            show = status in (rpt.NOT_COMPLETED, rpt.NOT_APPLICABLE) or bool(
                self.rows["reason"].value()
            )
            self.rows["reason"].setVisible(show)
            label = self.layout_.labelForField(self.rows["reason"])
            if label is not None:
                label.setVisible(show)

    def set_read_only(self, ro: bool) -> None:
        for row in self.rows.values():
            row.set_read_only(ro)
            row.comment_btn.setEnabled(True)

    def show_problems(self, problems: list[rpt.Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            target = p.field if p.field in self.rows else "status"
            by_field.setdefault(target, []).append(p.message)
        for fid, row in self.rows.items():
            row.set_error(" ".join(by_field.get(fid, [])))

    def commit(self, field_id: str, value: str) -> None:
        if self.period is None or self.measure is None:
            return
        old = self.saved.get(field_id, "")
        if value == old or rpt.normalise(self.page.rules.kind_of(field_id), value) == old:
            return  # nothing changed, or only its spelling (01.03.2019 for 2019-03-01)
        self.page.push_edit(self.period, self.measure.code, field_id, old, value)

    def flush(self) -> None:
        """Commit whatever is still waiting for its debounce timer."""
        for row in list(self.rows.values()):
            if row.pending():
                row.commit()


# -- the page ------------------------------------------------------------------------------------
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
        self.pool = QThreadPool.globalInstance()
        self.job: AttachJob | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QWidget | None = None

        # left: periods
        self.period_model = PeriodModel(self)
        self.period_view = QTableView(self)
        self.period_view.setObjectName("periodTable")
        self.period_view.setModel(self.period_model)
        self._setup_table(self.period_view)
        # middle: measures
        self.measure_model = MeasureModel(self)
        self.measure_proxy = QSortFilterProxyModel(self)
        self.measure_proxy.setSourceModel(self.measure_model)
        self.measure_view = QTableView(self)
        self.measure_view.setObjectName("measureTable")
        self.measure_view.setModel(self.measure_proxy)
        self._setup_table(self.measure_view)
        header = self.measure_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the status and check columns get a set width (dragged wider if wanted, whole in the
        # tooltip) so that the measure's title keeps the room; sized to their contents they
        # left the title two letters on a 1366-pixel screen
        for column, width in ((2, 120), (3, 86)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # right: the form and attachments
        self.form = EntryForm(self)
        self.attach_list = QListWidget(self)
        self.attach_list.setObjectName("attachmentList")
        self.attach_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.attach_list.setIconSize(QSize(72, 72))
        self.attach_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.attach_list.setMaximumHeight(130)
        self.attach_list.itemActivated.connect(self._open_attachment)
        self.attach_btn = QPushButton(self.tr("&Attach files…"), self)
        self.attach_btn.setObjectName("attachButton")
        self.attach_btn.clicked.connect(self.choose_files)
        self.detach_btn = QPushButton(self.tr("Remove file"), self)
        self.detach_btn.setObjectName("detachButton")
        self.detach_btn.clicked.connect(self.remove_selected_attachment)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        from msu_desktop.gui.delivery_status import agency_note_label

        self.agency_note = agency_note_label(self)  # the agency's comments when it returned it
        rl.addWidget(self.agency_note)
        rl.addWidget(self.form, 1)
        ab = QHBoxLayout()
        ab.addWidget(QLabel(self.tr("Documents and photos:")))
        ab.addStretch(1)
        ab.addWidget(self.attach_btn)
        ab.addWidget(self.detach_btn)
        rl.addLayout(ab)
        rl.addWidget(self.attach_list)

        # top bar: state and period actions
        self.state_label = ElidedLabel("", self)  # cut to its width, whole in the tooltip
        self.state_label.setObjectName("periodState")
        self.carry_btn = QPushButton(self.tr("Start from previous period"), self)
        self.carry_btn.setObjectName("carryButton")
        self.carry_btn.clicked.connect(self.carry_forward)
        self.check_btn = QPushButton(self.tr("Check"), self)
        self.check_btn.setObjectName("checkButton")
        self.check_btn.clicked.connect(self.check)
        self.complete_btn = QPushButton(self.tr("Mark &complete"), self)
        self.complete_btn.setObjectName("completeButton")
        self.complete_btn.clicked.connect(self.mark_complete)
        self.approve_btn = QPushButton(self.tr("A&pprove…"), self)
        self.approve_btn.setObjectName("approveButton")
        self.approve_btn.clicked.connect(self.open_approve_dialog)
        self.unlock_btn = QPushButton(self.tr("&Unlock…"), self)
        self.unlock_btn.setObjectName("unlockButton")
        self.unlock_btn.clicked.connect(self.open_unlock_dialog)
        self.other_btn = QToolButton(self)
        self.other_btn.setObjectName("otherMeasuresButton")
        self.other_btn.setText(self.tr("Other measures"))
        self.other_btn.setToolTip(
            self.tr("Also report on measures that local self-government does not take part in")
        )
        self.other_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.other_menu = QMenu(self.other_btn)
        self.other_menu.aboutToShow.connect(self._fill_other_menu)
        self.other_btn.setMenu(self.other_menu)
        self.undo_btn = QToolButton(self)
        self.undo_btn.setObjectName("undoButton")
        self.undo_btn.setDefaultAction(self.undo_stack.createUndoAction(self, self.tr("Undo")))
        self.undo_btn.defaultAction().setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_btn.defaultAction().setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.redo_btn = QToolButton(self)
        self.redo_btn.setObjectName("redoButton")
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_btn.setDefaultAction(redo)
        self.addActions([self.undo_btn.defaultAction(), redo])
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)

        # The state on its own line, the buttons below it on as many lines as the width needs:
        # a Kyrgyz bar in one line was wider than a 1366-pixel screen.
        for b in (self.undo_btn, self.redo_btn):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.undo_btn.defaultAction().setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack)
        )
        redo.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        bar = QVBoxLayout()
        bar.addWidget(self.state_label)
        self.button_bar = flow_bar(
            self,
            [
                self.undo_btn,
                self.redo_btn,
                self.other_btn,
                self.carry_btn,
                self.check_btn,
                self.complete_btn,
                self.approve_btn,
                self.unlock_btn,
            ],
            "reportButtons",
        )
        bar.addWidget(self.button_bar)

        split = QSplitter(self)
        split.addWidget(self.period_view)
        split.addWidget(self.measure_view)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 5)
        split.setChildrenCollapsible(False)
        # wide enough to read a period's state and a measure's title at the first glance
        split.setSizes([230, 540, 600])
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

        self.period_view.selectionModel().currentRowChanged.connect(self._period_selected)
        self.measure_view.selectionModel().currentRowChanged.connect(self._measure_selected)
        self.period_model.reload()
        self.select_period(self._default_period())

    # -- helpers --------------------------------------------------------------------------------
    def _setup_table(self, view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)

    def state_text(self, state: str) -> str:
        return {
            rpt.DRAFT: self.tr("Draft"),
            rpt.COMPLETE: self.tr("Complete"),
            rpt.APPROVED: self.tr("Approved, locked"),
        }.get(state, state)

    def timeliness_text(self, t: str) -> str:
        return {
            "future": self.tr("not started yet"),
            "current": self.tr("current"),
            "due_soon": self.tr("due soon"),
            "overdue": self.tr("overdue"),
            ARCHIVE: self.tr("archive"),
            "closed": self.tr("submitted"),
        }.get(t, t)

    def archive_text(self) -> str:
        return self.tr(
            "The programme has ended: this report is an archive. It can still be completed; "
            "it is no longer overdue."
        )

    def _default_period(self) -> str | None:
        d = rs.dashboard(self.ws)
        if d.next_due:
            return d.next_due.period.id
        return self.period_model.rows[0][0].id if self.period_model.rows else None

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

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
        if period_id and not any(s.status for s in self.measure_model.snaps):
            # an empty report says where to begin
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
        self._load_attachments()
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
        from msu_desktop.gui.delivery_status import update_agency_note

        update_agency_note(self.agency_note, self.ws, self.current_period, self.current_code)

    def is_locked(self) -> bool:
        p = self.measure_model.period
        return bool(p and p.locked)

    def _update_state(self) -> None:
        p = self.measure_model.period
        if p is None:
            self.state_label.setText("")
            return
        text = self.tr("{period}: {state}. Due {date}").format(
            period=period_name(p.id, self.lang), state=self.state_text(p.state), date=_d(p.spec.due)
        )
        if p.state == rpt.APPROVED:
            text += " — " + self.tr("approved by {name} on {date}").format(
                name=p.approved_by, date=_d(p.approved_on)
            )
        elif p.days_left >= 0:
            text += " — " + self.tr("{days} days left").format(days=p.days_left)
        elif p.timeliness == ARCHIVE:
            text += " — " + self.tr("archive: the programme has ended")
        else:
            text += " — " + self.tr("overdue by {days} days").format(days=-p.days_left)
        self.state_label.setText(text)
        locked = p.locked
        self.complete_btn.setEnabled(p.state == rpt.DRAFT)
        self.approve_btn.setEnabled(p.state == rpt.COMPLETE)
        self.unlock_btn.setEnabled(locked)
        self.carry_btn.setEnabled(not locked)
        self.other_btn.setEnabled(not locked)
        self.attach_btn.setEnabled(not locked)
        self.detach_btn.setEnabled(not locked)
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
        self.undo_stack.push(SetValueCommand(self, period, code, field, old, new))

    def apply_value(self, period: str, code: str, field: str, value: str) -> None:
        """Write one value now (autosave, undo, redo) and update what shows it."""
        showing = (
            self.form.period == period
            and self.form.measure is not None
            and (self.form.measure.code == code)
        )
        try:
            stored = rs.set_value(self.ws, period, code, field, value).value
        except UserError as exc:
            if showing and field in self.form.rows:
                self.form.rows[field].set_error(str(exc))
            self.say(str(exc), error=True)
            return
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
        self._refresh_after_change()
        if showing:
            self._show_problems()

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
        from msu_desktop.gui.history import HistoryDialog

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

    def open_comments(self, field: str) -> QWidget | None:
        from msu_desktop.gui.report_dialogs import CommentDialog

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
            self.say(self.tr("{n} values carried forward from the previous period.").format(n=n[0]))

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
            self.tr("{n} problem(s) in {m} measure(s). The first is shown.").format(
                n=n, m=len(problems)
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
        from msu_desktop.gui.report_dialogs import ApproveDialog

        pid = self.current_period
        if pid is None:
            return None
        m = self.ws.municipality()
        dlg = ApproveDialog(pid, m.head_name if m else "", rs.today_of(self.ws), self)
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
        from msu_desktop.gui.report_dialogs import UnlockDialog

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
    def _load_attachments(self) -> None:
        self.attach_list.clear()
        if not (self.current_period and self.current_code):
            return
        for a in rs.attachments_of(self.ws, self.current_period, self.current_code):
            item = QListWidgetItem(a.name, self.attach_list)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, str(a.path))
            item.setToolTip(
                f"{a.name}\n{a.caption}\n{a.size:,} B · SHA-256 {a.sha256[:16]}…\n{a.added_by}"
            )
            icon = QIcon()
            if a.mime.startswith("image/"):
                pix = QPixmap(str(a.path))
                if not pix.isNull():
                    icon = QIcon(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio))
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            item.setIcon(icon)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole + 1)))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach documents and photos"),
            "",
            self.tr(
                "Documents and photos (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png *.txt);;All files (*)"
            ),
        )
        if paths:
            self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Copy the files in the background with a progress dialog (Cancel works)."""
        if not (self.current_period and self.current_code) or self.job is not None:
            return
        period, code = self.current_period, self.current_code
        missing = [p for p in paths if not p.is_file()]
        if missing:
            self.say(self.tr("The file {path} was not found.").format(path=str(missing[0])), True)
            return
        job = AttachJob(self.ws, paths)
        self.job = job
        self.progress = QProgressDialog(self.tr("Copying files…"), self.tr("Cancel"), 0, 100, self)
        self.progress.setObjectName("attachProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(lambda: setattr(job, "cancel", True))
        errors: list[str] = []

        def stored(sha: str, size: int, name: str) -> None:
            try:
                att.record_attachment(self.ws, period, code, sha, size, name)
            except UserError as exc:
                errors.append(str(exc))

        def finished() -> None:
            if self.progress is not None:
                self.progress.reset()
                self.progress.deleteLater()
                self.progress = None
            self.job = None
            if errors:
                self.say(errors[0], error=True)
            else:
                self.say(self.tr("Files attached."))
            self._load_attachments()
            self._refresh_after_change()
            self._show_problems()
            self.attachments_changed.emit()

        def progress(value: int) -> None:
            if self.progress is not None:
                self.progress.setValue(value)

        job.signals.progress.connect(progress)
        job.signals.stored.connect(stored)
        job.signals.failed.connect(errors.append)
        job.signals.finished.connect(finished)
        self.pool.start(job)

    def remove_selected_attachment(self) -> None:
        item = self.attach_list.currentItem()
        if item is None:
            return
        try:
            att.remove_attachment(self.ws, int(item.data(Qt.ItemDataRole.UserRole)))
        except UserError as exc:
            self.say(str(exc), error=True)
            return
        self._load_attachments()
        self._refresh_after_change()
        self._show_problems()
