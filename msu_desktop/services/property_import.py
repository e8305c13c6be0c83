"""Importing an existing Excel property register, the way real ones look: a title above the
table, merged or two-row headers in Russian or Kyrgyz, numbers typed as text with spaces and
commas, dates in every format, bad rows — and the app's own full export, which comes back
unchanged (objects, leases on «Leases», council decisions on «Council decisions»).

0. ``inspect_file(path)`` refuses what is not a workbook to read, before it is opened: an old
   .xls or a password-protected file (both OLE containers), a CSV or other text, a zip whose
   members would inflate past :data:`MAX_UNCOMPRESSED` or by more than :data:`MAX_RATIO`, and
   XML with a DTD (an entity bomb: "billion laughs"); each with what to do.
1. ``read_workbook(path)`` → the first VISIBLE sheet's cells (hidden sheets are skipped and
   named); ``guess_mapping`` finds the header rows (a title above, a merged header over
   sub-headers) and maps columns to fields from the app's own export headers and the synonyms
   in ``data/property/import_headers.json``; the user may correct it and choose which columns
   that are not imported to keep in the notes.
2. ``dry_run(ws, sheet, mapping)`` → :class:`ImportCheck`: the rows to add, the rows that match
   an object already in the register (same inventory number or ЕНИ: updated, never duplicated),
   every rejected row with its spreadsheet row number, column and reason, the columns that are
   not imported, and what a register file cannot carry. Nothing is written.
3. ``apply(ws, check)`` writes the accepted rows, leases and decisions in ONE transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from msu_desktop import assets
from msu_desktop.domain import property as prop
from msu_desktop.errors import Cancelled, UserError
from msu_desktop.i18n import LANGUAGES, pick, tr
from msu_desktop.services import plan_files, property_export, property_service
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import CouncilDecision, Lease, PropertyObject

NUMBER_FIELDS = ("area", "initial_value", "book_value", "residual_value", "latitude", "longitude")
TEXT_FIELDS = (
    "village",
    "address",
    "basis_document",
    "basis_number",
    "registration_number",
    "notes",
)
DATE_FIELDS = ("basis_date", "registration_date")
# what the full export writes for the reader; the data itself is on its own sheet
SHOWN_ONLY = {"lessee": "leases", "disposal": "decisions"}
# old header names of the mapping (and the CLI's --mapping) → the object's fields
ALIASES = {"basis": "basis_document", "registration": "registration_number"}
HEADER_SCAN_ROWS = 20
MAX_ROWS = 100_000
MiB = 1024 * 1024
MAX_UNCOMPRESSED = 200 * MiB  # a 100,000-row register is about 60 MiB of XML
MAX_RATIO = 100  # real workbooks compress 5–20×; a bomb, 1,000×
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
DATE_LIKE = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*(г\.?)?\s*$")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, Any]:
    what = tr("Files", "The import column names")
    doc = plan_files.load_json(assets.data_path("property", "import_headers.json"), what)
    plan_files.validate(doc, "property_import_headers.schema.json", what)
    return doc if isinstance(doc, dict) else {}


def norm(text: Any) -> str:
    s = str(text or "").lower().replace("ё", "е").replace("\n", " ")
    s = re.sub(r"[\"'«»()\[\]:;,*]", " ", s)
    return " ".join(s.split()).strip(" .,")


@dataclass
class Sheet:
    rows: list[list[Any]]  # merged header cells filled in
    title: str = ""
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r0,c0,r1,c1
    others: dict[str, Sheet] = field(default_factory=dict)  # the workbook's other sheets
    skipped_hidden: list[str] = field(default_factory=list)

    def cell(self, r: int, c: int) -> Any:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None


def _save_as_xlsx(kind: str, path: Path) -> UserError:
    return UserError(
        "{name} is {kind}, not an Excel workbook (.xlsx). Open it in Excel or LibreOffice and "
        "save it as «Excel Workbook (.xlsx)», then import that file.",
        name=path.name,
        kind=kind,
    )


def inspect_file(path: Path) -> None:
    """Refuse, with what it is and what to do, a file that must not be opened as a workbook."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            start = fh.read(8)
    except FileNotFoundError as exc:
        raise UserError("The file was not found: {path}", path=str(path)) from exc
    except OSError as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=path.name
        ) from exc
    if start == OLE_MAGIC:
        raise _save_as_xlsx(
            tr("PropertyImport", "an old Excel workbook (.xls) or a password-protected one"),
            path,
        )
    if not start.startswith(b"PK"):
        if path.suffix.lower() in (".csv", ".txt") or _looks_like_text(path):
            raise _save_as_xlsx(tr("PropertyImport", "a text file (CSV)"), path)
        raise UserError("{path} is not an Excel workbook (.xlsx) that can be read.", path=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED:
                raise _too_big(path)
            for info in infos:
                if info.file_size > 1 * MiB and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise _too_big(path)
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _refuse_dtd(zf, info, path)
    except zipfile.BadZipFile as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=path.name
        ) from exc


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        sample = fh.read(4096)
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        try:
            sample.decode("cp1251")
        except UnicodeDecodeError:
            return False
    return b"\x00" not in sample and any(ch in sample for ch in (b",", b";", b"\t"))


