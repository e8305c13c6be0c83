"""What makes a workbook print legibly in Excel AND in LibreOffice (which many offices use).

- Row heights are computed from the wrapped text and the column widths: LibreOffice does not
  size rows on opening, so without them wrapped texts overlap.
- Fit to the page width, as many pages tall as needed, header rows repeated; the column widths
  are chosen (:func:`fit_widths`) so that fitting never shrinks below :data:`MIN_SCALE`: a 10 pt
  font prints at 8 pt or more.
- Header and footer: the municipality, the document and its period, "page N of M", and the
  mark of an unapproved period.
- The same signature lines, date, seal place and fingerprint as the PDF (:func:`signatures`).
- Amounts are numbers shown as "# ##0,00" (:data:`MONEY_FORMAT`); text typed by users is text.

Measurements: an Excel column of width ``w`` is ``7w + 5`` pixels of the default font, i.e.
``(7w + 5) * 0.75`` points. Text is measured with the shipped DejaVu Sans scaled by
:data:`ARIAL_RATIO` (Arial and Liberation Sans set Cyrillic text about 15 % narrower), rounded up
to whole lines, so computed rows are never too short.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from copy import copy
from decimal import Decimal
from functools import lru_cache
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING, Cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from reportlab.pdfbase.pdfmetrics import stringWidth

from msu_desktop.domain.numbers import to_tyiyn
from msu_desktop.domain.text import clean_text
from msu_desktop.i18n import tr
from msu_desktop.services import clock
from msu_desktop.services.export.pdf_layout import (
    _SPACES,
    FONT,
    FONT_BOLD,
    column_widths,
    register_fonts,
    wrap_words,
)

FONT_NAME = "Arial"  # Liberation Sans in LibreOffice: the same widths
SIZE = 10
MIN_SCALE = 0.8  # 10 pt * 0.8 = 8 pt printed at least
LINE = 12.75  # points per line of a 10 pt font (Excel's own default row height)
ARIAL_RATIO = 0.88  # Liberation Sans / DejaVu Sans: 0.85 for Cyrillic text, 0.95 for capitals
MONEY_FORMAT = "[$-419]#,##0.00"  # 23 579,00 in every office program, whatever its locale
COUNT_FORMAT = "0"
EXCEL_CELL_LIMIT = 32767  # characters a cell holds
A4_LANDSCAPE_WIDTH = 841.9  # points
A4_LANDSCAPE_HEIGHT = 595.3
MARGIN = 0.4  # inches, left and right
TEXT_FONT = Font(name=FONT_NAME, size=SIZE)
BOLD_FONT = Font(name=FONT_NAME, size=SIZE, bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def cell_text(value: object, limit: int = EXCEL_CELL_LIMIT) -> str:
    """``value`` as a cell holds it: cleaned, and never longer than ``limit`` characters."""
    text = clean_text("" if value is None else value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_cell(
    ws: Worksheet, row: int, col: int, value: object, limit: int = EXCEL_CELL_LIMIT
) -> Any:
    """A cell that holds ``value`` as text, whatever it starts with (no formula injection)."""
    cell = ws.cell(row=row, column=col)
    cell.value = cell_text(value, limit)
    cell.data_type = TYPE_STRING
    return cell


def number_value(value: Decimal | float | int | None, decimals: int = 2) -> float | None:
    """The number a cell holds: an amount rounded half up to the tyiyn (``decimals=0``: a count)."""
    if value is None:
        return None
    return float(to_tyiyn(value, decimals))


def workbook(write_only: bool = False) -> Workbook:
    """A workbook (``write_only``: its sheets are written row by row, see :class:`SheetRows`) whose default font is Arial 10: column widths are counted in the default
    font's digits, and LibreOffice has no Calibri (openpyxl's default), so its substitute
    would widen every column and shrink the printed page below 8 pt. Arial is on every
    Windows PC and LibreOffice sets it in the metric-compatible Liberation Sans."""
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook(write_only=write_only)
    default = Font(name=FONT_NAME, size=SIZE, family=2)
    wb._fonts = IndexedList([default])  # font 0 is the Normal style's font
    wb._named_styles["Normal"].font = default
    return wb


class Styles:
    """Gives many cells the same style fast. openpyxl looks every font, alignment and border
    up in the workbook's lists on each assignment (half the time of a 5,000-row register);
    the style of the first cell of each kind is kept and copied to the others."""

    def __init__(self) -> None:
        self._arrays: dict[str, Any] = {}

    def apply(
        self,
        cell: Any,
        kind: str,
        *,
        font: Font,
        alignment: Alignment,
        border: Any = None,
        number_format: str = "General",
    ) -> Any:
        kept = self._arrays.get(kind)
        if kept is None:
            cell.font = font
            cell.alignment = alignment
            if border is not None:
                cell.border = border
            cell.number_format = number_format
            self._arrays[kind] = copy(cell._style)
        else:
            cell._style = copy(kept)
        return cell


def column_points(width: float) -> float:
    return (7 * width + 5) * 0.75


def printable_width() -> float:
    return A4_LANDSCAPE_WIDTH - 2 * MARGIN * 72


def fit_widths(
    widths: Sequence[float],
    shrinkable: Sequence[int] | None = None,
    min_scale: float = MIN_SCALE,
    minimums: Sequence[float] | None = None,
    pages: int = 1,
    repeated: Sequence[int] = (),
) -> list[float]:
    """``widths`` (Excel units) narrowed, the ``shrinkable`` (text) columns in proportion but
    not below their ``minimums``, so that fitting the sheet to the page width scales it by
    ``min_scale`` or more. ``pages``: pages wide, with the ``repeated`` columns on each."""
    out = [float(w) for w in widths]
    floor = [max(6.0, m) for m in minimums] if minimums is not None else [6.0] * len(out)
    flex = list(shrinkable) if shrinkable is not None else list(range(len(out)))
    for _ in range(20):
        again = (pages - 1) * sum(column_points(out[k]) for k in repeated)
        limit = pages * printable_width() / min_scale - again
        total = sum(column_points(w) for w in out)
        if total <= limit:
            break
        fixed = sum(column_points(out[k]) for k in range(len(out)) if k not in flex)
        room = limit - fixed
        flex_now = sum(column_points(out[k]) for k in flex)
        factor = max(0.1, room / flex_now) if flex_now else 1.0
        for k in flex:
            out[k] = max(floor[k], out[k] * factor - 0.2)
    return out


def content_widths(
    base: Sequence[float],
    text_cols: Sequence[int],
    columns: Sequence[Sequence[str]],
    headers: Sequence[str],
    min_scale: float = MIN_SCALE,
) -> list[float]:
    """Widths (Excel units) for a sheet fitted to the page width at ``min_scale``: the other
    columns keep their ``base`` width; the page's rest goes to the ``text_cols`` by what they
    hold, as the PDF shares it (pdf_layout.column_widths): each at least its widest word, so
    that a word is not cut where it cannot be hyphenated, the columns of long texts the most,
    so that a long text takes fewer lines (and pages)."""
    register_fonts()
    fixed = sum(column_points(w) for k, w in enumerate(base) if k not in text_cols)
    room = printable_width() / min_scale - fixed - 2  # a point spare for rounding
    points = column_widths(
        [columns[k] for k in text_cols],
        room,
        FONT,
        SIZE * ARIAL_RATIO,
        padding=7 + 2,
        header=[headers[k] for k in text_cols],
        header_font=FONT_BOLD,
        header_size=SIZE * ARIAL_RATIO * 1.06,
    )
    out = [float(w) for w in base]
    for k, pt in zip(text_cols, points, strict=True):
        out[k] = max(4.0, (pt / 0.75 - 5) / 7)
    return out


def print_scale(
    sheet: Worksheet, columns: int, pages: int = 1, repeated: Sequence[int] = ()
) -> float:
    """The scale fit-to-width uses for ``columns`` columns of ``sheet`` over ``pages`` pages
    wide, the ``repeated`` columns (0-based) printed on each (1.0 = 100 %)."""
    widths = [
        column_points(sheet.column_dimensions[get_column_letter(c)].width or 8.43)
        for c in range(1, columns + 1)
    ]
    total = sum(widths) + (pages - 1) * sum(widths[k] for k in repeated)
    return min(1.0, pages * printable_width() / total)


def width_for(text: str, bold: bool = False) -> float:
    """The Excel width that holds ``text`` on one line (an amount, a header word)."""
    register_fonts()
    points = stringWidth(text, FONT, SIZE * ARIAL_RATIO * (1.06 if bold else 1.0)) + 7
    return (points / 0.75 - 5) / 7 + 0.5


def header_text(text: str, width: float, lang: str) -> str:
    """A header the app writes, with line breaks (and hyphens) placed by us where a word is
    wider than its column: office programs would cut such a word without a hyphen."""
    register_fonts()
    size = SIZE * ARIAL_RATIO * 1.06
    room = column_points(width) - 7
    if all(stringWidth(w, FONT, size) <= room for w in text.split()):
        return text
    return "\n".join(wrap_words(text, room, FONT, size, lang))


def set_widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = round(width, 2)


_GLYPHS: dict[str, float] = {}  # a character's advance in the shipped font, 1/1000 of the size


def text_points(text: str, size: float) -> float:
    """The width of ``text`` in points, as reportlab's ``stringWidth`` gives it (a TrueType
    string is the sum of its glyphs' advances), from a table of the characters met so far:
    measuring 5,000 rows cell by cell through reportlab was most of a register's time."""
    glyphs = _GLYPHS
    units = 0.0
    for ch in text:
        w = glyphs.get(ch)
        if w is None:
            register_fonts()
            w = glyphs[ch] = stringWidth(ch, FONT, 1000)
        units += w
    return units * size / 1000


