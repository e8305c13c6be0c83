"""Report entries (one per measure and period) and their values: which measures to report,
reading values, and saving one field (autosave: one transaction per field)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from msu_desktop.domain import report as rpt
from msu_desktop.domain import text
from msu_desktop.domain.plan import Measure, Plan
from msu_desktop.domain.text import clean
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services.report.history import ENTITY_ENTRY, log_change, record_edit
from msu_desktop.services.report.periods import (
    back_to_draft,
    check_unlocked,
    ensure_period,
    spec_of,
)
from msu_desktop.services.report.rules import rules_for
from msu_desktop.services.report.snapshot import EntrySnapshot
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.core import ChangeLog, MunicipalityRow
from msu_desktop.storage.models.report import (
    ReportAttachment,
    ReportComment,
    ReportEntry,
    ReportPeriod,
    ReportValue,
)


@dataclass(frozen=True)
class StoredValue:
    value: str
    carried: bool
    updated_by: str
    updated_at: dt.datetime


def entry_row(s: Session, plan_id: str, period_id: str, code: str) -> ReportEntry | None:
    return s.scalars(
        select(ReportEntry).where(
            ReportEntry.plan_id == plan_id,
            ReportEntry.period_id == period_id,
            ReportEntry.measure_code == code,
        )
    ).first()


def ensure_entry(s: Session, plan_id: str, period_id: str, code: str) -> ReportEntry:
    row = entry_row(s, plan_id, period_id, code)
    if row is None:
        row = ReportEntry(plan_id=plan_id, period_id=period_id, measure_code=code, included=True)
        s.add(row)
        s.flush()
    return row


def measure_of(plan: Plan, code: str) -> Measure:
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
    m = measure_of(plan, code)
    spec_of(plan, period_id)
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(prow)
        entry = ensure_entry(s, plan.plan_id, period_id, code)
        if m.lsg_participates and not included:
            raise UserError(
                "Measure {code} involves local self-government and must be reported.",
                code=code,
                context="Report",
            )
        if entry.included != included:
            log_change(
                s,
                ENTITY_ENTRY,
                rpt.entry_key(plan.plan_id, period_id, code),
                "included",
                str(entry.included).lower(),
                str(included).lower(),
                user,
            )
            entry.included = included
            back_to_draft(s, prow, user)


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


@dataclass(frozen=True)
class SavedField:
    """What :func:`set_value` saved: the value as stored, the whole entry as it now is, and the
    entry's problems, so a page can refresh one row without reading the period again."""

    value: str
    entry: EntrySnapshot
    problems: list[rpt.Problem]
    # what the cleaning step changed in what was typed (a pasted text), for the field to say;
    # not problems of the entry: they are not counted, and not shown again later
    notes: tuple[rpt.Problem, ...] = ()


def _load_for_edit(
    s: Session, plan_id: str, period_id: str, code: str, entity_id: str
) -> tuple[
    ReportPeriod | None, ReportEntry | None, list[ReportValue], ChangeLog | None, int, int, str
]:
    """The period row, the entry, all its values, its last history line, how many attachments
    and comments it has, and the secretary's name (who the history names): ONE statement
    (autosave runs this for every field)."""
    last_log = (
        select(func.max(ChangeLog.id))
        .where(ChangeLog.entity == ENTITY_ENTRY, ChangeLog.entity_id == entity_id)
        .scalar_subquery()
    )
    n_att = (
        select(func.count())
        .where(ReportAttachment.entry_id == ReportEntry.id)
        .correlate(ReportEntry)
        .scalar_subquery()
    )
    n_com = (
        select(func.count())
        .where(ReportComment.entry_id == ReportEntry.id)
        .correlate(ReportEntry)
        .scalar_subquery()
    )
    secretary_of = select(MunicipalityRow.secretary_name).limit(1)
    secretary = secretary_of.scalar_subquery()
    q = (
        select(ReportPeriod, ReportEntry, ReportValue, ChangeLog, n_att, n_com, secretary)
        .select_from(ReportPeriod)
        .outerjoin(
            ReportEntry,
            and_(
                ReportEntry.plan_id == ReportPeriod.plan_id,
                ReportEntry.period_id == ReportPeriod.period_id,
                ReportEntry.measure_code == code,
            ),
        )
        .outerjoin(ReportValue, ReportValue.entry_id == ReportEntry.id)
        .outerjoin(ChangeLog, ChangeLog.id == last_log)
        .where(ReportPeriod.plan_id == plan_id, ReportPeriod.period_id == period_id)
    )
    rows = s.execute(q).all()
    if not rows:
        return None, None, [], None, 0, 0, s.scalar(secretary_of) or ""
    prow, entry, _, last, att, com, name = rows[0]
    values = [r[2] for r in rows if r[2] is not None]
    return prow, entry, values, last, int(att or 0), int(com or 0), name or ""


