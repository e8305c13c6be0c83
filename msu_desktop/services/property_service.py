"""The municipal property register: what the GUI, the CLI, the importer and the exports call.

Objects
  ``categories()`` -> the category/condition/use/unit data (data/property/categories.json).
  ``add_object(ws, fields)`` / ``update_object(ws, object_id, fields)``: one transaction each;
  every changed field goes to ``change_log`` (entity ``property_object``) with who and when.
  ``write_off(ws, object_id, decision)`` / ``sell(...)``: never a delete; the council decision is
  recorded and linked. ``history(ws, object_id)``.
  ``list_rows(ws)`` -> list[RegisterRow]: the whole register as light rows (fast for 10,000).
Leases, revaluations, decisions
  ``add_lease``, ``leases(ws)`` with their state (active / ending_soon / expired),
  ``rent_income_by_year``, ``add_revaluation``, ``add_decision``.
For exports and the package
  ``summary(ws)`` -> counts, area and book value by category and by use, rent income by year;
  ``summary_for_package(ws)`` (JSON-ready, used in the report package's data.json).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import select, text

from msu_desktop import assets
from msu_desktop.domain import property as prop
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import change_log, plan_files
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, Lease, PropertyObject, Revaluation

ENTITY = "property_object"
EDITABLE = (
    "inventory_number",
    "category",
    "name_ky",
    "name_ru",
    "village",
    "address",
    "latitude",
    "longitude",
    "cadastral_code",
    "area",
    "unit",
    "year",
    "basis_document",
    "basis_number",
    "basis_date",
    "initial_value",
    "book_value",
    "residual_value",
    "condition",
    "use",
    "registration_number",
    "registration_date",
    "notes",
)


@lru_cache(maxsize=1)
def categories() -> dict[str, Any]:
    doc = plan_files.load_json(
        assets.data_path("property", "categories.json"), tr("Files", "The property categories")
    )
    plan_files.validate(
        doc, "property_categories.schema.json", tr("Files", "The property categories")
    )
    return doc if isinstance(doc, dict) else {}


def category_ids() -> list[str]:
    return [c["id"] for c in categories()["categories"]]


class ObjectProblems(UserError):
    """The register's rules (:func:`prop.object_problems`) refused an object; ``problems`` says
    what is wrong by field, so a form can show each under its field."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems

    def message(self, lang: str | None = None) -> str:
        return "; ".join(self.problems.values())


def _current(obj: PropertyObject) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in (*EDITABLE, "status")}


def _check(fields: dict[str, Any], session: Any, obj: PropertyObject | None = None) -> None:
    category = fields.get("category") or (obj.category if obj is not None else None)
    spec: list[dict[str, Any]] = next(
        (c["fields"] for c in categories()["categories"] if c["id"] == category), []
    )
    current = _current(obj) if obj is not None else None
    problems = prop.object_problems(fields, current, extra_fields=spec)
    if problems:
        raise ObjectProblems(problems)
    if "category" in fields and fields["category"] not in category_ids():
        raise UserError("Unknown property category {category}.", category=str(fields["category"]))
    for kind, key in (("conditions", "condition"), ("uses", "use"), ("units", "unit")):
        value = fields.get(key)
        if value and value not in {c["id"] for c in categories()[kind]}:
            raise ObjectProblems({key: tr("Property", "Unknown value {value}.", value=str(value))})
    inv = (fields.get("inventory_number") or "").strip()
    if inv:
        clash = session.scalar(
            select(PropertyObject.id).where(PropertyObject.inventory_number == inv)
        )
        if clash is not None and (obj is None or clash != obj.id):
            raise ObjectProblems(
                {
                    "inventory_number": tr(
                        "Errors", "The inventory number {number} is already used.", number=inv
                    )
                }
            )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def next_inventory_number(ws: Workspace) -> str:
    with ws.session() as s:
        existing = list(s.scalars(select(PropertyObject.inventory_number)))
    return prop.suggest_inventory_number(existing)


def add_object(ws: Workspace, fields: dict[str, Any], *, session: Any = None) -> int:
    def work(s: Any) -> int:
        data = {k: v for k, v in fields.items() if k in EDITABLE and v is not None}
        if not data.get("inventory_number"):
            existing = list(s.scalars(select(PropertyObject.inventory_number)))
            data["inventory_number"] = prop.suggest_inventory_number(existing)
        _check({**fields, **data}, s)  # the register's rules (domain/property.py) first
        data = prop.stored(data)
        extra = fields.get("extra") or {}
        obj = PropertyObject(**data, extra=json.dumps(extra, ensure_ascii=False))
        s.add(obj)
        s.flush()
        change_log.record(
            s, ENTITY, str(obj.id), "*", None, tr("Property", "object added"), ws.current_user()
        )
        return int(obj.id)

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


