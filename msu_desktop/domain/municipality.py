"""The municipality using this copy of the app, and the СОАТЕ code rules."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from msu_desktop.i18n import tr

SOATE_RE = re.compile(r"^417\d{11}$")


def soate_problem(code: str) -> str | None:
    """None when ``code`` is a valid 14-digit СОАТЕ code, else the reason in the user's language."""
    code = code.strip()
    if not code:
        return tr("Municipality", "The СОАТЕ code is required: 14 digits, starting with 417.")
    if not code.isdigit():
        return tr("Municipality", "The СОАТЕ code must contain digits only.")
    if len(code) != 14:
        return tr("Municipality", "The СОАТЕ code must have exactly 14 digits.")
    if not code.startswith("417"):
        return tr("Municipality", "A Kyrgyz СОАТЕ code starts with 417.")
    return None


@dataclass
class Municipality:
    soate: str
    name_ky: str
    name_ru: str
    rayon: str = ""
    oblast: str = ""
    kind: str = "aiyl_okmotu"  # aiyl_okmotu | city
    head_name: str = ""
    secretary_name: str = ""

    def name(self, lang: str) -> str:
        return (self.name_ky if lang == "ky" else self.name_ru) or self.name_ru or self.name_ky


# ---------------------------------------------------------------------------------------------
# The directory that knows time
#
# A record is one municipality as it was from ``valid_from`` to ``valid_until`` (both inclusive;
# None = open). ``succeeded`` names the codes it took over: several for a merger, one for a rename
# with a new code. A rename that keeps the code is a second record of the same code whose
# validity starts where the first one's ends. The periods' judgement (who is expected to report)
# and the office's "you were merged into …" both read this.

KINDS = ("aiyl_okmotu", "city")
HEAD_TITLES = {
    "aiyl_okmotu": ("Айыл өкмөтүнүн башчысы", "Глава айыл окмоту"),
    "city": ("Мэр", "Мэр"),
}


