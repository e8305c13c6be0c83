"""Hostile and damaged zip files are refused; good ones are read and written atomically."""

from __future__ import annotations

import os
import stat
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msu_exchange.safe_zip import ArchiveTooLarge, UnsafeArchive, open_archive, write_archive
from tests.inbox_helpers import zip_bytes


def _zip(path: Path, members: list[tuple[str, bytes]], mode: int | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                info.external_attr = mode << 16
            zf.writestr(info, data)
    return path


def test_roundtrip(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8" + b"x" * 5000)
    out = tmp_path / "p.msupkg"
    write_archive(out, [("manifest.json", b"{}"), ("evidence/photo.jpg", src)])
    with open_archive(out) as z:
        assert sorted(z.names()) == ["evidence/photo.jpg", "manifest.json"]
        assert z.read("evidence/photo.jpg") == src.read_bytes()
        extracted = z.extract_to(tmp_path / "x")
    assert extracted["manifest.json"].read_bytes() == b"{}"
    assert not list(tmp_path.glob(".*.part"))


def test_compressed_formats_are_stored_and_the_rest_deflated(tmp_path: Path) -> None:
    """A PDF, a workbook or a photo is compressed already: stored as it is (issue 26); text is
    deflated. Either way the archive reads back byte for byte, here and with zipfile."""
    pdf = b"%PDF-1.4\n" + os.urandom(20000)
    photo = tmp_path / "ФОТО.JPG"
    photo.write_bytes(b"\xff\xd8" + os.urandom(9000))
    data = ('{"text": "' + "жыйын " * 4000 + '"}').encode()
    members: list[tuple[str, bytes | Path]] = [
        ("data.json", data),
        ("report_2026-H1_ky.pdf", pdf),
        ("report_2026-H1_ky.xlsx", b"PK" + os.urandom(5000)),
        ("evidence/ab_ФОТО.JPG", photo),
    ]
    out = tmp_path / "p.msupkg"
    write_archive(out, members)
    with zipfile.ZipFile(out) as zf:
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
        assert zf.testzip() is None
    assert kinds == {
        "data.json": zipfile.ZIP_DEFLATED,
        "report_2026-H1_ky.pdf": zipfile.ZIP_STORED,
        "report_2026-H1_ky.xlsx": zipfile.ZIP_STORED,
        "evidence/ab_ФОТО.JPG": zipfile.ZIP_STORED,
    }
    assert out.stat().st_size < len(data) // 4 + 40000  # the text was deflated
    with open_archive(out) as z:
        for name, content in members:
            want = content.read_bytes() if isinstance(content, Path) else content
            assert z.read(name) == want


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll", "a\\..\\b", "./x"],
)
def test_paths_that_escape_are_refused(tmp_path: Path, name: str) -> None:
    bad = _zip(tmp_path / "bad.zip", [(name, b"x")])
    with pytest.raises(UnsafeArchive):
        open_archive(bad)


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    bad = _zip(tmp_path / "link.zip", [("data.json", b"/etc/passwd")], mode=stat.S_IFLNK | 0o777)
    with pytest.raises(UnsafeArchive, match="symbolic link"):
        open_archive(bad)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", [("data.json", b"\0" * (50 * 1024 * 1024))])
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        open_archive(bomb)


def test_too_large_is_refused(tmp_path: Path) -> None:
    big = _zip(tmp_path / "big.zip", [("a.bin", bytes(range(256)) * 8192)])
    with pytest.raises(UnsafeArchive, match="too large"):
        open_archive(big, max_member=1024)


def test_lying_size_header_cannot_bomb(tmp_path: Path) -> None:
    path = _zip(tmp_path / "lie.zip", [("a.txt", b"A" * 100_000)])
    raw = bytearray(path.read_bytes())
    # shrink the declared uncompressed size in the central directory to 10 bytes
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(UnsafeArchive), open_archive(path) as z:
        z.read("a.txt")


def test_not_a_zip_and_truncated(tmp_path: Path) -> None:
    txt = tmp_path / "note.msupkg"
    txt.write_text("hello")
    with pytest.raises(UnsafeArchive, match="not a package"):
        open_archive(txt)
    good = _zip(tmp_path / "good.zip", [("a.txt", b"a" * 1000)])
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(UnsafeArchive):
        open_archive(cut)


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.zip"
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", b"1")
        zf.writestr("a.txt", b"2")
    with pytest.raises(UnsafeArchive, match="twice"):
        open_archive(path)


@given(st.binary(min_size=0, max_size=2000), st.integers(min_value=0, max_value=1999))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_corruption_never_crashes(tmp_path: Path, noise: bytes, at: int) -> None:
    path = tmp_path / "r.zip"
    base = bytearray()
    with zipfile.ZipFile(tmp_path / "base.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b'{"a": 1}' * 50)
    base = bytearray((tmp_path / "base.zip").read_bytes())
    pos = at % max(len(base), 1)
    base[pos : pos + len(noise)] = noise
    path.write_bytes(bytes(base))
    try:
        with open_archive(path) as z:
            for n in z.names():
                z.read(n)
    except UnsafeArchive:
        pass


# -- zip bombs: absolute and ratio limits, declared and while streaming ------------------------
def _set_central(path: Path, name: str, *, compress_size: int | None = None) -> None:
    """Rewrite ``name``'s compressed size in the central directory (a lying header)."""
    raw = bytearray(path.read_bytes())
    at = raw.rfind(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(raw[at + 28 : at + 30], "little")
        if raw[at + 46 : at + 46 + length].decode() == name:
            if compress_size is not None:
                raw[at + 20 : at + 24] = compress_size.to_bytes(4, "little")
            path.write_bytes(bytes(raw))
            return
        at = raw.rfind(b"PK\x01\x02", 0, at)
    raise AssertionError(name)


def test_ten_mb_of_zeros_is_refused_by_size_and_by_the_ratio_it_streams_at(
    tmp_path: Path,
) -> None:
    zeros = b"\0" * (10 * 1024 * 1024)
    # honest headers: over an absolute member limit, and a ratio of about 1000:1
    path = _zip(tmp_path / "zeros.zip", [("evidence/zeros.bin", zeros)])
    with pytest.raises(ArchiveTooLarge, match="too large"):
        open_archive(path, max_member=8 * 1024 * 1024, max_ratio=100_000)
    with pytest.raises(ArchiveTooLarge, match="zip bomb"):
        open_archive(path)
    # a header that claims a compressed size as large as the data (overlapping the photo
    # after it) hides the ratio: the bytes unpacked from the little room the member really
    # has give it away while they stream
    photo = os.urandom(10 * 1024 * 1024)
    path = _zip(tmp_path / "lie.zip", [("evidence/zeros.bin", zeros), ("evidence/p.jpg", photo)])
    _set_central(path, "evidence/zeros.bin", compress_size=len(zeros))
    with open_archive(path) as z, pytest.raises(ArchiveTooLarge, match="zip bomb"):
        z.read("evidence/zeros.bin")
    # the total: members each under the limits, too much together
    many = _zip(tmp_path / "many.zip", [(f"p{i}.bin", os.urandom(300_000)) for i in range(4)])
    with pytest.raises(ArchiveTooLarge, match="too large when unpacked"):
        open_archive(many, max_total_uncompressed=1_000_000)


def test_a_thousand_to_one_member_is_refused_in_kyrgyz_and_russian(tmp_path: Path) -> None:
    data = b"A" * (2 * 1024 * 1024)
    path = _zip(tmp_path / "ratio.zip", [("a.txt", data)])
    info = zipfile.ZipFile(path).getinfo("a.txt")
    assert info.file_size / info.compress_size > 900  # a real 1000:1 member
    with pytest.raises(ArchiveTooLarge) as caught:
        open_archive(path)
    ky, ru = caught.value.message("ky"), caught.value.message("ru")
    assert "a.txt" in ky and "a.txt" in ru and ky != ru
    assert "zip" not in ru.lower() or "бомб" in ru.lower()
    # under a lower ratio limit than it has, but in its first MiB: never a bomb
    small = _zip(tmp_path / "small.zip", [("a.txt", b"A" * 500_000)])
    with open_archive(small) as z:
        assert z.read("a.txt") == b"A" * 500_000


def _many_members(path: Path, n: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(n):
            zf.writestr(zipfile.ZipInfo(f"{i}"), b"")
    return path


def test_a_hundred_thousand_members_are_counted_before_they_are_parsed(tmp_path: Path) -> None:
    path = _many_members(tmp_path / "members.zip", 100_000)
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeArchive, match="too many files"):
            open_archive(path, max_members=5000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak  # zipfile would build 100,000 objects (~40 MB)
    # the end record lies (1 member): the entries are counted as the directory streams
    raw = bytearray(path.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    if raw.rfind(b"PK\x06\x06") < 0:  # not zip64: the counts are in the end record
        raw[end + 8 : end + 12] = (1).to_bytes(2, "little") * 2
    lying = tmp_path / "lying.zip"
    lying.write_bytes(bytes(raw))
    with pytest.raises(UnsafeArchive, match="too many files"):
        open_archive(lying, max_members=5000)


def test_a_zip_in_a_zip_is_checked_and_deep_nesting_is_refused(tmp_path: Path) -> None:
    bomb = zip_bytes([("zeros.bin", b"\0" * (20 * 1024 * 1024))])
    assert len(bomb) < 64 * 1024
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("evidence/report.xlsx", bomb)  # stored: the outer ratio is 1:1
    with open_archive(outer) as z, pytest.raises(ArchiveTooLarge, match="zip bomb"):
        z.read("evidence/report.xlsx")
    # an honest workbook inside is read as it is
    inner = zip_bytes([("xl/workbook.xml", b"<workbook/>" * 100)])
    fine = _zip(tmp_path / "fine.zip", [("evidence/book.xlsx", inner)])
    with open_archive(fine) as z:
        assert z.read("evidence/book.xlsx") == inner
    # four zips deep, each harmless: deeper than the package allows
    nested = zip_bytes([("a.txt", b"a")])
    for level in range(3):
        nested = zip_bytes([(f"level{level}.zip", nested)])
    deep = _zip(tmp_path / "deep.zip", [("evidence/deep.zip", nested)])
    with open_archive(deep, max_depth=2) as z, pytest.raises(UnsafeArchive, match="nested"):
        z.read("evidence/deep.zip")
    with open_archive(deep, max_depth=4) as z:
        assert z.read("evidence/deep.zip") == nested


def test_a_stream_unpacks_under_the_same_limits(tmp_path: Path) -> None:
    zeros = b"\0" * (10 * 1024 * 1024)
    path = _zip(tmp_path / "s.zip", [("sheet.xml", zeros), ("b.bin", os.urandom(10 * 1024 * 1024))])
    _set_central(path, "sheet.xml", compress_size=len(zeros))
    with (
        open_archive(path) as z,
        z.stream("sheet.xml") as fh,
        pytest.raises(ArchiveTooLarge, match="zip bomb"),
    ):
        while fh.read(1024 * 1024):
            pass
