"""The register read as a whole: light rows for the window (one query, fast for 10,000
objects), the summary for exports and the report package, and every field of every object
and lease for the full export."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, NamedTuple

from sqlalchemy import select

from msu_desktop.domain.numbers import to_tyiyn
from msu_desktop.services.property.leases import rent_income_by_year
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, Lease, PropertyObject


class RegisterRow(NamedTuple):
    """One object as the register's table shows it. A named tuple: 10,000 of them are made
    in a few milliseconds (a frozen dataclass took a fifth of opening the page)."""

    id: int
    inventory_number: str
    category: str
    name_ky: str
    name_ru: str
    village: str
    address: str
    cadastral_code: str
    area: float | None
    unit: str
    year: int | None
    book_value: float | None
    residual_value: float | None
    condition: str
    use: str
    status: str
    notes: str


ROW_SQL = (
    "SELECT id, inventory_number, category, name_ky, name_ru, village, address, cadastral_code, "
    "area, unit, year, book_value, residual_value, condition, use, status, notes "
    "FROM property_object ORDER BY inventory_number"
)


def list_rows(ws: Workspace) -> list[RegisterRow]:
    """The whole register as plain tuples in one query, read with sqlite3 (SQLAlchemy's
    result rows cost as much again as the query for 10,000 objects)."""
    return list(map(RegisterRow._make, ws.read(ROW_SQL)))


def summary(ws: Workspace) -> dict[str, Any]:
    """Active objects by category and by use: how many, their book value, and their areas
    and quantities per unit (``area_by_unit``: m², ha, m and pieces are never added up)."""
    by_category: dict[str, dict[str, Any]] = defaultdict(_bucket)
    by_use: dict[str, dict[str, Any]] = defaultdict(_bucket)
    for row in list_rows(ws):
        if row.status != "active":
            continue
        for bucket in (by_category[row.category], by_use[row.use]):
            bucket["count"] += 1
            if row.area is not None:
                units = bucket["area_by_unit"]
                units[row.unit or ""] = units.get(row.unit or "", 0.0) + row.area
            bucket["book_value"] += row.book_value or 0.0
    return {
        "by_category": dict(by_category),
        "by_use": dict(by_use),
        "rent_income_by_year": {str(y): f"{v:.2f}" for y, v in rent_income_by_year(ws).items()},
    }


def _bucket() -> dict[str, Any]:
    return {"count": 0, "area_by_unit": {}, "book_value": 0.0}


def summary_for_package(ws: Workspace) -> dict[str, Any]:
    s = summary(ws)

    def round2(d: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {
            k: {
                "count": v["count"],
                "area_by_unit": {u: round(a, 2) for u, a in v["area_by_unit"].items()},
                "book_value": float(to_tyiyn(v["book_value"])),
            }
            for k, v in d.items()
        }

    return {
        "by_category": round2(s["by_category"]),
        "by_use": round2(s["by_use"]),
        "rent_income_by_year": s["rent_income_by_year"],
    }


def register_details(ws: Workspace) -> dict[int, dict[str, Any]]:
    """The fields of every object that :class:`RegisterRow` leaves out (for the full export):
    basis and registration, coordinates, the initial value, the category fields and the number
    and date of the decision that wrote the object off or sold it."""
    out: dict[int, dict[str, Any]] = {}
    with ws.session() as s:
        decisions_by_id = {d.id: (d.number, d.date) for d in s.scalars(select(CouncilDecision))}
        for o in s.scalars(select(PropertyObject)):
            out[o.id] = {
                "basis_document": o.basis_document,
                "basis_number": o.basis_number,
                "basis_date": o.basis_date,
                "registration_number": o.registration_number,
                "registration_date": o.registration_date,
                "latitude": o.latitude,
                "longitude": o.longitude,
                "initial_value": o.initial_value,
                "extra": json.loads(o.extra or "{}"),
                "disposal": decisions_by_id.get(o.disposal_decision_id)
                if o.disposal_decision_id
                else None,
            }
    return out


def lease_records(ws: Workspace) -> list[dict[str, Any]]:
    """Every lease with every field, by inventory number and start (for the full export)."""
    with ws.session() as s:
        rows = s.execute(select(Lease, PropertyObject.inventory_number).join(PropertyObject))
        out = [
            {
                "inventory_number": inv,
                "lessee": le.lessee,
                "is_person": le.lessee_is_person,
                "contract_number": le.contract_number,
                "start": le.start,
                "end": le.end,
                "rent": le.rent,
                "rent_period": le.rent_period,
                "awarded_by": le.awarded_by,
                "protocol_number": le.protocol_number,
                "protocol_date": le.protocol_date,
                "direct_reason": le.direct_reason,
                "terminated": le.terminated,
            }
            for le, inv in rows
        ]
    return sorted(out, key=lambda r: (r["inventory_number"], r["start"], r["end"], r["lessee"]))
