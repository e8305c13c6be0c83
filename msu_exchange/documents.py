"""Schema-checked documents both products read: plan files, the forms and programme text a
plan package carries, a package's data.json, and the data files in ``data/`` (moved here from
the office's services so that the exchange formats check them without the office)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msu_desktop.assets import data_path, shipped_plan_path
from msu_desktop.domain.plan import Plan, plan_from_dict
from msu_desktop.errors import InvalidData, UserError
from msu_desktop.i18n import tr

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

log = logging.getLogger(__name__)


@lru_cache(maxsize=16)
def _validator(schema_name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator, FormatChecker  # not needed on an ordinary start

    schema = json.loads(data_path("schema", schema_name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _is_date(text: str) -> bool:
    """jsonschema's "date" format, word for word (a day that exists, ``YYYY-MM-DD``)."""
    try:
        return bool(_RE_DATE.fullmatch(text) and dt.date.fromisoformat(text))
    except ValueError:
        return False


_RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


@lru_cache(maxsize=16)
def _compiled(schema_name: str) -> Callable[[Any], Any]:
    """The schema compiled to Python once (fastjsonschema): the fast path of :func:`validate`.
    It is never more lenient than jsonschema (its "date" is jsonschema's; "date-time" and the
    rest are as strict or stricter; a test compares them on thousands of damaged documents), so
    what it passes jsonschema passes; what it refuses is checked again by jsonschema, which
    decides and words the message."""
    import fastjsonschema

    schema = json.loads(data_path("schema", schema_name).read_text(encoding="utf-8"))
    formats = {"date": _is_date}
    code = fastjsonschema.compile_to_code(schema, formats=formats)
    # fastjsonschema words the place of a failure for every call of a "$ref" (a list item's
    # money, text, date) with ``"...[{i}]".format(**locals())``, a tenth of collect's time; the
    # words are never read (a document it refuses goes to jsonschema), so they are not made
    code = code.replace(".format(**locals())", "")
    scope: dict[str, Any] = {}
    exec(
        compile(code, f"<{schema_name} compiled>", "exec"), scope
    )  # our own schema, compiled by fastjsonschema
    main = _FIRST_VALIDATOR.search(code)
    if main is None:  # pragma: no cover - fastjsonschema always writes one
        raise RuntimeError(f"no validator in the code compiled from {schema_name}")
    return partial(scope[main.group(1)], custom_formats=formats)


_FIRST_VALIDATOR = re.compile(r"^def (validate\w*)\(", re.MULTILINE)  # the schema's own: first


def compile_schemas(*schema_names: str) -> None:
    """Compile these schemas now (a server, before its first request) rather than on first use."""
    for name in schema_names:
        _compiled(name)


