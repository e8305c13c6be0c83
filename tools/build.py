"""Build step: compile Qt Designer forms (ui/*.ui -> msu_desktop/gui/forms/ui_*.py) and
translations (resources/translations/*.ts -> .qm), the plan packages and the new database a
first start copies (resources/new-database). Run by ``dev.py``, the tests and packaging.

Only files older than their source are rebuilt, so it is cheap to call every time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "msu_desktop" / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    """pyside6-uic / pyside6-lrelease next to the running interpreter, else on PATH."""
    exe_dir = Path(sys.executable).parent
    for candidate in (exe_dir / name, exe_dir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def _stale(src: Path, dst: Path) -> bool:
    return not dst.exists() or dst.stat().st_mtime < src.stat().st_mtime


def build_forms(force: bool = False) -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by tools/build.py; do not edit."""\n')
    built = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        out = FORMS_DIR / f"ui_{ui.stem}.py"
        if force or _stale(ui, out):
            subprocess.run([_tool("pyside6-uic"), str(ui), "-o", str(out)], check=True)
            built.append(out)
    return built


def build_translations(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or _stale(ts, qm):
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
            built.append(qm)
    return built


def build_plan_packages(force: bool = False) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from tools.build_plan_package import build

    return build(force)


def build_new_database(force: bool = False) -> list[Path]:
    """The new database a first start copies (msu_desktop/services/new_database.py): rebuilt
    when its stamp is not this checkout's or a file it is made from is newer."""
    sys.path.insert(0, str(ROOT))
    from msu_desktop.services import new_database

    folder = new_database.template_dir()
    stamp = folder / new_database.STAMP
    sources = [
        *(ROOT / "msu_desktop" / "storage" / "models").glob("*.py"),
        *(ROOT / "msu_desktop" / "storage" / "migrations" / "versions").glob("*.py"),
        ROOT / "msu_desktop" / "storage" / "migrate.py",
        ROOT / "msu_desktop" / "services" / "plan_service.py",
        ROOT / "msu_desktop" / "services" / "new_database.py",
        *(ROOT / "data" / "plan").glob("*.json"),
    ]
    if not force and new_database.usable(folder) and not any(_stale(s, stamp) for s in sources):
        return []
    return [new_database.build(folder)]


def main() -> int:
    force = "--force" in sys.argv
    forms = build_forms(force)
    qms = build_translations(force)
    plans = build_plan_packages(force)
    dbs = build_new_database(force)
    print(
        f"built {len(forms)} form(s), {len(qms)} translation(s), {len(plans)} plan package(s), "
        f"{len(dbs)} new database(s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
