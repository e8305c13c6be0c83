"""PDF and Excel of a 5,000-object register, as ratios to reportlab's and openpyxl's bare
output of the same cells and to LibreOffice converting the same xlsx to PDF; and building and
verifying a report package, against zipping and hashing its files. All in the same run."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from bench.common import median_seconds, result

N = 5000


def _workspace(tmp: Path) -> Any:
    import random

    from msu_desktop.domain.municipality import Municipality
    from msu_desktop.services import property_service as ps
    from msu_desktop.services.workspace import Workspace
    from msu_desktop.storage.models.property import PropertyObject

    ws = Workspace.open(tmp / "export")
    ws.save_municipality(
        Municipality(
            "41704210806000",
            "Ак-Тал айыл аймагы",
            "Ак-Талский айылный аймак",
            head_name="Мамбетов Н.",
            secretary_name="Жумабаева Г.",
        )
    )
    rng = random.Random(3)
    with ws.transaction() as s:
        s.add_all(
            PropertyObject(
                inventory_number=f"{i:06d}",
                category=rng.choice(ps.category_ids()),
                name_ru=f"Объект {i} — здание, участок или сооружение",
                village="Ак-Тал",
                area=rng.uniform(1, 900),
                unit="m2",
                book_value=rng.uniform(1e3, 1e6),
                condition="good",
                use="own_use",
                cadastral_code=f"4-07-01-{i % 999:04d}-{i:04d}",
            )
            for i in range(N)
        )
    return ws


def bench_register_pdf_xlsx(tmp: Path) -> list[dict]:
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from msu_desktop.services import property_service as ps
    from msu_desktop.services.export.pdf_layout import FONT, register_fonts
    from msu_desktop.services.export.register_pdf import write_register_pdf
    from msu_desktop.services.export.register_xlsx import write_register

    ws = _workspace(tmp)
    register_fonts()
    rows = [
        [
            r.inventory_number,
            r.name_ru,
            r.category,
            r.village,
            r.cadastral_code,
            f"{r.area:.2f}",
            f"{r.book_value:.2f}",
            r.condition,
            r.use,
        ]
        for r in ps.list_rows(ws)
    ]

    def bare_pdf() -> None:
        c = canvas.Canvas(str(tmp / "bare.pdf"), pagesize=landscape(A4))
        y = 560
        c.setFont(FONT, 6.5)
        for row in rows:
            x = 30
            for cell in row:
                c.drawString(x, y, cell[:40])
                x += 85
            y -= 9
            if y < 40:
                c.showPage()
                c.setFont(FONT, 6.5)
                y = 560
        c.save()

    pdf = median_seconds(lambda: write_register_pdf(ws, tmp / "reg.pdf"), 3)
    xlsx = median_seconds(lambda: write_register(ws, tmp / "reg.xlsx"), 3)
    # the floor writes the same cells as the register's first sheet (26 columns: every field,
    # for the round trip; an empty field is still a bordered cell), each with a border, as
    # openpyxl's write-only mode does it; without the label lookups, the widths and the row
    # heights. (Until 2026-12-01 the floor wrote nine columns of values only.)
    from openpyxl import load_workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, Side

    written = load_workbook(tmp / "reg.xlsx", read_only=True)
    cells = [list(r) for r in written.worksheets[0].iter_rows(values_only=True)]
    written.close()

    def bare_xlsx() -> None:
        wb = Workbook(write_only=True)
        sheet = wb.create_sheet()
        side = Side(style="thin", color="999999")
        first = WriteOnlyCell(sheet)
        first.font = Font(name="Arial", size=10)
        first.border = Border(left=side, right=side, top=side, bottom=side)
        first.alignment = Alignment(wrap_text=True, vertical="top")
        for row in cells:
            out = []
            for value in row:
                cell = WriteOnlyCell(sheet, value)
                cell._style = first._style
                out.append(cell)
            sheet.append(out)
        wb.save(tmp / "bare.xlsx")

    floor_pdf = median_seconds(bare_pdf, 3)
    floor_xlsx = median_seconds(bare_xlsx, 3)
    out = [
        result(
            "export: register PDF, 5,000 objects",
            pdf,
            "reportlab bare canvas, same cells",
            floor_pdf,
        ),
        result(
            "export: register xlsx, 5,000 objects",
            xlsx,
            "openpyxl write-only, same cells (26 columns, bordered)",
            floor_xlsx,
        ),
    ]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:

        def convert() -> None:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={(tmp / 'lo-profile').resolve().as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(tmp / "lo"),
                    str(tmp / "reg.xlsx"),
                ],
                capture_output=True,
                check=True,
                timeout=600,
            )

        lo = median_seconds(convert, 1, warmup=True)
        out.append(
            result(
                "export: register PDF, 5,000 objects (our PDF vs LibreOffice)",
                pdf,
                "LibreOffice converting the same xlsx to PDF",
                lo,
                note="ratio < 1: ours is faster",
            )
        )
    else:
        out.append(
            result(
                "export: LibreOffice comparison",
                float("nan"),
                "soffice not installed",
                float("nan"),
                note="apt-get install libreoffice-calc-nogui",
            )
        )
    ws.close()
    return out


def bench_package(tmp: Path) -> list[dict]:
    import hashlib

    from msu_desktop.services.demo import run_demo
    from msu_desktop.services.package.build import build_package
    from msu_desktop.services.workspace import Workspace
    from msu_exchange.report_package import verify_package

    ws = Workspace.open(tmp / "demo")
    run_demo(ws)
    made: list[Path] = []

    def build_and_verify() -> None:
        made.append(build_package(ws, "2021-H1", tmp / "pk", "ru"))
        verify_package(made[-1])

    took = median_seconds(build_and_verify, 5)

    def floor() -> None:
        with zipfile.ZipFile(made[-1]) as zf:
            files = {n: zf.read(n) for n in zf.namelist()}
        with zipfile.ZipFile(tmp / "floor.zip", "w", zipfile.ZIP_DEFLATED) as zf:
            for n, d in files.items():
                hashlib.sha256(d).hexdigest()
                zf.writestr(n, d)

    base = median_seconds(floor, 5)
    ws.close()
    return [
        result("package: build + verify one period", took, "zip + SHA-256 of the same files", base)
    ]


BENCHMARKS = [bench_register_pdf_xlsx, bench_package]
