"""The report page, one responsibility a file.

page.py         ReportPage: wires the parts, owns the workspace, the undo stack, the actions
models.py       PeriodModel, MeasureModel (table models; given the workspace, not the page)
form.py         EntryForm: a measure's fields built from the rules; says valueCommitted(...)
field_row.py    FieldRow: one editor, its history and comment buttons, its error line
undo.py         SetValueCommand: one field's change, given a callable that applies a value
attachments.py  AttachmentsPanel: documents and photos, copied in the background
dialogs.py      approve, unlock, comments (the history view is gui/history.py)
"""

from msu_desktop.gui.report.page import ReportPage

__all__ = ["ReportPage"]
