"""The façade: re-exports the public API of the register import
(:mod:`msu_desktop.services.property`'s ``import_read``, ``import_map``, ``import_check`` and
``import_apply``) for the GUI and the CLI, which call ``property_import.<function>``.

Importing an existing Excel property register, the way real ones look: a title above the
table, merged or two-row headers in Russian or Kyrgyz, numbers typed as text with spaces and
commas, dates in every format, bad rows — and the app's own full export, which comes back
unchanged (objects, leases on «Leases», council decisions on «Council decisions»).

0. ``inspect_file(path)`` refuses what is not a workbook to read, before it is opened: an old
   .xls or a password-protected file (both OLE containers), a CSV or other text, a zip whose
   members would inflate past :data:`MAX_UNCOMPRESSED` or by more than :data:`MAX_RATIO`, and
   XML with a DTD (an entity bomb: "billion laughs"); each with what to do.
1. ``read_workbook(path)`` → the first VISIBLE sheet's cells (hidden sheets are skipped and
   named); ``guess_mapping`` finds the header rows (a title above, a merged header over
   sub-headers) and maps columns to fields from the app's own export headers and the synonyms
   of the field registry (``data/property/fields.json``); the user may correct it and choose which columns
   that are not imported to keep in the notes.
2. ``dry_run(ws, sheet, mapping)`` → :class:`ImportCheck`: the rows to add, the rows that match
   an object already in the register (same inventory number or ЕНИ: updated, never duplicated),
   every rejected row with its spreadsheet row number, column and reason, the columns that are
   not imported, and what a register file cannot carry. Nothing is written.
3. ``apply(ws, check)`` writes the accepted rows, leases and decisions in ONE transaction.
"""

from __future__ import annotations

from msu_desktop.services.property.import_apply import apply
from msu_desktop.services.property.import_check import (
    ImportCheck,
    Rejected,
    dry_run,
    summary_lines,
)
from msu_desktop.services.property.import_map import (
    Mapping,
    column_name,
    guess_mapping,
    norm,
    synonyms,
)
from msu_desktop.services.property.import_read import (
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED,
    Sheet,
    inspect_file,
    read_workbook,
)

__all__ = [
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED",
    "ImportCheck",
    "Mapping",
    "Rejected",
    "Sheet",
    "apply",
    "column_name",
    "dry_run",
    "guess_mapping",
    "inspect_file",
    "norm",
    "read_workbook",
    "summary_lines",
    "synonyms",
]
