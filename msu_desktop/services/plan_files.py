"""Reading plan files and other schema-checked data files from ``data/``."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msu_desktop import assets
from msu_desktop.domain.plan import Plan, plan_from_dict
from msu_desktop.errors import InvalidData
from msu_desktop.i18n import tr

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


@lru_cache(maxsize=16)
def _validator(schema_name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator, FormatChecker  # not needed on an ordinary start

    schema = json.loads(assets.data_path("schema", schema_name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def validate(doc: Any, schema_name: str, what: str) -> None:
    """Raise :class:`InvalidData` naming the first problem if ``doc`` breaks ``schema_name``.

    ``what`` names the file for the user, already translated (e.g. ``tr("Files", "The plan file")``).
    """
    errors = sorted(_validator(schema_name).iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        raise InvalidData(
            "{what} is not valid: at {where}: {detail}",
            what=what,
            where=where,
            detail=err.message[:300],
        )


def parse_json(text: str | bytes, what: str) -> Any:
    """JSON from a file's content; ``what`` names it for the user if it is not readable."""
    try:
        return json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidData(
            "{what} is not a readable JSON file: {detail}", what=what, detail=str(exc)[:200]
        ) from exc


def load_json(path: Path, what: str) -> Any:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InvalidData("{what} was not found: {path}", what=what, path=str(path)) from exc
    return parse_json(data, what)


def document_hash(doc: dict[str, Any]) -> str:
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_plan_document(doc: Any) -> Plan:
    """Schema check plus the cross-references a schema cannot express."""
    validate(doc, "plan.schema.json", tr("Files", "The plan file"))
    plan = plan_from_dict(doc)
    codes = {o.code for o in plan.organisations}
    for m in plan.measures:
        for ex in m.executors:
            if ex not in codes:
                raise InvalidData(
                    "Measure {code} names an executor {executor} that is not in the glossary.",
                    code=m.code,
                    executor=ex,
                )
    seen: set[str] = set()
    for m in plan.measures:
        if m.code in seen:
            raise InvalidData("Measure {code} appears twice in the plan.", code=m.code)
        seen.add(m.code)
    return plan


def load_plan_file(path: Path) -> tuple[Plan, dict[str, Any]]:
    doc = load_json(path, tr("Files", "The plan file"))
    return check_plan_document(doc), doc


def shipped_plan() -> tuple[Plan, dict[str, Any]]:
    return load_plan_file(assets.shipped_plan_path())


def shipped_rules_cover(plan_id: str) -> bool:
    """Whether the report rules shipped with the app (data/forms/report_rules.json) are
    written for ``plan_id`` (an empty ``plan_ids`` list means: for every plan)."""
    path = assets.data_path("forms", "report_rules.json")
    if not path.exists():
        return False
    doc = load_json(path, tr("Files", "The report form rules"))
    plan_ids = doc.get("plan_ids") if isinstance(doc, dict) else None
    return not plan_ids or plan_id in plan_ids


def load_programme(plan: Plan) -> dict[str, Any] | None:
    """The decree and Annex 1 (the Programme text) of ``plan``: the one its plan package
    brought, else the one shipped in data/plan/<plan_id>.programme.json, else None."""
    what = tr("Files", "The programme text")
    packaged = plan.documents.get("programme.json")
    if packaged:
        doc = parse_json(packaged, what)
    else:
        path = assets.data_path("plan", f"{plan.plan_id}.programme.json")
        if not path.exists():
            return None
        doc = load_json(path, what)
    validate(doc, "programme.schema.json", what)
    if not isinstance(doc, dict) or doc.get("plan_id") != plan.plan_id:
        return None
    return doc
