"""The register as Excel: the full register, the PUBLIC version (measure 3.2.2: names of lessees
who are private persons hidden, internal notes left out), a blank template to fill in, and the
summary. Print-ready, and text typed by users is always stored as text (never a formula).

A little over 500 lines: the register's sheets (objects, leases, decisions, summary) share one
column list and one row writer, which the import reads back (services/property/import_map.py)."""

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
from msu_desktop.domain.numbers import quantity
from msu_desktop.errors import Cancelled
from msu_desktop.i18n import pick, tr
from msu_desktop.services.export.report_xlsx import (
    BORDER,
    HEAD_FILL,
    WRAP,
    setup_print,
)
from msu_desktop.services.export.xlsx_print import (
    ARIAL_RATIO,
    BOLD_FONT,
    FONT_NAME,
    MONEY_FORMAT,
    SIZE,
    TEXT_FONT,
    WRAP_TOP,
    SheetRows,
    fit_widths,
    signature_lines,
    text_points,
    width_for,
)
from msu_desktop.services.export.xlsx_print import save as save_workbook
from msu_desktop.services.export.xlsx_print import workbook as print_workbook
from msu_desktop.services.property.decisions import decisions
from msu_desktop.services.property.fields import (
    categories,
    choice_labels,
    not_carried,
    register_columns,
    sheet_titles,
)
from msu_desktop.services.property.leases import leases
from msu_desktop.services.property.register import (
    RegisterRow,
    lease_records,
    list_rows,
    register_details,
    summary,
)
from msu_desktop.services.workspace import Workspace
from msu_exchange.files import atomic_output


def _labels(kind: str, lang: str) -> dict[str, str]:
    return {c["id"]: pick(c["label"], lang) for c in categories()[kind]}


def public_columns(lang: str) -> list[tuple[str, str, int]]:
    """The public version (measure 3.2.2): what the public may read, names in one language
    (the fields ``data/property/fields.json`` marks public)."""
    return register_columns("object", lang, public=True)


def columns(lang: str, public: bool = False) -> list[tuple[str, str, int]]:
    """The full register carries every field of an object, so that ``inventory import`` of it
    gives back the same register (the round trip); ``lessee`` and ``disposal`` are shown for the
    reader, the leases and decisions themselves are on their own sheets."""
    return register_columns("object", lang, public)


def lease_columns(lang: str) -> list[tuple[str, str, int]]:
    return register_columns("lease", lang)


def decision_columns(lang: str) -> list[tuple[str, str, int]]:
    return register_columns("decision", lang)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


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
    cols: list[tuple[str, str, int]], lang: str, rows: list[RegisterRow]
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
    codes = {r.cadastral_code for r in rows if r.cadastral_code}
    widest = max(codes, key=lambda c: text_points(c, SIZE * ARIAL_RATIO), default="")
    out["cadastral_code"] = width_for(widest) if widest else 0.0
    return out


_NUMBER_FORMATS = {"latitude": "0.000000", "longitude": "0.000000"}


def _register_title(lang: str, *, public: bool, template: bool) -> str:
    if template:
        return tr("PropertyExport", "Register of municipal property (template)", lang)
    if public:
        return tr("PropertyExport", "Register of municipal property (public version)", lang)
    return tr("PropertyExport", "Register of municipal property", lang)


def _register_kinds(rows: SheetRows) -> None:
    """The register sheet's cell kinds: title, note, head, text, signatures, one a number
    format."""
    rows.kind("title", font=Font(name=FONT_NAME, bold=True, size=12))
    rows.kind("note", font=Font(name=FONT_NAME, italic=True))
    rows.kind("head", font=BOLD_FONT, alignment=WRAP, border=BORDER, fill=HEAD_FILL)
    rows.kind("text", font=TEXT_FONT, alignment=WRAP, border=BORDER)
    rows.kind("sign", font=TEXT_FONT, alignment=WRAP_TOP)
    rows.kind("sign bold", font=BOLD_FONT, alignment=WRAP_TOP)
    for number_format in {MONEY_FORMAT, *_NUMBER_FORMATS.values()}:
        rows.kind(
            number_format,
            font=TEXT_FONT,
            alignment=WRAP,
            border=BORDER,
            number_format=number_format,
        )


def _current_lessees(ws: Workspace) -> dict[int, tuple[str, bool]]:
    """Each leased object's current lessee (a running or ending lease): (name, a person)."""
    current: dict[int, tuple[str, bool]] = {}
    for lease in leases(ws):
        if lease.state in ("active", "ending_soon"):
            current[lease.object_id] = (lease.lessee, lease.is_person)
    return current


