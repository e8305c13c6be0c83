"""After a merger the office keeps its key: the agency maps a package of the new code signed
with the predecessor's registered key only when a person confirms it."""

from __future__ import annotations

import datetime as dt

from msu_agency.registry import KeyRegistry
from msu_desktop.domain.municipality import Municipality
from msu_desktop.services import directory, succession
from msu_desktop.services.package.build import build_package
from tests.conftest import run_cli
from tests.services.directory.helpers import A, N, after


def test_a_successor_package_with_the_predecessors_key_waits_for_confirmation(ws, tmp_path) -> None:
    agency = tmp_path / "agency"
    ws.save_municipality(Municipality(soate=A, name_ky="Тест-Альфа", name_ru="Тест-Альфа"))
    stick = tmp_path / "stick"
    build_package(ws, "2021-H1", stick, "ru")

    def collect(period: str):
        return run_cli(
            "--data-dir",
            str(agency),
            "collect",
            str(stick),
            "--out",
            str(tmp_path / f"{period}.xlsx"),
            "--period",
            period,
            tool="agency",
        )

    r = collect("2021-H1")
    assert r.returncode == 0, r.stdout + r.stderr
    registry = KeyRegistry(agency / "key_registry.json")
    key_a = registry.key_for(A)
    assert key_a is not None
    with ws.transaction() as s:
        directory.store(s, after(dt.date(2021, 7, 1)))
    offer = succession.offer(ws)
    assert offer is not None
    succession.accept(ws, offer)
    build_package(ws, "2021-H2", stick, "ru")
    r = collect("2021-H2")
    assert r.returncode == 3, r.stdout + r.stderr
    registry = KeyRegistry(agency / "key_registry.json")
    assert registry.key_for(N) is None  # not mapped by itself
    assert [p.fingerprint for p in registry.pending_for(N)] == [key_a.fingerprint()]
    r = run_cli("--data-dir", str(agency), "keys", "confirm", N, key_a.fingerprint(), tool="agency")
    assert r.returncode == 0, r.stderr
    r = collect("2021-H2")
    assert r.returncode == 0, r.stdout + r.stderr
    registry = KeyRegistry(agency / "key_registry.json")
    key_n = registry.key_for(N)
    assert key_n is not None and key_n.raw == key_a.raw
