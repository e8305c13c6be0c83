"""Semi-annual reports through the service layer, on a real SQLite file per test."""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from msu_desktop.domain import report as rpt
from msu_desktop.errors import UserError
from msu_desktop.services import attachments as at
from msu_desktop.services import file_store
from msu_desktop.services import report_service as rs
from msu_desktop.services.workspace import Workspace

P = "2019-H2"


def fill_valid(ws: Workspace, period: str = P) -> None:
    """Every measure of the period reported validly."""
    end = rs.period_info(ws, period).spec.end - dt.timedelta(days=10)
    for i, m in enumerate(rs.measures_for(ws, period)):
        if i % 3 == 0:
            rs.set_value(ws, period, m.code, "status", "completed")
            rs.set_value(ws, period, m.code, "done", "Проведено собрание жителей")
            rs.set_value(ws, period, m.code, "end_date", end.strftime("%d.%m.%Y"))
            rs.set_value(ws, period, m.code, "evidence", "Решение кенеша №12 от 20.11.2019")
        elif i % 3 == 1:
            rs.set_value(ws, period, m.code, "status", "in_progress")
            rs.set_value(ws, period, m.code, "done", "Подготовлен проект положения")
        else:
            rs.set_value(ws, period, m.code, "status", "not_applicable")
            rs.set_value(ws, period, m.code, "reason", "Функция не делегирована")


def test_periods_follow_the_plans_rule_with_due_dates_and_state(ws: Workspace) -> None:
    infos = rs.periods(ws, today=dt.date(2019, 7, 10))
    ids = [p.id for p in infos]
    assert ids[0] == "2018-H2" and ids[-1] == "2023-H2" and len(ids) == 11
    by = {p.id: p for p in infos}
    assert by["2019-H1"].spec.due == dt.date(2019, 7, 15)
    assert by["2019-H1"].timeliness == "due_soon" and by["2019-H1"].days_left == 5
    assert by["2018-H2"].timeliness == "overdue"
    assert by["2019-H2"].timeliness == "current"
    assert by["2020-H1"].timeliness == "future"


def test_measures_to_report_are_those_of_local_self_government_plus_included(
    ws: Workspace,
) -> None:
    codes = [m.code for m in rs.measures_for(ws, P)]
    plan = ws.plan()
    assert codes == [m.code for m in plan.measures if m.lsg_participates]
    rs.include_measure(ws, P, "2.1.3")
    assert "2.1.3" in [m.code for m in rs.measures_for(ws, P)]
    assert "2.1.3" not in [m.code for m in rs.measures_for(ws, "2020-H1")]
    rs.include_measure(ws, P, "2.1.3", included=False)
    assert "2.1.3" not in [m.code for m in rs.measures_for(ws, P)]
    with pytest.raises(UserError):
        rs.include_measure(ws, P, "1.1.3", included=False)


