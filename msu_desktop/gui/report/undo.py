"""Undo and redo of the report's values: one QUndoCommand per field's change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

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
    """The page's Undo (Ctrl+Z) and Redo (Ctrl+Y, Ctrl+Shift+Z) actions, with their arrows; they
    work while the focus is anywhere on the page."""
    undo = stack.createUndoAction(page, QCoreApplication.translate("ReportPage", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setIcon(page.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    redo = stack.createRedoAction(page, QCoreApplication.translate("ReportPage", "Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.setIcon(page.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return undo, redo
