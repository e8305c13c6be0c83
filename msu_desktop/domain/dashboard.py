"""Where the reports stand: counts per period, progress by direction, the next due date.

Pure computation over plain values (no SQL, no Qt): :func:`compute` takes the plan, the
measures to report per period and each entry's status, and returns a :class:`Dashboard`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import ARCHIVE, period_state, programme_ended
from msu_desktop.domain.plan import PeriodSpec, Plan

Text = dict[str, str]


@dataclass(frozen=True)
class PeriodCounts:
    period: PeriodSpec
    state: str  # draft | complete | approved
    timeliness: str  # future | current | due_soon | overdue | archive | closed
    days_left: int
    total: int  # measures to report
    reported: int  # with a status
    by_status: dict[str, int]
    deadline_missed: int  # measures whose own deadline passed without completion

    @property
    def completed(self) -> int:
        return self.by_status.get(rpt.COMPLETED, 0)

    @property
    def in_progress(self) -> int:
        return self.by_status.get(rpt.IN_PROGRESS, 0)

    @property
    def not_reported(self) -> int:
        return self.total - self.reported


@dataclass(frozen=True)
class DirectionProgress:
    code: str
    title: Text
    total: int
    completed: int
    in_progress: int
    reported: int

    @property
    def share_completed(self) -> float:
        return self.completed / self.total if self.total else 0.0


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    periods: list[PeriodCounts]
    selected: str | None
    directions: list[DirectionProgress] = field(default_factory=list)
    next_due: PeriodCounts | None = None
    programme_end: dt.date | None = None

    @property
    def ended(self) -> bool:
        """The programme has ended: its open periods are an archive, not alarms."""
        return programme_ended(self.programme_end, self.today)

    def period(self, period_id: str) -> PeriodCounts | None:
        return next((p for p in self.periods if p.period.id == period_id), None)


def next_due_period(counts: list[PeriodCounts], today: dt.date) -> PeriodCounts | None:
    """The report to send next: the oldest one not approved whose half-year has begun (an
    archive period of an ended programme is nobody's next report)."""
    open_ = [
        c
        for c in counts
        if c.state != rpt.APPROVED and c.period.start <= today and c.timeliness != ARCHIVE
    ]
    if not open_:
        return None
    return min(open_, key=lambda c: c.period.due)


def compute(
    plan: Plan,
    periods: list[PeriodSpec],
    to_report: Mapping[str, list[str]],
    statuses: Mapping[str, Mapping[str, str]],
    states: Mapping[str, str],
    today: dt.date,
    selected: str | None = None,
    reported_statuses: frozenset[str] = frozenset(rpt.STATUSES),
    installed: dt.date | None = None,
) -> Dashboard:
    """``to_report[period_id]`` = measure codes to report; ``statuses[period_id][code]`` = status;
    ``states[period_id]`` = draft/complete/approved. ``selected`` picks the period whose
    progress by direction is shown (default: the next one due, else the last with data).
    ``installed``: the day the plan was first installed; periods that ended before it are an
    archive (see :func:`msu_desktop.domain.period.period_state`)."""
    measures = {m.code: m for m in plan.measures}
    out: list[PeriodCounts] = []
    for spec in periods:
        codes = to_report.get(spec.id, [])
        st = statuses.get(spec.id, {})
        by_status: dict[str, int] = {}
        reported = missed = 0
        for code in codes:
            s = st.get(code, "")
            if s:
                by_status[s] = by_status.get(s, 0) + 1
                if s in reported_statuses:
                    reported += 1
            m = measures.get(code)
            if m is not None and rpt.deadline_missed(m, s, spec):
                missed += 1
        state = states.get(spec.id, rpt.DRAFT)
        ps = period_state(spec, today, state == rpt.APPROVED, plan.valid_to, installed)
        out.append(
            PeriodCounts(
                spec, state, ps.state, ps.days_left, len(codes), reported, by_status, missed
            )
        )
    nxt = next_due_period(out, today)
    if selected is None:
        if nxt is not None:
            selected = nxt.period.id
        else:
            with_data = [c for c in out if c.reported]
            selected = (
                with_data[-1].period.id if with_data else (out[-1].period.id if out else None)
            )
    directions: list[DirectionProgress] = []
    if selected is not None:
        chosen = set(to_report.get(selected, []))
        st = statuses.get(selected, {})
        for d in plan.directions:
            mine = [m.code for t in d.tasks for m in t.measures if m.code in chosen]
            directions.append(
                DirectionProgress(
                    code=d.code,
                    title=d.title,
                    total=len(mine),
                    completed=sum(1 for c in mine if st.get(c) == rpt.COMPLETED),
                    in_progress=sum(1 for c in mine if st.get(c) == rpt.IN_PROGRESS),
                    reported=sum(1 for c in mine if st.get(c)),
                )
            )
    return Dashboard(today, out, selected, directions, nxt, plan.valid_to)
