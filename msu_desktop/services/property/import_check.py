"""The import's dry run: every row read and checked by the register's rules, matched to an
object already in the register (same inventory number or ЕНИ) or new, or rejected with its
row, column and reason; the leases and council decisions of the app's own export. Nothing
is written.

About 500 lines: one row's checks read best in one place (the object, its lease and its decision
refer to each other), and splitting them would spread one rule over several files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select

from msu_desktop.domain import numbers
from msu_desktop.domain import property as prop
from msu_desktop.domain.property import DecisionDraft, LeaseDraft, PropertyDraft
from msu_desktop.i18n import LANGUAGES, tr
from msu_desktop.services.property.fields import categories, limits, not_carried, sheet_titles
from msu_desktop.services.property.import_map import (
    ALIASES,
    HEADER_SCAN_ROWS,
    Mapping,
    choice_id,
    column_name,
    export_headers,
    header_unit,
    norm,
    value_id,
)
from msu_desktop.services.property.import_read import Sheet, cell_text
from msu_desktop.services.property.leases import lease_problem
from msu_desktop.services.property.steps import Cancelled, Progress, RowSteps
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.property import PropertyObject

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


DATE_LIKE = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*(г\.?)?\s*$")


@dataclass
class Rejected:
    row: int  # the spreadsheet's row number (1-based, as Excel shows it)
    reason: str
    sheet: str = ""  # "" for the register sheet


@dataclass(frozen=True)
class ImportRow:
    """One row of the register's sheet as the import reads it: its spreadsheet row number, the
    object it describes (a draft), what is wrong with it, and the object it updates."""

    row: int  # the spreadsheet's row number (1-based, as Excel shows it)
    draft: PropertyDraft
    problems: tuple[str, ...] = ()
    object_id: int | None = None  # the object of the register it updates (None: a new one)


@dataclass(frozen=True)
class LeaseRow:
    """One row of the sheet «Leases»: the object's inventory number and the lease."""

    row: int
    inventory_number: str
    draft: LeaseDraft


@dataclass
class ImportCheck:
    rows: list[ImportRow] = field(default_factory=list)  # the register sheet's filled rows
    sheet_rejected: list[Rejected] = field(default_factory=list)  # leases', decisions' sheets
    leases: list[LeaseRow] = field(default_factory=list)
    decisions: list[tuple[int, DecisionDraft]] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)  # columns, named
    kept_in_notes: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # hidden sheets skipped, sheets ignored

    @property
    def new(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.problems and r.object_id is None]

    @property
    def matched(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.problems and r.object_id is not None]

    @property
    def rejected(self) -> list[Rejected]:
        """Every rejected row with its reason: the register's, then the other sheets'."""
        own = [Rejected(r.row, "; ".join(r.problems)) for r in self.rows if r.problems]
        return sorted([*own, *self.sheet_rejected], key=lambda x: (x.sheet, x.row))

    @property
    def accepted(self) -> int:
        return len(self.new) + len(self.matched)


class _Row:
    """One spreadsheet row being read: its values and every problem, named by column."""

    def __init__(
        self, sheet: Sheet, r: int, cols: dict[str, int], headers: list[str], section: str
    ) -> None:
        self.raw = {f: sheet.cell(r, c) for f, c in cols.items()}
        self.cols, self.headers = cols, headers
        self.limits = limits(section)  # the field registry's, of an object, a lease, a decision
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
                value=cell_text(value)[:60],
            )
        )

    def text(self, f: str) -> str:
        """The cell's text as typed (ends stripped; a name's line breaks become spaces)."""
        value = cell_text(self.raw.get(f))
        if f in ("name", "name_ru", "name_ky", "lessee", "inventory_number"):
            value = re.sub(r"\s*\n\s*", " ", value)
        limit = int(self.limits.get(f, {}).get("max_length") or prop.USER_TEXT_LIMIT)
        if len(value) > limit:
            self.bad(
                f,
                tr("PropertyImport", "longer than %n character(s)", n=limit),
                value[:20] + "…",
            )
            return ""
        return value

    def number(self, f: str) -> float | None:
        try:
            n = numbers.parse_number(self.raw.get(f))
        except numbers.NotANumber:
            self.bad(f, tr("PropertyImport", "not a number"), self.raw.get(f))
            return None
        if n is not None and n < 0 and f not in ("latitude", "longitude"):
            self.bad(f, tr("PropertyImport", "negative"), self.raw.get(f))
        return float(n) if n is not None else None

    def date(self, f: str) -> dt.date | None:
        try:
            return numbers.parse_date(self.raw.get(f))
        except numbers.NotADate:
            self.bad(f, tr("PropertyImport", "not a date (DD.MM.YYYY)"), self.raw.get(f))
            return None


