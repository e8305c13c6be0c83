"""What a property object is made of: the field registry (``data/property/fields.json``: per
field of an object, a lease and a council decision its id, kind, limits, whether the public may
read it, its column width, its label and import synonyms; and the words offices use for
categories, conditions, uses and units), the fields a user edits (:data:`EDITABLE`: the typed
fields of :class:`~msu_desktop.domain.property.PropertyDraft`, which a test holds to the
registry), the change log's entity name, and the categories, conditions, uses and units it may
take (``data/property/categories.json``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from msu_desktop import assets
from msu_desktop.domain.property import PropertyDraft
from msu_desktop.i18n import pick, tr
from msu_exchange import documents

ENTITY = "property_object"
EDITABLE = PropertyDraft.field_ids()


SECTIONS = ("object", "lease", "decision")


@dataclass(frozen=True)
class Field:
    """One field of the register, as ``data/property/fields.json`` declares it."""

    id: str
    kind: str  # text | number | date | coordinate | choice
    label: dict[str, str]  # en, ky, ru
    public: bool  # in the public version of the register (measure 3.2.2)
    width: int | None  # the column's width in the full register (None: not in it)
    public_width: int | None  # the column's width in the public version
    limits: dict[str, Any]
    computed: bool = False  # shown, not typed (a lease's object, a disposal)
    synonyms: tuple[str, ...] = ()
    table_width: int | None = None  # the column's width in the window's table, in characters
    table_label: dict[str, str] | None = None  # its heading there, when shorter than the label

    def text(self, lang: str | None = None) -> str:
        return pick(self.label, lang)


@lru_cache(maxsize=1)
def _registry_doc() -> dict[str, Any]:
    what = tr("Files", "The property register's fields")
    doc = documents.load_json(assets.data_path("property", "fields.json"), what)
    documents.validate(doc, "property_fields.schema.json", what)
    return doc if isinstance(doc, dict) else {}


def value_synonyms() -> dict[str, dict[str, list[str]]]:
    """The words offices use for a category, a condition, a use and a unit, by id."""
    return dict(_registry_doc()["values"])


@lru_cache(maxsize=4)
def limits(section: str = "object") -> dict[str, dict[str, Any]]:
    """Each field's limits by id (``max_length``, ``min``, ``max``, ``choices``)."""
    return {f.id: f.limits for f in field_registry()[section] if f.limits}


@lru_cache(maxsize=1)
def field_registry() -> dict[str, tuple[Field, ...]]:
    """Every field of an object, a lease and a decision, in the register's column order."""
    doc = _registry_doc()
    return {
        section: tuple(
            Field(
                id=f["id"],
                kind=f["kind"],
                label=dict(f["label"]),
                public=f["public"],
                width=f.get("width") if f.get("in_register", True) else None,
                public_width=f.get("public_width", f.get("width")) if f["public"] else None,
                limits=dict(f.get("limits", {})),
                computed=f.get("computed", False),
                synonyms=tuple(f.get("synonyms", ())),
                table_width=f.get("table", {}).get("width"),
                table_label=f.get("table", {}).get("label"),
            )
            for f in doc[section]
        )
        for section in SECTIONS
    }


def register_columns(section: str, lang: str, public: bool = False) -> list[tuple[str, str, int]]:
    """(field id, label, width) of a sheet of the register: the full one or the public one."""
    out = []
    for f in field_registry()[section]:
        width = f.public_width if public else f.width
        if width is not None:
            out.append((f.id, f.text(lang), width))
    return out


def table_columns(lang: str | None = None) -> list[tuple[str, str, int]]:
    """(field id, heading, width in characters) of the register's table in the window."""
    return [
        (f.id, pick(f.table_label or f.label, lang), f.table_width)
        for f in field_registry()["object"]
        if f.table_width is not None
    ]


def field_labels(section: str, lang: str | None = None) -> dict[str, str]:
    """The fields' labels by id, in ``lang`` (the history's words for a lease's fields)."""
    return {f.id: f.text(lang) for f in field_registry()[section]}


def sheet_titles(lang: str) -> dict[str, str]:
    return {
        "register": tr("PropertyExport", "Register", lang)[:31],
        "leases": tr("PropertyExport", "Leases", lang)[:31],
        "decisions": tr("PropertyExport", "Council decisions", lang)[:31],
    }


def choice_labels(lang: str) -> dict[str, dict[str, str]]:
    """The words the export writes for coded values (and the import reads back)."""
    return {
        "yes_no": {
            "yes": tr("PropertyExport", "yes", lang),
            "no": tr("PropertyExport", "no", lang),
        },
        "rent_period": {
            "month": tr("PropertyExport", "month", lang),
            "quarter": tr("PropertyExport", "quarter", lang),
            "year": tr("PropertyExport", "year", lang),
        },
        "awarded_by": {
            "auction": tr("PropertyExport", "auction", lang),
            "direct": tr("PropertyExport", "without an auction", lang),
        },
        "kind": {
            "acquire": tr("PropertyExport", "acquisition", lang),
            "lease": tr("PropertyExport", "lease", lang),
            "sell": tr("PropertyExport", "sale", lang),
            "write_off": tr("PropertyExport", "write-off", lang),
            "other": tr("PropertyExport", "other", lang),
        },
    }


def not_carried(lang: str | None = None) -> list[str]:
    """What a register file does not carry (said on its sheet, listed by the import's dry run)."""
    return [
        tr("PropertyExport", "photos and documents attached to objects", lang),
        tr("PropertyExport", "the history of changes", lang),
        tr("PropertyExport", "revaluations (the current values are carried)", lang),
    ]


@lru_cache(maxsize=1)
def categories() -> dict[str, Any]:
    doc = documents.load_json(
        assets.data_path("property", "categories.json"), tr("Files", "The property categories")
    )
    documents.validate(
        doc, "property_categories.schema.json", tr("Files", "The property categories")
    )
    return doc if isinstance(doc, dict) else {}


def category_ids() -> list[str]:
    return [c["id"] for c in categories()["categories"]]


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
