"""A report entry on one measure for one half-year, and the rules that check it.

Everything that varies by plan -- the statuses offered, the fields, the indicators common to
every measure, the money sources, which fields carry forward, and the validation rules -- comes
from ``data/forms/report_rules.json`` (schema ``data/schema/report_rules.schema.json``); this
module only interprets it. Measure-specific indicators come from the plan
(:attr:`msu_desktop.domain.plan.Measure.indicators`).

Values are stored as text exactly as the user typed them (normalised where that is safe), so
that nothing typed is ever refused or lost; the rules then say what is wrong, per field.

Field ids:
  ``status``, ``reason``, ``done``, ``start_date``, ``end_date``, ``evidence``, ``problems``,
  ``proposals`` (defined in the rules file), ``indicator:<id>`` and ``money:<source>``.
Pseudo-fields usable in rules: ``@attachments`` and ``@comments`` (non-empty when the entry has
attachments / comments).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from msu_desktop.domain import numbers
from msu_desktop.domain.numbers import amount
from msu_desktop.domain.plan import Indicator, Measure, PeriodSpec
from msu_desktop.domain.text import clean_text
from msu_desktop.i18n import pick, tr

Text = dict[str, str]

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
NOT_COMPLETED = "not_completed"
NOT_APPLICABLE = "not_applicable"
STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETED, NOT_COMPLETED, NOT_APPLICABLE)

# Period workflow
DRAFT = "draft"
COMPLETE = "complete"
APPROVED = "approved"
PERIOD_STATES = (DRAFT, COMPLETE, APPROVED)

INDICATOR_PREFIX = "indicator:"
MONEY_PREFIX = "money:"


# -- the rules file, as objects ----------------------------------------------------------------
@dataclass(frozen=True)
class FieldDef:
    id: str
    kind: str  # choice | text | date | integer | money
    label: Text
    help: Text = field(default_factory=dict)
    multiline: bool = False
    max_length: int | None = None


@dataclass(frozen=True)
class StatusDef:
    id: str
    label: Text
    counts_as_reported: bool = True


@dataclass(frozen=True)
class MoneySource:
    id: str
    label: Text


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    fields: tuple[str, ...]
    when_status: tuple[str, ...] = ()
    decimals: int | None = None
    message: Text = field(default_factory=dict)
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class ReportRules:
    plan_ids: tuple[str, ...]
    statuses: tuple[StatusDef, ...]
    fields: tuple[FieldDef, ...]
    common_indicators: tuple[Indicator, ...]
    money_sources: tuple[MoneySource, ...]
    currency: Text
    money_decimals: int
    carry_forward: tuple[str, ...]
    rules: tuple[Rule, ...]

    def status(self, status_id: str) -> StatusDef | None:
        return next((s for s in self.statuses if s.id == status_id), None)

    def field_def(self, field_id: str) -> FieldDef | None:
        return self._field_index.get(field_id)

    @functools.cached_property
    def _field_index(self) -> dict[str, FieldDef]:
        return {f.id: f for f in reversed(self.fields)}  # the first of a repeated id, as before

    @functools.cached_property
    def fields_by_measure(self) -> dict[int, tuple[Measure, list[str]]]:
        """:meth:`all_fields` per measure object (:func:`_fields_of`)."""
        return {}

    @functools.cached_property
    def compiled(self) -> dict[tuple[str, ...], tuple[CompiledRule, ...]]:
        """The rules compiled once per set of field names (every entry of a measure has the
        same): each rule with its check and its field patterns matched (:func:`validate_entry`)."""
        return {}

    def indicators_for(self, measure: Measure) -> list[Indicator]:
        """The measure's own indicators (from the plan) first, then the common ones."""
        own = list(measure.indicators)
        ids = {i.id for i in own}
        return own + [i for i in self.common_indicators if i.id not in ids]

    def all_fields(self, measure: Measure) -> list[str]:
        return (
            [f.id for f in self.fields]
            + [INDICATOR_PREFIX + i.id for i in self.indicators_for(measure)]
            + [MONEY_PREFIX + s.id for s in self.money_sources]
        )

    def kind_of(self, field_id: str) -> str:
        if field_id.startswith(INDICATOR_PREFIX):
            return "integer"
        if field_id.startswith(MONEY_PREFIX):
            return "money"
        f = self.field_def(field_id)
        return f.kind if f else "text"

    def label_of(self, field_id: str, measure: Measure | None, lang: str | None = None) -> str:
        if field_id.startswith(INDICATOR_PREFIX):
            ind_id = field_id[len(INDICATOR_PREFIX) :]
            pool = self.indicators_for(measure) if measure else list(self.common_indicators)
            for i in pool:
                if i.id == ind_id:
                    return pick(i.label, lang)
            return ind_id
        if field_id.startswith(MONEY_PREFIX):
            src = field_id[len(MONEY_PREFIX) :]
            for s in self.money_sources:
                if s.id == src:
                    return pick(s.label, lang)
            return src
        if field_id == "@attachments":
            return tr("Report", "Attachments", lang)
        if field_id == "@comments":
            return tr("Report", "Comments", lang)
        if field_id == "attachment":
            return tr("Report", "Attached file", lang)
        if field_id == "included":
            return tr("Report", "Measure included in the report", lang)
        if field_id.startswith("comment:"):
            inner = self.label_of(field_id[len("comment:") :], measure, lang)
            return tr("Report", "Comment on «{field}»", lang, field=inner)
        f = self.field_def(field_id)
        return pick(f.label, lang) if f else field_id


