"""The report form and its validation rules for a plan, and stored values as people read them.

The rules themselves are data (``data/forms/report_rules.json`` or the plan package's
``forms/report_rules.json``); the rule engine is :mod:`msu_desktop.domain.report`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from msu_desktop import assets
from msu_desktop.domain import numbers
from msu_desktop.domain import report as rpt
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick, tr
from msu_exchange import documents


@lru_cache(maxsize=4)
def _rules_doc(path: str) -> rpt.ReportRules:
    doc = documents.load_json(Path(path), tr("Files", "The report form rules"))
    documents.validate(doc, "report_rules.schema.json", tr("Files", "The report form rules"))
    return rpt.rules_from_dict(doc)


@lru_cache(maxsize=4)
def _rules_text(text: str) -> rpt.ReportRules:
    what = tr("Files", "The report form rules")
    doc = documents.parse_json(text, what)
    documents.validate(doc, "report_rules.schema.json", what)
    return rpt.rules_from_dict(doc)


def rules_for(plan: Plan) -> rpt.ReportRules:
    """The report form and validation rules for ``plan``: those its plan package brought
    (``forms/report_rules.json``, checked when the package was verified), else the shipped
    ``data/forms/report_rules.json``."""
    packaged = plan.documents.get("report_rules.json")
    if packaged:
        rules = _rules_text(packaged)
    else:
        rules = _rules_doc(str(assets.data_path("forms", "report_rules.json")))
    if rules.plan_ids and plan.plan_id not in rules.plan_ids:
        raise UserError(
            "There are no report rules for the plan {plan}.", plan=plan.plan_id, context="Report"
        )
    return rules


def value_text(rules: rpt.ReportRules, field_id: str, value: str, lang: str | None = None) -> str:
    """A stored value as the user reads it: status names, dates as DD.MM.YYYY."""
    if field_id == "status":
        d = rules.status(value)
        return pick(d.label, lang) if d else value
    if rules.kind_of(field_id) == "date":
        d2 = numbers.parse_date(value, loose=False, strict=False)
        return d2.strftime("%d.%m.%Y") if d2 else value
    if rules.kind_of(field_id) in ("integer", "money"):
        return rpt.display(rules.kind_of(field_id), value)  # "1 250 000,50"
    return value
