"""Supporting documents and photos attached to report entries.

The files themselves are in the shared store (:mod:`msu_desktop.services.file_store`, by
SHA-256; the same file attached twice is stored once); this module links them to an entry, in
one transaction with the history line, only after the copy is complete.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.services.file_store import (  # noqa: F401 - the GUI calls them as att.*
    MAX_BYTES,
    Cancelled,
    SourceUnreadable,
    is_intact,
    store_file,
    stored_path,
)
from msu_desktop.services.report.entries import ensure_entry, measure_of
from msu_desktop.services.report.history import ENTITY_ENTRY, log_change
from msu_desktop.services.report.periods import (
    back_to_draft,
    check_unlocked,
    ensure_period,
    period_row,
    spec_of,
)
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.base import utcnow
from msu_desktop.storage.models.report import ReportAttachment, ReportEntry, ReportFile


@dataclass(frozen=True)
class AttachmentInfo:
    id: int  # the link id (for removal)
    name: str
    sha256: str
    size: int
    mime: str
    caption: str
    path: Path
    added_by: str
    added_at: dt.datetime


def attachments_of(ws: Workspace, period_id: str, code: str) -> list[AttachmentInfo]:
    plan = ws.plan()
    with ws.session() as s:
        rows = s.execute(
            select(ReportAttachment, ReportFile)
            .join(ReportFile, ReportAttachment.file_id == ReportFile.id)
            .join(ReportEntry, ReportAttachment.entry_id == ReportEntry.id)
            .where(
                ReportEntry.plan_id == plan.plan_id,
                ReportEntry.period_id == period_id,
                ReportEntry.measure_code == code,
            )
            .order_by(ReportAttachment.id)
        ).all()
        return [
            AttachmentInfo(
                link.id,
                link.original_name,
                f.sha256,
                f.size,
                f.mime,
                link.caption,
                stored_path(ws, f.sha256),
                link.added_by,
                link.added_at,
            )
            for link, f in rows
        ]


def _check_target(ws: Workspace, period_id: str, code: str) -> None:
    plan = ws.plan()
    measure_of(plan, code)
    spec_of(plan, period_id)
    with ws.session() as s:
        prow = period_row(s, plan.plan_id, period_id)
        if prow is not None:
            check_unlocked(prow)


def add_attachment(
    ws: Workspace,
    period_id: str,
    code: str,
    src: Path,
    caption: str = "",
    user: str | None = None,
) -> AttachmentInfo:
    """Attach a file from disk or USB to a measure's report entry."""
    src = Path(src)
    _check_target(ws, period_id, code)  # refuse early, before copying anything
    if src.is_dir():
        raise UserError("{path} is a folder, not a file.", path=str(src), context="Attachments")
    sha, size = store_file(ws, src)
    return record_attachment(ws, period_id, code, sha, size, src.name, caption, user)


def record_attachment(
    ws: Workspace,
    period_id: str,
    code: str,
    sha: str,
    size: int,
    name: str,
    caption: str = "",
    user: str | None = None,
) -> AttachmentInfo:
    """Link a stored file (see :func:`store_file`) to an entry, with its history line."""
    plan = ws.plan()
    if not stored_path(ws, sha).is_file():
        raise UserError("The stored copy of {name} is missing.", name=name, context="Attachments")
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    user = user or ws.current_user()
    with ws.transaction() as s:
        prow = ensure_period(s, plan.plan_id, period_id)
        check_unlocked(prow)
        entry = ensure_entry(s, plan.plan_id, period_id, code)
        f = s.scalars(select(ReportFile).where(ReportFile.sha256 == sha)).first()
        if f is None:
            f = ReportFile(sha256=sha, size=size, mime=mime, stored_at=utcnow())
            s.add(f)
            s.flush()
        link = s.scalars(
            select(ReportAttachment).where(
                ReportAttachment.entry_id == entry.id, ReportAttachment.file_id == f.id
            )
        ).first()
        if link is None:
            link = ReportAttachment(
                entry_id=entry.id,
                file_id=f.id,
                original_name=name[:260],
                caption=caption.strip(),
                added_by=user,
                added_at=utcnow(),
            )
            s.add(link)
            s.flush()
            log_change(
                s,
                ENTITY_ENTRY,
                rpt.entry_key(plan.plan_id, period_id, code),
                "attachment",
                None,
                f"{name} ({sha[:12]})",
                user,
            )
            back_to_draft(s, prow, user)
        return AttachmentInfo(
            link.id,
            link.original_name,
            sha,
            size,
            f.mime,
            link.caption,
            stored_path(ws, sha),
            link.added_by,
            link.added_at,
        )


def remove_attachment(ws: Workspace, link_id: int, user: str | None = None) -> None:
    """Detach a file from an entry (the stored copy stays while anything else refers to it)."""
    user = user or ws.current_user()
    with ws.transaction() as s:
        link = s.get(ReportAttachment, link_id)
        if link is None:
            return
        entry = s.get(ReportEntry, link.entry_id)
        assert entry is not None
        prow = ensure_period(s, entry.plan_id, entry.period_id)
        check_unlocked(prow)
        log_change(
            s,
            ENTITY_ENTRY,
            rpt.entry_key(entry.plan_id, entry.period_id, entry.measure_code),
            "attachment",
            f"{link.original_name} ({link.file.sha256[:12]})",
            None,
            user,
        )
        s.delete(link)
        back_to_draft(s, prow, user)


def verify(ws: Workspace, info: AttachmentInfo) -> bool:
    """The stored copy is present and still has the hash recorded for it."""
    return is_intact(info.path, info.sha256)
