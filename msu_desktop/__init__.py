"""MSU Desktop: the offline reporting and property-register app for Kyrgyzstan's municipalities.

Layers (imports go one way only):
    domain   -- plain dataclasses and rules, no Qt, no database
    storage, services -- SQLAlchemy models, migrations, exports, packages, crypto; no Qt
    gui      -- PySide6 widgets, Qt models, dialogs
The CLI (``msu_desktop.cli``) and the GUI are two faces on the same services.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("msu-desktop")
except _metadata.PackageNotFoundError:  # frozen build or source tree without install
    __version__ = "0.1.0"

APP_NAME = "MSU Desktop"
APP_ID = "msu-desktop"
ORG_NAME = "MSU"
