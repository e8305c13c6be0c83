"""The façade: re-exports the public API of the property register's objects, leases,
decisions, history, files and whole-register reads (:mod:`msu_desktop.services.property`) for
the GUI, the CLI, the exports and the demo, which call ``ps.<function>`` after
``from msu_desktop.services import property_service as ps``.

Nothing is defined here; each name lives in the module of its one job (see the package's
opening docstring for the map). New code below the GUI may import those modules directly.
"""

from __future__ import annotations

from msu_desktop.services.property.decisions import DecisionRow, add_decision, decisions
from msu_desktop.services.property.fields import (
    EDITABLE,
    ENTITY,
    categories,
    category_ids,
    choice_labels,
    field_labels,
    field_registry,
    table_columns,
)
from msu_desktop.services.property.fields import limits as field_limits
from msu_desktop.services.property.files import (
    PHOTO_SUFFIXES,
    ObjectFile,
    attach_file,
    object_files,
)
from msu_desktop.services.property.history import HistoryEntry, history
from msu_desktop.services.property.leases import (
    LEASE_FIELDS,
    LeaseRow,
    add_lease,
    lease_details,
    lease_problem,
    leases,
    rent_income_by_year,
    update_lease,
)
from msu_desktop.services.property.objects import (
    ObjectProblems,
    add_object,
    dispose,
    next_inventory_number,
    object_details,
    update_object,
)
from msu_desktop.services.property.register import (
    ROW_SQL,
    RegisterRow,
    lease_records,
    list_rows,
    register_details,
    summary,
    summary_for_package,
)
from msu_desktop.services.property.valuation import add_revaluation

__all__ = [
    "EDITABLE",
    "ENTITY",
    "LEASE_FIELDS",
    "PHOTO_SUFFIXES",
    "ROW_SQL",
    "DecisionRow",
    "HistoryEntry",
    "LeaseRow",
    "ObjectFile",
    "ObjectProblems",
    "RegisterRow",
    "add_decision",
    "add_lease",
    "add_object",
    "add_revaluation",
    "attach_file",
    "categories",
    "category_ids",
    "choice_labels",
    "decisions",
    "dispose",
    "field_labels",
    "field_limits",
    "field_registry",
    "history",
    "lease_details",
    "lease_problem",
    "lease_records",
    "leases",
    "list_rows",
    "next_inventory_number",
    "object_details",
    "object_files",
    "register_details",
    "rent_income_by_year",
    "summary",
    "summary_for_package",
    "table_columns",
    "update_lease",
    "update_object",
]