def _indicator(d: dict[str, Any]) -> Indicator:
    return Indicator(
        id=d["id"], label=d["label"], unit=d.get("unit", {}), target=d.get("target"), per=None
    )


def rules_from_dict(doc: dict[str, Any]) -> ReportRules:
    """Build :class:`ReportRules` from a schema-valid rules document."""
    return ReportRules(
        plan_ids=tuple(doc.get("plan_ids", ())),
        statuses=tuple(
            StatusDef(s["id"], s["label"], bool(s.get("counts_as_reported", True)))
            for s in doc["statuses"]
        ),
        fields=tuple(
            FieldDef(
                id=f["id"],
                kind=f["kind"],
                label=f["label"],
                help=f.get("help", {}),
                multiline=bool(f.get("multiline", False)),
                max_length=f.get("max_length"),
            )
            for f in doc["fields"]
        ),
        common_indicators=tuple(_indicator(i) for i in doc["common_indicators"]),
        money_sources=tuple(MoneySource(s["id"], s["label"]) for s in doc["money_sources"]),
        currency=doc["currency"]["label"],
        money_decimals=int(doc["currency"].get("decimals", 2)),
        carry_forward=tuple(doc.get("carry_forward", ())),
        rules=tuple(
            Rule(
                id=r["id"],
                kind=r["kind"],
                fields=tuple(r.get("fields", ())),
                when_status=tuple(r.get("when", {}).get("status", ())),
                decimals=r.get("decimals"),
                message=r.get("message", {}),
                start=r.get("start", ""),
                end=r.get("end", ""),
            )
            for r in doc["rules"]
        ),
    )


# -- values --------------------------------------------------------------------------------------
def normalise(kind: str, text: str | None) -> str:
    """What is stored for a typed value: numbers and dates in a canonical form when they parse,
    otherwise the text as typed (so the user sees it again, with an error next to it); every
    text goes through THE cleaning step first (:func:`msu_desktop.domain.text.clean`)."""
    text = clean_text(text)
    if kind in ("integer", "money"):
        n = numbers.parse_number(text, units=False, strict=False)
        if n is None:
            return text.strip()
        if kind == "money":  # THE rounding rule, where it is typed: 12000.505 -> 12000.51
            return format(numbers.to_tyiyn(n), "f")
        return format(n, "f")
    if kind == "date":
        d = numbers.parse_date(text, loose=False, strict=False)
        return d.isoformat() if d else text.strip()
    if kind == "choice":
        return text.strip()
    return text.rstrip() if text.strip() else ""


