"""Semi-annual progress reports: what the GUI, the CLI and the export engineer call.

Periods
  ``periods(ws, today)`` -> list[PeriodInfo]: every period of the plan's reporting rule with its
  due date, workflow state (draft / complete / approved = locked), timeliness (future / current /
  due_soon / overdue / closed) and days left. ``period_info(ws, period_id)`` for one.

Entries (one per measure and period, keyed by plan_id + period_id + measure code)
  ``measures_for(ws, period_id)``: the measures to report (those local self-government takes part
  in, plus any other the user included with ``include_measure``).
  ``entry_values(ws, period_id, code)`` -> {field: StoredValue}.
  ``set_value(ws, period_id, code, field, text)``: ONE transaction per field (autosave); history
  goes to ``change_log`` (entity ``report_entry``, entity_id ``plan|period|code``, field).
  ``history(ws, period_id, code, field)``, ``add_comment`` / ``comments``.
  ``carry_forward(ws, period_id)``: start a period from the previous one (values marked carried).

Workflow
  ``validate_period(ws, period_id, lang)`` -> {code: [Problem]}; ``mark_complete`` (only when
  valid), ``approve(ws, period_id, head_name, on)`` (locks), ``unlock(ws, period_id, reason)``.
  Any edit of a locked period raises :class:`PeriodLocked`.

For export (Excel / PDF / data.json)
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
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from msu_desktop import assets
from msu_desktop.domain import dashboard as dash
from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import Indicator, Measure, PeriodSpec, Plan, deadline_text
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick, tr
from msu_desktop.services import plan_files
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.core import ChangeLog
from msu_desktop.storage.models.report import (
    ReportAttachment,
    ReportComment,
    ReportEntry,
    ReportFile,
    ReportPeriod,
    ReportValue,
)

ENTITY_ENTRY = "report_entry"
ENTITY_PERIOD = "report_period"
# Typing in one field within this many seconds makes one history line, not one per keystroke.
HISTORY_MERGE_SECONDS = 120


class PeriodLocked(UserError):
    pass


# -- rules ---------------------------------------------------------------------------------------
@lru_cache(maxsize=4)
def _rules_doc(path: str) -> rpt.ReportRules:
    doc = plan_files.load_json(Path(path), tr("Files", "The report form rules"))
    plan_files.validate(doc, "report_rules.schema.json", tr("Files", "The report form rules"))
    return rpt.rules_from_dict(doc)


@lru_cache(maxsize=4)
def _rules_text(text: str) -> rpt.ReportRules:
    what = tr("Files", "The report form rules")
    doc = plan_files.parse_json(text, what)
    plan_files.validate(doc, "report_rules.schema.json", what)
    return rpt.rules_from_dict(doc)


def rules_for(plan: Plan) -> rpt.ReportRules:
    """The report form and validation rules for ``plan``: those its plan package brought
    (``forms/report_rules.json``, checked when the package was verified), else the shipped
    ``data/forms/report_rules.json``."""
    packaged = plan.documents.get("report_rules.json")
    if packaged:
        rules = _rules_text(packaged)
    else:
        rules = _rules_doc(str(assets.data_path("forms", "report_rules.json")))
    if rules.plan_ids and plan.plan_id not in rules.plan_ids:
        raise UserError(
            "There are no report rules for the plan {plan}.", plan=plan.plan_id, context="Report"
        )
    return rules


# -- periods -------------------------------------------------------------------------------------
TODAY_SETTING = "report.today"  # set by the demo: the date the demo data is "as of"


def today_of(ws: Workspace) -> dt.date:
    """Today, or the date a demo data folder is set to (so its due dates read true)."""
    fixed = ws.setting(TODAY_SETTING)
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            pass
    return dt.date.today()


def value_text(rules: rpt.ReportRules, field_id: str, value: str, lang: str | None = None) -> str:
    """A stored value as the user reads it: status names, dates as DD.MM.YYYY."""
    if field_id == "status":
        d = rules.status(value)
        return pick(d.label, lang) if d else value
    if rules.kind_of(field_id) == "date":
        d2 = rpt.parse_date(value)
        return d2.strftime("%d.%m.%Y") if d2 else value
    if rules.kind_of(field_id) in ("integer", "money"):
        return rpt.display(rules.kind_of(field_id), value)  # "1 250 000,50"
    return value


@dataclass(frozen=True)
class PeriodInfo:
    spec: PeriodSpec
    state: str  # draft | complete | approved
    timeliness: str  # future | current | due_soon | overdue | archive | closed
    days_left: int
    approved_by: str = ""
    approved_on: dt.date | None = None
    carried_from: str = ""

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def locked(self) -> bool:
        return self.state == rpt.APPROVED


def _spec(plan: Plan, period_id: str) -> PeriodSpec:
    for p in plan_periods(plan):
        if p.id == period_id:
            return p
    raise UserError(
        "The plan has no reporting period {period}.", period=period_id, context="Report"
    )


def previous_period_id(plan: Plan, period_id: str) -> str | None:
    ids = [p.id for p in plan_periods(plan)]
    i = ids.index(period_id) if period_id in ids else -1
    return ids[i - 1] if i > 0 else None


def _period_rows(s: Session, plan_id: str) -> dict[str, ReportPeriod]:
    rows = s.scalars(select(ReportPeriod).where(ReportPeriod.plan_id == plan_id))
    return {r.period_id: r for r in rows}


def _info(
    spec: PeriodSpec, row: ReportPeriod | None, today: dt.date, programme_end: dt.date | None
) -> PeriodInfo:
    from msu_desktop.domain.period import period_state

    state = row.state if row else rpt.DRAFT
    ps = period_state(spec, today, state == rpt.APPROVED, programme_end)
    return PeriodInfo(
        spec,
        state,
        ps.state,
        ps.days_left,
        row.approved_by if row else "",
        row.approved_on if row else None,
        row.carried_from if row else "",
    )


def periods(ws: Workspace, today: dt.date | None = None) -> list[PeriodInfo]:
    today = today or today_of(ws)
    plan = ws.plan()
    with ws.session() as s:
        rows = _period_rows(s, plan.plan_id)
    return [_info(p, rows.get(p.id), today, plan.valid_to) for p in plan_periods(plan)]


def period_info(ws: Workspace, period_id: str, today: dt.date | None = None) -> PeriodInfo:
    plan = ws.plan()
    spec = _spec(plan, period_id)
    with ws.session() as s:
        row = _period_row(s, plan.plan_id, period_id)
    return _info(spec, row, today or today_of(ws), plan.valid_to)


def _period_row(s: Session, plan_id: str, period_id: str) -> ReportPeriod | None:
    return s.scalars(
        select(ReportPeriod).where(
            ReportPeriod.plan_id == plan_id, ReportPeriod.period_id == period_id
        )
    ).first()


def _ensure_period(s: Session, plan_id: str, period_id: str) -> ReportPeriod:
    row = _period_row(s, plan_id, period_id)
    if row is None:
        row = ReportPeriod(plan_id=plan_id, period_id=period_id, state=rpt.DRAFT, carried_from="")
        s.add(row)
        s.flush()
    return row


def _check_unlocked(row: ReportPeriod) -> None:
    if row.state == rpt.APPROVED:
        raise PeriodLocked(
            "The report for {period} is approved and locked. Unlock it (with a reason) to change it.",
            period=period_name(row.period_id),
            context="Report",
        )


def _log(
    s: Session,
    entity: str,
    entity_id: str,
    field_id: str,
    old: str | None,
    new: str | None,
    user: str,
    reason: str = "",
) -> None:
    s.add(
        ChangeLog(
            entity=entity,
            entity_id=entity_id,
            field=field_id,
            old_value=old,
            new_value=new,
            user=user,
            reason=reason,
            at=utcnow(),
        )
    )


def _back_to_draft(s: Session, row: ReportPeriod, user: str) -> None:
    if row.state == rpt.COMPLETE:
        _log(
            s,
            ENTITY_PERIOD,
            rpt.period_key(row.plan_id, row.period_id),
            "state",
            rpt.COMPLETE,
            rpt.DRAFT,
            user,
            "auto:edited",
        )
        row.state = rpt.DRAFT
        row.completed_at = None


# -- entries -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StoredValue:
    value: str
    carried: bool
    updated_by: str
    updated_at: dt.datetime


def _entry(s: Session, plan_id: str, period_id: str, code: str) -> ReportEntry | None:
    return s.scalars(
        select(ReportEntry).where(
            ReportEntry.plan_id == plan_id,
            ReportEntry.period_id == period_id,
            ReportEntry.measure_code == code,
        )
    ).first()


def _ensure_entry(s: Session, plan_id: str, period_id: str, code: str) -> ReportEntry:
    row = _entry(s, plan_id, period_id, code)
    if row is None:
        row = ReportEntry(plan_id=plan_id, period_id=period_id, measure_code=code, included=True)
        s.add(row)
        s.flush()
    return row


def _measure(plan: Plan, code: str) -> Measure:
    try:
        return plan.measure(code)
    except KeyError:
        raise UserError("The plan has no measure {code}.", code=code, context="Report") from None


def measures_for(ws: Workspace, period_id: str) -> list[Measure]:
    """The measures to report in a period, in plan order."""
    plan = ws.plan()
    with ws.session() as s:
        included = set(
            s.scalars(
                select(ReportEntry.measure_code).where(
                    ReportEntry.plan_id == plan.plan_id,
                    ReportEntry.period_id == period_id,
                    ReportEntry.included.is_(True),
                )
            )
        )
    return [m for m in plan.measures if m.lsg_participates or m.code in included]


def include_measure(
    ws: Workspace, period_id: str, code: str, included: bool = True, user: str | None = None
) -> None:
    """Report (or stop reporting) on a measure local self-government does not take part in."""
    plan = ws.plan()
    m = _measure(plan, code)
    _spec(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(prow)
        entry = _ensure_entry(s, plan.plan_id, period_id, code)
        if m.lsg_participates and not included:
            raise UserError(
                "Measure {code} involves local self-government and must be reported.",
                code=code,
                context="Report",
            )
        if entry.included != included:
            _log(
                s,
                ENTITY_ENTRY,
                rpt.entry_key(plan.plan_id, period_id, code),
                "included",
                str(entry.included).lower(),
                str(included).lower(),
                user,
            )
            entry.included = included
            _back_to_draft(s, prow, user)


def entry_values(ws: Workspace, period_id: str, code: str) -> dict[str, StoredValue]:
    plan = ws.plan()
    with ws.session() as s:
        rows = s.execute(
            select(ReportValue)
            .join(ReportEntry)
            .where(
                ReportEntry.plan_id == plan.plan_id,
                ReportEntry.period_id == period_id,
                ReportEntry.measure_code == code,
            )
        ).scalars()
        return {r.field: StoredValue(r.value, r.carried, r.updated_by, r.updated_at) for r in rows}


def set_value(
    ws: Workspace,
    period_id: str,
    code: str,
    field_id: str,
    text: str | None,
    user: str | None = None,
) -> str:
    """Save one field now, in its own transaction. Returns the value as stored.

    The value is kept as typed (numbers and dates normalised when they parse), so nothing the
    user types is refused; :func:`validate_period` reports what is wrong with it.
    """
    plan = ws.plan()
    measure = _measure(plan, code)
    _spec(plan, period_id)
    rules = rules_for(plan)
    if field_id not in rules.all_fields(measure):
        raise UserError("The report has no field {field}.", field=field_id, context="Report")
    kind = rules.kind_of(field_id)
    value = rpt.normalise(kind, text)
    if field_id == "status" and value and rules.status(value) is None:
        raise UserError("Unknown status {status}.", status=value, context="Report")
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(prow)
        entry = _ensure_entry(s, plan.plan_id, period_id, code)
        row = s.scalars(
            select(ReportValue).where(
                ReportValue.entry_id == entry.id, ReportValue.field == field_id
            )
        ).first()
        old = row.value if row else ""
        if row is not None and old == value:
            if row.carried:  # confirming a carried value makes it this period's own
                row.carried = False
                row.updated_by = user
            return value
        if row is None:
            if value == "":
                return value
            row = ReportValue(entry_id=entry.id, field=field_id, value=value, carried=False)
            s.add(row)
        row.value = value
        row.carried = False
        row.updated_by = user
        row.updated_at = utcnow()
        entry.updated_at = utcnow()
        _record_history(s, rpt.entry_key(plan.plan_id, period_id, code), field_id, old, value, user)
        _back_to_draft(s, prow, user)
    return value


def _record_history(
    s: Session, entity_id: str, field_id: str, old: str, new: str, user: str
) -> None:
    """One history line per field edit; a burst of typing by the same person is one line."""
    last = s.scalars(
        select(ChangeLog)
        .where(ChangeLog.entity == ENTITY_ENTRY, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()
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
    _log(s, ENTITY_ENTRY, entity_id, field_id, old, new, user)


@dataclass(frozen=True)
class HistoryItem:
    field: str
    old: str
    new: str
    user: str
    at: dt.datetime
    reason: str


def history(
    ws: Workspace, period_id: str, code: str, field_id: str | None = None
) -> list[HistoryItem]:
    """Who changed a value (or every value of an entry), when, from what to what; oldest first."""
    plan = ws.plan()
    q = select(ChangeLog).where(
        ChangeLog.entity == ENTITY_ENTRY,
        ChangeLog.entity_id == rpt.entry_key(plan.plan_id, period_id, code),
    )
    if field_id:
        q = q.where(ChangeLog.field == field_id)
    with ws.session() as s:
        return [
            HistoryItem(r.field, r.old_value or "", r.new_value or "", r.user, r.at, r.reason)
            for r in s.scalars(q.order_by(ChangeLog.id))
        ]


def period_history(ws: Workspace, period_id: str) -> list[HistoryItem]:
    """Completion, approval and unlocking of a period, with reasons; oldest first."""
    plan = ws.plan()
    with ws.session() as s:
        rows = s.scalars(
            select(ChangeLog)
            .where(
                ChangeLog.entity == ENTITY_PERIOD,
                ChangeLog.entity_id == rpt.period_key(plan.plan_id, period_id),
            )
            .order_by(ChangeLog.id)
        )
        return [
            HistoryItem(r.field, r.old_value or "", r.new_value or "", r.user, r.at, r.reason)
            for r in rows
        ]


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
    _measure(plan, code)
    _spec(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(prow)
        entry = _ensure_entry(s, plan.plan_id, period_id, code)
        s.add(ReportComment(entry_id=entry.id, field=field_id, text=text, user=user, at=utcnow()))
        _log(
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


# -- carry forward -------------------------------------------------------------------------------
def carry_forward(ws: Workspace, period_id: str, user: str | None = None) -> int:
    """Start ``period_id`` from the previous period: statuses and texts are copied (marked as
    carried) where this period has no value yet; amounts (indicators, money) are per half-year
    and are not copied. Returns how many values were copied."""
    plan = ws.plan()
    _spec(plan, period_id)
    prev = previous_period_id(plan, period_id)
    if prev is None:
        raise UserError(
            "{period} is the first period of the plan; there is nothing to carry forward.",
            period=period_name(period_id),
            context="Report",
        )
    rules = rules_for(plan)
    carry = set(rules.carry_forward)
    user = user or ws.current_user()
    copied = 0
    with ws.transaction() as s:
        prow = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(prow)
        src_entries = s.scalars(
            select(ReportEntry).where(
                ReportEntry.plan_id == plan.plan_id, ReportEntry.period_id == prev
            )
        ).all()
        for src in src_entries:
            dst = _ensure_entry(s, plan.plan_id, period_id, src.measure_code)
            if src.included and not dst.included:
                dst.included = True
            have = {
                v.field: v
                for v in s.scalars(select(ReportValue).where(ReportValue.entry_id == dst.id))
            }
            for v in src.values:
                if v.field not in carry or not v.value or (v.field in have and have[v.field].value):
                    continue
                if v.field in have:
                    have[v.field].value = v.value
                    have[v.field].carried = True
                else:
                    s.add(
                        ReportValue(
                            entry_id=dst.id,
                            field=v.field,
                            value=v.value,
                            carried=True,
                            updated_by=user,
                            updated_at=utcnow(),
                        )
                    )
                _log(
                    s,
                    ENTITY_ENTRY,
                    rpt.entry_key(plan.plan_id, period_id, src.measure_code),
                    v.field,
                    "",
                    v.value,
                    user,
                    f"carried:{prev}",
                )
                copied += 1
        prow.carried_from = prev
        _back_to_draft(s, prow, user)
    return copied


# -- loading a whole period ----------------------------------------------------------------------
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


# -- validation and workflow ---------------------------------------------------------------------
def validate_period(
    ws: Workspace, period_id: str, lang: str | None = None
) -> dict[str, list[rpt.Problem]]:
    """Problems per measure code (only measures that have problems)."""
    plan = ws.plan()
    spec = _spec(plan, period_id)
    rules = rules_for(plan)
    out: dict[str, list[rpt.Problem]] = {}
    for snap in load_period(ws, period_id):
        problems = rpt.validate_entry(snap.data(), rules, spec, lang)
        if problems:
            out[snap.measure.code] = problems
    return out


def validate_measure(
    ws: Workspace, period_id: str, code: str, lang: str | None = None
) -> list[rpt.Problem]:
    plan = ws.plan()
    spec = _spec(plan, period_id)
    for snap in load_period(ws, period_id):
        if snap.measure.code == code:
            return rpt.validate_entry(snap.data(), rules_for(plan), spec, lang)
    return []


def _set_state(s: Session, row: ReportPeriod, new: str, user: str, reason: str = "") -> None:
    _log(
        s,
        ENTITY_PERIOD,
        rpt.period_key(row.plan_id, row.period_id),
        "state",
        row.state,
        new,
        user,
        reason,
    )
    row.state = new


def mark_complete(ws: Workspace, period_id: str, user: str | None = None) -> None:
    """Mark the period's report complete; refused while any measure has a problem."""
    plan = ws.plan()
    problems = validate_period(ws, period_id)
    if problems:
        n = sum(len(p) for p in problems.values())
        raise UserError(
            "The report for {period} cannot be marked complete: {count} problem(s) in "
            "{measures} measure(s), first in measure {first}.",
            period=period_name(period_id),
            count=n,
            measures=len(problems),
            first=next(iter(problems)),
            context="Report",
        )
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(row)
        if row.state != rpt.COMPLETE:
            _set_state(s, row, rpt.COMPLETE, user)
            row.completed_at = utcnow()


