"""The agency consolidates only what makes sense (issue 11, class 3; issue 13, the agency's
verdicts): packages signed by each municipality's own registered key but carrying bad data are
rejected with their reason and never reach the figures; one bad package never stops the
others; the report is always written; the exit status says whether anything was left out."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from msu_agency.checks import check_package_content
from msu_agency.collect import (
    AWAITING_KEY,
    DirectoryEntry,
    KeyRegistry,
    by_region,
    choose_period,
    collect,
    consolidate,
)
from msu_agency.demo import demo_data, synthetic_directory
from msu_agency.report import write_consolidated_xlsx
from msu_desktop.i18n import tr
from msu_desktop.services.labels import period_name
from msu_desktop.services.package.build import write_signed_package
from msu_desktop.services.package.verify import VerifiedPackage
from msu_desktop.services.plan_files import shipped_plan
from msu_desktop.services.report_service import rules_for
from msu_exchange.signing.minisign import SecretKey
from tests.conftest import run_cli

PERIOD = "2021-H2"
TODAY = dt.date(2022, 2, 1)  # the agency's date in these tests: 2021-H2 is due, 2022-H1 runs
PLAN, _ = shipped_plan()
RULES = rules_for(PLAN)


def _good(entry: DirectoryEntry, seed: int, period: str = PERIOD) -> dict[str, Any]:
    return demo_data(PLAN, entry, period, random.Random(seed))


class _NotATime:
    """Stands in for the creation time: the signed manifest then says "yesterday-ish"."""

    def isoformat(self, timespec: str = "") -> str:
        return "yesterday-ish"


def _write(
    out: Path, key: SecretKey, data: dict[str, Any], stem: str, seq: int = 1, created=None
) -> Path:
    muni = data["municipality"]
    return write_signed_package(
        out,
        stem,
        key,
        soate=muni["soate"],
        names={"ky": "x", "ru": "x"},
        period_id=data["period"]["id"],
        plan=data["plan"],
        sequence=seq,
        lang="ru",
        members=[("data.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))],
        created=created or dt.datetime(2022, 1, 10, 10, 0, tzinfo=dt.UTC),
    )


def _first(data: dict[str, Any]) -> dict[str, Any]:
    return data["measures"][0]


def _spoil_negative_money(d: dict[str, Any]) -> None:
    m = _first(d)
    m["money"] = {"local_budget": "-5000000.00"}
    m["money_total"] = "-5000000.00"


def _spoil_indicator(value: str):
    def spoil(d: dict[str, Any]) -> None:
        _first(d)["indicators"]["events_held"] = value

    return spoil


def _spoil_many_indicators(d: dict[str, Any]) -> None:
    _first(d)["indicators"] = {f"ind_{i}": "1" for i in range(17_000)}


def _spoil_unknown_measure(d: dict[str, Any]) -> None:
    extra = copy.deepcopy(_first(d))
    extra["code"] = "9.9.9"
    d["measures"].append(extra)


def _spoil_repeated_measure(d: dict[str, Any]) -> None:
    d["measures"] += [copy.deepcopy(_first(d)) for _ in range(40)]


def _spoil_summary(d: dict[str, Any]) -> None:
    d["summary"]["by_status"]["completed"] = 100_000


def _spoil_status(d: dict[str, Any]) -> None:
    _first(d)["status"] = "done"


def _spoil_plan_id(d: dict[str, Any]) -> None:
    d["plan"]["id"] = "some-other-plan"


def _spoil_plan_version(d: dict[str, Any]) -> None:
    d["plan"]["version"] = 99


def _spoil_measure_total(d: dict[str, Any]) -> None:
    _first(d)["money"] = {"donors": "10.00"}
    _first(d)["money_total"] = "1000000.00"


def _spoil_long_rayon(d: dict[str, Any]) -> None:
    d["municipality"]["rayon"] = "Р" * 10_000


def _spoil_control_indicator_name(d: dict[str, Any]) -> None:
    _first(d)["indicators"]["bell\x07\x1b[2J"] = "1"


def _spoil_unknown_money_source(d: dict[str, Any]) -> None:
    _first(d)["money"] = {"my_pocket": "10.00"}
    _first(d)["money_total"] = "10.00"


# every bad kind of issue 11, class 3: (name, how the data is spoiled, a word of the reason)
BAD = [
    ("negative-money", _spoil_negative_money, "negative"),
    ("indicator-word", _spoil_indicator("много"), "много"),
    ("indicator-nan", _spoil_indicator("NaN"), "NaN"),
    ("indicator-overflow", _spoil_indicator("1e999999999"), "1e999999999"),
    ("indicator-infinity", _spoil_indicator("Infinity"), "Infinity"),
    ("indicator-negative", _spoil_indicator("-3"), "-3"),
    ("indicators-17000", _spoil_many_indicators, "17000"),
    ("measure-9.9.9", _spoil_unknown_measure, "9.9.9"),
    ("measure-41-times", _spoil_repeated_measure, "more than once"),
    ("summary-100000", _spoil_summary, "summary"),
    ("status-unknown", _spoil_status, "done"),
    ("plan-unknown", _spoil_plan_id, "some-other-plan"),
    ("plan-version-99", _spoil_plan_version, "99"),
    ("measure-total", _spoil_measure_total, "1000000.00"),
    ("rayon-10000", _spoil_long_rayon, "300"),
    ("indicator-control-chars", _spoil_control_indicator_name, "bell"),
    ("money-source-unknown", _spoil_unknown_money_source, "my_pocket"),
]


def _mixed_folder(tmp_path: Path) -> tuple[Path, KeyRegistry, dict[str, Any]]:
    """5 good municipalities, 2 good ones with hostile titles and names, every bad kind, and
    a far-future and a not-yet-begun period: each signed by its municipality's registered key."""
    usb = tmp_path / "usb"
    (usb / "nested" / "deeper").mkdir(parents=True)
    registry = KeyRegistry(tmp_path / "agency" / "key_registry.json")
    entries = synthetic_directory(7 + len(BAD) + 2)
    good: dict[str, dict[str, Any]] = {}
    bad: dict[str, str] = {}  # file name -> expected word of the reason

    def signed(entry: DirectoryEntry, data: dict[str, Any], stem: str, folder: Path) -> Path:
        key = SecretKey.generate()  # TEST key of a demo office
        registry.register(entry.soate, key.public_key(), Path("stamped-paper"))
        return _write(folder, key, data, stem)

    for i, entry in enumerate(entries[:5]):
        data = _good(entry, i)
        good[entry.soate] = data
        signed(entry, data, f"good-{i}", usb if i % 2 else usb / "nested")
    # good packages with hostile text: titles of their own, control characters in a name
    titled = _good(entries[5], 5)
    for m in titled["measures"]:
        m["title"] = {"ru": "ЧУЖОЙ ЗАГОЛОВОК", "ky": "БӨТӨН АТАЛЫШ"}
    good[entries[5].soate] = titled
    signed(entries[5], titled, "good-own-titles", usb)
    control = _good(entries[6], 6)
    control["municipality"]["name"] = {"ru": "Айыл\x00\x07\x1b", "ky": "Айыл\x0b"}
    control["municipality"]["rayon"] = "Район\x01"
    good[entries[6].soate] = control
    signed(entries[6], control, "good-control-chars", usb / "nested" / "deeper")
    for (name, spoil, word), entry in zip(BAD, entries[7:], strict=False):
        data = _good(entry, 100 + len(bad))
        spoil(data)
        bad[f"bad-{name}.msupkg"] = word
        signed(entry, data, f"bad-{name}", usb / "nested")
    # 2099-H2 sorts as the latest but is no period of the plan; 2022-H2 has not begun on TODAY
    future = _good(entries[-2], 900, "2022-H1")
    future["period"]["id"] = "2099-H2"
    bad["bad-period-2099.msupkg"] = "2099-H2"
    signed(entries[-2], future, "bad-period-2099", usb)
    later = _good(entries[-1], 901, "2022-H2")
    bad["bad-period-not-begun.msupkg"] = "II half of 2022"
    signed(entries[-1], later, "bad-period-not-begun", usb)
    odd = synthetic_directory(len(entries) + 1)[-1]
    bad["bad-created-not-a-time.msupkg"] = "creation time"
    key = SecretKey.generate()  # TEST key
    registry.register(odd.soate, key.public_key(), Path("stamped-paper"))
    _write(usb, key, _good(odd, 902), "bad-created-not-a-time", created=_NotATime())
    registry.save()
    return usb, KeyRegistry(registry.path), {"good": good, "bad": bad}