def display(kind: str, stored: str | None) -> str:
    """How a stored value is shown for editing: dates as ``29.03.2019``, numbers with their
    thousands apart and a decimal comma (``1 250,50``); what did not parse, as it was typed."""
    stored = "" if stored is None else str(stored)
    if kind == "date":
        try:
            return dt.date.fromisoformat(stored).strftime("%d.%m.%Y")
        except ValueError:
            return stored
    if kind in ("integer", "money") and re.fullmatch(r"-?\d+(\.\d+)?", stored):
        decimals = len(stored.partition(".")[2])
        # exactly what is stored: an amount kept with more digits (typed before amounts were
        # rounded where typed, or imported) shows them all, beside its error, never a rounded
        # look-alike of a value that is not the stored one
        return amount(Decimal(stored), max(2, decimals) if kind == "money" else decimals)
    return stored


def money(text: str | None) -> Decimal | None:
    """A stored amount as every total, data.json, the PDF and the xlsx use it: rounded ONCE,
    here, half up to the tyiyn (:func:`numbers.to_tyiyn`): "12000.505" -> 12000.51."""
    value = numbers.parse_number(text, units=False, strict=False)
    return None if value is None else numbers.to_tyiyn(value)


# -- validation ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    field: str
    rule: str
    message: str


@dataclass
class EntryData:
    """What the rules look at: one measure's values in one period."""

    measure: Measure
    values: dict[str, str]
    attachments: int = 0
    comments: int = 0

    def get(self, field_id: str) -> str:
        if field_id == "@attachments":
            return "x" if self.attachments else ""
        if field_id == "@comments":
            return "x" if self.comments else ""
        return (self.values.get(field_id) or "").strip()

    @property
    def status(self) -> str:
        return self.get("status")


