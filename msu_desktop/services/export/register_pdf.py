"""The property register (and its summary) as a PDF, fast for thousands of objects: a LongTable
of plain Paragraph-free cells (strings), so reportlab does not lay out rich text per cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer

from msu_desktop.i18n import pick, tr
from msu_desktop.services import property_service as ps
from msu_desktop.services.export.pdf_common import (
    FONT,
    PAGE,
    numbered_canvas,
    para,
    signature_block,
    styles,
    table_style,
)
from msu_desktop.services.files import atomic_writer


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def write_register_pdf(
    ws: Any, out: Path, lang: str = "ru", *, public: bool = False, fingerprint: str = ""
) -> Path:
    muni = ws.municipality()
    name = muni.name(lang) if muni else ""
    data = ps.categories()
    cats = {c["id"]: pick(c["label"], lang) for c in data["categories"]}
    conds = {c["id"]: pick(c["label"], lang) for c in data["conditions"]}
    uses = {c["id"]: pick(c["label"], lang) for c in data["uses"]}
    units = {c["id"]: pick(c["label"], lang) for c in data["units"]}
    st = styles()
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
    rows: list[list[Any]] = [head]
    for r in ps.list_rows(ws):
        if public and r.status != "active":
            continue
        nm = (r.name_ky if lang == "ky" else r.name_ru) or r.name_ru or r.name_ky
        rows.append(
            [
                r.inventory_number,
                _clip(nm, 60),
                _clip(cats.get(r.category, r.category), 28),
                _clip(r.village, 20),
                r.cadastral_code,
                f"{r.area:,.2f} {units.get(r.unit, r.unit)}".replace(",", " ")
                if r.area is not None
                else "",
                f"{r.book_value:,.2f}".replace(",", " ") if r.book_value is not None else "",
                conds.get(r.condition, r.condition),
                uses.get(r.use, r.use),
            ]
        )
    table = LongTable(
        rows, colWidths=[w * mm for w in (20, 70, 38, 24, 32, 26, 28, 22, 26)], repeatRows=1
    )
    style = table_style()
    style.add("FONT", (0, 1), (-1, -1), FONT, 6.5)
    table.setStyle(style)
    story: list[Any] = [para(f"{title} — {name}", st["title"]), Spacer(1, 3 * mm), table]
    if muni:
        story += signature_block(
            lang, muni.head_name, muni.secretary_name, name, fingerprint, fingerprint or name
        )
    with atomic_writer(out) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=PAGE,
            leftMargin=10 * mm,
            rightMargin=10 * mm,
            topMargin=15 * mm,
            bottomMargin=14 * mm,
            title=title,
            author=name,
        )
        doc.build(story, canvasmaker=numbered_canvas(f"{name} · {title}", lang))
    return out
