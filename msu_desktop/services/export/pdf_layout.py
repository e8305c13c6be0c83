"""Layout rules every PDF the app writes keeps, so that the paper is fit to sign and file.

- An amount never breaks: its digit groups and its currency are joined by non-breaking spaces.
- A word is broken only at a hyphen: reportlab hyphenates with pyphen's patterns. pyphen has no
  Kyrgyz patterns, so Kyrgyz text uses the Russian ones (the same Cyrillic syllable rules; they
  place breaks correctly around ө, ү, ң as well). Column widths are chosen so that the longest
  word of a column fits whole: reportlab hyphenates to fill a line, and would cut a word wider
  than its column without a hyphen.
- Column widths come from the content (:func:`column_widths`): a status with its reason gets
  room, a measure number only what it needs.
- The signature block stays with the last rows of the table (:func:`table_with_end`).
- An unapproved period carries its mark on every page (:func:`unapproved_mark`, drawn in the
  header by :func:`numbered_canvas`).

What every PDF shares is here too: the embedded DejaVu font (every Kyrgyz letter), the
running header and "page N of M" (:func:`numbered_canvas`), the signature block with the QR
code and fingerprint that ties the paper to the electronic package.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from msu_desktop import assets
from msu_desktop.domain import report as rpt
from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import tr

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE = landscape(A4)


# The QR code's mask pattern, fixed: any of the eight is read by every scanner, and choosing the
# "best" one (reportlab draws the code eight times and scores each) was a fifth of a package's PDF
QR_MASK = 0


class _FixedMaskQR(qrencoder.QRCode):
    def make(self) -> None:
        qr: Any = self  # reportlab is untyped
        if qr.version is None:
            qr.version = qr.calculate_version()
        qr.makeImpl(False, QR_MASK)


def fixed_mask_qr(value: str, **kw: Any) -> QrCode:
    """reportlab's QR flowable, its mask pattern :data:`QR_MASK` (no search)."""
    drawing: Any = QrCode(value, **kw)
    fixed: Any = _FixedMaskQR(drawing.qr.version, drawing.qr.errorCorrectLevel)
    fixed.dataList = drawing.qr.dataList
    drawing.qr = fixed
    return drawing


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(assets.resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(
        TTFont(FONT_BOLD, str(assets.resource_path("fonts", "DejaVuSans-Bold.ttf")))
    )
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=8, leading=10)
    return {
        "base": base,
        # 8 pt: the least any text is printed at (issue 24)
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=9.6),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=12),
    }


def numbered_canvas(header: str, lang: str, mark: str = "") -> type[canvas.Canvas]:
    """A canvas class that writes the header and "page N of M" once the page count is known;
    ``mark`` (e.g. "not approved") is printed in red at the top right of every page."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#444444"))
            room = width - 30 * mm
            if mark:
                self.setFont(FONT_BOLD, 10)
                self.setFillColor(colors.HexColor("#C62828"))
                self.drawRightString(width - 15 * mm, height - 10 * mm, mark.upper())
                room -= stringWidth(mark.upper(), FONT_BOLD, 10) + 6 * mm
                self.setFont(FONT, 8)
                self.setFillColor(colors.HexColor("#444444"))
            self.drawString(15 * mm, height - 10 * mm, fit_text(header, room, FONT, 8))
            self.drawRightString(
                width - 15 * mm,
                8 * mm,
                tr("Export", "page {n} of {total}", lang, n=self._pageNumber, total=total),
            )

    return NumberedCanvas


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened at a word boundary with "…" to fit ``width`` (for running headers)."""
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words) + " …"


def table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DDE6F0")),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def signature_block(
    lang: str,
    head: str,
    secretary: str,
    place: str,
    fingerprint: str,
    link: str,
    head_title: str = "",
) -> list[Any]:
    """Signatures, date and seal place, and the QR + fingerprint of the electronic package."""
    st = styles()
    # reportlab's QR flowable encodes once and draws the modules straight on the canvas (the
    # widget in a Drawing encoded twice and built a shape per module: a quarter of a package)
    drawing = fixed_mask_qr(link, width=32 * mm, height=32 * mm)
    line = "____________________"
    left = [
        Paragraph(
            f"{_esc(head_title or tr('Export', 'Head of the aiyl okmotu', lang))}: "
            f"<b>{_esc(head)}</b>",
            st["base"],
        ),
        Paragraph(f"{tr('Export', 'Signature', lang)}: {line}", st["base"]),
        Spacer(1, 4 * mm),
        Paragraph(
            f"{tr('Export', 'Responsible secretary', lang)}: <b>{_esc(secretary)}</b>", st["base"]
        ),
        Paragraph(f"{tr('Export', 'Signature', lang)}: {line}", st["base"]),
        Spacer(1, 4 * mm),
        Paragraph(
            f"{tr('Export', 'Date', lang)}: ____ . ____ . ________    {_esc(place)}", st["base"]
        ),
        Paragraph(tr("Export", "Place for the seal", lang), st["small"]),
    ]
    right = [
        drawing,
        Paragraph(tr("Export", "Electronic package fingerprint", lang), st["small"]),
        Paragraph(f"<b>{_esc(fingerprint)}</b>", st["small"]),
    ]
    block = Table([[left, right]], colWidths=[150 * mm, 60 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 8 * mm), block]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_esc(text).replace("\n", "<br/>"), style)


