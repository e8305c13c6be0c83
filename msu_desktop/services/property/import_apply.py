"""Applying a checked import: the accepted rows, then their leases and council decisions, in
one transaction."""

from __future__ import annotations

from sqlalchemy import select

from msu_desktop.domain.property import LeaseDraft
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
        for i, (_row, object_id, fields) in enumerate(check.matched):
            steps.step(i)
            data = {
                k: v
                for k, v in fields.items()
                if v not in (None, "") and k not in ("inventory_number", "status")
            }
            obj = s.get(PropertyObject, object_id)
            if fields["status"] != "active" or obj is None or obj.status != "active":
                data.pop("use", None)  # changed only by the decision below
            if fields["status"] != "active" and obj is not None and obj.status == "active":
                targets[object_id] = fields["status"]
            if update_object(ws, object_id, data, session=s, reason=reason):
                updated += 1
            ids[fields["inventory_number"]] = object_id
        for i, (_row, fields) in enumerate(check.new, start=len(check.matched)):
            steps.step(i)
            data = {k: v for k, v in fields.items() if k != "status"}
            if fields["status"] != "active":
                data["use"] = "own_use"
            oid = add_object(ws, data, session=s)
            ids[fields["inventory_number"] or str(oid)] = oid
            if fields["status"] != "active":
                targets[oid] = fields["status"]
            added += 1
        s.flush()
        for inv, oid in s.execute(select(PropertyObject.inventory_number, PropertyObject.id)):
            ids.setdefault(inv, oid)
        existing_leases = {
            (le.object_id, le.lessee, le.start, le.end) for le in s.scalars(select(Lease))
        }
        for _row, le in check.leases:
            oid = ids[le["inventory_number"]]
            if (oid, le["lessee"], le["start"], le["end"]) in existing_leases:
                continue
            add_lease(
                ws,
                oid,
                LeaseDraft(
                    lessee=le["lessee"],
                    start=le["start"],
                    end=le["end"],
                    rent=le["rent"],
                    rent_period=le["rent_period"],
                    is_person=le["is_person"],
                    contract_number=le["contract_number"],
                    awarded_by=le["awarded_by"],
                    protocol_number=le["protocol_number"],
                    protocol_date=le["protocol_date"],
                    direct_reason=le["direct_reason"],
                    terminated=le["terminated"],
                ),
                set_use=False,
                session=s,
            )
        existing_decisions = {
            (d.number, d.date, d.kind): d.id for d in s.scalars(select(CouncilDecision))
        }
        for _row, d in check.decisions:
            key = (d["number"], d["date"], d["kind"])
            object_ids = [ids[inv] for inv in d["objects"]]
            did = existing_decisions.get(key)
            if did is None:
                did = add_decision(
                    ws, d["number"], d["date"], d["kind"], d["text"], object_ids, session=s
                )
                existing_decisions[key] = did
            if d["kind"] in ("write_off", "sell"):
                how_status = "written_off" if d["kind"] == "write_off" else "sold"
                for oid in object_ids:
                    if targets.get(oid) == how_status:
                        dispose(
                            ws,
                            oid,
                            d["kind"],
                            d["number"],
                            d["date"],
                            d["text"],
                            decision_id=did,
                            session=s,
                        )
                        targets.pop(oid)
    steps.done()
    return added, updated
