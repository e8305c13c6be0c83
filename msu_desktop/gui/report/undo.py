"""Undo and redo of the report's values: one QUndoCommand per field's change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

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
