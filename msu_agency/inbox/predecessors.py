"""The staff page of merged municipalities (issue 25): under each successor, its predecessors'
past reports ("former X") and its own, period by period, each judged by the directory valid
for that period -- before the merger the predecessors are expected, from it the successor.
Its own route module (``/staff/predecessors``) beside the staff pages of :mod:`web`."""

from __future__ import annotations

import datetime as dt
import string
from collections import defaultdict
from pathlib import Path

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from msu_agency.collect import DirectoryEntry, Former, entries_for_period, former_text, formers
from msu_agency.config import plans_for_inbox
from msu_agency.inbox.staff import Staff
from msu_agency.inbox.store import Inbox, Stored
from msu_desktop.domain.deadline import LATE, MISSING, in_bishkek, judge, period_deadline
from msu_desktop.i18n import tr
from msu_desktop.services.labels import period_name

TEMPLATE = Path(__file__).with_name("templates") / "predecessors.html"


def routes(inbox: Inbox, staff: Staff, directory: list[DirectoryEntry]) -> list[Route]:
    from msu_agency.inbox.web import COOKIE, _e, _lang, _page

    async def page(request: Request) -> Response:
        lang = _lang(request)
        session = staff.session(request.cookies.get(COOKIE, ""))
        if session is None:
            return RedirectResponse("/staff/login", status_code=303)
        body = string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
            intro=_e(
                tr(
                    "Staff",
                    "Each merged municipality with its former ones: who was expected for a "
                    "period is judged by the directory valid then (before the merger the former "
                    "municipalities, from it the merged one).",
                    lang,
                )
            ),
            back=_e(tr("Staff", "Reports received by the agency", lang)),
            sections="".join(sections(inbox, directory, lang))
            or _e(tr("Staff", "The directory names no merged municipality.", lang)),
        )
        title = tr("Staff", "Merged municipalities and their former ones", lang)
        return _page(lang, title, body, user=session.name, csrf=session.csrf)

    return [Route("/staff/predecessors", page, methods=["GET"])]


def sections(inbox: Inbox, directory: list[DirectoryEntry], lang: str) -> list[str]:
    """One table per successor: its former municipalities' rows, then its own, per period."""
    from msu_agency.inbox.web import _e

    former = formers(directory)
    by_successor: dict[str, list[Former]] = defaultdict(list)
    for one in former.values():
        by_successor[one.successor.soate].append(one)
    latest: dict[tuple[str, str], Stored] = {}
    for st in inbox.all():
        if (st.soate, st.period) not in latest or st.sequence > latest[
            (st.soate, st.period)
        ].sequence:
            latest[(st.soate, st.period)] = st
    periods = sorted({p for _, p in latest})
    plans = plans_for_inbox(inbox.folder)
    now = inbox.clock()
    out = []
    for code, olds in sorted(by_successor.items()):
        successor = olds[0].successor
        rows = []
        for period in periods:
            expected = {e.soate for e in entries_for_period(directory, period)}
            due = period_deadline(plans, period)
            candidates: list[Former | None] = [*sorted(olds, key=lambda f: f.soate), None]
            for was in candidates:
                soate = was.soate if was else code
                got = latest.get((soate, period))
                if got is None and soate not in expected:
                    continue  # neither expected then nor reported
                who = former_text(was, lang) if was else f"{successor.name} ({code})"
                cls, state = _state(got, due, now, soate in expected, lang)
                rows.append(
                    f'<tr data-soate="{_e(soate)}" data-period="{_e(period)}">'
                    f"<td>{_e(period_name(period, lang))}</td><td>{_e(who)}</td>"
                    f'<td class="{cls}">{_e(state)}</td></tr>'
                )
        head = (
            f"<tr><th>{_e(tr('Staff', 'Period', lang))}</th>"
            f"<th>{_e(tr('Staff', 'Municipality', lang))}</th>"
            f"<th>{_e(tr('Staff', 'State', lang))}</th></tr>"
        )
        out.append(
            f'<h2>{_e(successor.name)} ({_e(code)})</h2><table class="successor" '
            f'id="successor-{_e(code)}">{head}{"".join(rows)}</table>'
        )
    return out


def _state(
    st: Stored | None, due: dt.date, now: dt.datetime, expected: bool, lang: str
) -> tuple[str, str]:
    """(css class, words) as on the main staff page: late or on time, missing, not due yet."""
    if st is None:
        late = judge(due, None, now).verdict == MISSING
        return (
            ("late", tr("Staff", "missing, late", lang))
            if late
            else ("missing", tr("Staff", "not yet submitted", lang))
        )
    received = in_bishkek(st.receipt.received_at)
    late = judge(due, received, now).verdict == LATE
    when = received.strftime("%d.%m.%Y %H:%M")
    words = tr("Staff", "#{seq}, received {date}", lang, seq=st.sequence, date=when)
    if late:
        words += " — " + tr("Staff", "late", lang)
    if not expected:
        words += " — " + tr("Staff", "not expected for this period by the directory", lang)
    return ("late" if late else "ok"), words
