"""Council decisions about property (acquire, lease, sell, write off), linked to their objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from msu_desktop.domain.property import DECISION_KINDS, DecisionDraft
from msu_desktop.errors import UserError
from msu_desktop.services import change_log
from msu_desktop.services.property.fields import ENTITY, limits
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, PropertyObject


def add_decision(
    ws: Workspace,
    draft: DecisionDraft,
    object_ids: list[int],
    *,
    session: Any = None,
) -> int:
    """Record a council decision about the objects ``object_ids`` (each one's history says so:
    the decision's kind, number, date and text, in words when shown)."""
    number, date, kind, text_ = draft.number.strip(), draft.date, draft.kind, draft.text
    if kind not in DECISION_KINDS:
        raise UserError("Unknown kind of decision {kind}.", kind=kind)
    if not number:
        raise UserError("Enter the decision's number.")
    limit = int(limits("decision").get("text", {}).get("max_length") or 4000)
    if len(text_) > limit:
        raise UserError("The decision's text is longer than {n} characters.", n=limit)

    def work(s: Any) -> int:
        decision = CouncilDecision(number=number, date=date, kind=kind, text=text_)
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
                f"{kind} No. {number} {date:%d.%m.%Y}: {text_}"[:500],
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