def _expected_money(datas: list[dict[str, Any]]) -> Decimal:
    return sum(
        (Decimal(v) for d in datas for m in d["measures"] for v in m["money"].values()),
        Decimal(0),
    )


def test_one_folder_with_every_bad_kind_consolidates_exactly_the_good_ones(tmp_path: Path) -> None:
    usb, registry, expected = _mixed_folder(tmp_path)
    registry_before = registry.path.read_bytes()
    result = collect(usb, registry, today=TODAY)
    registry.save()
    # the registry is unchanged: every key was registered already, none was replaced
    assert json.loads(registry.path.read_bytes())["keys"] == json.loads(registry_before)["keys"]
    good, bad = expected["good"], expected["bad"]
    assert {s for s, _ in result.accepted} == set(good)
    reasons = {v.path.name: v.reason("en") for v in result.verdicts}  # the English source
    assert set(reasons) == set(bad), set(reasons) ^ set(bad)
    for name, word in bad.items():
        assert word in reasons[name], (name, reasons[name])
    assert all(v.kind != AWAITING_KEY for v in result.verdicts)

    period = choose_period(result, TODAY)
    assert period == PERIOD  # not 2099-H2, not 2022-H2
    out = write_consolidated_xlsx(result, tmp_path / "report.xlsx", "ru", period)
    wb = load_workbook(out, read_only=True)
    by_measure = list(wb.worksheets[0].iter_rows(values_only=True))
    assert str(len(good)) in by_measure[0][0]
    header, rows = by_measure[2], by_measure[3:]
    assert len(header) < 30  # plan's indicators and the form's money sources, never 17,019
    money_cols = [i for i, h in enumerate(header) if h and str(h).endswith(", som")]
    in_report = sum(Decimal(str(r[i] or 0)) for r in rows for i in money_cols)
    assert abs(in_report - _expected_money(list(good.values()))) < Decimal("0.05")
    assert all(0 <= r[2] <= len(good) for r in rows)  # "reported" never exceeds the offices
    titles = {r[0]: r[1] for r in rows}
    for code, title in titles.items():
        assert title == PLAN.measure(code).title["ru"]
    assert "9.9.9" not in titles
    completed = sum(r[3] for r in rows)  # STATUSES[0], "completed", after No., Measure, Reported
    assert completed == sum(
        1 for d in good.values() for m in d["measures"] if m["status"] == "completed"
    )
    rejected = list(wb.worksheets[3].iter_rows(values_only=True))[1:]
    assert {r[0] for r in rejected} == set(bad)
    assert all(r[4] and r[5] for r in rejected)  # a reason and the signing key's fingerprint
    names = [r[1] for r in list(wb.worksheets[2].iter_rows(values_only=True))[1:]]
    assert "Айыл" in names  # control characters dropped (xlsx_cells), the report still written
    print(
        f"\nclass 3 figures: {len(good) + len(bad)} packages tried, {len(bad)} refused with a "
        f"reason, {len(good)} consolidated, registry keys unchanged"
    )