@lru_cache(maxsize=8192)
def lines_of(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes, wrapped in a column of ``width`` (Excel units): the
    lines :func:`~msu_desktop.services.export.pdf_layout.wrap_words` makes, counted with
    :func:`text_points` (a word wider than the column is hyphenated by ``wrap_words`` itself)."""
    if not text:
        return 1
    size = SIZE * ARIAL_RATIO * (1.06 if bold else 1.0)
    room = column_points(width) - 7  # cell padding
    if "\n" not in text and text_points(text, size) <= room:
        return 1
    space = text_points(" ", size)
    lines = 0
    for para in text.split("\n"):
        line = -1.0  # width of the line so far; < 0: nothing on it yet
        for word in _SPACES.split(para):
            if not word:
                continue
            w = text_points(word, size)
            if w > room:  # hyphenated: let wrap_words place the breaks
                register_fonts()
                return max(1, sum(1 for _ in wrap_words(text, room, FONT, size)))
            if line >= 0 and line + space + w <= room:
                line += space + w
                continue
            if line >= 0:
                lines += 1
            line = w
        if line >= 0:
            lines += 1
    return max(1, lines)


def _placed(cells: Sequence[Any], row: int) -> Iterator[Any]:
    """The cells of row ``row``, numbered, for openpyxl's write-only writer (None: no cell)."""
    for col, cell in enumerate(cells, start=1):
        if cell is not None:
            cell.row = row
            cell.column = col
            yield cell


def row_height(lines: int) -> float:
    return lines * LINE + 2


class SheetRows:
    """A write-only sheet written row by row (openpyxl streams it to the file instead of
    keeping a cell object per cell): each row's height is counted from its wrapped texts as it
    is written, so that the rows are as tall as :func:`fit_rows` makes them. The column widths
    are set first; a cell's style is one of the kinds declared with :meth:`kind`."""

    def __init__(self, sheet: Any, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.widths = [float(w) for w in widths]
        set_widths(sheet, self.widths)
        # a write-only sheet writes its properties with its first row, long before
        # page_setup() runs: without the flag here Excel ignores "fit to width" and prints
        # at 100 % (every sheet written this way is printed fit to the page width)
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        # openpyxl (pinned in uv.lock) takes appended cells by trying each as a value and
        # catching the ValueError it raises, a fifth of a register's time; the cells made here
        # are complete, so they go to its writer as they are
        sheet._values_to_row = _placed
        self.row = 0  # the last row written
        self._kinds: dict[str, tuple[Any, bool, bool]] = {}
        self._money: set[str] = set()
        self._cells: list[Any] = []
        self._lines = 1

    def kind(
        self,
        name: str,
        *,
        font: Font,
        alignment: Alignment | None = None,
        border: Any = None,
        fill: Any = None,
        number_format: str = "General",
    ) -> None:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet)
        cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        if border is not None:
            cell.border = border
        if fill is not None:
            cell.fill = fill
        cell.number_format = number_format
        wrap = bool(alignment is not None and alignment.wrap_text)
        self._kinds[name] = (copy(cell._style), wrap, bool(font.b))
        if number_format == MONEY_FORMAT:
            self._money.add(name)

    def text(self, value: str, kind: str, span: int = 1) -> None:
        """A cell that holds ``value`` as text, whatever it starts with (never a formula);
        ``span``: the columns it will be merged across (see :meth:`end_row`)."""
        style, wrap, bold = self._kinds[kind]
        cell = Cell(self.sheet, style_array=style)  # the kind's style, shared, never changed
        if value:
            value = cell_text(value)  # THE cleaning step: no control characters
            cell.value = value
            if wrap:
                col = len(self._cells)
                width = sum(self.widths[col : col + span])
                self._lines = max(self._lines, lines_of(value, width, bold))
        else:
            cell._value = ""
        cell.data_type = TYPE_STRING
        self._cells.append(cell)

    def number(self, value: float | None, kind: str) -> None:
        cell = Cell(self.sheet, style_array=self._kinds[kind][0])
        if value is not None:
            # an amount rounded to the tyiyn, as everywhere; coordinates as they are
            cell.value = number_value(value) if kind in self._money else float(value)
        self._cells.append(cell)

    def skip(self) -> None:
        """An empty cell without a style."""
        self._cells.append(None)

    def end_row(self, merge: tuple[int, int] | None = None) -> int:
        """Write the row (as tall as its wrapped texts); ``merge``: the first and the last
        column (1-based) to merge. Returns the row's number."""
        self.row += 1
        self.sheet.row_dimensions[self.row].height = row_height(self._lines)
        self.sheet.append(self._cells)
        if merge is not None:
            from openpyxl.worksheet.cell_range import CellRange

            self.sheet.merged_cells.add(
                CellRange(min_col=merge[0], min_row=self.row, max_col=merge[1], max_row=self.row)
            )
        self._cells = []
        self._lines = 1
        return self.row


def fit_rows(sheet: Worksheet, first: int, last: int, columns: int | None = None) -> None:
    """Give every row from ``first`` to ``last`` the height its wrapped text needs."""
    cols = columns or sheet.max_column
    widths = [
        sheet.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, cols + 1)
    ]
    merged: dict[tuple[int, int], float] = {}
    for rng in sheet.merged_cells.ranges:
        span = sum(widths[c - 1] for c in range(rng.min_col, min(rng.max_col, cols) + 1))
        merged[(rng.min_row, rng.min_col)] = span
    for r in range(first, last + 1):
        lines = 1
        for c in range(1, cols + 1):
            cell = sheet.cell(row=r, column=c)
            if not isinstance(cell.value, str) or not cell.value:
                continue
            if not (cell.alignment and cell.alignment.wrap_text):
                continue
            width = merged.get((r, c), widths[c - 1])
            lines = max(lines, lines_of(cell.value, width, bool(cell.font and cell.font.b)))
        sheet.row_dimensions[r].height = row_height(lines)


