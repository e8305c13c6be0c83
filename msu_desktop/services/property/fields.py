"""What a property object is made of: the fields a user edits (:data:`EDITABLE`), the change
log's entity name, and the categories, conditions, uses and units it may take
(``data/property/categories.json``)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from msu_desktop import assets
from msu_desktop.i18n import tr
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
