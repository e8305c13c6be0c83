"""What every PDF the app writes shares: the embedded DejaVu font (every Kyrgyz letter), a
header with the municipality and the period, "page N of M", signature blocks, and the QR code
with the fingerprint that ties the paper to the electronic package."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from msu_desktop import assets
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
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            room = width - 30 * mm
            if mark:
                self.setFont(FONT_BOLD, 10)
                self.setFillColor(colors.HexColor("#C62828"))
                self.drawRightString(width - 15 * mm, height - 10 * mm, mark.upper())
                room -= stringWidth(mark.upper(), FONT_BOLD, 10) + 6 * mm
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#444444"))
            self.drawString(15 * mm, height - 10 * mm, fit_text(header, room, FONT, 7.5))
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
            ("FONT", (0, 0), (-1, -1), FONT, 7.5),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 7.5),
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


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_esc(text).replace("\n", "<br/>"), style)
