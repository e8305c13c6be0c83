"""A full disk (issue 11, class 2): every writer says "not enough space on …, nothing was
changed", leaves no half-written file, and never calls the database damaged.

The real variant runs each command as a real process against a small tmpfs that is full (the
tests mount one when they run as root; otherwise that variant is skipped, since only root may
mount). The simulated variant makes every write fail with ENOSPC in-process, so it runs
everywhere.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import StorageFull
from msu_desktop.services import backup
from msu_desktop.services.workspace import Workspace
from tests.conftest import ROOT, run_cli
from tests.hostile import Tally, english_library_text, report_tally, snapshot

pytestmark = pytest.mark.slow  # fills real and simulated disks, write by write

FULL_KY = "бош орун жетишсиз"  # "not enough free space" in Kyrgyz
NOTHING_CHANGED_KY = "эч нерсе өзгөргөн жок"
DAMAGED_WORDS = ("бузулган", "damaged", "поврежд")


@pytest.fixture(scope="module")
def tally(request: pytest.FixtureRequest):
    t = Tally("full disk")
    yield t
    report_tally(request, t)


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def small_drive(where: Path, size: str = "8m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` (root only)."""
    if not _can_mount():
        pytest.skip("a full drive is made with a tmpfs mount, which needs root")
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    if r.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {r.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(drive: Path, leave: int = 0) -> None:
    """Fill ``drive`` until only ``leave`` bytes are free."""
    st = os.statvfs(drive)
    free = st.f_bavail * st.f_frsize - leave
    with open(drive / "filler.bin", "wb") as fh:
        try:
            while free > 0:
                n = min(free, 1 << 20)
                fh.write(b"\0" * n)
                free -= n
            fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def _office(data_dir: Path) -> Path:
    ws = Workspace.open(data_dir)
    ws.save_municipality(Municipality(soate="41705214812000", name_ky="Дары", name_ru="Дарыинский"))
    (ws.attachments_dir / "ab").mkdir(parents=True, exist_ok=True)
    (ws.attachments_dir / "ab" / "photo.jpg").write_bytes(b"\xff\xd8photo" * 100)
    ws.close()
    return data_dir


def _refused_for_space(result: subprocess.CompletedProcess[str], what: str) -> None:
    out = result.stdout + result.stderr
    assert result.returncode == 2, (what, result.returncode, out)
    assert FULL_KY in out and NOTHING_CHANGED_KY in out, (what, out)
    assert "Traceback" not in out and "Exception ignored" not in out, (what, out)
    assert not any(w in out for w in DAMAGED_WORDS), (what, out)
    assert english_library_text(out) == [], (what, out)


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# -- writing to a full USB stick ---------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_copy(demo_template: Path, tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("disk-demo") / "data"
    shutil.copytree(demo_template, d)
    return d


@pytest.fixture(scope="module")
def packages(demo_copy: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pkgs")
    r = run_cli("--data-dir", str(demo_copy), "export", "--period", "2021-H1", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def _usb_commands(usb: Path, packages: Path) -> dict[str, list[str]]:
    return {
        "inventory export": ["inventory", "export", "--out", str(usb / "register.xlsx")],
        "inventory export --public": [
            "inventory",
            "export",
            "--public",
            "--out",
            str(usb / "public.xlsx"),
        ],
        "backup to USB": ["backup", "--out", str(usb)],
        "report package export": ["export", "--period", "2021-H1", "--out", str(usb)],
        "agency collect (xlsx)": [
            "@agency",
            "collect",
            str(packages),
            "--out",
            str(usb / "report.xlsx"),
        ],
        "agency collect (PDF)": [
            "@agency",
            "collect",
            str(packages),
            "--out",
            str(usb / "r2.xlsx"),
            "--pdf",
            str(usb / "r2.pdf"),
        ],
    }


@pytest.mark.parametrize("leave", [0, 16 * 1024], ids=["no room at all", "16 KB left"])
def test_writing_to_a_full_usb_stick(
    demo_copy: Path, packages: Path, tmp_path: Path, tally: Tally, leave: int
) -> None:
    with small_drive(tmp_path / "usb", "4m") as usb:
        fill(usb, leave)
        for what, args in _usb_commands(usb, packages).items():
            on_usb = _files(usb)
            before = snapshot(demo_copy)
            tool = "agency" if args[0] == "@agency" else "msu_desktop"
            args = args[1:] if args[0] == "@agency" else args
            result = run_cli("--lang", "ky", "--data-dir", str(demo_copy), *args, tool=tool)
            after = snapshot(demo_copy)
            left = _files(usb) - on_usb
            if result.returncode == 0:
                # with a little room left a small file may fit; then it must be whole
                assert leave > 0, (what, result.stdout)
                assert left and all((usb / f).stat().st_size > 0 for f in left), what
                for f in left:
                    (usb / f).unlink()
                continue
            tally.record(what, refused=True, unchanged=after == before and not left)
            _refused_for_space(result, what)
            assert left == set(), (what, left)  # no half-written file stays behind
            assert after == before, what


# -- a full data folder ----------------------------------------------------------------------
def _register_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["Наименование", "Категория", "Адрес", "Площадь, м²"])
    for i in range(200):
        sheet.append([f"Объект {i}", "здание", f"с. Дары, ул. Ленина {i}", 100 + i])
    wb.save(path)
    return path


def _plan_package(tmp: Path) -> Path:
    import json

    from msu_agency.plan_build import build_plan_package
    from msu_exchange.signing.minisign import SecretKey
    from tests.services.plan_package.test_plan_package import DEV_KEY, DEV_PASSWORD, plan_v2

    key = SecretKey.from_pem(DEV_KEY.read_bytes(), DEV_PASSWORD)
    v1 = json.loads((ROOT / "data" / "plan" / "lsg-2018-2023.json").read_text("utf-8"))
    return build_plan_package(plan_v2(v1), [key], tmp / "v2.msuplan")


@pytest.mark.parametrize("leave", [0, 48 * 1024], ids=["no room at all", "48 KB left"])
def test_a_full_data_folder(tmp_path: Path, tally: Tally, leave: int) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    register = _register_xlsx(inputs / "register.xlsx")
    plan_pkg = _plan_package(inputs)
    with small_drive(tmp_path / "drive", "12m") as drive:
        data = _office(drive / "data")
        good = backup.create_backup(data, "manual", inputs)
        fill(drive, leave)
        commands = {
            "plan show": ["plan", "show"],
            "inventory import": ["inventory", "import", str(register)],
            "backup": ["backup"],
            "import-plan": ["import-plan", str(plan_pkg)],
            "restore": ["restore", str(good)],
        }
        for what, args in commands.items():
            before = snapshot(data)
            result = run_cli("--lang", "ky", "--data-dir", str(data), *args)
            after = snapshot(data)
            if result.returncode == 0:
                # reading needs no room; with a little room left a small write may fit: then
                # it worked, and that is fine. With no room at all every writer must refuse.
                assert what == "plan show" or leave > 0, (what, result.stdout)
                continue
            tally.record(what, refused=True, unchanged=after == before)
            _refused_for_space(result, what)
            assert after == before, what
        check = run_cli("--lang", "ky", "--data-dir", str(data), "check")
        assert not any(w in check.stdout for w in DAMAGED_WORDS), check.stdout


def test_demo_on_a_full_drive_leaves_no_half_built_database(tmp_path: Path, tally: Tally) -> None:
    with small_drive(tmp_path / "drive", "3m") as drive:
        data = drive / "demo"
        result = run_cli("--lang", "ky", "--data-dir", str(data), "demo")
        left = _files(data) - {f for f in _files(data) if f.startswith("logs/")}
        tally.record("demo", refused=result.returncode == 2, unchanged=not left)
        _refused_for_space(result, "demo")
        assert left == set(), left
        # the folder can take the demo once there is room
    roomy = tmp_path / "roomy"
    assert run_cli("--data-dir", str(roomy), "demo").returncode == 0


# -- simulated ENOSPC (no root needed) -------------------------------------------------------
def test_simulated_full_disk_in_every_file_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tally: Tally
) -> None:
    """Every write through os.write / file.write fails with ENOSPC: the register export and a
    backup fail cleanly, with no file left behind."""
    from msu_desktop.services.export import register_xlsx
    from msu_exchange import files

    data = _office(tmp_path / "data")
    ws = Workspace.open(data)
    out = tmp_path / "out"
    out.mkdir()
    real = files.write_bytes_atomic

    def no_room(path: Path, payload: bytes) -> None:
        def fail(*_a: object, **_k: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as m:
            m.setattr(os, "fsync", fail)
            real(path, payload)

    monkeypatch.setattr(files, "write_bytes_atomic", no_room)
    try:
        before = snapshot(data)
        with pytest.raises(StorageFull) as info:
            register_xlsx.write_register(ws, out / "register.xlsx", "ky")
        tally.record(
            "register export (simulated)", refused=True, unchanged=snapshot(data) == before
        )
        assert "nothing was changed" in info.value.source
        assert _files(out) == set()
    finally:
        ws.close()
