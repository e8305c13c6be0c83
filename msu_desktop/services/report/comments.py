"""Comments on a field of a report entry (each also goes into the entry's history)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.services.report.entries import ensure_entry, measure_of
from msu_desktop.services.report.history import ENTITY_ENTRY, log_change
from msu_desktop.services.report.periods import check_unlocked, ensure_period, spec_of
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportComment, ReportEntry


@dataclass(frozen=True)
class Comment:
    id: int
    field: str
    text: str
    user: str
    at: dt.datetime


def add_comment(
    ws: Workspace, period_id: str, code: str, field_id: str, text: str, user: str | None = None
) -> None:
    text = (text or "").strip()
    if not text:
        raise UserError("The comment is empty.", context="Report")
    plan = ws.plan()
    measure_of(plan, code)
    spec_of(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(prow)
        entry = ensure_entry(s, plan.plan_id, period_id, code)
        s.add(ReportComment(entry_id=entry.id, field=field_id, text=text, user=user, at=utcnow()))
        log_change(
            s,
            ENTITY_ENTRY,
            rpt.entry_key(plan.plan_id, period_id, code),
            f"comment:{field_id}",
            None,
            text,
            user,
        )


def comments(
    ws: Workspace, period_id: str, code: str, field_id: str | None = None
) -> list[Comment]:
    plan = ws.plan()
    q = (
        select(ReportComment)
        .join(ReportEntry)
        .where(
            ReportEntry.plan_id == plan.plan_id,
            ReportEntry.period_id == period_id,
            ReportEntry.measure_code == code,
        )
    )
    if field_id is not None:
        q = q.where(ReportComment.field == field_id)
    with ws.session() as s:
        return [
            Comment(c.id, c.field, c.text, c.user, c.at)
            for c in s.scalars(q.order_by(ReportComment.id))
        ]
