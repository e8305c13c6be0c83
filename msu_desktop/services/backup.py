"""Backups of everything a municipality keeps: the database, attached files, the keys, the
outbox and the trust store.

A backup is one zip file (``msu-backup-YYYYMMDD-HHMMSS-<reason>.zip``) holding ``manifest.json``
(format, app version, creation time, reason, municipality, every file's SHA-256 and size), a
consistent copy of ``msu.sqlite`` (SQLite online backup, safe while the app runs), and the
``attachments/``, ``keys/``, ``outbox/`` (the package files) and ``trust/`` folders. The delivery
states with the signed receipts, holds and decisions, the agency's replies and the trusted
agency keys are in the database itself (migration 0004_delivery; older data folders kept them
as ``outbox/states.json`` and ``trust/agency_keys.json``, which still travel as files): a
restore onto another PC knows which packages were sent, received and returned, and which keys
it trusts. It is written atomically, so a pulled USB stick or a full disk leaves no file that
looks like a backup.

A backup is trusted only after :func:`verify_backup`: hashes, sizes, and ``PRAGMA
integrity_check`` on the database inside it.

Restoring is crash-safe: the backup is unpacked into a staging folder first, a marker file
records the plan, the current data is set aside (never deleted) and the staged data renamed into
place. If the process dies half-way, :func:`finish_interrupted_restore` (services/restore_journal.py,
called by ``Workspace.open``) completes the same renames, so the data folder holds either the old data or
the restored data, never a mix.

Automatic backups: :func:`daily_backup` once a day at start, the migration step copies the
database aside before every schema change, and the plan import calls :func:`create_backup`
before applying a new plan. The last ``backup_keep`` automatic backups (setting, default 10) are
kept in ``<data dir>/backups``; backups saved elsewhere (a USB stick) are never pruned.

About 500 lines: creating, verifying and restoring a backup are kept together, because the
restore's safety (verify first, stage, set the current data aside, rename into place) is one
protocol read best in one file.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop import __version__
from msu_desktop.errors import (
    Cancelled,
    DatabaseDamaged,
    DatabaseForeign,
    DatabaseTooNew,
    StorageFull,
    UserError,
)
from msu_desktop.services import clock, settings
from msu_desktop.services.restore_journal import (  # the journal, below the workspace too
    FOLDERS,
    ITEMS,
    MARKER,
    finish_interrupted_restore,
    undo_restore,
)
from msu_desktop.services.restore_journal import crash_point as _crash_point
from msu_desktop.storage.db import DB_FILENAME, copy_database
from msu_desktop.storage.migrate import check_database
from msu_exchange.files import fsync_dir, os_error_to_user, sha256_file
from msu_exchange.progress import Cancel, Progress
from msu_exchange.safe_zip import UnsafeArchive, open_archive, write_archive

FORMAT = "msu-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
NAME_RE = re.compile(r"^msu-backup-(\d{8}-\d{6})(?:-[a-z0-9-]+)?\.zip$")
DEFAULT_KEEP = settings.BACKUP_KEEP.default
AUTOMATIC_REASONS = ("daily", "pre-import", "pre-restore", "automatic")


class BackupInvalid(UserError):
    """A backup file that cannot be trusted; the message says why."""


class BackupOtherMunicipality(UserError):
    """A sound backup of another municipality's data: restored only when the user says so."""

    def __init__(self, message: str, *, backup_of: str, current: str, name: str) -> None:
        super().__init__(message, backup_of=backup_of, current=current, name=name)
        self.backup_of = backup_of
        self.current = current


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    app_version: str
    municipality: str
    files: int
    size: int


def _data_dir(ws_or_dir: Any) -> Path:
    return Path(getattr(ws_or_dir, "data_dir", ws_or_dir))


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def _municipality(db: Path) -> str:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT soate, name_ru FROM municipality LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return ""
    return f"{row[0]} {row[1]}" if row else ""


def _files_of(data_dir: Path) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    for folder in FOLDERS:
        base = data_dir / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and not path.name.endswith(".part"):
                out.append((path.relative_to(data_dir).as_posix(), path))
    return out


def create_backup(
    ws_or_dir: Any,
    reason: str = "manual",
    out_dir: Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> Path:
    """Write a backup of the data folder; returns its path. ``reason`` goes into the name.
    ``progress(pct)`` as the files are read; ``cancelled()`` stops it before anything is
    written (Cancelled)."""
    data_dir = _data_dir(ws_or_dir)
    db = data_dir / DB_FILENAME
    if not db.exists():
        raise UserError("There is no database to back up in {path}.", path=str(data_dir))
    target_dir = Path(out_dir) if out_dir else backups_dir(data_dir)
    now = clock.now()
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    target = target_dir / f"msu-backup-{now:%Y%m%d-%H%M%S}-{slug}.zip"
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"msu-backup-{now:%Y%m%d-%H%M%S}-{slug}-{n}.zip"
    tmp_root = data_dir / ".tmp"
    try:
        tmp_root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=tmp_root) as tmp:
            db_copy = Path(tmp) / DB_FILENAME
            copy_database(db, db_copy)
            members: list[tuple[str, Path]] = [(DB_FILENAME, db_copy), *_files_of(data_dir)]
            files: dict[str, dict[str, Any]] = {}
            for i, (name, path) in enumerate(members):
                if cancelled is not None and cancelled():
                    raise Cancelled("The backup was cancelled; nothing was written.")
                files[name] = {"sha256": sha256_file(path), "size": path.stat().st_size}
                if progress:
                    progress(90 * (i + 1) // len(members))
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": now.isoformat(timespec="seconds"),
                "reason": reason,
                "app_version": __version__,
                "municipality": _municipality(db_copy),
                "files": files,
            }
            payload = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            write_archive(target, [(MANIFEST, payload), *members])
    except OSError as exc:
        raise os_error_to_user(exc, target) from exc
    if progress:
        progress(100)
    if out_dir is None:
        prune(data_dir)
    return target