def set_value(
    ws: Workspace,
    period_id: str,
    code: str,
    field_id: str,
    text: str | None,
    user: str | None = None,
    lang: str | None = None,
) -> SavedField:
    """Save one field now, in its own transaction. Returns the value as stored, with the entry
    and its problems (in ``lang``).

    The value is kept as typed (numbers and dates normalised when they parse), so nothing the
    user types is refused; the problems say what is wrong with it. A typical field (the entry
    exists) costs at most four SQL statements: one read, the value, the history line, the
    entry's time stamp (``bench/bench_autosave.py`` counts them).
    """
    plan = ws.plan()
    measure = measure_of(plan, code)
    spec = spec_of(plan, period_id)
    rules = rules_for(plan)
    if field_id not in rules.all_fields(measure):
        raise UserError("The report has no field {field}.", field=field_id, context="Report")
    kind = rules.kind_of(field_id)
    cleaned = clean(text)
    value = rpt.normalise(kind, cleaned.text)
    if field_id == "status" and value and rules.status(value) is None:
        raise UserError("Unknown status {status}.", status=value, context="Report")
    key = rpt.entry_key(plan.plan_id, period_id, code)
    with ws.transaction() as s:
        prow, entry, values, last, n_att, n_com, secretary = _load_for_edit(
            s, plan.plan_id, period_id, code, key
        )
        user = user or ws.user_named(secretary)
        if prow is None:
            prow = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(prow)
        if entry is None:
            entry = ensure_entry(s, plan.plan_id, period_id, code)
        have = {v.field: v for v in values}
        row = have.get(field_id)
        old = row.value if row else ""
        changed = not (row is not None and old == value) and not (row is None and value == "")
        if row is not None and not changed:
            if row.carried:  # confirming a carried value makes it this period's own
                row.carried = False
                row.updated_by = user
        elif changed:
            if row is None:
                row = ReportValue(entry_id=entry.id, field=field_id, value=value, carried=False)
                s.add(row)
                have[field_id] = row
            row.value = value
            row.carried = False
            row.updated_by = user
            row.updated_at = utcnow()
            entry.updated_at = utcnow()
            record_edit(s, key, field_id, old, value, user, last=last)
            back_to_draft(s, prow, user)
        snap = EntrySnapshot(
            measure,
            {f: v.value for f, v in have.items()},
            {f for f, v in have.items() if v.carried},
            n_att,
            n_com,
        )
    notes = (
        (rpt.Problem(field_id, "cleaned", cleaning_note(cleaned.changes, lang)),)
        if cleaned.changed
        else ()
    )
    return SavedField(value, snap, rpt.validate_entry(snap.data(), rules, spec, lang), notes)


def cleaning_note(changes: dict[str, int], lang: str | None = None) -> str:
    """What THE cleaning step (:func:`msu_desktop.domain.text.clean`) did to a typed text, in
    words: "Cleaned when saved: Word's line breaks became line breaks; tabs became spaces."."""
    words = {
        text.LINE_BREAKS: tr("Report", "Word's line breaks became line breaks", lang),
        text.TABS: tr("Report", "tabs became spaces", lang),
        text.SOFT_HYPHENS: tr("Report", "soft hyphens were removed", lang),
        text.INVISIBLE: tr("Report", "invisible control characters were removed", lang),
    }
    what = "; ".join(words[k] for k in words if changes.get(k))
    return tr("Report", "Cleaned when saved: {what}.", lang, what=what)
