"""The property register as a PDF, fast for thousands of objects.

Drawn straight on the canvas: column widths from the content (pdf_layout.column_widths), text
wrapped between words (a word too long for its column is hyphenated, never cut), amounts kept
whole and right-aligned. The rows are laid out first, so the page count is known before
drawing and "page N of M" costs nothing; platypus table layout would spend most of its time
measuring cells. The last page carries the totals (objects, book value, and the areas and
quantities per unit: m², ha, m and pieces are never added up), the signature blocks and the
QR code + fingerprint, always with at least one row of the register. The title says the date
the register is "as of"; every text is 8 pt or more; a cadastral code (ЕНИ), an amount and an
area are never broken across lines.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from msu_desktop import errors
from msu_desktop.domain.numbers import quantity
from msu_desktop.i18n import pick, tr
from msu_desktop.services.export.pdf_layout import (
    FONT,
    FONT_BOLD,
    NBSP,
    PAGE,
    column_widths,
    fit_text,
    money,
    register_fonts,
    text_width,
    wrap_words,
    wrapped,
)
from msu_desktop.services.export.report_cells import head_title
from msu_desktop.services.property.fields import categories
from msu_desktop.services.property.register import list_rows
from msu_exchange.files import atomic_output
from msu_exchange.progress import Progress

SIZE = 8.0  # the least any text is printed at (issue 24)
LINE = SIZE * 1.2  # one line of text in a row
PAD = 1.3 * mm  # above and below the text of a row
CADASTRAL = 4  # the ЕНИ: never broken ("4-" / "07-01-…" was)
NUMERIC = (5, 6)  # area and book value: right-aligned, never wrapped
SIGNATURE_SPACE = 52 * mm


class Cancelled(errors.Cancelled):
    pass


def _row_texts(r: Any, lang: str, labels: dict[str, dict[str, str]]) -> tuple[str, ...]:
    nm = (r.name_ky if lang == "ky" else r.name_ru) or r.name_ru or r.name_ky
    return (
        r.inventory_number,
        nm,
        labels["categories"].get(r.category, r.category),
        r.village,
        r.cadastral_code.replace(" ", NBSP),
        f"{quantity(r.area).replace(' ', NBSP)}{NBSP}{labels['units'].get(r.unit, r.unit)}"
        if r.area is not None
        else "",
        money(r.book_value) if r.book_value is not None else "",
        labels["conditions"].get(r.condition, r.condition),
        labels["uses"].get(r.use, r.use),
    )


def _totals(objects: list[Any], lang: str, units: dict[str, str]) -> tuple[str, ...]:
    """The totals row: how many objects, their areas per unit (one line a unit), their book
    value."""
    area: dict[str, float] = defaultdict(float)
    value = 0.0
    for r in objects:
        if r.area is not None:
            area[r.unit or ""] += r.area
        value += r.book_value or 0.0
    per_unit = "\n".join(
        f"{quantity(a).replace(' ', NBSP)}{NBSP}{units.get(u, u)}".strip(NBSP)
        for u, a in sorted(area.items())
    )
    count = tr("PropertyExport", "Total: %n object(s)", lang, n=len(objects))
    return ("", count, "", "", "", per_unit, money(value), "", "")


def write_register_pdf(
    ws: Any,
    out: Path,
    lang: str = "ru",
    *,
    public: bool = False,
    fingerprint: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """The register (``public``: its public version, active objects only) as of the work date;
    ``progress``/``cancelled``: as every long job (cancelled before anything is written)."""

    def step(pct: int, what: str) -> None:
        if cancelled and cancelled():
            raise Cancelled("The export was cancelled; nothing was written.")
        if progress:
            progress(pct, what)

    register_fonts()
    step(5, tr("PropertyExport", "Reading the register…", lang))
    muni = ws.municipality()
    name = muni.name(lang) if muni else ""
    data = categories()
    labels = {
        k: {c["id"]: pick(c["label"], lang) for c in data[k]}
        for k in ("categories", "conditions", "uses", "units")
    }
    title = tr("PropertyExport", "Register of municipal property", lang)
    as_of = tr("PropertyExport", "as of {date}", lang, date=ws.today().strftime("%d.%m.%Y"))
    head = _head(lang)
    objects = [r for r in list_rows(ws) if not public or r.status == "active"]
    rows = [_row_texts(r, lang, labels) for r in objects]
    totals = _totals(objects, lang, labels["units"])
    rows.append(totals)
    bold = {len(rows) - 1}
    step(20, tr("PropertyExport", "Laying out the pages…", lang))
    width, height = PAGE
    left, top, bottom = 10 * mm, height - 24 * mm, 16 * mm
    col_w = column_widths(
        [[row[k] for row in rows[:-1]] for k in range(len(head))],
        width - 2 * left,
        FONT,
        SIZE,
        padding=2 * mm,
        header=head,
        header_font=FONT_BOLD,
        cap=70 * mm,
        whole=(CADASTRAL, *NUMERIC),
        footer=totals,  # printed bold: measured bold
    )
    xs = [left]
    for w in col_w:
        xs.append(xs[-1] + w)

    def cells(texts: Sequence[str], font: str, whole: Sequence[int]) -> list[list[str]]:
        return [
            t.split("\n")
            if k in whole or not t
            else list(wrapped(t, col_w[k] - 2 * mm, font, SIZE, lang))
            for k, t in enumerate(texts)
        ]

    head_cells = cells(head, FONT_BOLD, ())
    head_h = max(len(c) for c in head_cells) * LINE + 2 * PAD
    laid = [
        cells(row, FONT_BOLD if i in bold else FONT, (CADASTRAL, *NUMERIC))
        for i, row in enumerate(rows)
    ]
    heights = [max(1, *(len(c) for c in cell)) * LINE + 2 * PAD for cell in laid]
    pages = _paginate(heights, top - bottom - head_h, top - bottom - head_h - SIGNATURE_SPACE)
    step(40, tr("PropertyExport", "Writing the PDF…", lang))
    with atomic_output(out) as fh:
        c = canvas.Canvas(fh, pagesize=PAGE)
        c.setTitle(title)
        c.setAuthor(name)
        total = len(pages)
        for number, (first, last) in enumerate(pages, start=1):
            if number % 20 == 0:
                step(40 + 55 * number // total, tr("PropertyExport", "Writing the PDF…", lang))
            _page_head(c, lang, f"{name} · {title} · {as_of}", number, total, left)
            if number == 1:
                c.setFont(FONT_BOLD, 12)
                c.drawString(
                    left,
                    height - 18 * mm,
                    fit_text(f"{title} — {name}, {as_of}", width - 2 * left, FONT_BOLD, 12),
                )
            y = top
            c.setFillColor(colors.HexColor("#DDE6F0"))
            c.rect(left, y - head_h, xs[-1] - left, head_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            _draw_row(c, head_cells, xs, y, FONT_BOLD, ())
            y -= head_h
            c.setStrokeColor(colors.HexColor("#BBBBBB"))
            c.setLineWidth(0.25)
            for i in range(first, last):
                _draw_row(c, laid[i], xs, y, FONT_BOLD if i in bold else FONT, NUMERIC)
                y -= heights[i]
                c.line(left, y, xs[-1], y)
            if number == total:
                _signatures(c, lang, muni, name, fingerprint, left, y - 10 * mm)
            c.showPage()
        c.save()
        step(99, tr("PropertyExport", "Writing the PDF…", lang))
    return out


def _head(lang: str) -> list[str]:
    return [
        tr("PropertyExport", "Inventory number", lang),
        tr("PropertyExport", "Name", lang),
        tr("PropertyExport", "Category", lang),
        tr("PropertyExport", "Village", lang),
        tr("PropertyExport", "Cadastral code (ЕНИ)", lang),
        tr("PropertyExport", "Area or quantity", lang),
        tr("PropertyExport", "Book value, som", lang),
        tr("PropertyExport", "Condition", lang),
        tr("PropertyExport", "Use", lang),
    ]


def _page_head(
    c: canvas.Canvas, lang: str, header: str, number: int, total: int, left: float
) -> None:
    """The running header and "page N of M", at 8 pt."""
    width, height = PAGE
    c.setFont(FONT, 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(left, height - 10 * mm, fit_text(header, width - 2 * left, FONT, 8))
    c.drawRightString(
        width - left, 8 * mm, tr("Export", "page {n} of {total}", lang, n=number, total=total)
    )
    c.setFillColor(colors.black)


def _paginate(heights: list[float], room: float, last_room: float) -> list[tuple[int, int]]:
    """Row ranges per page; the last page keeps room for the signatures and at least one row
    (the signature block never stands alone on a page)."""
    pages: list[tuple[int, int]] = []
    first, used = 0, 0.0
    for i, h in enumerate(heights):
        if used + h > room and i > first:
            pages.append((first, i))
            first, used = i, 0.0
        used += h
    pages.append((first, len(heights)))
    first, last = pages[-1]
    if sum(heights[first:last]) > last_room:
        # move the last rows to a page of their own, with the signatures
        keep = last
        used = 0.0
        while keep > first + 1 and used + heights[keep - 1] <= last_room and last - keep < 3:
            keep -= 1
            used += heights[keep]
        if keep == last:
            keep = last - 1
        pages[-1] = (first, keep)
        pages.append((keep, last))
    return pages


def _draw_row(
    c: canvas.Canvas,
    cells: list[list[str]],
    xs: list[float],
    y: float,
    font: str,
    numeric: Sequence[int],
) -> None:
    c.setFont(font, SIZE)
    text = c.beginText()  # one text object a row, not one a line (issue 26)
    text.setFont(font, SIZE)
    for k, lines in enumerate(cells):
        for n, line in enumerate(lines):
            base = y - PAD - (n + 1) * LINE + 0.8 * mm
            if k in numeric:  # right-aligned, as drawRightString places it
                text.setTextOrigin(xs[k + 1] - 1 * mm - text_width(line, font, SIZE), base)
            else:
                text.setTextOrigin(xs[k] + 1 * mm, base)
            text._textOut(line)  # the cursor is placed for each line: no width to track
    c.drawText(text)


def _signatures(
    c: canvas.Canvas, lang: str, muni: Any, place: str, fingerprint: str, x: float, y: float
) -> None:
    c.setFont(FONT, 8)
    line = "____________________"
    head = muni.head_name if muni else ""
    secretary = muni.secretary_name if muni else ""
    lines = [
        f"{head_title(muni, lang)}: {head}   {tr('Export', 'Signature', lang)}: {line}",
        f"{tr('Export', 'Responsible secretary', lang)}: {secretary}   {tr('Export', 'Signature', lang)}: {line}",
        f"{tr('Export', 'Date', lang)}: ____ . ____ . ________    {place}",
        tr("Export", "Place for the seal", lang),
    ]
    for k, text in enumerate(lines):
        c.drawString(x, y - k * 7 * mm, text)
    if fingerprint:
        qr = QrCodeWidget(fingerprint)
        x0, y0, x1, y1 = qr.getBounds()
        size = 30 * mm
        d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        d.add(qr)
        renderPDF.draw(d, c, x + 190 * mm, y - 28 * mm)
        c.setFont(FONT, 8)
        for k, part in enumerate(wrap_words(fingerprint, 75 * mm, FONT, 8, lang)):
            c.drawString(x + 190 * mm, y - 31 * mm - k * LINE, part)
