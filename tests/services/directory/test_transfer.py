"""Bringing in three predecessors' registers (two data folders, one backup), each twice: nothing
lost, provenance kept, every collision renumbered by the rule, the second run changes nothing;
exported and imported into a fresh folder the provenance survives. Bad input refused in words
with nothing changed."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from msu_desktop.errors import UserError
from msu_desktop.services import backup, change_log
from msu_desktop.services import property_service as ps
from msu_desktop.services.property import transfer
from msu_desktop.services.workspace import Workspace
from tests.conftest import run_cli
from tests.services.directory.helpers import A, B, C
from tests.services.directory.predecessors import make_predecessor, make_successor


def _fingerprint(ws: Workspace) -> str:
    rows = ps.list_rows(ws)
    return hashlib.sha256(
        repr([(r.inventory_number, r.name_ru, r.status, r.notes) for r in rows]).encode()
    ).hexdigest()


@pytest.fixture
def three(tmp_path):
    a = make_predecessor(tmp_path / "alpha", A)
    b_folder = make_predecessor(tmp_path / "beta", B)
    b_backup = backup.create_backup(b_folder, "manual", tmp_path / "stick")
    c = make_predecessor(tmp_path / "gamma", C)
    return a, b_backup, c


def test_three_predecessors_transferred_twice_keep_everything(tmp_path, three) -> None:
    a, b_backup, c = three
    ws = make_successor(tmp_path / "merged")
    try:
        dry = transfer.transfer(ws, a, dry_run=True)
        assert len(dry.new_objects) == 3 and ("0001", "101-0001") in dry.renumbered
        assert len(ps.list_rows(ws)) == 1  # the dry run wrote nothing
        assert dry.reports == ["2021-H1"] and not transfer.archive_dir(ws, A).exists()
        before_a = (a / "msu.sqlite").read_bytes()
        for source in (a, b_backup, c):
            plan = transfer.transfer(ws, source)
            assert len(plan.new_objects) == 3 and plan.leases == 1 and plan.decisions == 1
        assert (a / "msu.sqlite").read_bytes() == before_a  # the predecessor's data untouched
        # each predecessor's reports: a read-only archive under its own name
        pdf = transfer.archive_dir(ws, B) / "2021-H1.pdf"
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Секретарь Тест-Бета" in text and "Тестовый" in text
        rows = {r.inventory_number: r for r in ps.list_rows(ws)}
        # 1 own + 3 × 3; "0001" collided for all three, "0002" for the second and third
        assert len(rows) == 10
        assert {"0001", "101-0001", "102-0001", "103-0001", "0002", "102-0002", "103-0002"} <= set(
            rows
        )
        assert rows["0001"].name_ru == "Своя земля (успешник)"  # nothing silently overwritten
        school_b = rows["102-0001"]
        assert school_b.name_ru == "Школа (Тест-Бета)"
        assert "Тест-Бета (41799123102000)" in school_b.notes and "No. 0001" in school_b.notes
        assert rows["0002"].status == "written_off" and rows["103-0002"].status == "written_off"
        details = ps.object_details(ws, school_b.id)
        assert details["book_value"] == 1200.0  # as revalued there
        leases = [lease for lease in ps.leases(ws) if lease.object_id == school_b.id]
        assert len(leases) == 1 and "Тест-Бета" in leases[0].lessee
        with ws.session() as s:
            lines = change_log.read(s, "property_object", str(school_b.id))
        fields = [line.field for line in lines]
        assert "transfer" in fields and "*" in fields  # its own history came too
        decided = [d for d in ps.decisions(ws) if d.number == "W-102"]
        assert len(decided) == 1
        by_pred = transfer.transferred_from(ws)
        assert {k: len(v) for k, v in by_pred.items()} == {A: 3, B: 3, C: 3}
        fingerprint = _fingerprint(ws)
        for source in (a, b_backup, c):  # the second run
            again = transfer.transfer(ws, source)
            assert again.new_objects == [] and again.already == 3 and again.decisions == 0
            assert again.reports == []
        assert _fingerprint(ws) == fingerprint
        # the old number is searchable: it is in the notes the register's search reads
        assert [
            r.inventory_number
            for r in ps.list_rows(ws)
            if "No. 0001" in r.notes and "Тест-Гамма" in r.notes
        ] == ["103-0001"]
    finally:
        ws.close()
    # export the merged register and import it into a fresh folder: nothing lost
    out = tmp_path / "register.xlsx"
    r = run_cli("--data-dir", str(tmp_path / "merged"), "inventory", "export", "--out", str(out))
    assert r.returncode == 0, r.stderr
    fresh = tmp_path / "fresh"
    r = run_cli("--data-dir", str(fresh), "inventory", "import", str(out))
    assert r.returncode == 0, r.stderr
    again = Workspace.open(fresh)
    try:
        rows2 = {r.inventory_number: r for r in ps.list_rows(again)}
        assert set(rows2) == set(rows)
        assert "No. 0001" in rows2["102-0001"].notes and rows2["0002"].status == "written_off"
    finally:
        again.close()


def test_bad_predecessor_input_is_refused_and_nothing_changes(tmp_path) -> None:
    ws = make_successor(tmp_path / "merged")
    try:
        fingerprint = _fingerprint(ws)
        stranger = make_predecessor(tmp_path / "stranger", A)
        # the stranger says it is a municipality the directory does not name
        s_ws = Workspace.open(stranger)
        from msu_desktop.domain.municipality import Municipality

        s_ws.save_municipality(Municipality(soate="41799123999000", name_ky="X", name_ru="Чужой"))
        s_ws.close()
        with pytest.raises(UserError, match="does not name as a predecessor"):
            transfer.transfer(ws, stranger)
        damaged = tmp_path / "damaged"
        shutil.copytree(make_predecessor(tmp_path / "to-damage", B), damaged)
        db = damaged / "msu.sqlite"
        data = bytearray(db.read_bytes())
        data[100:4096] = b"\x00" * (4096 - 100)
        data[5000:9000] = b"\xff" * 4000
        db.write_bytes(bytes(data))
        with pytest.raises(UserError, match="cannot be read"):
            transfer.transfer(ws, damaged)
        with pytest.raises(UserError, match="not a data folder"):
            transfer.transfer(ws, tmp_path)
        r = run_cli(
            "--data-dir", str(tmp_path / "merged"), "--lang", "ru", "transfer", str(stranger)
        )
        assert r.returncode != 0 and "41799123999000" in r.stderr
        assert _fingerprint(ws) == fingerprint and transfer.transferred_from(ws) == {}
    finally:
        ws.close()


def test_a_predecessors_excel_register_through_the_ordinary_import(tmp_path) -> None:
    from tests.services.directory.helpers import C

    folder = make_predecessor(tmp_path / "gamma", C)
    xlsx = tmp_path / "gamma-register.xlsx"
    r = run_cli("--data-dir", str(folder), "inventory", "export", "--out", str(xlsx))
    assert r.returncode == 0, r.stderr
    ws = make_successor(tmp_path / "merged")
    try:
        with pytest.raises(UserError, match="does not name as a predecessor"):
            transfer.transfer_excel(ws, xlsx, "41799123999000")
        dry, _lines = transfer.transfer_excel(ws, xlsx, C, dry_run=True)
        assert ("0001", "103-0001") in dry.renumbered and len(ps.list_rows(ws)) == 1
        plan, _lines = transfer.transfer_excel(ws, xlsx, C)
        assert len(plan.new_objects) == 3
        rows = {r.inventory_number: r for r in ps.list_rows(ws)}
        assert rows["103-0001"].name_ru == "Школа (Тест-Гамма)"
        assert "Тест-Гамма (41799123103000)" in rows["103-0001"].notes
        assert rows["0002"].status == "written_off"
        fingerprint = _fingerprint(ws)
        again, _lines = transfer.transfer_excel(ws, xlsx, C)
        assert again.new_objects == [] and again.already == 3
        assert _fingerprint(ws) == fingerprint
    finally:
        ws.close()
    r = run_cli("--data-dir", str(tmp_path / "merged"), "transfer", str(xlsx))
    assert r.returncode != 0 and "--from" in r.stderr
