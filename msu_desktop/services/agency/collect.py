"""The agency's side: read every report package in a folder tree (a USB dump, nested folders,
duplicates), verify each, keep the latest sequence of each municipality and period, and
consolidate.

Keys are registered trust-on-first-use in a key registry (a JSON file in the agency's data
folder): the first valid package of a municipality registers its key, with the fingerprint to
compare with the stamped paper; a later package signed with another key is rejected and listed
as a key change until the agency resolves it.

"Late" means: the package was created (its signed ``created`` time, converted to Bishkek time,
UTC+6) after the period's due date (the 15th of the following month, from the plan data). The
report says so; the time a stick reached the agency is not known to the files.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from msu_desktop.domain.period import due_date, half_year_bounds, parse_period_id
from msu_desktop.errors import UserError
from msu_desktop.services.files import write_bytes_atomic
from msu_desktop.services.package import EXTENSION
from msu_desktop.services.package.verify import VerifiedPackage, verify_package
from msu_desktop.services.signing.minisign import PublicKey

BISHKEK = dt.timezone(dt.timedelta(hours=6))
STATUSES = ("completed", "in_progress", "not_started", "not_completed", "not_applicable")


@dataclass
class DirectoryEntry:
    soate: str
    name: str
    rayon: str
    oblast: str
    kind: str = "aiyl_okmotu"


@dataclass
class Collected:
    accepted: dict[tuple[str, str], VerifiedPackage] = field(default_factory=dict)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    superseded: list[Path] = field(default_factory=list)  # older sequences, duplicates
    key_changes: list[tuple[str, str, str, Path]] = field(default_factory=list)
    registered: list[tuple[str, str]] = field(default_factory=list)  # new keys (soate, fp)
    files_seen: int = 0

    def periods(self) -> list[str]:
        return sorted({p for _, p in self.accepted})

    def late(self, due_day: int = 15) -> list[tuple[str, str, dt.datetime, dt.date]]:
        out = []
        for (soate, period), pkg in sorted(self.accepted.items()):
            due = period_due(period, due_day)
            created = dt.datetime.fromisoformat(pkg.manifest["created"]).astimezone(BISHKEK)
            if created.date() > due:
                out.append((soate, period, created, due))
        return out


def period_due(period_id: str, due_day: int = 15) -> dt.date:
    year, half = parse_period_id(period_id)
    return due_date(half_year_bounds(year, half)[1], due_day)


# -- key registry --------------------------------------------------------------------------
class KeyRegistry:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.keys: dict[str, dict[str, str]] = {}
        if self.path.exists():
            try:
                self.keys = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise UserError(
                    "The agency's key registry {path} is damaged.", path=str(self.path)
                ) from exc

    def key_for(self, soate: str) -> PublicKey | None:
        entry = self.keys.get(soate)
        return PublicKey.from_b64(entry["key"]) if entry else None

    def register(self, soate: str, key: PublicKey, package: Path) -> None:
        self.keys[soate] = {
            "key": key.b64,
            "fingerprint": key.fingerprint(),
            "first_package": package.name,
            "registered": dt.datetime.now().isoformat(timespec="seconds"),
        }

    def save(self) -> None:
        payload = json.dumps(self.keys, ensure_ascii=False, indent=1, sort_keys=True)
        write_bytes_atomic(self.path, payload.encode("utf-8"))


def find_packages(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(folder))
    return sorted(p for p in folder.rglob(f"*{EXTENSION}") if p.is_file() and not p.is_symlink())


def collect(
    folder: Path,
    registry: KeyRegistry,
    *,
    period: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Collected:
    result = Collected()
    paths = find_packages(folder)
    seen_hashes: set[str] = set()
    for i, path in enumerate(paths):
        result.files_seen += 1
        if progress:
            progress(i + 1, len(paths))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in seen_hashes:
            result.superseded.append(path)  # the same file twice (copied twice to the stick)
            continue
        seen_hashes.add(digest)
        try:
            pkg = verify_package(path)
        except UserError as exc:
            result.rejected.append((path, str(exc)))
            continue
        if period and pkg.period != period:
            continue
        known = registry.key_for(pkg.soate)
        if known is None:
            registry.register(pkg.soate, pkg.public_key, path)
            result.registered.append((pkg.soate, pkg.public_key.fingerprint()))
        elif known.raw != pkg.public_key.raw:
            result.key_changes.append(
                (pkg.soate, known.fingerprint(), pkg.public_key.fingerprint(), path)
            )
            result.rejected.append(
                (
                    path,
                    UserError(
                        "Signed with a new key ({new}); the registered key is {old}. Confirm "
                        "the new key with the municipality's stamped paper first.",
                        new=pkg.public_key.fingerprint(),
                        old=known.fingerprint(),
                    ).message(),
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
            result.superseded.append(path)
    return result


# -- the municipality directory (for "missing") --------------------------------------------
def read_directory_csv(paths: Iterable[Path]) -> list[DirectoryEntry]:
    """СОАТЕ directory CSV files: a soate code column, a name column, rayon and oblast."""
    out: list[DirectoryEntry] = []
    for path in paths:
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


# -- consolidation -------------------------------------------------------------------------
def _dec(value: Any) -> Decimal:
    try:
        return Decimal(str(value).replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        return Decimal(0)


@dataclass
class MeasureTotals:
    code: str
    title: dict[str, str]
    reported: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    indicators: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    money: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))


def consolidate(packages: Iterable[VerifiedPackage]) -> dict[str, MeasureTotals]:
    totals: dict[str, MeasureTotals] = {}
    for pkg in packages:
        for m in pkg.data["measures"]:
            t = totals.setdefault(m["code"], MeasureTotals(m["code"], m.get("title", {})))
            if m.get("status"):
                t.reported += 1
                t.by_status[m["status"]] += 1
            for ind, value in (m.get("indicators") or {}).items():
                t.indicators[ind] += _dec(value)
            for src, value in (m.get("money") or {}).items():
                t.money[src] += _dec(value)
    return dict(sorted(totals.items(), key=lambda kv: [int(x) for x in kv[0].split(".")]))


def by_region(packages: Iterable[VerifiedPackage]) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pkg in packages:
        muni = pkg.data["municipality"]
        key = (muni.get("oblast") or "—", muni.get("rayon") or "—")
        row = out.setdefault(
            key, {"municipalities": 0, "completed": 0, "reported": 0, "money": Decimal(0)}
        )
        row["municipalities"] += 1
        row["completed"] += pkg.data["summary"]["by_status"].get("completed", 0)
        row["reported"] += pkg.data["summary"]["reported"]
        row["money"] += _dec(pkg.data["summary"]["money_total"] or 0)
    return dict(sorted(out.items()))


def missing(
    directory: list[DirectoryEntry], result: Collected, period: str
) -> list[DirectoryEntry]:
    have = {soate for soate, p in result.accepted if p == period}
    return [d for d in directory if d.soate not in have]
