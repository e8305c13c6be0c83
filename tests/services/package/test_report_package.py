"""The report services as a package of one-job modules, and the shared file store under them."""

from __future__ import annotations

import ast
from pathlib import Path

from msu_desktop.services import attachments as at
from msu_desktop.services import file_store
from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[3]
SERVICES = ROOT / "msu_desktop" / "services"
P = "2019-H2"


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_report_package_and_the_file_store_never_reach_back_into_the_facade() -> None:
    inner = [*sorted((SERVICES / "report").glob("*.py")), SERVICES / "attachments.py"]
    inner += [SERVICES / "file_store.py", SERVICES / "labels.py"]
    for path in inner:
        assert "msu_desktop.services.report_service" not in _imports(path), path.name
    # the file store knows no area: neither reports nor the property register
    store = _imports(SERVICES / "file_store.py")
    assert not [m for m in store if "report" in m or "property" in m], store


def test_no_report_module_is_a_thousand_line_catch_all() -> None:
    for path in [*(SERVICES / "report").glob("*.py"), SERVICES / "report_service.py"]:
        assert len(path.read_text("utf-8").splitlines()) <= 500, path.name


def test_the_facade_still_offers_every_public_name(ws: Workspace) -> None:
    for name in rs.__all__:
        assert getattr(rs, name) is not None, name
    assert rs.period_info(ws, P).id == P


def test_a_report_attachment_and_a_property_photo_share_one_stored_copy(
    ws: Workspace, tmp_path: Path
) -> None:
    photo = tmp_path / "school.jpg"
    photo.write_bytes(b"\xff\xd8 the school roof after repair " * 200)
    info = at.add_attachment(ws, P, "1.1.3", photo)
    oid = ps.add_object(ws, {"category": "vehicle", "name_ru": "Трактор", "area": 3, "unit": "pcs"})
    ps.attach_file(ws, oid, photo)
    (obj_file,) = ps.object_files(ws, oid)
    assert obj_file.sha256 == info.sha256
    assert Path(obj_file.path) == info.path == file_store.stored_path(ws, info.sha256)
    assert [p for p in ws.attachments_dir.rglob("*") if p.is_file()] == [info.path]
    assert file_store.is_intact(info.path, info.sha256)
    info.path.write_bytes(b"changed on disk")
    assert not at.verify(ws, info)
