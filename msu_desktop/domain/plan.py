"""The Action Plan as plain data: directions -> tasks -> measures, bilingual.

Built from the plan file in ``data/plan`` (validated against ``data/schema/plan.schema.json``
by :mod:`msu_exchange.documents`); nothing here knows about files, Qt or SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from msu_desktop.i18n import pick, tr

Text = dict[str, str]  # {"ky": ..., "ru": ...}

LSG_CODE = "МСУ"  # local self-government bodies (органы МСУ / ЖӨБ органдары)


@dataclass(frozen=True)
class Organisation:
    code: str
    abbr: Text
    name: Text
    is_lsg: bool = False


@dataclass(frozen=True)
class Deadline:
    kind: str  # date | year | years | periodic | ... (see the schema)
    text: Text
    date: dt.date | None = None
    year: int | None = None
    from_year: int | None = None
    to_year: int | None = None
    # where the Kyrgyz text gives another date (1.1.3); flags use ``date`` (the Russian text)
    date_ky: dt.date | None = None

    @property
    def texts_differ(self) -> bool:
        return self.date_ky is not None and self.date_ky != self.date

    @property
    def last_day(self) -> dt.date | None:
        """The last day by which the measure should be done, if the deadline has one."""
        if self.date:
            return self.date
        if self.year:
            return dt.date(self.year, 12, 31)
        if self.to_year:
            return dt.date(self.to_year, 12, 31)
        return None

    @property
    def first_year(self) -> int | None:
        if self.date:
            return self.date.year
        return self.year or self.from_year

    def state(self, today: dt.date) -> str:
        """'passed', 'this_year' or 'later' (a span is 'this_year' while it is running)."""
        last = self.last_day
        if last is None:
            return "later"
        if last < today:
            return "passed"
        first = self.first_year or last.year
        if last.year == today.year or first <= today.year <= last.year:
            return "this_year"
        return "later"


@dataclass(frozen=True)
class Indicator:
    id: str
    label: Text
    unit: Text = dataclasses.field(default_factory=dict)
    target: float | None = None
    per: str | None = None


@dataclass(frozen=True)
class Discrepancy:
    field: str
    ky: str
    ru: str
    note: Text = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Measure:
    code: str
    title: Text
    deadline: Deadline
    expected_result: Text
    executors: tuple[str, ...]
    lsg_participates: bool
    funding_sources: tuple[str, ...]
    funding_text: Text
    indicators: tuple[Indicator, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    executor_notes: Text = dataclasses.field(default_factory=dict)
    task_code: str = ""
    direction_code: str = ""

    @property
    def has_discrepancy(self) -> bool:
        return bool(self.discrepancies)


@dataclass(frozen=True)
class Task:
    code: str
    title: Text
    measures: tuple[Measure, ...]


@dataclass(frozen=True)
class Direction:
    code: str
    title: Text
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class PeriodSpec:
    id: str
    start: dt.date
    end: dt.date
    due: dt.date


@dataclass(frozen=True)
class ReportingRule:
    frequency: str
    due_day: int
    consolidation_day: int | None
    recipient: str
    text: Text
    periods: tuple[PeriodSpec, ...]
    # per-period exceptions to the rule: period id -> its own due date (a moved deadline)
    deadline_overrides: tuple[tuple[str, dt.date], ...] = ()


@dataclass(frozen=True)
class Plan:
    plan_id: str
    version: int
    title: Text
    valid_from: dt.date
    valid_to: dt.date
    decree: dict[str, Any]
    reporting: ReportingRule
    organisations: tuple[Organisation, ...]
    directions: tuple[Direction, ...]
    raw: dict[str, Any] = dataclasses.field(repr=False, compare=False, default_factory=dict)
    # Documents that came with the plan in its package, by file name (e.g. "report_rules.json",
    # "programme.json"), as JSON text; empty for the plan shipped in data/.
    documents: dict[str, str] = dataclasses.field(repr=False, compare=False, default_factory=dict)

    # -- lookups -------------------------------------------------------------------------
    @property
    def measures(self) -> list[Measure]:
        return list(self._measures)

    @functools.cached_property
    def _measures(self) -> tuple[Measure, ...]:
        # the plan is frozen, its directions, tasks and measures tuples: flattened once (the
        # dashboard, validation and the checks ask for them hundreds of times)
        return tuple(m for d in self.directions for t in d.tasks for m in t.measures)

    @functools.cached_property
    def _measure_by_code(self) -> dict[str, Measure]:
        by_code: dict[str, Measure] = {}
        for m in self._measures:
            by_code.setdefault(m.code, m)  # the first, as the scan found it
        return by_code

    @property
    def tasks(self) -> list[Task]:
        return [t for d in self.directions for t in d.tasks]

    def measure(self, code: str) -> Measure:
        try:
            return self._measure_by_code[code]
        except (KeyError, TypeError):  # (a code read from a file may be anything)
            raise KeyError(code) from None

    def organisation(self, code: str) -> Organisation | None:
        for org in self.organisations:
            if org.code == code:
                return org
        return None

    def lsg_measures(self) -> list[Measure]:
        return [m for m in self.measures if m.lsg_participates]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _deadline(d: dict[str, Any]) -> Deadline:
    return Deadline(
        kind=d["kind"],
        text=d.get("text", {}),
        date=_date(d.get("date")),
        year=d.get("year"),
        from_year=d.get("from_year"),
        to_year=d.get("to_year"),
        date_ky=_date(d.get("date_ky")),
    )


def plan_from_dict(doc: dict[str, Any]) -> Plan:
    """Build a :class:`Plan` from a schema-valid plan document."""
    directions = []
    for d in doc["directions"]:
        tasks = []
        for t in d["tasks"]:
            measures = []
            for m in t["measures"]:
                funding = m.get("funding", {})
                measures.append(
                    Measure(
                        code=m["code"],
                        title=m["title"],
                        deadline=_deadline(m["deadline"]),
                        expected_result=m.get("expected_result", {}),
                        executors=tuple(m.get("executors", ())),
                        lsg_participates=bool(m.get("lsg_participates")),
                        funding_sources=tuple(funding.get("sources", ())),
                        funding_text=funding.get("text", {}),
                        indicators=tuple(
                            Indicator(
                                id=i["id"],
                                label=i["label"],
                                unit=i.get("unit", {}),
                                target=i.get("target"),
                                per=i.get("per"),
                            )
                            for i in m.get("indicators", ())
                        ),
                        discrepancies=tuple(
                            Discrepancy(
                                field=x["field"],
                                ky=str(x.get("ky", "")),
                                ru=str(x.get("ru", "")),
                                note=x.get("note", {}),
                            )
                            for x in m.get("discrepancies", ())
                        ),
                        executor_notes=m.get("executor_notes", {}),
                        task_code=t["code"],
                        direction_code=d["code"],
                    )
                )
            tasks.append(Task(code=t["code"], title=t["title"], measures=tuple(measures)))
        directions.append(Direction(code=d["code"], title=d["title"], tasks=tuple(tasks)))
    rep = doc["reporting"]
    rule = ReportingRule(
        frequency=rep.get("frequency", "half-year"),
        due_day=int(rep.get("due_day_of_following_month", 15)),
        consolidation_day=rep.get("consolidation_day_of_following_month"),
        recipient=rep.get("recipient", ""),
        text=rep.get("text", {}),
        periods=tuple(
            PeriodSpec(
                id=p["id"],
                start=dt.date.fromisoformat(p["start"]),
                end=dt.date.fromisoformat(p["end"]),
                due=dt.date.fromisoformat(p["due"]),
            )
            for p in rep.get("periods", ())
        ),
        deadline_overrides=tuple(
            (o["period"], dt.date.fromisoformat(o["due"]))
            for o in rep.get("deadline_overrides", ())
        ),
    )
    return Plan(
        plan_id=doc["plan_id"],
        version=int(doc["version"]),
        title=doc["title"],
        valid_from=dt.date.fromisoformat(doc["valid_from"]),
        valid_to=dt.date.fromisoformat(doc["valid_to"]),
        decree=doc.get("decree", {}),
        reporting=rule,
        organisations=tuple(
            Organisation(
                code=o["code"],
                abbr=o.get("abbr", {}),
                name=o["name"],
                is_lsg=bool(o.get("is_lsg")),
            )
            for o in doc["organisations"]
        ),
        directions=tuple(directions),
        raw=doc,
    )


def deadline_text(deadline: Deadline, lang: str) -> str:
    """The deadline as people read it; where the Kyrgyz and Russian texts give different dates,
    both (measure 1.1.3)."""
    if deadline.texts_differ:
        return tr(
            "Plan",
            "{ru} (Russian text) / {ky} (Kyrgyz text)",
            lang,
            ru=deadline.text.get("ru", ""),
            ky=deadline.text.get("ky", ""),
        )
    return pick(deadline.text, lang)
