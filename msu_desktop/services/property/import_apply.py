"""Applying a checked import: the accepted rows, then their leases and council decisions, in
one transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from msu_desktop.i18n import tr
from msu_desktop.services.property.decisions import add_decision
from msu_desktop.services.property.import_check import ImportCheck
from msu_desktop.services.property.leases import add_lease
from msu_desktop.services.property.objects import add_object, dispose, update_object
from msu_desktop.services.property.steps import Cancelled, Progress, RowSteps
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, Lease, PropertyObject


def apply(
    ws: Workspace,
    check: ImportCheck,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[int, int]:
    """Write the accepted rows, then their leases and council decisions (a written-off or sold
    object is disposed of by its decision), in one transaction; returns (added, updated).
    ``progress(pct, text)`` is told how far it got; ``cancelled()`` is asked between rows, and a
    cancel rolls the whole import back (nothing is written)."""
    steps = RowSteps(len(check.matched) + len(check.new), progress, cancelled)
    added = updated = 0
    reason = tr("Property", "import")
    ids: dict[str, int] = {}
    targets: dict[int, str] = {}
    with ws.transaction() as s:
        for i, item in enumerate(check.matched):
            steps.step(i)
            draft, object_id = item.draft, int(item.object_id or 0)
            data = {k: v for k, v in draft.given().items() if v != "" and k != "inventory_number"}
            obj = s.get(PropertyObject, object_id)
            if draft.status != "active" or obj is None or obj.status != "active":
                data.pop("use", None)  # changed only by the decision below
            if draft.status != "active" and obj is not None and obj.status == "active":
                targets[object_id] = draft.status
            if update_object(ws, object_id, data, session=s, reason=reason):
                updated += 1
            ids[draft.inventory_number or str(object_id)] = object_id
        for i, item in enumerate(check.new, start=len(check.matched)):
            steps.step(i)
            draft = item.draft
            data = draft.given()
            if draft.status != "active":
                data["use"] = "own_use"
            oid = add_object(ws, data, session=s)
            ids[draft.inventory_number or str(oid)] = oid
            if draft.status != "active":
                targets[oid] = draft.status
            added += 1
        s.flush()
        for inv, oid in s.execute(select(PropertyObject.inventory_number, PropertyObject.id)):
            ids.setdefault(inv, oid)
        existing_leases = {
            (le.object_id, le.lessee, le.start, le.end) for le in s.scalars(select(Lease))
        }
        for lease in check.leases:
            oid = ids[lease.inventory_number]
            le = lease.draft
            if (oid, le.lessee, le.start, le.end) in existing_leases:
                continue
            add_lease(ws, oid, le, set_use=False, session=s)
        _apply_decisions(ws, s, check, ids, targets)
    steps.done()
    return added, updated


def _apply_decisions(
    ws: Workspace, s: Any, check: ImportCheck, ids: dict[str, int], targets: dict[int, str]
) -> None:
    """The council decisions (one already recorded is not recorded twice); a write-off or a
    sale disposes of the objects the file shows disposed of by it."""
    existing = {(d.number, d.date, d.kind): d.id for d in s.scalars(select(CouncilDecision))}
    for _row, d in check.decisions:
        key = (d.number, d.date, d.kind)
        object_ids = [ids[inv] for inv in d.objects]
        did = existing.get(key)
        if did is None:
            did = add_decision(ws, d, object_ids, session=s)
            existing[key] = did
        if d.kind not in ("write_off", "sell"):
            continue
        how_status = "written_off" if d.kind == "write_off" else "sold"
        for oid in object_ids:
            if targets.get(oid) == how_status:
                dispose(ws, oid, d, decision_id=did, session=s)
                targets.pop(oid)
