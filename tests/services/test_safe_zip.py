"""Hostile and damaged zip files are refused; good ones are read and written atomically."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msu_exchange.safe_zip import UnsafeArchive, open_archive, write_archive


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