def _too_big(path: Path) -> UserError:
    return UserError(
        "{name} would take more than {mb} MB once unpacked: it is damaged or not a register. "
        "Nothing was imported.",
        name=path.name,
        mb=MAX_UNCOMPRESSED // MiB,
    )


def _refuse_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """An XML part of a workbook never has a DTD; one that has (entities that expand to
    gigabytes, "billion laughs") is refused before any XML parser sees it."""
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(1 * MiB):
            data = tail + chunk
            if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                raise UserError(
                    "{name} contains XML entity definitions, which no Excel workbook has (an "
                    "entity bomb). Nothing was imported.",
                    name=path.name,
                )
            tail = data[-16:]


def _sheet_values(ws: Any) -> Sheet:
    if ws.max_row > MAX_ROWS:
        raise UserError("The sheet has more than {n} rows.", n=MAX_ROWS)
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    # A row holding nothing but one text merged across several columns is a line of text (a
    # note, a total, the signature lines under an exported register), never an object: it is
    # read as an empty row rather than copied into each column it covers.
    lines: set[int] = set()
    for rng in ws.merged_cells.ranges:
        if rng.min_row != rng.max_row or rng.max_col - rng.min_col < 2:
            continue
        filled = [v for v in rows[rng.min_row - 1] if v not in (None, "")]
        if len(filled) == 1 and rows[rng.min_row - 1][rng.min_col - 1] not in (None, ""):
            lines.add(rng.min_row - 1)
    for r in lines:
        rows[r] = [None] * len(rows[r])
    merged = []
    for rng in ws.merged_cells.ranges:
        if rng.min_row - 1 in lines:
            continue
        value = ws.cell(rng.min_row, rng.min_col).value
        merged.append((rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1))
        for r in range(rng.min_row, rng.max_row + 1):
            while len(rows) < r:
                rows.append([])
            for c in range(rng.min_col, rng.max_col + 1):
                while len(rows[r - 1]) < c:
                    rows[r - 1].append(None)
                rows[r - 1][c - 1] = value
    return Sheet(rows, str(ws.title), merged)


def read_workbook(path: Path) -> Sheet:
    """The first visible sheet's values (the other sheets in ``others``); a merged cell's value
    is copied into every cell it covers."""
    inspect_file(path)
    try:
        wb = load_workbook(Path(path), data_only=True)
    except FileNotFoundError as exc:
        raise UserError("The file was not found: {path}", path=str(path)) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=Path(path).name
        ) from exc
    visible = [w for w in wb.worksheets if w.sheet_state == "visible"]
    if not visible:
        raise UserError("{path} has no visible sheet.", path=Path(path).name)
    first = visible[0]
    sheet = _sheet_values(first)
    sheet.skipped_hidden = [w.title for w in wb.worksheets if w.sheet_state != "visible"]
    for w in visible[1:]:
        sheet.others[w.title] = _sheet_values(w)
    return sheet


@lru_cache(maxsize=1)
def _export_headers() -> dict[str, dict[str, str]]:
    """The headers the app's own export writes, in every language → field (exact match)."""
    out: dict[str, dict[str, str]] = {"register": {}, "leases": {}, "decisions": {}}
    for lang in (*LANGUAGES, "en"):
        for key, name, _w in property_export.columns(lang):
            out["register"][norm(name)] = key
        for key, name, _w in property_export.lease_columns(lang):
            out["leases"][norm(name)] = key
        for key, name, _w in property_export.decision_columns(lang):
            out["decisions"][norm(name)] = key
    return out


