"""Zip bombs against a real ``msu-agency serve`` on 127.0.0.1: a signed package whose evidence
is 10 MB of zeros (about 1000:1), one that hides a bomb in a workbook inside it, zips nested
deeper than a package may hold, and 100,000 empty members. Each is refused with the reason in
Kyrgyz and Russian, nothing is kept, the server's memory hardly moves, and the honest package
after them is received."""

from __future__ import annotations

import zipfile
from pathlib import Path

from msu_agency.collect import DirectoryEntry
from msu_exchange.signing.minisign import SecretKey
from tests.inbox_helpers import InboxProcess, Keys, package, post, rss_mib, zip_bytes

A = DirectoryEntry("41708000000031", "Үчүнчү айыл аймагы", "Тест району", "Чуйская область")
MIB = 1024 * 1024


def test_zip_bombs_are_refused_in_words_and_the_honest_package_gets_through(
    tmp_path: Path,
) -> None:
    keys = Keys(tmp_path / "keys")
    office = SecretKey.generate()  # TEST key
    zeros = b"\0" * (10 * MIB)
    nested = zip_bytes([("a.txt", b"a")])
    for level in range(3):
        nested = zip_bytes([(f"level{level}.zip", nested)])
    bombs = {
        "zeros": package(tmp_path / "z", office, A, 1, extra=(("evidence/zeros.bin", zeros),)),
        "inner": package(
            tmp_path / "i",
            office,
            A,
            1,
            extra=(("evidence/scan.xlsx", zip_bytes([("sheet.xml", zeros * 2)])),),
        ),
        "deep": package(tmp_path / "d", office, A, 1, extra=(("evidence/deep.zip", nested),)),
    }
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as zf:
        for i in range(100_000):
            zf.writestr(zipfile.ZipInfo(f"{i}"), b"")
    server = InboxProcess(tmp_path / "inbox", keys.inbox_key_path)
    try:
        server.expect(A.soate, office)
        before = rss_mib(server.proc.pid)
        words = {  # what the Russian reason says
            "zeros": "бомб",
            "inner": "бомб",
            "deep": "уровн",
            "many": "слишком много файлов",
        }
        for what, path in [*bombs.items(), ("many", many)]:
            status, body = post(server.url, path.read_bytes(), f"{A.soate}_2021-H2_0001")
            assert status == 422, (what, body)
            ky, ru = body["message"]["ky"], body["message"]["ru"]
            assert ky != ru and words[what] in ru.lower(), (what, ru)
            assert "package" not in ky and "package" not in ru  # no English inside
        grown = rss_mib(server.proc.pid) - before
        assert grown < 80, grown  # the 20 MB workbook and 100,000 members are never held whole
        honest = package(tmp_path / "ok", office, A, 1)
        status, body = post(server.url, honest.read_bytes(), honest.name)
        assert (status, body["status"]) == (201, "received"), body
    finally:
        server.stop()
    kept = list((tmp_path / "inbox" / "packages").rglob("*.msupkg"))
    assert len(kept) == 1  # only the honest one
