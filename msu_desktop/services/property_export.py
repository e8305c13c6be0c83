"""The register as Excel: the full register, the PUBLIC version (measure 3.2.2: names of lessees
who are private persons hidden, internal notes left out), a blank template to fill in, and the
summary. Print-ready, and text typed by users is always stored as text (never a formula)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from msu_desktop.domain import property as prop
from msu_desktop.errors import Cancelled
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
from msu_desktop.services.files import atomic_output
from msu_desktop.services.workspace import Workspace


def _labels(kind: str, lang: str) -> dict[str, str]:
    return {c["id"]: pick(c["label"], lang) for c in ps.categories()[kind]}


def public_columns(lang: str) -> list[tuple[str, str, int]]:
    """The public version (measure 3.2.2): what the public may read, names in one language."""
    return [
        ("inventory_number", tr("PropertyExport", "Inventory number", lang), 14),
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


def columns(lang: str, public: bool = False) -> list[tuple[str, str, int]]:
    """The full register carries every field of an object, so that ``inventory import`` of it
    gives back the same register (the round trip); ``lessee`` and ``disposal`` are shown for the
    reader, the leases and decisions themselves are on their own sheets."""
    if public:
        return public_columns(lang)
    return [
        ("inventory_number", tr("PropertyExport", "Inventory number", lang), 14),
        ("name_ru", tr("PropertyExport", "Name in Russian", lang), 36),
        ("name_ky", tr("PropertyExport", "Name in Kyrgyz", lang), 36),
        ("category", tr("PropertyExport", "Category", lang), 22),
        ("village", tr("PropertyExport", "Village", lang), 16),
        ("address", tr("PropertyExport", "Address", lang), 24),
        ("latitude", tr("PropertyExport", "GPS latitude", lang), 11),
        ("longitude", tr("PropertyExport", "GPS longitude", lang), 11),
        ("cadastral_code", tr("PropertyExport", "Cadastral code (ЕНИ)", lang), 20),
        ("area", tr("PropertyExport", "Area or quantity", lang), 12),
        ("unit", tr("PropertyExport", "Unit", lang), 8),
        ("year", tr("PropertyExport", "Year", lang), 8),
        ("basis_document", tr("PropertyExport", "Basis document", lang), 22),
        ("basis_number", tr("PropertyExport", "Basis document number", lang), 12),
        ("basis_date", tr("PropertyExport", "Basis document date", lang), 12),
        ("initial_value", tr("PropertyExport", "Initial value, som", lang), 15),
        ("book_value", tr("PropertyExport", "Book value, som", lang), 15),
        ("residual_value", tr("PropertyExport", "Residual value, som", lang), 15),
        ("condition", tr("PropertyExport", "Condition", lang), 16),
        ("use", tr("PropertyExport", "Use", lang), 18),
        ("registration_number", tr("PropertyExport", "State registration number", lang), 14),
        ("registration_date", tr("PropertyExport", "State registration date", lang), 12),
        ("disposal", tr("PropertyExport", "Written off or sold by decision", lang), 22),
        ("lessee", tr("PropertyExport", "Lessee", lang), 24),
        ("details", tr("PropertyExport", "Category details", lang), 30),
        ("notes", tr("PropertyExport", "Notes", lang), 30),
    ]


def lease_columns(lang: str) -> list[tuple[str, str, int]]:
    return [
        ("inventory_number", tr("PropertyExport", "Inventory number", lang), 14),
        ("lessee", tr("PropertyExport", "Lessee", lang), 30),
        ("is_person", tr("PropertyExport", "Private person", lang), 10),
        ("contract_number", tr("PropertyExport", "Contract number", lang), 12),
        ("start", tr("PropertyExport", "Start", lang), 12),
        ("end", tr("PropertyExport", "End", lang), 12),
        ("rent", tr("PropertyExport", "Rent, som", lang), 12),
        ("rent_period", tr("PropertyExport", "Rent per", lang), 10),
        ("awarded_by", tr("PropertyExport", "Awarded by", lang), 14),
        ("protocol_number", tr("PropertyExport", "Auction protocol number", lang), 12),
        ("protocol_date", tr("PropertyExport", "Auction protocol date", lang), 12),
        ("direct_reason", tr("PropertyExport", "Reason without an auction", lang), 30),
        ("terminated", tr("PropertyExport", "Terminated", lang), 10),
    ]


def decision_columns(lang: str) -> list[tuple[str, str, int]]:
    return [
        ("number", tr("PropertyExport", "Decision number", lang), 12),
        ("date", tr("PropertyExport", "Decision date", lang), 12),
        ("kind", tr("PropertyExport", "Kind of decision", lang), 16),
        ("text", tr("PropertyExport", "Text of the decision", lang), 50),
        ("objects", tr("PropertyExport", "Inventory numbers of the objects", lang), 30),
    ]


def sheet_titles(lang: str) -> dict[str, str]:
    return {
        "register": tr("PropertyExport", "Register", lang)[:31],
        "leases": tr("PropertyExport", "Leases", lang)[:31],
        "decisions": tr("PropertyExport", "Council decisions", lang)[:31],
    }


def choice_labels(lang: str) -> dict[str, dict[str, str]]:
    """The words the export writes for coded values (and the import reads back)."""
    return {
        "yes_no": {
            "yes": tr("PropertyExport", "yes", lang),
            "no": tr("PropertyExport", "no", lang),
        },
        "rent_period": {
            "month": tr("PropertyExport", "month", lang),
            "quarter": tr("PropertyExport", "quarter", lang),
            "year": tr("PropertyExport", "year", lang),
        },
        "awarded_by": {
            "auction": tr("PropertyExport", "auction", lang),
            "direct": tr("PropertyExport", "without an auction", lang),
        },
        "kind": {
            "acquire": tr("PropertyExport", "acquisition", lang),
            "lease": tr("PropertyExport", "lease", lang),
            "sell": tr("PropertyExport", "sale", lang),
            "write_off": tr("PropertyExport", "write-off", lang),
            "other": tr("PropertyExport", "other", lang),
        },
    }


def not_carried(lang: str | None = None) -> list[str]:
    """What a register file does not carry (said on its sheet, listed by the import's dry run)."""
    return [
        tr("PropertyExport", "photos and documents attached to objects", lang),
        tr("PropertyExport", "the history of changes", lang),
        tr("PropertyExport", "revaluations (the current values are carried)", lang),
    ]


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _head(sheet: Any, row: int, cols: list[tuple[str, str, int]]) -> None:
    for c, (_key, name, width) in enumerate(cols, start=1):
        cell = text_cell(sheet, row, c, name)
        cell.font = BOLD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BORDER
        sheet.column_dimensions[get_column_letter(c)].width = width


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


def pages_wide(n_columns: int) -> int:
    """Pages the register prints wide: two for the public version, about eight columns a page
    for the full register (every field, for the round trip)."""
    return max(PAGES_WIDE, -(-n_columns // 8))


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
    ws: Workspace,
    out: Path,
    lang: str = "ru",
    *,
    public: bool = False,
    template: bool = False,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """The register as an xlsx file, written atomically. ``progress(pct, text="")`` and
    ``cancelled()`` are gui/workers.py's: a cancel raises :class:`Cancelled` before anything is
    written."""
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
    titles = sheet_titles(lang)
    sheet.title = titles["register"]
    place = muni.name(lang) if muni else ""
    full = not public and not template
    if full:
        text_cell(
            sheet,
            2,
            1,
            tr(
                "PropertyExport",
                "Leases are on the sheet «{leases}», council decisions on «{decisions}». "
                "This file does not carry: {missing}.",
                lang,
                leases=titles["leases"],
                decisions=titles["decisions"],
                missing="; ".join(not_carried(lang)),
            ),
        ).font = Font(name=FONT_NAME, italic=True)
    cols = columns(lang, public)
    pages = pages_wide(len(cols))
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
        pages=pages,
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
        details = ps.register_details(ws) if full else {}
        r = head
        look = Styles()
        rows = ps.list_rows(ws)
        for n, row in enumerate(rows):
            if n % 500 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled("The export was cancelled; nothing was written.")
                if progress is not None:
                    progress(90 * n // max(1, len(rows)))
            if public and row.status != "active":
                continue
            r += 1
            lessee = ""
            if row.id in current_lessee:
                name, person = current_lessee[row.id]
                lessee = prop.public_lessee(name, person) if public else name
            more = details.get(row.id, {})
            decision = more.get("disposal")
            values = {
                "inventory_number": row.inventory_number,
                "name": (row.name_ky if lang == "ky" else row.name_ru)
                or row.name_ru
                or row.name_ky,
                "name_ru": row.name_ru,
                "name_ky": row.name_ky,
                "category": cats.get(row.category, row.category),
                "village": row.village,
                "address": row.address,
                "cadastral_code": row.cadastral_code,
                "unit": units.get(row.unit, row.unit),
                "year": str(row.year or ""),
                "basis_document": more.get("basis_document", ""),
                "basis_number": more.get("basis_number", ""),
                "basis_date": _date(more.get("basis_date")),
                "registration_number": more.get("registration_number", ""),
                "registration_date": _date(more.get("registration_date")),
                "condition": conds.get(row.condition, row.condition),
                "use": uses.get(row.use, row.use),
                "disposal": tr(
                    "PropertyExport",
                    "No. {number} of {date}",
                    lang,
                    number=decision[0],
                    date=_date(decision[1]),
                )
                if decision
                else "",
                "lessee": lessee,
                "details": json.dumps(more["extra"], ensure_ascii=False, sort_keys=True)
                if more.get("extra")
                else "",
                "notes": row.notes,
            }
            numbers = {
                "latitude": more.get("latitude"),
                "longitude": more.get("longitude"),
                "initial_value": more.get("initial_value"),
            }
            for c, (key, _name, _w) in enumerate(cols, start=1):
                if key in ("area", "book_value", "residual_value"):
                    cell = sheet.cell(row=r, column=c)  # styled below, as number_cell would
                    number = getattr(row, key)
                    cell.value = None if number is None else float(number)
                    kind, number_format = "number", MONEY_FORMAT
                elif key in numbers:
                    cell = sheet.cell(row=r, column=c)
                    number = numbers[key]
                    cell.value = None if number is None else float(number)
                    kind = "number"
                    number_format = "0.000000" if key in ("latitude", "longitude") else MONEY_FORMAT
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
        sheet, f"{head}:{head}", title, lang, place=place, pages_wide=pages, title_cols="A:B"
    )
    if full:
        _leases_sheet(wb, ws, lang)
        _decisions_sheet(wb, ws, lang)
    if not template:
        _summary_sheet(wb, ws, lang)
    with atomic_output(out) as fh:
        wb.save(fh)
    return out


def _leases_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    s = wb.create_sheet(sheet_titles(lang)["leases"])
    cols = lease_columns(lang)
    _head(s, 1, cols)
    words = choice_labels(lang)
    yes_no = words["yes_no"]
    for r, lease in enumerate(ps.lease_records(ws), start=2):
        for c, (key, _name, _w) in enumerate(cols, start=1):
            value = lease[key]
            if key == "rent":
                number_cell(s, r, c, value)
                continue
            if key in ("is_person", "terminated"):
                value = yes_no["yes" if value else "no"]
            elif key in ("rent_period", "awarded_by"):
                value = words[key].get(value, value)
            elif key in ("start", "end", "protocol_date"):
                value = _date(value)
            text_cell(s, r, c, str(value or ""))
    s.freeze_panes = "B2"
    _lay_out_list(s, cols, lang)


def _decisions_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    s = wb.create_sheet(sheet_titles(lang)["decisions"])
    cols = decision_columns(lang)
    _head(s, 1, cols)
    kinds = choice_labels(lang)["kind"]
    for r, d in enumerate(sorted(ps.decisions(ws), key=lambda d: (d.date, d.number, d.id)), 2):
        values = {
            "number": d.number,
            "date": _date(d.date),
            "kind": kinds.get(d.kind, d.kind),
            "text": d.text,
            "objects": "; ".join(sorted(d.objects)),
        }
        for c, (key, _name, _w) in enumerate(cols, start=1):
            text_cell(s, r, c, values[key])
    s.freeze_panes = "A2"
    _lay_out_list(s, cols, lang)


def _lay_out_list(sheet: Any, cols: list[tuple[str, str, int]], lang: str) -> None:
    """A list sheet (leases, decisions) printed as the register is: every word whole in its
    column, rows as tall as their wrapped text, fit to the page width at a readable size."""
    widest = [max((width_for(w, True) for w in name.split()), default=6.0) for _k, name, _w in cols]
    for row in sheet.iter_rows(min_row=2):
        for k, cell in enumerate(row[: len(cols)]):
            if isinstance(cell.value, str):
                for word in cell.value.split():
                    widest[k] = max(widest[k], width_for(word))
    pages = pages_wide(len(cols))
    widths = fit_widths(
        [max(float(w), widest[k]) for k, (_key, _name, w) in enumerate(cols)],
        minimums=widest,
        pages=pages,
        repeated=(0,),
    )
    set_widths(sheet, widths)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = TEXT_FONT
            cell.alignment = WRAP_TOP
            cell.border = BORDER
    fit_rows(sheet, 1, sheet.max_row, len(cols))
    setup_print(sheet, "1:1", sheet.title, lang, pages_wide=pages, title_cols="A:A")


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
