"""The property register's fields are declared once, in data/property/fields.json: the export's
columns (full and public), the history's words for a lease and the edit checks' field list all
come from it."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json

import pytest

from msu_desktop import assets
from msu_desktop.domain.property import DecisionDraft, LeaseDraft, PropertyDraft
from msu_desktop.errors import InvalidData, UserError
from msu_desktop.services import property_service as ps
from msu_desktop.services.export import register_xlsx
from msu_desktop.services.property import import_map
from msu_desktop.services.property.leases import LEASE_FIELDS
from msu_exchange.documents import validate


def _doc() -> dict:
    return json.loads(assets.data_path("property", "fields.json").read_text(encoding="utf-8"))


def test_every_edited_field_is_declared_once_per_section() -> None:
    registry = ps.field_registry()
    for section in ("object", "lease", "decision"):
        ids = [f.id for f in registry[section]]
        assert len(ids) == len(set(ids)), section
    objects = {f.id: f for f in registry["object"]}
    assert set(ps.EDITABLE) <= set(objects)
    assert all(objects[name].width is not None for name in ps.EDITABLE)
    assert set(LEASE_FIELDS) <= {f.id for f in registry["lease"]}
    assert objects["latitude"].kind == "coordinate" and objects["category"].kind == "choice"
    assert objects["basis_date"].kind == "date" and objects["book_value"].kind == "number"


def test_the_export_columns_are_the_registrys() -> None:
    full = register_xlsx.columns("ru")
    public = register_xlsx.public_columns("ru")
    registry = ps.field_registry()["object"]
    assert [c[0] for c in full] == [f.id for f in registry if f.width is not None]
    # the public version carries only the fields marked public: no notes, no GPS, no names of
    # both languages, one name in the reader's language
    assert [c[0] for c in public] == [f.id for f in registry if f.public]
    assert "notes" not in dict((c[0], c) for c in public) and "name" in {c[0] for c in public}
    leases = {key: label for key, label, _w in register_xlsx.lease_columns("ky")}
    assert leases["protocol_date"] != leases["protocol_number"]
    assert leases["protocol_date"] == ps.field_labels("lease", "ky")["protocol_date"]


def test_the_history_names_a_leases_protocol_date_as_a_date() -> None:
    for lang in ("ky", "ru"):
        labels = ps.field_labels("lease", lang)
        assert labels["protocol_date"] != labels["protocol_number"], lang
    assert ps.field_labels("lease", "en")["protocol_date"] == "Auction protocol date"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["object"][0].update(kind="money"), "object/0/kind"),
        (lambda d: d["lease"][1]["label"].pop("ky"), "lease/1/label"),
        (lambda d: d["decision"][0].update(width=500), "decision/0/width"),
        (lambda d: d["object"][3].update(colour="red"), "object/3"),
    ],
)
def test_a_broken_registry_is_refused_saying_where(change, where) -> None:
    doc = copy.deepcopy(_doc())
    validate(doc, "property_fields.schema.json", "fields.json")  # the shipped one is valid
    change(doc)
    with pytest.raises(InvalidData) as err:
        validate(doc, "property_fields.schema.json", "fields.json")
    assert where in str(err.value)


def test_the_draft_and_the_edited_fields_are_the_registrys() -> None:
    """The typed draft, the edited fields and the registry list the same object fields."""
    registry = ps.field_registry()["object"]
    typed = {f.id for f in registry if not f.computed and f.id != "name"}
    assert set(PropertyDraft.field_ids()) == typed == set(ps.EDITABLE)
    lease_typed = {f.id for f in ps.field_registry()["lease"] if not f.computed}
    assert lease_typed <= set(LeaseDraft.__dataclass_fields__)
    assert {"number", "date", "kind", "text"} <= set(DecisionDraft.__dataclass_fields__)


def test_the_import_reads_its_words_from_the_registry() -> None:
    """The header synonyms and the office words are the registry's (no second file)."""
    assert not assets.data_path("property", "import_headers.json").exists()
    objects = {f.id: f for f in ps.field_registry()["object"]}
    assert "основание" in objects["basis_document"].synonyms
    assert "свидетельство" in objects["registration_number"].synonyms
    assert import_map._match("Основание приобретения") == "basis_document"
    assert import_map._match("Госрегистрация") == "registration_number"
    assert import_map.value_id("condition", "удовл.") == "satisfactory"
    doc = copy.deepcopy(_doc())
    doc["values"]["unit"]["km"] = ["км"]
    with pytest.raises(InvalidData) as err:
        validate(doc, "property_fields.schema.json", "fields.json")
    assert "values/unit" in str(err.value)


def test_the_registrys_limits_are_enforced(ws) -> None:
    """An inventory number longer than the registry's 40 characters, or a year past 2100, is
    refused under its field; the same number of 40 characters is taken."""
    with pytest.raises(ps.ObjectProblems) as err:
        ps.add_object(ws, {"category": "land", "name_ru": "Участок", "inventory_number": "9" * 41})
    assert set(err.value.problems) == {"inventory_number"}
    assert "40" in err.value.problems["inventory_number"]
    with pytest.raises(ps.ObjectProblems) as err:
        ps.add_object(ws, {"category": "land", "name_ru": "Участок", "year": 3024})
    assert set(err.value.problems) == {"year"}
    oid = ps.add_object(
        ws, {"category": "land", "name_ru": "Участок", "inventory_number": "9" * 40}
    )
    assert ps.object_details(ws, oid)["inventory_number"] == "9" * 40


def test_a_leases_texts_keep_the_registrys_limits(ws) -> None:
    oid = ps.add_object(ws, {"category": "building", "name_ru": "Клуб"})
    lease = LeaseDraft(
        lessee="Ж" * 301,
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 12, 31),
        rent=100,
        protocol_number="1",
    )
    with pytest.raises(UserError) as err:
        ps.add_lease(ws, oid, lease)
    assert "300" in str(err.value)
    assert ps.leases(ws) == []
    ps.add_lease(ws, oid, dataclasses.replace(lease, lessee="Ж" * 300))
    assert [len(le.lessee) for le in ps.leases(ws)] == [300]
