"""What a property object is made of: the field registry (``data/property/fields.json``: per
field of an object, a lease and a council decision its id, kind, limits, whether the public may
read it, its column width, its label and import synonyms), the fields a user edits
(:data:`EDITABLE`), the change log's entity name, and the categories, conditions, uses and units
it may take (``data/property/categories.json``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from msu_desktop import assets
from msu_desktop.i18n import pick, tr
from msu_desktop.services import plan_files

ENTITY = "property_object"
EDITABLE = (
    "inventory_number",
    "category",
    "name_ky",
    "name_ru",
    "village",
    "address",
    "latitude",
    "longitude",
    "cadastral_code",
    "area",
    "unit",
    "year",
    "basis_document",
    "basis_number",
    "basis_date",
    "initial_value",
    "book_value",
    "residual_value",
    "condition",
    "use",
    "registration_number",
    "registration_date",
    "notes",
)


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

    def text(self, lang: str | None = None) -> str:
        return pick(self.label, lang)


@lru_cache(maxsize=1)
def field_registry() -> dict[str, tuple[Field, ...]]:
    """Every field of an object, a lease and a decision, in the register's column order."""
    what = tr("Files", "The property register's fields")
    doc = plan_files.load_json(assets.data_path("property", "fields.json"), what)
    plan_files.validate(doc, "property_fields.schema.json", what)
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


def field_labels(section: str, lang: str | None = None) -> dict[str, str]:
    """The fields' labels by id, in ``lang`` (the history's words for a lease's fields)."""
    return {f.id: f.text(lang) for f in field_registry()[section]}


@lru_cache(maxsize=1)
def categories() -> dict[str, Any]:
    doc = plan_files.load_json(
        assets.data_path("property", "categories.json"), tr("Files", "The property categories")
    )
    plan_files.validate(
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
