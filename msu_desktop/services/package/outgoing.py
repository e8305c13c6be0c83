"""The cover letter's details a report carries in its header: the outgoing number and date
the secretary gives at package build, and the annex number ("Приложение № 1 к исх. № 27 от
10.07.2019"). Kept in the database per period (settings ``outgoing:<period>:…``), so the next
build of the same period offers them again; the addressee comes from the plan (its
reporting recipient), never from code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from msu_desktop.domain.numbers import NotADate, parse_date
from msu_desktop.domain.text import clean_text
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick
from msu_desktop.services import settings

MAX_NUMBER = 40
MAX_ANNEX = 10


@dataclass(frozen=True)
class Outgoing:
    """``number``: the outgoing (исходящий) number, empty: left blank on the paper to be
    written by hand; ``date``: its date; ``annex``: the annex number of the report."""

    number: str = ""
    date: dt.date | None = None
    annex: str = "1"


def make(number: str, date: str | dt.date | None, annex: str = "1") -> Outgoing:
    """An :class:`Outgoing` from what was typed, or a :class:`UserError` saying what is wrong
    (nothing is stored)."""
    num = clean_text(number).strip()
    ann = clean_text(annex).strip() or "1"
    if len(num) > MAX_NUMBER:
        raise UserError("The outgoing number is longer than {limit} characters.", limit=MAX_NUMBER)
    if len(ann) > MAX_ANNEX:
        raise UserError("The annex number is longer than {limit} characters.", limit=MAX_ANNEX)
    try:
        day = parse_date(date, loose=False) if date else None
    except NotADate as exc:
        raise UserError(
            "«{typed}» is not a date: write the outgoing date as DD.MM.YYYY.", typed=str(date)[:20]
        ) from exc
    return Outgoing(num, day, ann)


def load(ws: Any, period_id: str) -> Outgoing:
    """What was given for ``period_id`` the last time (empty number and date before that)."""
    with ws.session() as s:
        stored = settings.OUTGOING.read_all(s, period_id)
    try:
        day = dt.date.fromisoformat(stored.get("date", "")) if stored.get("date") else None
    except ValueError:
        day = None
    return Outgoing(stored.get("number", ""), day, stored.get("annex", "") or "1")


def save(ws: Any, period_id: str, outgoing: Outgoing) -> None:
    """Keep ``outgoing`` for ``period_id`` (one transaction)."""
    with ws.transaction() as s:
        settings.OUTGOING.write(s, period_id, "number", outgoing.number)
        settings.OUTGOING.write(
            s, period_id, "date", outgoing.date.isoformat() if outgoing.date else ""
        )
        settings.OUTGOING.write(s, period_id, "annex", outgoing.annex)


def addressee(plan: Any, lang: str) -> str:
    """The agency the report goes to: the plan's reporting recipient, by its full name."""
    code = getattr(getattr(plan, "reporting", None), "recipient", "")
    org = plan.organisation(code) if code else None
    return pick(org.name, lang) if org is not None else ""


def as_data(outgoing: Outgoing) -> dict[str, Any]:
    """The letter's details as data.json carries them."""
    return {
        "number": outgoing.number,
        "date": outgoing.date.isoformat() if outgoing.date else None,
        "annex": outgoing.annex,
    }
