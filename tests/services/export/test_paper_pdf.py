"""Every PDF the app makes, read back as paper: pdftotext for the words, pdftoppm for the pages.

Amounts whole on one line, words whole or hyphenated, the signature block on the page of the
last table row, the period in words (never "2021-H1"), "page N of M" on every page, and the
"not approved" mark on every page of an unapproved period only."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from msu_desktop.domain import report as rpt
from msu_desktop.domain.numbers import amount
from msu_desktop.i18n import tr
from msu_desktop.services import property_service as ps
from msu_desktop.services import report_service as rs
from msu_desktop.services.export.register_pdf import _paginate, write_register_pdf
from msu_desktop.services.export.report_pdf import write_report_pdf
from msu_desktop.services.labels import period_name
from msu_desktop.services.package import outgoing
from msu_desktop.services.workspace import Workspace
from tests.paper import (
    PDFTOPPM,
    PDFTOTEXT,
    PERIOD,
    PERIOD_ID,
    amounts_not_whole,
    broken_words,
    fill_long_period,
    fragments,
    pdf_pages,
    pdf_words,
)

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is missing")
FINGERPRINT = "41705214812000 · 9F3A0C11D2E4B7A8 · RWQ7 2F1C 99AB 0D3E"


def _page_of_row(pages: list[str], code: str) -> int:
    pattern = re.compile(rf"^\s*{re.escape(code)}\s", re.M)
    hits = [i for i, p in enumerate(pages) if pattern.search(p)]
    assert hits, f"row {code} is not printed"
    return hits[-1]


def _assert_numbered(pages: list[str], lang: str) -> None:
    for n, page in enumerate(pages, start=1):
        assert tr("Export", "page {n} of {total}", lang, n=n, total=len(pages)) in page


def _render(pdf: Path, out: Path, pages: int) -> None:
    if PDFTOPPM is None:
        return
    subprocess.run([PDFTOPPM, "-r", "30", "-png", str(pdf), str(out / pdf.stem)], check=True)
    assert len(list(out.glob(f"{pdf.stem}*.png"))) == pages


def _row_texts(ws, lang: str) -> list[str]:
    """What the app itself prints (measure titles, deadlines, labels, names)."""
    muni = ws.municipality()
    out = [muni.name(lang), muni.head_name, muni.secretary_name, str(ws.plan().title[lang])]
    out.append(outgoing.addressee(ws.plan(), lang))  # the header's addressee
    out += [str(m.label.get(lang, "")) for m in rs.rules_for(ws.plan()).money_sources]
    for label in ("Head of the aiyl okmotu", "Responsible secretary", "Place for the seal"):
        out.append(tr("Export", label, lang))
    for row in rs.report_rows(ws, PERIOD):
        out += [row.title.get(lang, ""), row.deadline_text.get(lang, "")]
        out += [row.status_label.get(lang, "")] + [i.label.get(lang, "") for i in row.indicators]
    return out


@pytest.fixture
def demo_ws(demo_dir: Path, tmp_path: Path):
    copy = tmp_path / "demo"
    shutil.copytree(demo_dir, copy)
    ws = Workspace.open(copy)
    yield ws
    ws.close()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_report_with_long_texts_prints_whole_and_signed_with_its_table(
    ws_with_municipality, tmp_path: Path, lang: str
) -> None:
    ws = ws_with_municipality
    fx = fill_long_period(ws, lang)
    out = write_report_pdf(ws, PERIOD, lang, tmp_path / "report.pdf", fingerprint=FINGERPRINT)
    pages = pdf_pages(out)
    assert len(pages) >= 2  # long enough to need a second page
    assert amounts_not_whole(fx.amounts, pages) == []
    words = pdf_words(out)
    assert broken_words(fx.texts, words) == []
    assert fragments(fx.texts, words, _row_texts(ws, lang)) == []
    seal = tr("Export", "Place for the seal", lang)
    seal_pages = [i for i, p in enumerate(pages) if seal in p]
    assert len(seal_pages) == 1
    assert _page_of_row(pages, fx.last_code) == seal_pages[0]
    assert "9F3A0C11D2E4B7A8" in pages[seal_pages[0]]
    text = "\n".join(pages)
    assert not PERIOD_ID.search(text)
    assert period_name(PERIOD, lang) in pages[0]
    mark = tr("Export", "not approved", lang).upper()
    assert mark in ("БЕКИТИЛЕ ЭЛЕК", "НЕ УТВЕРЖДЁН")
    assert all(mark in p for p in pages)
    _assert_numbered(pages, lang)
    _render(out, tmp_path, len(pages))


def test_an_approved_period_has_no_mark_and_an_open_one_has_it_on_every_page(
    demo_ws, tmp_path: Path
) -> None:
    infos = rs.periods(demo_ws)
    approved = next(p.id for p in infos if p.state == rpt.APPROVED)
    open_ = next(p.id for p in infos if p.state != rpt.APPROVED and p.spec.start <= demo_ws.today())
    for lang in ("ky", "ru"):
        mark = tr("Export", "not approved", lang).upper()
        done = pdf_pages(write_report_pdf(demo_ws, approved, lang, tmp_path / f"a_{lang}.pdf"))
        assert not any(mark in p for p in done)
        draft = pdf_pages(write_report_pdf(demo_ws, open_, lang, tmp_path / f"d_{lang}.pdf"))
        assert all(mark in p for p in draft)
        for pages in (done, draft):
            assert not PERIOD_ID.search("\n".join(pages))
            _assert_numbered(pages, lang)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_register_pdf_prints_every_name_and_amount_whole(
    demo_ws, tmp_path: Path, lang: str
) -> None:
    long_name = "Здание бывшей машинно-тракторной станции, переоборудованное под " * 3
    ps.add_object(
        demo_ws,
        {
            "category": "building",
            "name_ru": long_name.strip(),
            "name_ky": long_name.strip(),
            "book_value": 23579.0,
        },
    )
    out = write_register_pdf(demo_ws, tmp_path / "register.pdf", lang, fingerprint=FINGERPRINT)
    pages = pdf_pages(out)
    rows = ps.list_rows(demo_ws)
    values = [amount(r.book_value) for r in rows if r.book_value is not None]
    assert amounts_not_whole(values, pages) == []
    names = [(r.name_ky if lang == "ky" else r.name_ru) or r.name_ru for r in rows]
    words = pdf_words(out)
    assert broken_words(names, words) == []
    labels = [
        str(c["label"].get(lang, ""))
        for kind in ps.categories().values()
        if isinstance(kind, list)
        for c in kind
        if isinstance(c, dict) and isinstance(c.get("label"), dict)
    ]
    muni = demo_ws.municipality()
    labels += [muni.name(lang), muni.head_name, muni.secretary_name]
    labels.append(tr("PropertyExport", "as of {date}", lang, date=""))  # the title's date
    labels.append(tr("PropertyExport", "Total: %n object(s)", lang, n=len(rows)))
    assert fragments(names, words, labels + [r.village for r in rows]) == []
    assert "…" not in "\n".join(pages)  # nothing is cut off any more
    seal = tr("Export", "Place for the seal", lang)
    assert seal in pages[-1] and seal not in "".join(pages[:-1])
    assert _page_of_row(pages, rows[-1].inventory_number) == len(pages) - 1
    _assert_numbered(pages, lang)
    _render(out, tmp_path, len(pages))


def test_the_register_signatures_never_stand_alone_on_a_page() -> None:
    # rows that fill the last page exactly: the signatures would need a page of their own
    for n in range(1, 40):
        pages = _paginate([10.0] * n, room=100.0, last_room=40.0)
        first, last = pages[-1]
        assert last > first, f"{n} rows: the last page has no row"
        assert sum(10.0 for _ in range(first, last)) <= 40.0 or (len(pages) == 1 and n <= 4)
        assert pages[0][0] == 0 and pages[-1][1] == n
        assert all(a[1] == b[0] for a, b in itertools.pairwise(pages))


def test_consolidated_pdf_names_the_period_and_keeps_amounts_whole(tmp_path: Path) -> None:
    from msu_agency.collect import KeyRegistry, collect, consolidate
    from msu_agency.demo import make_demo_packages, synthetic_directory
    from msu_agency.report import footer_texts, write_consolidated_pdf
    from msu_desktop.services.export.pdf_layout import money
    from msu_exchange.documents import shipped_plan

    plan, _ = shipped_plan()
    make_demo_packages(plan, synthetic_directory(6), tmp_path / "usb", "2021-H2")
    result = collect(tmp_path / "usb", KeyRegistry(tmp_path / "keys.json"))
    for lang in ("ky", "ru"):
        out = write_consolidated_pdf(result, tmp_path / f"c_{lang}.pdf", lang, "2021-H2")
        pages = pdf_pages(out)
        text = "\n".join(pages)
        assert not PERIOD_ID.search(text)
        assert period_name("2021-H2", lang) in text
        totals = consolidate(list(result.accepted.values()), result.plans)
        sums = [money(sum(t.money.values())).replace("\u00a0", " ") for t in totals.values()]
        assert amounts_not_whole(sums, pages) == []
        titles = [t.title[lang] for t in totals.values()]
        words = pdf_words(out)
        assert broken_words(titles, words) == []
        title = tr(
            "Agency",
            "Consolidated report for {period}: {n} municipalities",
            lang,
            period=period_name("2021-H2", lang),
            n=len(result.accepted),
        )
        assert title in text.replace("\n", " ") or title[:40] in text
        footer = footer_texts(result, "2021-H2", lang)  # the deadline, signature lines
        assert fragments(titles, words, [title, *footer]) == []
        _assert_numbered(pages, lang)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_dashboard_pdf_keeps_every_word_on_the_page(demo_ws, tmp_path: Path, lang: str) -> None:
    from msu_desktop.services.export.dashboard_pdf import write_dashboard_pdf

    data = rs.dashboard(demo_ws, selected="2021-H2")
    out = write_dashboard_pdf(data, lang, tmp_path / "dashboard.pdf", municipality="Ак-Тал")
    pages = pdf_pages(out)
    text = "\n".join(pages)
    assert not PERIOD_ID.search(text)
    for c in data.periods:
        assert period_name(c.period.id, lang) in text
    # the overdue message (it ran past the right edge before) is printed whole
    nd = data.next_due
    assert nd is not None and nd.days_left < 0
    overdue = tr(
        "Dashboard",
        "Next report: {period}, due {date} — overdue by {days} days",
        lang,
        period=period_name(nd.period.id, lang),
        date=nd.period.due.strftime("%d.%m.%Y"),
        days=-nd.days_left,
    )
    assert " ".join(overdue.split()) in " ".join(text.split())
    words = pdf_words(out)
    right_edge = 595.27 - 12 * 2.8346
    assert max(w.x1 for w in words) <= right_edge + 1
    _assert_numbered(pages, lang)