def update_object(
    ws: Workspace, object_id: int, fields: dict[str, Any], *, session: Any = None, reason: str = ""
) -> list[str]:
    """Change some fields; returns the names that really changed (each one logged)."""

    def work(s: Any) -> list[str]:
        obj = s.get(PropertyObject, object_id)
        if obj is None:
            raise UserError("There is no property object {id}.", id=object_id)
        data = {k: v for k, v in fields.items() if k in EDITABLE}
        _check(fields, s, obj)  # the register's rules (domain/property.py), on all it was sent
        data = prop.stored(data)
        changed = []
        for key, value in data.items():
            old = getattr(obj, key)
            if _text(old) == _text(value) or (old in (None, "") and value in (None, "")):
                continue
            setattr(obj, key, value)
            change_log.record(
                s, ENTITY, str(obj.id), key, _text(old), _text(value), ws.current_user(), reason
            )
            changed.append(key)
        if "extra" in fields:
            old_extra = obj.extra
            new_extra = json.dumps(fields["extra"] or {}, ensure_ascii=False)
            if old_extra != new_extra:
                obj.extra = new_extra
                change_log.record(
                    s, ENTITY, str(obj.id), "extra", old_extra, new_extra, ws.current_user()
                )
                changed.append("extra")
        return changed

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


def add_decision(
    ws: Workspace,
    number: str,
    date: dt.date,
    kind: str,
    text_: str,
    object_ids: list[int],
    *,
    session: Any = None,
) -> int:
    if kind not in ("acquire", "lease", "sell", "write_off", "other"):
        raise UserError("Unknown kind of decision {kind}.", kind=kind)
    if not number.strip():
        raise UserError("Enter the decision's number.")

    def work(s: Any) -> int:
        decision = CouncilDecision(number=number.strip(), date=date, kind=kind, text=text_)
        for oid in object_ids:
            obj = s.get(PropertyObject, oid)
            if obj is None:
                raise UserError("There is no property object {id}.", id=oid)
            decision.objects.append(obj)
            change_log.record(
                s,
                ENTITY,
                str(oid),
                "decision",
                None,
                f"{kind} No. {number.strip()} {date:%d.%m.%Y}: {text_}"[:500],
                ws.current_user(),
            )
        s.add(decision)
        s.flush()
        return int(decision.id)

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


def dispose(
    ws: Workspace,
    object_id: int,
    how: str,
    number: str,
    date: dt.date,
    text_: str,
    *,
    decision_id: int | None = None,
    session: Any = None,
) -> int:
    """Write off or sell an object with the council decision that did it (never a delete).
    ``decision_id``: a decision already recorded (the import links the one its file names)."""
    if how not in ("write_off", "sell"):
        raise ValueError(how)

    def work(s: Any) -> int:
        obj = s.get(PropertyObject, object_id)
        if obj is None:
            raise UserError("There is no property object {id}.", id=object_id)
        if obj.status != "active":
            raise UserError(
                "The object {number} is already written off or sold.", number=obj.inventory_number
            )
        did = decision_id
        if did is None:
            did = add_decision(ws, number, date, how, text_, [object_id], session=s)
        status = "written_off" if how == "write_off" else "sold"
        for key, value in (("status", status), ("use", status)):
            change_log.record(
                s,
                ENTITY,
                str(obj.id),
                key,
                getattr(obj, key),
                value,
                ws.current_user(),
                tr("Property", "decision No. {n} of {d}", n=number, d=date.strftime("%d.%m.%Y")),
            )
            setattr(obj, key, value)
        obj.disposal_decision_id = did
        return did

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


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
    *,
    lessee: str,
    start: dt.date,
    end: dt.date,
    rent: float,
    rent_period: str = "month",
    is_person: bool = False,
    contract_number: str = "",
    awarded_by: str = "auction",
    protocol_number: str = "",
    protocol_date: dt.date | None = None,
    direct_reason: str = "",
    terminated: bool = False,
    set_use: bool = True,
    session: Any = None,
) -> int:
    """Record a lease; a current one makes the object's use "leased" (``set_use``; the import
    keeps the use its file says)."""
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

    def work(s: Any) -> int:
        obj = s.get(PropertyObject, object_id)
        if obj is None or obj.status != "active":
            raise UserError("Only an active object can be leased.")
        lease = Lease(
            object_id=object_id,
            lessee=lessee.strip(),
            lessee_is_person=is_person,
            contract_number=contract_number,
            start=start,
            end=end,
            rent=rent,
            rent_period=rent_period,
            awarded_by=awarded_by,
            protocol_number=protocol_number,
            protocol_date=protocol_date,
            direct_reason=direct_reason,
            terminated=terminated,
        )
        s.add(lease)
        if set_use and obj.use != "leased" and end >= ws.today():
            change_log.record(s, ENTITY, str(obj.id), "use", obj.use, "leased", ws.current_user())
            obj.use = "leased"
        s.flush()
        return int(lease.id)

    if session is not None:
        return work(session)
    with ws.transaction() as s:
        return work(s)


