"""The entry form of one measure's report: its fields, built from the reporting rules.

The form is given the rules and the language; it writes nothing. When a field's value
changes it says ``valueCommitted(period, code, field, old, new)``; the page turns that into an
undoable step and saves it.

The layout keeps every field readable on a 1366×768 screen (issue 23): the title, the fields
and the attachments scroll together, so the fields get the whole height of the pane; labels
sit left of their field and wrap, and a label too long for two lines of that column (an
agency's 200-character indicator) goes on a row of its own above its field; every field keeps
the width its whole content needs ("150 000,50", "01.01.2019"); each field's error line is
reserved, so an error that appears never moves the fields below it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Measure, deadline_text
from msu_desktop.gui.report.field_row import SHORT_KINDS, FieldRow
from msu_desktop.i18n import pick
from msu_desktop.services import report_service as rs


class EntryForm(QWidget):
    """The fields of one measure's report, built from the rules data."""

    valueCommitted = Signal(str, str, str, str, str)  # period, code, field, old, new
    historyRequested = Signal(str)  # field id
    commentRequested = Signal(str)  # field id
    undoRequested = Signal()
    redoRequested = Signal()
    clearRequested = Signal(list)  # field ids the status left without meaning

    def __init__(self, rules: rpt.ReportRules, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.rules, self.lang = rules, lang
        self.rows: dict[str, FieldRow] = {}
        self.saved: dict[str, str] = {}
        self.measure: Measure | None = None
        self.period: str | None = None
        self.setObjectName("entryForm")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.fields_scroll = QScrollArea(self)
        scroll.setObjectName("entryScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(scroll)
        self.inner.setObjectName("entryFields")
        column = QVBoxLayout(self.inner)
        self.title = QLabel(self.inner)
        self.title.setObjectName("entryTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        column.addWidget(self.title)
        self.deadline = QLabel(self.inner)
        self.deadline.setObjectName("entryDeadline")
        self.deadline.setWordWrap(True)
        column.addWidget(self.deadline)
        self.layout_ = QGridLayout()
        self.layout_.setColumnStretch(0, 0)
        self.layout_.setColumnStretch(1, 1)
        self.layout_.setVerticalSpacing(2)
        column.addLayout(self.layout_)
        self.below = QVBoxLayout()  # the attachments, given by the page
        column.addLayout(self.below)
        column.addStretch(1)
        scroll.setWidget(self.inner)
        scroll.viewport().installEventFilter(self)
        self.inner.installEventFilter(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._build_offer())
        self.labels: dict[str, QLabel] = {}

    def _build_offer(self) -> QFrame:
        """Under the fields (so it moves none of them): what a new status leaves meaningless."""
        self.offer = QFrame(self)
        self.offer.setObjectName("clearOffer")
        self.offer.setStyleSheet("#clearOffer { background: #fff8e1; border: 1px solid #e0c060; }")
        self.offer_text = QLabel(self.offer)
        self.offer_text.setObjectName("clearOfferText")
        self.offer_text.setWordWrap(True)
        self.clear_btn = QPushButton(self.tr("Clear them"), self.offer)
        self.clear_btn.setObjectName("clearInapplicableButton")
        self.clear_btn.clicked.connect(lambda _c=False: self.clearRequested.emit(self.offered))
        self.keep_btn = QPushButton(self.tr("Keep"), self.offer)
        self.keep_btn.setObjectName("keepInapplicableButton")
        self.keep_btn.clicked.connect(lambda _c=False: self.offer_clear([], ""))
        bar = QHBoxLayout(self.offer)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(self.offer_text, 1)
        bar.addWidget(self.clear_btn)
        bar.addWidget(self.keep_btn)
        self.offer.hide()
        self.offered: list[str] = []
        return self.offer

    def add_below(self, widget: QWidget) -> None:
        """A part that scrolls with the fields, under them (the documents and photos)."""
        widget.setParent(self.inner)
        self.below.addWidget(widget)

    def clear_fields(self) -> None:
        for row in self.rows.values():
            row.timer.stop()
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.rows, self.labels = {}, {}

    def _label_width(self) -> int:
        """The label column: about 17 average characters, wider in a wide pane (at most 36)."""
        fm = QFontMetrics(self.font())
        chars = 17 if self.width() < 700 else 24
        return min(fm.averageCharWidth() * chars + 8, fm.averageCharWidth() * 36)

    def _add_field(self, lab: QLabel, row: FieldRow) -> None:
        """The label left of its field, or on a row of its own above it when it would take
        more than two lines of the label column."""
        grid = self.layout_
        r = grid.rowCount()
        width = self._label_width()
        lab.setWordWrap(True)
        natural = QFontMetrics(lab.font()).horizontalAdvance(lab.text())
        if natural > 2 * width:
            grid.addWidget(lab, r, 0, 1, 2)
            grid.addWidget(row, r + 1, 0, 1, 2)
        else:
            lab.setFixedWidth(width)
            grid.addWidget(lab, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row, r, 1)
        # shown now, not by Qt's queued show(): a row not yet shown counts for nothing in the
        # layout, and the fields were laid out (and squeezed) without their own height
        lab.show()
        row.show()

    def _editor(self, field_id: str) -> QWidget:
        rules, lang = self.rules, self.lang
        kind = rules.kind_of(field_id)
        fdef = rules.field_def(field_id)
        if field_id == "status":
            combo = QComboBox(self)
            combo.addItem(self.tr("— choose —"), "")
            for s in rules.statuses:
                combo.addItem(pick(s.label, lang), s.id)
            # never narrower than its longest status ("Аткарылган жок (себеби)")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            return combo
        if fdef is not None and fdef.multiline:
            e = QPlainTextEdit(self)
            e.setTabChangesFocus(True)
            e.setMinimumHeight(52)
            e.setMaximumHeight(88)
            if fdef.help:
                e.setPlaceholderText(pick(fdef.help, lang))
            return e
        le = QLineEdit(self)
        if kind == "date":
            le.setPlaceholderText(self.tr("DD.MM.YYYY"))
        elif kind == "money":
            le.setPlaceholderText(pick(rules.currency, lang))
        elif kind in SHORT_KINDS:
            pass
        elif fdef is not None and fdef.help:
            le.setPlaceholderText(pick(fdef.help, lang))
        return le

    def show_entry(self, period: str, measure: Measure, values: dict[str, rs.StoredValue]) -> None:
        self.flush()
        self.clear_fields()
        self.offer_clear([], "")
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
                h.setWordWrap(True)
                self.layout_.addWidget(h, self.layout_.rowCount(), 0, 1, 2)
                h.show()
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
                lab.setObjectName(f"label_{fid.replace(':', '_')}")
                lab.setBuddy(row.editor)
                self._add_field(lab, row)
                self.rows[fid] = row
                self.labels[fid] = lab
                v = values.get(fid)
                self.saved[fid] = v.value if v else ""
                row.set_value(self.saved[fid])
                row.set_carried(bool(v and v.carried))
        self.update_visibility()
        self.fields_scroll.verticalScrollBar().setValue(0)

    def update_height(self, relayout: bool = True) -> None:
        """The fields' own height, set on them: the scroll area alone squeezed them into the
        pane after rows were added or hidden or the pane resized (dates cut to "01.01.201",
        editors 7 pixels high), as it does not hear of a word-wrapped layout's new height.

        ``relayout``: the rows changed, so the grid's sizes are worked out anew. Not from the
        layout's own request or a resize: invalidating there posts the next request, and the
        page spun in that loop for as long as it was open (and crashed PySide after a while)."""
        layout = self.inner.layout()
        if layout is None:
            return
        if relayout:
            layout.invalidate()  # the grid's rows changed under the column: its sizes anew
            layout.activate()
        width = self.fields_scroll.viewport().width()
        need = max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(width))
        if need != self.inner.minimumHeight():
            self.inner.setMinimumHeight(need)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.fields_scroll.viewport() and event.type() == QEvent.Type.Resize) or (
            obj is self.inner and event.type() == QEvent.Type.LayoutRequest
        ):
            # a narrower pane (labels wrap onto more lines), rows shown, hidden or polished
            self.update_height(relayout=False)
        return False

    def update_visibility(self) -> None:
        status = self.rows["status"].value() if "status" in self.rows else ""
        if "reason" in self.rows:
            show = status in (rpt.NOT_COMPLETED, rpt.NOT_APPLICABLE) or bool(
                self.rows["reason"].value()
            )
            self.rows["reason"].setVisible(show)
            self.labels["reason"].setVisible(show)
        self.update_height()

    def offer_clear(self, fields: list[str], status: str) -> None:
        """Offer to clear ``fields`` that the new ``status`` leaves without meaning (undoable);
        no fields: the offer goes."""
        self.offered = list(fields)
        if not fields:
            self.offer.hide()
            return
        names = ", ".join(f"«{self.rules.label_of(f, self.measure, self.lang)}»" for f in fields)
        self.offer_text.setText(
            self.tr(
                "With the status «{status}» these do not apply: {fields}. Left as they are, they "
                "are printed in the report. Clear them? (Undo brings them back.)"
            ).format(status=status, fields=names)
        )
        self.offer.show()

    def focus_first(self) -> bool:
        """The keyboard's way in from the measures list: the first field (the status)."""
        for row in self.rows.values():
            if row.isVisible() and row.editor.isEnabled():
                self.fields_scroll.ensureWidgetVisible(row.editor)
                row.editor.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

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
        kind = self.rules.kind_of(field_id)
        if value in (old, rpt.display(kind, old)) or rpt.normalise(kind, value) == old:
            # nothing changed (tabbing through rewrites nothing), or only its spelling
            # (01.03.2019 for 2019-03-01)
            return
        self.valueCommitted.emit(self.period, self.measure.code, field_id, old, value)

    def flush(self) -> None:
        """Commit whatever is still waiting for its debounce timer."""
        for row in list(self.rows.values()):
            if row.pending():
                row.commit()
