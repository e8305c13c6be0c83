"""An everyday start paints its first page before SQLAlchemy (even its exceptions: a third of
the first page's memory), reportlab, openpyxl or jsonschema are imported (issue 26: the start of
an old office PC is mostly imports), and the sqlite3 reads that make this possible say what the ORM says."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from msu_desktop.domain.municipality import Municipality
from msu_desktop.services import plan_service, settings
from msu_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "jsonschema", "alembic", "msu_agency")

FIRST_PAGE = """
import json, sys
from pathlib import Path
from msu_desktop.gui.app import Controller, make_application
from msu_desktop.services.workspace import Workspace
app = make_application()
ws = Workspace.open(Path(sys.argv[1]))
c = Controller(app, ws, "ru")
c.show()
app.processEvents()
page = c.window.stack.currentWidget()
image = c.window.grab()  # the window, first page and all, painted
print(json.dumps({
    "painted": not image.isNull(),
    "page": type(page).__name__,
    "title": c.window.windowTitle(),
    "loaded": [m for m in sys.argv[2:] if m in sys.modules],
}))
"""


def _fresh_process(script: str, data: Path, *modules: str) -> tuple[dict, str]:
    """Run ``script`` in a fresh Python (offscreen) on the data folder ``data``, asked about
    ``modules``: its last line read as JSON, and all it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", script, str(data), *modules],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1]), out.stdout


def _office(data: Path) -> Workspace:
    """An existing database, as on every day but the first (the caller closes it)."""
    ws = Workspace.open(data)
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дары"))
    return ws