def add_revaluation(
    ws: Workspace,
    object_id: int,
    date: dt.date,
    book_value: float,
    residual_value: float | None,
    basis: str,
) -> None:
    if book_value < 0:
        raise UserError("The value cannot be negative.")
    with ws.transaction() as s:
        obj = s.get(PropertyObject, object_id)
        if obj is None:
            raise UserError("There is no property object {id}.", id=object_id)
        s.add(
            Revaluation(
                object_id=object_id,
                date=date,
                book_value=book_value,
                residual_value=residual_value,
                basis=basis,
            )
        )
        change_log.record(
            s,
            ENTITY,
            str(obj.id),
            "book_value",
            _text(obj.book_value),
            _text(book_value),
            ws.current_user(),
            basis,
        )
        obj.book_value = book_value
        if residual_value is not None:
            obj.residual_value = residual_value


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    user: str
    field: str
    old: str | None
    new: str | None
    reason: str


def history(ws: Workspace, object_id: int) -> list[HistoryEntry]:
    with ws.session() as s:
        rows = change_log.read(s, ENTITY, str(object_id))
        return [
            HistoryEntry(r.at, r.user, r.field, r.old_value, r.new_value, r.reason) for r in rows
        ]


@dataclass(frozen=True)
class RegisterRow:
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
    """The whole register as plain tuples in one query (fast enough for 10,000 objects)."""
    with ws.engine.connect() as conn:
        return [RegisterRow(*r) for r in conn.execute(text(ROW_SQL))]


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
                prop.lease_state(le.end, today, le.terminated),
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


def summary(ws: Workspace) -> dict[str, Any]:
    by_category: dict[str, dict[str, float]] = defaultdict(
        lambda: {"count": 0, "area": 0.0, "book_value": 0.0}
    )
    by_use: dict[str, dict[str, float]] = defaultdict(
        lambda: {"count": 0, "area": 0.0, "book_value": 0.0}
    )
    for row in list_rows(ws):
        if row.status != "active":
            continue
        for bucket in (by_category[row.category], by_use[row.use]):
            bucket["count"] += 1
            bucket["area"] += row.area or 0.0
            bucket["book_value"] += row.book_value or 0.0
    return {
        "by_category": dict(by_category),
        "by_use": dict(by_use),
        "rent_income_by_year": {str(y): f"{v:.2f}" for y, v in rent_income_by_year(ws).items()},
    }


def summary_for_package(ws: Workspace) -> dict[str, Any]:
    s = summary(ws)
    round2 = lambda d: {k: {kk: round(vv, 2) for kk, vv in v.items()} for k, v in d.items()}  # noqa: E731
    return {
        "by_category": round2(s["by_category"]),
        "by_use": round2(s["by_use"]),
        "rent_income_by_year": s["rent_income_by_year"],
    }


@dataclass(frozen=True)
class ObjectFile:
    id: int
    name: str
    sha256: str
    size: int
    kind: str  # photo | document
    path: Any


PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp")


def attach_file(ws: Workspace, object_id: int, src: Any) -> int:
    """Copy a photo or document (from disk or a USB stick) into the content-addressed store and
    link it to the object; a pulled stick or a full disk gives a clear message, nothing stored."""
    from pathlib import Path

    from msu_desktop.services.file_store import store_file
    from msu_desktop.storage.models.property import PropertyFile

    src = Path(src)
    with ws.session() as s:
        if s.get(PropertyObject, object_id) is None:
            raise UserError("There is no property object {id}.", id=object_id)
    sha, size = store_file(ws, src)
    kind = "photo" if src.suffix.lower() in PHOTO_SUFFIXES else "document"
    with ws.transaction() as s:
        row = PropertyFile(
            object_id=object_id, sha256=sha, name=src.name[:300], size=size, kind=kind
        )
        s.add(row)
        change_log.record(s, ENTITY, str(object_id), "file", None, src.name, ws.current_user())
        s.flush()
        return int(row.id)


def object_files(ws: Workspace, object_id: int) -> list[ObjectFile]:
    from msu_desktop.services.file_store import stored_path
    from msu_desktop.storage.models.property import PropertyFile

    with ws.session() as s:
        rows = s.scalars(
            select(PropertyFile)
            .where(PropertyFile.object_id == object_id)
            .order_by(PropertyFile.id)
        )
        return [
            ObjectFile(r.id, r.name, r.sha256, r.size, r.kind, stored_path(ws, r.sha256))
            for r in rows
        ]


def object_details(ws: Workspace, object_id: int) -> dict[str, Any]:
    """Every stored field of one object (for the form), including the category fields."""
    with ws.session() as s:
        obj = s.get(PropertyObject, object_id)
        if obj is None:
            raise UserError("There is no property object {id}.", id=object_id)
        data = {k: getattr(obj, k) for k in EDITABLE}
        data["extra"] = json.loads(obj.extra or "{}")
        data["status"] = obj.status
        return data


@dataclass(frozen=True)
class DecisionRow:
    id: int
    number: str
    date: dt.date
    kind: str
    text: str
    objects: list[str]


def decisions(ws: Workspace) -> list[DecisionRow]:
    with ws.session() as s:
        rows = s.scalars(select(CouncilDecision).order_by(CouncilDecision.date.desc()))
        return [
            DecisionRow(
                d.id, d.number, d.date, d.kind, d.text, [o.inventory_number for o in d.objects]
            )
            for d in rows
        ]


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
