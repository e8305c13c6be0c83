"""The municipal property register, below the GUI: one job per module.

fields.py        an object's editable fields; categories, conditions, uses, units (categories.json)
objects.py       add / update an object (every change logged), write off or sell, one object
decisions.py     council decisions, linked to their objects
leases.py        lease rules, add / correct a lease, the leases with their state, rent by year
valuation.py     revaluations (a new book value with its basis)
history.py       one object's change history (the shared change log)
files.py         photos and documents (the shared file store)
register.py      the whole register read at once: light rows, the summary, the full export's fields
import_read.py   the import, 1: refuse what is not a workbook; read the sheets
import_map.py    the import, 2: header rows, columns → fields, office words → ids
import_check.py  the import, 3: the dry run (rows to add, to update, rejected, and why)
import_apply.py  the import, 4: write a checked import in one transaction

The rules themselves (a valid object, a lease's state, annual rent) are in
:mod:`msu_desktop.domain.property`; the register's Excel export in
:mod:`msu_desktop.services.export.register_xlsx`. The GUI and the CLI call all of this through the
façades :mod:`msu_desktop.services.property_service` and
:mod:`msu_desktop.services.property_import`.
"""
