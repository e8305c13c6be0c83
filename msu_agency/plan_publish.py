"""Publishing a programme from its Action Plan workbook: one path for ``msu-agency plan
check/publish`` and the staff web page.

:func:`read_plan` reads and checks the workbook (and Word tables); :func:`changes` says what
changes against the agency's installed version; :func:`publish` signs the .msuplan and keeps
the plan as the agency's plan: ``<plans>/<plan_id>-v<version>.json`` (what ``collect``, the
staff page and the reports judge by) and ``<plans>/<plan_id>-v<version>.msuplan`` (the package
the inbox offers and the page downloads for USB delivery).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from msu_agency.action_plan import ActionPlan, check, read_docx_tables, read_workbook
from msu_agency.config import AgencyConfig
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import SecretKey


def read_plan(
    workbook: Path,
    docx: list[Path],
    plans: list[Plan],
    deadlines: dict[str, str] | None = None,
) -> tuple[ActionPlan, Plan | None]:
    """The checked workbook, and its plan when there is no problem. ``deadlines`` moves single
    periods' deadlines ({"2031-H2": "20.12.2031"}) as the sheet's ``deadline`` rows do."""
    glossary = max(plans, key=lambda p: (p.valid_from, p.version))
    action = read_workbook(workbook)
    if docx:
        read_docx_tables(action, list(docx))
    for period, day in (deadlines or {}).items():
        action.settings[f"deadline {period}"] = (0, day)
    action = check(action, glossary)
    if action.document is None:
        return action, None
    from msu_exchange.documents import check_plan_document

    return action, check_plan_document(action.document)


def installed_version(plan: Plan, plans: list[Plan]) -> Plan | None:
    same = [p for p in plans if p.plan_id == plan.plan_id]
    return max(same, key=lambda p: p.version) if same else None


def changes(plan: Plan, plans: list[Plan], lang: str) -> list[str]:
    """What changes against the installed version, as lines; refused if not newer."""
    from msu_desktop.services.plan_package.diff import diff_plans

    old = installed_version(plan, plans)
    if old is not None and plan.version <= old.version:
        raise UserError(
            "Version {version} of this plan is not newer than the installed version {installed}; "
            "raise the version in the sheet programme.",
            version=str(plan.version),
            installed=str(old.version),
        )
    return diff_plans(old, plan, lang).lines(lang)


def file_stem(doc: dict[str, Any]) -> str:
    name = f"{doc.get('plan_id', 'plan')}-v{doc.get('version', 0)}"
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def keep_plan(
    config: AgencyConfig, doc: dict[str, Any], forms: dict[str, bytes] | None = None
) -> Path:
    """The plan the agency just signed becomes its installed plan (``plans/``), with the forms
    its package carried (``plans/<stem>.forms/``: the inbox and ``collect`` check the offices'
    reports of a new programme against its report rules, as the offices fill them in)."""
    from msu_agency.config import FORMS_SUFFIX

    path = config.plans_dir / f"{file_stem(doc)}.json"
    config.plans_dir.mkdir(parents=True, exist_ok=True)
    for name, content in (forms or {}).items():
        folder = config.plans_dir / f"{file_stem(doc)}{FORMS_SUFFIX}"
        folder.mkdir(exist_ok=True)
        write_bytes_atomic(folder / f"{name}.json", content)
    write_bytes_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def published_packages(config: AgencyConfig) -> list[Path]:
    """The .msuplan packages the agency published, newest file name last."""
    from msu_exchange.plan_package import EXTENSION

    folder = config.plans_dir
    return sorted(folder.glob(f"*{EXTENSION}")) if folder.is_dir() else []


def publish(
    config: AgencyConfig | None,
    doc: dict[str, Any],
    keys: list[SecretKey],
    out: Path | None = None,
    rotation: tuple[bytes, str] | None = None,
) -> Path:
    """Sign ``doc`` into ``out`` (default: the agency's plans folder) and keep it as the
    agency's plan, the package next to it. Returns the package written."""
    from msu_agency.plan_build import build_plan_package
    from msu_desktop import assets
    from msu_exchange.documents import shipped_rules_cover
    from msu_exchange.plan_package import EXTENSION

    forms: dict[str, bytes] = {}
    plan_id = str(doc.get("plan_id", ""))
    if not shipped_rules_cover(plan_id):  # the shipped form, for this programme
        rules = json.loads(assets.data_path("forms", "report_rules.json").read_text("utf-8"))
        rules["plan_ids"] = [plan_id]
        forms["report_rules"] = json.dumps(rules, ensure_ascii=False, indent=1).encode("utf-8")
    if out is None:
        if config is None:
            raise UserError("The agency is not set up here: run msu-agency init first.")
        out = config.plans_dir / f"{file_stem(doc)}{EXTENSION}"
    out.parent.mkdir(parents=True, exist_ok=True)
    written = build_plan_package(doc, keys, out, forms=forms, key_rotation=rotation)
    if config is not None:
        keep_plan(config, doc, forms)
        kept = config.plans_dir / f"{file_stem(doc)}{EXTENSION}"
        if kept.resolve() != written.resolve():
            shutil.copyfile(written, kept)
        from msu_agency.inbox.published import keep_published

        keep_published(config.data_dir, written)  # the one the inbox offers the offices
    return written


def open_signing_key(path: Path, passphrase: bytes) -> SecretKey:
    """The agency's signing key, opened with its passphrase; a wrong one is said in words."""
    from msu_exchange.signing.minisign import SignatureError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            "The signing key {path} is not on this computer (it is kept offline): insert its "
            "stick and give --key.",
            path=str(path),
        ) from exc
    try:
        return SecretKey.from_pem(data, passphrase or None)
    except SignatureError as exc:
        raise UserError(
            "The passphrase does not open the agency's signing key; nothing was signed."
        ) from exc
