"""Words a person reads for things the data keeps as ids: one place, used by the CLI, the GUI
and every document -- periods and programmes, report states (draft / complete / approved,
locked), timeliness against the due date, history reasons, and the outbox's delivery states.

A period id (``2021-H1``) stays in data and file names; people read
"2021-жылдын I жарым жылдыгы" / "I полугодие 2021 г.".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import parse_period_id
from msu_desktop.domain.plan import Plan
from msu_desktop.i18n import pick, tr
from msu_desktop.services.report.rules import rules_for

if TYPE_CHECKING:
    import datetime as dt

    from msu_desktop.services.delivery import Delivery
    from msu_desktop.services.workspace import Workspace

_ROMAN = {1: "I", 2: "II"}


def period_name(period_id: str, lang: str | None = None) -> str:
    """The half-year in words; an id that is not a period is returned as it is."""
    try:
        year, half = parse_period_id(period_id)
    except ValueError:
        return period_id
    return tr("Period", "{half} half of {year}", lang, half=_ROMAN[half], year=year)


def period_name_short(period_id: str, lang: str | None = None) -> str:
    """A compact form for narrow places (table columns, chart axes): "I/2021"."""
    try:
        year, half = parse_period_id(period_id)
    except ValueError:
        return period_id
    return tr("Period", "{half}/{year}", lang, half=_ROMAN[half], year=year)


def programme_name(plan: Plan, lang: str | None = None) -> str:
    """The programme as people know it: its title (which names its years), never the plan id."""
    title = pick(plan.title, lang)
    years = f"{plan.valid_from.year}–{plan.valid_to.year}"
    if str(plan.valid_from.year) in title and str(plan.valid_to.year) in title:
        return title
    return tr("Period", "{title} ({years})", lang, title=title, years=years)


def status_label(ws: Workspace, status: str, lang: str | None = None) -> str:
    d = rules_for(ws.plan()).status(status)
    return pick(d.label, lang) if d else ""


def state_label(state: str, lang: str | None = None) -> str:
    """A report's workflow state: draft, complete, approved (which locks it)."""
    labels = {
        rpt.DRAFT: tr("Report", "Draft", lang),
        rpt.COMPLETE: tr("Report", "Complete", lang),
        rpt.APPROVED: tr("Report", "Approved, locked", lang),
    }
    return labels.get(state, state)


def timeliness_label(timeliness: str, lang: str | None = None) -> str:
    """Where a period stands against its due date (see ``domain.period.period_state``)."""
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


def delivery_label(
    d: Delivery | None, lang: str | None = None, now: dt.datetime | None = None
) -> str:
    """Where a report package stands in the outbox, as the Packages page says it: the one label
    per state of :func:`msu_desktop.services.delivery.state_label`. A failed package's next try
    is computed now from the failure and its wait, never an old stored date."""
    from msu_desktop.services.delivery import state_label

    return state_label(d, lang, now)
