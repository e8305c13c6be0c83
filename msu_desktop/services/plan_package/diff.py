"""What installing a new plan version would change, in words a secretary can check."""

from __future__ import annotations

from dataclasses import dataclass, field

from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import Measure, Plan
from msu_desktop.i18n import pick, tr
from msu_desktop.services.labels import period_name


@dataclass
class PlanDiff:
    old_version: int | None
    new_version: int
    new_plan: bool  # a different plan id (a new programme)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    deadline_changed: list[tuple[str, str, str]] = field(default_factory=list)  # code, old, new
    executors_changed: list[tuple[str, str, str]] = field(default_factory=list)
    periods_added: list[str] = field(default_factory=list)
    # a period whose report is due on another day: period id, old due, new due
    period_due_moved: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. the directory's merges (issue 6)
    # for a new programme: what it is, and which one it joins
    new_plan_id: str = ""
    new_title: dict[str, str] = field(default_factory=dict)
    counts: tuple[int, int, int] = (0, 0, 0)  # directions, tasks, measures
    old_plan_id: str = ""
    old_title: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.renamed
            or self.deadline_changed
            or self.executors_changed
            or self.periods_added
            or self.period_due_moved
            or self.new_plan
        )

    def lines(self, lang: str | None = None) -> list[str]:
        out: list[str] = []
        if self.new_plan:
            # a whole programme: what it is, not 23 lines of "measure added"
            out.append(
                tr(
                    "PlanImport",
                    "A new programme: {title}, version {v}, with reports from {first} to "
                    "{last}: {d} directions, {t} tasks, {m} measures.",
                    lang,
                    title=pick(self.new_title, lang),
                    v=self.new_version,
                    d=self.counts[0],
                    t=self.counts[1],
                    m=self.counts[2],
                    first=period_name(self.periods_added[0], lang) if self.periods_added else "—",
                    last=period_name(self.periods_added[-1], lang) if self.periods_added else "—",
                )
            )
            if self.old_plan_id:
                out.append(
                    tr(
                        "PlanImport",
                        "It becomes the programme the app works on. {title} stays "
                        "installed with all its reports: File → Programme switches between them.",
                        lang,
                        title=pick(self.old_title, lang),
                    )
                )
            out.extend(self.notes)
            return out
        else:
            out.append(
                tr(
                    "PlanImport",
                    "Plan version {old} → {new}.",
                    lang,
                    old=self.old_version or 0,
                    new=self.new_version,
                )
            )
        for code in self.added:
            out.append(tr("PlanImport", "Measure added: {code}", lang, code=code))
        for code in self.removed:
            out.append(
                tr(
                    "PlanImport",
                    "Measure removed: {code} (its reports are kept, read-only, and still exported)",
                    lang,
                    code=code,
                )
            )
        for code in self.renamed:
            out.append(tr("PlanImport", "Measure renamed: {code}", lang, code=code))
        for code, old, new in self.deadline_changed:
            out.append(
                tr(
                    "PlanImport",
                    "Deadline of {code}: {old} → {new}",
                    lang,
                    code=code,
                    old=old,
                    new=new,
                )
            )
        for code, old, new in self.executors_changed:
            out.append(
                tr(
                    "PlanImport",
                    "Executors of {code}: {old} → {new}",
                    lang,
                    code=code,
                    old=old,
                    new=new,
                )
            )
        if self.periods_added:
            out.append(
                tr(
                    "PlanImport",
                    "Reporting periods added: {periods}",
                    lang,
                    periods=", ".join(period_name(p, lang) for p in self.periods_added),
                )
            )
        for period, old, new in self.period_due_moved:
            out.append(
                tr(
                    "PlanImport",
                    "The report on {period} is due on {new} (was {old}).",
                    lang,
                    period=period_name(period, lang),
                    old=old,
                    new=new,
                )
            )
        out.extend(self.notes)
        if self.empty:
            out.append(
                tr("PlanImport", "No change to measures, deadlines, executors or periods.", lang)
            )
        return out


def _index(plan: Plan) -> dict[str, Measure]:
    return {m.code: m for m in plan.measures}


def diff_plans(old: Plan | None, new: Plan, lang: str | None = None) -> PlanDiff:
    if old is None or old.plan_id != new.plan_id:
        d = PlanDiff(old.version if old else None, new.version, new_plan=True)
        d.added = [m.code for m in new.measures]
        d.periods_added = [p.id for p in plan_periods(new)]
        d.new_plan_id, d.new_title = new.plan_id, dict(new.title)
        d.counts = (len(new.directions), len(new.tasks), len(new.measures))
        if old is not None:
            d.old_plan_id, d.old_title = old.plan_id, dict(old.title)
        return d
    d = PlanDiff(old.version, new.version, new_plan=False)
    a, b = _index(old), _index(new)
    d.added = [c for c in b if c not in a]
    d.removed = [c for c in a if c not in b]
    for code in (c for c in b if c in a):
        m_old, m_new = a[code], b[code]
        if m_old.title != m_new.title:
            d.renamed.append(code)
        if (m_old.deadline.last_day, m_old.deadline.text) != (
            m_new.deadline.last_day,
            m_new.deadline.text,
        ):
            d.deadline_changed.append(
                (code, pick(m_old.deadline.text, lang), pick(m_new.deadline.text, lang))
            )
        if m_old.executors != m_new.executors:
            d.executors_changed.append(
                (code, ", ".join(m_old.executors), ", ".join(m_new.executors))
            )
    old_periods = {p.id: p for p in plan_periods(old)}
    d.periods_added = [p.id for p in plan_periods(new) if p.id not in old_periods]
    d.period_due_moved = [
        (p.id, old_periods[p.id].due.strftime("%d.%m.%Y"), p.due.strftime("%d.%m.%Y"))
        for p in plan_periods(new)
        if p.id in old_periods and old_periods[p.id].due != p.due
    ]
    return d
