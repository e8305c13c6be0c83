"""Periods are named in words for people; ids stay in data."""

from __future__ import annotations

from msu_desktop.services.labels import period_name, period_name_short


def test_period_in_words_in_both_languages() -> None:
    assert period_name("2021-H1", "ky") == "2021-жылдын I жарым жылдыгы"
    assert period_name("2021-H2", "ru") == "II полугодие 2021 г."
    assert period_name_short("2019-H2", "ru") == "II/2019"


def test_not_a_period_is_left_as_it_is() -> None:
    assert period_name("2021-H3", "ru") == "2021-H3"
