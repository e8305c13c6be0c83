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

from msu_desktop.gui.property.decision_dialog import DecisionDialog
from msu_desktop.gui.property.files_dialog import FilesDialog
from msu_desktop.gui.property.lease_dialogs import AllLeasesDialog, LeaseDialog, ObjectLeasesDialog
from msu_desktop.gui.property.mapping_dialog import MappingDialog, RegisterImport
from msu_desktop.gui.property.models import PropertyFilter, PropertyTableModel
from msu_desktop.gui.property.object_dialog import ObjectDialog
from msu_desktop.gui.property.page import PropertyPage
from msu_desktop.gui.property.revaluation_dialog import RevaluationDialog

__all__ = [
    "AllLeasesDialog",
    "DecisionDialog",
    "FilesDialog",
    "LeaseDialog",
    "MappingDialog",
    "ObjectDialog",
    "ObjectLeasesDialog",
    "PropertyFilter",
    "PropertyPage",
    "PropertyTableModel",
    "RegisterImport",
    "RevaluationDialog",
]