def test_each_field_is_committed_at_once_and_survives_reopening(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    rs.set_value(ws, P, "1.1.3", "done", "Составлен план")
    rs.set_value(ws, P, "1.1.3", "money:local_budget", "12 500,50")
    rs.set_value(ws, P, "1.1.3", "start_date", "01.09.2019")
    # read with plain sqlite3 from a second connection: the values are on disk already
    con = sqlite3.connect(data_dir / "msu.sqlite")
    got = dict(con.execute("SELECT field, value FROM report_value").fetchall())
    con.close()
    assert got == {
        "done": "Составлен план",
        "money:local_budget": "12500.50",
        "start_date": "2019-09-01",
    }
    ws.close()
    ws2 = Workspace.open(data_dir)
    vals = rs.entry_values(ws2, P, "1.1.3")
    assert vals["done"].value == "Составлен план" and not vals["done"].carried
    ws2.close()


def test_unknown_field_status_measure_or_period_is_refused(ws: Workspace) -> None:
    with pytest.raises(UserError):
        rs.set_value(ws, P, "1.1.3", "colour", "red")
    with pytest.raises(UserError):
        rs.set_value(ws, P, "1.1.3", "status", "finished-ish")
    with pytest.raises(UserError):
        rs.set_value(ws, P, "9.9.9", "done", "x")
    with pytest.raises(UserError):
        rs.set_value(ws, "2030-H1", "1.1.3", "done", "x")


def test_history_records_who_when_old_and_new(ws_with_municipality: Workspace) -> None:
    ws = ws_with_municipality
    rs.set_value(ws, P, "1.1.3", "status", "in_progress", user="Айгүл")
    rs.set_value(ws, P, "1.1.3", "status", "completed", user="Бакыт")
    h = rs.history(ws, P, "1.1.3", "status")
    assert [(x.old, x.new, x.user) for x in h] == [
        ("", "in_progress", "Айгүл"),
        ("in_progress", "completed", "Бакыт"),
    ]
    assert all(isinstance(x.at, dt.datetime) for x in h)
    # the default user is the secretary from the municipality profile
    rs.set_value(ws, P, "1.1.3", "problems", "Нет финансирования")
    assert rs.history(ws, P, "1.1.3", "problems")[-1].user == "Токтогулова Айгүл"


def test_a_burst_of_typing_is_one_history_line(ws: Workspace) -> None:
    for text in ("П", "Пр", "Про", "Провели"):
        rs.set_value(ws, P, "1.1.3", "done", text, user="u")
    h = rs.history(ws, P, "1.1.3", "done")
    assert [(x.old, x.new) for x in h] == [("", "Провели")]
    # another person's edit is its own line
    rs.set_value(ws, P, "1.1.3", "done", "Провели 2 собрания", user="v")
    assert len(rs.history(ws, P, "1.1.3", "done")) == 2


def test_comments_on_any_value(ws: Workspace) -> None:
    rs.add_comment(ws, P, "1.1.3", "money:donors", "Средства ПРООН, договор №7", user="u")
    c = rs.comments(ws, P, "1.1.3", "money:donors")
    assert [(x.text, x.user) for x in c] == [("Средства ПРООН, договор №7", "u")]
    assert rs.comments(ws, P, "1.1.3", "done") == []
    with pytest.raises(UserError):
        rs.add_comment(ws, P, "1.1.3", "done", "   ")


def test_validation_rules_per_status_and_number_rules(ws: Workspace) -> None:
    rs.set_value(ws, P, "1.1.3", "status", "completed")
    rs.set_value(ws, P, "1.1.3", "money:local_budget", "100.555")
    rs.set_value(ws, P, "1.1.3", "money:donors", "-5")
    rs.set_value(ws, P, "1.1.3", "indicator:events_held", "2.5")
    rs.set_value(ws, P, "1.1.3", "indicator:participants", "много")
    rs.set_value(ws, P, "1.1.3", "start_date", "01.12.2019")
    rs.set_value(ws, P, "1.1.3", "end_date", "15.01.2020")
    problems = {(p.field, p.rule) for p in rs.validate_measure(ws, P, "1.1.3")}
    assert problems == {
        ("done", "done_when_completed"),
        ("evidence", "evidence_when_completed"),
        ("money:donors", "non_negative"),
        ("indicator:events_held", "whole_numbers"),
        ("indicator:participants", "numbers"),
        ("end_date", "dates_not_after_period"),
    }
    # an amount is rounded once, where it is typed, half up to the tyiyn (no error to decode)
    assert rs.entry_values(ws, P, "1.1.3")["money:local_budget"].value == "100.56"
    # the value typed is kept as typed, so the user sees it with the error next to it
    assert rs.entry_values(ws, P, "1.1.3")["indicator:participants"].value == "много"
    rs.set_value(ws, P, "1.1.3", "status", "not_completed")
    problems = {(p.field, p.rule) for p in rs.validate_measure(ws, P, "1.1.3")}
    assert ("reason", "reason_when_not_done") in problems
    assert ("done", "done_when_completed") not in problems


def test_completed_needs_evidence_or_a_comment_or_an_attachment(
    ws: Workspace, tmp_path: Path
) -> None:
    def evidence_problem(code: str) -> bool:
        return any(p.rule == "evidence_when_completed" for p in rs.validate_measure(ws, P, code))

    for code in ("1.1.3", "1.1.4", "1.1.5"):
        rs.set_value(ws, P, code, "status", "completed")
        rs.set_value(ws, P, code, "done", "Сделано")
        rs.set_value(ws, P, code, "end_date", "2019-12-01")
        assert evidence_problem(code)
    rs.add_comment(ws, P, "1.1.3", "done", "Протокол у секретаря")
    photo = tmp_path / "meeting.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg")
    at.add_attachment(ws, P, "1.1.4", photo)
    rs.set_value(ws, P, "1.1.5", "evidence", "Распоряжение №3")
    assert not any(evidence_problem(c) for c in ("1.1.3", "1.1.4", "1.1.5"))


