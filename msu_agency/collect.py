"""The agency's side: read every report package in a folder tree (a USB dump, nested folders,
duplicates), verify each, decide whose key may be trusted, check what each package says against
the plan it names, keep the latest sequence of each municipality and period, and consolidate.

Every package ends in exactly one place: accepted (its figures are consolidated), superseded
(an older sequence, or the same file twice), or a :class:`Verdict` -- rejected with its reason,
or awaiting the confirmation of its key (``services/agency/registry.py``). One bad package never
stops the others: each is handled on its own, and whatever goes wrong with one is its verdict.

The figures are computed from the measures of the accepted packages, with the titles of the
agency's own plan; a package's own summary and titles are never used.

"Late" is judged by :func:`msu_desktop.domain.deadline.judge`: the period's deadline from the
agency's plan (its rule and per-period exceptions) against the AGENCY's time of receipt -- the
inbox's receipt, or the day a stick's package was received (:mod:`msu_agency.received`) --
never the ``created`` time the office's clock wrote into the package.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from msu_agency.checks import (
    Problem,
    check_package_content,
    parse_indicator,
    parse_money,
)
from msu_agency.received import ReceivedLog
from msu_agency.registry import KeyRegistry
from msu_desktop.domain.deadline import BISHKEK, Timeliness, judge, period_deadline
from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import clock
from msu_exchange.progress import Progress
from msu_exchange.report_package import EXTENSION, VerifiedPackage, verify_package

__all__ = ["Collected", "KeyRegistry", "Verdict", "choose_period", "collect"]

log = logging.getLogger(__name__)

STATUSES = ("completed", "in_progress", "not_started", "not_completed", "not_applicable")
REJECTED = "rejected"
AWAITING_KEY = "awaiting_key"


@dataclass
class DirectoryEntry:
    soate: str
    name: str
    rayon: str
    oblast: str
    kind: str = "aiyl_okmotu"
    # a directory that knows time (issue 25): None = always
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    succeeded: tuple[str, ...] = ()


def entries_for_period(directory: list[DirectoryEntry], period: str) -> list[DirectoryEntry]:
    """Who is expected to report for ``period`` by the directory valid for it (the domain's
    rule, :func:`msu_desktop.domain.municipality.expected_in_period`: valid on the period's
    last day): before a merger the predecessors, from it the successor. A period id that is not
    a half-year leaves the directory as it is."""
    from msu_desktop.domain.municipality import DirectoryRecord, expected_in_period
    from msu_desktop.domain.period import half_year_bounds, parse_period_id

    try:
        start, end = half_year_bounds(*parse_period_id(period))
    except (ValueError, TypeError):
        return list(directory)
    records = [
        DirectoryRecord(d.soate, "", d.name, valid_from=d.valid_from, valid_until=d.valid_until)
        for d in directory
    ]
    keep = {id(r) for r in expected_in_period(records, start, end)}
    return [d for d, r in zip(directory, records, strict=True) if id(r) in keep]


@dataclass
class Verdict:
    """A package that is not consolidated, and why."""

    path: Path
    kind: str  # REJECTED | AWAITING_KEY
    problems: list[UserError]
    soate: str = ""
    period: str = ""
    fingerprint: str = ""  # the key that signed the package
    registered: str = ""  # the municipality's registered key, or the other keys of a conflict

    def reason(self, lang: str | None = None) -> str:
        return " ".join(p.message(lang) for p in self.problems)


@dataclass
class Collected:
    accepted: dict[tuple[str, str], VerifiedPackage] = field(default_factory=dict)
    verdicts: list[Verdict] = field(default_factory=list)
    superseded: list[Path] = field(default_factory=list)  # older sequences, duplicates
    other_period: list[Path] = field(default_factory=list)  # not the period asked for
    key_changes: list[tuple[str, str, str, Path]] = field(default_factory=list)
    conflicts: dict[str, list[str]] = field(default_factory=dict)  # soate -> fingerprints
    registered: list[tuple[str, str]] = field(default_factory=list)  # new keys (soate, fp)
    plans: dict[str, Plan] = field(default_factory=dict)  # the agency's plans, by id
    files_seen: int = 0
    # when the agency received each accepted package (inbox receipt time, or a stick's day)
    received: dict[Path, dt.datetime | dt.date] = field(default_factory=dict)
    agency: str = ""  # the agency's name, for the signed report
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def rejected(self) -> list[tuple[Path, str]]:
        """Every package not consolidated (rejected or awaiting a key), with its reason."""
        return [(v.path, v.reason()) for v in self.verdicts]

    @property
    def awaiting(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.kind == AWAITING_KEY]

    def periods(self) -> list[str]:
        return sorted({p for _, p in self.accepted})

    def deadline(self, period: str) -> dt.date:
        """The period's deadline from the agency's plans (the one rule, with its exceptions)."""
        return period_deadline(list(self.plans.values()) or default_plans(), period)

    def timeliness(self, soate: str, period: str) -> Timeliness:
        """On time / late / missing / not yet due, by the agency's time of receipt."""
        pkg = self.accepted.get((soate, period))
        received = self.received.get(pkg.path) if pkg is not None else None
        if pkg is not None and received is None:  # never: collect records every package
            received = self.now
        return judge(self.deadline(period), received, self.now)

    def late(self) -> list[tuple[str, str, dt.datetime | dt.date, dt.date]]:
        """Accepted packages received after their period's deadline: (soate, period, received,
        deadline)."""
        out = []
        for soate, period in sorted(self.accepted):
            t = self.timeliness(soate, period)
            if t.verdict == "late" and t.received is not None:
                out.append((soate, period, t.received, t.due))
        return out


