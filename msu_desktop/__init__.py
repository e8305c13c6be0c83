"""MSU Desktop: the offline reporting and property-register app for Kyrgyzstan's municipalities.

Layers (imports go one way only):
    domain   -- plain dataclasses and rules, no Qt, no database
    storage, services -- SQLAlchemy models, migrations, exports, packages, crypto; no Qt
    gui      -- PySide6 widgets, Qt models, dialogs
The CLI (``msu_desktop.cli``) and the GUI are two faces on the same services.
"""

import sys as _sys
from pathlib import Path as _Path


def _frozen_version() -> str | None:
    """The frozen build has no package metadata: packaging/build.py ships pyproject.toml's
    version as the data file VERSION."""
    base = getattr(_sys, "_MEIPASS", None)
    if base is None:
        return None
    path = _Path(base) / "VERSION"
    return path.read_text("utf-8").strip() if path.is_file() else None


def _source_version() -> str | None:
    """A source tree (``python -m msu_desktop``, the tests, the bench) reads pyproject.toml:
    importlib.metadata and the email and zipfile modules it loads cost a tenth of a second
    of every start."""
    path = _Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    head = ("\n" + text).split("\n[project]\n", 1)
    if len(head) != 2 or '\nname = "msu-desktop"\n' not in "\n" + head[1].split("\n[", 1)[0]:
        return None
    for line in head[1].split("\n[", 1)[0].splitlines():
        if line.startswith("version = "):
            return line.split("=", 1)[1].strip().strip('"')
    return None


def _installed_version() -> str:
    # importlib.metadata (and the email and zipfile modules it loads) only where it is needed:
    # the frozen build, on the users' PCs, reads VERSION
    from importlib import metadata

    try:
        return metadata.version("msu-desktop")
    except metadata.PackageNotFoundError:  # source tree without install
        return "0.1.0"


__version__ = _frozen_version() or _source_version() or _installed_version()

APP_NAME = "MSU Desktop"
APP_ID = "msu-desktop"
ORG_NAME = "MSU"
