"""What the agency checks in a package's content before a single figure of it is consolidated.

A valid signature says who sent a package, not that what it says makes sense. Each package's
``data.json`` is checked against the plan it names (``check_package_content``): the plan and
its version are known to the agency; the period is one of the plan's and has begun; every
measure is the plan's and appears once; statuses are the report form's; indicators are the
measure's own or the form's common ones, few and short-named, each a whole number of sensible
size; money is by the form's sources, never negative, never absurdly large; the names written
into the report are of sensible length; and the summary agrees with the measures (the agency
recomputes it and never sums what a package claims).

The checker never raises on bad content (``tests/services/agency/test_agency_checks.py`` feeds it generated
documents): it returns a list of :class:`Problem` -- empty when the package may be consolidated.
The HTTP inbox calls the same function.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import PeriodSpec, Plan
from msu_desktop.domain.report import ReportRules
from msu_desktop.errors import UserError
from msu_desktop.services import clock
from msu_desktop.services.labels import period_name

MAX_PROBLEMS = 12  # a hostile package with 17,000 bad names gets a readable reason, not a book
MAX_INDICATORS = 40  # per measure; the form has 5 common ones, a plan adds a few of its own
MAX_NAME = 64  # characters of an indicator or money-source id
MAX_TEXT = 300  # characters of a municipality, rayon or oblast name written into the report
MAX_INDICATOR = Decimal(10) ** 9  # events, people, documents: a billion is already absurd
MAX_MONEY = Decimal(10) ** 12  # som; an aiyl okmotu's whole budget is far below
_INTEGER = re.compile(r"[0-9]{1,15}")
_MONEY = re.compile(r"[0-9]{1,15}\.[0-9]{2}")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_CONTEXT = decimal.Context(prec=40, Emax=60, Emin=-60, traps=[decimal.InvalidOperation])


class Problem(UserError):
    """One reason why a package's content is not consolidated."""


def parse_indicator(value: Any) -> Decimal | None:
    """A whole, non-negative number as the form stores it ("1 250" allowed), or None."""
    if not isinstance(value, str):
        return None
    text = _SPACES.sub("", value)
    if not _INTEGER.fullmatch(text):
        return None
    number = Decimal(text)
    return number if number <= MAX_INDICATOR else None


