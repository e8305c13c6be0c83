"""Leases of property objects: their rules, recording and correcting one, the list with each
lease's state as of the workspace's day, and the rent income by year."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from msu_desktop.domain import property as prop
from msu_desktop.domain.property import LeaseDraft
from msu_desktop.errors import UserError
from msu_desktop.services import change_log
from msu_desktop.services.property.fields import ENTITY, field_labels, limits
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import Lease, PropertyObject


def lease_problem(
    *,
    start: dt.date,
    end: dt.date,
    rent: float,
    rent_period: str,
    awarded_by: str,
    protocol_number: str,
    direct_reason: str,
) -> UserError | None:
    """The rules of a lease (the form, the CLI and the import obey the same ones)."""
    if end < start:
        return UserError("The lease ends before it starts.")
    if rent < 0:
        return UserError("The rent cannot be negative.")
    if rent_period not in ("month", "quarter", "year"):
        return UserError("Unknown rent period {period}.", period=rent_period)
    if awarded_by == "auction" and not protocol_number.strip():
        return UserError("A lease awarded by auction needs the auction protocol's number.")
    if awarded_by == "direct" and not direct_reason.strip():
        return UserError("A lease awarded without an auction needs the reason.")
    return None


def _check_texts(values: dict[str, Any]) -> None:
    """A lease's texts no longer than the field registry keeps (the lessee: 300 characters)."""
    for key, limit in limits("lease").items():
        value = values.get(key)
        longest = limit.get("max_length")
        if isinstance(value, str) and longest and len(value) > int(longest):
            raise UserError(
                "{field}: longer than {n} characters.",
                field=field_labels("lease").get(key, key),
                n=int(longest),
            )


def _check_lease(
    start: dt.date,
    end: dt.date,
    rent: float,
    rent_period: str,
    awarded_by: str,
    protocol_number: str,
    direct_reason: str,
) -> None:
    problem = lease_problem(
        start=start,
        end=end,
        rent=rent,
        rent_period=rent_period,
        awarded_by=awarded_by,
        protocol_number=protocol_number,
        direct_reason=direct_reason,
    )
    if problem is not None:
        raise problem


LEASE_FIELDS = {
    "lessee": "lessee",
    "is_person": "lessee_is_person",
    "contract_number": "contract_number",
    "start": "start",
    "end": "end",
    "rent": "rent",
    "rent_period": "rent_period",
    "awarded_by": "awarded_by",
    "protocol_number": "protocol_number",
    "protocol_date": "protocol_date",
    "direct_reason": "direct_reason",
}


def lease_details(ws: Workspace, lease_id: int) -> dict[str, Any]:
    """A lease's fields, by the names :func:`add_lease` takes."""
    with ws.session() as s:
        lease = s.get(Lease, lease_id)
        if lease is None:
            raise UserError("There is no such lease.")
        return {key: getattr(lease, col) for key, col in LEASE_FIELDS.items()}


def update_lease(ws: Workspace, lease_id: int, **fields: Any) -> None:
    """Correct a lease (same checks as a new one); each changed field goes to the object's
    history as ``lease.<field>``."""
    with ws.transaction() as s:
        lease = s.get(Lease, lease_id)
        if lease is None:
            raise UserError("There is no such lease.")
        new = {key: getattr(lease, col) for key, col in LEASE_FIELDS.items()}
        new.update({k: v for k, v in fields.items() if k in LEASE_FIELDS})
        _check_lease(
            new["start"],
            new["end"],
            new["rent"],
            new["rent_period"],
            new["awarded_by"],
            new["protocol_number"],
            new["direct_reason"],
        )
        _check_texts(new)
        for key, col in LEASE_FIELDS.items():
            old = getattr(lease, col)
            value = new[key].strip() if isinstance(new[key], str) and key == "lessee" else new[key]
            if old != value:
                change_log.record(
                    s,
                    ENTITY,
                    str(lease.object_id),
                    f"lease.{key}",
                    "" if old is None else str(old),
                    "" if value is None else str(value),
                    ws.current_user(),
                )
                setattr(lease, col, value)


def add_lease(
    ws: Workspace,
    object_id: int,
    draft: LeaseDraft,
    *,
    set_use: bool = True,
    session: Any = None,
) -> int:
    """Record a lease; a current one makes the object's use "leased" (``set_use``; the import
    keeps the use its file says)."""
    d = draft
    _check_lease(
        d.start, d.end, d.rent, d.rent_period, d.awarded_by, d.protocol_number, d.direct_reason
    )
    _check_texts(dataclasses.asdict(d))

    def work(s: Any) -> int:
        obj = s.get(PropertyObject, object_id)
        if obj is None or obj.status != "active":
            raise UserError("Only an active object can be leased.")
        lease = Lease(
            object_id=object_id,
            lessee=d.lessee.strip(),
            lessee_is_person=d.is_person,
            contract_number=d.contract_number,
            start=d.start,
            end=d.end,
            rent=d.rent,
            rent_period=d.rent_period,
            awarded_by=d.awarded_by,
            protocol_number=d.protocol_number,
            protocol_date=d.protocol_date,
            direct_reason=d.direct_reason,
            terminated=d.terminated,
        )
        s.add(lease)
        if set_use and obj.use != "leased" and d.end >= ws.today():
            change_log.record(s, ENTITY, str(obj.id), "use", obj.use, "leased", ws.current_user())
            obj.use = "leased"
        s.flush()
        return int(lease.id)

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


@dataclass(frozen=True)
class LeaseRow:
    id: int
    object_id: int
    inventory_number: str
    object_name: str
    lessee: str
    is_person: bool
    start: dt.date
    end: dt.date
    rent: float
    rent_period: str
    awarded_by: str
    state: str


def leases(ws: Workspace, today: dt.date | None = None) -> list[LeaseRow]:
    """Every lease with its state as of ``today``; a lease of an object written off or sold
    has ended with it (never "ending within 60 days")."""
    today = today or ws.today()
    with ws.session() as s:
        rows = s.execute(select(Lease, PropertyObject).join(PropertyObject).order_by(Lease.end))
        return [
            LeaseRow(
                le.id,
                o.id,
                o.inventory_number,
                o.name_ru or o.name_ky,
                le.lessee,
                le.lessee_is_person,
                le.start,
                le.end,
                le.rent,
                le.rent_period,
                le.awarded_by,
                prop.lease_state(le.end, today, le.terminated or o.status != "active"),
            )
            for le, o in rows
        ]


def rent_income_by_year(ws: Workspace) -> dict[int, Decimal]:
    out: dict[int, Decimal] = defaultdict(Decimal)
    with ws.session() as s:
        for le in s.scalars(select(Lease)):
            terms = prop.LeaseTerms(le.start, le.end, Decimal(str(le.rent)), le.rent_period)
            for year in range(le.start.year, le.end.year + 1):
                out[year] += prop.annual_rent(terms, year)
    return dict(sorted(out.items()))
