"""Where shipped files live: the repository checkout, or the PyInstaller bundle.

One helper so that no other module guesses paths (see Vorta's ``get_asset``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# the checkout's folder, resolved once (resolving it on every call was a quarter of a dashboard)
_CHECKOUT = Path(__file__).resolve().parent.parent


def root() -> Path:
    """The folder that holds ``data/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return _CHECKOUT


def data_path(*parts: str) -> Path:
    return root().joinpath("data", *parts)


def resource_path(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def shipped_plan_path() -> Path:
    return data_path("plan", "lsg-2018-2023.json")