NBSP = "\u00a0"
HYPHENATION = {"ru": "ru_RU", "ky": "ru_RU"}  # no Kyrgyz patterns exist in pyphen: see above
_WORD = re.compile(r"[^ \t\n]+")  # a non-breaking space joins, it does not separate
_SPACES = re.compile(r"[ \t]+")


def money(value: Any) -> str:
    """``23579`` -> ``"23 579,00"`` with non-breaking spaces: it never breaks across lines."""
    return amount(value).replace(" ", NBSP)


def money_som(value: Any, lang: str) -> str:
    """The amount with its currency, kept together: ``"23 579,00 сом"``."""
    return money(value) + NBSP + tr("Export", "som", lang)


def unbreakable(text: str) -> str:
    return text.replace(" ", NBSP)


def hyphenation_lang(lang: str) -> str:
    return HYPHENATION.get(lang, "ru_RU")


def cell_style(style: ParagraphStyle, lang: str) -> ParagraphStyle:
    """``style`` with hyphenation in ``lang``, for paragraphs as wide as the page (titles).

    Table cells are broken into lines by :func:`cell` instead: reportlab hyphenates only the
    letters А-я (not ө, ү, ң, ё) and no word with a digit ("2019-жылдын"), and cuts such a
    word without a hyphen when it does not fit."""
    return ParagraphStyle(
        f"{style.name}-{lang}",
        parent=style,
        hyphenationLang=hyphenation_lang(lang),
        embeddedHyphenation=1,
        splitLongWords=0,
    )


CELL_PADDING = 3.0  # left and right padding of a table cell (table_style)


def cell(text: str, style: ParagraphStyle, width: float, lang: str) -> Flowable:
    """``text`` for a table column ``width`` points wide, broken into lines here: between
    words, a word too long for a line hyphenated with pyphen's patterns (with the hyphen),
    an amount ("23 579,00 сом", non-breaking spaces) never broken."""
    return lines_cell(cell_lines(text, style, width, lang), style)


def cell_lines(text: str, style: ParagraphStyle, width: float, lang: str) -> list[str]:
    """The lines :func:`cell` sets ``text`` in."""
    room = width - 2 * CELL_PADDING - 0.5
    return list(wrapped(text, room, style.fontName, style.fontSize, lang))


