"""The register as Excel: the full register, the PUBLIC version (measure 3.2.2: names of lessees
who are private persons hidden, internal notes left out), a blank template to fill in, and the
summary. Print-ready, and text typed by users is always stored as text (never a formula)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from msu_desktop.domain import property as prop
from msu_desktop.i18n import pick, tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.export.report_xlsx import (
    BORDER,
    HEAD_FILL,
    WRAP,
    number_cell,
    setup_print,
    text_cell,
)
from msu_desktop.services.files import atomic_output
from msu_desktop.services.workspace import Workspace


def _labels(kind: str, lang: str) -> dict[str, str]:
    return {c["id"]: pick(c["label"], lang) for c in ps.categories()[kind]}


def columns(lang: str, public: bool) -> list[tuple[str, str, int]]:
    cols = [
        ("inventory_number", tr("PropertyExport", "Inventory number", lang), 14),
        ("name", tr("PropertyExport", "Name", lang), 36),
        ("category", tr("PropertyExport", "Category", lang), 22),
        ("village", tr("PropertyExport", "Village", lang), 16),
        ("address", tr("PropertyExport", "Address", lang), 24),
        ("cadastral_code", tr("PropertyExport", "Cadastral code (ЕНИ)", lang), 20),
        ("area", tr("PropertyExport", "Area or quantity", lang), 12),
        ("unit", tr("PropertyExport", "Unit", lang), 8),
        ("year", tr("PropertyExport", "Year", lang), 8),
        ("book_value", tr("PropertyExport", "Book value, som", lang), 15),
        ("residual_value", tr("PropertyExport", "Residual value, som", lang), 15),
        ("condition", tr("PropertyExport", "Condition", lang), 16),
        ("use", tr("PropertyExport", "Use", lang), 18),
        ("lessee", tr("PropertyExport", "Lessee", lang), 24),
    ]
    if not public:
        cols.append(("notes", tr("PropertyExport", "Notes", lang), 30))
    return cols


def write_register(
    ws: Workspace, out: Path, lang: str = "ru", *, public: bool = False, template: bool = False
) -> Path:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    muni = ws.municipality()
    if template:
        title = tr("PropertyExport", "Register of municipal property (template)", lang)
    elif public:
        title = tr("PropertyExport", "Register of municipal property (public version)", lang)
    else:
        title = tr("PropertyExport", "Register of municipal property", lang)
    sheet.title = tr("PropertyExport", "Register", lang)[:31]
    text_cell(sheet, 1, 1, f"{title} — {muni.name(lang) if muni else ''}").font = Font(
        bold=True, size=12
    )
    cols = columns(lang, public)
    head = 3
    for c, (_key, name, width) in enumerate(cols, start=1):
        cell = text_cell(sheet, head, c, name)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(c)].width = width
    if not template:
        cats, conds, uses, units = (
            _labels(k, lang) for k in ("categories", "conditions", "uses", "units")
        )
        current_lessee: dict[int, tuple[str, bool]] = {}
        for lease in ps.leases(ws):
            if lease.state in ("active", "ending_soon"):
                current_lessee[lease.object_id] = (lease.lessee, lease.is_person)
        r = head
        for row in ps.list_rows(ws):
            if public and row.status != "active":
                continue
            r += 1
            lessee = ""
            if row.id in current_lessee:
                name, person = current_lessee[row.id]
                lessee = prop.public_lessee(name, person) if public else name
            values = {
                "inventory_number": row.inventory_number,
                "name": (row.name_ky if lang == "ky" else row.name_ru)
                or row.name_ru
                or row.name_ky,
                "category": cats.get(row.category, row.category),
                "village": row.village,
                "address": row.address,
                "cadastral_code": row.cadastral_code,
                "unit": units.get(row.unit, row.unit),
                "year": str(row.year or ""),
                "condition": conds.get(row.condition, row.condition),
                "use": uses.get(row.use, row.use),
                "lessee": lessee,
                "notes": row.notes,
            }
            for c, (key, _name, _w) in enumerate(cols, start=1):
                if key in ("area", "book_value", "residual_value"):
                    number_cell(sheet, r, c, getattr(row, key))
                else:
                    text_cell(sheet, r, c, str(values.get(key, "")))
    sheet.freeze_panes = sheet.cell(row=head + 1, column=3)
    setup_print(sheet, f"{head}:{head}", title)
    if not template:
        _summary_sheet(wb, ws, lang)
    with atomic_output(out) as fh:
        wb.save(fh)
    return out


def _summary_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    s = wb.create_sheet(tr("PropertyExport", "Summary", lang)[:31])
    data = ps.summary(ws)
    r = 1
    for title, key, labels in (
        (tr("PropertyExport", "By category", lang), "by_category", _labels("categories", lang)),
        (tr("PropertyExport", "By use", lang), "by_use", _labels("uses", lang)),
    ):
        text_cell(s, r, 1, title).font = Font(bold=True)
        for c, h in enumerate(
            [
                tr("PropertyExport", "Objects", lang),
                tr("PropertyExport", "Area", lang),
                tr("PropertyExport", "Book value, som", lang),
            ],
            start=2,
        ):
            text_cell(s, r, c, h).font = Font(bold=True)
        for ident, vals in data[key].items():
            r += 1
            text_cell(s, r, 1, labels.get(ident, ident))
            number_cell(s, r, 2, vals["count"]).number_format = "0"
            number_cell(s, r, 3, vals["area"])
            number_cell(s, r, 4, vals["book_value"])
        r += 2
    text_cell(s, r, 1, tr("PropertyExport", "Rent income by year, som", lang)).font = Font(
        bold=True
    )
    for year, value in data["rent_income_by_year"].items():
        r += 1
        text_cell(s, r, 1, year)
        number_cell(s, r, 2, float(value))
    s.column_dimensions["A"].width = 36