def approve(
    ws: Workspace,
    period_id: str,
    head_name: str,
    on: dt.date | None = None,
    user: str | None = None,
) -> None:
    """The head of the aiyl okmotu approves a complete report; it is then locked."""
    head_name = (head_name or "").strip()
    if not head_name:
        raise UserError("Enter the name of the head who approves the report.", context="Report")
    plan = ws.plan()
    _spec(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = _ensure_period(s, plan.plan_id, period_id)
        _check_unlocked(row)
        if row.state != rpt.COMPLETE:
            raise UserError(
                "Mark the report for {period} complete before it is approved.",
                period=period_name(period_id),
                context="Report",
            )
        on = on or today_of(ws)
        _set_state(s, row, rpt.APPROVED, user, f"approved:{on.isoformat()}:{head_name}")
        row.approved_by = head_name
        row.approved_on = on


def unlock(ws: Workspace, period_id: str, reason: str, user: str | None = None) -> None:
    """Unlock an approved report so it can be corrected; the reason goes into the history."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Give the reason for unlocking the approved report.", context="Report")
    plan = ws.plan()
    user = user or ws.current_user()
    with ws.transaction() as s:
        row = _period_row(s, plan.plan_id, period_id)
        if row is None or row.state != rpt.APPROVED:
            raise UserError(
                "The report for {period} is not approved, so it is not locked.",
                period=period_name(period_id),
                context="Report",
            )
        _set_state(s, row, rpt.DRAFT, user, reason)
        row.approved_by = ""
        row.approved_on = None
        row.completed_at = None


# -- rows for export -----------------------------------------------------------------------------
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
class AttachmentInfo:
    id: int  # the link id (for removal)
    name: str
    sha256: str
    size: int
    mime: str
    caption: str
    path: Path
    added_by: str
    added_at: dt.datetime


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


def attachments_of(ws: Workspace, period_id: str, code: str) -> list[AttachmentInfo]:
    from msu_desktop.services.attachments import stored_path

    plan = ws.plan()
    with ws.session() as s:
        rows = s.execute(
            select(ReportAttachment, ReportFile)
            .join(ReportFile, ReportAttachment.file_id == ReportFile.id)
            .join(ReportEntry, ReportAttachment.entry_id == ReportEntry.id)
            .where(
                ReportEntry.plan_id == plan.plan_id,
                ReportEntry.period_id == period_id,
                ReportEntry.measure_code == code,
            )
            .order_by(ReportAttachment.id)
        ).all()
        return [
            AttachmentInfo(
                link.id,
                link.original_name,
                f.sha256,
                f.size,
                f.mime,
                link.caption,
                stored_path(ws, f.sha256),
                link.added_by,
                link.added_at,
            )
            for link, f in rows
        ]


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
    spec = _spec(plan, period_id)
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


def period_summary(ws: Workspace, period_id: str, today: dt.date | None = None) -> PeriodSummary:
    rows = report_rows(ws, period_id)
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


# -- dashboard -----------------------------------------------------------------------------------
def dashboard(
    ws: Workspace, today: dt.date | None = None, selected: str | None = None
) -> dash.Dashboard:
    """Counts for every period in two queries, then pure computation."""
    today = today or today_of(ws)
    plan = ws.plan()
    specs = plan_periods(plan)
    lsg = [m.code for m in plan.measures if m.lsg_participates]
    with ws.session() as s:
        states = {r.period_id: r.state for r in _period_rows(s, plan.plan_id).values()}
        included = s.execute(
            select(ReportEntry.period_id, ReportEntry.measure_code).where(
                ReportEntry.plan_id == plan.plan_id, ReportEntry.included.is_(True)
            )
        ).all()
        status_rows = s.execute(
            select(ReportEntry.period_id, ReportEntry.measure_code, ReportValue.value)
            .join(ReportValue, ReportValue.entry_id == ReportEntry.id)
            .where(ReportEntry.plan_id == plan.plan_id, ReportValue.field == "status")
        ).all()
    extra: dict[str, set[str]] = {}
    for pid, code in included:
        extra.setdefault(pid, set()).add(code)
    order = {m.code: i for i, m in enumerate(plan.measures)}
    to_report = {
        p.id: sorted(set(lsg) | extra.get(p.id, set()), key=lambda c: order.get(c, 0))
        for p in specs
    }
    statuses: dict[str, dict[str, str]] = {}
    for pid, code, value in status_rows:
        if value:
            statuses.setdefault(pid, {})[code] = value
    rules = rules_for(plan)
    reported = frozenset(st.id for st in rules.statuses if st.counts_as_reported)
    return dash.compute(plan, specs, to_report, statuses, states, today, selected, reported)


def status_label(ws: Workspace, status: str, lang: str | None = None) -> str:
    from msu_desktop.i18n import pick

    d = rules_for(ws.plan()).status(status)
    return pick(d.label, lang) if d else ""


def state_label(state: str, lang: str | None = None) -> str:
    labels = {
        rpt.DRAFT: tr("Report", "Draft", lang),
        rpt.COMPLETE: tr("Report", "Complete", lang),
        rpt.APPROVED: tr("Report", "Approved (locked)", lang),
    }
    return labels.get(state, state)


def timeliness_label(timeliness: str, lang: str | None = None) -> str:
    labels = {
        "future": tr("Report", "Not started yet", lang),
        "current": tr("Report", "Current", lang),
        "due_soon": tr("Report", "Due soon", lang),
        "overdue": tr("Report", "Overdue", lang),
        "archive": tr("Report", "Archive (the programme has ended)", lang),
        "closed": tr("Report", "Submitted", lang),
    }
    return labels.get(timeliness, timeliness)


def reason_text(reason: str, lang: str | None = None) -> str:
    """History reasons recorded by the app are codes; show them in the user's language."""
    if reason == "auto:edited":
        return tr("Report", "Changed after it was marked complete", lang)
    if reason.startswith("carried:"):
        return tr(
            "Report", "Carried forward from {period}", lang, period=period_name(reason[8:], lang)
        )
    if reason.startswith("approved:"):
        _, on, name = reason.split(":", 2)
        return tr("Report", "Approved by {name} on {date}", lang, name=name, date=on)
    return reason


def codes(rows: Iterable[ReportRow]) -> list[str]:
    return [r.measure_code for r in rows]


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
