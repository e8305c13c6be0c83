"""The app's one parser pair (domain/numbers.py), as the report form and the register import
read numbers and dates: what the app writes comes back unchanged, and any input gives a value,
None, or the documented error carrying what was given -- never another exception."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msu_desktop.domain import numbers
from msu_desktop.services.labels import period_name

FLAVOURS = [
    {"units": False, "loose": False},  # the report forms
    {"units": True, "loose": True},  # the register (import and object form)
]
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="0123456789 .,-/'+eEгжсомга\u00a0", max_size=25),
)


@given(st.decimals(min_value=-(10**14) + 1, max_value=10**14 - 1, places=2))
def test_what_amount_writes_reads_back_in_both_flavours(value: Decimal) -> None:
    for flavour in FLAVOURS:
        assert numbers.parse_number(numbers.amount(value), units=flavour["units"]) == value
        assert (
            numbers.parse_number(numbers.quantity(value), units=flavour["units"], strict=False)
            == value
        )


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["сом", "га", "шт."]))
def test_register_numbers_may_carry_their_unit(value: int, unit: str) -> None:
    text = f"{numbers.amount(value, 0)} {unit}"
    assert numbers.parse_number(text) == value
    with pytest.raises(numbers.NotANumber):
        numbers.parse_number(text, units=False)  # the report form wants the number alone


@given(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["ky", "ru"]),
)
def test_dates_as_the_app_writes_them_read_back(day: dt.date, lang: str) -> None:
    # ky and ru both write DD.MM.YYYY; the register also reads the "г." / "ж." after a year
    suffix = {"ky": " ж.", "ru": " г."}[lang]
    for flavour in FLAVOURS:
        assert numbers.parse_date(day.strftime("%d.%m.%Y"), loose=flavour["loose"]) == day
        assert numbers.parse_date(day.isoformat(), loose=flavour["loose"]) == day
    assert numbers.parse_date(day.strftime("%d.%m.%Y") + suffix) == day
    assert numbers.parse_date(dt.datetime.combine(day, dt.time(13, 5))) == day
    with pytest.raises(numbers.NotADate):
        numbers.parse_date(day.strftime("%d.%m.%Y") + suffix, loose=False)


@given(anything)
def test_any_input_is_a_number_none_or_not_a_number(value: object) -> None:
    for flavour in FLAVOURS:
        try:
            n = numbers.parse_number(value, units=flavour["units"])
        except numbers.NotANumber as exc:
            assert isinstance(exc, ValueError) and isinstance(exc, numbers.Unreadable)
            assert exc.value is value  # what was given, unchanged, for the message
            assert numbers.parse_number(value, units=flavour["units"], strict=False) is None
        else:
            assert n is None or (n.is_finite() and abs(n) < numbers.NUMBER_LIMIT)
            assert numbers.parse_number(value, units=flavour["units"], strict=False) == n


@given(anything)
def test_any_input_is_a_date_none_or_not_a_date(value: object) -> None:
    for flavour in FLAVOURS:
        try:
            d = numbers.parse_date(value, loose=flavour["loose"])
        except numbers.NotADate as exc:
            assert isinstance(exc, ValueError) and exc.value is value
            assert numbers.parse_date(value, loose=flavour["loose"], strict=False) is None
        else:
            assert d is None or numbers.DATE_RANGE[0] <= d.year <= numbers.DATE_RANGE[1]
            assert numbers.parse_date(value, loose=flavour["loose"], strict=False) == d


@pytest.mark.parametrize("empty", [None, "", "   ", "\u00a0"])
def test_nothing_typed_is_none_not_an_error(empty: object) -> None:
    assert numbers.parse_number(empty) is None
    assert numbers.parse_date(empty) is None
    assert numbers.parse_number("—") is None  # a dash in a register's cell


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_period_name_is_not_read_as_a_date(lang: str) -> None:
    # "I полугодие 2021 г." names a half-year, not a day: refused, never 1 January
    with pytest.raises(numbers.NotADate):
        numbers.parse_date(period_name("2021-H1", lang))


def test_a_huge_integer_is_not_a_year() -> None:
    with pytest.raises(numbers.NotADate):
        numbers.parse_date(10**400)
    with pytest.raises(numbers.NotANumber):
        numbers.parse_number(10**400)
