"""Council decisions about property (acquire, lease, sell, write off), linked to their objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from msu_desktop.errors import UserError
from msu_desktop.services import change_log
from msu_desktop.services.property.fields import ENTITY
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, PropertyObject


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
