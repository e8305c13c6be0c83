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

from collections.abc import Sequence
from copy import copy
from functools import lru_cache
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.pdfmetrics import stringWidth

from msu_desktop.i18n import tr
from msu_desktop.services.export.pdf_common import FONT, register_fonts
from msu_desktop.services.export.pdf_layout import wrap_words

FONT_NAME = "Arial"  # Liberation Sans in LibreOffice: the same widths
SIZE = 10
MIN_SCALE = 0.8  # 10 pt * 0.8 = 8 pt printed at least
LINE = 12.75  # points per line of a 10 pt font (Excel's own default row height)
ARIAL_RATIO = 0.88  # Liberation Sans / DejaVu Sans: 0.85 for Cyrillic text, 0.95 for capitals
MONEY_FORMAT = "[$-419]#,##0.00"  # 23 579,00 in every office program, whatever its locale
COUNT_FORMAT = "0"
A4_LANDSCAPE_WIDTH = 841.9  # points
MARGIN = 0.4  # inches, left and right
TEXT_FONT = Font(name=FONT_NAME, size=SIZE)
BOLD_FONT = Font(name=FONT_NAME, size=SIZE, bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def workbook() -> Workbook:
    """A workbook whose default font is Arial 10: column widths are counted in the default
    font's digits, and LibreOffice has no Calibri (openpyxl's default), so its substitute
    would widen every column and shrink the printed page below 8 pt. Arial is on every
    Windows PC and LibreOffice sets it in the metric-compatible Liberation Sans."""
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
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


@lru_cache(maxsize=8192)
def lines_of(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` takes, wrapped in a column of ``width`` (Excel units)."""
    if not text:
        return 1
    register_fonts()
    size = SIZE * ARIAL_RATIO * (1.06 if bold else 1.0)
    room = column_points(width) - 7  # cell padding
    if "\n" not in text and stringWidth(text, FONT, size) <= room:
        return 1
    return max(1, sum(1 for _ in wrap_words(text, room, FONT, size)))


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
        sheet.row_dimensions[r].height = lines * LINE + 2


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
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
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
) -> int:
    """The signature lines as on the PDF, each merged across ``first_col``..``last_col``;
    returns the row after them."""
    from msu_desktop.services.export.report_xlsx import text_cell

    line = "____________________"
    texts: list[tuple[str, Any]] = [
        (
            f"{tr('Export', 'Head of the aiyl okmotu', lang)}: {head}    "
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
    for k, (text, font) in enumerate(texts):
        r = row + k
        cell = text_cell(sheet, r, first_col, text)
        cell.font = font
        cell.alignment = WRAP_TOP
        sheet.merge_cells(start_row=r, start_column=first_col, end_row=r, end_column=last_col)
    return row + len(texts)
