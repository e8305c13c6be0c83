"""Where packages go: the removable drives (USB sticks) offered first."""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path

from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_exchange.files import copy_file_atomic, sha256_file
from msu_exchange.progress import Cancel, Progress, share


def removable_drives() -> list[Path]:
    """Mounted removable drives: drive letters of type DRIVE_REMOVABLE on Windows; the usual
    automount folders (/media/$USER, /run/media/$USER) on Linux."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        found = []
        for letter in string.ascii_uppercase:
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                found.append(Path(root))
        return found
    user = os.environ.get("USER", "")
    out: list[Path] = []
    for base in (Path("/media") / user, Path("/run/media") / user, Path("/media")):
        if base.is_dir():
            out.extend(p for p in sorted(base.iterdir()) if p.is_dir() and os.path.ismount(p))
    return out


def save_to_folder(
    package: Path,
    folder: Path,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> Path:
    """Copy a package into ``folder`` (a USB stick) and verify the copy: what is on the stick
    verifies, or the user hears it now. A folder that is not there (a pulled stick) is an
    error in words, never made again on the local disk. Returns the copy's path."""
    from msu_exchange.report_package import verify_package

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(
            "The folder {folder} is not there (was the USB stick removed?). Insert the stick "
            "and save the package again; nothing was saved.",
            folder=str(folder),
        )
    dst = folder / package.name
    copy_file_atomic(
        package, dst, share(progress, 0, 80) if progress else None, cancelled, make_parents=False
    )
    if progress:
        progress(85, tr("Delivery", "Checking the copy…"))
    verify_package(dst)
    return dst


def record_saved(outbox: Path, package: Path, folder: Path) -> None:
    """The package left the office on a stick: replies carrying its receipt are accepted."""
    from msu_desktop.services import delivery

    d = delivery.load(outbox).get(package.name)
    if d is not None and d.state not in ("created", "saved", "failed"):
        return  # sent, received or decided already: a copy on a stick changes nothing
    delivery.record(
        outbox, package, state="saved", saved_to=str(folder), sha256=sha256_file(package)
    )
