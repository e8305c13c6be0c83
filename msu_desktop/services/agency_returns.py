"""A report the agency returned for correction: the period unlocks and the agency's comments
appear at their measures (field ``agency`` of the report's comments), once per decision, in the
same transaction as the package's delivery row becomes ``returned`` (:func:`returned_hook`,
given to the outbox's functions).

The decisions come verified from the outbox (:mod:`msu_desktop.services.delivery`: fetched
online or imported from a ``.msureply``). A decision already applied is remembered (setting
``agency_return:<first 16 hex of the decision's SHA-256>``), so that a period the secretary has
corrected and approved again is not unlocked a second time by the same decision.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Plan
from msu_desktop.i18n import tr
from msu_desktop.services import delivery, settings
from msu_desktop.services.report.comments import comments as measure_comments
from msu_desktop.services.report.entries import ensure_entry
from msu_desktop.services.report.periods import ensure_period
from msu_desktop.services.report.workflow import set_state
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportComment

FIELD = "agency"


def _latest(outbox: Path, period: str) -> str:
    """The newest package of ``period`` in the outbox (a return of an older one is history)."""
    found = delivery.latest_packages(outbox).get(period)
    return found[1].name if found else ""


def unlock_returned(s: Session, plan: Plan, outbox: Path, d: delivery.Delivery) -> bool:
    """In the session ``s``: unlock the period of the returned package ``d`` with the agency's
    comments at their measures, once per decision. False when nothing was to do."""
    if d.state != "returned" or not d.decision:
        return False
    try:
        doc = json.loads(d.decision)
        period = str(doc["period"])
        comments = {str(k): str(v) for k, v in dict(doc.get("comments") or {}).items()}
        note = str(doc.get("note", ""))
    except (ValueError, TypeError, KeyError):
        return False
    if _latest(outbox, period) != d.name:
        return False
    marker = settings.AGENCY_RETURNS.key(
        hashlib.sha256(d.decision.encode("utf-8")).hexdigest()[:16], "package"
    )
    if settings.read_text(s, marker):
        return False
    codes = {m.code for m in plan.measures}
    user = tr("Report", "the agency")
    reason = tr("Report", "Returned by the agency for correction: {note}", note=note or "—")
    prow = ensure_period(s, plan.plan_id, period)
    if prow.state != rpt.DRAFT:
        set_state(s, prow, rpt.DRAFT, user, reason)
        prow.approved_by = ""
        prow.approved_on = None
        prow.completed_at = None
    for code, text in sorted(comments.items()):
        if code not in codes:
            continue
        entry = ensure_entry(s, plan.plan_id, period, code)
        known = s.scalars(
            select(ReportComment.text).where(
                ReportComment.entry_id == entry.id, ReportComment.field == FIELD
            )
        ).all()
        if text in known:
            continue
        s.add(ReportComment(entry_id=entry.id, field=FIELD, text=text, user=user, at=utcnow()))
    settings.write_text(s, marker, d.name)
    return True


def returned_hook(ws: Workspace, unlocked: list[str] | None = None) -> delivery.OnReturned:
    """For the outbox: a package recorded as returned unlocks its period in the same
    transaction (delivery.write); the periods unlocked are appended to ``unlocked``."""
    plan = ws.plan()

    def hook(s: Session, d: delivery.Delivery) -> None:
        if unlocked is not None and unlock_returned(s, plan, ws.outbox_dir, d):
            unlocked.append(d.name.split("_")[1])
        elif unlocked is None:
            unlock_returned(s, plan, ws.outbox_dir, d)

    return hook


def import_reply(
    ws: Workspace, soate: str, path: Path, skipped: list[str] | None = None
) -> tuple[dict[str, str], list[str]]:
    """Apply a ``.msureply`` (delivery.import_reply); a returned period unlocks in the same
    transaction. Returns ({package: new state}, the periods unlocked)."""
    unlocked: list[str] = []
    changed = delivery.import_reply(
        ws.outbox_dir, soate, path, skipped, returned_hook(ws, unlocked)
    )
    return changed, unlocked + apply_returns(ws)


def apply_returns(ws: Workspace) -> list[str]:
    """Unlock every period whose latest package was returned and is not unlocked yet (a decision
    recorded before this version, or by a caller without the hook); returns those periods."""
    plan = ws.plan()
    states = delivery.load(ws.outbox_dir)
    done = []
    for st in delivery.standings(ws.outbox_dir):
        d = states.get(st.package)
        if st.state != "returned" or d is None:
            continue
        with ws.transaction() as s:
            if unlock_returned(s, plan, ws.outbox_dir, d):
                done.append(st.period)
    return done


def agency_comments(ws: Workspace, period_id: str, code: str) -> list[str]:
    """The agency's comments at a measure (what the report page shows beside it)."""
    return [c.text for c in measure_comments(ws, period_id, code, FIELD)]
