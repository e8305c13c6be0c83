"""Revaluations: a new book (and residual) value with its basis, logged as a change."""

from __future__ import annotations

import datetime as dt

from msu_desktop.errors import UserError
from msu_desktop.services import change_log
from msu_desktop.services.property.fields import ENTITY, as_text
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import PropertyObject, Revaluation


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
            as_text(obj.book_value),
            as_text(book_value),
            ws.current_user(),
            basis,
        )
        obj.book_value = book_value
        if residual_value is not None:
            obj.residual_value = residual_value
