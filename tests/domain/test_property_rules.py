"""The register's rules live in domain/property.py and the service enforces them: a forged call
that bypasses the form (a script, a future CLI command, a bug in a dialog) is refused with the
form's own message, and nothing in the database changes."""

from __future__ import annotations

import datetime as dt

import pytest

from msu_desktop.domain import property as prop
from msu_desktop.domain.property import DecisionDraft
from msu_desktop.errors import UserError
from msu_desktop.services import property_service as ps


def _snapshot(ws, oid: int) -> tuple[dict, int]:
    details = ps.object_details(ws, oid)
    return details, len(ps.history(ws, oid))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"latitude": "55.75"}, "latitude"),  # Moscow, typed as text
        ({"longitude": 37.6}, "longitude"),
        ({"latitude": "сорок два"}, "latitude"),
        ({"use": "written_off"}, "use"),  # a write-off without its council decision
        ({"status": "sold"}, "status"),  # a sale without its decision
        ({"basis_date": "31.02.2024"}, "basis_date"),
        ({"registration_date": 20240105}, "registration_date"),
        ({"name_ru": "", "name_ky": ""}, "name_ru"),
        ({"book_value": -5}, "book_value"),
        ({"cadastral_code": "12345"}, "cadastral_code"),
        ({"extra": {"floors": "три"}}, "extra"),  # a building's floors are a number
    ],
)
def test_a_forged_update_is_refused_and_changes_nothing(ws, fields, field) -> None:
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Клуб", "latitude": 42.87})
    before = _snapshot(ws, oid)
    with pytest.raises(ps.ObjectProblems) as exc:
        ps.update_object(ws, oid, {"village": "Ак-Суу", **fields})
    assert field in exc.value.problems
    assert exc.value.message("ru")  # a sentence for the user, not a traceback
    assert _snapshot(ws, oid) == before  # not even the valid village was written


def test_a_forged_new_object_is_refused_and_nothing_is_added(ws) -> None:
    before = len(ps.list_rows(ws))
    for fields in (
        {"category": "land", "name_ru": "Участок", "longitude": 37.6},
        {"category": "land", "name_ru": "Участок", "use": "sold"},
        {"category": "land", "name_ru": "Участок", "status": "written_off"},
        {"category": "infrastructure", "name_ru": "Дорога", "extra": {"length_m": "длинная"}},
    ):
        with pytest.raises(UserError):
            ps.add_object(ws, fields)
    assert len(ps.list_rows(ws)) == before


def test_use_and_status_change_only_by_write_off_or_sale(ws) -> None:
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Баня"})
    ps.update_object(ws, oid, {"use": "leased"})  # an ordinary change of use is fine
    ps.dispose(ws, oid, DecisionDraft("9", dt.date(2024, 3, 1), "sell", "договор"))
    before = _snapshot(ws, oid)
    for fields in ({"use": "own_use"}, {"status": "active"}):
        with pytest.raises(ps.ObjectProblems):
            ps.update_object(ws, oid, fields)
    assert _snapshot(ws, oid) == before


def test_dates_and_coordinates_typed_as_text_are_kept_as_values(ws) -> None:
    oid = ps.add_object(
        ws,
        {
            "category": "land",
            "name_ru": "Участок",
            "latitude": "42,874621",
            "basis_date": "05.01.2024",
        },
    )
    d = ps.object_details(ws, oid)
    assert d["latitude"] == pytest.approx(42.874621)
    assert d["basis_date"] == dt.date(2024, 1, 5)


def test_the_rules_are_pure_and_name_the_field() -> None:
    assert prop.object_problems({"name_ru": "Клуб", "latitude": "42.9"}) == {}
    problems = prop.object_problems(
        {"name_ru": "Клуб", "extra": {"floors": "x"}},
        extra_fields=[{"id": "floors", "type": "integer"}],
    )
    assert set(problems) == {"extra"}
    sold = {"name_ru": "Баня", "status": "sold", "use": "sold"}
    assert set(prop.object_problems({"status": "active"}, sold)) == {"status"}
    assert prop.object_problems({"status": "sold"}, sold) == {}
    assert prop.stored({"latitude": "", "basis_date": ""}) == {
        "latitude": None,
        "basis_date": None,
    }


def test_the_import_refuses_at_the_dry_run_what_the_service_would_refuse(ws) -> None:
    from msu_desktop.services import property_import as pi

    sheet = pi.Sheet(
        rows=[
            ["Наименование", "Категория", "Сведения"],
            ["Клуб", "building", '{"floors": "три"}'],
            ["Баня", "building", '{"floors": 2}'],
        ]
    )
    mapping = pi.Mapping(0, {"name": 0, "category": 1, "details": 2}, sheet.rows[0])
    check = pi.dry_run(ws, sheet, mapping)
    assert [r.row for r in check.rejected] == [2] and len(check.new) == 1
    assert pi.apply(ws, check) == (1, 0)  # the rest goes in; the apply is not refused
    assert [r.name_ru for r in ps.list_rows(ws)] == ["Баня"]