class LinesCell(Flowable):
    """A table cell of lines already broken (:func:`cell_lines`), set as a Paragraph of them
    joined by line breaks sets them (the first baseline one font size below the top, the
    next ones a leading apart), without the Paragraph's markup parser and its second line
    breaking: a report's table is laid out once (issue 26)."""

    def __init__(self, lines: Sequence[str], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines = list(lines)
        self.style = style
        self.height = len(self.lines) * style.leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        if not self.lines:
            return
        st = self.style
        text = self.canv.beginText(0, self.height - st.fontSize)
        text.setFont(st.fontName, st.fontSize, st.leading)
        text.setFillColor(st.textColor)
        for line in self.lines:
            text.textLine(line)
        self.canv.drawText(text)  # in drawOn's saveState: the colour ends with the cell


class LinesTable(LongTable):
    """reportlab's (long) table whose :class:`LinesCell` cells are all set in one text object
    when the table (or its part on a page) is drawn, instead of each cell being drawn as a
    flowable with its own saved state, translation and text object: the same page, to the
    pixel, for about half the table's drawing time (issue 26). Any other cell (the signature
    block, a Paragraph) is drawn by reportlab as before."""

    _text: Any = None
    _set: tuple[Any, Any] = (None, None)  # the font and colour the text object has

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        # reportlab keeps a cell's flowable as a tuple of one (its _ExpandedCellTuple)
        one = cellval[0] if isinstance(cellval, tuple) and len(cellval) == 1 else cellval
        if (
            type(one) is not LinesCell
            or cellstyle.valign != "TOP"
            or cellstyle.alignment != "LEFT"
            or cellstyle.href
            or cellstyle.destination
        ):
            self._flush()  # the text so far first: the page's text stays in reading order
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not one.lines:
            return
        st = one.style
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
            self._set = (None, None)
        font = (st.fontName, st.fontSize, st.leading)
        if self._set[0] != font:
            text.setFont(*font)
        if self._set[1] != st.textColor:
            text.setFillColor(st.textColor)
        self._set = (font, st.textColor)
        # where LinesCell.draw, drawn by reportlab at the cell's top (valign TOP), puts its
        # first baseline: the cell's top, less the padding, less one font size
        text.setTextOrigin(
            pos[0] + cellstyle.leftPadding,
            pos[1] + size[1] - cellstyle.topPadding - st.fontSize,
        )
        for line in one.lines:
            text.textLine(line)

    def _flush(self) -> None:
        """The cells' text set so far onto the page; its colours end with it."""
        text, self._text = self._text, None
        if text is not None:
            self.canv.saveState()
            self.canv.drawText(text)
            self.canv.restoreState()

    def _drawLines(self) -> None:
        self._flush()  # before the grid is drawn over it, as reportlab's cells are
        super()._drawLines()


def lines_cell(lines: Sequence[str], style: ParagraphStyle) -> Flowable:
    """A cell of lines already broken (:func:`cell_lines`): a :class:`LinesCell` for a
    left-aligned style without indents (every table style here), else a Paragraph."""
    if style.alignment == TA_LEFT and not (style.leftIndent or style.firstLineIndent):
        return LinesCell(lines, style)
    plain = ParagraphStyle(
        f"{style.name}-lines", parent=style, splitLongWords=0, hyphenationLang=""
    )
    return Paragraph("<br/>".join(_esc(line) for line in lines), plain)


CELL_VPADDING = 3.0  # top and bottom padding of a table cell (reportlab's default)


def table_rows(
    texts: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: ParagraphStyle,
    lang: str,
    page_room: float,
    continued: Callable[[Sequence[str]], Sequence[str]],
    *,
    first_room: float | None = None,
) -> list[list[Flowable]]:
    """The table's rows of ``texts``, none taller than a page: a row that does not fit in what
    is left of a page goes on in a continuation row on the next one (under the repeated
    header), split between lines; ``continued(row)`` gives the first cells of a continuation
    row (the measure's number and "(continued)"). ``page_room``: the height a page has for
    rows (the frame less the repeated header); ``first_room``: what the first page has.

    The pages are filled as reportlab's table fills them (a row goes whole onto the page
    where it fits, else onto the next), so that a long row starts on the page where the one
    before ends instead of leaving it blank. A row shorter than a third of a page is never
    split: it moves to the next page whole, as before."""
    lead = style.leading
    pad = 2 * CELL_VPADDING
    remaining = page_room if first_room is None else first_room
    out: list[list[Paragraph]] = []
    for row in texts:
        lines = [cell_lines(t, style, w, lang) for t, w in zip(row, widths, strict=True)]
        heads = [
            cell_lines(h, style, w, lang) if h else []
            for h, w in zip(continued(row), widths, strict=False)
        ]
        heads += [[] for _ in range(len(widths) - len(heads))]
        label = max(len(h) for h in heads)
        pos = [0] * len(lines)
        k = 0
        while True:
            top = heads if k else [[] for _ in lines]
            rest = [[*top[c], *lines[c][pos[c] :]] for c in range(len(lines))]
            height = max(len(x) for x in rest) * lead + pad
            if height <= remaining:
                out.append([lines_cell(x, style) for x in rest])
                remaining -= height
                break
            fit = int((remaining - pad) // lead) - 1  # one line spare
            if height <= page_room / 3 or fit < label + 4:
                remaining = page_room  # the row goes to the next page, as it is
                if height <= remaining:
                    continue
                fit = int((remaining - pad) // lead) - 1
            piece = []
            for c in range(len(lines)):
                take = fit - len(top[c])
                col = lines[c]
                # a piece never ends inside a hyphenated word: its rest would be on the next page
                while (
                    take > 1 and pos[c] + take < len(col) and col[pos[c] + take - 1].endswith("-")
                ):
                    take -= 1
                piece.append([*top[c], *lines[c][pos[c] : pos[c] + take]])
                pos[c] += take
            out.append([lines_cell(x, style) for x in piece])
            remaining = page_room
            k += 1
    return out


def frame_height(page_height: float, top: float, bottom: float) -> float:
    """The height of the text frame of a SimpleDocTemplate (its frame pads 6 points)."""
    return page_height - top - bottom - 12


def row_height(row: Sequence[Any], widths: Sequence[float]) -> float:
    """The height a table row of paragraphs takes."""
    tallest = 0.0
    for item, w in zip(row, widths, strict=False):
        if hasattr(item, "wrap"):
            tallest = max(tallest, item.wrap(w - 2 * CELL_PADDING, 1e6)[1])
    return tallest + 2 * CELL_VPADDING


def known_height(row: Sequence[Any]) -> float | None:
    """The height of a table row of :class:`LinesCell` cells (as reportlab measures it: the
    tallest cell and the padding); None when a cell is anything else, for reportlab to
    measure."""
    tallest = 0.0
    for item in row:
        if type(item) is not LinesCell:
            return None
        tallest = max(tallest, item.height)
    return tallest + 2 * CELL_VPADDING


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=4)
def hyphenator(lang: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=hyphenation_lang(lang))


REMEMBERED = 120  # texts longer than this are measured and wrapped afresh, not kept


def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth``, remembered for a short text: a register or a report measures the same
    words (labels, villages, units) thousands of times (issue 26)."""
    if len(text) > REMEMBERED:
        return stringWidth(text, font, size)
    return _text_width(text, font, size)


_text_width = lru_cache(maxsize=1 << 15)(stringWidth)


@lru_cache(maxsize=1 << 16)
def min_word_width(word: str, font: str, size: float) -> float:
    """The narrowest width a word can be set in without breaking it where it may not break.

    reportlab hyphenates a word only to fill the rest of a line; a word that starts a line and
    is wider than the column would be cut without a hyphen. So a column must hold its widest
    word whole, except that a word may break after its own hyphens ("2018-2023-жылдар")."""
    if NBSP in word:
        return text_width(word, font, size)
    parts = [p + "-" for p in word.split("-")[:-1]] + [word.split("-")[-1]]
    return max(text_width(p, font, size) for p in parts)


def column_widths(
    columns: Sequence[Sequence[str]],
    available: float,
    font: str,
    size: float,
    *,
    padding: float = 8.0,
    header: Sequence[str] = (),
    header_font: str | None = None,
    header_size: float | None = None,
    cap: float | None = None,
    whole: Sequence[int] = (),
    footer: Sequence[str] = (),
) -> list[float]:
    """Widths in points, from the content of each column (the automatic table layout of
    browsers): every column gets at least its widest unbreakable piece (an amount, a short
    word; in the columns ``whole`` -- codes, amounts -- its widest line, which is never
    broken); the rest of the page goes to the columns in proportion to how much text they
    hold beyond that, capped at their widest line. ``footer``: a totals row, set in the
    header's (bold) font, so its amounts are measured as they are printed."""
    hfont = header_font or font
    hsize = header_size or size
    mins: list[float] = []
    wants: list[float] = []
    for k, texts in enumerate(columns):
        lo = 0.0
        total = 0.0
        widest = 0.0
        head = header[k] if k < len(header) else ""
        for word in _WORD.findall(head):
            lo = max(lo, min_word_width(word, hfont, hsize))
        for line in str(footer[k] if k < len(footer) else "").split("\n"):
            w = text_width(line, hfont, hsize)
            widest = max(widest, w)
            if k in whole:
                lo = max(lo, w)
                continue
            for word in _WORD.findall(line):
                lo = max(lo, min_word_width(word, hfont, hsize))
        for text in texts:
            for line in str(text).split("\n"):
                w = text_width(line, font, size)
                widest = max(widest, w)
                total += w
                if k in whole:
                    lo = max(lo, w)
                    continue
                for word in _WORD.findall(line):
                    lo = max(lo, min_word_width(word, font, size))
        mins.append(lo + padding)
        # how much room the column would like: its widest line, but a column of long texts
        # wants the area of its text, not one endless line
        wants.append(max(lo, min(widest, total / max(1, len(texts)) * 1.2)) + padding)
    if cap is not None:
        wants = [min(w, max(m, cap)) for w, m in zip(wants, mins, strict=True)]
    base = sum(mins)
    if base >= available:
        return [m * available / base for m in mins]
    extra = [max(0.0, w - m) for w, m in zip(wants, mins, strict=True)]
    room = available - base
    if sum(extra) <= room:
        # everything fits on one line: share what is left by the wanted widths
        grow = room - sum(extra)
        total_want = sum(wants) or 1.0
        return [w + grow * w / total_want for w in wants]
    return [m + room * e / sum(extra) for m, e in zip(mins, extra, strict=True)]


def table_with_end(
    data: list[list[Any]],
    widths: Sequence[float],
    style: TableStyle,
    end: Any,
    *,
    keep_rows: int = 1,
    table_class: Callable[..., Table] = Table,
    room: float | None = None,
    header_rows: int = 1,
) -> Table:
    """The table with ``end`` (the signature block) as its last, borderless row, kept on the
    same page as the last ``keep_rows`` rows of data when they fit on a page together
    (``room``: the frame's height); otherwise the block goes on a page of its own rather
    than the layout failing."""
    n = len(data)
    cols = len(widths)
    keep = keep_rows
    if room is not None:
        end_h = sum(f.wrap(sum(widths), 1e6)[1] for f in (end if isinstance(end, list) else [end]))
        head_h = sum(row_height(r, widths) for r in data[:header_rows])
        # as many of the last rows as fit on one page with the block (none: it stands alone)
        while keep > 0:
            tail = sum(row_height(r, widths) for r in data[max(header_rows, n - keep) :])
            if head_h + tail + end_h + 10 + 2 * CELL_VPADDING <= room:
                break
            keep -= 1
    rows = [*data, [end, *[""] * (cols - 1)]]
    # a row of LinesCells is as tall as its longest cell and the padding: given here, so that
    # reportlab does not measure every cell again on every page it splits the table on
    heights = [known_height(r) for r in data] + [None]
    table = table_class(rows, colWidths=list(widths), rowHeights=heights, repeatRows=header_rows)
    table.setStyle(style)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, n), (-1, n)),
                ("LINEBELOW", (0, n), (-1, n), 0, "white"),
                ("LINEBEFORE", (0, n), (-1, n), 0, "white"),
                ("LINEAFTER", (0, n), (-1, n), 0, "white"),
                ("BACKGROUND", (0, n), (-1, n), "white"),
                ("TOPPADDING", (0, n), (-1, n), 10),
            ]
        )
    )
    if keep:
        table.setStyle(TableStyle([("NOSPLIT", (0, max(header_rows, n - keep)), (-1, n))]))
    return table