def test_the_first_page_is_painted_before_the_orm_and_the_writers_are_imported(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    _office(data).close()
    seen, _ = _fresh_process(FIRST_PAGE, data, *HEAVY)
    assert seen["painted"]
    assert seen["page"] == "PlanBrowser"
    assert "Дары" in seen["title"]  # the municipality, read with sqlite3
    assert seen["loaded"] == []


def test_the_sqlite3_reads_say_what_the_orm_says(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    try:
        ws.save_municipality(
            Municipality(
                soate="41705214812000",
                name_ky="Дары айыл аймагы",
                name_ru="Дары",
                rayon="Ат-Башы",
                secretary_name="Асанова А.",
            )
        )
        ws.set_setting("report.today", "2025-03-01")
        with ws.transaction() as s:
            settings.PLAN_DOCUMENTS.write(s, ws.plan().plan_id, "note", "текст")
        ws.forget_plan()
        with ws.session() as s:
            orm_plan = plan_service.active_plan(s, plan_service.current_plan_id(s))
            orm_language = settings.read_text(s, "language", "ky")
            orm_as_of = settings.AS_OF.read(s)
            orm_programmes = len(plan_service.programmes(s))
        assert orm_plan is not None
        plan = ws.plan()
        assert (plan.plan_id, plan.version) == (orm_plan.plan_id, orm_plan.version)
        assert plan.documents == orm_plan.documents and plan.documents["note"] == "текст"
        assert [m.code for m in plan.measures] == [m.code for m in orm_plan.measures]
        assert ws.setting("language", "ky") == orm_language == "ky"
        assert ws.today() == orm_as_of
        assert ws.programme_count() == orm_programmes == 1
        m = ws.municipality()
        assert m is not None and (m.name_ky, m.rayon, m.secretary_name) == (
            "Дары айыл аймагы",
            "Ат-Башы",
            "Асанова А.",
        )
    finally:
        ws.close()


def test_the_reader_lets_the_file_go_when_the_workspace_closes(tmp_path: Path) -> None:
    """A restore replaces the database file (Windows refuses while a connection holds it):
    closing the workspace closes the sqlite3 reader too, and the next read connects again."""
    ws = Workspace.open(tmp_path / "data")
    try:
        ws.set_setting("language", "ky")
        assert ws.setting("language") == "ky"
        ws.close()
        assert ws.read._con is None
        ws.set_setting("language", "ru")  # written through the ORM after the close
        assert ws.setting("language") == "ru"  # and read again through a new connection
    finally:
        ws.close()


def test_a_first_start_paints_the_first_page_before_the_orm_is_imported(tmp_path: Path) -> None:
    """A new database is the copy made at build time (services/new_database.py): a first
    start, too, shows the window before SQLAlchemy, Alembic and the writers are imported."""
    seen, _ = _fresh_process(FIRST_PAGE, tmp_path / "data", *HEAVY)
    assert seen["painted"]
    assert seen["page"] == "PlanBrowser"  # the shipped plan, installed
    assert seen["loaded"] == []
    con = sqlite3.connect(tmp_path / "data" / "msu.sqlite")
    assert con.execute("SELECT count(*) FROM measure").fetchone()[0] == 23
    con.close()


REGISTER_PAGE = """
import json, sys
from pathlib import Path
from msu_desktop.gui.app import Controller, make_application
from msu_desktop.services.workspace import Workspace
app = make_application()
ws = Workspace.open(Path(sys.argv[1]))
c = Controller(app, ws, "ru")
c.show()
c.window.show_page("property")
app.processEvents()
page = c.window.stack.currentWidget()
print(json.dumps({
    "page": type(page).__name__,
    "rows": page.proxy.rowCount(),
    "loaded": [m for m in sys.argv[2:] if m in sys.modules],
}))
"""


def test_the_register_page_opens_without_the_excel_and_pdf_writers(tmp_path: Path) -> None:
    """openpyxl, reportlab and Pillow (a third of the page's memory, half a second on the first
    opening) are loaded when the secretary imports or exports, not when she opens the page."""
    from msu_desktop.services import property_service as ps

    data = tmp_path / "data"
    ws = _office(data)
    ps.add_object(ws, {"category": "land", "name_ru": "Участок", "inventory_number": "1"})
    ws.close()
    seen, _ = _fresh_process(REGISTER_PAGE, data, "openpyxl", "reportlab", "PIL", "lxml")
    assert seen["page"] == "PropertyPage"
    assert seen["rows"] == 1
    assert seen["loaded"] == []


def test_the_reports_page_opens_without_the_signature_library(tmp_path: Path) -> None:
    """cryptography (7.5 MiB resident) is imported by the first key used -- a receipt checked,
    a package signed -- not by opening the reports page of an office that has sent nothing."""
    data = tmp_path / "data"
    _office(data).close()
    script = REGISTER_PAGE.replace('"property"', '"reports"').replace(
        '"rows": page.proxy.rowCount(),', ""
    )
    seen, _ = _fresh_process(script, data, "cryptography")
    assert seen["page"] == "ReportPage"
    assert seen["loaded"] == []


COMMAND = """
import json, sys
from msu_desktop.cli.main import main
rc = main(["--data-dir", sys.argv[1], "--smoke-test", "first-page"])
print(json.dumps({"rc": rc, "loaded": [m for m in sys.argv[2:] if m in sys.modules]}))
"""


def test_the_msu_desktop_command_paints_its_first_page_before_any_command_module(
    tmp_path: Path,
) -> None:
    """What the office starts (the command's entry point, as the installed program runs it)
    paints the first page without the CLI's commands, which load the ORM, the report
    services and the writers (they did, before the window, until 2026-12-06)."""
    data = tmp_path / "data"
    _office(data).close()
    commands = ("msu_desktop.cli.report", "msu_desktop.cli.export", "msu_desktop.cli.plan")
    seen, printed = _fresh_process(COMMAND, data, *HEAVY, *commands)
    assert "smoke test: first page PlanBrowser painted" in printed
    assert seen == {"rc": 0, "loaded": []}


def test_the_window_path_answers_help_version_and_bad_options_once(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.count("msu-desktop") == 1
    bad = run_cli("--data-dir", str(tmp_path / "d"), "--lang", "xx")
    assert bad.returncode == 2 and bad.stderr.count("invalid choice") == 1
    helped = run_cli("--help")
    assert helped.returncode == 0 and "import-plan" in helped.stdout  # every command listed
    # a folder named like a command is still a folder: the window's options alone
    from msu_desktop.cli.main import _opens_the_window

    assert _opens_the_window(["--data-dir", "plan", "--smoke-test"])
    assert not _opens_the_window(["plan", "show"])
