"""The office becomes its successor: the directory says its municipality was merged (or
renamed with a new code); accepting moves the identity with its history kept, the key stays,
a package built before stays under the old code and the next one carries the new code."""

from __future__ import annotations

import dataclasses
import zipfile

from msu_desktop.domain.municipality import Municipality
from msu_desktop.services import change_log, directory, succession
from msu_desktop.services.package.build import build_package
from tests.conftest import run_cli
from tests.services.directory.helpers import R_NEW, R_OLD, A, N, after, before


def _set_up(ws, code: str, name: str) -> None:
    ws.save_municipality(
        Municipality(soate=code, name_ky=name, name_ru=name, secretary_name="Тестова Т.")
    )


def _soate_in(package) -> str:
    import json

    with zipfile.ZipFile(package) as z:
        return json.loads(z.read("data.json"))["municipality"]["soate"]


def test_merged_office_accepts_and_keeps_its_history_and_key(ws, tmp_path) -> None:
    _set_up(ws, A, "Тест-Альфа")
    with ws.transaction() as s:
        directory.store(s, before())
    assert succession.offer(ws) is None  # the old directory names no successor
    sent = build_package(ws, "2021-H2", tmp_path / "usb", "ru")
    key_before = sorted(p.read_bytes() for p in ws.keys_dir.iterdir() if p.is_file())
    with ws.transaction() as s:
        directory.store(s, after())
    offer = succession.offer(ws)
    assert offer is not None and offer.merged and offer.successor.soate == N
    assert "объединён в Тест-Объединённый" in offer.text("ru")
    muni = succession.accept(ws, offer)
    assert (muni.soate, muni.name_ru, muni.rayon) == (N, "Тест-Объединённый", "Тестовый район")
    assert muni.secretary_name == "Тестова Т."  # the people stay
    former = succession.former_identities(ws)
    assert former[0]["soate"] == A and former[0]["until"] == "2024-12-31"
    with ws.session() as s:
        lines = change_log.read(s, "municipality", "1", "soate")
    assert [(r.old_value, r.new_value) for r in lines] == [(A, N)]
    assert succession.offer(ws) is None  # nothing more to offer
    record = directory.office_record(ws)  # what the paper's signature block reads
    assert (
        record is not None and record.soate == N and record.head_title("ru") == "Глава айыл окмоту"
    )
    assert sorted(p.read_bytes() for p in ws.keys_dir.iterdir() if p.is_file()) == key_before
    assert _soate_in(sent) == A  # already sent: the old code
    new = build_package(ws, "2021-H2", tmp_path / "usb2", "ru")
    assert _soate_in(new) == N


def test_rename_with_a_new_code_through_the_cli(ws, data_dir) -> None:
    _set_up(ws, R_OLD, "Тест-Старое")
    with ws.transaction() as s:
        directory.store(s, after())
    ws.close()
    r = run_cli("--data-dir", str(data_dir), "directory", "successor")
    assert r.returncode == 0 and "is now Тест-Новое" in r.stdout and "--accept" in r.stdout
    r = run_cli("--data-dir", str(data_dir), "--lang", "ky", "directory", "successor", "--accept")
    assert r.returncode == 0, r.stderr
    assert R_NEW in r.stdout
    from msu_desktop.services.workspace import Workspace

    again = Workspace.open(data_dir)
    try:
        m = again.municipality()
        assert m is not None and m.soate == R_NEW
    finally:
        again.close()


def test_accepting_a_stale_offer_changes_nothing(ws) -> None:
    import pytest

    from msu_desktop.errors import UserError

    _set_up(ws, A, "Тест-Альфа")
    with ws.transaction() as s:
        directory.store(s, after())
    offer = succession.offer(ws)
    assert offer is not None
    stale = dataclasses.replace(offer, current=dataclasses.replace(offer.current, soate=R_OLD))
    with pytest.raises(UserError, match="changed meanwhile"):
        succession.accept(ws, stale)
    m = ws.municipality()
    assert m is not None and m.soate == A and succession.former_identities(ws) == []