def find_packages(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(folder))
    return sorted(p for p in folder.rglob(f"*{EXTENSION}") if p.is_file() and not p.is_symlink())


def default_plans() -> list[Plan]:
    from msu_exchange.documents import shipped_plan

    return [shipped_plan()[0]]


def plans_by_id(plans: Iterable[Plan]) -> dict[str, Plan]:
    out: dict[str, Plan] = {}
    for plan in plans:
        if plan.plan_id not in out or plan.version > out[plan.plan_id].version:
            out[plan.plan_id] = plan
    return out


def _read(path: Path) -> VerifiedPackage:
    """Verify one package; whatever goes wrong is this package's verdict, never the collect's."""
    try:
        return verify_package(path)
    except UserError:
        raise
    except Exception as exc:  # a hostile file must not stop the other packages
        log.exception("package %s could not be read", path)
        raise UserError(
            "The package could not be read ({kind}); it was not consolidated.",
            kind=type(exc).__name__,
        ) from exc


def check_content(pkg: VerifiedPackage, plans: dict[str, Plan], today: dt.date) -> list[UserError]:
    """The content checks of one verified package against the agency's plan it names."""
    from msu_desktop.services.report.rules import rules_for

    plan_ref = pkg.data.get("plan") if isinstance(pkg.data, dict) else None
    plan_id = plan_ref.get("id") if isinstance(plan_ref, dict) else None
    plan = plans.get(plan_id) if isinstance(plan_id, str) else None
    if plan is None:
        return [
            Problem(
                "The package follows the plan {plan}, which the agency does not have; give "
                "collect that plan (--plan).",
                plan=str(plan_id)[:60],
            )
        ]
    try:
        rules = rules_for(plan)
    except UserError as exc:
        return [exc]
    return list(check_package_content(plan, pkg.data, rules=rules, today=today))