def _find_sheet(sheet: Sheet, kind: str) -> Sheet | None:
    names = {norm(sheet_titles(lang)[kind]) for lang in (*LANGUAGES, "en")}
    return next((s for t, s in sheet.others.items() if norm(t) in names), None)


def _sub_mapping(sub: Sheet, kind: str) -> tuple[int, dict[str, int], list[str]] | None:
    own = export_headers()[kind]
    for r in range(min(HEADER_SCAN_ROWS, len(sub.rows))):
        headers = [cell_text(v) for v in sub.rows[r]]
        cols = {own[norm(h)]: c for c, h in enumerate(headers) if norm(h) in own}
        if len(cols) >= 3:
            return r, cols, headers
    return None


@dataclass
class _Register:
    """The objects already in the register, by inventory number and by ЕНИ, with their status."""

    by_inv: dict[str, int]
    by_eni: dict[str, int]
    status_of: dict[int, str]

    @classmethod
    def read(cls, ws: Workspace) -> _Register:
        with ws.session() as s:
            ids = s.execute(select(PropertyObject.id, PropertyObject.inventory_number))
            by_inv = {inv: oid for oid, inv in ids}
            codes = s.execute(select(PropertyObject.id, PropertyObject.cadastral_code))
            by_eni = {code: oid for oid, code in codes if code}
            status_of = dict(s.execute(select(PropertyObject.id, PropertyObject.status)).all())
        return cls(by_inv, by_eni, status_of)

    def existing(self, inv: str, code: str) -> int | None:
        found = self.by_inv.get(inv) if inv else None
        return self.by_eni.get(code) if found is None and code else found


def _columns(
    sheet: Sheet,
    mapping: Mapping,
    check: ImportCheck,
    lease_sheet: Sheet | None,
    decision_sheet: Sheet | None,
) -> tuple[dict[str, int], list[int]]:
    """The columns read into fields, and those kept in the notes; the others are listed in
    ``check`` as kept in the notes or not imported."""
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
    return cols, keep


def _plain_fields(row: _Row, cols: dict[str, int], fields: dict[str, Any]) -> None:
    """The names, texts, inventory number, numbers and dates of a row."""
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
    fields["inventory_number"] = _inventory_text(inv)
    for f in NUMBER_FIELDS:
        if f in cols:
            fields[f] = row.number(f)
    for f in DATE_FIELDS:
        if f in cols:
            fields[f] = row.date(f)


def _checked_fields(row: _Row, cols: dict[str, int], fields: dict[str, Any]) -> None:
    """The year, the ЕНИ, the category and the other choices, and the details of a row."""
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
    name = fields.get("name_ru") or fields.get("name_ky") or ""
    if "category" in cols and cell_text(row.raw.get("category")):
        category = value_id("category", row.raw.get("category"))
        if category is None:
            row.bad("category", tr("PropertyImport", "unknown category"), row.raw["category"])
    else:
        category = value_id("category", name)
    fields["category"] = category or "movable_other"
    for f in ("condition", "use", "unit"):
        if f in cols and cell_text(row.raw.get(f)):
            ident = value_id(f, row.raw.get(f))
            if ident is None:
                row.bad(f, tr("PropertyImport", "unknown value"), row.raw.get(f))
            fields[f] = ident or ""
    if not fields.get("unit") and "area" in cols:
        # "Площадь, м²": the unit is in the area's header, not in a column of its own
        unit = header_unit(row.headers[cols["area"]]) if cols["area"] < len(row.headers) else None
        if unit:
            fields["unit"] = unit
    if "details" in cols and cell_text(row.raw.get("details")):
        try:
            extra = json.loads(cell_text(row.raw.get("details")))
            if not isinstance(extra, dict):
                raise ValueError
            fields["extra"] = extra
        except ValueError:
            row.bad("details", tr("PropertyImport", "unreadable"), row.raw.get("details"))


