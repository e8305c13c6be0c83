"""The installed plan: put a plan document into the database, read the active one back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from msu_desktop.domain.plan import Plan, plan_from_dict
from msu_desktop.errors import UserError
from msu_desktop.services import settings
from msu_desktop.storage.models.plan import MeasureRow, PlanVersion
from msu_desktop.storage.quick_read import Query
from msu_exchange.documents import document_hash


def install_plan(session: Session, plan: Plan, doc: dict[str, Any], source: str) -> PlanVersion:
    """Add ``doc`` as the active version of its plan (older versions of it become inactive)."""
    for old in session.scalars(select(PlanVersion).where(PlanVersion.plan_id == plan.plan_id)):
        old.active = False
    row = PlanVersion(
        plan_id=plan.plan_id,
        version=plan.version,
        sha256=document_hash(doc),
        document=json.dumps(doc, ensure_ascii=False),
        active=True,
        source=source,
    )
    for m in plan.measures:
        row.measures.append(
            MeasureRow(
                code=m.code,
                direction_code=m.direction_code,
                task_code=m.task_code,
                title_ky=m.title.get("ky", ""),
                title_ru=m.title.get("ru", ""),
                deadline_kind=m.deadline.kind,
                deadline_last_day=m.deadline.last_day,
                lsg_participates=m.lsg_participates,
                executors=",".join(m.executors),
            )
        )
    session.add(row)
    session.flush()
    return row


def install_shipped_plan(session: Session) -> PlanVersion | None:
    """A first start: the plan shipped with the app, unless a plan is installed (None then)."""
    if active_plan_row(session) is not None:
        return None
    from msu_exchange import documents

    plan, doc = documents.shipped_plan()
    return install_plan(session, plan, doc, source="shipped")


def active_plan_row(session: Session, plan_id: str | None = None) -> PlanVersion | None:
    stmt = select(PlanVersion).where(PlanVersion.active.is_(True))
    if plan_id:
        stmt = stmt.where(PlanVersion.plan_id == plan_id)
    stmt = stmt.order_by(PlanVersion.installed_at.desc(), PlanVersion.id.desc())
    return session.scalars(stmt).first()


def first_installed(session: Session, plan_id: str) -> dt.date | None:
    """The day this office first installed any version of ``plan_id`` (None: never)."""
    first = session.scalar(
        select(func.min(PlanVersion.installed_at)).where(PlanVersion.plan_id == plan_id)
    )
    if first is None:
        return None
    return (
        first.date() if isinstance(first, dt.datetime) else dt.date.fromisoformat(str(first)[:10])
    )


def document_key(plan_id: str, name: str) -> str:
    """The setting that holds a document a plan package brought (form rules, programme text)."""
    return settings.PLAN_DOCUMENTS.key(plan_id, name)


def plan_documents(session: Session, plan_id: str) -> dict[str, str]:
    return settings.PLAN_DOCUMENTS.read_all(session, plan_id)


def store_plan_document(session: Session, plan_id: str, name: str, text: str) -> None:
    settings.PLAN_DOCUMENTS.write(session, plan_id, name, text)


@dataclass(frozen=True)
class Programme:
    """An installed programme (one active plan version per plan id), for choosing between
    them: the 2018–2023 plan and its 2024–2028 successor, say."""

    plan_id: str
    version: int
    title: dict[str, str]
    valid_from: str
    valid_to: str


def programmes(session: Session) -> list[Programme]:
    """Every installed programme, the earliest first."""
    rows = session.scalars(select(PlanVersion).where(PlanVersion.active.is_(True)))
    out = []
    for row in rows:
        doc = json.loads(row.document)
        out.append(
            Programme(
                row.plan_id,
                row.version,
                dict(doc.get("title", {})),
                str(doc.get("valid_from", "")),
                str(doc.get("valid_to", "")),
            )
        )
    return sorted(out, key=lambda p: (p.valid_from, p.plan_id))


def current_plan_id(session: Session) -> str | None:
    """The programme chosen to work on, if it is still installed; else None (the newest)."""
    plan_id = settings.CURRENT_PLAN.read(session)
    if not plan_id or active_plan_row(session, plan_id) is None:
        return None
    return plan_id


def set_current_plan(session: Session, plan_id: str) -> None:
    if active_plan_row(session, plan_id) is None:
        raise UserError("The programme {plan} is not installed.", plan=plan_id)
    settings.CURRENT_PLAN.write(session, plan_id)


def active_plan(session: Session, plan_id: str | None = None) -> Plan | None:
    row = active_plan_row(session, plan_id)
    if row is None:
        return None
    plan = plan_from_dict(json.loads(row.document))
    plan.documents.update(plan_documents(session, plan.plan_id))
    return plan


_REMOVED = """
WITH active AS (
    SELECT id, plan_id FROM plan_version WHERE active AND (?1 IS NULL OR plan_id = ?1)
    ORDER BY installed_at DESC, id DESC LIMIT 1
)
SELECT m.code, m.title_ky, m.title_ru
FROM measure m JOIN plan_version v ON v.id = m.plan_version_id JOIN active a
WHERE v.plan_id = a.plan_id AND v.id != a.id
  AND m.code NOT IN (SELECT code FROM measure WHERE plan_version_id = a.id)
ORDER BY v.version
"""


def removed_measures(query: Query, plan_id: str | None = None) -> list[tuple[str, dict[str, str]]]:
    """Measures of earlier versions of the active plan that the active version no longer has:
    (code, last known title {ky, ru}). Their reports are kept and still exported. Read in one
    sqlite3 query through the workspace's reader (``ws.read``): it is asked for on every
    package built (issue 26)."""
    found: dict[str, dict[str, str]] = {}
    for code, ky, ru in query(_REMOVED, (plan_id or None,)):  # a later version's title wins
        found[code] = {"ky": ky, "ru": ru}
    return sorted(found.items())
