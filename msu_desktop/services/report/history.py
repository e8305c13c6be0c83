"""The report's history: who changed which value, when, from what to what, and why.

Every change goes to ``change_log`` (entity ``report_entry`` with entity_id ``plan|period|code``,
or ``report_period`` with ``plan|period``). A burst of typing in one field by one person is one
line (:data:`HISTORY_MERGE_SECONDS`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from msu_desktop.domain import report as rpt
from msu_desktop.services import change_log
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.core import ChangeLog

ENTITY_ENTRY = "report_entry"
ENTITY_PERIOD = "report_period"
# Typing in one field within this many seconds makes one history line, not one per keystroke.
HISTORY_MERGE_SECONDS = 120


_UNKNOWN: Any = object()


def record_edit(
    s: Session,
    entity_id: str,
    field_id: str,
    old: str,
    new: str,
    user: str,
    last: ChangeLog | None = _UNKNOWN,
) -> None:
    """One history line per field edit; a burst of typing by the same person is one line.
    ``last``: the entry's newest line when the caller has read it already (None: there is none)."""
    if last is _UNKNOWN:
        last = change_log.last(s, ENTITY_ENTRY, entity_id)
    now = utcnow()
    if (
        last is not None
        and last.field == field_id
        and last.user == user
        and not last.reason
        and (last.new_value or "") == old
        and (now - last.at).total_seconds() <= HISTORY_MERGE_SECONDS
    ):
        if (last.old_value or "") == new:
            s.delete(last)  # typed and then taken back: nothing happened
        else:
            last.new_value = new
            last.at = now
        return
    log_change(s, ENTITY_ENTRY, entity_id, field_id, old, new, user)


def log_change(
    s: Session,
    entity: str,
    entity_id: str,
    field_id: str,
    old: str | None,
    new: str | None,
    user: str,
    reason: str = "",
) -> None:
    """A report's history line, written by the one change-log writer."""
    change_log.record(s, entity, entity_id, field_id, old, new, user, reason)


@dataclass(frozen=True)
class HistoryItem:
    field: str
    old: str
    new: str
    user: str
    at: dt.datetime
    reason: str


def _items(s: Session, entity: str, entity_id: str, field_id: str | None) -> list[HistoryItem]:
    return [
        HistoryItem(r.field, r.old_value or "", r.new_value or "", r.user, r.at, r.reason)
        for r in change_log.read(s, entity, entity_id, field_id)
    ]


def history(
    ws: Workspace, period_id: str, code: str, field_id: str | None = None
) -> list[HistoryItem]:
    """Who changed a value (or every value of an entry), when, from what to what; oldest first."""
    key = rpt.entry_key(ws.plan().plan_id, period_id, code)
    with ws.session() as s:
        return _items(s, ENTITY_ENTRY, key, field_id)


def period_history(ws: Workspace, period_id: str) -> list[HistoryItem]:
    """Completion, approval and unlocking of a period, with reasons; oldest first."""
    key = rpt.period_key(ws.plan().plan_id, period_id)
    with ws.session() as s:
        return _items(s, ENTITY_PERIOD, key, None)