def _kept_in_notes(
    row: _Row, kept: dict[int, Any], mapping: Mapping, fields: dict[str, Any]
) -> None:
    """The ticked columns appended to the notes (a date-like text that is no date refused)."""
    notes_more = []
    for c, value in kept.items():
        if value is None or cell_text(value) == "":
            continue
        if isinstance(value, str) and DATE_LIKE.match(value):
            try:
                numbers.parse_date(value)
            except numbers.NotADate:
                row.problems.append(
                    tr(
                        "PropertyImport",
                        "{column}: {problem} ({value})",
                        column=column_name(mapping, c),
                        problem=tr("PropertyImport", "not a date (DD.MM.YYYY)"),
                        value=value,
                    )
                )
        notes_more.append(f"{mapping.headers[c]}: {cell_text(value)}")
    if notes_more:
        fields["notes"] = "\n".join(filter(None, [fields.get("notes", ""), *notes_more]))


def _matched(
    row: _Row, fields: dict[str, Any], register: _Register, seen_inv: dict[str, int], excel_row: int
) -> int | None:
    """The object of the register the row updates (None: a new one); a repeated inventory
    number and a written-off object said to be in use are the row's problems."""
    inv = fields["inventory_number"]
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
    fields["status"] = fields.get("use") if fields.get("use") in prop.DISPOSED_USES else "active"
    existing = register.existing(inv, fields.get("cadastral_code", ""))
    other = register.by_eni.get(fields.get("cadastral_code") or "")
    if inv and existing is not None and other is not None and other != existing:
        # the number is one object's, the ЕНИ another's: updating either would overwrite one
        # object with the other
        row.problems.append(
            tr(
                "PropertyImport",
                "the inventory number {number} and the cadastral code {code} belong to two "
                "different objects of the register",
                number=inv,
                code=fields.get("cadastral_code", ""),
            )
        )
    if (
        existing is not None
        and register.status_of.get(existing) != "active"
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
            (c["fields"] for c in categories()["categories"] if c["id"] == fields["category"]),
            [],
        )  # the service checks the category's fields too: refused here, not at the apply
        problems = prop.object_problems(
            {k: v for k, v in fields.items() if k not in ("use", "status")},
            extra_fields=spec,
            limits=limits("object"),
        )
        row.problems.extend(problems.values())
    return existing


