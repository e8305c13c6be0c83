"""Report rows for export (Excel, PDF, data.json) and the period summary.

``report_rows(ws, period_id)`` -> list[ReportRow]: every field of every measure of the period:
measure number, direction and task codes, title ky/ru, deadline text ky/ru and whether it was
missed, status (+ label ky/ru), reason, what was done, start/end dates, evidence, indicators
(id, label, unit, target, value), money by source (Decimal or None) and total, problems,
proposals, comments, attachments (name, sha256, size, mime, stored path), carried fields and
the validation problems.
``period_summary(ws, period_id)`` -> PeriodSummary: the period, its state, approver and date,
due date and days left, counts by status, deadline-missed count, money totals by source.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Indicator, Measure, deadline_text
from msu_desktop.services.attachments import AttachmentInfo, attachments_of
from msu_desktop.services.report.comments import Comment, comments
from msu_desktop.services.report.periods import PeriodInfo, period_info, spec_of
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.report.snapshot import load_period
from msu_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class IndicatorValue:
    id: str
    label: dict[str, str]
    unit: dict[str, str]
    target: float | None
    per: str | None
    value: str  # as stored ("" when not given)
    own: bool  # from the plan (True) or common to every measure (False)


@dataclass(frozen=True)
class ReportRow:
    measure_code: str
    direction_code: str
    task_code: str
    title: dict[str, str]
    deadline_text: dict[str, str]
    deadline_last_day: dt.date | None
    deadline_missed: bool
    lsg_participates: bool
    status: str
    status_label: dict[str, str]
    reason: str
    done: str
    start_date: str
    end_date: str
    evidence: str
    indicators: list[IndicatorValue]
    money: dict[str, Decimal | None]
    money_total: Decimal
    problems: str
    proposals: str
    comments: list[Comment]
    attachments: list[AttachmentInfo]
    carried_fields: list[str]
    validation: list[rpt.Problem]


def _indicator_values(
    rules: rpt.ReportRules, m: Measure, values: dict[str, str]
) -> list[IndicatorValue]:
    own = {i.id for i in m.indicators}
    out = []
    for i in rules.indicators_for(m):
        out.append(_ind(i, values.get(rpt.INDICATOR_PREFIX + i.id, ""), i.id in own))
    return out


def _ind(i: Indicator, value: str, own: bool) -> IndicatorValue:
    return IndicatorValue(i.id, i.label, i.unit, i.target, i.per, value, own)


def report_rows(ws: Workspace, period_id: str, lang: str | None = None) -> list[ReportRow]:
    """Every field of every measure reported in the period, in plan order (see module doc)."""
    plan = ws.plan()
    spec = spec_of(plan, period_id)
    rules = rules_for(plan)
    out = []
    for snap in load_period(ws, period_id):
        m, v = snap.measure, snap.values
        status = v.get("status", "")
        sdef = rules.status(status)
        money: dict[str, Decimal | None] = {
            src.id: rpt.money(v.get(rpt.MONEY_PREFIX + src.id)) for src in rules.money_sources
        }
        total = sum((x for x in money.values() if x is not None and x >= 0), Decimal(0))
        out.append(
            ReportRow(
                measure_code=m.code,
                direction_code=m.direction_code,
                task_code=m.task_code,
                title=m.title,
                deadline_text={lg: deadline_text(m.deadline, lg) for lg in ("ky", "ru")},
                deadline_last_day=m.deadline.last_day,
                deadline_missed=rpt.deadline_missed(m, status, spec),
                lsg_participates=m.lsg_participates,
                status=status,
                status_label=sdef.label if sdef else {},
                reason=v.get("reason", ""),
                done=v.get("done", ""),
                start_date=v.get("start_date", ""),
                end_date=v.get("end_date", ""),
                evidence=v.get("evidence", ""),
                indicators=_indicator_values(rules, m, v),
                money=money,
                money_total=total,
                problems=v.get("problems", ""),
                proposals=v.get("proposals", ""),
                comments=comments(ws, period_id, m.code) if snap.comments else [],
                attachments=attachments_of(ws, period_id, m.code) if snap.attachments else [],
                carried_fields=sorted(snap.carried),
                validation=rpt.validate_entry(snap.data(), rules, spec, lang),
            )
        )
    return out


@dataclass(frozen=True)
class PeriodSummary:
    period: PeriodInfo
    total: int
    reported: int
    by_status: dict[str, int]
    deadline_missed: int
    money_by_source: dict[str, Decimal]
    money_total: Decimal
    problems: int  # validation problems


def period_summary(
    ws: Workspace,
    period_id: str,
    today: dt.date | None = None,
    rows: list[ReportRow] | None = None,
) -> PeriodSummary:
    """``rows``: the period's :func:`report_rows` when the caller has them already."""
    rows = report_rows(ws, period_id) if rows is None else rows
    info = period_info(ws, period_id, today)
    by_status: dict[str, int] = {}
    money: dict[str, Decimal] = {}
    for r in rows:
        if r.status:
            by_status[r.status] = by_status.get(r.status, 0) + 1
        for src, val in r.money.items():
            money[src] = money.get(src, Decimal(0)) + (val if val is not None and val >= 0 else 0)
    return PeriodSummary(
        period=info,
        total=len(rows),
        reported=sum(1 for r in rows if r.status),
        by_status=by_status,
        deadline_missed=sum(1 for r in rows if r.deadline_missed),
        money_by_source=money,
        money_total=sum(money.values(), Decimal(0)),
        problems=sum(len(r.validation) for r in rows),
    )


def to_json(rows: list[ReportRow]) -> str:
    """A plain JSON rendering of report rows (for ``report show --json``)."""
    import dataclasses

    def conv(x: object) -> object:
        if isinstance(x, Decimal):
            return format(x, "f")
        if isinstance(x, (dt.date, dt.datetime)):
            return x.isoformat()
        if isinstance(x, Path):
            return x.name
        raise TypeError(type(x))

    return json.dumps(
        [dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=2, default=conv
    )
