"""Property objects: add, update (every changed field logged), write off or sell (never a
delete; the council decision is recorded and linked), and one object's stored fields."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from msu_desktop.domain import property as prop
from msu_desktop.domain.property import DecisionDraft
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import change_log
from msu_desktop.services.property.decisions import add_decision
from msu_desktop.services.property.fields import (
    EDITABLE,
    ENTITY,
    as_text,
    categories,
    category_ids,
    limits,
)
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import PropertyObject


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
    problems = prop.object_problems(fields, current, extra_fields=spec, limits=limits("object"))
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
            if as_text(old) == as_text(value) or (old in (None, "") and value in (None, "")):
                continue
            setattr(obj, key, value)
            change_log.record(
                s, ENTITY, str(obj.id), key, as_text(old), as_text(value), ws.current_user(), reason
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


def dispose(
    ws: Workspace,
    object_id: int,
    decision: DecisionDraft,
    *,
    decision_id: int | None = None,
    session: Any = None,
) -> int:
    """Write off or sell an object with the council decision that did it (never a delete; its
    ``kind`` says which: write_off or sell). ``decision_id``: a decision already recorded (the
    import links the one its file names)."""
    how, number, date = decision.kind, decision.number, decision.date
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
            did = add_decision(ws, decision, [object_id], session=s)
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