def _hf(text: str) -> str:
    """Text for a header or footer: "&" is a code there, so it is doubled."""
    return text.replace("&", "&&")


def page_setup(
    sheet: Worksheet,
    header_rows: str,
    title: str,
    lang: str,
    *,
    place: str = "",
    mark: str = "",
    fingerprint: str = "",
    pages_wide: int = 1,
    title_cols: str | None = None,
) -> None:
    """A4 landscape, fit to the page width (or ``pages_wide`` pages, ``title_cols`` repeated
    on each, left then right) and as many pages tall as needed, the header rows on every page;
    the municipality, the title and the mark at the top, "page N of M" below."""
    ws = sheet
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # a write-only sheet has no such name
    ws.page_setup.fitToWidth = pages_wide
    if title_cols:
        ws.print_title_cols = title_cols
    if pages_wide > 1:
        ws.page_setup.pageOrder = "overThenDown"
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = header_rows
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = MARGIN
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    for hf in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        hf.left.text = _hf(place[:80])
        hf.left.size = SIZE  # headers and footers shrink with the sheet: 10 pt prints at 8+
        hf.center.text = _hf(title[:120])
        hf.center.size = SIZE
        if mark:
            hf.right.text = _hf(mark.upper())
            hf.right.size = 10
            hf.right.color = "C62828"
            hf.right.font = "Arial,Bold"
    for hf in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        hf.left.text = _hf(fingerprint[:100])
        hf.left.size = SIZE
        hf.right.text = tr("Export", "page {n} of {total}", lang, n="&P", total="&N")
        hf.right.size = SIZE