def unapproved_mark(state: str | None, lang: str) -> str:
    """The words every page of a report of an unapproved period carries ("" when approved)."""
    if state == rpt.APPROVED:
        return ""
    return tr("Export", "not approved", lang)


def wrap_words(text: str, width: float, font: str, size: float, lang: str = "ru") -> Iterator[str]:
    """Lines of ``text`` no wider than ``width``, broken between words; a word too long for
    a line is hyphenated (with a hyphen), never cut. For text drawn straight on a canvas."""
    space = text_width(" ", font, size)
    for para in text.split("\n"):
        line = ""
        used = 0.0  # the width of ``line``: a line is measured by adding its words' widths
        for word in _SPACES.split(para):
            if not word:
                continue
            need = text_width(word, font, size)
            trial = used + space + need if line else need
            if trial <= width:
                line = f"{line} {word}" if line else word
                used = trial
                continue
            if line:
                yield line
                line = ""
            while need > width:
                head, word = _split_word(word, width, font, size, lang)
                yield head
                need = text_width(word, font, size)
            line, used = word, need
        if line:
            yield line


def wrapped(text: str, width: float, font: str, size: float, lang: str = "ru") -> tuple[str, ...]:
    """:func:`wrap_words` as a tuple, remembered for a short text: a register's columns
    repeat the same category, village, condition and use on thousands of rows."""
    if len(text) > REMEMBERED:
        return tuple(wrap_words(text, width, font, size, lang))
    return _wrapped(text, width, font, size, lang)


@lru_cache(maxsize=1 << 13)
def _wrapped(text: str, width: float, font: str, size: float, lang: str) -> tuple[str, ...]:
    return tuple(wrap_words(text, width, font, size, lang))


@lru_cache(maxsize=1 << 12)
def _split_word(word: str, width: float, font: str, size: float, lang: str) -> tuple[str, str]:
    for start, end in hyphenator(lang).iterate(word):  # longest first part first
        if end.startswith("-"):
            start, end = start + "-", end[1:]
        head = start if start.endswith("-") else start + "-"
        if end and stringWidth(head, font, size) <= width:
            return head, end
    if "-" in word[1:]:
        cut = word.index("-", 1) + 1
        if stringWidth(word[:cut], font, size) <= width:
            return word[:cut], word[cut:]
    # no hyphenation point fits (a very long number or code): break with a hyphen anyway
    k = max(1, len(word) - 1)
    while k > 1 and stringWidth(word[:k] + "-", font, size) > width:
        k -= 1
    return word[:k] + "-", word[k:]
