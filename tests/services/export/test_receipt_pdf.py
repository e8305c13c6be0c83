"""The receipt PDF carries what the agency decided and wrote: its note and its comment on
each measure, in measure order (issue 24, 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from msu_desktop.i18n import tr
from msu_desktop.services.export.receipt_pdf import write_receipt_pdf
from msu_exchange.receipt import Decision, Receipt
from tests.paper import PDFTOTEXT, pdf_pages

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is missing")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_receipt_pdf_carries_the_agencys_note_and_comments(tmp_path: Path, lang: str) -> None:
    sha = "ab" * 32
    receipt = Receipt(
        "ГАМСУМО",
        "41705214812000",
        "2021-H1",
        3,
        sha,
        "2021-07-10T08:15:00+00:00",
        b'{"receipt": 1}',
        "untrusted comment: test\nRWQ...",
    )
    decision = Decision(
        "41705214812000",
        "2021-H1",
        3,
        sha,
        "returned",
        {"1.2.10": "Приложите распоряжение о создании рабочей группы.", "1.2.9": "Уточните даты."},
        "Исправьте и отправьте пакет повторно до 20 июля.",
        "2021-07-12T09:00:00+00:00",
        b"{}",
        "sig",
    )
    out = write_receipt_pdf(
        receipt,
        tmp_path / "receipt.pdf",
        municipality="Дары айыл аймагы",
        key_fingerprint="1E32 15D9",
        decision=decision,
        lang=lang,
    )
    text = " ".join(" ".join(pdf_pages(out, layout=False)).split())
    assert tr("Receipt", "returned for correction", lang) in text
    assert "Исправьте и отправьте пакет повторно до 20 июля." in text
    assert "Приложите распоряжение о создании рабочей группы." in text
    first = text.index(tr("Receipt", "Comment on measure {code}", lang, code="1.2.9"))
    second = text.index(tr("Receipt", "Comment on measure {code}", lang, code="1.2.10"))
    assert first < second  # 1.2.9 before 1.2.10
