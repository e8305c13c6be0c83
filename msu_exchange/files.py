"""Writing files so that a power cut, a pulled USB stick or a full disk never leaves half a file.

Everything is written to a temporary name in the target folder, flushed to disk, and renamed
into place; on failure the temporary file is removed and a translated :class:`UserError` raised.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from msu_desktop.errors import Cancelled, StorageFull, UserError
from msu_exchange.progress import Cancel, Progress

# Windows: the file is open in another program without sharing (an xlsx still open in Excel,
# an antivirus scan): ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
HELD_OPEN_WINERRORS = (32, 33)

CHUNK = 1024 * 1024


def os_error_to_user(exc: OSError, path: Path) -> UserError:
    if getattr(exc, "winerror", None) in HELD_OPEN_WINERRORS:
        return UserError(
            "The file {path} is open in another program (Excel, a PDF viewer, an antivirus "
            "scan). Close it there and try again; nothing was changed.",
            path=str(path),
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(
            "There is not enough free space on {path}. Free some space or choose another drive; "
            "nothing was changed.",
            path=str(path.parent),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            "Cannot write to {path}: the drive is read-only or access is denied.", path=str(path)
        )
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return UserError(
            "The drive holding {path} is not available (was the USB stick removed?). "
            "Nothing was saved there; try again.",
            path=str(path),
        )
    return UserError(
        "Cannot write {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
    )


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """``with atomic_writer(p) as fh: fh.write(...)`` -- the file appears whole, or not at all."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        _discard(tmp)
        raise os_error_to_user(exc, path) from exc
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: Path) -> None:
    with suppress(OSError):
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_output(path: Path) -> Iterator[io.BytesIO]:
    """Like :func:`atomic_writer`, but the document is built in memory and written at the end.

    For writers that keep their own zip or file object open across a failure (openpyxl's
    ``Workbook.save``, reportlab): a full disk then fails in one plain write, whose temporary
    file is removed, instead of inside the library (``ValueError: seek of closed file``)."""
    buf = io.BytesIO()
    yield buf
    write_bytes_atomic(path, buf.getvalue())


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_writer(path) as fh:
        fh.write(data)


def copy_file_atomic(
    src: Path,
    dst: Path,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> str:
    """Copy ``src`` to ``dst`` atomically; returns the SHA-256 of what was written.
    ``progress(pct)`` as it goes; ``cancelled()`` stops it (Cancelled), leaving no ``dst``."""
    digest = hashlib.sha256()
    total = max(1, src.stat().st_size)
    done = 0
    with open(src, "rb") as fin, atomic_writer(dst) as fout:
        while chunk := fin.read(CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled("Cancelled; nothing was copied.")
            digest.update(chunk)
            fout.write(chunk)
            done += len(chunk)
            if progress:
                progress(100 * done // total)
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