def _match(header: str) -> str | None:
    """The field a header names: the app's own export headers exactly, then the synonyms —
    exactly, then as a part of the header or with all their words in it (the longest wins:
    "Стоимость, сом остаточная" is the residual value, not the book value)."""
    h = norm(header)
    if not h:
        return None
    own = _export_headers()["register"].get(h)
    if own:
        return own
    words = set(h.split())
    best: tuple[int, str] | None = None
    for fieldname, names in synonyms()["columns"].items():
        for name in names:
            n = norm(name)
            if h == n:
                return ALIASES.get(fieldname, fieldname)
            if n and (h.startswith(n) or n in h or set(n.split()) <= words):
                score = len(n)
                if best is None or score > best[0]:
                    best = (score, ALIASES.get(fieldname, fieldname))
    return best[1] if best else None


@dataclass
class Mapping:
    header_row: int  # 0-based index of the last header row
    columns: dict[str, int]  # field -> 0-based column
    headers: list[str]
    keep: list[int] = field(default_factory=list)  # columns not imported, kept in the notes

    def unmapped(self, sheet: Sheet | None = None) -> list[int]:
        """Columns with a header that no field uses (and, given the sheet, with data)."""
        used = set(self.columns.values())
        out = []
        for c, h in enumerate(self.headers):
            if c in used or not str(h).strip():
                continue
            if sheet is not None and not any(
                sheet.cell(r, c) not in (None, "")
                for r in range(self.header_row + 1, len(sheet.rows))
            ):
                continue
            out.append(c)
        return out


def column_name(mapping: Mapping, c: int) -> str:
    return f"{get_column_letter(c + 1)} «{mapping.headers[c]}»"


def _header_block_end(sheet: Sheet, r: int) -> int:
    """The last row of the header that starts at row ``r``: a cell merged down from it
    ("Площадь" over two rows beside "Стоимость, сом" over "балансовая | остаточная")."""
    end = r
    for r0, _c0, r1, _c1 in sheet.merged:
        if r0 == r and r1 > end and r1 - r0 <= 3:
            end = r1
    return end


def guess_mapping(sheet: Sheet) -> Mapping:
    best: Mapping | None = None
    best_score: tuple[int, bool] = (0, False)
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        block_end = _header_block_end(sheet, r)
        for depth in sorted({1, 2, block_end - r + 1}):
            if r + depth > len(sheet.rows):
                continue
            width = max(len(sheet.rows[x]) for x in range(r, r + depth))
            headers = []
            for c in range(width):
                parts: list[str] = []
                for x in range(r, r + depth):
                    v = sheet.cell(x, c)
                    if v is not None and str(v).strip() and str(v) not in parts:
                        parts.append(str(v))
                headers.append(" ".join(parts))
            columns: dict[str, int] = {}
            for c, h in enumerate(headers):
                # under a merged parent ("Площадь" over "кол-во" | "ед. изм."), the sub-header
                # decides when it means something itself; otherwise the parent does
                sub = _match(str(sheet.cell(r + depth - 1, c) or "")) if depth > 1 else None
                whole = _match(h)
                f = whole if whole in ("residual_value", "initial_value") else sub or whole
                if f and f in columns:
                    f = whole if whole and whole not in columns else None
                if f and f not in columns:
                    columns[f] = c
            has_name = any(k in columns for k in ("name", "name_ru", "name_ky"))
            # a deeper header wins a tie when its rows are merged into one header block
            score = (len(columns), depth == block_end - r + 1)
            if has_name and (best is None or score > best_score):
                best, best_score = Mapping(r + depth - 1, columns, headers), score
    if best is None:
        raise UserError("No header row with a name column was found. Map the columns by hand.")
    return best


@dataclass
class Rejected:
    row: int  # the spreadsheet's row number (1-based, as Excel shows it)
    reason: str
    sheet: str = ""  # "" for the register sheet


@dataclass
class ImportCheck:
    new: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    matched: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)  # row, object id
    rejected: list[Rejected] = field(default_factory=list)
    leases: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    decisions: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)  # columns, named
    kept_in_notes: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # hidden sheets skipped, sheets ignored

    @property
    def accepted(self) -> int:
        return len(self.new) + len(self.matched)


