"""One object's change history, read from the shared change log (:mod:`msu_desktop.services.change_log`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from msu_desktop.services import change_log
from msu_desktop.services.property.fields import ENTITY
from msu_desktop.services.workspace import Workspace


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