def test_validation_messages_in_the_users_language(ws: Workspace) -> None:
    rs.set_value(ws, P, "1.1.3", "status", "completed")
    ru = {p.field: p.message for p in rs.validate_measure(ws, P, "1.1.3", lang="ru")}
    ky = {p.field: p.message for p in rs.validate_measure(ws, P, "1.1.3", lang="ky")}
    # the status name in the message comes from the bilingual rules file
    assert "Выполнено" in ru["done"] and "Аткарылды" in ky["done"]


def test_complete_only_when_valid_then_approve_locks_and_unlock_needs_a_reason(
    ws: Workspace,
) -> None:
    rs.set_value(ws, P, "1.1.3", "status", "completed")
    with pytest.raises(UserError, match="cannot be marked complete"):
        rs.mark_complete(ws, P)
    with pytest.raises(UserError, match="complete before"):
        rs.approve(ws, P, "Асанов Бакыт")
    fill_valid(ws)
    rs.mark_complete(ws, P)
    assert rs.period_info(ws, P).state == rpt.COMPLETE
    with pytest.raises(UserError):
        rs.approve(ws, P, "  ")
    rs.approve(ws, P, "Асанов Бакыт", on=dt.date(2020, 1, 10))
    info = rs.period_info(ws, P, today=dt.date(2020, 2, 1))
    assert (info.state, info.approved_by, info.approved_on) == (
        rpt.APPROVED,
        "Асанов Бакыт",
        dt.date(2020, 1, 10),
    )
    assert info.timeliness == "closed" and info.locked
    before = rs.entry_values(ws, P, "1.1.3")["done"].value
    with pytest.raises(rs.PeriodLocked):
        rs.set_value(ws, P, "1.1.3", "done", "changed")
    with pytest.raises(rs.PeriodLocked):
        rs.add_comment(ws, P, "1.1.3", "done", "x")
    assert rs.entry_values(ws, P, "1.1.3")["done"].value == before
    with pytest.raises(UserError):
        rs.unlock(ws, P, "")
    rs.unlock(ws, P, "Ошибка в сумме, письмо ГАМСУМО №45")
    assert rs.period_info(ws, P).state == rpt.DRAFT
    h = rs.period_history(ws, P)
    assert [(x.old, x.new) for x in h] == [
        ("draft", "complete"),
        ("complete", "approved"),
        ("approved", "draft"),
    ]
    assert h[-1].reason == "Ошибка в сумме, письмо ГАМСУМО №45"
    assert "Асанов Бакыт" in rs.reason_text(h[1].reason)
    rs.set_value(ws, P, "1.1.3", "done", "corrected")


def test_a_periods_info_read_with_sqlite3_is_what_the_orm_reads(ws: Workspace) -> None:
    """period_info reads its row with one sqlite3 statement; periods() reads every row with the
    ORM: approved, carried, complete and untouched periods say the same either way."""
    fill_valid(ws)
    rs.mark_complete(ws, P)
    rs.approve(ws, P, "Асанов Бакыт", on=dt.date(2020, 1, 10))
    rs.carry_forward(ws, "2020-H1")
    for today in (dt.date(2019, 3, 1), dt.date(2020, 2, 1), ws.today()):
        by_orm = rs.periods(ws, today)
        assert {p.state for p in by_orm} >= {rpt.APPROVED, rpt.DRAFT}
        assert any(p.carried_from == P for p in by_orm)
        for info in by_orm:
            assert rs.period_info(ws, info.id, today) == info


def test_editing_a_complete_report_returns_it_to_draft(ws: Workspace) -> None:
    fill_valid(ws)
    rs.mark_complete(ws, P)
    rs.set_value(ws, P, "1.1.3", "problems", "Новое")
    assert rs.period_info(ws, P).state == rpt.DRAFT


