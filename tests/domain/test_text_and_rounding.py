"""THE text-cleaning step (domain/text.py) and THE rounding rule (numbers.to_tyiyn)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from msu_desktop.domain import report as rpt
from msu_desktop.domain.numbers import amount, to_tyiyn
from msu_desktop.domain.text import INVISIBLE, LINE_BREAKS, SOFT_HYPHENS, TABS, clean


def test_a_word_paste_keeps_every_visible_character_and_its_line_breaks() -> None:
    got = clean("Строка\x0bвторая\tтаб\u00adлица\x07\r\nконец\u200b\x00")
    assert got.text == "Строка\nвторая таблица\nконец"
    assert got.changes == {LINE_BREAKS: 1, TABS: 1, SOFT_HYPHENS: 1, INVISIBLE: 3}
    assert clean("обычный текст\nс переносом").changes == {}


@given(st.text(max_size=60))
def test_nothing_a_cell_refuses_survives_the_cleaning(text: str) -> None:
    out = clean(text).text
    assert not ILLEGAL_CHARACTERS_RE.search(out)
    assert "\t" not in out and "\u00ad" not in out and "\r" not in out


def test_half_up_to_the_tyiyn_once_everywhere() -> None:
    assert to_tyiyn("12000.505") == Decimal("12000.51")
    assert to_tyiyn(12000.505) == Decimal("12000.51")  # the float's shortest text, not binary
    assert to_tyiyn(Decimal("-0.005")) == Decimal("-0.01")
    assert amount(12000.505) == "12 000,51"
    assert amount(Decimal("123456789.50")) == "123 456 789,50"
    # the one reader of a stored amount rounds it, so totals add rounded amounts
    assert rpt.money("12000.505") == Decimal("12000.51")
    assert rpt.money("") is None
