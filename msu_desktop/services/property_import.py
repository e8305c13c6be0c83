"""Importing an existing Excel property register, the way real ones look: a title above the
table, merged or two-row headers in Russian or Kyrgyz, numbers typed as text with spaces and
commas, dates in every format, bad rows.

1. ``read_workbook(path)`` → the sheet's cells; ``guess_mapping`` finds the header row and maps
   columns to fields from the synonyms in ``data/property/import_headers.json`` (the user may
   correct it).
2. ``dry_run(ws, sheet, mapping)`` → :class:`ImportCheck`: the rows to add, the rows that match
   an object already in the register (same inventory number or ЕНИ: updated, never duplicated),
   and every rejected row with its spreadsheet row number and reason. Nothing is written.
3. ``apply(ws, check)`` writes the accepted rows in ONE transaction.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from msu_desktop import assets
from msu_desktop.domain import property as prop
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import plan_files, property_service
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import PropertyObject

NUMBER_FIELDS = ("area", "initial_value", "book_value", "residual_value")
HEADER_SCAN_ROWS = 20
MAX_ROWS = 100_000


@lru_cache(maxsize=1)
def synonyms() -> dict[str, Any]:
    what = tr("Files", "The import column names")
    doc = plan_files.load_json(assets.data_path("property", "import_headers.json"), what)
    plan_files.validate(doc, "property_import_headers.schema.json", what)
    return doc if isinstance(doc, dict) else {}


def norm(text: Any) -> str:
    s = str(text or "").lower().replace("ё", "е").replace("\n", " ")
    s = re.sub(r"[\"'«»()\[\]:;*]", " ", s)
    return " ".join(s.split()).strip(" .,")


@dataclass
class Sheet:
    rows: list[list[Any]]  # merged header cells filled in

    def cell(self, r: int, c: int) -> Any:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None


def read_workbook(path: Path) -> Sheet:
    """The first sheet's values; a merged cell's value is copied into every cell it covers."""
    try:
        wb = load_workbook(Path(path), data_only=True)
    except FileNotFoundError as exc:
        raise UserError("The file was not found: {path}", path=str(path)) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=Path(path).name
        ) from exc
    ws = wb.worksheets[0]
    if ws.max_row > MAX_ROWS:
        raise UserError("The sheet has more than {n} rows.", n=MAX_ROWS)
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                while len(rows[r - 1]) < c:
                    rows[r - 1].append(None)
                rows[r - 1][c - 1] = value
    return Sheet(rows)


def _match(header: str) -> str | None:
    h = norm(header)
    if not h:
        return None
    best: tuple[int, str] | None = None
    for fieldname, names in synonyms()["columns"].items():
        for name in names:
            n = norm(name)
            if h == n:
                return fieldname
            if n and (h.startswith(n) or n in h):
                score = len(n)
                if best is None or score > best[0]:
                    best = (score, fieldname)
    return best[1] if best else None


@dataclass
class Mapping:
    header_row: int  # 0-based index of the last header row
    columns: dict[str, int]  # field -> 0-based column
    headers: list[str]


def guess_mapping(sheet: Sheet) -> Mapping:
    best: Mapping | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        for depth in (1, 2):
            if r + depth > len(sheet.rows):
                continue
            width = max(len(sheet.rows[x]) for x in range(r, r + depth))
            headers = []
            for c in range(width):
                parts = []
                for x in range(r, r + depth):
                    v = sheet.cell(x, c)
                    if v is not None and str(v).strip() and str(v) not in parts:
                        parts.append(str(v))
                headers.append(" ".join(parts))
            columns: dict[str, int] = {}
            for c, h in enumerate(headers):
                # under a merged parent ("Площадь" over "кол-во" | "ед. изм."), the sub-header
                # decides when it means something itself; otherwise the parent does
                sub = _match(str(sheet.cell(r + depth - 1, c) or "")) if depth == 2 else None
                f = sub if sub and sub not in columns else _match(h)
                if f and f not in columns:
                    columns[f] = c
            if "name" in columns and (best is None or len(columns) > len(best.columns)):
                best = Mapping(r + depth - 1, columns, headers)
    if best is None:
        raise UserError("No header row with a name column was found. Map the columns by hand.")
    return best


@dataclass
class Rejected:
    row: int  # the spreadsheet's row number (1-based, as Excel shows it)
    reason: str


@dataclass
class ImportCheck:
    new: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    matched: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)  # row, object id
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return len(self.new) + len(self.matched)


def _value_id(kind: str, value: Any) -> str | None:
    v = norm(value)
    if not v:
        return None
    for ident, names in synonyms()["values"].get(kind, {}).items():
        if v == ident or any(norm(n) == v or norm(n) in v for n in names):
            return ident
    return None


def dry_run(
    ws: Workspace,
    sheet: Sheet,
    mapping: Mapping,
    progress: Callable[[int, int], None] | None = None,
) -> ImportCheck:
    check = ImportCheck()
    with ws.session() as s:
        by_inv = {
            inv: oid
            for oid, inv in s.execute(select(PropertyObject.id, PropertyObject.inventory_number))
        }
        by_eni = {
            code: oid
            for oid, code in s.execute(select(PropertyObject.id, PropertyObject.cadastral_code))
            if code
        }
    seen_inv: dict[str, int] = {}
    cols = mapping.columns
    total = len(sheet.rows)
    for r in range(mapping.header_row + 1, total):
        if progress and r % 500 == 0:
            progress(r, total)
        raw = {f: sheet.cell(r, c) for f, c in cols.items()}
        if all(v is None or str(v).strip() == "" for v in raw.values()):
            continue
        excel_row = r + 1
        fields: dict[str, Any] = {}
        problems: list[str] = []
        name = " ".join(str(raw.get("name") or "").split())
        if not name:
            problems.append(tr("PropertyImport", "the name is missing"))
        fields["name_ru"] = name
        for f in ("village", "address", "basis_document", "registration_number", "notes"):
            key = "basis_document" if f == "basis_document" else f
            src = (
                "basis"
                if f == "basis_document"
                else ("registration" if f == "registration_number" else f)
            )
            if raw.get(src) not in (None, ""):
                fields[key] = " ".join(str(raw[src]).split())[: prop.USER_TEXT_LIMIT]
        inv = str(raw.get("inventory_number") or "").strip()
        if inv.endswith(".0") and inv[:-2].isdigit():
            inv = inv[:-2]
        fields["inventory_number"] = inv
        for f in NUMBER_FIELDS:
            if f not in cols:
                continue
            try:
                number = prop.parse_number(raw.get(f))
            except ValueError:
                problems.append(
                    tr(
                        "PropertyImport",
                        "{column}: not a number ({value})",
                        column=mapping.headers[cols[f]],
                        value=str(raw.get(f)),
                    )
                )
                continue
            if number is not None and number < 0:
                problems.append(
                    tr("PropertyImport", "{column}: negative", column=mapping.headers[cols[f]])
                )
            fields[f] = float(number) if number is not None else None
        if "year" in cols:
            try:
                fields["year"] = prop.parse_year(raw.get("year"))
            except ValueError:
                problems.append(
                    tr(
                        "PropertyImport",
                        "unreadable year or date ({value})",
                        value=str(raw.get("year")),
                    )
                )
        code = str(raw.get("cadastral_code") or "").strip()
        if code:
            bad = prop.eni_problem(code)
            if bad:
                problems.append(bad)
            fields["cadastral_code"] = code
        fields["category"] = (
            _value_id("category", raw.get("category"))
            or _value_id("category", name)
            or "movable_other"
        )
        if raw.get("condition") not in (None, ""):
            cond = _value_id("condition", raw.get("condition"))
            if cond is None:
                problems.append(
                    tr(
                        "PropertyImport",
                        "unknown condition ({value})",
                        value=str(raw.get("condition")),
                    )
                )
            fields["condition"] = cond or ""
        if raw.get("use") not in (None, ""):
            fields["use"] = _value_id("use", raw.get("use")) or "own_use"
        if raw.get("unit") not in (None, ""):
            fields["unit"] = _value_id("unit", raw.get("unit")) or ""
        if inv:
            if inv in seen_inv:
                problems.append(
                    tr(
                        "PropertyImport",
                        "duplicate inventory number {number} (also in row {row})",
                        number=inv,
                        row=seen_inv[inv],
                    )
                )
            else:
                seen_inv[inv] = excel_row
        if problems:
            check.rejected.append(Rejected(excel_row, "; ".join(problems)))
            continue
        existing = by_inv.get(inv) if inv else None
        if existing is None and code:
            existing = by_eni.get(code)
        if existing is not None:
            check.matched.append((excel_row, existing, fields))
        else:
            check.new.append((excel_row, fields))
    return check


def apply(ws: Workspace, check: ImportCheck) -> tuple[int, int]:
    """Write the accepted rows in one transaction; returns (added, updated)."""
    added = updated = 0
    with ws.transaction() as s:
        for _row, object_id, fields in check.matched:
            data = {
                k: v for k, v in fields.items() if v not in (None, "") and k != "inventory_number"
            }
            if property_service.update_object(
                ws, object_id, data, session=s, reason=tr("Property", "import")
            ):
                updated += 1
        for _row, fields in check.new:
            property_service.add_object(ws, fields, session=s)
            added += 1
    return added, updated