def test_carry_forward_copies_statuses_and_texts_marked_carried(ws: Workspace) -> None:
    fill_valid(ws, "2019-H1")
    rs.set_value(ws, "2019-H1", "1.1.3", "money:local_budget", "500")
    rs.set_value(ws, "2019-H2", "1.1.4", "done", "Своё значение")
    n = rs.carry_forward(ws, "2019-H2")
    assert n > 0
    v = rs.entry_values(ws, "2019-H2", "1.1.3")
    assert v["status"].value == "completed" and v["status"].carried
    assert "money:local_budget" not in v  # amounts are per half-year
    assert rs.entry_values(ws, "2019-H2", "1.1.4")["done"].value == "Своё значение"
    assert rs.period_info(ws, "2019-H2").carried_from == "2019-H1"
    # confirming or editing a carried value makes it this period's own
    rs.set_value(ws, "2019-H2", "1.1.3", "status", "completed")
    assert not rs.entry_values(ws, "2019-H2", "1.1.3")["status"].carried
    rows = {r.measure_code: r for r in rs.report_rows(ws, "2019-H2")}
    assert "done" in rows["1.1.3"].carried_fields
    with pytest.raises(UserError):
        rs.carry_forward(ws, "2018-H2")


def test_measures_whose_deadline_passed_without_completion_are_flagged(ws: Workspace) -> None:
    # 1.1.4 was due 2018-12-15; 2.1.4 runs to 2023
    rs.set_value(ws, P, "1.1.4", "status", "in_progress")
    rs.set_value(ws, P, "2.1.4", "status", "in_progress")
    rs.set_value(ws, P, "1.1.5", "status", "completed")  # due 2019-12-14, done
    rows = {r.measure_code: r for r in rs.report_rows(ws, P)}
    assert rows["1.1.4"].deadline_missed
    assert not rows["2.1.4"].deadline_missed
    assert not rows["1.1.5"].deadline_missed
    assert rs.period_summary(ws, P).deadline_missed == sum(
        1 for r in rows.values() if r.deadline_missed
    )


def test_report_rows_have_every_field_for_export(ws: Workspace, tmp_path: Path) -> None:
    rs.set_value(ws, P, "2.1.4", "status", "in_progress")
    rs.set_value(ws, P, "2.1.4", "done", "Инвест-форум")
    rs.set_value(ws, P, "2.1.4", "indicator:investment_events", "2")
    rs.set_value(ws, P, "2.1.4", "indicator:trained_women", "14")
    rs.set_value(ws, P, "2.1.4", "money:local_budget", "15000")
    rs.set_value(ws, P, "2.1.4", "money:donors", "2500.75")
    doc = tmp_path / "Протокол.pdf"
    doc.write_bytes(b"%PDF-1.4 test")
    at.add_attachment(ws, P, "2.1.4", doc, caption="Протокол форума")
    row = next(r for r in rs.report_rows(ws, P) if r.measure_code == "2.1.4")
    assert row.title["ky"] and row.title["ru"] and row.deadline_text["ru"]
    assert row.status_label["ru"] == "В процессе"
    inds = {i.id: i for i in row.indicators}
    assert inds["investment_events"].own and inds["investment_events"].target == 5
    assert inds["investment_events"].value == "2" and inds["trained_women"].value == "14"
    assert not inds["trained_women"].own
    assert row.money == {
        "local_budget": Decimal("15000"),
        "republican_budget": None,
        "donors": Decimal("2500.75"),
        "other": None,
    }
    assert row.money_total == Decimal("17500.75")
    (a,) = row.attachments
    assert (a.name, a.caption, a.mime) == ("Протокол.pdf", "Протокол форума", "application/pdf")
    assert a.path.read_bytes() == b"%PDF-1.4 test" and at.verify(ws, a)
    data = json.loads(rs.to_json(rs.report_rows(ws, P)))
    assert data[[r["measure_code"] for r in data].index("2.1.4")]["money_total"] == "17500.75"
    s = rs.period_summary(ws, P)
    assert s.money_by_source["donors"] == Decimal("2500.75") and s.reported == 1


