"""A whole period loaded at once (values, attachment and comment counts per measure), for
validation, export rows and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Measure
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.report import (
    ReportAttachment,
    ReportComment,
    ReportEntry,
    ReportValue,
)


@dataclass
class EntrySnapshot:
    measure: Measure
    values: dict[str, str] = field(default_factory=dict)
    carried: set[str] = field(default_factory=set)
    attachments: int = 0
    comments: int = 0

    def data(self) -> rpt.EntryData:
        return rpt.EntryData(self.measure, self.values, self.attachments, self.comments)

    @property
    def status(self) -> str:
        return self.values.get("status", "")


def load_period(ws: Workspace, period_id: str) -> list[EntrySnapshot]:
    """Every measure to report in the period with its values, in three queries."""
    plan = ws.plan()
    with ws.session() as s:
        entries = s.execute(
            select(ReportEntry.id, ReportEntry.measure_code, ReportEntry.included).where(
                ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == period_id
            )
        ).all()
        by_id = {e.id: e for e in entries}
        values = s.execute(
            select(ReportValue.entry_id, ReportValue.field, ReportValue.value, ReportValue.carried)
            .join(ReportEntry)
            .where(ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == period_id)
        ).all()
        att = dict(
            s.execute(
                select(ReportAttachment.entry_id, func.count())
                .join(ReportEntry)
                .where(ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == period_id)
                .group_by(ReportAttachment.entry_id)
            ).all()
        )
        com = dict(
            s.execute(
                select(ReportComment.entry_id, func.count())
                .join(ReportEntry)
                .where(ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == period_id)
                .group_by(ReportComment.entry_id)
            ).all()
        )
    included = {e.measure_code for e in entries if e.included}
    snaps = {
        m.code: EntrySnapshot(m) for m in plan.measures if m.lsg_participates or m.code in included
    }
    code_of = {e.id: e.measure_code for e in entries}
    for v in values:
        snap = snaps.get(code_of[v.entry_id])
        if snap is not None:
            snap.values[v.field] = v.value
            if v.carried:
                snap.carried.add(v.field)
    for eid, n in att.items():
        if by_id[eid].measure_code in snaps:
            snaps[by_id[eid].measure_code].attachments = n
    for eid, n in com.items():
        if by_id[eid].measure_code in snaps:
            snaps[by_id[eid].measure_code].comments = n
    return list(snaps.values())
