"""Undo and redo of the report's values: one QUndoCommand per field's change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

ApplyValue = Callable[[str, str, str, str], None]
"""(period, measure code, field, value) → write it now and show it."""


class SetValueCommand(QUndoCommand):
    """One field's change; consecutive typing in the same field merges into one step.

    ``apply`` writes a value (the page's autosave); ``text`` is what the Undo button shows.
    """

    def __init__(
        self,
        apply: ApplyValue,
        text: str,
        period: str,
        code: str,
        field: str,
        old: str,
        new: str,
    ) -> None:
        super().__init__()
        self.apply, self.period, self.code, self.field = apply, period, code, field
        self.old, self.new = old, new
        self.setText(text)
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
        self.apply(self.period, self.code, self.field, self.new)

    def undo(self) -> None:
        self.apply(self.period, self.code, self.field, self.old)


def undo_actions(stack: QUndoStack, page: QWidget) -> tuple[QAction, QAction]:
    """The page's Undo and Redo buttons: labelled in words ("Undo", "Redo", never bare ◀ ▶
    arrows that read as "previous / next"), what they take back in the tooltip ("Undo: 3.2.3
    What was done"). Their keys (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z) belong to the window's Edit
    menu (gui/main_window.py), which acts on the same stack: one shortcut, never two."""
    undo = QAction(QCoreApplication.translate("ReportPage", "Undo"), page)
    undo.setObjectName("reportUndoAction")
    redo = QAction(QCoreApplication.translate("ReportPage", "Redo"), page)
    redo.setObjectName("reportRedoAction")
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    tips = _Tooltips(undo, redo)
    stack.undoTextChanged.connect(tips.undo_text)
    stack.redoTextChanged.connect(tips.redo_text)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    tips.undo_text(stack.undoText())
    tips.redo_text(stack.redoText())
    return undo, redo


class _Tooltips(QObject):
    """Keeps the buttons' tooltips on what they would take back (a QObject, so its slots are
    disconnected when the page goes)."""

    def __init__(self, undo: QAction, redo: QAction) -> None:
        super().__init__(undo)
        self.undo, self.redo = undo, redo

    def undo_text(self, text: str) -> None:
        self.undo.setToolTip(what_it_does("Undo", text))

    def redo_text(self, text: str) -> None:
        self.redo.setToolTip(what_it_does("Redo", text))


def what_it_does(verb: str, step: str) -> str:
    """ "Undo: 3.2.3 What was done (Ctrl+Z)" -- or "Nothing to undo"."""
    if verb == "Undo":
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        if not step:
            return QCoreApplication.translate("ReportPage", "Nothing to undo")
        return QCoreApplication.translate("ReportPage", "Undo: {what} ({keys})").format(
            what=step, keys=keys
        )
    if not step:
        return QCoreApplication.translate("ReportPage", "Nothing to redo")
    return QCoreApplication.translate("ReportPage", "Redo: {what} ({keys})").format(
        what=step, keys="Ctrl+Y"
    )
