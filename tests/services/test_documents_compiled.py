"""The compiled schema check (fastjsonschema, the fast path of documents.validate) against
jsonschema on thousands of damaged documents: whatever the compiled check passes, jsonschema
passes too, and validate refuses exactly what jsonschema refuses, with jsonschema's message."""

from __future__ import annotations

import copy
import json
import random
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msu_agency.demo import demo_data, synthetic_directory
from msu_desktop.assets import data_path
from msu_desktop.errors import InvalidData
from msu_exchange import documents
from msu_exchange.documents import shipped_plan

ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    1.0,
    -1,
    2.5,
    10**20,
    "",
    "x",
    "2020-02-31",
    "2020-02-29",
    "2020-2-1",
    "2020-06-30T12:00:00Z",
    "not a date",
    "ы" * 300,
    [],
    [1, 1],
    ["a", "a"],
    {},
    {"extra": 1},
]


def _valid_documents() -> dict[str, Any]:
    plan, plan_doc = shipped_plan()
    rules = json.loads(data_path("forms", "report_rules.json").read_text(encoding="utf-8"))
    package = demo_data(plan, synthetic_directory(1)[0], "2021-H2", random.Random(1))
    return {
        "plan.schema.json": plan_doc,
        "report_rules.schema.json": rules,
        "package_data.schema.json": package,
    }


VALID = _valid_documents()


def _places(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _places(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _places(v, (*path, i))
    return out


def _damage(doc: Any, rng: random.Random, times: int) -> Any:
    doc = copy.deepcopy(doc)
    for _ in range(times):
        path = rng.choice(_places(doc)[1:])
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        how = rng.random()
        if how < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
        elif how < 0.3 and isinstance(parent, dict):
            parent[f"extra_{rng.randint(0, 9)}"] = rng.choice(ODD_VALUES)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return doc


def _jsonschema_errors(schema_name: str, doc: Any) -> list[Any]:
    return list(documents._validator(schema_name).iter_errors(doc))


@pytest.mark.parametrize("schema_name", sorted(VALID))
def test_a_valid_document_passes_both(schema_name: str) -> None:
    documents._compiled(schema_name)(VALID[schema_name])
    assert _jsonschema_errors(schema_name, VALID[schema_name]) == []
    documents.validate(VALID[schema_name], schema_name, "x")


@settings(max_examples=400, deadline=None)
@given(
    schema_name=st.sampled_from(sorted(VALID)),
    seed=st.integers(0, 2**32),
    times=st.integers(1, 3),
)
def test_the_compiled_check_is_never_more_lenient_than_jsonschema(
    schema_name: str, seed: int, times: int
) -> None:
    from fastjsonschema import JsonSchemaValueException

    doc = _damage(VALID[schema_name], random.Random(seed), times)
    errors = _jsonschema_errors(schema_name, doc)
    try:
        documents._compiled(schema_name)(doc)
        fast_passed = True
    except JsonSchemaValueException:
        fast_passed = False
    assert not (fast_passed and errors), (doc, errors[:1])
    if errors:
        with pytest.raises(InvalidData) as info:
            documents.validate(doc, schema_name, "x")
        first = sorted(errors, key=lambda e: list(e.path))[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(root)"
        assert where in str(info.value)
    else:
        documents.validate(doc, schema_name, "x")


def test_a_day_that_does_not_exist_is_refused_as_jsonschema_refuses_it() -> None:
    """fastjsonschema's own "date" is a pattern (it passes 30 February); ours is jsonschema's."""
    doc = VALID["package_data.schema.json"]
    days = [p for p in _places(doc) if isinstance(_at(doc, p), str) and _DAY.fullmatch(_at(doc, p))]
    assert days, "the package data has dates"
    refused = 0
    for path in days:
        bad = copy.deepcopy(doc)
        _at(bad, path[:-1])[path[-1]] = "2021-02-30"
        if _jsonschema_errors("package_data.schema.json", bad):
            refused += 1
            with pytest.raises(InvalidData):
                documents.validate(bad, "package_data.schema.json", "x")
        else:
            documents.validate(bad, "package_data.schema.json", "x")
    assert refused, "some of them are schema dates"


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc
