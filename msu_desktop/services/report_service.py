"""The façade: re-exports the public API of :mod:`msu_desktop.services.report` (and the report
labels of :mod:`msu_desktop.services.labels`, the attachment rows of
:mod:`msu_desktop.services.attachments`) for the GUI and the CLI, which call
``rs.<function>`` after ``from msu_desktop.services import report_service as rs``.

Nothing is defined here; each name lives in the module of its one job (see the package's
opening docstring for the map). New code below the GUI may import those modules directly.
"""

from __future__ import annotations

from msu_desktop.services.attachments import AttachmentInfo, attachments_of
from msu_desktop.services.labels import (
    delivery_label,
    reason_text,
    state_label,
    status_label,
    timeliness_label,
)
from msu_desktop.services.report.carry import carry_forward
from msu_desktop.services.report.comments import Comment, add_comment, comments
from msu_desktop.services.report.dashboard import dashboard
from msu_desktop.services.report.entries import (
    SavedField,
    StoredValue,
    entry_values,
    include_measure,
    measures_for,
    set_value,
)
from msu_desktop.services.report.history import (
    ENTITY_ENTRY,
    ENTITY_PERIOD,
    HistoryItem,
    history,
    period_history,
)
from msu_desktop.services.report.periods import (
    PeriodInfo,
    PeriodLocked,
    period_info,
    periods,
    previous_period_id,
)
from msu_desktop.services.report.rows import (
    IndicatorValue,
    PeriodSummary,
    ReportRow,
    period_summary,
    report_rows,
    to_json,
)
from msu_desktop.services.report.rules import rules_for, value_text
from msu_desktop.services.report.snapshot import EntrySnapshot, load_period
from msu_desktop.services.report.workflow import (
    approve,
    mark_complete,
    unlock,
    validate_measure,
    validate_period,
)

__all__ = [
    "ENTITY_ENTRY",
    "ENTITY_PERIOD",
    "AttachmentInfo",
    "Comment",
    "EntrySnapshot",
    "HistoryItem",
    "IndicatorValue",
    "PeriodInfo",
    "PeriodLocked",
    "PeriodSummary",
    "ReportRow",
    "SavedField",
    "StoredValue",
    "add_comment",
    "approve",
    "attachments_of",
    "carry_forward",
    "comments",
    "dashboard",
    "delivery_label",
    "entry_values",
    "history",
    "include_measure",
    "load_period",
    "mark_complete",
    "measures_for",
    "period_history",
    "period_info",
    "period_summary",
    "periods",
    "previous_period_id",
    "reason_text",
    "report_rows",
    "rules_for",
    "set_value",
    "state_label",
    "status_label",
    "timeliness_label",
    "to_json",
    "unlock",
    "validate_measure",
    "validate_period",
    "value_text",
]
