"""THE cells every workbook the app writes is made of (the report, the register, the agency's
consolidated report): text, numbers, and the rows a long text takes.

- Text goes through THE cleaning step (:func:`msu_desktop.domain.text.clean_text`): a value
  stored before that step existed, or read from a package, can still hold a control character,
  which openpyxl refuses (``IllegalCharacterError``). It is always written as text: a value
  beginning with ``=``, ``+``, ``-`` or ``@`` never becomes a formula.
- An amount is a number rounded ONCE, half up, to the tyiyn (:func:`~msu_desktop.domain.numbers.
  to_tyiyn`), so the xlsx shows what the PDF and data.json say.
- No row is taller than Excel's 409 points: a text of more lines is split by
  :func:`text_chunks` into pieces of at most :data:`MAX_LINES` lines, each for a row of its own
  (a continuation row).
- A word wider than its column is hyphenated here, as the PDF does it (pyphen's patterns,
  with the hyphen, and a line break after it): Excel and LibreOffice would cut it anywhere
  («административн/о-/территориально/й»). The break is placed with a margin
  (:data:`HYPHEN_ROOM`) for the office program's own measure of the text.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from msu_desktop.services.export.xlsx_print import (  # the cell writers sit below (no cycle)
    ARIAL_RATIO,
    EXCEL_CELL_LIMIT,
    LINE,
    MONEY_FORMAT,
    SIZE,
    cell_text,
    column_points,
    number_value,
    text_cell,
    text_points,
)

__all__ = ["EXCEL_CELL_LIMIT", "cell_text", "number_value", "text_cell"]

MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
MAX_LINES = int((MAX_ROW_POINTS - 2) // LINE) - 1  # lines in a row, one spare: 30
HYPHEN_ROOM = 0.9  # the share of a column a hyphenated piece of a word may take


def cell_styler(
    ws: Worksheet,
    *,
    font: Any = None,
    border: Any = None,
    alignment: Any = None,
    fill: Any = None,
) -> Callable[[Any], None]:
    """A function that gives a cell ``font``, ``border``, ``alignment`` and ``fill``, as
    ``cell.font = font`` and so on do, each style looked up in the workbook once, not once a cell: openpyxl
    hashes the whole style object at every assignment, which was a third of a report's
    workbook (issue 26)."""
    from openpyxl.styles.cell_style import StyleArray

    book: Any = ws.parent
    ids = [
        (key, coll.add(value))
        for key, coll, value in (
            ("fontId", book._fonts, font),
            ("borderId", book._borders, border),
            ("alignmentId", book._alignments, alignment),
            ("fillId", book._fills, fill),
        )
        if value is not None
    ]

    def apply(cell: Any) -> None:
        if cell._style is None:
            cell._style = StyleArray()
        for key, index in ids:
            setattr(cell._style, key, index)

    return apply


def number_cell(ws: Worksheet, row: int, col: int, value: Decimal | float | None) -> Any:
    """An amount as a number, shown "23 579,00" (a count: set ``number_format = "0"``)."""
    cell = ws.cell(row=row, column=col)
    if value is not None:
        cell.value = number_value(value)
        cell.number_format = MONEY_FORMAT
    return cell


class TextLines:
    """A text broken into the lines a column ``width`` (Excel units) wide shows, counted as
    :func:`~msu_desktop.services.export.xlsx_print.lines_of` counts them, to be handed out
    a number of lines at a time (:meth:`take`): the pieces of a long text, split between
    words, each piece whole paragraphs or the part of one (which goes on in the next)."""

    def __init__(self, text: str, width: float, bold: bool = False, lang: str = "ru") -> None:
        from msu_desktop.services.export.pdf_layout import _SPACES, FONT, register_fonts, wrap_words

        size = SIZE * ARIAL_RATIO * (1.06 if bold else 1.0)
        room = column_points(width) - 7
        space = text_points(" ", size)
        # each entry: (the line's paragraph, its words, how many lines they take); a new
        # paragraph key starts a new line in the cell ("\n")
        self.lines: list[tuple[tuple[int, int], list[str], int]] = []
        for p, para in enumerate(text.split("\n") if text else []):
            n = (p, 0)
            words: list[str] = []
            line = -1.0
            for word in _SPACES.split(para):
                if not word:
                    continue
                w = text_points(word, size)
                if w > room:  # a word longer than the column: hyphenated, a piece a line
                    register_fonts()
                    if words:
                        self.lines.append((n, words, 1))
                    for piece in wrap_words(word, room * HYPHEN_ROOM, FONT, size, lang):
                        n = (p, n[1] + 1)
                        self.lines.append((n, [piece], 1))
                    n = (p, n[1] + 1)  # what follows starts a line of its own
                    words, line = [], -1.0
                    continue
                if line >= 0 and line + space + w <= room:
                    line += space + w
                    words.append(word)
                    continue
                if words:
                    self.lines.append((n, words, 1))
                words, line = [word], w
            self.lines.append((n, words, 1))  # an empty paragraph is an empty line
        self.pos = 0

    def done(self) -> bool:
        return self.pos >= len(self.lines)

    def take(self, limit: int) -> tuple[str, int]:
        """The next piece of at most ``limit`` lines (at least one entry), and its lines."""
        used = 0
        paras: list[tuple[tuple[int, int], list[str]]] = []
        while self.pos < len(self.lines):
            n, words, need = self.lines[self.pos]
            if used and used + need > limit:
                break
            if paras and paras[-1][0] == n:
                paras[-1][1].extend(words)
            else:
                paras.append((n, list(words)))
            used += need
            self.pos += 1
        return "\n".join(" ".join(w) for _, w in paras), used


def text_chunks(
    text: str, width: float, max_lines: int = MAX_LINES, bold: bool = False, lang: str = "ru"
) -> list[str]:
    """``text`` in pieces that each wrap to at most ``max_lines`` lines in a column ``width``
    (Excel units) wide, split between words: the rows of a long text (a word wider than the
    column hyphenated)."""
    lines = TextLines(text, width, bold, lang)
    out = []
    while not lines.done():
        out.append(lines.take(max_lines)[0])
    return [c for c in out if c.strip()] or [""]


class RowPager:
    """Rows as LibreOffice and Excel lay them on pages, to split a long row where a page
    ends: ``page`` points of rows fit on a page (the paper at the print scale, less the
    repeated header row), ``first`` on the first page. A row shorter than a third of a page
    is never split: it moves to the next page whole, as the office programs do."""

    def __init__(self, page: float, first: float, lang: str = "ru") -> None:
        self.page = page
        self.remaining = first
        self.lang = lang

    def split(self, values: list[tuple[str, float]]) -> list[list[str]]:
        """The rows one table row of texts takes: ``values`` are (text, column width); each
        row has every column's next piece ("" once that column has ended)."""
        from msu_desktop.services.export.xlsx_print import row_height

        cols = [TextLines(text, width, lang=self.lang) for text, width in values]
        total = max(1, max(sum(e[2] for e in c.lines) for c in cols))
        if row_height(total) <= self.remaining and total <= MAX_LINES:
            self.remaining -= row_height(total)
            return [[c.take(total)[0] for c in cols]]  # long words hyphenated
        out: list[list[str]] = []
        while not all(c.done() for c in cols):
            left = max(sum(e[2] for e in c.lines[c.pos :]) for c in cols)
            fit = min(MAX_LINES, int((self.remaining - 2) // LINE) - 1)
            whole = row_height(min(left, MAX_LINES))
            if whole > self.remaining and (whole <= self.page / 3 or fit < 5):
                self.remaining = self.page  # the rest goes to the next page
                continue
            pieces = [c.take(fit) for c in cols]
            out.append([text for text, _ in pieces])
            height = row_height(max(1, *(n for _, n in pieces)))
            self.remaining -= height
            if self.remaining < LINE * 3:
                self.remaining = self.page
        return out or [["" for _ in values]]


def row_points(lines: int) -> float:
    from msu_desktop.services.export.xlsx_print import row_height

    return row_height(lines)
