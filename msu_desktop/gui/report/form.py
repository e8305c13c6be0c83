"""The entry form of one measure's report: its fields, built from the reporting rules.

The form is given the rules and the language; it writes nothing. When a field's value
changes it says ``valueCommitted(period, code, field, old, new)``; the page turns that into an
undoable step and saves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Measure, deadline_text
from msu_desktop.gui.report.field_row import FieldRow
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs


class EntryForm(QWidget):
    """The fields of one measure's report, built from the rules data."""

    valueCommitted = Signal(str, str, str, str, str)  # period, code, field, old, new
    historyRequested = Signal(str)  # field id
    commentRequested = Signal(str)  # field id
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, rules: rpt.ReportRules, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.rules, self.lang = rules, lang
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
        rules, lang = self.rules, self.lang
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
        rules, lang = self.rules, self.lang
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
                row = FieldRow(self, fid, self._editor(fid), rules.kind_of(fid))
                row.committed.connect(self.commit)
                row.historyRequested.connect(self.historyRequested)
                row.commentRequested.connect(self.commentRequested)
                row.undoRequested.connect(self.undoRequested)
                row.redoRequested.connect(self.redoRequested)
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
        if value == old or rpt.normalise(self.rules.kind_of(field_id), value) == old:
            return  # nothing changed, or only its spelling (01.03.2019 for 2019-03-01)
        self.valueCommitted.emit(self.period, self.measure.code, field_id, old, value)

    def flush(self) -> None:
        """Commit whatever is still waiting for its debounce timer."""
        for row in list(self.rows.values()):
            if row.pending():
                row.commit()
