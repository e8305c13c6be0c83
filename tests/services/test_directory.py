"""The municipality directory: the messy СОАТЕ CSV loaded, the set-up dialog fills itself from
it, and a plan package's directory tells a merged municipality what happened to it."""

from __future__ import annotations

import json

from msu_desktop.domain.municipality import Municipality
from msu_desktop.services import directory
from tests.conftest import run_cli


def test_shared_soate_directory_loads_and_cleans_names(soate_dir, data_dir) -> None:
    r = run_cli(
        "--data-dir",
        str(data_dir),
        "directory",
        "import",
        str(soate_dir / "aiyl_aimaks_453_soate.csv"),
        str(soate_dir / "cities_31_soate.csv"),
    )
    assert r.returncode == 0, r.stderr
    assert "484" in r.stdout
    found = run_cli("--data-dir", str(data_dir), "directory", "find", "Дары")
    assert "41705214812000" in found.stdout
    entries = directory.parse("a.csv", (soate_dir / "aiyl_aimaks_453_soate.csv").read_bytes())
    assert all("районрайон" not in e.rayon and "  " not in e.name_ru for e in entries)


def test_setup_dialog_fills_from_the_directory(qtbot, ws) -> None:
    from msu_desktop.gui.municipality_dialog import MunicipalityDialog

    csv = "soate_code,aiyl_aimak_ru,rayon_ru,oblast_ru\n41705214812000,Дарыинский айылный аймак,Баткенский районрайон,Баткенская область\n"
    with ws.transaction() as s:
        directory.store(s, directory.parse("d.csv", csv.encode()))
    dlg = MunicipalityDialog(ws)
    qtbot.addWidget(dlg)
    dlg.fill_from_directory("Дарыинский айылный аймак")
    assert dlg.ui.soateEdit.text() == "41705214812000"
    assert dlg.ui.rayonEdit.text() == "Баткенский район"


def test_merge_is_shown_in_the_plan_import(ws) -> None:
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дары"))
    doc = {
        "schema_version": 1,
        "entries": [
            {
                "soate": "41705214812000",
                "name": {"ru": "Дарыинский"},
                "status": "merged",
                "merged_into": "41705214814000",
            },
            {"soate": "41705214814000", "name": {"ru": "Терт-Гюльский"}, "status": "active"},
        ],
    }
    lines = directory.describe_package_directory(ws, "directory.json", json.dumps(doc).encode())
    assert any("merged into Терт-Гюльский" in line for line in lines)
