"""Installing a verified plan package: a backup first, then one transaction.

Reports are keyed by (plan id, period, measure code), so they stay attached to their measures;
reports on measures the new version removes are kept (read-only: the report service refuses
edits to a measure the active plan lacks) and :func:`msu_desktop.services.plan_service.removed_measures`
lists them for export. A refused package changes nothing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy import func, select

from msu_desktop.services import backup, plan_service, trust
from msu_desktop.services.plan_package.diff import PlanDiff, diff_plans
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.models.plan import PlanVersion
from msu_exchange.plan_package import (
    PROGRAMME,
    VerifiedPlanPackage,
    read_unverified_manifest,
    verify_plan_package,
)


@dataclass
class PlanImport:
    package: VerifiedPlanPackage
    diff: PlanDiff
    backup: Path | None = None
    applied: bool = False


def installed_version(ws: Workspace, plan_id: str) -> int | None:
    with ws.session() as s:
        return s.scalar(select(func.max(PlanVersion.version)).where(PlanVersion.plan_id == plan_id))


def check_plan_package(ws: Workspace, path: Path) -> PlanImport:
    """Verify and compute the difference; nothing is changed."""
    plan_id = str(read_unverified_manifest(Path(path)).get("plan_id", ""))
    verified = verify_plan_package(
        Path(path),
        trust.trusted_keys(ws.data_dir),
        installed_version=installed_version(ws, plan_id),
    )
    with ws.session() as s:
        same = plan_service.active_plan(s, verified.plan.plan_id)
    old = same or ws.plan()
    diff = diff_plans(old, verified.plan)
    _directory_notes(ws, verified, diff)
    return PlanImport(verified, diff)


def _directory_hook() -> ModuleType | None:
    """The municipality-directory service, when this build has it."""
    try:
        return importlib.import_module("msu_desktop.services.directory")
    except ImportError:
        return None


def _directory_notes(ws: Workspace, verified: VerifiedPlanPackage, diff: PlanDiff) -> None:
    module = _directory_hook()
    describe = getattr(module, "describe_package_directory", None) if module else None
    for name in ("directory.json", "directory.csv"):
        if name in verified.files and describe:
            diff.notes.extend(describe(ws, name, verified.files[name]))


def apply_plan_package(ws: Workspace, path: Path, *, dry_run: bool = False) -> PlanImport:
    result = check_plan_package(ws, path)
    if dry_run:
        return result
    verified = result.package
    result.backup = backup.create_backup(ws, "pre-import")
    module = _directory_hook()
    apply_directory = getattr(module, "apply_package_directory", None) if module else None
    with ws.transaction() as s:
        plan_service.install_plan(
            s,
            verified.plan,
            verified.plan_doc,
            source=f"package {verified.path.name} ({verified.plan_sha256[:12]})",
        )
        # a new programme (2024–2028 after 2018–2023) is what the office works on next; the
        # earlier one stays installed, with its reports, under File → Programme
        plan_service.set_current_plan(s, verified.plan.plan_id)
        for name, data in verified.files.items():
            if name.startswith("forms/") or name == PROGRAMME:
                plan_service.store_plan_document(
                    s, verified.plan.plan_id, name.rsplit("/", 1)[-1], data.decode("utf-8")
                )
        for name in ("directory.json", "directory.csv"):
            if name in verified.files and apply_directory:
                apply_directory(s, name, verified.files[name])
    if "key-rotation.json" in verified.files:
        # checked with everything else before the install (verify_plan_package); this only
        # stores the new key
        trust.apply_rotation(
            ws.data_dir,
            verified.files["key-rotation.json"],
            verified.files["key-rotation.json.minisig"].decode("ascii", "replace"),
        )
    ws.forget_plan()
    result.applied = True
    return result
