"""The property register as a PDF, fast for thousands of objects.

Drawn straight on the canvas with fixed rows (a register row is one line: text is clipped to its
column by measured width), so the page count is known in advance and "page N of M" costs
nothing; platypus table layout would spend most of its time measuring cells. The last page
carries the signature blocks and the QR code + fingerprint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import pick, tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.export.pdf_common import FONT, FONT_BOLD, PAGE, register_fonts
from msu_desktop.services.files import atomic_output

COLS = (20, 72, 38, 24, 32, 28, 28, 22, 26)  # mm
ROW_H = 4.2 * mm
SIZE = 6.5


def _fit(text: str, width: float, font: str = FONT, size: float = SIZE) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def write_register_pdf(
    ws: Any, out: Path, lang: str = "ru", *, public: bool = False, fingerprint: str = ""
) -> Path:
    register_fonts()
    muni = ws.municipality()
    name = muni.name(lang) if muni else ""
    data = ps.categories()
    labels = {
        k: {c["id"]: pick(c["label"], lang) for c in data[k]}
        for k in ("categories", "conditions", "uses", "units")
    }
    title = tr("PropertyExport", "Register of municipal property", lang)
    head = [
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
    rows = []
    for r in ps.list_rows(ws):
        if public and r.status != "active":
            continue
        nm = (r.name_ky if lang == "ky" else r.name_ru) or r.name_ru or r.name_ky
        rows.append(
            (
                r.inventory_number,
                nm,
                labels["categories"].get(r.category, r.category),
                r.village,
                r.cadastral_code,
                f"{amount(r.area)} {labels['units'].get(r.unit, r.unit)}"
                if r.area is not None
                else "",
                amount(r.book_value) if r.book_value is not None else "",
                labels["conditions"].get(r.condition, r.condition),
                labels["uses"].get(r.use, r.use),
            )
        )
    width, height = PAGE
    left, top, bottom = 10 * mm, height - 24 * mm, 16 * mm
    per_page = int((top - bottom) / ROW_H) - 1
    signature_space = 55 * mm
    pages = max(1, -(-len(rows) // per_page))
    if len(rows) - (pages - 1) * per_page > per_page - int(signature_space / ROW_H):
        pages += 1  # the signatures need room on the last page
    col_w = [w * mm for w in COLS]
    xs = [left]
    for w in col_w:
        xs.append(xs[-1] + w)
    with atomic_output(out) as fh:
        c = canvas.Canvas(fh, pagesize=PAGE)
        c.setTitle(title)
        c.setAuthor(name)
        i = 0
        for page in range(1, pages + 1):
            c.setFont(FONT, 7.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(
                left, height - 10 * mm, _fit(f"{name} · {title}", width - 2 * left, FONT, 7.5)
            )
            c.drawRightString(
                width - left, 8 * mm, tr("Export", "page {n} of {total}", lang, n=page, total=pages)
            )
            c.setFillColor(colors.black)
            y = top
            if page == 1:
                c.setFont(FONT_BOLD, 12)
                c.drawString(
                    left,
                    height - 18 * mm,
                    _fit(f"{title} — {name}", width - 2 * left, FONT_BOLD, 12),
                )
            c.setFillColor(colors.HexColor("#DDE6F0"))
            c.rect(left, y - 1.2 * mm, xs[-1] - left, ROW_H, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(FONT_BOLD, SIZE)
            for k, text in enumerate(head):
                c.drawString(xs[k] + 1, y, _fit(text, col_w[k] - 2, FONT_BOLD))
            c.setFont(FONT, SIZE)
            c.setStrokeColor(colors.HexColor("#BBBBBB"))
            c.setLineWidth(0.25)
            for _ in range(per_page):
                if i >= len(rows):
                    break
                y -= ROW_H
                row = rows[i]
                for k, text in enumerate(row):
                    if text:
                        c.drawString(xs[k] + 1, y, _fit(text, col_w[k] - 2))
                c.line(left, y - 1.2 * mm, xs[-1], y - 1.2 * mm)
                i += 1
            if page == pages:
                _signatures(c, lang, muni, name, fingerprint, left, y - 12 * mm)
            c.showPage()
        c.save()
    return out


def _signatures(
    c: canvas.Canvas, lang: str, muni: Any, place: str, fingerprint: str, x: float, y: float
) -> None:
    c.setFont(FONT, 8)
    line = "____________________"
    head = muni.head_name if muni else ""
    secretary = muni.secretary_name if muni else ""
    lines = [
        f"{tr('Export', 'Head of the aiyl okmotu', lang)}: {head}   {tr('Export', 'Signature', lang)}: {line}",
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
        c.setFont(FONT, 6.5)
        c.drawString(x + 190 * mm, y - 31 * mm, fingerprint[:90])