def parse_money(value: Any) -> Decimal | None:
    """A non-negative amount with two decimals ("1250.50"), or None (also for null)."""
    if not isinstance(value, str) or not _MONEY.fullmatch(value):
        return None
    number = _CONTEXT.create_decimal(value)
    return number if number <= MAX_MONEY else None


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class _Sink:
    problems: list[Problem]

    def add(self, problem: Problem) -> bool:
        """False once enough reasons are known (the caller stops looking)."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        return len(self.problems) < MAX_PROBLEMS

    @property
    def full(self) -> bool:
        return len(self.problems) >= MAX_PROBLEMS


def check_package_content(
    plan: Plan, data: Any, *, rules: ReportRules | None = None, today: dt.date | None = None
) -> list[UserError]:
    """Why ``data`` (a package's data.json) must not be consolidated; [] when it may be.

    ``rules``: the report form of ``plan`` (default: the one the plan brought, else the shipped
    one); ``today``: the agency's date (default: today)."""
    if rules is None:
        from msu_desktop.services.report.rules import rules_for

        try:
            rules = rules_for(plan)
        except UserError as exc:
            return [exc]
    today = today or clock.real_today()  # the agency's side has no work date
    sink = _Sink([])
    try:
        _check(plan, rules, data, today, sink)
    except (decimal.DecimalException, ValueError, TypeError, KeyError, AttributeError) as exc:
        # a kind of nonsense the checks above did not foresee: refused, never consolidated
        sink.add(Problem("The package's data cannot be read: {detail}", detail=_short(str(exc))))
    return list(sink.problems)


def _check(plan: Plan, rules: ReportRules, data: Any, today: dt.date, sink: _Sink) -> None:
    if not isinstance(data, dict):
        sink.add(Problem("The package's data is not a record of a report."))
        return
    plan_ref = data.get("plan")
    plan_ref = plan_ref if isinstance(plan_ref, dict) else {}
    if plan_ref.get("id") != plan.plan_id:
        sink.add(
            Problem(
                "The package names the plan {plan}, not {expected}.",
                plan=_short(plan_ref.get("id")),
                expected=plan.plan_id,
            )
        )
        return
    version = plan_ref.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        sink.add(Problem("The package does not say which version of the plan it follows."))
    elif version > plan.version:
        sink.add(
            Problem(
                "The package follows version {version} of the plan; the agency has only version "
                "{have}. Give collect the newer plan (--plan).",
                version=str(version),
                have=str(plan.version),
            )
        )
    _check_period(plan, data.get("period"), today, sink)
    _check_municipality(data.get("municipality"), sink)
    measures = data.get("measures")
    if not isinstance(measures, list):
        sink.add(Problem("The package lists no measures."))
        return
    if len(measures) > len(plan.measures):
        sink.add(
            Problem(
                "The package lists %n measure(s); the plan has only {max}.",
                n=str(len(measures)),
                max=str(len(plan.measures)),
            )
        )
    codes = {m.code: m for m in plan.measures}
    statuses = {s.id for s in rules.statuses}
    sources = {s.id for s in rules.money_sources}
    seen: set[str] = set()
    for item in measures[: len(plan.measures) + MAX_PROBLEMS]:
        if sink.full:
            return
        if not isinstance(item, dict):
            sink.add(Problem("A measure in the package is not a record."))
            continue
        code = item.get("code")
        if not isinstance(code, str) or code not in codes:
            sink.add(Problem("Measure {code} is not in the plan.", code=_short(code)))
            continue
        if code in seen:
            sink.add(Problem("Measure {code} appears more than once.", code=code))
            continue
        seen.add(code)
        status = item.get("status")
        if status not in (None, "") and status not in statuses:
            sink.add(
                Problem(
                    "Measure {code}: unknown status {status}.", code=code, status=_short(status)
                )
            )
        allowed = {i.id for i in rules.indicators_for(codes[code])}
        _check_indicators(code, item.get("indicators"), allowed, sink)
        _check_money(code, item.get("money"), item.get("money_total"), sources, sink)
    if not sink.full:
        _check_summary(data.get("summary"), measures, sink)


# the last plan's periods by id: collect and the inbox check hundreds of packages of one plan
# (the plan object itself is kept, so that its id is not another's)
_PERIODS: tuple[Plan, dict[str, PeriodSpec]] | None = None


def _periods_of(plan: Plan) -> dict[str, PeriodSpec]:
    global _PERIODS
    last = _PERIODS
    if last is None or last[0] is not plan:
        last = _PERIODS = (plan, {p.id: p for p in plan_periods(plan)})
    return last[1]


def _check_period(plan: Plan, period: Any, today: dt.date, sink: _Sink) -> None:
    period_id = period.get("id") if isinstance(period, dict) else None
    spec = _periods_of(plan).get(period_id) if isinstance(period_id, str) else None
    if spec is None:
        sink.add(
            Problem(
                "The period {period} is not a reporting period of the plan {plan}.",
                period=_short(period_id),
                plan=plan.plan_id,
            )
        )
    elif spec.start > today:
        sink.add(
            Problem(
                "The period {period} has not begun yet (today is {today}).",
                period=period_name(spec.id),
                today=today.strftime("%d.%m.%Y"),
            )
        )


def _check_municipality(muni: Any, sink: _Sink) -> None:
    if not isinstance(muni, dict):
        sink.add(Problem("The package does not say which municipality sent it."))
        return
    raw_names = muni.get("name")
    names: dict[Any, Any] = raw_names if isinstance(raw_names, dict) else {}
    texts = [muni.get("rayon"), muni.get("oblast"), *names.values()]
    if any(not isinstance(t, str) or len(t) > MAX_TEXT for t in texts):
        sink.add(
            Problem(
                "The municipality's name, rayon or oblast is missing or longer than %n "
                "character(s).",
                n=str(MAX_TEXT),
            )
        )


def _check_indicators(code: str, indicators: Any, allowed: set[str], sink: _Sink) -> None:
    if not isinstance(indicators, dict):
        sink.add(Problem("Measure {code}: the indicators are not a list of values.", code=code))
        return
    if len(indicators) > MAX_INDICATORS:
        sink.add(
            Problem(
                "Measure {code}: %n indicator(s); a measure has at most {max}.",
                code=code,
                n=str(len(indicators)),
                max=str(MAX_INDICATORS),
            )
        )
        return
    for name, value in indicators.items():
        if not isinstance(name, str) or len(name) > MAX_NAME or name not in allowed:
            if not sink.add(
                Problem("Measure {code}: unknown indicator {name}.", code=code, name=_short(name))
            ):
                return
            continue
        if parse_indicator(value) is None and not sink.add(
            Problem(
                "Measure {code}: the indicator {name} is not a whole number between 0 and "
                "{max}: {value}",
                code=code,
                name=name,
                max=f"{MAX_INDICATOR:,}".replace(",", " "),
                value=_short(value),
            )
        ):
            return


def _check_money(code: str, money: Any, total: Any, sources: set[str], sink: _Sink) -> None:
    if not isinstance(money, dict):
        sink.add(Problem("Measure {code}: the money is not a list of amounts.", code=code))
        return
    if len(money) > len(sources):
        sink.add(Problem("Measure {code}: more money sources than the form has.", code=code))
        return
    amounts = Decimal(0)
    for source, value in money.items():
        if not isinstance(source, str) or source not in sources:
            sink.add(
                Problem(
                    "Measure {code}: unknown money source {name}.", code=code, name=_short(source)
                )
            )
            return
        if value is None:
            continue
        parsed = parse_money(value)
        if parsed is None:
            sink.add(
                Problem(
                    "Measure {code}: the amount from {name} is negative, too large or not an "
                    "amount: {value}",
                    code=code,
                    name=source,
                    value=_short(value),
                )
            )
            return
        amounts += parsed
    if total is not None and parse_money(total) != amounts:
        sink.add(
            Problem(
                "Measure {code}: the total {total} is not the sum of its amounts ({sum}).",
                code=code,
                total=_short(total),
                sum=f"{amounts:.2f}",
            )
        )


def _check_summary(summary: Any, measures: list[Any], sink: _Sink) -> None:
    """The package's own summary must agree with its measures (the agency uses neither: it
    recomputes from the measures; a disagreement means the package was made by hand)."""
    if not isinstance(summary, dict):
        sink.add(Problem("The package has no summary."))
        return
    by_status: dict[str, int] = {}
    money = Decimal(0)
    for m in measures:
        if not isinstance(m, dict):
            return
        if m.get("status"):
            by_status[str(m["status"])] = by_status.get(str(m["status"]), 0) + 1
        for value in (m.get("money") or {}).values():
            money += parse_money(value) or 0
    claimed = summary.get("by_status")
    claimed = claimed if isinstance(claimed, dict) else {}
    claimed_clean = {k: v for k, v in claimed.items() if v != 0}
    if claimed_clean != by_status or summary.get("reported") != sum(by_status.values()):
        sink.add(
            Problem(
                "The package's summary does not match its measures (it claims {claimed} "
                "reported, the measures show {actual}).",
                claimed=_short(summary.get("reported")),
                actual=str(sum(by_status.values())),
            )
        )
    total = summary.get("money_total")
    if total is not None and parse_money(total) != money:
        sink.add(
            Problem(
                "The package's summary does not match its measures (money {claimed}, the "
                "measures show {actual}).",
                claimed=_short(total),
                actual=f"{money:.2f}",
            )
        )
