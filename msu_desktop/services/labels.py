"""Words a person reads for things the data keeps as ids: one place, used by the CLI, the GUI
and every document.

A period id (``2021-H1``) stays in data and file names; people read
"2021-жылдын I жарым жылдыгы" / "I полугодие 2021 г.".
"""

from __future__ import annotations

from msu_desktop.domain.period import parse_period_id
from msu_desktop.domain.plan import Plan
from msu_desktop.i18n import pick, tr

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
