"""Reading a register workbook for the import: refusing what must not be opened (an old .xls
or a password-protected file, a CSV, a zip bomb, XML with a DTD), then the first visible
sheet's values with merged cells filled in (the other visible sheets alongside)."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from msu_desktop.errors import UserError
from msu_desktop.i18n import tr

MAX_ROWS = 100_000
MiB = 1024 * 1024
MAX_UNCOMPRESSED = 200 * MiB  # a 100,000-row register is about 60 MiB of XML
MAX_RATIO = 100  # real workbooks compress 5–20×; a bomb, 1,000×
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


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
        raise UserError("The sheet has more than %n row(s).", n=MAX_ROWS)
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


class Unreadable(UserError):
    """A workbook that passed :func:`inspect_file` but that the reader could not read: "this
    file cannot be read: ..." with what was wrong, in words, in the user's language (never
    the reader's traceback)."""

    def __init__(self, message: str, *, path: Path, exc: BaseException) -> None:
        super().__init__(message, path=Path(path).name, reason="")
        self.kind = self._kind(exc)

    @staticmethod
    def _kind(exc: BaseException) -> str:
        from xml.etree.ElementTree import ParseError

        if isinstance(exc, KeyError):
            return "missing"
        if isinstance(exc, IndexError):
            return "strings"
        if isinstance(exc, (ParseError, SyntaxError)) or type(exc).__name__ == "XMLSyntaxError":
            return "xml"
        if isinstance(exc, (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile)):
            return "zip"
        if isinstance(exc, (ValueError, TypeError, AttributeError)):
            return "value"
        return "other"

    def message(self, lang: str | None = None) -> str:
        reason = {
            "missing": tr("PropertyImport", "a part the workbook refers to is missing", lang),
            "strings": tr(
                "PropertyImport", "a cell refers to a text that is not in the workbook", lang
            ),
            "value": tr(
                "PropertyImport",
                "a part of the workbook holds a value this program does not understand",
                lang,
            ),
            "xml": tr("PropertyImport", "a part of the workbook is not well-formed XML", lang),
            "zip": tr("PropertyImport", "the file is not a complete workbook archive", lang),
            "other": tr(
                "PropertyImport",
                "the workbook is put together in a way this program does not understand",
                lang,
            ),
        }[self.kind]
        return tr(self.context, self.source, lang, path=self.params["path"], reason=reason)


def read_workbook(path: Path) -> Sheet:
    """The first visible sheet's values (the other sheets in ``others``); a merged cell's value
    is copied into every cell it covers. Whatever the reader raises on a file becomes
    :class:`Unreadable` (or another message in words)."""
    inspect_file(path)
    try:
        return _read(path)
    except UserError:
        raise
    except FileNotFoundError as exc:
        raise UserError("The file was not found: {path}", path=str(path)) from exc
    except InvalidFileException as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=Path(path).name
        ) from exc
    except MemoryError:
        raise
    except Exception as exc:  # every error a reader can raise on a file: said in words
        raise Unreadable(
            "This file cannot be read: {path}: {reason}. Open it in Excel or LibreOffice, "
            "save it again as an Excel workbook (.xlsx) and import that copy.",
            path=path,
            exc=exc,
        ) from exc


def _read(path: Path) -> Sheet:
    with open(path, "rb") as fh:  # closed also when the reader fails halfway
        wb = load_workbook(fh, data_only=True)
    visible = [w for w in wb.worksheets if w.sheet_state == "visible"]
    if not visible:
        raise UserError("{path} has no visible sheet.", path=Path(path).name)
    first = visible[0]
    sheet = _sheet_values(first)
    sheet.skipped_hidden = [w.title for w in wb.worksheets if w.sheet_state != "visible"]
    for w in visible[1:]:
        sheet.others[w.title] = _sheet_values(w)
    return sheet


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()
