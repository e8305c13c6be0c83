"""One field of a measure's report: its editor, history and comment buttons, the error line.

The row saves nothing itself: it says ``committed(field, value)`` when the user is done
(debounced typing, leaving the field, choosing in a list), and asks for the history, the
comments, undo and redo by its signals. The form and the page decide.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from msu_desktop.domain import report as rpt
from msu_desktop.gui.fit import ElidedLabel

AUTOSAVE_MS = 500
SHORT_KINDS = ("date", "money", "integer")  # a field as wide as its whole content
LINE_EDIT_MARGIN = 2  # QLineEdit's own horizontal margin around its text (qlineedit_p.h)


class FieldRow(QWidget):
    """An editor, its history and comment buttons, and the error line under it."""

    committed = Signal(str, str)  # field id, value: the form decides whether it changed
    historyRequested = Signal(str)  # field id
    commentRequested = Signal(str)  # field id
    undoRequested = Signal()  # Ctrl+Z in the editor: the page's undo, not the editor's own
    redoRequested = Signal()

    def __init__(self, parent: QWidget, field_id: str, editor: QWidget, kind: str) -> None:
        super().__init__(parent)
        self.field_id, self.editor, self.kind = field_id, editor, kind
        safe = field_id.replace(":", "_")
        editor.setObjectName(f"field_{safe}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        top = QHBoxLayout()
        short = isinstance(editor, QLineEdit) and kind in SHORT_KINDS
        top.addWidget(editor, 0 if short else 1)
        if short or isinstance(editor, QComboBox):  # buttons stay in their column
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
        self.history_btn.clicked.connect(lambda: self.historyRequested.emit(field_id))
        self.comment_btn = QToolButton(self)
        self.comment_btn.setObjectName(f"comment_{safe}")
        self.comment_btn.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
        )
        self.comment_btn.setAccessibleName(self.tr("Comments on this value"))
        self.comment_btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.comment_btn.setToolTip(self.tr("Comments on this value"))
        self.comment_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.comment_btn.clicked.connect(lambda: self.commentRequested.emit(field_id))
        top.addWidget(self.history_btn)
        top.addWidget(self.comment_btn)
        lay.addLayout(top)
        # the error line is reserved (one line, the whole text in its tooltip): an error that
        # appears or goes never moves the fields below, where the next click is aimed
        self.error_line = QWidget(self)
        line = QVBoxLayout(self.error_line)
        line.setContentsMargins(0, 0, 0, 0)
        self.error = ElidedLabel("", self.error_line)
        self.error.setObjectName(f"error_{safe}")
        self.error.setStyleSheet("color: #c62828;")
        small = self.error.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.error.setFont(small)
        self.error.hide()
        line.addWidget(self.error)
        self.error_line.setFixedHeight(QFontMetrics(small).height() + 2)
        lay.addWidget(self.error_line)
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
                self.undoRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            ):
                self.commit()
                self.redoRequested.emit()
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
                self.fit_width()
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

    def fit_width(self) -> None:
        """A short field (a date, a sum, a count) is never narrower than its whole content:
        the value shown, its placeholder and the widest value of its kind ("01.01.2019",
        "150 000 000,00"), in the field's own font and style."""
        e = self.editor
        if not (isinstance(e, QLineEdit) and self.kind in SHORT_KINDS):
            return
        fm = QFontMetrics(e.font())
        sample = {"date": "00.00.00000", "money": "000 000 000,00", "integer": "000 000"}
        text_w = max(
            fm.horizontalAdvance(t) for t in (e.text(), e.placeholderText(), sample[self.kind])
        )
        opt = QStyleOptionFrame()
        e.initStyleOption(opt)
        margins = e.textMargins()
        need = e.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit,
            opt,
            QSize(text_w + 2 * LINE_EDIT_MARGIN + margins.left() + margins.right() + 2, 10),
            e,
        )
        e.setMinimumWidth(need.width())

    def set_carried(self, carried: bool) -> None:
        tip = self.tr("Carried forward from the previous period") if carried else ""
        self.editor.setToolTip(tip)
        self.editor.setStyleSheet("background: #fff8dc;" if carried else "")

    def _reformat(self) -> None:
        """A number reads as it will be printed once the field is left: 20000 → "20 000"."""
        if isinstance(self.editor, QLineEdit) and self.kind in ("integer", "money", "date"):
            self.set_value(rpt.normalise(self.kind, self.value()))

    def _typed(self, *_a: object) -> None:
        self.fit_width()  # a longer sum than the field's width widens it as it is typed
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
            self.committed.emit(self.field_id, self.value())