def signature_lines(
    lang: str,
    *,
    head: str,
    secretary: str,
    place: str,
    fingerprint: str = "",
    head_title: str = "",
) -> list[tuple[str, Font]]:
    """The signature lines as on the PDF, each with its font."""
    line = "____________________"
    texts: list[tuple[str, Font]] = [
        (
            f"{head_title or tr('Export', 'Head of the aiyl okmotu', lang)}: {head}    "
            f"{tr('Export', 'Signature', lang)}: {line}",
            BOLD_FONT,
        ),
        (
            f"{tr('Export', 'Responsible secretary', lang)}: {secretary}    "
            f"{tr('Export', 'Signature', lang)}: {line}",
            BOLD_FONT,
        ),
        (f"{tr('Export', 'Date', lang)}: ____ . ____ . ________    {place}", TEXT_FONT),
        (tr("Export", "Place for the seal", lang), TEXT_FONT),
    ]
    if fingerprint:
        texts.append(
            (f"{tr('Export', 'Electronic package fingerprint', lang)}: {fingerprint}", TEXT_FONT)
        )
    return texts


def signatures(
    sheet: Worksheet,
    row: int,
    first_col: int,
    last_col: int,
    lang: str,
    *,
    head: str,
    secretary: str,
    place: str,
    fingerprint: str = "",
    head_title: str = "",
) -> int:
    """The signature lines as on the PDF, each merged across ``first_col``..``last_col``;
    returns the row after them."""
    texts = signature_lines(
        lang,
        head=head,
        secretary=secretary,
        place=place,
        fingerprint=fingerprint,
        head_title=head_title,
    )
    for k, (text, font) in enumerate(texts):
        r = row + k
        cell = text_cell(sheet, r, first_col, text)
        cell.font = font
        cell.alignment = WRAP_TOP
        sheet.merge_cells(start_row=r, start_column=first_col, end_row=r, end_column=last_col)
    return row + len(texts)


class _SheetsInMemory(ExcelWriter):
    """openpyxl's writer, each sheet made in memory (:func:`save`)."""

    def write_worksheet(self, ws: Any) -> None:
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()  # as ExcelWriter.write_worksheet does
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        out = io.BytesIO()
        writer = WorksheetWriter(ws, out=out)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)


def save(wb: Workbook, target: Any) -> None:
    """``wb.save(target)`` (a file object or a path) without the temporary file openpyxl
    writes each sheet to and then copies into the workbook: each sheet is made in memory
    (issue 26). On an office's PC a file in the temporary folder is also one more file for
    the antivirus to scan. Every workbook the office and the agency write is saved here."""
    wb.properties.modified = clock.utc_now().replace(tzinfo=None)  # as openpyxl sets it
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _SheetsInMemory(wb, archive).write_data()
