"""Where packages go: the removable drives (USB sticks) offered first."""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path


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