def dry_run(
    ws: Workspace,
    sheet: Sheet,
    mapping: Mapping,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportCheck:
    """Read and check every row (nothing is written); ``progress(pct, text)`` is told how far
    it got, and ``cancelled()`` is asked between rows."""
    check = ImportCheck()
    check.not_carried = not_carried()
    for title in sheet.skipped_hidden:
        check.notices.append(
            tr("PropertyImport", "The hidden sheet «{title}» was skipped.", title=title)
        )
    register = _Register.read(ws)
    lease_sheet, decision_sheet = _find_sheet(sheet, "leases"), _find_sheet(sheet, "decisions")
    cols, keep = _columns(sheet, mapping, check, lease_sheet, decision_sheet)
    seen_inv: dict[str, int] = {}
    total = len(sheet.rows)
    file_objects: dict[str, dict[str, Any]] = {}
    steps = RowSteps(total, progress, cancelled)
    for r in range(mapping.header_row + 1, total):
        steps.step(r)
        row = _Row(sheet, r, cols, mapping.headers, "object")
        kept = {c: sheet.cell(r, c) for c in keep}
        if all(v is None or str(v).strip() == "" for v in (*row.raw.values(), *kept.values())):
            continue
        excel_row = r + 1
        fields: dict[str, Any] = {}
        _plain_fields(row, cols, fields)
        _checked_fields(row, cols, fields)
        _kept_in_notes(row, kept, mapping, fields)
        existing = _matched(row, fields, register, seen_inv, excel_row)
        draft = PropertyDraft.of(fields)
        check.rows.append(ImportRow(excel_row, draft, tuple(row.problems), existing))
        if not row.problems and fields["inventory_number"]:
            file_objects[fields["inventory_number"]] = fields
    _give_numbers(check, _file_numbers(sheet, mapping.header_row, cols) | set(register.by_inv))
    known = set(file_objects) | set(register.by_inv)
    if lease_sheet is not None:
        _read_leases(lease_sheet, known, check)
    if decision_sheet is not None:
        _read_decisions(decision_sheet, known, check)
    _check_disposals(check, register)
    steps.done()
    return check


def _inventory_text(value: Any) -> str:
    """An inventory number as read: its text, "17.0" (a number cell) as "17"."""
    inv = re.sub(r"\s*\n\s*", " ", cell_text(value))
    return inv[:-2] if inv.endswith(".0") and inv[:-2].isdigit() else inv


def _file_numbers(sheet: Sheet, header_row: int, cols: dict[str, int]) -> set[str]:
    """Every inventory number the file names, in rows accepted or not: a number the import
    gives must collide with none of them (the file, corrected, comes back with them)."""
    if "inventory_number" not in cols:
        return set()
    c = cols["inventory_number"]
    found = (_inventory_text(sheet.cell(r, c)) for r in range(header_row + 1, len(sheet.rows)))
    return {inv for inv in found if inv}


def _give_numbers(check: ImportCheck, taken: set[str]) -> None:
    """A new row without an inventory number gets the next one used neither in the file nor
    in the register (the dry run names each)."""
    given = []
    for i, item in enumerate(check.rows):
        if item.problems or item.object_id is not None or item.draft.inventory_number:
            continue
        number = prop.suggest_inventory_number(sorted(taken))
        while number in taken:  # never: the rule takes the highest number + 1
            number = prop.suggest_inventory_number([*sorted(taken), number])
        taken.add(number)
        check.rows[i] = dataclasses.replace(
            item, draft=dataclasses.replace(item.draft, inventory_number=number)
        )
        given.append(tr("PropertyImport", "row {row}: {number}", row=item.row, number=number))
    if given:
        check.notices.append(
            tr(
                "PropertyImport",
                "Rows without an inventory number get new ones, used neither in the file nor "
                "in the register: {numbers}.",
                numbers=", ".join(given),
            )
        )


def _sheet_rows(sub: Sheet, kind: str, check: ImportCheck) -> Iterator[tuple[int, _Row]]:
    """The filled rows of the leases' or decisions' sheet under its header (a notice if the
    sheet has no columns to read)."""
    found = _sub_mapping(sub, kind)
    if found is None:
        check.notices.append(
            tr("PropertyImport", "The sheet «{title}» has no columns to read.", title=sub.title)
        )
        return
    head, cols, headers = found
    for r in range(head + 1, len(sub.rows)):
        row = _Row(sub, r, cols, headers, "lease" if kind == "leases" else "decision")
        if any(cell_text(v) != "" for v in row.raw.values()):
            yield r, row


def _read_leases(sub: Sheet, known: set[str], check: ImportCheck) -> None:
    for r, row in _sheet_rows(sub, "leases", check):
        inv = row.text("inventory_number")
        if inv.endswith(".0") and inv[:-2].isdigit():
            inv = inv[:-2]
        fields: dict[str, Any] = {"inventory_number": inv, "lessee": row.text("lessee")}
        if inv not in known:
            row.bad("inventory_number", tr("PropertyImport", "no such object"), inv)
        if not fields["lessee"]:
            row.problems.append(tr("PropertyImport", "the lessee is missing"))
        for f in ("contract_number", "protocol_number", "direct_reason"):
            fields[f] = row.text(f) if f in row.cols else ""
        for f in ("start", "end", "protocol_date"):
            fields[f] = row.date(f) if f in row.cols else None
        if fields["start"] is None or fields["end"] is None:
            row.problems.append(tr("PropertyImport", "the lease needs its start and end"))
        fields["rent"] = row.number("rent") or 0.0 if "rent" in row.cols else 0.0
        for f, kind, default in (
            ("is_person", "yes_no", "no"),
            ("terminated", "yes_no", "no"),
            ("rent_period", "rent_period", "month"),
            ("awarded_by", "awarded_by", "auction"),
        ):
            value = cell_text(row.raw.get(f)) if f in row.cols else ""
            ident = choice_id(kind, value) if value else default
            if ident is None:
                row.bad(f, tr("PropertyImport", "unknown value"), value)
                ident = default
            fields[f] = ident == "yes" if kind == "yes_no" else ident
        if not row.problems:
            problem = lease_problem(
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
            check.sheet_rejected.append(Rejected(r + 1, "; ".join(row.problems), sub.title))
        else:
            lease = LeaseDraft(**{k: v for k, v in fields.items() if k != "inventory_number"})
            check.leases.append(LeaseRow(r + 1, inv, lease))


def _read_decisions(sub: Sheet, known: set[str], check: ImportCheck) -> None:
    for r, row in _sheet_rows(sub, "decisions", check):
        fields: dict[str, Any] = {
            "number": row.text("number"),
            "date": row.date("date") if "date" in row.cols else None,
            "text": row.text("text") if "text" in row.cols else "",
        }
        if not fields["number"]:
            row.problems.append(tr("Errors", "Enter the decision's number."))
        if fields["date"] is None and not row.problems:
            row.problems.append(tr("PropertyImport", "the decision needs its date"))
        kind = choice_id("kind", row.raw.get("kind")) if "kind" in row.cols else "other"
        if kind is None:
            row.bad("kind", tr("PropertyImport", "unknown value"), row.raw.get("kind"))
        fields["kind"] = kind or "other"
        objects = (
            [x.strip() for x in row.text("objects").split(";") if x.strip()]
            if "objects" in row.cols
            else []
        )
        for inv in objects:
            if inv not in known:
                row.bad("objects", tr("PropertyImport", "no such object"), inv)
        fields["objects"] = objects
        if row.problems:
            check.sheet_rejected.append(Rejected(r + 1, "; ".join(row.problems), sub.title))
        else:
            check.decisions.append(
                (
                    r + 1,
                    DecisionDraft(
                        number=fields["number"],
                        date=fields["date"],
                        kind=fields["kind"],
                        text=fields["text"],
                        objects=tuple(objects),
                    ),
                )
            )


def _check_disposals(check: ImportCheck, register: _Register) -> None:
    """An object the file shows written off or sold needs the decision that did it."""
    # (inventory number, the status its decision gives): a sale does not write off
    disposing = {
        (inv, "written_off" if d.kind == "write_off" else "sold")
        for _r, d in check.decisions
        if d.kind in ("write_off", "sell")
        for inv in d.objects
    }
    for i, item in enumerate(check.rows):
        draft = item.draft
        if item.problems or draft.status == "active":
            continue
        if item.object_id is not None and register.status_of.get(item.object_id) != "active":
            continue  # already disposed of in the register
        if (draft.inventory_number, draft.status) not in disposing:
            check.rows[i] = dataclasses.replace(item, problems=(_no_decision(),))


def summary_lines(check: ImportCheck, window: bool = False) -> list[str]:
    """What the dry run found besides the counts: every rejected row, every column that is not
    imported, what a register file cannot carry. ``window``: said to the secretary in the
    window (how to keep a column in the notes there), not on the command line."""
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
    if check.not_imported and window:
        lines.append(
            tr(
                "PropertyImport",
                "Columns not imported (to keep them in the objects' notes, press No, import "
                "again and tick them under the columns): {columns}",
                columns=", ".join(check.not_imported),
            )
        )
    elif check.not_imported:
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
