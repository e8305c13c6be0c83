"""The shared file store: every file the user attaches -- a report entry's supporting document,
a property object's photo or title deed -- is kept once, by its SHA-256.

Files live at ``<data>/attachments/<sha[:2]>/<sha256>``. A file is copied to a temporary name,
flushed and renamed into place (so a pulled USB stick or a power cut leaves no half file under a
real name); the database link is written afterwards by the area that owns it
(:mod:`msu_desktop.services.attachments` for reports, :mod:`msu_desktop.services.property_service`
for the register). The same file attached twice is stored once. No database is touched here, so
:func:`store_file` may run in a worker thread.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from msu_desktop import errors
from msu_desktop.errors import UserError
from msu_desktop.services.workspace import Workspace
from msu_exchange.files import (
    CHUNK,
    atomic_writer,
    fsync_dir,
    os_error_to_user,
    sha256_file,
)
from msu_exchange.progress import Progress

MAX_BYTES = 200 * 1024 * 1024


class SourceUnreadable(UserError):
    pass


def stored_path(ws: Workspace, sha256: str) -> Path:
    return ws.attachments_dir / sha256[:2] / sha256


class Cancelled(errors.Cancelled):
    pass


def store_file(
    ws: Workspace,
    src: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[str, int]:
    """Copy ``src`` into the store; returns (sha256, size). Reading errors name the source.

    Touches no database, so it may run in a worker thread; record the result with
    :func:`record_attachment`. ``progress(pct, text)`` as everywhere (msu_exchange/progress.py),
    the share of this file copied; ``cancelled()`` stops the copy."""
    incoming = ws.attachments_dir / f".incoming-{uuid.uuid4().hex}"
    digest = hashlib.sha256()
    size = 0
    try:
        fin = open(src, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError as exc:
        raise SourceUnreadable(
            "The file {path} was not found.", path=str(src), context="Attachments"
        ) from exc
    except OSError as exc:
        raise SourceUnreadable(
            "Cannot read {path} (was the USB stick removed?): {detail}",
            path=str(src),
            detail=exc.strerror or str(exc),
            context="Attachments",
        ) from exc
    try:
        whole = max(1, src.stat().st_size)
    except OSError:
        whole = 1  # told below, when reading fails
    try:
        with fin, atomic_writer(incoming) as fout:
            while True:
                try:
                    chunk = fin.read(CHUNK)
                except OSError as exc:
                    raise SourceUnreadable(
                        "Reading {path} failed (was the USB stick removed?). Nothing was attached.",
                        path=str(src),
                        context="Attachments",
                    ) from exc
                if not chunk:
                    break
                if cancelled is not None and cancelled():
                    raise Cancelled("Cancelled; nothing was attached.", context="Attachments")
                size += len(chunk)
                if progress is not None:
                    progress(min(100, 100 * size // whole))
                if size > MAX_BYTES:
                    raise UserError(
                        "{path} is larger than {mb} MB; attach a smaller file.",
                        path=str(src),
                        mb=MAX_BYTES // (1024 * 1024),
                        context="Attachments",
                    )
                digest.update(chunk)
                fout.write(chunk)
        sha = digest.hexdigest()
        final = stored_path(ws, sha)
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists() and final.stat().st_size == size:
                incoming.unlink()
            else:
                os.replace(incoming, final)
                fsync_dir(final.parent)
        except OSError as exc:
            raise os_error_to_user(exc, final) from exc
    finally:
        incoming.unlink(missing_ok=True)
    return sha, size


def is_intact(path: Path, sha256: str) -> bool:
    """The stored copy is present and still has the hash recorded for it."""
    try:
        return sha256_file(path) == sha256
    except OSError:
        return False
