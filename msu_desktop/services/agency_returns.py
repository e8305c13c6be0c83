"""A report the agency returned for correction: the period unlocks and the agency's comments
appear at their measures (field ``agency`` of the report's comments), in one transaction, once
per decision.

The decisions come verified from the outbox (:mod:`msu_desktop.services.delivery`: fetched
online or imported from a ``.msureply``). A decision already applied is remembered (setting
``agency_return:<first 16 hex of the decision's SHA-256>``), so that a period the secretary has
corrected and approved again is not unlocked a second time by the same decision.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from msu_desktop.domain import report as rpt
from msu_desktop.i18n import tr
from msu_desktop.services import delivery, settings
from msu_desktop.services import report_service as rs
from msu_desktop.services.report.entries import ensure_entry
from msu_desktop.services.report.periods import ensure_period
from msu_desktop.services.report.workflow import set_state
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportComment

FIELD = "agency"


def apply_returns(ws: Workspace) -> list[str]:
    """Unlock every period whose latest package was returned; returns those periods' ids."""
    plan = ws.plan()
    codes = {m.code for m in plan.measures}
    done = []
    for st in delivery.standings(ws.outbox_dir):
        if st.state != "returned":
            continue
        d = delivery.load(ws.outbox_dir).get(st.package)
        if d is None or not d.decision:
            continue
        marker = settings.AGENCY_RETURNS.key(
            hashlib.sha256(d.decision.encode("utf-8")).hexdigest()[:16], "package"
        )
        user = tr("Report", "the agency")
        reason = tr("Report", "Returned by the agency for correction: {note}", note=st.note or "—")
        with ws.transaction() as s:
            if settings.read_text(s, marker):
                continue
            prow = ensure_period(s, plan.plan_id, st.period)
            if prow.state != rpt.DRAFT:
                set_state(s, prow, rpt.DRAFT, user, reason)
                prow.approved_by = ""
                prow.approved_on = None
                prow.completed_at = None
            for code, text in sorted(st.comments.items()):
                if code not in codes:
                    continue
                entry = ensure_entry(s, plan.plan_id, st.period, code)
                known = s.scalars(
                    select(ReportComment.text).where(
                        ReportComment.entry_id == entry.id, ReportComment.field == FIELD
                    )
                ).all()
                if text in known:
                    continue
                s.add(
                    ReportComment(entry_id=entry.id, field=FIELD, text=text, user=user, at=utcnow())
                )
            settings.write_text(s, marker, st.package)
        done.append(st.period)
    return done


def agency_comments(ws: Workspace, period_id: str, code: str) -> list[str]:
    """The agency's comments at a measure (what the report page shows beside it)."""
    return [c.text for c in rs.comments(ws, period_id, code, FIELD)]
