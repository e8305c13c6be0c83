"""Text documents as A4 PDFs (reportlab), for the one paper path of the window: the decree
and the Programme (Annex 1) and the user guide. The same embedded DejaVu font as every paper
the app writes (ө ү ң), words broken only with a hyphen, "page N of M", text at 9 pt.

A document is a list of :class:`msu_desktop.domain.programme.Block` (title, heading,
subheading, paragraph, item, signature); the guide's Markdown is read into the same blocks
(:func:`markdown_blocks`: headings, numbered and bulleted items, **bold** and `code`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from msu_desktop.domain.programme import Block, programme_blocks
from msu_desktop.errors import Cancelled
from msu_desktop.i18n import tr
from msu_desktop.services.export.pdf_layout import FONT_BOLD, cell_style, numbered_canvas, styles
from msu_exchange.files import atomic_output
from msu_exchange.progress import Progress

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")
_NUMBERED = re.compile(r"^(\d+)\.\s+")


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    base = styles()["base"]
    body = ParagraphStyle("text-body", parent=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    out = {
        "paragraph": body,
        "title": ParagraphStyle(
            "text-title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "heading": ParagraphStyle(
            "text-heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "subheading": ParagraphStyle(
            "text-subheading", parent=body, fontName=FONT_BOLD, spaceBefore=4
        ),
        "item": ParagraphStyle("text-item", parent=body, leftIndent=14, spaceAfter=2),
        "signature": ParagraphStyle("text-signature", parent=body, alignment=TA_RIGHT),
    }
    return {k: cell_style(v, lang) for k, v in out.items()}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markup(text: str) -> str:
    """Markdown's **bold** and `code` as reportlab's markup (the rest escaped)."""
    out = _BOLD.sub(r"<b>\1</b>", _esc(text))
    return _CODE.sub(r'<font name="DejaVuSans-Bold">\1</font>', out).replace("\n", "<br/>")


def markdown_blocks(text: str) -> list[Block]:
    """The guide's Markdown as blocks: ``#`` a title, ``##`` a heading, ``###`` a
    subheading, ``1.``/``-`` items, anything else a paragraph (lines joined)."""
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(Block("paragraph", " ".join(lines)))
            lines.clear()

    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        if not line:
            flush()
        elif heading:
            flush()
            kinds = {1: "title", 2: "heading", 3: "subheading"}
            blocks.append(Block(kinds[len(heading.group(1))], heading.group(2)))  # type: ignore[arg-type]
        elif line.startswith(("- ", "* ")):
            flush()
            blocks.append(Block("item", "• " + line[2:]))
        elif _NUMBERED.match(line):
            flush()
            blocks.append(Block("item", line))
        else:
            lines.append(line)
    flush()
    return blocks


def write_text_pdf(
    blocks: Iterable[Block],
    lang: str,
    out: Path,
    *,
    title: str,
    header: str = "",
    author: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """``blocks`` on A4 portrait pages, written atomically to ``out``."""
    if cancelled and cancelled():
        raise Cancelled("The export was cancelled; nothing was written.")
    if progress:
        progress(10, tr("Export", "Laying out the pages…", lang))
    st = _styles(lang)
    story: list[Any] = [Paragraph(_markup(b.text), st[b.kind]) for b in blocks]
    with atomic_output(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=15 * mm,
            topMargin=18 * mm,
            bottomMargin=16 * mm,
            title=title,
            author=author,
        )
        doc.build(story, canvasmaker=numbered_canvas(header or title, lang))
    if progress:
        progress(100, tr("Export", "Done.", lang))
    return out


def write_programme_pdf(doc: dict[str, Any], lang: str, out: Path, **kwargs: Any) -> Path:
    """The decree and the Programme (Annex 1) in ``lang``."""
    title = tr("Export", "Programme text", lang)
    return write_text_pdf(programme_blocks(doc, lang), lang, out, title=title, **kwargs)


def write_guide_pdf(text: str, lang: str, out: Path, **kwargs: Any) -> Path:
    """The user guide (Markdown) in ``lang``."""
    title = tr("Export", "User guide", lang)
    return write_text_pdf(markdown_blocks(text), lang, out, title=title, **kwargs)