def test_cli_collect_writes_a_report_when_every_package_is_rejected(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    entries = synthetic_directory(3)
    for i, entry in enumerate(entries):
        data = _good(entry, i)
        BAD[i][1](data)
        _write(usb, SecretKey.generate(), data, f"bad-{i}")  # TEST keys
    out = tmp_path / "report.xlsx"
    r = run_cli(
        "--data-dir",
        str(tmp_path / "agency"),
        "--lang",
        "ru",
        "collect",
        str(usb),
        "--out",
        str(out),
        "--pdf",
        str(tmp_path / "report.pdf"),
        tool="agency",
    )
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr
    wb = load_workbook(out, read_only=True)
    first = [c for row in wb.worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert any(period_name(PERIOD, "ru") in str(c) for c in first)
    assert any(tr("Agency", "Rejected", "ru") in str(c) for c in first)  # says where to look
    rejected = list(wb.worksheets[3].iter_rows(values_only=True))[1:]
    assert len(rejected) == 3 and all(r[4] for r in rejected)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    help_text = run_cli("collect", "--help", tool="agency").stdout
    assert "3" in help_text and "0" in help_text


def test_cli_collect_exits_0_when_everything_was_consolidated(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    for i, entry in enumerate(synthetic_directory(2)):
        _write(usb, SecretKey.generate(), _good(entry, i), f"good-{i}")  # TEST keys
    r = run_cli(
        "--data-dir",
        str(tmp_path / "agency"),
        "collect",
        str(usb),
        "--out",
        str(tmp_path / "r.xlsx"),
        tool="agency",
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_report_period_is_never_the_one_a_single_package_claims(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    entries = synthetic_directory(6)
    registry = KeyRegistry(tmp_path / "reg.json")
    for i, entry in enumerate(entries[:5]):
        _write(usb, SecretKey.generate(), _good(entry, i), f"good-{i}")  # TEST keys
    # a valid package for a later period that has begun: one office, not the round
    _write(usb, SecretKey.generate(), _good(entries[5], 9, "2022-H1"), "early")
    result = collect(usb, registry, today=TODAY)
    assert len(result.accepted) == 6
    assert choose_period(result, TODAY) == PERIOD
    assert choose_period(result, TODAY, "2022-H1") == "2022-H1"


# -- hypothesis: the content checker never raises --------------------------------------------
BASE = _good(synthetic_directory(1)[0], 1)
NASTY = [
    "1e999999999",
    "-1e999999999",
    "NaN",
    "nan",
    "Infinity",
    "-5",
    "много",
    "1" * 400,
    "1e-999999999",
    "0x10",
    "١٢",
    "12.5.",
    " 1 250 ",
    "\x00",
    "-0.00",
    "99999999999999999999.99",
]
LEAF = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(NASTY)
)
KEYS = st.text(max_size=8) | st.sampled_from(NASTY)
SMALL = LEAF | st.lists(LEAF, max_size=4) | st.dictionaries(KEYS, LEAF, max_size=4)
JSON = SMALL | st.lists(SMALL, max_size=3) | st.dictionaries(KEYS, SMALL, max_size=3)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            out += _paths(v, (*prefix, i))
    return out


PATHS = _paths(BASE)


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return doc


def _as_package(data: Any) -> VerifiedPackage:
    key = SecretKey.generate().public_key()  # TEST key
    return VerifiedPackage(
        Path("x.msupkg"), {"created": "2022-01-10T10:00:00+00:00"}, data, key, ""
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PATHS), JSON), min_size=1, max_size=4))
def test_content_checker_never_raises_and_what_it_accepts_adds_up(changes) -> None:
    data = copy.deepcopy(BASE)
    for path, value in changes:
        try:
            data = _set(data, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place
    problems = check_package_content(PLAN, data, rules=RULES, today=TODAY)
    assert isinstance(problems, list)
    for p in problems:
        assert p.message("ky") and p.message("ru")
    if not problems:
        # what the checker lets through consolidates into finite, non-negative figures
        totals = consolidate([_as_package(data)], {PLAN.plan_id: PLAN})
        for t in totals.values():
            assert all(v.is_finite() and v >= 0 for v in t.indicators.values())
            assert all(v.is_finite() and v >= 0 for v in t.money.values())
            assert t.title == PLAN.measure(t.code).title
        for row in by_region([_as_package(data)]).values():
            assert row["money"].is_finite() and row["money"] >= 0


def test_the_good_base_document_is_accepted() -> None:
    """The hypothesis test above starts from a document the checker accepts."""
    assert check_package_content(PLAN, BASE, today=TODAY) == []
