"""The property register's window, one responsibility per file:

    page.py                the page: table, filters, totals, the buttons
    models.py              the table model and the sort/filter proxy
    object_dialog.py       add or edit an object (its form: ui/object_dialog.ui)
    lease_dialogs.py       a lease, one object's leases, all leases
    decision_dialog.py     a council decision (write-off, sale, other)
    revaluation_dialog.py  a revaluation
    files_dialog.py        photos and documents
    mapping_dialog.py      the import from Excel: the columns, the dry run, the apply
    object_history.py      an object's history: field labels and values for gui/history.py
    widgets.py             small shared pieces (a date field)

The rules an object must keep are not here but in domain/property.py, enforced by
services/property_service; the dialogs call the same functions to show a problem early.
The names below are the package's public surface."""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module that defines it. Loaded when first asked for (PEP 562), so that opening
# the page does not load every dialog and the Excel reader (openpyxl, half a second and 9 MiB
# on first use) with it.
_WHERE = {
    "AllLeasesDialog": "lease_dialogs",
    "DecisionDialog": "decision_dialog",
    "FilesDialog": "files_dialog",
    "LeaseDialog": "lease_dialogs",
    "MappingDialog": "mapping_dialog",
    "ObjectDialog": "object_dialog",
    "ObjectLeasesDialog": "lease_dialogs",
    "PropertyFilter": "models",
    "PropertyPage": "page",
    "PropertyTableModel": "models",
    "RegisterImport": "mapping_dialog",
    "RevaluationDialog": "revaluation_dialog",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
