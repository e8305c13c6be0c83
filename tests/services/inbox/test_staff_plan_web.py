"""Publishing a programme from the staff page, against a real ``msu-agency serve`` on an
agency set up by ``msu-agency init``: every bad upload (not a workbook, a zip bomb, a file
over the limit, a Word document without the table) and a wrong passphrase are refused in
words in ky and ru and change nothing; a workbook with mistakes shows each by sheet, row and
column; the fixed one is previewed in both languages, a period's deadline is moved, it is
published with the passphrase and lands where ``msu-agency plan publish`` puts it. The
programme is the made-up TEST programme of tests/services/agency/test_action_plan.py."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from msu_desktop.domain.deadline import period_deadline
from msu_desktop.domain.plan import plan_from_dict
from msu_exchange.plan_package import verify_plan_package
from tests.services.agency.test_action_plan import KY, RU, _docx, _workbook
from tests.services.inbox.staff_client import SIGNING, Client, init_agency, serve


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix in (".json", ".msuplan")
    }


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    return out.getvalue()


@pytest.fixture
def agency(tmp_path: Path):
    data = tmp_path / "agency"
    r = init_agency(data)
    assert r.returncode == 0, r.stdout + r.stderr
    server = serve(data)
    try:
        yield data, server
    finally:
        server.stop()


@pytest.mark.slow  # a real server, a 300 MB zip bomb built and refused
@pytest.mark.timeout(300)
def test_bad_uploads_are_refused_in_words_and_change_nothing(agency, tmp_path: Path) -> None:
    data, server = agency
    client = Client(f"http://127.0.0.1:{server.port}")
    client.login()
    before = _snapshot(data)
    good = _workbook(tmp_path / "good.xlsx", KY, RU).read_bytes()
    no_table = tmp_path / "empty.docx"
    import docx

    docx.Document().save(str(no_table))
    cases = [
        ([("workbook", "notes.xlsx", b"just some text, not a workbook")], "notes.xlsx"),
        ([("workbook", "bomb.xlsx", _bomb())], "bomb.xlsx"),
        ([("workbook", "huge.xlsx", b"PK\x03\x04" + b"\0" * (50 * 1024 * 1024))], "20"),
        ([("workbook", "plan.xlsx", good), ("docx", "empty.docx", no_table.read_bytes())], "№"),
        ([("docx", "only.docx", no_table.read_bytes())], ".xlsx"),
    ]
    for lang in ("ky", "ru"):
        client.get(f"/staff/plan?lang={lang}")
        for files, said in cases:
            status, page = client.upload("/staff/plan/upload", files)
            assert status == 400, page[:1000]
            assert 'id="error"' in page and said in page, page[:2000]
            assert "Traceback" not in page and str(data) not in page
    assert _snapshot(data) == before
    assert not list((data / "plan_drafts").glob("*/*"))

    # a good upload, then a wrong passphrase: said in words, nothing signed
    status, page = client.upload("/staff/plan/upload", [("workbook", "plan.xlsx", good)])
    assert status == 200 and 'id="preview-ky"' in page, page[:3000]
    draft = client.url.rsplit("/", 1)[-1]
    status, page = client.post(
        f"/staff/plan/draft/{draft}/publish", {"confirmed": "yes", "passphrase": "wrong one"}
    )
    assert status == 400 and "Пароль не открывает ключ подписи агентства" in page, page[:3000]
    status, page = client.post(f"/staff/plan/draft/{draft}/publish", {"passphrase": SIGNING})
    assert status == 400  # not confirmed: nothing signed
    assert _snapshot(data) == before


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_mistakes_named_then_fixed_previewed_deadline_moved_and_published(
    agency, tmp_path: Path
) -> None:
    data, server = agency
    client = Client(f"http://127.0.0.1:{server.port}")
    client.login()
    # a workbook with two mistakes: an unreadable deadline and 1.1.2 missing in Russian
    bad_ru = [
        RU[0],
        RU[1],
        ("1.1.1", "Тестовое мероприятие один", "когда-нибудь", "Р", "ГАМСУМО", "—"),
    ]
    bad = _workbook(tmp_path / "bad.xlsx", KY, bad_ru).read_bytes()
    client.get("/staff/plan?lang=ru")
    status, page = client.upload("/staff/plan/upload", [("workbook", "bad.xlsx", bad)])
    assert status == 200 and 'id="problems"' in page, page[:3000]
    assert "Лист ru, строка 4, столбец C" in page and "когда-нибудь" in page
    assert "Лист ky, строка 5, столбец A" in page  # 1.1.2 has no Russian row
    assert 'id="publish"' not in page  # nothing to publish with problems
    # the same in Word: the fixed table pasted into a .docx
    settings_only = _workbook(tmp_path / "settings.xlsx", [], []).read_bytes()
    word = _docx(tmp_path / "decree.docx", [KY, RU]).read_bytes()
    status, page = client.upload(
        "/staff/plan/upload",
        [("workbook", "settings.xlsx", settings_only), ("docx", "decree.docx", word)],
    )
    assert status == 200 and 'id="preview-ru"' in page and 'id="problems"' not in page, page
    assert "Тестовое мероприятие два" in page and "Тест иш-чарасы эки" in page
    assert "20.12.2031" in page  # the sheet's own moved deadline
    draft = client.url.rsplit("/", 1)[-1]
    # move 2032-H1's deadline on the page, then publish with the passphrase
    status, page = client.post(
        f"/staff/plan/draft/{draft}/deadline", {"period": "2032-H1", "due": "01.08.2032"}
    )
    assert status == 200 and "01.08.2032" in page, page[:3000]
    status, page = client.post(
        f"/staff/plan/draft/{draft}/deadline", {"period": "2032-H1", "due": "some day"}
    )
    assert status == 400 and "some day" in page
    client.get(f"/staff/plan/draft/{draft}?lang=ky")
    status, page = client.post(
        f"/staff/plan/draft/{draft}/publish", {"confirmed": "yes", "passphrase": SIGNING}
    )
    assert status == 200 and "test-programme-2031-v1.msuplan" in page, page[:3000]
    kept = json.loads((data / "plans" / "test-programme-2031-v1.json").read_text("utf-8"))
    plan = plan_from_dict(kept)
    assert period_deadline(plan, "2031-H2") == dt.date(2031, 12, 20)
    assert period_deadline(plan, "2032-H1") == dt.date(2032, 8, 1)
    package = client.get_bytes("/staff/plan/package/test-programme-2031-v1.msuplan")
    assert package == (data / "plans" / "test-programme-2031-v1.msuplan").read_bytes()
    out = tmp_path / "usb" / "test-programme-2031-v1.msuplan"
    out.parent.mkdir()
    out.write_bytes(package)
    public = (data / "keys" / "agency.pub").read_text("utf-8")
    from msu_exchange.signing.minisign import PublicKey
    from msu_exchange.signing.trusted import TrustedKey

    verified = verify_plan_package(out, [TrustedKey(PublicKey.from_text(public), "manual")])
    assert verified.plan.plan_id == "test-programme-2031"
    # the same version again is refused: it is installed now
    status, page = client.upload(
        "/staff/plan/upload",
        [("workbook", "settings.xlsx", settings_only), ("docx", "decree.docx", word)],
    )
    assert 'id="problems"' in page and "жаңы эмес" in page, page[:3000]  # in Kyrgyz
    # the blank template downloads, with both languages' sheets
    from openpyxl import load_workbook

    blank = load_workbook(io.BytesIO(client.get_bytes("/staff/plan/template.xlsx")))
    assert blank.sheetnames == ["programme", "ky", "ru"]
    # the log says who published
    status, page = client.get("/staff/accounts?lang=ru")
    assert "test-programme-2031 v1" in page and "clerk" in page
