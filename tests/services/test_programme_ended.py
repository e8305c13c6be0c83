"""The domain rule for an ended programme: its open periods are an archive, not alarms."""

from __future__ import annotations

import datetime as dt

from msu_desktop.domain import dashboard as dash
from msu_desktop.domain import report as rpt
from msu_desktop.domain.period import (
    ARCHIVE,
    period_state,
    periods_from_rule,
    programme_ended,
)
from msu_desktop.domain.plan import PeriodSpec

END = dt.date(2023, 12, 31)
H1_2019 = PeriodSpec("2019-H1", dt.date(2019, 1, 1), dt.date(2019, 6, 30), dt.date(2019, 7, 15))
H2_2023 = PeriodSpec("2023-H2", dt.date(2023, 7, 1), dt.date(2023, 12, 31), dt.date(2024, 1, 15))


def test_a_missed_report_is_overdue_while_the_programme_runs() -> None:
    ps = period_state(H1_2019, dt.date(2020, 3, 1), programme_end=END)
    assert ps.state == "overdue" and ps.days_left < 0


def test_after_the_programme_ended_a_missed_report_is_an_archive() -> None:
    today = dt.date(2026, 12, 1)
    assert programme_ended(END, today) and not programme_ended(END, END)
    assert period_state(H1_2019, today, programme_end=END).state == ARCHIVE
    # approved stays closed; without a programme end the old rule holds
    assert period_state(H1_2019, today, submitted=True, programme_end=END).state == "closed"
    assert period_state(H1_2019, today).state == "overdue"


def test_the_last_report_is_still_due_in_the_fortnight_after_the_end() -> None:
    ps = period_state(H2_2023, dt.date(2024, 1, 10), programme_end=END)
    assert ps.state == "due_soon"
    assert period_state(H2_2023, dt.date(2024, 1, 16), programme_end=END).state == ARCHIVE


def test_an_ended_programme_has_no_next_report_and_no_overdue() -> None:
    from msu_exchange.documents import shipped_plan

    plan, _doc = shipped_plan()
    specs = periods_from_rule(plan.valid_from, plan.valid_to, plan.reporting.due_day)
    codes = {p.id: [m.code for m in plan.measures] for p in specs}
    today = dt.date(2026, 12, 1)
    d = dash.compute(plan, specs, codes, {}, {"2019-H1": rpt.APPROVED}, today)
    assert d.ended and d.next_due is None
    assert not [c for c in d.periods if c.timeliness == "overdue"]
    assert sum(1 for c in d.periods if c.timeliness == ARCHIVE) == len(specs) - 1
    # the same plan on a day inside the programme: the alarms are there
    during = dash.compute(plan, specs, codes, {}, {}, dt.date(2021, 3, 1))
    assert not during.ended and during.next_due is not None
    assert any(c.timeliness == "overdue" for c in during.periods)


def test_the_cli_says_the_programme_ended_and_names_periods_in_words(data_dir) -> None:
    from tests.conftest import run_cli

    r = run_cli("--data-dir", str(data_dir), "--lang", "ru", "report", "dashboard")
    assert r.returncode == 0, r.stderr
    assert "Программа закончилась 31.12.2023" in r.stdout and "import-plan" in r.stdout
    assert "просрочен" not in r.stdout
    r = run_cli("--data-dir", str(data_dir), "--lang", "ky", "report", "periods")
    assert r.returncode == 0, r.stderr
    assert "2019-H1  2019-жылдын I жарым жылдыгы" in r.stdout  # the id to type, and its name
    assert "Архив (программа аяктаган)" in r.stdout
