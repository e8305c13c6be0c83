"""Rules of the municipal property register (measures 3.2.2 and 3.2.3): the cadastral code
(ЕНИ), inventory numbers, numbers and dates as people type them in spreadsheets, lease states,
and what the public version hides. No Qt, no database."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from decimal import Decimal
from typing import Any

from msu_desktop.domain.numbers import parse_date, parse_number
from msu_desktop.domain.text import clean_text
from msu_desktop.i18n import tr

__all__ = ["parse_date", "parse_number"]  # the one parser pair, re-exported for the register

# ЕНИ (единый номер идентификации объекта недвижимости) as the State Register writes it:
# region-rayon-zone-quarter-parcel, optionally -building-premises, e.g. 1-02-03-0004-0005 or
# 1-02-03-0004-0005-01-012. Group widths vary by region in real registers, so the check is on
# the shape (5 to 7 dash-separated digit groups), not on fixed widths.
ENI_RE = re.compile(r"^\d{1,2}-\d{1,3}-\d{1,3}-\d{1,5}-\d{1,5}(?:-\d{1,4}){0,2}$")
LEASE_SOON_DAYS = 60
USER_TEXT_LIMIT = 2000
NOTES_LIMIT = 20_000  # internal notes (and columns kept in them by the import)
# Kyrgyzstan lies within these bounds (with a margin): a GPS point outside them is a typing error.
LATITUDE_BOUNDS = (39.0, 43.5)
LONGITUDE_BOUNDS = (69.0, 80.5)
DISPOSED_USES = ("written_off", "sold")
NUMBER_FIELDS = ("area", "initial_value", "book_value", "residual_value")
DATE_FIELDS = ("basis_date", "registration_date")


def eni_problem(code: str) -> str | None:
    code = code.strip()
    if not code:
        return None
    if not ENI_RE.match(code):
        return tr("Property", "Not a cadastral code (ЕНИ) of the form 1-02-03-0004-0005.")
    return None


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
class LeaseDraft:
    """A lease as typed (the form, the CLI) or read (the import), before it is recorded: the
    lease fields of ``data/property/fields.json`` that a person fills in."""

    lessee: str
    start: dt.date
    end: dt.date
    rent: float
    rent_period: str = "month"  # month | quarter | year
    is_person: bool = False
    contract_number: str = ""
    awarded_by: str = "auction"  # auction | direct
    protocol_number: str = ""
    protocol_date: dt.date | None = None
    direct_reason: str = ""
    terminated: bool = False


@dataclass(frozen=True)
class PropertyDraft:
    """An object as typed (the form, the CLI) or read (the import), before it is recorded: the
    object fields of ``data/property/fields.json`` that a person fills in (None: not given),
    the category's own fields (``extra``) and the status a file says it has."""

    inventory_number: str | None = None
    category: str | None = None
    name_ky: str | None = None
    name_ru: str | None = None
    village: str | None = None
    address: str | None = None
    latitude: float | str | None = None
    longitude: float | str | None = None
    cadastral_code: str | None = None
    area: float | None = None
    unit: str | None = None
    year: int | None = None
    basis_document: str | None = None
    basis_number: str | None = None
    basis_date: dt.date | str | None = None
    initial_value: float | None = None
    book_value: float | None = None
    residual_value: float | None = None
    condition: str | None = None
    use: str | None = None
    registration_number: str | None = None
    registration_date: dt.date | str | None = None
    notes: str | None = None
    extra: dict[str, Any] | None = None
    status: str = "active"

    @classmethod
    def field_ids(cls) -> tuple[str, ...]:
        """The typed fields (the registry's editable object fields, in the draft's order)."""
        return tuple(f.name for f in dataclass_fields(cls) if f.name not in ("extra", "status"))

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> PropertyDraft:
        """A draft from a dict of fields (unknown keys are ignored)."""
        known = {f.name for f in dataclass_fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    def given(self) -> dict[str, Any]:
        """The fields that were given (not None), with ``extra`` when given; not the status."""
        out = {k: getattr(self, k) for k in self.field_ids() if getattr(self, k) is not None}
        if self.extra is not None:
            out["extra"] = self.extra
        return out


@dataclass(frozen=True)
class DecisionDraft:
    """A council decision as typed or read, before it is recorded (the decision fields of
    ``data/property/fields.json``): ``objects`` are the inventory numbers it names."""

    number: str
    date: dt.date
    kind: str = "other"  # acquire | lease | sell | write_off | other
    text: str = ""
    objects: tuple[str, ...] = ()


DECISION_KINDS = ("acquire", "lease", "sell", "write_off", "other")


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


def public_lessee(name: str, is_person: bool, lang: str | None = None) -> str:
    """The public register hides the names of lessees who are private persons (in the
    register's language ``lang``, not the window's)."""
    return tr("Property", "private person", lang) if is_person else name


def coordinate_problem(value: object, bounds: tuple[float, float]) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return tr("Errors", "Coordinates are numbers such as 42.874621.")
    if not bounds[0] <= number <= bounds[1]:
        return tr("Errors", "The coordinates are outside Kyrgyzstan.")
    return None


def coordinate(value: object, bounds: tuple[float, float]) -> float | None:
    """A GPS coordinate as typed (``42,874621`` too); empty → None. Raises ValueError with the
    message of :func:`coordinate_problem` for a bad one."""
    problem = coordinate_problem(value, bounds)
    if problem:
        raise ValueError(problem)
    if value is None or str(value).strip() == "":
        return None
    return float(str(value).strip().replace(",", "."))


def date_problem(value: object) -> str | None:
    """A date as the register keeps it: empty, a date, or text such as 05.01.2024."""
    if value is None or isinstance(value, dt.date):
        return None
    if isinstance(value, str):
        try:
            parse_date(value.strip())
            return None
        except ValueError:
            pass
    return tr("ReportRules", "Not a date: {value} (use DD.MM.YYYY).", value=str(value))


def extra_problem(specs: list[dict[str, object]], values: object) -> str | None:
    """The fields of the object's category (data/property/categories.json): numbers are numbers."""
    if not isinstance(values, dict):
        return None
    types = {str(f.get("id")): f.get("type") for f in specs}
    for key, value in values.items():
        if types.get(key) not in ("integer", "number") or value in (None, ""):
            continue
        try:
            parse_number(value)
        except ValueError:
            return tr("ReportRules", "Not a number: {value}", value=str(value))
    return None


def _limit_problems(
    fields: Mapping[str, object], limits: Mapping[str, Mapping[str, Any]] | None
) -> dict[str, str]:
    """Texts no longer than the registry's ``max_length`` (else the register's limit), numbers
    and years within its ``min`` / ``max``."""
    problems: dict[str, str] = {}
    for key, value in fields.items():
        limit = dict((limits or {}).get(key) or {})
        if isinstance(value, str):
            longest = int(limit.get("max_length") or (NOTES_LIMIT if key == "notes" else 0))
            longest = longest or USER_TEXT_LIMIT
            if len(value) > longest:
                problems[key] = tr("Property", "Longer than %n character(s).", n=longest)
            continue
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            low, high = limit.get("min"), limit.get("max")
            if low is not None and value < low and key not in ("latitude", "longitude"):
                problems[key] = (
                    tr("Property", "The value cannot be negative.")
                    if low == 0
                    else tr("Property", "At least {min}.", min=low)
                )
            elif high is not None and value > high and key not in ("latitude", "longitude"):
                problems[key] = tr("Property", "At most {max}.", max=high)
    return problems


def object_problems(
    fields: dict[str, object],
    current: dict[str, object] | None = None,
    extra_fields: list[dict[str, object]] | None = None,
    limits: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, str]:
    """The register's rules for an object, by field, before anything is written: the name, the
    cadastral code, GPS coordinates within Kyrgyzstan, real dates, no negative values, numbers
    in the category's number fields (``extra_fields``: its spec), no text longer than the
    register keeps, and "the use and the status change only by a write-off or a sale" (with the
    council decision: :func:`property_service.dispose`). ``current`` is the stored object on an
    update. The service enforces these for the form, the CLI and the import alike; the form
    calls this same function to show each problem under its field before saving. ``limits``:
    each field's limits in the field registry (``max_length``, ``min``, ``max``)."""
    problems: dict[str, str] = {}
    merged = {**(current or {}), **fields}
    name = str(merged.get("name_ru") or "").strip() or str(merged.get("name_ky") or "").strip()
    if not name:
        problems["name_ru"] = tr("Errors", "Enter the object's name.")
    eni = eni_problem(str(fields.get("cadastral_code") or ""))
    if eni:
        problems["cadastral_code"] = eni
    for key, bounds in (("latitude", LATITUDE_BOUNDS), ("longitude", LONGITUDE_BOUNDS)):
        bad = coordinate_problem(fields.get(key), bounds)
        if bad:
            problems[key] = bad
    for key in DATE_FIELDS:
        bad = date_problem(fields.get(key))
        if bad:
            problems[key] = bad
    bad = extra_problem(extra_fields or [], fields.get("extra"))
    if bad:
        problems["extra"] = bad
    problems.update(_number_problems(fields))
    for key, problem in _limit_problems(fields, limits).items():
        problems.setdefault(key, problem)
    problems.update(_disposal_problems(fields, current or {}))
    return problems


def _number_problems(fields: Mapping[str, object]) -> dict[str, str]:
    """Values and areas are numbers, never negative."""
    problems: dict[str, str] = {}
    for key in NUMBER_FIELDS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        try:
            number = parse_number(value)
        except ValueError:
            problems[key] = tr("ReportRules", "Not a number: {value}", value=str(value))
            continue
        if number is not None and number < 0:
            problems[key] = tr("Property", "The value cannot be negative.")
    return problems


def _disposal_problems(
    fields: Mapping[str, object], current: Mapping[str, object]
) -> dict[str, str]:
    """The status and the use change to written off or sold only by the council's decision."""
    problems: dict[str, str] = {}
    if "status" in fields and fields["status"] != current.get("status", "active"):
        problems["status"] = tr(
            "Property",
            "The status changes only by a write-off or a sale with the council's decision.",
        )
    if "use" in fields:
        old_use = current.get("use")
        new_use = fields["use"]
        if current.get("status", "active") != "active" and new_use != old_use:
            problems["use"] = tr("Property", "A written-off or sold object keeps its use.")
        elif new_use in DISPOSED_USES and new_use != old_use:
            problems["use"] = tr(
                "Property",
                "The use changes to written off or sold only by a write-off or a sale with "
                "the council's decision.",
            )
    return problems


def stored(fields: dict[str, object]) -> dict[str, object]:
    """Fields that passed :func:`object_problems`, as the register keeps them: dates typed as
    text become dates, coordinates typed as text become numbers, empty ones None; every text
    through THE cleaning step (:func:`msu_desktop.domain.text.clean`)."""
    out = {k: clean_text(v) if isinstance(v, str) else v for k, v in fields.items()}
    for key in DATE_FIELDS:
        if isinstance(out.get(key), str):
            out[key] = parse_date(str(out[key]).strip())
    for key, bounds in (("latitude", LATITUDE_BOUNDS), ("longitude", LONGITUDE_BOUNDS)):
        if isinstance(out.get(key), str):
            out[key] = coordinate(out[key], bounds)
    return out


def totals_by_unit(items: Iterable[tuple[str, float | None]]) -> dict[str, Decimal]:
    """Areas and quantities summed per unit (m², ha, m, pcs), never across units:
    ``[("m2", 320.5), ("ha", 0.6), ("ha", 0.6)]`` → ``{"m2": 320.5, "ha": 1.2}``.

    Each unit's values are summed exactly (``math.fsum``) and the sum kept to six decimals, more
    than any register holds: a tenth of the time of a Decimal per value, which was most of the
    totals line under 10,000 objects."""
    by_unit: dict[str, list[float]] = {}
    for unit, value in items:
        if value is not None:
            by_unit.setdefault(unit, []).append(value)
    return {unit: Decimal(repr(round(math.fsum(v), 6))) for unit, v in by_unit.items()}