def _object_cells(
    row: Any, more: dict[str, Any], lessee: str, labels: dict[str, dict[str, str]], lang: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One object's register row: its texts and its numbers by field."""
    decision = more.get("disposal")
    values = {
        "inventory_number": row.inventory_number,
        "name": (row.name_ky if lang == "ky" else row.name_ru) or row.name_ru or row.name_ky,
        "name_ru": row.name_ru,
        "name_ky": row.name_ky,
        "category": labels["categories"].get(row.category, row.category),
        "village": row.village,
        "address": row.address,
        "cadastral_code": row.cadastral_code,
        "unit": labels["units"].get(row.unit, row.unit),
        "year": str(row.year or ""),
        "basis_document": more.get("basis_document", ""),
        "basis_number": more.get("basis_number", ""),
        "basis_date": _date(more.get("basis_date")),
        "registration_number": more.get("registration_number", ""),
        "registration_date": _date(more.get("registration_date")),
        "condition": labels["conditions"].get(row.condition, row.condition),
        "use": labels["uses"].get(row.use, row.use),
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
        "area": row.area,
        "book_value": row.book_value,
        "residual_value": row.residual_value,
        "latitude": more.get("latitude"),
        "longitude": more.get("longitude"),
        "initial_value": more.get("initial_value"),
    }
    return values, numbers


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
    """The register (the full one, the public version or the blank template) as a workbook
    written row by row (write-only: 5,000 objects in about the time openpyxl needs for the bare
    cells), every row as tall as its wrapped text, print-ready. ``progress(pct, text="")`` and
    ``cancelled()`` are gui/workers.py's: a cancel raises :class:`Cancelled` before anything is
    written."""
    wb = print_workbook(write_only=True)
    muni = ws.municipality()
    title = _register_title(lang, public=public, template=template)
    titles = sheet_titles(lang)
    sheet = wb.create_sheet(titles["register"])
    place = muni.name(lang) if muni else ""
    full = not public and not template
    cols = columns(lang, public)
    pages = pages_wide(len(cols))
    objects = list_rows(ws) if not template else []
    # Fifteen columns do not fit one A4 page at 8 pt with their words whole (the widest words
    # alone add up to more), so the register prints two pages wide, the inventory number and
    # the name repeated on the right-hand page; every word fits its column whole.
    words = _widest_words(cols, lang, objects) if not template else {}
    widths = fit_widths(
        [max(w, words.get(k, 0.0), *(width_for(x, True) for x in n.split())) for k, n, w in cols],
        shrinkable=[i for i, (k, _n, _w) in enumerate(cols) if k not in _FIXED],
        minimums=[
            max(words.get(k, 0.0), *(width_for(x, True) for x in n.split())) for k, n, _w in cols
        ],
        pages=pages,
        repeated=(0, 1),
    )
    rows = SheetRows(sheet, widths)
    _register_kinds(rows)
    rows.text(f"{title} — {place}", "title")  # runs over the empty cells beside it
    rows.end_row()
    if full:
        rows.text(
            tr(
                "PropertyExport",
                "Leases are on the sheet «{leases}», council decisions on «{decisions}». "
                "This file does not carry: {missing}.",
                lang,
                leases=titles["leases"],
                decisions=titles["decisions"],
                missing="; ".join(not_carried(lang)),
            ),
            "note",
        )
    rows.end_row()
    for _key, name, _width in cols:
        rows.text(name, "head")  # as typed: the import reads it back
    head = rows.end_row()
    if not template:
        labels = {k: _labels(k, lang) for k in ("categories", "conditions", "uses", "units")}
        current_lessee = _current_lessees(ws)
        details = register_details(ws) if full else {}
        for n, row in enumerate(objects):
            if n % 500 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled("The export was cancelled; nothing was written.")
                if progress is not None:
                    progress(90 * n // max(1, len(objects)))
            if public and row.status != "active":
                continue
            lessee = ""
            if row.id in current_lessee:
                name, person = current_lessee[row.id]
                lessee = prop.public_lessee(name, person, lang) if public else name
            more = details.get(row.id, {})
            values, numbers = _object_cells(row, more, lessee, labels, lang)
            for key, _name, _w in cols:
                if key in numbers:
                    number = numbers[key]
                    rows.number(
                        None if number is None else float(number),
                        _NUMBER_FORMATS.get(key, MONEY_FORMAT),
                    )
                else:
                    rows.text(str(values.get(key, "")), "text")
            rows.end_row()
        rows.end_row()
        for text, font in signature_lines(
            lang,
            head=muni.head_name if muni else "",
            secretary=muni.secretary_name if muni else "",
            place=place,
        ):
            # not in the columns repeated on every strip (A:B): printed once, never cut
            rows.skip()
            rows.skip()
            rows.text(text, "sign bold" if font.b else "sign", span=4)
            rows.end_row(merge=(3, 6))
    sheet.freeze_panes = f"C{head + 1}"
    setup_print(
        sheet, f"{head}:{head}", title, lang, place=place, pages_wide=pages, title_cols="A:B"
    )
    sheet.print_area = f"A1:{get_column_letter(len(cols))}{rows.row}"
    if full:
        _leases_sheet(wb, ws, lang)
        _decisions_sheet(wb, ws, lang)
    if not template:
        _summary_sheet(wb, ws, lang)
    with atomic_output(out) as fh:
        save_workbook(wb, fh)
    return out


def _leases_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    cols = lease_columns(lang)
    words = choice_labels(lang)
    yes_no = words["yes_no"]
    values: list[list[Any]] = []
    for lease in lease_records(ws):
        row: list[Any] = []
        for key, _name, _w in cols:
            value = lease[key]
            if key == "rent":
                row.append(None if value is None else float(value))
                continue
            if key in ("is_person", "terminated"):
                value = yes_no["yes" if value else "no"]
            elif key in ("rent_period", "awarded_by"):
                value = words[key].get(value, value)
            elif key in ("start", "end", "protocol_date"):
                value = _date(value)
            row.append(str(value or ""))
        values.append(row)
    _list_sheet(wb, sheet_titles(lang)["leases"], cols, values, lang, freeze="B2")


def _decisions_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    cols = decision_columns(lang)
    kinds = choice_labels(lang)["kind"]
    values = [
        [
            d.number,
            _date(d.date),
            kinds.get(d.kind, d.kind),
            d.text,
            "; ".join(sorted(d.objects)),
        ]
        for d in sorted(decisions(ws), key=lambda d: (d.date, d.number, d.id))
    ]
    _list_sheet(wb, sheet_titles(lang)["decisions"], cols, values, lang, freeze="A2")


def _list_sheet(
    wb: Workbook,
    title: str,
    cols: list[tuple[str, str, int]],
    values: list[list[Any]],
    lang: str,
    *,
    freeze: str,
) -> None:
    """A list sheet (leases, decisions) printed as the register is: every word whole in its
    column, rows as tall as their wrapped text, fit to the page width at a readable size.
    ``values``: a str is written as text, a float (or None in a number column) as an amount."""
    widest = [max((width_for(w, True) for w in name.split()), default=6.0) for _k, name, _w in cols]
    for row in values:
        for k, value in enumerate(row):
            if isinstance(value, str):
                for word in value.split():
                    widest[k] = max(widest[k], width_for(word))
    pages = pages_wide(len(cols))
    widths = fit_widths(
        [max(float(w), widest[k]) for k, (_key, _name, w) in enumerate(cols)],
        minimums=widest,
        pages=pages,
        repeated=(0,),
    )
    sheet = wb.create_sheet(title)
    rows = SheetRows(sheet, widths)
    rows.kind("head", font=BOLD_FONT, alignment=WRAP, border=BORDER, fill=HEAD_FILL)
    rows.kind("text", font=TEXT_FONT, alignment=WRAP_TOP, border=BORDER)
    rows.kind(
        "money", font=TEXT_FONT, alignment=WRAP_TOP, border=BORDER, number_format=MONEY_FORMAT
    )
    rows.kind("none", font=TEXT_FONT, alignment=WRAP_TOP, border=BORDER)
    for _key, name, _width in cols:
        rows.text(name, "head")
    rows.end_row()
    for row in values:
        for value in row:
            if isinstance(value, str):
                rows.text(value, "text")
            else:
                rows.number(value, "none" if value is None else "money")
        rows.end_row()
    sheet.freeze_panes = freeze
    setup_print(sheet, "1:1", title, lang, pages_wide=pages, title_cols="A:A")


def _summary_sheet(wb: Workbook, ws: Workspace, lang: str) -> None:
    title = tr("PropertyExport", "Summary", lang)[:31]
    data = summary(ws)
    rows = SheetRows(wb.create_sheet(title), [36, 16, 16, 16])
    rows.kind("head", font=BOLD_FONT, alignment=WRAP_TOP)
    rows.kind("text", font=TEXT_FONT, alignment=WRAP_TOP)
    rows.kind("count", font=TEXT_FONT, number_format="0")
    rows.kind("money", font=TEXT_FONT, number_format=MONEY_FORMAT)
    rows.kind("none", font=TEXT_FONT)
    for heading, key, labels in (
        (tr("PropertyExport", "By category", lang), "by_category", _labels("categories", lang)),
        (tr("PropertyExport", "By use", lang), "by_use", _labels("uses", lang)),
    ):
        rows.text(heading, "head")
        for h in (
            tr("PropertyExport", "Objects", lang),
            tr("PropertyExport", "Area", lang),
            tr("PropertyExport", "Book value, som", lang),
        ):
            rows.text(h, "head")
        rows.end_row()
        units = _labels("units", lang)
        for ident, vals in data[key].items():
            rows.text(labels.get(ident, ident), "text")
            rows.number(vals["count"], "count")
            # per unit, never one figure of m², ha, m and pieces added together
            rows.text(
                "\n".join(
                    f"{quantity(v)} {units.get(u, u)}".strip()
                    for u, v in sorted(vals["area_by_unit"].items())
                ),
                "text",
            )
            rows.number(vals["book_value"], "money")
            rows.end_row()
        rows.end_row()
    rows.text(tr("PropertyExport", "Rent income by year, som", lang), "head")
    rows.end_row()
    for year, value in data["rent_income_by_year"].items():
        rows.text(year, "text")
        rows.number(float(value), "money")
        rows.end_row()
    setup_print(rows.sheet, "1:1", title, lang)
