"""The inbox's receipt as one printable A4 page: proof that the report reached the agency, and
when (the period in words, the time in Bishkek time and in UTC, the package's SHA-256, the
inbox key's fingerprint, and the signature itself for anyone who wants to check it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from msu_desktop import clock
from msu_desktop.i18n import tr
from msu_desktop.services.export.pdf_layout import para, styles
from msu_desktop.services.labels import period_name
from msu_exchange.files import atomic_writer
from msu_exchange.receipt import Decision, Receipt

BISHKEK = clock.BISHKEK  # the one time zone (msu_desktop/clock.py)


def _code_key(code: str) -> list[tuple[int, int, str]]:
    """Measure numbers in order: 1.2.10 after 1.2.9."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.split(".")]


def write_receipt_pdf(
    receipt: Receipt,
    path: Path,
    *,
    municipality: str,
    key_fingerprint: str,
    decision: Decision | None = None,
    lang: str | None = None,
) -> Path:
    st = styles()
    received = receipt.received_at
    local = received.astimezone(BISHKEK).strftime("%d.%m.%Y %H:%M")
    rows = [
        [tr("Receipt", "Agency", lang), receipt.agency],
        [tr("Receipt", "Municipality", lang), f"{municipality} ({receipt.soate})"],
        [tr("Receipt", "Period", lang), period_name(receipt.period, lang)],
        [tr("Receipt", "Package number", lang), str(receipt.sequence)],
        [
            tr("Receipt", "Received", lang),
            tr(
                "Receipt",
                "{local} Bishkek time ({utc} UTC)",
                lang,
                local=local,
                utc=received.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
            ),
        ],
        [tr("Receipt", "Package SHA-256", lang), receipt.package_sha256],
        [tr("Receipt", "Inbox key fingerprint", lang), key_fingerprint],
    ]
    if decision is not None:
        label = (
            tr("Receipt", "accepted", lang)
            if decision.decision == "accepted"
            else tr("Receipt", "returned for correction", lang)
        )
        rows.append([tr("Receipt", "Decision of the agency", lang), label])
        # what the agency wrote: its note, and its comment on each measure (by number)
        if decision.note.strip():
            rows.append([tr("Receipt", "Agency's note", lang), decision.note])
        for code, comment in sorted(decision.comments.items(), key=lambda kv: _code_key(kv[0])):
            if comment.strip():
                rows.append([tr("Receipt", "Comment on measure {code}", lang, code=code), comment])
    table = Table(
        [[para(a, st["head"]), para(b, st["base"])] for a, b in rows],
        colWidths=[45 * mm, 125 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        para(tr("Receipt", "Receipt of delivery of the report", lang), st["title"]),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 6 * mm),
        para(
            tr(
                "Receipt",
                "Signed electronically by the agency's inbox (Ed25519, minisign). The signed "
                "receipt follows; it can be checked with minisign and the key above.",
                lang,
            ),
            st["small"],
        ),
        Spacer(1, 2 * mm),
        para(receipt.document.decode("utf-8"), st["small"]),
        para(receipt.signature, st["small"]),
    ]
    with atomic_writer(Path(path)) as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=tr("Receipt", "Receipt of delivery of the report", lang),
        )
        doc.build(story)
    return Path(path)
