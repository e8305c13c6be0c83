"""Every setting key the code reads or writes by name is declared in the registry: an
undeclared key raises at run time (a crash at start, as a merge once showed)."""

from __future__ import annotations

import re
from pathlib import Path

from msu_desktop.services import settings

PKG = Path(__file__).resolve().parents[2] / "msu_desktop"
CALL = re.compile(r"""(?:\.setting|\.set_setting)\(\s*["']([^"']+)["']""")


def test_every_setting_named_in_the_code_is_declared() -> None:
    used: dict[str, str] = {}
    for path in PKG.rglob("*.py"):
        for key in CALL.findall(path.read_text(encoding="utf-8")):
            used.setdefault(key, str(path.relative_to(PKG.parent)))
    assert used, "the pattern finds the calls"
    undeclared = {}
    for key, where in used.items():
        try:
            settings.lookup(key)
        except KeyError:
            undeclared[key] = where
    assert undeclared == {}
