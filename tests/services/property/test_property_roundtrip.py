"""The register's round trip: what ``inventory export`` writes, ``inventory import`` brings back
unchanged into a fresh municipality, and exporting again gives the same file, cell for cell —
categories, use and disposal with its decision, values, leases with their lessees, decisions,
coordinates, dates, category fields, notes. The demo register is one example; hypothesis
generates the others."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from msu_desktop.domain.municipality import Municipality
from msu_desktop.domain.property import DecisionDraft, LeaseDraft
from msu_desktop.i18n import tr
from msu_desktop.services import property_import
from msu_desktop.services import property_service as ps
from msu_desktop.services import settings as app_settings
from msu_desktop.services.export import register_xlsx
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli

MUNI = Municipality(
    soate="41705214812000",
    name_ky="Дары айыл аймагы",
    name_ru="Дарыинский айылный аймак",
    rayon="Баткенский район",
    oblast="Баткенская область",
    head_name="Асанов Бакыт",
    secretary_name="Токтогулова Айгүл",
)


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = load_workbook(path)
    return {s.title: [tuple(r) for r in s.iter_rows(values_only=True)] for s in wb.worksheets}


def round_trip(ws: Workspace, work: Path, lang: str = "ru") -> tuple[Path, Path, Any]:
    first = register_xlsx.write_register(ws, work / "first.xlsx", lang)
    fresh = Workspace.open(work / "fresh")
    try:
        # the register names the lessee of a lease running on the workspace's day: both sides
        # are read as of the same day (a demo folder is "as of" its own date)
        app_settings.AS_OF.set(fresh, app_settings.AS_OF.get(ws))
        muni = ws.municipality()
        if muni is not None:
            fresh.save_municipality(muni)
        sheet = property_import.read_workbook(first)
        mapping = property_import.guess_mapping(sheet)
        check = property_import.dry_run(fresh, sheet, mapping)
        property_import.apply(fresh, check)
        second = register_xlsx.write_register(fresh, work / "second.xlsx", lang)
    finally:
        fresh.close()
    return first, second, check


def test_demo_register_comes_back_unchanged(demo_dir: Path, tmp_path: Path) -> None:
    ws = Workspace.open(demo_dir)
    try:
        rows = ps.list_rows(ws)
        first, second, check = round_trip(ws, tmp_path)
    finally:
        ws.close()
    assert check.rejected == [] and check.not_imported == []
    assert len(check.new) == len(rows) == 60
    assert len(check.leases) == 3 and len(check.decisions) >= 1
    # the dry run says what a register file cannot carry
    assert any("history" in x for x in check.not_carried)
    a, b = cells(first), cells(second)
    assert a == b
    register = a[register_xlsx.sheet_titles("ru")["register"]]
    text = " ".join(str(v) for row in register for v in row if v)
    # the faults found in the issue: categories, the written-off bath house, the lessees
    assert "Земельные участки" in text and "Здания и помещения" in text
    assert "Списано" in text and "№ 45 от" in text
    assert "КФХ «Береке»" in " ".join(
        str(v) for row in a[register_xlsx.sheet_titles("ru")["leases"]] for v in row if v
    )


def test_cli_export_import_export_in_kyrgyz(demo_dir: Path, tmp_path: Path) -> None:
    out1, out2 = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    fresh = tmp_path / "fresh"
    # as of the demo's day, as above (the lessee column names the lease running on that day)
    source, target = Workspace.open(demo_dir), Workspace.open(fresh)
    try:
        app_settings.AS_OF.set(target, app_settings.AS_OF.get(source))
    finally:
        source.close()
        target.close()
    r = run_cli(
        "--data-dir", str(demo_dir), "--lang", "ky", "inventory", "export", "--out", str(out1)
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "--data-dir", str(fresh), "--lang", "ky", "inventory", "import", str(out1), "--dry-run"
    )
    assert r.returncode == 0, r.stdout + r.stderr
    # nothing rejected, no column left behind, and it says what the file cannot carry
    assert "— 0." in r.stdout
    assert tr("PropertyExport", "the history of changes", "ky") in r.stdout
    r = run_cli("--data-dir", str(fresh), "--lang", "ky", "inventory", "import", str(out1))
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_cli("--data-dir", str(fresh), "--lang", "ky", "inventory", "export", "--out", str(out2))
    assert r.returncode == 0, r.stderr
    a, b = cells(out1), cells(out2)
    # the title row and the signature lines under the table name the municipality and its
    # head, which the fresh folder does not have
    names = (
        tr("Export", "Head of the aiyl okmotu", "ky"),
        tr("Export", "Responsible secretary", "ky"),
        tr("Export", "Date", "ky"),
    )
    for sheets in (a, b):
        first = next(iter(sheets))
        sheets[first] = [
            row
            for row in sheets[first][1:]
            if not any(isinstance(v, str) and v.startswith(names) for v in row)
        ]
    assert a == b


TEXT = st.text(
    alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщыэюяөүңАБВ Ö0123456789-.,«»№=")),
    min_size=1,
    max_size=30,
).map(lambda s: s.strip() or "x")  # as a form gives it: inner spaces kept, a leading "=" too
NOTES = st.text(alphabet=st.sampled_from(list("абвөү 12\n:;")), max_size=60).map(str.strip)
MONEY = st.one_of(st.none(), st.decimals(min_value=0, max_value=10**9, places=2).map(float))
DAY = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))

OBJECT = st.fixed_dictionaries(
    {
        "category": st.sampled_from(ps.category_ids()),
        "name_ru": TEXT,
        "name_ky": st.one_of(st.just(""), TEXT),
        "village": st.one_of(st.just(""), TEXT),
        "address": st.one_of(st.just(""), TEXT),
        "area": MONEY,
        "unit": st.sampled_from(["", "m2", "ha", "m", "pcs"]),
        "year": st.one_of(st.none(), st.integers(1900, 2026)),
        "basis_document": st.one_of(st.just(""), TEXT),
        "basis_number": st.one_of(st.just(""), st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
        "basis_date": st.one_of(st.none(), DAY),
        "initial_value": MONEY,
        "book_value": MONEY,
        "residual_value": MONEY,
        "condition": st.sampled_from(["", "good", "satisfactory", "poor", "emergency"]),
        "use": st.sampled_from(["own_use", "leased", "free_use", "vacant", "for_privatisation"]),
        "registration_number": st.one_of(st.just(""), TEXT),
        "registration_date": st.one_of(st.none(), DAY),
        "latitude": st.one_of(st.none(), st.floats(39.0, 43.5).map(lambda x: round(x, 6))),
        "longitude": st.one_of(st.none(), st.floats(69.0, 80.5).map(lambda x: round(x, 6))),
        "notes": NOTES,
        "extra": st.one_of(st.just({}), st.fixed_dictionaries({"floors": st.integers(1, 9)})),
    }
)
LEASE = st.fixed_dictionaries(
    {
        "lessee": TEXT,
        "is_person": st.booleans(),
        "start": DAY,
        "days": st.integers(0, 2000),
        "rent": st.decimals(min_value=0, max_value=10**6, places=2).map(float),
        "rent_period": st.sampled_from(["month", "quarter", "year"]),
        "awarded_by": st.sampled_from(["auction", "direct"]),
        "contract_number": st.from_regex(r"[0-9]{0,3}", fullmatch=True),
    }
)
REGISTER = st.lists(
    st.tuples(
        OBJECT,
        st.lists(LEASE, max_size=2),
        st.sampled_from([None, None, "write_off", "sell"]),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(register=REGISTER, lang=st.sampled_from(["ru", "ky"]))
def test_generated_registers_come_back_unchanged(register: list[Any], lang: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ws = Workspace.open(work / "office")
        try:
            ws.save_municipality(MUNI)
            for i, (obj, leases, disposal) in enumerate(register):
                oid = ps.add_object(ws, {**obj, "inventory_number": f"{i + 1:05d}"})
                for le in leases:
                    ps.add_lease(
                        ws,
                        oid,
                        LeaseDraft(
                            lessee=le["lessee"],
                            is_person=le["is_person"],
                            start=le["start"],
                            end=le["start"] + dt.timedelta(days=le["days"]),
                            rent=le["rent"],
                            rent_period=le["rent_period"],
                            awarded_by=le["awarded_by"],
                            protocol_number="1" if le["awarded_by"] == "auction" else "",
                            direct_reason="соглашение" if le["awarded_by"] == "direct" else "",
                            contract_number=le["contract_number"],
                        ),
                    )
                if disposal:
                    ps.dispose(
                        ws, oid, DecisionDraft(str(i + 10), dt.date(2024, 3, 1), disposal, "акт")
                    )
            first, second, check = round_trip(ws, work, lang)
        finally:
            ws.close()
        assert check.rejected == []
        assert cells(first) == cells(second)


def test_a_disposal_without_its_decision_is_rejected_not_silently_undone(ws, tmp_path) -> None:
    """Were the decision's kind edited in the file (a sale shown as a write-off), the object
    would come back active: the dry run rejects the row instead of saying "0 rejected"."""
    ws.save_municipality(MUNI)
    oid = ps.add_object(ws, {"category": "vehicle", "name_ru": "Трактор МТЗ-80"})
    ps.dispose(ws, oid, DecisionDraft("12", dt.date(2024, 5, 2), "sell", "продать на аукционе"))
    path = register_xlsx.write_register(ws, tmp_path / "r.xlsx", "ru")
    wb = load_workbook(path)
    sheet = wb[register_xlsx.sheet_titles("ru")["decisions"]]
    sheet.cell(2, 3).value = register_xlsx.choice_labels("ru")["kind"]["write_off"]
    wb.save(path)
    fresh = Workspace.open(tmp_path / "fresh")
    try:
        sheet_ = property_import.read_workbook(path)
        check = property_import.dry_run(fresh, sheet_, property_import.guess_mapping(sheet_))
    finally:
        fresh.close()
    assert check.new == [] and len(check.rejected) == 1
    assert "decision" in check.rejected[0].reason