def test_attachments_are_content_addressed_and_stored_once(ws: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "photo.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000)
    a1 = at.add_attachment(ws, P, "1.1.3", src)
    a2 = at.add_attachment(ws, "2020-H1", "1.1.3", src)
    assert a1.sha256 == a2.sha256 and a1.path == a2.path
    assert a1.path == ws.attachments_dir / a1.sha256[:2] / a1.sha256
    blobs = [p for p in ws.attachments_dir.rglob("*") if p.is_file()]
    assert blobs == [a1.path]
    at.remove_attachment(ws, a1.id)
    assert rs.attachments_of(ws, P, "1.1.3") == []
    assert [x.sha256 for x in rs.attachments_of(ws, "2020-H1", "1.1.3")] == [a1.sha256]
    h = rs.history(ws, P, "1.1.3", "attachment")
    assert [bool(x.new) for x in h] == [True, False]


def test_pulled_usb_stick_leaves_nothing_half_stored(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "usb" / "big.pdf"
    src.parent.mkdir()
    src.write_bytes(b"%PDF" + b"0" * (3 * 1024 * 1024))
    real_open = open

    class Dying:
        def __init__(self, path: Path) -> None:
            self.fh = real_open(path, "rb")
            self.reads = 0

        def read(self, n: int) -> bytes:
            self.reads += 1
            if self.reads > 1:
                raise OSError(errno.EIO, "Input/output error")
            return self.fh.read(n)

        def __enter__(self) -> Dying:
            return self

        def __exit__(self, *a: object) -> None:
            self.fh.close()

    monkeypatch.setattr(file_store, "open", lambda p, mode="r": Dying(p), raising=False)
    with pytest.raises(UserError, match="USB stick"):
        at.add_attachment(ws, P, "1.1.3", src)
    monkeypatch.undo()
    assert [p for p in ws.attachments_dir.rglob("*") if p.is_file()] == []
    assert rs.attachments_of(ws, P, "1.1.3") == []
    with pytest.raises(UserError, match="not found"):
        at.add_attachment(ws, P, "1.1.3", tmp_path / "gone.pdf")
    # works once the stick is back
    assert at.add_attachment(ws, P, "1.1.3", src).size == src.stat().st_size


def test_attaching_to_a_locked_period_is_refused(ws: Workspace, tmp_path: Path) -> None:
    fill_valid(ws)
    rs.mark_complete(ws, P)
    rs.approve(ws, P, "Асанов Бакыт")
    f = tmp_path / "a.txt"
    f.write_text("x")
    with pytest.raises(rs.PeriodLocked):
        at.add_attachment(ws, P, "1.1.3", f)
    assert not ws.attachments_dir.exists() or not any(ws.attachments_dir.rglob("*"))


def test_dashboard_counts_per_period_and_direction(ws: Workspace) -> None:
    fill_valid(ws, "2019-H1")
    rs.mark_complete(ws, "2019-H1")
    rs.approve(ws, "2019-H1", "Асанов Бакыт")
    rs.set_value(ws, P, "1.1.3", "status", "completed")
    rs.set_value(ws, P, "3.2.1", "status", "in_progress")
    d = rs.dashboard(ws, today=dt.date(2020, 1, 5))
    h1, h2 = d.period("2019-H1"), d.period(P)
    assert h1 is not None and h2 is not None
    n = len(rs.measures_for(ws, P))
    assert (h1.total, h1.reported, h1.state, h1.timeliness) == (n, n, "approved", "closed")
    assert (h2.reported, h2.completed, h2.in_progress, h2.not_reported) == (2, 1, 1, n - 2)
    assert h2.timeliness == "due_soon" and h2.days_left == 10
    # the next report due is the oldest not approved: 2018-H2 (never sent)
    assert d.next_due is not None and d.next_due.period.id == "2018-H2"
    d2 = rs.dashboard(ws, today=dt.date(2020, 1, 5), selected=P)
    by_dir = {x.code: x for x in d2.directions}
    assert sum(x.total for x in by_dir.values()) == n
    assert by_dir["1"].completed == 1 and by_dir["3"].in_progress == 1


def test_rules_file_is_valid_and_covers_every_status(ws: Workspace) -> None:
    rules = rs.rules_for(ws.plan())
    assert {s.id for s in rules.statuses} == set(rpt.STATUSES)
    assert {m.id for m in rules.money_sources} == {
        "local_budget",
        "republican_budget",
        "donors",
        "other",
    }
    assert {"events_held", "trained_women", "trained_men", "participants"} <= {
        i.id for i in rules.common_indicators
    }
    for item in (*rules.statuses, *rules.fields, *rules.money_sources, *rules.common_indicators):
        assert item.label["ky"] and item.label["ru"]
