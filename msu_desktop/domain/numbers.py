"""Numbers and dates as people in Kyrgyzstan write them: thousands set apart by a space and a
decimal comma (``1 818,10``), the way the decree itself writes "1818,1 млн сом", and dates as
``01.02.2015``. The ONE parser pair of the app: the property register (import, the object form)
and the report forms both read with :func:`parse_number` and :func:`parse_date`.

On bad input both behave one way, whoever calls them:

* nothing typed (``None``, ``""``, spaces, a dash for a number) → ``None``;
* anything else that is not a number / a date → :class:`NotANumber` / :class:`NotADate`, both
  :class:`Unreadable`, a ``ValueError`` whose ``value`` is what was given, unchanged (the
  register import names it with its row and column);
* with ``strict=False`` (the report forms, which keep what was typed and show a problem next to
  it) the same inputs give ``None`` instead of the error. Never any other exception.

The report forms read ``units=False, loose=False``: no "га" after a number, only
``DD.MM.YYYY`` and ISO dates; the register reads everything offices type."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from msu_desktop import clock

# The largest number a register or a report may hold: more than any municipality's budget in
# som, far below what a float loses digits at (2**53).
NUMBER_LIMIT = Decimal(10) ** 15
_UNIT_SUFFIX = re.compile(r"(сом|som|га|ha|м2|м²|кв\.?\s*м|м|шт\.?|даана|%)\.?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_PLAIN = re.compile(r"[+-]?(\d+[.,]?|\d*[.,]\d+)")
_DOT_THOUSANDS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?")
_COMMA_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
DATE_RANGE = (1800, 2100)


class Unreadable(ValueError):
    """What a strict parser raises: ``value`` is the input as it was given."""

    def __init__(self, value: object) -> None:
        super().__init__(str(value))
        self.value = value


class NotANumber(Unreadable):
    """Not a number (nor empty), or one of 10^15 or more."""


class NotADate(Unreadable):
    """Not a date (nor empty), a day that does not exist, or a year outside 1800–2100."""


def to_tyiyn(value: Decimal | float | int | str, decimals: int = 2) -> Decimal:
    """THE rounding rule: an amount to the tyiyn (``decimals`` places), half up, from its
    decimal digits (a float through its shortest text, so 12000.505 is 12000.505, not the
    binary 12000.50499…): ``12000.505`` -> ``Decimal("12000.51")``, ``-0.005`` -> ``-0.01``.
    Every writer (data.json, PDF, xlsx) shows what this gives, so they agree to the tyiyn."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def amount(value: Decimal | float | int, decimals: int = 2) -> str:
    """``1250000.5`` -> ``"1 250 000,50"``; ``decimals=0`` for counts; rounded by
    :func:`to_tyiyn` (half up: ``12000.505`` -> ``"12 000,51"``)."""
    text = f"{to_tyiyn(value, decimals):,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",")


def quantity(value: Decimal | float | int) -> str:
    """An area or a count as people write it: ``3`` -> ``"3"``, ``320.5`` -> ``"320,50"``."""
    return amount(value, 0 if float(value).is_integer() else 2)


def _checked(number: Decimal, original: object) -> Decimal:
    if not number.is_finite() or abs(number) >= NUMBER_LIMIT:
        raise NotANumber(original)
    return number


def parse_number(value: object, *, units: bool = True, strict: bool = True) -> Decimal | None:
    """``1 234,50`` · ``1234.5`` · ``1.234.567`` · ``1,234.50`` · (with ``units``) ``1,5 га``
    → Decimal; empty or a dash → None. Anything else raises :class:`NotANumber` (``strict``)
    or gives None (``strict=False``), including what a careless parser would misread:
    ``12.5.`` (not 125), ``1e400`` or ``inf`` (no exponents, no infinities) and numbers of
    10^15 or more."""
    try:
        return _parse_number(value, units)
    except NotANumber:
        if strict:
            raise
        return None


def _parse_number(value: object, units: bool) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise NotANumber(value)
    if isinstance(value, (int, float, Decimal)):
        try:
            return _checked(Decimal(str(value)), value)
        except InvalidOperation as exc:
            raise NotANumber(value) from exc
    text = str(value).strip().lower()
    if not text or text in ("-", "—", "–"):
        return None
    if units:
        text = _UNIT_SUFFIX.sub("", text).strip()
    text = _SPACES.sub("", text)
    if _PLAIN.fullmatch(text):
        text = text.replace(",", ".")
        if text.endswith("."):
            text = text[:-1]
    elif _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _COMMA_THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    else:
        raise NotANumber(value)
    try:
        return _checked(Decimal(text), value)
    except InvalidOperation as exc:
        raise NotANumber(value) from exc


_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: object, *, loose: bool = True, strict: bool = True) -> dt.date | None:
    """Excel dates, ``01.02.2015``, ``2015-02-01``; with ``loose`` (registers) also ``1.2.15``,
    ``01/02/2015``, ``2015 г.`` and a year alone (→ 1 January). Empty → None. Anything else —
    a date that does not exist (``31.02.1982``) or is outside 1800–2100 included — raises
    :class:`NotADate` (``strict``) or gives None (``strict=False``)."""
    try:
        return _parse_date(value, loose)
    except NotADate:
        if strict:
            raise
        return None


def _parse_date(value: object, loose: bool) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise NotADate(value)
    if isinstance(value, (int, float)) and loose and (isinstance(value, int) or value.is_integer()):
        year = int(value)
        if DATE_RANGE[0] <= year <= DATE_RANGE[1]:
            return dt.date(year, 1, 1)
        raise NotADate(value)
    text = str(value).strip()
    if loose:
        text = re.sub(r"\s*(г\.?|ж\.?|года|жыл)$", "", text).strip()
    if not text:
        return None
    y, m, d = _date_parts(text, value, loose)
    try:
        day = dt.date(y, m, d)
    except ValueError as exc:
        raise NotADate(value) from exc
    if not DATE_RANGE[0] <= day.year <= DATE_RANGE[1]:
        raise NotADate(value)
    return day


def _date_parts(text: str, value: object, loose: bool) -> tuple[int, int, int]:
    """Year, month and day of a written date: ISO, dd.mm.yyyy, or (loosely) a bare year."""
    if match := _ISO.fullmatch(text):
        y, m, d = (int(g) for g in match.groups())
        return y, m, d
    if match := _DMY.fullmatch(text):
        d, m = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        if (len(year_text) == 2 or text.count("/") or text.count("-")) and not loose:
            raise NotADate(value)
        y = int(year_text)
        if len(year_text) == 2:
            # the latest such year that is not in the future, by the real calendar (the
            # domain has no work date; a register's dates are about the real world)
            y += 2000 if y <= clock.real_today().year % 100 else 1900
        return y, m, d
    if loose and re.fullmatch(r"\d{4}", text):
        return int(text), 1, 1
    raise NotADate(value)
