"""Photos and documents of an object, kept in the shared content-addressed file store
(:mod:`msu_desktop.services.file_store`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from msu_desktop.errors import UserError
from msu_desktop.services import change_log
from msu_desktop.services.file_store import store_file, stored_path
from msu_desktop.services.property.fields import ENTITY
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import (
    PropertyFile,
    PropertyObject,
)


@dataclass(frozen=True)
class ObjectFile:
    id: int
    name: str
    sha256: str
    size: int
    kind: str  # photo | document
    path: Any


PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp")


def attach_file(ws: Workspace, object_id: int, src: Any) -> int:
    """Copy a photo or document (from disk or a USB stick) into the content-addressed store and
    link it to the object; a pulled stick or a full disk gives a clear message, nothing stored."""
    src = Path(src)
    with ws.session() as s:
        if s.get(PropertyObject, object_id) is None:
            raise UserError("There is no property object {id}.", id=object_id)
    sha, size = store_file(ws, src)
    kind = "photo" if src.suffix.lower() in PHOTO_SUFFIXES else "document"
    with ws.transaction() as s:
        row = PropertyFile(
            object_id=object_id, sha256=sha, name=src.name[:300], size=size, kind=kind
        )
        s.add(row)
        change_log.record(s, ENTITY, str(object_id), "file", None, src.name, ws.current_user())
        s.flush()
        return int(row.id)


def object_files(ws: Workspace, object_id: int) -> list[ObjectFile]:
    with ws.session() as s:
        rows = s.scalars(
            select(PropertyFile)
            .where(PropertyFile.object_id == object_id)
            .order_by(PropertyFile.id)
        )
        return [
            ObjectFile(r.id, r.name, r.sha256, r.size, r.kind, stored_path(ws, r.sha256))
            for r in rows
        ]