def collect(
    folder: Path,
    registry: KeyRegistry,
    *,
    period: str | None = None,
    plans: Iterable[Plan] | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    received_log: ReceivedLog | None = None,
    received_on: dt.datetime | dt.date | None = None,
    now: dt.datetime | None = None,
) -> Collected:
    """Every package under ``folder``: accepted, superseded or with its verdict.

    ``plans``: the plans the agency knows (default: the one shipped with the app); a package
    is checked against the newest version of the plan it names. ``today``: the agency's date
    (a package for a period that has not begun is refused). ``received_on``: when the agency
    received these files (the day the stick came; default ``now``, the agency's clock); a
    package ``received_log`` already knows keeps its first time of receipt.
    """
    now = now or dt.datetime.now(dt.UTC)
    today = today or clock.real_today()  # the agency's side has no work date
    result = Collected(plans=plans_by_id(plans if plans is not None else default_plans()), now=now)
    log_ = received_log if received_log is not None else ReceivedLog(None)
    arrival = received_on if received_on is not None else now
    digests: dict[Path, str] = {}
    paths = find_packages(folder)
    seen_hashes: set[str] = set()
    verified: list[VerifiedPackage] = []
    for i, path in enumerate(paths):
        result.files_seen += 1
        if progress:
            progress(100 * (i + 1) // len(paths))
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = f"unreadable:{path}"
        if digest in seen_hashes:
            result.superseded.append(path)  # the same file twice (copied twice to the stick)
            continue
        seen_hashes.add(digest)
        digests[path] = digest
        try:
            pkg = _read(path)
        except UserError as exc:
            result.verdicts.append(Verdict(path, REJECTED, [exc]))
            continue
        if period and pkg.period != period:
            result.other_period.append(path)
            continue
        try:  # the schema's "date-time" is not enforced by jsonschema alone
            dt.datetime.fromisoformat(str(pkg.manifest["created"])).astimezone(BISHKEK)
        except (ValueError, TypeError, OverflowError):
            problem = Problem("The package's creation time is not a date and time.")
            fingerprint = pkg.public_key.fingerprint()
            result.verdicts.append(
                Verdict(path, REJECTED, [problem], pkg.soate, pkg.period, fingerprint)
            )
            continue
        verified.append(pkg)

    trusted = _decide_keys(verified, registry, result)
    for pkg in trusted:
        try:
            problems = check_content(pkg, result.plans, today)
        except Exception as exc:  # one package never stops the others
            log.exception("checking %s failed", pkg.path)
            problems = [
                UserError(
                    "The package could not be read ({kind}); it was not consolidated.",
                    kind=type(exc).__name__,
                )
            ]
        if problems:
            result.verdicts.append(
                Verdict(
                    pkg.path,
                    REJECTED,
                    problems,
                    pkg.soate,
                    pkg.period,
                    pkg.public_key.fingerprint(),
                )
            )
            continue
        key = (pkg.soate, pkg.period)
        current = result.accepted.get(key)
        if current is None or pkg.sequence > current.sequence:
            if current is not None:
                result.superseded.append(current.path)
            result.accepted[key] = pkg
        else:
            result.superseded.append(pkg.path)
    for pkg in result.accepted.values():
        result.received[pkg.path] = log_.received(digests[pkg.path], arrival)
    return result


def _decide_keys(
    packages: list[VerifiedPackage], registry: KeyRegistry, result: Collected
) -> list[VerifiedPackage]:
    """The packages whose key the agency trusts; the others wait, with both fingerprints."""
    by_soate: dict[str, list[VerifiedPackage]] = defaultdict(list)
    for pkg in packages:
        by_soate[pkg.soate].append(pkg)
    trusted: list[VerifiedPackage] = []
    for soate, all_pkgs in sorted(by_soate.items()):
        pkgs = [p for p in all_pkgs if not _signed_for_another(p, registry, result)]
        if not pkgs:
            continue
        known = registry.key_for(soate)
        keys = {p.public_key.raw: p.public_key for p in pkgs}
        owner = registry.other_owner_of(pkgs[0].public_key, soate) if len(keys) == 1 else None
        if known is None and owner is not None:
            # a key registered for another code: after a merger the successor signs with its
            # predecessor's key, which is mapped to the new code only by a person (issue 25)
            for p in pkgs:
                registry.hold(soate, p.public_key, p.path)
                result.verdicts.append(
                    Verdict(
                        p.path,
                        AWAITING_KEY,
                        [
                            UserError(
                                "Packages of {soate} are signed with the key registered for "
                                "{other} (after a merger, the predecessor's key). Nothing of "
                                "{soate} was consolidated. If {other} is part of {soate}, "
                                "compare the fingerprint with the stamped paper report, then: "
                                "msu-agency keys confirm {soate} FINGERPRINT",
                                soate=soate,
                                other=owner,
                            )
                        ],
                        soate,
                        p.period,
                        p.public_key.fingerprint(),
                        "",
                    )
                )
            continue
        if known is None and len(keys) == 1 and not registry.is_held(soate):
            first = pkgs[0]
            registry.register(soate, first.public_key, first.path)
            result.registered.append((soate, first.public_key.fingerprint()))
            trusted.extend(pkgs)
            continue
        if known is None:
            # two keys in one collect, or a conflict still open: register none, hold them all
            for p in pkgs:
                registry.hold(soate, p.public_key, p.path)
            fingerprints = [p.fingerprint for p in registry.pending_for(soate)]
            result.conflicts[soate] = fingerprints
            for p in pkgs:
                fp = p.public_key.fingerprint()
                others = ", ".join(f for f in fingerprints if f != fp)
                result.verdicts.append(
                    Verdict(
                        p.path,
                        AWAITING_KEY,
                        [
                            UserError(
                                "Packages of {soate} are signed by %n different key(s), so none "
                                "was registered. Compare the fingerprints with the stamped "
                                "paper report, then: msu-agency keys confirm {soate} "
                                "FINGERPRINT",
                                soate=soate,
                                n=str(len(fingerprints)),
                            )
                        ],
                        soate,
                        p.period,
                        fp,
                        others,
                    )
                )
            continue
        for p in pkgs:
            if p.public_key.raw == known.raw:
                trusted.append(p)
                continue
            registry.hold(soate, p.public_key, p.path)
            new, old = p.public_key.fingerprint(), known.fingerprint()
            result.key_changes.append((soate, old, new, p.path))
            result.verdicts.append(
                Verdict(
                    p.path,
                    AWAITING_KEY,
                    [
                        UserError(
                            "Signed with a new key ({new}); the registered key is {old}. Confirm "
                            "the new key with the municipality's stamped paper first.",
                            new=new,
                            old=old,
                        ),
                        UserError(
                            "Once it has arrived: msu-agency keys confirm {soate} FINGERPRINT",
                            soate=soate,
                        ),
                    ],
                    soate,
                    p.period,
                    new,
                    old,
                )
            )
    return trusted


def _signed_for_another(pkg: VerifiedPackage, registry: KeyRegistry, result: Collected) -> bool:
    """A package signed with a key that belongs to another municipality is refused in words,
    as the inbox refuses it (one key, one municipality: :meth:`KeyRegistry.signs_for_another`)."""
    other = registry.signs_for_another(pkg.soate, pkg.public_key)
    if other is None:
        return False
    fingerprint = pkg.public_key.fingerprint()
    problem = UserError(
        "The key {fingerprint} that signed this package of {soate} belongs to {other}; one key "
        "signs for one municipality only. The package was not consolidated.",
        fingerprint=fingerprint,
        soate=pkg.soate,
        other=other,
    )
    result.verdicts.append(
        Verdict(pkg.path, REJECTED, [problem], pkg.soate, pkg.period, fingerprint, other)
    )
    return True


def choose_period(result: Collected, today: dt.date, explicit: str | None = None) -> str:
    """The period the report is about: ``explicit`` (it must be one of the plans' periods);
    else, among the periods of the plan that have begun, the one most municipalities reported
    on (the latest of equals; with nothing accepted, the one most refused packages are about);
    with no package at all, the latest period of the plan that has ended. A single package can never move the report to a period of its choosing."""
    specs = {s.id: s for plan in result.plans.values() for s in plan_periods(plan)}
    if explicit:
        if explicit not in specs:
            raise UserError(
                "The period {period} is not a reporting period of the plan.", period=explicit
            )
        return explicit
    counts = Counter(p for _, p in result.accepted if p in specs and specs[p].start <= today)
    if not counts:  # nothing consolidated: the period the refused packages are about
        counts = Counter(
            v.period
            for v in result.verdicts
            if v.period in specs and specs[v.period].start <= today
        )
    if counts:
        return max(counts, key=lambda p: (counts[p], specs[p].start))
    begun = sorted((s for s in specs.values() if s.start <= today), key=lambda s: s.start)
    if begun:
        ended = [s for s in begun if s.end < today]
        return (ended or begun)[-1].id
    return min(specs.values(), key=lambda s: s.start).id if specs else ""


# -- the municipality directory (for "missing") --------------------------------------------
def read_directory_csv(paths: Iterable[Path]) -> list[DirectoryEntry]:
    """СОАТЕ directory CSV files: a soate code column, a name column, rayon and oblast."""
    out: list[DirectoryEntry] = []
    for path in paths:
        if Path(path).suffix.lower() == ".json":  # a directory version (schema 2): with time
            out += _read_directory_json(Path(path))
            continue
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError("Cannot read the directory file {path}.", path=str(path)) from exc
        reader = csv.DictReader(io.StringIO(text))
        fields = [f.lower() for f in reader.fieldnames or []]
        code_f = next((f for f in reader.fieldnames or [] if "soate" in f.lower()), None)
        name_f = next(
            (
                f
                for f in reader.fieldnames or []
                if f.lower() in ("aiyl_aimak_ru", "city_ru", "name_ru", "name")
            ),
            None,
        )
        if not code_f or not name_f:
            raise UserError(
                "The directory file {path} has no СОАТЕ code or name column.", path=str(path)
            )
        rayon_f = next((f for f in reader.fieldnames or [] if f.lower().startswith("rayon")), None)
        oblast_f = next(
            (f for f in reader.fieldnames or [] if f.lower().startswith("oblast")), None
        )
        kind = "city" if "city_ru" in fields else "aiyl_okmotu"
        for row in reader:
            code = (row.get(code_f) or "").strip()
            if not code:
                continue
            out.append(
                DirectoryEntry(
                    soate=code,
                    name=" ".join((row.get(name_f) or "").split()),
                    rayon=" ".join((row.get(rayon_f) or "").split()) if rayon_f else "",
                    oblast=" ".join((row.get(oblast_f) or "").split()) if oblast_f else "",
                    kind=kind,
                )
            )
    return out


def _read_directory_json(path: Path) -> list[DirectoryEntry]:
    from msu_desktop.services import directory as office_directory

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise UserError("Cannot read the directory file {path}.", path=str(path)) from exc
    return [
        DirectoryEntry(
            soate=r.soate,
            name=r.name_ru or r.name_ky,
            rayon=r.rayon,
            oblast=r.oblast,
            kind=r.kind,
            valid_from=r.valid_from,
            valid_until=r.valid_until,
            succeeded=r.succeeded,
        )
        for r in office_directory.parse("directory.json", content)
    ]


# -- consolidation -------------------------------------------------------------------------
@dataclass
class MeasureTotals:
    code: str
    title: dict[str, str]
    reported: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    indicators: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    money: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    unapproved: int = 0  # reports counted here whose period the head had not approved


def approved(pkg: VerifiedPackage) -> bool:
    """The municipality's head approved the period the package reports on."""
    period = pkg.data.get("period") if isinstance(pkg.data, dict) else None
    return isinstance(period, dict) and period.get("state") == "approved"


def _code_key(code: str) -> list[int]:
    return [int(x) if x.isdigit() else 0 for x in code.split(".")]


def _title(plans: dict[str, Plan] | None, pkg: VerifiedPackage, code: str) -> dict[str, str]:
    plan = (plans or {}).get(str(pkg.data.get("plan", {}).get("id")))
    if plan is None:
        return {}
    try:
        return dict(plan.measure(code).title)
    except KeyError:
        return {}


def consolidate(
    packages: Iterable[VerifiedPackage], plans: dict[str, Plan] | None = None
) -> dict[str, MeasureTotals]:
    """Totals per measure from the measures of checked packages; titles from the plan."""
    totals: dict[str, MeasureTotals] = {}
    for pkg in packages:
        for m in pkg.data["measures"]:
            t = totals.get(m["code"])
            if t is None:
                t = totals[m["code"]] = MeasureTotals(m["code"], _title(plans, pkg, m["code"]))
            if m.get("status"):
                t.reported += 1
                t.by_status[m["status"]] += 1
                t.unapproved += not approved(pkg)
            for ind, value in (m.get("indicators") or {}).items():
                t.indicators[ind] += parse_indicator(value) or 0
            for src, value in (m.get("money") or {}).items():
                t.money[src] += parse_money(value) or 0
    return dict(sorted(totals.items(), key=lambda kv: _code_key(kv[0])))


def by_region(packages: Iterable[VerifiedPackage]) -> dict[tuple[str, str], dict[str, Any]]:
    """Per oblast and rayon, recomputed from the measures (never from a package's summary)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pkg in packages:
        muni = pkg.data["municipality"]
        key = (muni.get("oblast") or "—", muni.get("rayon") or "—")
        row = out.setdefault(
            key, {"municipalities": 0, "completed": 0, "reported": 0, "money": Decimal(0)}
        )
        row["municipalities"] += 1
        for m in pkg.data["measures"]:
            if m.get("status"):
                row["reported"] += 1
                row["completed"] += m["status"] == "completed"
            for value in (m.get("money") or {}).values():
                row["money"] += parse_money(value) or 0
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class Former:
    """A municipality that merged into (or was renamed to) another: its past reports are
    shown under its successor."""

    soate: str
    name: str
    successor: DirectoryEntry  # the last one, after a merger and a rename alike

    @property
    def since(self) -> dt.date | None:
        return self.successor.valid_from


def formers(directory: Iterable[DirectoryEntry]) -> dict[str, Former]:
    """Every predecessor code in the directory, with its last successor (a chain of mergers
    and renames followed to its end; a cycle, which a directory package never has, stops)."""
    entries = list(directory)
    names = {e.soate: e.name for e in entries}
    succeeded_by: dict[str, DirectoryEntry] = {}
    for entry in sorted(entries, key=lambda e: e.valid_from or dt.date.min):
        for old in entry.succeeded:
            if old != entry.soate:
                succeeded_by[old] = entry
    out: dict[str, Former] = {}
    for code, successor in succeeded_by.items():
        seen = {code}
        while successor.soate in succeeded_by and successor.soate not in seen:
            seen.add(successor.soate)
            successor = succeeded_by[successor.soate]
        out[code] = Former(code, names.get(code, code), successor)
    return out


def former_text(former: Former, lang: str | None) -> str:
    """ "former Тест-Альфа (417…), part of Тест-Бирдиги (417…) since 01.01.2025"."""
    since = former.since.strftime("%d.%m.%Y") if former.since else "—"
    return tr(
        "Agency",
        "former {name} ({code}), part of {successor} ({successor_code}) since {date}",
        lang,
        name=former.name,
        code=former.soate,
        successor=former.successor.name,
        successor_code=former.successor.soate,
        date=since,
    )


def missing(
    directory: list[DirectoryEntry], result: Collected, period: str
) -> list[DirectoryEntry]:
    have = {soate for soate, p in result.accepted if p == period}
    return [d for d in entries_for_period(directory, period) if d.soate not in have]