def validate(doc: Any, schema_name: str, what: str) -> None:
    """Raise :class:`InvalidData` naming the first problem if ``doc`` breaks ``schema_name``.

    ``what`` names the file for the user, already translated (e.g. ``tr("Files", "The plan file")``).
    A document that passes is passed by the compiled schema (a tenth of jsonschema's time, most
    of collect's and the inbox's work); one that does not is checked by jsonschema, whose first
    error (by path) is the message, as it always was.
    """
    fast = _compiled(schema_name)
    from fastjsonschema import JsonSchemaValueException

    try:
        fast(doc)
        return
    except JsonSchemaValueException:
        pass
    errors = sorted(_validator(schema_name).iter_errors(doc), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        log.info("%s (%s) at %s: %s", what, schema_name, where, err.message[:500])
        raise InvalidData(
            "{what} is not valid: at {where}: {detail}",
            what=what,
            where=where,
            detail=schema_problem(err.validator, err.validator_value, err.instance),
        )


def _kind(name: Any) -> str:
    kinds = {
        "string": tr("Files", "text"),
        "integer": tr("Files", "a whole number"),
        "number": tr("Files", "a number"),
        "object": tr("Files", "a group of fields"),
        "array": tr("Files", "a list"),
        "boolean": tr("Files", "yes or no"),
        "null": tr("Files", "nothing"),
    }
    names = name if isinstance(name, list) else [name]
    return ", ".join(kinds.get(str(n), str(n)) for n in names)


def schema_problem(keyword: Any, expected: Any, instance: Any) -> str:
    """What a schema check found, in the user's words (the library's own text goes to the log).

    ``keyword`` is the JSON Schema keyword that failed, ``expected`` its value in the schema,
    ``instance`` the value in the file."""
    if keyword == "type":
        return tr("Files", "a value of the wrong kind ({kind} was expected)", kind=_kind(expected))
    if keyword == "required":
        have = instance if isinstance(instance, dict) else {}
        missing = [str(f) for f in expected if f not in have] or [str(f) for f in expected]
        return tr("Files", "the field {field} is missing", field=missing[0])
    if keyword == "additionalProperties":
        allowed = {} if not isinstance(expected, dict) else expected
        extra = (
            sorted(str(k) for k in instance if k not in allowed)
            if isinstance(instance, dict)
            else []
        )
        return tr(
            "Files", "a field this format does not have ({field})", field=", ".join(extra[:3])
        )
    if keyword in ("enum", "const"):
        values = expected if isinstance(expected, list) else [expected]
        return tr(
            "Files",
            "a value that is not one of those allowed ({allowed})",
            allowed=", ".join(str(v) for v in values)[:200],
        )
    if keyword in ("minimum", "exclusiveMinimum"):
        return tr("Files", "a number below the smallest allowed ({limit})", limit=str(expected))
    if keyword in ("maximum", "exclusiveMaximum"):
        return tr("Files", "a number above the largest allowed ({limit})", limit=str(expected))
    if keyword == "minLength":
        return tr("Files", "a text that is too short")
    if keyword == "maxLength":
        return tr(
            "Files", "a text that is too long (at most {limit} characters)", limit=str(expected)
        )
    if keyword in ("minItems", "minProperties"):
        return tr("Files", "too few entries (at least {limit})", limit=str(expected))
    if keyword in ("maxItems", "maxProperties"):
        return tr("Files", "too many entries (at most {limit})", limit=str(expected))
    if keyword == "uniqueItems":
        return tr("Files", "an entry that appears twice")
    if keyword in ("pattern", "format"):
        return tr("Files", "a value that is not written in the expected form")
    return tr("Files", "a value this format does not allow")


def json_problem(exc: BaseException) -> str:
    """Why a file is not readable JSON, in the user's words."""
    log.info("not readable JSON: %s", exc)
    if isinstance(exc, UnicodeDecodeError):
        return tr(
            "Files",
            "it is not text in UTF-8 (an unreadable byte at position {position})",
            position=str(exc.start),
        )
    if isinstance(exc, json.JSONDecodeError):
        return tr(
            "Files",
            "the JSON text is broken at line {line}, column {column}",
            line=str(exc.lineno),
            column=str(exc.colno),
        )
    if isinstance(exc, RecursionError):
        return tr("Files", "the JSON text is nested too deeply")
    return tr("Files", "the content cannot be read")


def problem_text(exc: BaseException) -> str:
    """A refusal's reason for the user: a :class:`UserError`'s own message, else the words of
    :func:`json_problem` (never a library's English)."""
    if isinstance(exc, UserError):
        return str(exc)
    return json_problem(exc)


def parse_json(text: str | bytes, what: str) -> Any:
    """JSON from a file's content; ``what`` names it for the user if it is not readable."""
    try:
        return json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InvalidData(
            "{what} is not a readable JSON file: {detail}", what=what, detail=json_problem(exc)
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
    return load_plan_file(shipped_plan_path())


def shipped_rules_cover(plan_id: str) -> bool:
    """Whether the report rules shipped with the app (data/forms/report_rules.json) are
    written for ``plan_id`` (an empty ``plan_ids`` list means: for every plan)."""
    path = data_path("forms", "report_rules.json")
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
        path = data_path("plan", f"{plan.plan_id}.programme.json")
        if not path.exists():
            return None
        doc = load_json(path, what)
    validate(doc, "programme.schema.json", what)
    if not isinstance(doc, dict) or doc.get("plan_id") != plan.plan_id:
        return None
    return doc
