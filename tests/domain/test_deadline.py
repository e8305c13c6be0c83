"""The one deadline rule, as a table of cases: the period's deadline from the plan (rule and
per-period exceptions, periods generated from the programme's years), and on time / late /
missing judged by the agency's time of receipt, with Bishkek midnight."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from msu_desktop import assets
from msu_desktop.domain.deadline import (
    BISHKEK,
    LATE,
    MISSING,
    NOT_YET_DUE,
    ON_TIME,
    judge,
    period_deadline,
)
from msu_desktop.domain.period import period_state, plan_periods
from msu_desktop.domain.plan import plan_from_dict

UTC = dt.UTC


def _test_programme(**reporting: object) -> dict:
    """A made-up TEST programme (2024-2026), built from the shipped plan's structure."""
    doc = copy.deepcopy(json.loads(assets.shipped_plan_path().read_text(encoding="utf-8")))
    doc["plan_id"] = "TEST-programme"
    doc["valid_from"], doc["valid_to"] = "2024-01-01", "2026-12-31"
    rep = doc["reporting"]
    rep.pop("periods")
    rep.update(reporting)
    return doc


PLAN = plan_from_dict(
    _test_programme(deadline_overrides=[{"period": "2024-H2", "due": "2024-12-20"}])
)


def test_periods_come_from_the_programme_years_and_rule() -> None:
    ids = [p.id for p in plan_periods(PLAN)]
    assert ids == ["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2"]
    assert period_deadline(PLAN, "2025-H1") == dt.date(2025, 7, 15)
    # a rule of "the 10th" is data, not code
    other = plan_from_dict(_test_programme(due_day_of_following_month=10))
    assert period_deadline(other, "2025-H1") == dt.date(2025, 7, 10)


def test_an_extended_plan_gets_its_new_periods_and_old_listed_periods_keep_their_dates() -> None:
    doc = json.loads(assets.shipped_plan_path().read_text(encoding="utf-8"))
    doc["valid_to"] = "2025-12-31"  # the 2018-2023 list stops at 2023-H2
    ids = [p.id for p in plan_periods(plan_from_dict(doc))]
    assert ids[0] == "2018-H2" and ids[-4:] == ["2024-H1", "2024-H2", "2025-H1", "2025-H2"]


def at(y: int, m: int, d: int, hh: int = 12, mm: int = 0, tz: dt.tzinfo = BISHKEK) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


# period, received by the agency, the agency's clock now, expected verdict
CASES = [
    # the plan moved 2024-H2's deadline to 20 December: 18 December is on time ...
    ("moved deadline, before it", "2024-H2", at(2024, 12, 18), at(2025, 2, 1), ON_TIME),
    # ... and 10 January (before the rule's 15th!) is late
    ("moved deadline, after it", "2024-H2", at(2025, 1, 10), at(2025, 2, 1), LATE),
    ("moved deadline, nothing", "2024-H2", None, at(2024, 12, 21, 0, 0), MISSING),
    ("moved deadline, not yet", "2024-H2", None, at(2024, 12, 20, 23, 59), NOT_YET_DUE),
    # the office's clock was a year behind: its package says "created 2025-07-01", but the
    # inbox received it on 20.07.2026; only the agency's receipt counts
    ("clock off by a year", "2026-H1", at(2026, 7, 20), at(2026, 8, 1), LATE),
    # a stick's package: only the day the agency received it is known
    ("USB after the deadline", "2025-H1", dt.date(2025, 7, 16), at(2025, 8, 1), LATE),
    ("USB on the deadline", "2025-H1", dt.date(2025, 7, 15), at(2025, 8, 1), ON_TIME),
    # Bishkek midnight: the 15th ends at 24:00 Bishkek time
    ("midnight starting the 15th", "2025-H1", at(2025, 7, 15, 0, 0), at(2025, 8, 1), ON_TIME),
    ("one minute to midnight", "2025-H1", at(2025, 7, 15, 23, 59), at(2025, 8, 1), ON_TIME),
    ("exactly midnight after it", "2025-H1", at(2025, 7, 16, 0, 0), at(2025, 8, 1), LATE),
    # 18:00 UTC on the 15th is already 00:00 on the 16th in Bishkek
    ("midnight, stored in UTC", "2025-H1", at(2025, 7, 15, 18, 0, UTC), at(2025, 8, 1), LATE),
    ("17:59 UTC on the 15th", "2025-H1", at(2025, 7, 15, 17, 59, UTC), at(2025, 8, 1), ON_TIME),
    ("UTC without a zone", "2025-H1", dt.datetime(2025, 7, 15, 18, 0), at(2025, 8, 1), LATE),
]


@pytest.mark.parametrize(("case", "period", "received", "now", "verdict"), CASES)
def test_on_time_late_missing_by_the_agencys_receipt(
    case: str, period: str, received: object, now: dt.datetime, verdict: str
) -> None:
    due = period_deadline(PLAN, period)
    result = judge(due, received, now)  # type: ignore[arg-type]
    assert result.verdict == verdict, case
    assert result.due == due


def test_days_late_are_counted_from_the_deadline_in_bishkek() -> None:
    result = judge(dt.date(2025, 7, 15), at(2025, 7, 17, 0, 30), at(2025, 8, 1))
    assert (result.verdict, result.days_late) == (LATE, 2)


def test_periods_ended_before_the_plan_was_installed_are_an_archive() -> None:
    specs = {p.id: p for p in plan_periods(PLAN)}
    today = dt.date(2026, 12, 6)
    installed = dt.date(2026, 12, 1)
    assert period_state(specs["2024-H1"], today, installed=installed).state == "archive"
    assert period_state(specs["2026-H1"], today, installed=installed).state == "archive"
    assert period_state(specs["2026-H2"], today, installed=installed).state == "current"
    # without the installation day, the same period was "overdue by 874 days"
    assert period_state(specs["2024-H1"], today).state == "overdue"
    # a period that ended after the installation and was not sent is overdue
    later = dt.date(2027, 2, 1)
    assert period_state(specs["2026-H2"], later, installed=installed).state == "overdue"


def test_the_plan_difference_names_a_moved_deadline_and_new_periods() -> None:
    from msu_desktop.services.plan_package.diff import diff_plans

    old_doc = _test_programme()
    new_doc = _test_programme(deadline_overrides=[{"period": "2025-H1", "due": "2025-07-25"}])
    new_doc["version"] = old_doc["version"] + 1
    new_doc["valid_to"] = "2027-12-31"  # extended: two new periods
    d = diff_plans(plan_from_dict(old_doc), plan_from_dict(new_doc), "ru")
    assert d.period_due_moved == [("2025-H1", "15.07.2025", "25.07.2025")]
    assert d.periods_added == ["2027-H1", "2027-H2"]
    text = "\n".join(d.lines("ru"))
    assert "25.07.2025" in text and "15.07.2025" in text
    assert "\n".join(d.lines("ky")) != text