@functools.lru_cache(maxsize=4096)
def _expanded(patterns: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """A rule's field patterns matched against an entry's field names, once per pair: every
    entry of a measure has the same names, so a period's validation matches each rule once
    per measure rather than once per entry and field (it was a third of the time)."""
    out: list[str] = []
    for p in patterns:
        if any(ch in p for ch in "*?["):
            out.extend(n for n in names if fnmatch.fnmatchcase(n, p))
        else:
            out.append(p)
    return tuple(dict.fromkeys(out))


def _status_labels(rules: ReportRules, ids: tuple[str, ...], lang: str | None) -> str:
    labels = []
    for s in ids:
        d = rules.status(s)
        labels.append(pick(d.label, lang) if d else s)
    return ", ".join(f"«{x}»" for x in labels)


def inapplicable_fields(rules: ReportRules, status: str, values: dict[str, str]) -> list[str]:
    """The fields with a value that the status makes meaningless (the rules of kind ``empty``):
    "what was done" and the dates of a measure "not started", the reason of one "in progress"
    (carried from a period when it was "not completed"). Offered for clearing when the status
    changes; Check names them; left as they are, they would print beside the status."""
    out: list[str] = []
    for rule in rules.rules:
        if rule.kind == "empty" and status in rule.when_status:
            out.extend(f for f in rule.fields if values.get(f) and f not in out)
    return out


def _inapplicable(
    entry: EntryData, rules: ReportRules, lang: str | None
) -> list[tuple[str, Rule, str]]:
    status = entry.status
    label = _status_labels(rules, (status,), lang)
    return [
        (
            f,
            rule,
            tr(
                "ReportRules",
                "Does not apply when the status is {status}: clear it.",
                lang,
                status=label,
            ),
        )
        for rule in rules.rules
        if rule.kind == "empty" and status in rule.when_status
        for f in rule.fields
        if entry.get(f)
    ]


def _required_message(rules: ReportRules, when_status: tuple[str, ...], lang: str | None) -> str:
    """ "Required when the status is «Выполнено»." -- the statuses are quoted here, once (the
    translations carry no quotes of their own: they read «««Выполнено», «В процессе»»»)."""
    if not when_status:
        return tr("ReportRules", "Required.", lang)
    statuses = _status_labels(rules, when_status, lang)
    if len(when_status) == 1:
        return tr("ReportRules", "Required when the status is {status}.", lang, status=statuses)
    return tr(
        "ReportRules", "Required when the status is one of {statuses}.", lang, statuses=statuses
    )


class _Check:
    """One entry under the rules: each field's text read once and each distinct text parsed
    once however many rules and entries look at it (a money field is read by four rules), and a
    message worded only for a problem found (wording every rule's message up front was most
    of a period's validation)."""

    __slots__ = (
        "_seen",
        "_text",
        "entry",
        "lang",
        "period",
        "problems",
        "rules",
    )

    def __init__(
        self, entry: EntryData, rules: ReportRules, period: PeriodSpec, lang: str | None
    ) -> None:
        self.entry, self.rules, self.period, self.lang = entry, rules, period, lang
        self.problems: list[Problem] = []
        self._seen: set[tuple[str, str]] = set()
        # what EntryData.get gives, read once per field
        self._text = {k: v.strip() for k, v in entry.values.items() if v}
        self._text["@attachments"] = entry.get("@attachments")
        self._text["@comments"] = entry.get("@comments")

    def get(self, field_id: str) -> str:
        return self._text.get(field_id, "")

    def num(self, field_id: str) -> Decimal | None:
        text = self._text.get(field_id)  # most fields of most entries are empty
        return _number_of(text) if text else None

    def date(self, field_id: str) -> dt.date | None:
        text = self._text.get(field_id)
        return _date_of(text) if text else None

    def add(self, field_id: str, rule: Rule, default_message: str | Callable[[], str]) -> None:
        """A problem once per field and rule; ``default_message`` (worded when called, for a
        rule checked on every entry) unless the rule brings its own in ``lang``."""
        if (field_id, rule.id) in self._seen:
            return
        self._seen.add((field_id, rule.id))
        lang = self.lang
        message = pick(rule.message, lang) if rule.message and lang in ("ky", "ru") else ""
        if not message:
            message = default_message if isinstance(default_message, str) else default_message()
        self.problems.append(Problem(field_id, rule.id, message))


@functools.lru_cache(maxsize=8192)
def _number_of(text: str) -> Decimal | None:
    """A report field's number (``None`` when empty or not a number), once per distinct text:
    a period's figures repeat, and a Decimal cannot be changed by whoever gets it."""
    return numbers.parse_number(text, units=False, strict=False)


@functools.lru_cache(maxsize=8192)
def _date_of(text: str) -> dt.date | None:
    return numbers.parse_date(text, loose=False, strict=False)


def _required(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    def message() -> str:
        return _required_message(c.rules, rule.when_status, c.lang)

    for f in targets:
        if not c.get(f):
            c.add(f, rule, message)


def _any_of(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    if any(c.get(f) for f in targets):
        return

    def message() -> str:
        labels = ", ".join(c.rules.label_of(f, c.entry.measure, c.lang) for f in targets)
        return tr("ReportRules", "Give at least one of: {fields}.", c.lang, fields=labels)

    c.add(targets[0], rule, message)


def _number(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    for f in targets:
        v = c.get(f)
        if v and c.num(f) is None:
            c.add(f, rule, tr("ReportRules", "Not a number: {value}", c.lang, value=v))


def _integer(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    for f in targets:
        n = c.num(f)
        if n is not None and n != n.to_integral_value():
            c.add(f, rule, lambda: tr("ReportRules", "Enter a whole number.", c.lang))


def _non_negative(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    for f in targets:
        n = c.num(f)
        if n is not None and n < 0:
            c.add(f, rule, lambda: tr("ReportRules", "Cannot be negative.", c.lang))


def _max_decimals(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    places = rule.decimals if rule.decimals is not None else c.rules.money_decimals

    def message() -> str:
        return tr(
            "ReportRules",
            "At most %n digit(s) after the decimal point (soms and tyiyns).",
            c.lang,
            n=places,
        )

    for f in targets:
        n = c.num(f)
        if n is not None:
            exp = n.normalize().as_tuple().exponent
            if isinstance(exp, int) and -exp > places:
                c.add(f, rule, message)


def _date(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    for f in targets:
        v = c.get(f)
        if v and c.date(f) is None:
            c.add(
                f,
                rule,
                tr("ReportRules", "Not a date: {value} (use DD.MM.YYYY).", c.lang, value=v),
            )


def _date_order(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    a, b = c.date(rule.start), c.date(rule.end)
    if a and b and b < a:
        c.add(rule.end, rule, lambda: tr("ReportRules", "Ends before it starts.", c.lang))


def _not_after_period_end(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    end = c.period.end

    def message() -> str:
        return tr(
            "ReportRules",
            "Is after the end of the period ({date}).",
            c.lang,
            date=end.strftime("%d.%m.%Y"),
        )

    for f in targets:
        d = c.date(f)
        if d and d > end:
            c.add(f, rule, message)


def _choice(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    allowed = {s.id for s in c.rules.statuses}
    for f in targets:
        v = c.get(f)
        if v and v not in allowed:
            c.add(f, rule, lambda: tr("ReportRules", "Not one of the offered choices.", c.lang))


def _max_length(c: _Check, rule: Rule, targets: tuple[str, ...]) -> None:
    for f in targets:
        fd = c.rules.field_def(f)
        if fd and fd.max_length and len(c.get(f)) > fd.max_length:
            n = fd.max_length
            c.add(
                f,
                rule,
                tr("ReportRules", "Too long: at most %n character(s).", c.lang, n=n),
            )


# each rule kind of the rules file (report_rules.schema.json) and the check that applies it
RuleCheck = Callable[[_Check, Rule, tuple[str, ...]], None]
CompiledRule = tuple[Rule, RuleCheck, tuple[str, ...]]  # a rule, its check, its fields
_CHECKS: dict[str, RuleCheck] = {
    "required": _required,
    "any_of": _any_of,
    "number": _number,
    "integer": _integer,
    "non_negative": _non_negative,
    "max_decimals": _max_decimals,
    "date": _date,
    "date_order": _date_order,
    "not_after_period_end": _not_after_period_end,
    "choice": _choice,
    "max_length": _max_length,
}


def _fields_of(rules: ReportRules, measure: Measure) -> list[str]:
    """``rules.all_fields(measure)``, once per measure object (kept with it: same object, same
    answer; the plan's measures live as long as the plan)."""
    kept = rules.fields_by_measure.get(id(measure))
    if kept is None or kept[0] is not measure:
        if len(rules.fields_by_measure) > 1024:
            rules.fields_by_measure.clear()
        kept = rules.fields_by_measure[id(measure)] = (measure, rules.all_fields(measure))
    return kept[1]


def _compile(rules: ReportRules, names: tuple[str, ...]) -> tuple[CompiledRule, ...]:
    compiled = rules.compiled.get(names)
    if compiled is None:
        compiled = tuple(
            (rule, _CHECKS[rule.kind], _expanded(rule.fields, names))
            for rule in rules.rules
            if rule.kind in _CHECKS
        )
        if len(rules.compiled) > 1024:  # a bound for a long session's odd field sets
            rules.compiled.clear()
        rules.compiled[names] = compiled
    return compiled


def validate_entry(
    entry: EntryData, rules: ReportRules, period: PeriodSpec, lang: str | None = None
) -> list[Problem]:
    """Every problem with one entry, each with the field it belongs to, in ``lang``."""
    names = tuple(dict.fromkeys([*_fields_of(rules, entry.measure), *entry.values]))
    c = _Check(entry, rules, period, lang)
    status = entry.status
    for rule, check, targets in _compile(rules, names):
        if rule.when_status and status not in rule.when_status:
            continue
        check(c, rule, targets)
    c.problems.extend(
        Problem(f, rule.id, msg)
        for f, rule, msg in _inapplicable(entry, rules, lang)
        if (f, rule.id) not in c._seen
    )
    return c.problems


# -- deadlines -----------------------------------------------------------------------------------
def deadline_missed(measure: Measure, status: str, period: PeriodSpec) -> bool:
    """The measure's own deadline fell on or before the end of ``period`` and it is not done."""
    last = measure.deadline.last_day
    if last is None or last > period.end:
        return False
    return status not in (COMPLETED, NOT_APPLICABLE)


def entry_key(plan_id: str, period_id: str, measure_code: str) -> str:
    """The ChangeLog ``entity_id`` of a report entry."""
    return f"{plan_id}|{period_id}|{measure_code}"


def period_key(plan_id: str, period_id: str) -> str:
    return f"{plan_id}|{period_id}"
