"""The one change-log writer: who changed which field of what, when, from what to what, and why.

Every area writes its history through :func:`record` and reads it through :func:`read`: the
report (entity ``report_entry`` / ``report_period``, see :mod:`msu_desktop.services.report.history`)
and the property register (entity ``property_object``, see
:mod:`msu_desktop.services.property_service`). The rows are ``change_log`` in the database. A
line is written in the caller's transaction, so the change and its history line are saved
together or not at all.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.core import ChangeLog


def record(
    s: Session,
    entity: str,
    entity_id: str,
    field: str,
    old: str | None,
    new: str | None,
    user: str,
    reason: str = "",
    at: dt.datetime | None = None,
) -> ChangeLog:
    """Add one history line in the session's transaction; returns it. ``at``: when the change
    was made, for a line brought in from elsewhere (a predecessor's history); default now."""
    row = ChangeLog(
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=old,
        new_value=new,
        user=user,
        reason=reason,
        at=at or utcnow(),
    )
    s.add(row)
    return row


def last(s: Session, entity: str, entity_id: str) -> ChangeLog | None:
    """The newest line of one thing (to merge a burst of typing into one line)."""
    return s.scalars(
        select(ChangeLog)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()


def read(s: Session, entity: str, entity_id: str, field: str | None = None) -> list[ChangeLog]:
    """Every line of one thing (optionally of one field), oldest first."""
    q = select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
    if field:
        q = q.where(ChangeLog.field == field)
    return list(s.scalars(q.order_by(ChangeLog.id)))