def _labels_for(kind: str) -> dict[str, str]:
    """norm(label in ky/ru) → id for the app's own words (categories.json)."""
    key = {"category": "categories", "condition": "conditions", "use": "uses", "unit": "units"}
    out = {}
    for item in property_service.categories()[key[kind]]:
        for lang in LANGUAGES:
            out[norm(pick(item["label"], lang))] = item["id"]
        out[norm(item["id"])] = item["id"]
    return out


def _value_id(kind: str, value: Any) -> str | None:
    """A coded value (category, condition, use, unit) as offices write it: the app's own
    labels, then the synonyms — exactly first, then the longest synonym found in the text
    ("неудовлетворительное" is poor, not satisfactory)."""
    v = norm(value)
    if not v:
        return None
    own = _labels_for(kind).get(v)
    if own:
        return own
    table = synonyms()["values"].get(kind, {})
    for ident, names in table.items():
        if any(norm(n) == v for n in names):
            return str(ident)
    best: tuple[int, str] | None = None
    for ident, names in table.items():
        for n in names:
            nn = norm(n)
            found = nn and len(nn) >= 3 and re.search(rf"(?<!\w){re.escape(nn)}", v)
            if found and (best is None or len(nn) > best[0]):
                best = (len(nn), str(ident))
    return best[1] if best else None


def _choice(kind: str, value: Any) -> str | None:
    """The export's words for leases and decisions (any language) → id."""
    v = norm(value)
    for lang in (*LANGUAGES, "en"):
        for ident, label in property_export.choice_labels(lang)[kind].items():
            if v in (norm(label), ident):
                return ident
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


class _Row:
    """One spreadsheet row being read: its values and every problem, named by column."""

    def __init__(self, sheet: Sheet, r: int, cols: dict[str, int], headers: list[str]) -> None:
        self.raw = {f: sheet.cell(r, c) for f, c in cols.items()}
        self.cols, self.headers = cols, headers
        self.problems: list[str] = []

    def col(self, f: str) -> str:
        c = self.cols[f]
        return f"{get_column_letter(c + 1)} «{self.headers[c]}»" if c < len(self.headers) else f

    def bad(self, f: str, message: str, value: Any) -> None:
        self.problems.append(
            tr(
                "PropertyImport",
                "{column}: {problem} ({value})",
                column=self.col(f),
                problem=message,
                value=_text(value)[:60],
            )
        )

    def text(self, f: str) -> str:
        """The cell's text as typed (ends stripped; a name's line breaks become spaces)."""
        value = _text(self.raw.get(f))
        if f in ("name", "name_ru", "name_ky", "lessee", "inventory_number"):
            value = re.sub(r"\s*\n\s*", " ", value)
        limit = prop.NOTES_LIMIT if f == "notes" else prop.USER_TEXT_LIMIT
        if len(value) > limit:
            self.bad(
                f,
                tr("PropertyImport", "longer than {n} characters", n=limit),
                value[:20] + "…",
            )
            return ""
        return value

    def number(self, f: str) -> float | None:
        try:
            n = prop.parse_number(self.raw.get(f))
        except ValueError:
            self.bad(f, tr("PropertyImport", "not a number"), self.raw.get(f))
            return None
        if n is not None and n < 0 and f not in ("latitude", "longitude"):
            self.bad(f, tr("PropertyImport", "negative"), self.raw.get(f))
        return float(n) if n is not None else None

    def date(self, f: str) -> dt.date | None:
        try:
            return prop.parse_date(self.raw.get(f))
        except ValueError:
            self.bad(f, tr("PropertyImport", "not a date (DD.MM.YYYY)"), self.raw.get(f))
            return None


def _find_sheet(sheet: Sheet, kind: str) -> Sheet | None:
    names = {norm(property_export.sheet_titles(lang)[kind]) for lang in (*LANGUAGES, "en")}
    return next((s for t, s in sheet.others.items() if norm(t) in names), None)


def _sub_mapping(sub: Sheet, kind: str) -> tuple[int, dict[str, int], list[str]] | None:
    own = _export_headers()[kind]
    for r in range(min(HEADER_SCAN_ROWS, len(sub.rows))):
        headers = [_text(v) for v in sub.rows[r]]
        cols = {own[norm(h)]: c for c, h in enumerate(headers) if norm(h) in own}
        if len(cols) >= 3:
            return r, cols, headers
    return None