@dataclass(frozen=True)
class DirectoryRecord:
    soate: str
    name_ky: str
    name_ru: str
    rayon: str = ""
    oblast: str = ""
    kind: str = "aiyl_okmotu"
    head_title_ky: str = ""
    head_title_ru: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    succeeded: tuple[str, ...] = ()
    decision: str = ""

    def name(self, lang: str) -> str:
        return (self.name_ky if lang == "ky" else self.name_ru) or self.name_ru or self.name_ky

    def head_title(self, lang: str) -> str:
        ky, ru = HEAD_TITLES.get(self.kind, HEAD_TITLES["aiyl_okmotu"])
        if lang == "ky":
            return self.head_title_ky or ky
        return self.head_title_ru or ru

    def valid_on(self, day: dt.date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until

    @property
    def ended(self) -> bool:
        return self.valid_until is not None

    def label(self, lang: str = "ru") -> str:
        return f"{self.name(lang)} ({self.soate})"


def successor_cycle(records: list[DirectoryRecord]) -> list[str] | None:
    """The codes of a cycle of successors (A succeeded by B succeeded by A), or None."""
    edges: dict[str, set[str]] = {}
    for r in records:
        for old in r.succeeded:
            if old != r.soate:
                edges.setdefault(old, set()).add(r.soate)
    state: dict[str, int] = {}  # 1 = on the path, 2 = done

    def visit(code: str, path: list[str]) -> list[str] | None:
        state[code] = 1
        path.append(code)
        for nxt in sorted(edges.get(code, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt, path)
                if found:
                    return found
        path.pop()
        state[code] = 2
        return None

    for code in sorted(edges):
        if code not in state:
            found = visit(code, [])
            if found:
                return found
    return None


def directory_problems(records: list[DirectoryRecord]) -> list[str]:
    """Why a directory version cannot be installed, in the user's language (empty = sound)."""
    problems: list[str] = []
    cycle = successor_cycle(records)
    if cycle:
        problems.append(
            tr(
                "Municipality",
                "The directory has a cycle of successors: {chain}. A municipality cannot "
                "succeed itself; nothing was changed.",
                chain=" → ".join(cycle),
            )
        )
    by_code: dict[str, list[DirectoryRecord]] = {}
    for r in records:
        by_code.setdefault(r.soate, []).append(r)
        if r.valid_from and r.valid_until and r.valid_until < r.valid_from:
            problems.append(
                tr(
                    "Municipality",
                    "{code}: valid until {until} is before valid from {start}.",
                    code=r.soate,
                    until=r.valid_until.isoformat(),
                    start=r.valid_from.isoformat(),
                )
            )
    for code, recs in by_code.items():
        recs = sorted(recs, key=lambda r: r.valid_from or dt.date.min)
        for a, b in itertools.pairwise(recs):
            if a.valid_until is None or (b.valid_from or dt.date.min) <= a.valid_until:
                problems.append(
                    tr(
                        "Municipality",
                        "{code} is listed twice for the same time; each version of a "
                        "municipality needs its own validity.",
                        code=code,
                    )
                )
                break
    return problems


def record_on(records: list[DirectoryRecord], code: str, day: dt.date) -> DirectoryRecord | None:
    for r in records:
        if r.soate == code and r.valid_on(day):
            return r
    return None


def latest_record(records: list[DirectoryRecord], code: str) -> DirectoryRecord | None:
    mine = [r for r in records if r.soate == code]
    if not mine:
        return None
    return max(mine, key=lambda r: (r.valid_until or dt.date.max, r.valid_from or dt.date.min))


def direct_successor(records: list[DirectoryRecord], code: str) -> DirectoryRecord | None:
    """The record that took ``code`` over (a merger, or a rename with a new code)."""
    takers = [r for r in records if code in r.succeeded and r.soate != code]
    if not takers:
        return None
    return min(takers, key=lambda r: r.valid_from or dt.date.min)


def final_successor(records: list[DirectoryRecord], code: str) -> DirectoryRecord | None:
    """Following the successors to the end (A → B → C gives C); None when ``code`` has none.

    A code renamed in place (a later record of the same code) ends at that code's latest record.
    """
    if successor_cycle(records):
        return None
    current = direct_successor(records, code)
    if current is None:
        return None
    seen = {code}
    while True:
        nxt = direct_successor(records, current.soate)
        if nxt is None or nxt.soate in seen:
            return latest_record(records, current.soate) or current
        seen.add(current.soate)
        current = nxt


def renamed_in_place(
    records: list[DirectoryRecord], code: str, since: dt.date | None
) -> DirectoryRecord | None:
    """The latest record of ``code`` when it is a later version than the one valid on ``since``."""
    latest = latest_record(records, code)
    if latest is None or since is None:
        return None
    if latest.valid_from is not None and latest.valid_from > since:
        return latest
    return None


def predecessors(records: list[DirectoryRecord], code: str) -> list[DirectoryRecord]:
    """Every record ``code`` took over, directly or through earlier mergers, oldest first."""
    out: list[DirectoryRecord] = []
    seen: set[str] = {code}
    todo = [c for r in records if r.soate == code for c in r.succeeded if c != code]
    while todo:
        c = todo.pop(0)
        if c in seen:
            continue
        seen.add(c)
        rec = latest_record(records, c)
        if rec is not None:
            out.append(rec)
            todo += [p for p in rec.succeeded if p != c]
    return out


def expected_in_period(
    records: list[DirectoryRecord], start: dt.date, end: dt.date
) -> list[DirectoryRecord]:
    """Who is expected to report for the period ``start``..``end``: every municipality valid on
    its last day. Before a merger the predecessors are expected, from the half-year in which
    the successor exists on the last day, the successor (the predecessors' reports for that
    period, if any arrive, are shown under it)."""
    del start  # the rule reads the period's last day only; kept for the callers' clarity
    seen: set[str] = set()
    out = []
    for r in records:
        if r.valid_on(end) and r.soate not in seen:
            seen.add(r.soate)
            out.append(r)
    return out


def diff_directories(
    old: list[DirectoryRecord], new: list[DirectoryRecord], lang: str = "ru"
) -> list[str]:
    """What installing ``new`` over ``old`` changes, one line each (added, ended, renamed,
    merged), for the user to read before installing."""
    lines: list[str] = []
    old_keys = {(r.soate, r.valid_from): r for r in old}
    new_keys = {(r.soate, r.valid_from): r for r in new}
    for key, r in new_keys.items():
        before = old_keys.get(key)
        if before is None:
            if r.succeeded:
                names = ", ".join(
                    (latest_record(new, c) or latest_record(old, c) or _bare(c)).label(lang)
                    for c in r.succeeded
                )
                lines.append(
                    tr(
                        "Municipality",
                        "New: {name}, from {date}, succeeding {names}.",
                        name=r.label(lang),
                        date=r.valid_from.isoformat() if r.valid_from else "?",
                        names=names,
                    )
                )
            else:
                lines.append(tr("Municipality", "New: {name}.", name=r.label(lang)))
            continue
        if before.valid_until != r.valid_until and r.valid_until is not None:
            lines.append(
                tr(
                    "Municipality",
                    "Ends: {name}, valid until {date}.",
                    name=r.label(lang),
                    date=r.valid_until.isoformat(),
                )
            )
        if (before.name_ru, before.name_ky) != (r.name_ru, r.name_ky):
            lines.append(
                tr(
                    "Municipality",
                    "Renamed: {old} → {new}.",
                    old=before.label(lang),
                    new=r.label(lang),
                )
            )
        elif (before.rayon, before.oblast, before.kind, before.head_title(lang)) != (
            r.rayon,
            r.oblast,
            r.kind,
            r.head_title(lang),
        ):
            lines.append(tr("Municipality", "Changed: {name}.", name=r.label(lang)))
    for key, r in old_keys.items():
        if key not in new_keys:
            lines.append(tr("Municipality", "Removed: {name}.", name=r.label(lang)))
    return lines


def _bare(code: str) -> DirectoryRecord:
    return DirectoryRecord(code, "", code)