def _read_manifest(z: Any, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(z.read(MANIFEST, limit=4 * 1024 * 1024).decode("utf-8"))
    except UnsafeArchive:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupInvalid("{name} is not an MSU Desktop backup.", name=path.name) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupInvalid("{name} is not an MSU Desktop backup.", name=path.name)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupInvalid(
            "{name} was made by another version of MSU Desktop and cannot be read.",
            name=path.name,
        )
    if not isinstance(manifest.get("files"), dict) or DB_FILENAME not in manifest["files"]:
        raise BackupInvalid("{name} does not contain a database.", name=path.name)
    return manifest


def verify_backup(path: Path, *, extract_to: Path | None = None) -> BackupInfo:
    """Check a backup completely; optionally unpack it (only after every check passed)."""
    path = Path(path)
    try:
        z = open_archive(path)
    except UnsafeArchive as exc:
        raise BackupInvalid(
            "{name} is not a usable backup: {detail}", name=path.name, detail=str(exc)
        ) from exc
    try:
        with z:
            return _verify_open(z, path, extract_to)
    except UnsafeArchive as exc:
        raise BackupInvalid(
            "{name} is not a usable backup: {detail}", name=path.name, detail=str(exc)
        ) from exc
    except OSError as exc:  # unpacking to a full or read-only drive
        raise os_error_to_user(exc, Path(extract_to or tempfile.gettempdir()) / "x") from exc


def _verify_open(z: Any, path: Path, extract_to: Path | None) -> BackupInfo:
    manifest = _read_manifest(z, path)
    listed: dict[str, dict[str, Any]] = manifest["files"]
    present = set(z.names()) - {MANIFEST}
    if present != set(listed):
        missing = sorted(set(listed) - present) or sorted(present - set(listed))
        raise BackupInvalid(
            "{name} is incomplete or was changed (file {file}).",
            name=path.name,
            file=missing[0],
        )
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(extract_to) if extract_to else Path(tmp)
        for name, meta in listed.items():
            data = z.read(name)
            if len(data) != meta.get("size") or hashlib.sha256(data).hexdigest() != meta.get(
                "sha256"
            ):
                raise BackupInvalid(
                    "{name} is damaged: the file {file} does not match its checksum.",
                    name=path.name,
                    file=name,
                )
            if name == DB_FILENAME or extract_to:
                target = stage / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        check_backup_database(stage / DB_FILENAME, path)
        for extra in ("-wal", "-shm"):  # made by reading it; the backup holds none
            (stage / (DB_FILENAME + extra)).unlink(missing_ok=True)
    try:
        created = dt.datetime.fromisoformat(str(manifest.get("created")))
    except ValueError as exc:
        raise BackupInvalid("{name} is not an MSU Desktop backup.", name=path.name) from exc
    return BackupInfo(
        path=path,
        created=created,
        reason=str(manifest.get("reason", "")),
        app_version=str(manifest.get("app_version", "")),
        municipality=str(manifest.get("municipality", "")),
        files=len(listed),
        size=path.stat().st_size,
    )


def check_backup_database(db: Path, backup: Path) -> None:
    """The database inside a backup must be this app's, readable by this version, and sound."""
    try:
        check_database(db, write_test=False, require_app=True)
    except DatabaseForeign as exc:
        raise BackupInvalid(
            "{name} does not hold an MSU Desktop database: the database in it belongs to "
            "another program. Nothing was changed.",
            name=backup.name,
        ) from exc
    except DatabaseTooNew as exc:
        raise BackupInvalid(
            "{name} was made by a newer version of MSU Desktop (schema {revision}). Install "
            "that version to restore it; nothing was changed.",
            name=backup.name,
            revision=str(exc.params.get("revision", "")),
        ) from exc
    except DatabaseDamaged as exc:
        raise BackupInvalid(
            "{name} is damaged: its database fails the integrity check. Nothing was changed.",
            name=backup.name,
        ) from exc


def _created_from_name(path: Path) -> dt.datetime | None:
    m = NAME_RE.match(path.name)
    return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S") if m else None


def list_backups(data_dir: Path, folder: Path | None = None) -> list[Path]:
    """Backup files in ``folder`` (default: the data folder's backups), newest first."""
    base = Path(folder) if folder else backups_dir(Path(data_dir))
    if not base.is_dir():
        return []
    found = [p for p in base.iterdir() if p.is_file() and _created_from_name(p)]
    return sorted(found, key=lambda p: (_created_from_name(p), p.name), reverse=True)


def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes :func:`verify_backup`, or None."""
    for path in list_backups(Path(data_dir)):
        try:
            verify_backup(path)
        except UserError:
            continue
        return path
    return None


def backup_label(path: Path) -> str:
    created = _created_from_name(Path(path))
    return created.strftime("%d.%m.%Y %H:%M") if created else Path(path).name


def prune(data_dir: Path, keep: int | None = None) -> list[Path]:
    """Keep the newest ``keep`` automatic backups in the data folder; returns the removed ones."""
    if keep is None:
        keep = _keep_setting(data_dir)
    automatic = [
        p for p in list_backups(data_dir) if any(f"-{r}" in p.name for r in AUTOMATIC_REASONS)
    ]
    removed = []
    for old in automatic[keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass
    return removed


def _keep_setting(data_dir: Path) -> int:
    return settings.BACKUP_KEEP.read_file(Path(data_dir) / DB_FILENAME)


def daily_backup(ws_or_dir: Any, today: dt.date | None = None) -> Path | None:
    """Make the day's automatic backup unless one exists already."""
    data_dir = _data_dir(ws_or_dir)
    today = today or clock.real_today()
    for path in list_backups(data_dir):
        created = _created_from_name(path)
        if created and created.date() == today and "-daily" in path.name:
            return None
    return create_backup(data_dir, "daily")


# -- restore -------------------------------------------------------------------------------


def _soate(municipality: str) -> str:
    return municipality.split(" ", 1)[0] if municipality else ""


def restore(data_dir: Path, backup: Path, *, other_municipality: bool = False) -> Path:
    """Replace the data folder's database, attachments and keys with the backup's.

    Everything is checked first (the backup's hashes; that its database is this app's, from a
    version this app opens, sound; that it is this municipality's unless
    ``other_municipality``). Only then is the current data moved to
    ``<data dir>/replaced-<time>/`` (never deleted) and the backup's put in place; the restored
    data is then opened (and migrated, for an older backup). If that fails, the previous data
    is put back as it was and the error raised. Returns the ``replaced-*`` folder. The app must
    not have the database open (the GUI restores before opening it).
    """
    data_dir = Path(data_dir)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    staging = data_dir / f".restore-{stamp}"
    aside = data_dir / f"replaced-{stamp}"
    n = 1
    while aside.exists() or staging.exists():
        n += 1
        staging = data_dir / f".restore-{stamp}-{n}"
        aside = data_dir / f"replaced-{stamp}-{n}"
    try:
        staging.mkdir(parents=True)
        verify_backup(backup, extract_to=staging)
        current = _municipality(data_dir / DB_FILENAME)
        # whose data it is: the database's word, not the manifest's
        restored_of = _municipality(staging / DB_FILENAME)
        for extra in ("-wal", "-shm"):  # made by reading it; the backup holds none
            (staging / (DB_FILENAME + extra)).unlink(missing_ok=True)
        if current and not other_municipality and _soate(current) != _soate(restored_of):
            raise BackupOtherMunicipality(
                "{name} holds the data of another municipality ({backup_of}); this data folder "
                "belongs to {current}. Nothing was changed.",
                name=Path(backup).name,
                backup_of=restored_of or "?",
                current=current,
            )
        for path in staging.rglob("*"):
            if path.is_file():
                with open(path, "rb") as fh:
                    os.fsync(fh.fileno())
        fsync_dir(staging)
        _crash_point("restore:staged")
        marker = {"staging": staging.name, "aside": aside.name, "backup": str(backup)}
        tmp_marker = data_dir / (MARKER + ".part")
        tmp_marker.write_text(json.dumps(marker), encoding="utf-8")
        os.replace(tmp_marker, data_dir / MARKER)
        fsync_dir(data_dir)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        (data_dir / (MARKER + ".part")).unlink(missing_ok=True)
        if isinstance(exc, StorageFull):
            raise os_error_to_user(OSError(errno.ENOSPC, "full"), staging) from exc
        if isinstance(exc, OSError):
            raise os_error_to_user(exc, staging) from exc
        raise
    restored = [item for item in ITEMS if (staging / item).exists()]
    _crash_point("restore:marked")
    try:
        finish_interrupted_restore(data_dir)
        _open_restored(data_dir)
    except Exception as exc:
        undo_restore(data_dir, aside, restored)
        if isinstance(exc, UserError):
            raise UserError(
                "The backup could not be restored: {reason} The previous data was put back as "
                "it was.",
                reason=str(exc),
            ) from exc
        if isinstance(exc, OSError):
            raise UserError(
                "The backup could not be restored: {reason} The previous data was put back as "
                "it was.",
                reason=str(os_error_to_user(exc, staging)),
            ) from exc
        raise
    return aside


def _open_restored(data_dir: Path) -> None:
    """Open the restored data once: an older backup is migrated, a failure shows here."""
    from msu_desktop.services.workspace import Workspace

    Workspace.open(data_dir).close()
