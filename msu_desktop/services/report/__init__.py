"""Semi-annual progress reports, below the GUI: one job per module.

rules.py     the report form and validation rules of a plan; stored values as people read them
periods.py   reporting periods: due dates, state, timeliness; the locked-period guard
entries.py   entries and values: which measures to report, reading and saving one field
history.py   the change log of values and periods (who, when, from what to what, why)
comments.py  comments on a field
carry.py     carry-forward from the previous period
snapshot.py  a whole period loaded at once (for validation, rows and the dashboard)
workflow.py  validation; draft -> complete -> approved (locked) -> unlocked
rows.py      rows for export (Excel, PDF, data.json) and the period summary
dashboard.py counts for every period

Attachments are in :mod:`msu_desktop.services.attachments` (files in the shared file store);
labels for states in :mod:`msu_desktop.services.labels`. The GUI and the CLI call all of this
through the façade :mod:`msu_desktop.services.report_service`.
"""
