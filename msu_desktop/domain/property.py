"""Rules of the municipal property register (measures 3.2.2 and 3.2.3): the cadastral code
(ЕНИ), inventory numbers, numbers and dates as people type them in spreadsheets, lease states,
and what the public version hides. No Qt, no database."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from msu_desktop.i18n import tr

# ЕНИ (единый номер идентификации объекта недвижимости) as the State Register writes it:
# region-rayon-zone-quarter-parcel, optionally -building-premises, e.g. 1-02-03-0004-0005 or
# 1-02-03-0004-0005-01-012. Group widths vary by region in real registers, so the check is on
# the shape (5 to 7 dash-separated digit groups), not on fixed widths.
ENI_RE = re.compile(r"^\d{1,2}-\d{1,3}-\d{1,3}-\d{1,5}-\d{1,5}(?:-\d{1,4}){0,2}$")
LEASE_SOON_DAYS = 60
USER_TEXT_LIMIT = 2000


def eni_problem(code: str) -> str | None:
    code = code.strip()
    if not code:
        return None
    if not ENI_RE.match(code):
        return tr("Property", "Not a cadastral code (ЕНИ) of the form 1-02-03-0004-0005.")
    return None


def parse_number(value: object) -> Decimal | None:
    """Numbers as typed in registers: 1 234,50 · 1234.5 · "1 234" · 1,5 га → Decimal; '' → None.
    Raises ValueError for text that is not a number."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    text = str(value).strip().lower()
    if not text or text in ("-", "—", "–"):
        return None
    text = re.sub(r"(сом|som|га|ha|м2|м²|кв\.?\s*м|м|шт\.?|%)\.?$", "", text).strip()
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if text.count(",") == 1 and text.count(".") == 0:
        text = text.replace(",", ".")
    elif text.count(",") >= 1 and text.count(".") == 1:
        text = text.replace(",", "")
    elif text.count(".") > 1 and text.count(",") == 0:
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(str(value)) from exc
    if not number.is_finite():
        raise ValueError(str(value))
    return number


def parse_date(value: object) -> dt.date | None:
    """Excel dates, 01.02.2015, 1.2.15, 2015-02-01, or a year alone (→ 1 January)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and 1800 <= value <= 2100:
        return dt.date(int(value), 1, 1)
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%Y"):
        try:
            parsed = dt.datetime.strptime(text.rstrip("г. ").strip(), fmt).date()
        except ValueError:
            continue
        if 1800 <= parsed.year <= 2100:
            return parsed
    raise ValueError(text)


def parse_year(value: object) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    d = parse_date(value)
    return d.year if d else None


def suggest_inventory_number(existing: list[str], prefix: str = "") -> str:
    """The next free number: the highest numeric tail + 1, keeping the most common prefix."""
    best = 0
    best_prefix = prefix
    for number in existing:
        m = re.match(r"^(.*?)(\d+)$", number.strip())
        if m and int(m.group(2)) >= best:
            best = int(m.group(2))
            best_prefix = prefix or m.group(1)
            width = len(m.group(2))
    if best == 0:
        return f"{prefix}0001"
    return f"{best_prefix}{best + 1:0{width}d}"


@dataclass(frozen=True)
class LeaseTerms:
    start: dt.date
    end: dt.date
    rent: Decimal
    period: str  # month | quarter | year


def lease_state(end: dt.date, today: dt.date, terminated: bool = False) -> str:
    """active | ending_soon (within 60 days) | expired | terminated."""
    if terminated:
        return "terminated"
    if end < today:
        return "expired"
    if (end - today).days <= LEASE_SOON_DAYS:
        return "ending_soon"
    return "active"


def annual_rent(terms: LeaseTerms, year: int) -> Decimal:
    """Rent due for calendar ``year``: the rent per period × the share of the year leased."""
    per_year = {"month": 12, "quarter": 4, "year": 1}[terms.period] * terms.rent
    start = max(terms.start, dt.date(year, 1, 1))
    end = min(terms.end, dt.date(year, 12, 31))
    if end < start:
        return Decimal(0)
    days_in_year = (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1
    return (per_year * Decimal((end - start).days + 1) / Decimal(days_in_year)).quantize(
        Decimal("0.01")
    )


def public_lessee(name: str, is_person: bool) -> str:
    """The public register hides the names of lessees who are private persons."""
    return tr("Property", "private person") if is_person else name
