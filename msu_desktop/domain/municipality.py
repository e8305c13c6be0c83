"""The municipality using this copy of the app, and the СОАТЕ code rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from msu_desktop.i18n import tr

SOATE_RE = re.compile(r"^417\d{11}$")


def soate_problem(code: str) -> str | None:
    """None when ``code`` is a valid 14-digit СОАТЕ code, else the reason in the user's language."""
    code = code.strip()
    if not code:
        return tr("Municipality", "The СОАТЕ code is required: 14 digits, starting with 417.")
    if not code.isdigit():
        return tr("Municipality", "The СОАТЕ code must contain digits only.")
    if len(code) != 14:
        return tr("Municipality", "The СОАТЕ code must have exactly 14 digits.")
    if not code.startswith("417"):
        return tr("Municipality", "A Kyrgyz СОАТЕ code starts with 417.")
    return None


@dataclass
class Municipality:
    soate: str
    name_ky: str
    name_ru: str
    rayon: str = ""
    oblast: str = ""
    kind: str = "aiyl_okmotu"  # aiyl_okmotu | city
    head_name: str = ""
    secretary_name: str = ""

    def name(self, lang: str) -> str:
        return (self.name_ky if lang == "ky" else self.name_ru) or self.name_ru or self.name_ky