def dry_run(
    ws: Workspace,
    sheet: Sheet,
    mapping: Mapping,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportCheck:
    """Read every row against the register; writes nothing. ``progress(pct, text="")`` and
    ``cancelled()`` are gui/workers.py's (a cancel raises :class:`Cancelled`)."""
    check = ImportCheck()
    check.not_carried = property_export.not_carried()
    for title in sheet.skipped_hidden:
        check.notices.append(
            tr("PropertyImport", "The hidden sheet «{title}» was skipped.", title=title)
        )
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
        status_of = dict(s.execute(select(PropertyObject.id, PropertyObject.status)).all())
    lease_sheet, decision_sheet = _find_sheet(sheet, "leases"), _find_sheet(sheet, "decisions")
    cols = {ALIASES.get(f, f): c for f, c in mapping.columns.items()}
    for f, kind in SHOWN_ONLY.items():
        present = lease_sheet if kind == "leases" else decision_sheet
        if f in cols and present is None:
            # the reader's copy without its sheet: not imported, offered for the notes
            cols.pop(f)
    shown_only = {f: cols.pop(f) for f in list(cols) if f in SHOWN_ONLY}
    keep = [c for c in mapping.keep if c not in cols.values()]
    for c in Mapping(mapping.header_row, cols, mapping.headers).unmapped(sheet):
        if c in shown_only.values():
            continue
        (check.kept_in_notes if c in keep else check.not_imported).append(column_name(mapping, c))
    seen_inv: dict[str, int] = {}
    categories = property_service.categories()["categories"]
    total = len(sheet.rows)
    file_objects: dict[str, dict[str, Any]] = {}
    for r in range(mapping.header_row + 1, total):
        if r % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("The import was cancelled; nothing was written.")
            if progress is not None:
                progress(100 * r // total)
        row = _Row(sheet, r, cols, mapping.headers)
        kept = {c: sheet.cell(r, c) for c in keep}
        if all(v is None or str(v).strip() == "" for v in (*row.raw.values(), *kept.values())):
            continue
        excel_row = r + 1
        fields: dict[str, Any] = {}
        if "name" in cols:
            fields["name_ru"] = row.text("name")
        for f in ("name_ru", "name_ky"):
            if f in cols:
                fields[f] = row.text(f)
        if not (fields.get("name_ru") or fields.get("name_ky")):
            row.problems.append(tr("PropertyImport", "the name is missing"))
        for f in TEXT_FIELDS:
            if f in cols:
                fields[f] = row.text(f)
        inv = row.text("inventory_number") if "inventory_number" in cols else ""
        if inv.endswith(".0") and inv[:-2].isdigit():
            inv = inv[:-2]
        fields["inventory_number"] = inv
        for f in NUMBER_FIELDS:
            if f in cols:
                fields[f] = row.number(f)
        for f in DATE_FIELDS:
            if f in cols:
                fields[f] = row.date(f)
        if "year" in cols:
            try:
                fields["year"] = prop.parse_year(row.raw.get("year"))
            except ValueError:
                row.bad("year", tr("PropertyImport", "not a year or a date"), row.raw.get("year"))
        if "cadastral_code" in cols:
            code = row.text("cadastral_code")
            bad = prop.eni_problem(code)
            if bad:
                row.bad("cadastral_code", bad, code)
            fields["cadastral_code"] = code
        code = fields.get("cadastral_code", "")
        name = fields.get("name_ru") or fields.get("name_ky") or ""
        if "category" in cols and _text(row.raw.get("category")):
            category = _value_id("category", row.raw.get("category"))
            if category is None:
                row.bad("category", tr("PropertyImport", "unknown category"), row.raw["category"])
        else:
            category = _value_id("category", name)
        fields["category"] = category or "movable_other"
        for f in ("condition", "use", "unit"):
            if f in cols and _text(row.raw.get(f)):
                ident = _value_id(f, row.raw.get(f))
                if ident is None:
                    row.bad(f, tr("PropertyImport", "unknown value"), row.raw.get(f))
                fields[f] = ident or ""
        if "details" in cols and _text(row.raw.get("details")):
            try:
                extra = json.loads(_text(row.raw.get("details")))
                if not isinstance(extra, dict):
                    raise ValueError
                fields["extra"] = extra
            except ValueError:
                row.bad("details", tr("PropertyImport", "unreadable"), row.raw.get("details"))
        notes_more = []
        for c, value in kept.items():
            if value is None or _text(value) == "":
                continue
            if isinstance(value, str) and DATE_LIKE.match(value):
                try:
                    prop.parse_date(value)
                except ValueError:
                    row.problems.append(
                        tr(
                            "PropertyImport",
                            "{column}: {problem} ({value})",
                            column=column_name(mapping, c),
                            problem=tr("PropertyImport", "not a date (DD.MM.YYYY)"),
                            value=value,
                        )
                    )
            notes_more.append(f"{mapping.headers[c]}: {_text(value)}")
        if notes_more:
            fields["notes"] = "\n".join(filter(None, [fields.get("notes", ""), *notes_more]))
        if inv:
            if inv in seen_inv:
                row.problems.append(
                    tr(
                        "PropertyImport",
                        "duplicate inventory number {number} (also in row {row})",
                        number=inv,
                        row=seen_inv[inv],
                    )
                )
            else:
                seen_inv[inv] = excel_row
        fields["status"] = (
            fields.get("use") if fields.get("use") in prop.DISPOSED_USES else "active"
        )
        existing = by_inv.get(inv) if inv else None
        if existing is None and code:
            existing = by_eni.get(code)
        if (
            existing is not None
            and status_of.get(existing) != "active"
            and fields["status"] == "active"
        ):
            row.problems.append(
                tr(
                    "PropertyImport",
                    "the object is written off or sold in the register; the file says it is in use",
                )
            )
        if not row.problems:
            spec: list[dict[str, Any]] = next(
                (c["fields"] for c in categories if c["id"] == fields["category"]), []
            )  # the service checks the category's fields too: refused here, not at the apply
            problems = prop.object_problems(
                {k: v for k, v in fields.items() if k not in ("use", "status")}, extra_fields=spec
            )
            row.problems.extend(problems.values())
        if row.problems:
            check.rejected.append(Rejected(excel_row, "; ".join(row.problems)))
            continue
        if existing is not None:
            check.matched.append((excel_row, existing, fields))
        else:
            check.new.append((excel_row, fields))
        if inv:
            file_objects[inv] = fields
    known = set(file_objects) | set(by_inv)
    if lease_sheet is not None:
        _read_leases(lease_sheet, known, check)
    if decision_sheet is not None:
        _read_decisions(decision_sheet, known, check)
    _check_disposals(ws, check)
    return check


def _read_leases(sub: Sheet, known: set[str], check: ImportCheck) -> None:
    found = _sub_mapping(sub, "leases")
    if found is None:
        check.notices.append(
            tr("PropertyImport", "The sheet «{title}» has no columns to read.", title=sub.title)
        )
        return
    head, cols, headers = found
    for r in range(head + 1, len(sub.rows)):
        row = _Row(sub, r, cols, headers)
        if all(_text(v) == "" for v in row.raw.values()):
            continue
        inv = row.text("inventory_number")
        if inv.endswith(".0") and inv[:-2].isdigit():
            inv = inv[:-2]
        fields: dict[str, Any] = {"inventory_number": inv, "lessee": row.text("lessee")}
        if inv not in known:
            row.bad("inventory_number", tr("PropertyImport", "no such object"), inv)
        if not fields["lessee"]:
            row.problems.append(tr("PropertyImport", "the lessee is missing"))
        for f in ("contract_number", "protocol_number", "direct_reason"):
            fields[f] = row.text(f) if f in cols else ""
        for f in ("start", "end", "protocol_date"):
            fields[f] = row.date(f) if f in cols else None
        if fields["start"] is None or fields["end"] is None:
            row.problems.append(tr("PropertyImport", "the lease needs its start and end"))
        fields["rent"] = row.number("rent") or 0.0 if "rent" in cols else 0.0
        for f, kind, default in (
            ("is_person", "yes_no", "no"),
            ("terminated", "yes_no", "no"),
            ("rent_period", "rent_period", "month"),
            ("awarded_by", "awarded_by", "auction"),
        ):
            value = _text(row.raw.get(f)) if f in cols else ""
            ident = _choice(kind, value) if value else default
            if ident is None:
                row.bad(f, tr("PropertyImport", "unknown value"), value)
                ident = default
            fields[f] = ident == "yes" if kind == "yes_no" else ident
        if not row.problems:
            problem = property_service.lease_problem(
                start=fields["start"],
                end=fields["end"],
                rent=fields["rent"],
                rent_period=fields["rent_period"],
                awarded_by=fields["awarded_by"],
                protocol_number=fields["protocol_number"],
                direct_reason=fields["direct_reason"],
            )
            if problem is not None:
                row.problems.append(str(problem))
        if row.problems:
            check.rejected.append(Rejected(r + 1, "; ".join(row.problems), sub.title))
        else:
            check.leases.append((r + 1, fields))


def _read_decisions(sub: Sheet, known: set[str], check: ImportCheck) -> None:
    found = _sub_mapping(sub, "decisions")
    if found is None:
        check.notices.append(
            tr("PropertyImport", "The sheet «{title}» has no columns to read.", title=sub.title)
        )
        return
    head, cols, headers = found
    for r in range(head + 1, len(sub.rows)):
        row = _Row(sub, r, cols, headers)
        if all(_text(v) == "" for v in row.raw.values()):
            continue
        fields: dict[str, Any] = {
            "number": row.text("number"),
            "date": row.date("date") if "date" in cols else None,
            "text": row.text("text") if "text" in cols else "",
        }
        if not fields["number"]:
            row.problems.append(tr("Errors", "Enter the decision's number."))
        if fields["date"] is None and not row.problems:
            row.problems.append(tr("PropertyImport", "the decision needs its date"))
        kind = _choice("kind", row.raw.get("kind")) if "kind" in cols else "other"
        if kind is None:
            row.bad("kind", tr("PropertyImport", "unknown value"), row.raw.get("kind"))
        fields["kind"] = kind or "other"
        objects = (
            [x.strip() for x in row.text("objects").split(";") if x.strip()]
            if "objects" in cols
            else []
        )
        for inv in objects:
            if inv not in known:
                row.bad("objects", tr("PropertyImport", "no such object"), inv)
        fields["objects"] = objects
        if row.problems:
            check.rejected.append(Rejected(r + 1, "; ".join(row.problems), sub.title))
        else:
            check.decisions.append((r + 1, fields))


def _check_disposals(ws: Workspace, check: ImportCheck) -> None:
    """An object the file shows written off or sold needs the decision that did it."""
    # (inventory number, the status its decision gives): a sale does not write off
    disposing = {
        (inv, "written_off" if d["kind"] == "write_off" else "sold")
        for _r, d in check.decisions
        if d["kind"] in ("write_off", "sell")
        for inv in d["objects"]
    }
    keep_new, keep_matched = [], []
    for excel_row, fields in check.new:
        if (
            fields["status"] != "active"
            and (fields["inventory_number"], fields["status"]) not in disposing
        ):
            check.rejected.append(Rejected(excel_row, _no_decision()))
        else:
            keep_new.append((excel_row, fields))
    with ws.session() as s:
        status_of = dict(s.execute(select(PropertyObject.id, PropertyObject.status)).all())
    for excel_row, oid, fields in check.matched:
        if (
            fields["status"] != "active"
            and status_of.get(oid) == "active"
            and (fields["inventory_number"], fields["status"]) not in disposing
        ):
            check.rejected.append(Rejected(excel_row, _no_decision()))
        else:
            keep_matched.append((excel_row, oid, fields))
    check.new, check.matched = keep_new, keep_matched
    check.rejected.sort(key=lambda x: (x.sheet, x.row))


def summary_lines(check: ImportCheck) -> list[str]:
    """What the dry run found besides the counts: every rejected row, every column that is not
    imported, what a register file cannot carry."""
    lines = []
    for rej in check.rejected:
        if rej.sheet:
            lines.append(
                tr(
                    "CLI",
                    "Sheet «{sheet}», row {row}: {reason}",
                    sheet=rej.sheet,
                    row=rej.row,
                    reason=rej.reason,
                )
            )
        else:
            lines.append(tr("CLI", "Row {row}: {reason}", row=rej.row, reason=rej.reason))
    lines.extend(check.notices)
    if check.not_imported:
        lines.append(
            tr(
                "CLI",
                "Columns not imported (keep them in the notes with --keep-in-notes): {columns}",
                columns=", ".join(check.not_imported),
            )
        )
    if check.kept_in_notes:
        lines.append(
            tr("CLI", "Kept in the notes: {columns}", columns=", ".join(check.kept_in_notes))
        )
    lines.append(
        tr(
            "CLI",
            "A register file does not carry, so this import does not bring: {what}.",
            what="; ".join(check.not_carried),
        )
    )
    return lines


def _no_decision() -> str:
    return tr(
        "PropertyImport",
        "written off or sold, but the council decision that did it is not in the file",
    )


def apply(
    ws: Workspace,
    check: ImportCheck,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Write the accepted rows, then their leases and council decisions (a written-off or sold
    object is disposed of by its decision), in one transaction; returns (added, updated).
    ``progress(pct, text="")``; a ``cancelled()`` raises :class:`Cancelled` and the transaction
    is rolled back, so nothing is written."""
    total = max(1, len(check.matched) + len(check.new))
    done = 0

    def step() -> None:
        nonlocal done
        if done % 100 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("The import was cancelled; nothing was written.")
            if progress is not None:
                progress(90 * done // total)
        done += 1

    added = updated = 0
    reason = tr("Property", "import")
    ids: dict[str, int] = {}
    targets: dict[int, str] = {}
    with ws.transaction() as s:
        for _row, object_id, fields in check.matched:
            step()
            data = {
                k: v
                for k, v in fields.items()
                if v not in (None, "") and k not in ("inventory_number", "status")
            }
            obj = s.get(PropertyObject, object_id)
            if fields["status"] != "active" or obj is None or obj.status != "active":
                data.pop("use", None)  # changed only by the decision below
            if fields["status"] != "active" and obj is not None and obj.status == "active":
                targets[object_id] = fields["status"]
            if property_service.update_object(ws, object_id, data, session=s, reason=reason):
                updated += 1
            ids[fields["inventory_number"]] = object_id
        for _row, fields in check.new:
            step()
            data = {k: v for k, v in fields.items() if k != "status"}
            if fields["status"] != "active":
                data["use"] = "own_use"
            oid = property_service.add_object(ws, data, session=s)
            ids[fields["inventory_number"] or str(oid)] = oid
            if fields["status"] != "active":
                targets[oid] = fields["status"]
            added += 1
        s.flush()
        for inv, oid in s.execute(select(PropertyObject.inventory_number, PropertyObject.id)):
            ids.setdefault(inv, oid)
        existing_leases = {
            (le.object_id, le.lessee, le.start, le.end) for le in s.scalars(select(Lease))
        }
        for _row, le in check.leases:
            oid = ids[le["inventory_number"]]
            if (oid, le["lessee"], le["start"], le["end"]) in existing_leases:
                continue
            property_service.add_lease(
                ws,
                oid,
                lessee=le["lessee"],
                start=le["start"],
                end=le["end"],
                rent=le["rent"],
                rent_period=le["rent_period"],
                is_person=le["is_person"],
                contract_number=le["contract_number"],
                awarded_by=le["awarded_by"],
                protocol_number=le["protocol_number"],
                protocol_date=le["protocol_date"],
                direct_reason=le["direct_reason"],
                terminated=le["terminated"],
                set_use=False,
                session=s,
            )
        existing_decisions = {
            (d.number, d.date, d.kind): d.id for d in s.scalars(select(CouncilDecision))
        }
        for _row, d in check.decisions:
            key = (d["number"], d["date"], d["kind"])
            object_ids = [ids[inv] for inv in d["objects"]]
            did = existing_decisions.get(key)
            if did is None:
                did = property_service.add_decision(
                    ws, d["number"], d["date"], d["kind"], d["text"], object_ids, session=s
                )
                existing_decisions[key] = did
            if d["kind"] in ("write_off", "sell"):
                how_status = "written_off" if d["kind"] == "write_off" else "sold"
                for oid in object_ids:
                    if targets.get(oid) == how_status:
                        property_service.dispose(
                            ws,
                            oid,
                            d["kind"],
                            d["number"],
                            d["date"],
                            d["text"],
                            decision_id=did,
                            session=s,
                        )
                        targets.pop(oid)
    return added, updated
