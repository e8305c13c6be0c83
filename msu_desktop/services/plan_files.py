"""Moved to :mod:`msu_exchange.documents` (the schema-checked documents both products read).

Kept as an alias while the agency's and the register's modules, worked on in parallel, still
import it from here; new code imports :mod:`msu_exchange.documents`.
"""

from msu_exchange.documents import (
    check_plan_document,
    document_hash,
    json_problem,
    load_json,
    load_plan_file,
    load_programme,
    parse_json,
    problem_text,
    schema_problem,
    shipped_plan,
    shipped_rules_cover,
    validate,
)

__all__ = [
    "check_plan_document",
    "document_hash",
    "json_problem",
    "load_json",
    "load_plan_file",
    "load_programme",
    "parse_json",
    "problem_text",
    "schema_problem",
    "shipped_plan",
    "shipped_rules_cover",
    "validate",
]
