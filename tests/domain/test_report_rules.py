"""The report rules engine (pure domain) and the parsing of typed numbers and dates."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from msu_desktop import assets
from msu_desktop.domain import numbers
from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Deadline, Measure, PeriodSpec
from msu_desktop.domain.text import clean_text
from msu_desktop.i18n import tr

PERIOD = PeriodSpec("2020-H1", dt.date(2020, 1, 1), dt.date(2020, 6, 30), dt.date(2020, 7, 15))


def _rules(**change: object) -> rpt.ReportRules:
    doc = json.loads(assets.data_path("forms", "report_rules.json").read_text(encoding="utf-8"))
    doc.update(change)
    return rpt.rules_from_dict(doc)


def _measure(last: dt.date | None = dt.date(2020, 3, 1)) -> Measure:
    return Measure(
        code="9.9.9",
        title={"ky": "Т", "ru": "Т"},
        deadline=Deadline("date", {"ky": "", "ru": ""}, date=last),
        expected_result={},
        executors=("МСУ",),
        lsg_participates=True,
        funding_sources=(),
        funding_text={},
    )


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_numbers_typed_with_spaces_and_commas_parse(value: Decimal) -> None:
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    assert numbers.parse_number(text, units=False, strict=False) == value
    assert Decimal(rpt.normalise("money", text)) == value


@given(st.text(max_size=30))
def test_parsing_anything_never_crashes_and_keeps_what_was_typed(text: str) -> None:
    typed = clean_text(text)  # what was typed, through THE cleaning step (domain/text.py)
    assert not any(ch in typed for ch in "\x00\x08\x0b\x0c\t\u00ad")
    n = numbers.parse_number(typed, units=False, strict=False)
    stored = rpt.normalise("integer", text)
    if n is None:
        assert stored == typed.strip()
    else:
        assert Decimal(stored) == n
    rpt.normalise("date", text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_in_local_and_iso_form(d: dt.date) -> None:
    assert numbers.parse_date(d.strftime("%d.%m.%Y"), loose=False, strict=False) == d
    assert numbers.parse_date(d.isoformat(), loose=False, strict=False) == d
    assert rpt.normalise("date", d.strftime("%d.%m.%Y")) == d.isoformat()


def test_rules_are_data_a_plan_can_change() -> None:
    """Dropping a rule from the data drops the check: nothing is hard-coded."""
    values = {"status": "completed", "done": "Сделано", "end_date": "2020-05-01"}
    full = rpt.validate_entry(rpt.EntryData(_measure(), values), _rules(), PERIOD)
    assert {p.rule for p in full} == {"evidence_when_completed"}
    doc = json.loads(assets.data_path("forms", "report_rules.json").read_text(encoding="utf-8"))
    relaxed = [r for r in doc["rules"] if r["id"] != "evidence_when_completed"]
    assert (
        rpt.validate_entry(rpt.EntryData(_measure(), values), _rules(rules=relaxed), PERIOD) == []
    )
    # and a plan may add one, with its own bilingual message
    stricter = [
        *relaxed,
        {
            "id": "proposals_needed",
            "kind": "required",
            "fields": ["proposals"],
            "when": {"status": ["completed"]},
            "message": {"ky": "Сунуш жазыңыз", "ru": "Укажите предложения"},
        },
    ]
    got = rpt.validate_entry(
        rpt.EntryData(_measure(), values), _rules(rules=stricter), PERIOD, lang="ru"
    )
    assert [(p.field, p.message) for p in got] == [("proposals", "Укажите предложения")]


def test_deadline_missed_only_when_passed_and_not_done() -> None:
    m = _measure(dt.date(2020, 3, 1))
    assert rpt.deadline_missed(m, "in_progress", PERIOD)
    assert rpt.deadline_missed(m, "", PERIOD)
    assert not rpt.deadline_missed(m, "completed", PERIOD)
    assert not rpt.deadline_missed(m, "not_applicable", PERIOD)
    assert not rpt.deadline_missed(_measure(dt.date(2020, 9, 1)), "in_progress", PERIOD)
    assert not rpt.deadline_missed(_measure(None), "in_progress", PERIOD)


def test_money_with_more_than_two_decimals_or_negative_is_an_error() -> None:
    values = {"status": "in_progress", "done": "x", "money:donors": "10,005", "money:other": "-1"}
    got = {
        (p.field, p.rule)
        for p in rpt.validate_entry(rpt.EntryData(_measure(), values), _rules(), PERIOD)
    }
    assert got == {("money:donors", "money_two_decimals"), ("money:other", "non_negative")}
    values["money:donors"] = "10,50"
    values["money:other"] = "0"
    assert rpt.validate_entry(rpt.EntryData(_measure(), values), _rules(), PERIOD) == []


def test_numbers_are_written_the_local_way() -> None:
    from decimal import Decimal

    from msu_desktop.domain.numbers import amount

    assert amount(Decimal("1818.1")) == "1 818,10"
    assert amount(1250000.5) == "1 250 000,50"
    assert amount(12, 0) == "12"
    assert rpt.display("money", "125000.50") == "125 000,50"
    assert rpt.display("integer", "12345") == "12 345"
    assert rpt.display("date", "2019-07-01") == "01.07.2019"
    assert rpt.display("money", "12 сом") == "12 сом"  # not a number: shown as typed
    # what is shown parses back to what was stored
    for kind, stored in (("money", "125000.50"), ("integer", "12345"), ("date", "2019-07-01")):
        assert rpt.normalise(kind, rpt.display(kind, stored)) == stored


def test_every_rule_kind_finds_its_problem_worded_in_the_users_language() -> None:
    """The rules are compiled once per measure's fields and the messages worded only for a
    problem found: every kind of rule still finds its problem, once per field, in ky and ru,
    and an entry checked twice (the compiled rules reused) gives the same answer."""
    values = {
        "status": "completed",
        "done": "x" * 9000,
        "start_date": "01.06.2020",
        "end_date": "31.13.2020",
        "money:donors": "abc",
        "money:other": "1,005",
        "indicator:x": "2,5",
    }
    rules = _rules()
    for lang in ("ru", "ky"):
        first = rpt.validate_entry(rpt.EntryData(_measure(), values), rules, PERIOD, lang)
        again = rpt.validate_entry(rpt.EntryData(_measure(), dict(values)), rules, PERIOD, lang)
        assert first == again
        got = {(p.field, p.rule) for p in first}
        assert got == {
            ("done", "lengths"),
            ("end_date", "dates"),
            ("evidence", "evidence_when_completed"),
            ("money:donors", "numbers"),
            ("money:other", "money_two_decimals"),
            ("indicator:x", "whole_numbers"),
        }
        assert len(first) == len(got)  # once per field and rule
        assert all(p.message and "{" not in p.message for p in first)
        msg = {p.rule: p.message for p in first}
        assert "abc" in msg["numbers"] and "31.13.2020" in msg["dates"]
        assert tr("ReportRules", "Enter a whole number.", lang) == msg["whole_numbers"]
    late = {
        "status": "in_progress",
        "done": "x",
        "end_date": "2020-07-01",
        "start_date": "2020-07-02",
    }
    got = {
        (p.field, p.rule)
        for p in rpt.validate_entry(rpt.EntryData(_measure(), late), rules, PERIOD)
    }
    assert got == {
        ("end_date", "dates_in_order"),
        ("start_date", "dates_not_after_period"),
        ("end_date", "dates_not_after_period"),
    }
    odd = {"status": "someday"}
    got = {
        (p.field, p.rule) for p in rpt.validate_entry(rpt.EntryData(_measure(), odd), rules, PERIOD)
    }
    assert got == {("status", "status_known")}
    assert {p.rule for p in rpt.validate_entry(rpt.EntryData(_measure(), {}), rules, PERIOD)} == {
        "status_required"
    }
