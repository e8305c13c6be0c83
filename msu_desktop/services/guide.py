"""The user guide: short Markdown texts in Kyrgyz and Russian, kept as data (data/guide/).

The GUI shows it under Help → User guide; tests/gui/test_user_path_details.py checks that every
menu and button it names exists with that label in that language.
"""

from __future__ import annotations

from pathlib import Path

from msu_desktop import assets
from msu_desktop.errors import UserError
from msu_desktop.i18n import LANGUAGES

GUIDE_DIR = ("guide",)


def guide_path(lang: str) -> Path:
    return assets.data_path(*GUIDE_DIR, f"user_guide.{lang if lang in LANGUAGES else 'ru'}.md")


def guide_text(lang: str) -> str:
    """The guide in ``lang`` as Markdown."""
    path = guide_path(lang)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(
            "The user guide cannot be read: {path}", path=str(path), context="Guide"
        ) from exc
