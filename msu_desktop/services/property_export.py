"""The register as Excel: the full register, the PUBLIC version (measure 3.2.2: names of lessees
who are private persons hidden, internal notes left out), a blank template to fill in, and the
summary. Print-ready, and text typed by users is always stored as text (never a formula)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

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
from msu_desktop.services.export.xlsx_print import (
    BOLD_FONT,
    FONT_NAME,
    MONEY_FORMAT,
    TEXT_FONT,
    WRAP_TOP,
    Styles,
    fit_rows,
    fit_widths,
    set_widths,
    signatures,
    width_for,
)
from msu_desktop.services.export.xlsx_print import workbook as print_workbook
from msu_desktop.services.files import atomic_writer
from msu_desktop.services.workspace import Workspace


def _labels(kind: str, lang: str) -> dict[str, str]:
    return {c["id"]: pick(c["label"], lang) for c in ps.categories()[kind]}


def columns(lang: str, public: bool) -> list[tuple[str, str, int]]:
    cols = [
        ("inventory_number", tr("PropertyExport", "Inventory number", lang), 12),
        ("name", tr("PropertyExport", "Name", lang), 36),
        ("category", tr("PropertyExport", "Category", lang), 22),
        ("village", tr("PropertyExport", "Village", lang), 14),
        ("address", tr("PropertyExport", "Address", lang), 22),
        ("cadastral_code", tr("PropertyExport", "Cadastral code (ЕНИ)", lang), 18),
        ("area", tr("PropertyExport", "Area or quantity", lang), 11),
        ("unit", tr("PropertyExport", "Unit", lang), 6),
        ("year", tr("PropertyExport", "Year", lang), 6),
        ("book_value", tr("PropertyExport", "Book value, som", lang), 14),
        ("residual_value", tr("PropertyExport", "Residual value, som", lang), 14),
        ("condition", tr("PropertyExport", "Condition", lang), 18),
        ("use", tr("PropertyExport", "Use", lang), 20),
        ("lessee", tr("PropertyExport", "Lessee", lang), 22),
    ]
    if not public:
        cols.append(("notes", tr("PropertyExport", "Notes", lang), 26))
    return cols


# columns that keep their width when the sheet is narrowed to print at 80 % or more
_FIXED = {
    "inventory_number",
    "cadastral_code",
    "area",
    "unit",
    "year",
    "book_value",
    "residual_value",
}


PAGES_WIDE = 2


def _widest_words(
    ws: Workspace, cols: list[tuple[str, str, int]], lang: str, public: bool
) -> dict[str, float]:
    """The width of the widest word of each column's labels (category, condition, use, unit)
    and codes, so that none is cut: typed text (names, addresses) may wrap between words."""
    out: dict[str, float] = {}
    for key, kind in (
        ("category", "categories"),
        ("condition", "conditions"),
        ("use", "uses"),
        ("unit", "units"),
    ):
        out[key] = max(
            (width_for(w) for label in _labels(kind, lang).values() for w in label.split()),
            default=0.0,
        )
    codes = [r.cadastral_code for r in ps.list_rows(ws) if r.cadastral_code]
    out["cadastral_code"] = max((width_for(c) for c in codes), default=0.0)
    return out


def write_register(
    ws: Workspace, out: Path, lang: str = "ru", *, public: bool = False, template: bool = False
) -> Path:
    wb = print_workbook()
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
    place = muni.name(lang) if muni else ""
    cols = columns(lang, public)
    # Fifteen columns do not fit one A4 page at 8 pt with their words whole (the widest words
    # alone add up to more), so the register prints two pages wide, the inventory number and
    # the name repeated on the right-hand page; every word fits its column whole.
    words = _widest_words(ws, cols, lang, public) if not template else {}
    widths = fit_widths(
        [max(w, words.get(k, 0.0), *(width_for(x, True) for x in n.split())) for k, n, w in cols],
        shrinkable=[i for i, (k, _n, _w) in enumerate(cols) if k not in _FIXED],
        minimums=[
            max(words.get(k, 0.0), *(width_for(x, True) for x in n.split())) for k, n, _w in cols
        ],
        pages=PAGES_WIDE,
        repeated=(0, 1),
    )
    set_widths(sheet, widths)
    top = text_cell(sheet, 1, 1, f"{title} — {place}")
    top.font = Font(name=FONT_NAME, bold=True, size=12)  # runs over the empty cells beside it
    head = 3
    for c, (_key, name, _width) in enumerate(cols, start=1):
        cell = text_cell(sheet, head, c, name)  # as typed: the import reads it back
        cell.font = BOLD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BORDER
    if not template:
        cats, conds, uses, units = (
            _labels(k, lang) for k in ("categories", "conditions", "uses", "units")
        )
        current_lessee: dict[int, tuple[str, bool]] = {}
        for lease in ps.leases(ws):
            if lease.state in ("active", "ending_soon"):
                current_lessee[lease.object_id] = (lease.lessee, lease.is_person)
        r = head
        look = Styles()
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
                    cell = sheet.cell(row=r, column=c)  # styled below, as number_cell would
                    number = getattr(row, key)
                    cell.value = None if number is None else float(number)
                    kind, number_format = "number", MONEY_FORMAT
                else:
                    cell = text_cell(sheet, r, c, str(values.get(key, "")))
                    kind, number_format = "text", "General"
                look.apply(
                    cell,
                    kind,
                    font=TEXT_FONT,
                    alignment=WRAP,
                    border=BORDER,
                    number_format=number_format,
                )
        end = signatures(
            sheet,
            r + 2,
            2,
            5,
            lang,
            head=muni.head_name if muni else "",
            secretary=muni.secretary_name if muni else "",
            place=place,
        )
        fit_rows(sheet, 1, end - 1, len(cols))
    else:
        fit_rows(sheet, 1, head, len(cols))
    sheet.freeze_panes = sheet.cell(row=head + 1, column=3)
    setup_print(
        sheet, f"{head}:{head}", title, lang, place=place, pages_wide=PAGES_WIDE, title_cols="A:B"
    )
    if not template:
        _summary_sheet(wb, ws, lang)
    with atomic_writer(out) as fh:
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
    for col in "BCD":
        s.column_dimensions[col].width = 16
    for row in s.iter_rows():
        for cell in row:
            cell.font = BOLD_FONT if cell.font and cell.font.b else TEXT_FONT
            if isinstance(cell.value, str):
                cell.alignment = WRAP_TOP
    fit_rows(s, 1, s.max_row, 4)
    setup_print(s, "1:1", s.title, lang)
