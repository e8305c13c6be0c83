"""The layers import in one direction: domain <- storage/services <- gui. Qt stays in gui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "msu_desktop"

# layer -> packages it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "msu_desktop.services",
        "msu_desktop.storage",
        "msu_desktop.gui",
        "msu_desktop.cli",
    ),
    "storage": ("PySide6", "msu_desktop.services", "msu_desktop.gui", "msu_desktop.cli"),
    "services": ("PySide6", "msu_desktop.gui", "msu_desktop.cli"),
}
NON_GUI_TOP = (
    "i18n.py",
    "errors.py",
    "clock.py",
    "assets.py",
    "logs.py",
    "__init__.py",
    "__main__.py",
)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_layers_import_in_one_direction() -> None:
    problems = []
    for layer, banned in FORBIDDEN.items():
        for path in (PKG / layer).rglob("*.py"):
            for name in _imports(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    problems.append(f"{path.relative_to(PKG.parent)} imports {name}")
    for name in NON_GUI_TOP:
        path = PKG / name
        if path.exists():
            for imp in _imports(path):
                if imp.startswith("PySide6"):
                    problems.append(f"{name} imports {imp}")
    assert problems == []


def test_qt_is_not_loaded_by_the_lower_layers() -> None:
    """Import every non-GUI module in a fresh interpreter; PySide6 must not be loaded."""
    modules = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        parts = rel.parts
        if "gui" in parts or parts[-1] == "__main__" or "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 10
