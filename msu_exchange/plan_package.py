"""Plan packages (``.msuplan``): how a new or changed plan travels from the agency to 484
offices on USB sticks, signed; this module is the format and its complete check.

The agency writes one (``msu_agency/plan_build.py``, ``msu-agency build-plan``); the office
checks it here against the agency keys it trusts, shows what would change
(``msu_desktop/services/plan_package/diff.py``) and installs it in one transaction after a
backup (``.../apply.py``). The format is documented in ``docs/plan-package-format.md``.

Order of the check: a safe zip (no traversal, links, bombs) → a small, schema-valid manifest of
a known format → a valid signature by a trusted agency key over the manifest → exactly the
listed files, each with its SHA-256 and size → a schema-valid plan whose id and version match
the manifest → form settings and programme text that pass their schemas and belong to that plan
→ a key rotation signed by a trusted key → a version newer than the installed one. The first
failure raises :class:`PlanPackageRefused` with one sentence that says which.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msu_desktop.domain.plan import Plan
from msu_desktop.errors import InvalidData, UserError
from msu_exchange.documents import check_plan_document, shipped_rules_cover, validate
from msu_exchange.envelope import (
    Envelope,
    EnvelopeProblem,
    Layout,
    open_envelope,
    trusted_signers,
)
from msu_exchange.safe_zip import UnsafeArchive
from msu_exchange.signing.rotation import check_rotation
from msu_exchange.signing.trusted import TrustedKey

FORMAT = "msu-plan-package"
FORMAT_VERSION = 1
EXTENSION = ".msuplan"
MANIFEST = "manifest.json"
SIGNATURE_DIR = "signatures/"
PLAN = "plan.json"
PROGRAMME = "programme.json"
# Form settings a package may carry under forms/, each with the schema it must pass.
FORM_SCHEMAS = {"report_rules.json": "report_rules.schema.json"}
MAX_MANIFEST = 256 * 1024
MAX_PACKAGE_MEMBERS = 60
MAX_UNPACKED = 64 * 1024 * 1024
ROTATION = "key-rotation.json"
ROTATION_SIGNATURE = "key-rotation.json.minisig"
LAYOUT = Layout(
    FORMAT, FORMAT_VERSION, MANIFEST, MAX_MANIFEST, schema="plan_package_manifest.schema.json"
)


class PlanPackageRefused(UserError):
    """A plan package that must not be installed; the message says why."""


@dataclass
class VerifiedPlanPackage:
    path: Path
    manifest: dict[str, Any]
    plan: Plan
    plan_doc: dict[str, Any]
    signers: list[TrustedKey]
    files: dict[str, bytes] = field(default_factory=dict)  # every listed file, verified

    @property
    def plan_sha256(self) -> str:
        return str(self.manifest["files"][PLAN]["sha256"])


def _open(path: Path) -> Envelope:
    try:
        return open_envelope(
            path,
            LAYOUT,
            max_members=MAX_PACKAGE_MEMBERS,
            max_total_uncompressed=MAX_UNPACKED,
            max_member=MAX_UNPACKED,
        )
    except UnsafeArchive as exc:
        raise PlanPackageRefused("The plan package was refused: {reason}", reason=str(exc)) from exc


def _refusal(problem: EnvelopeProblem) -> PlanPackageRefused:
    p = problem.params
    refusals = {
        "no_manifest": lambda: PlanPackageRefused(
            "The file is not a plan package (it has no manifest)."
        ),
        "manifest_too_large": lambda: PlanPackageRefused(
            "The plan package's manifest is too large; the package was refused."
        ),
        "manifest_unreadable": lambda: PlanPackageRefused(
            "The plan package's manifest is not readable."
        ),
        "foreign": lambda: PlanPackageRefused("The file is not a plan package (unknown manifest)."),
        "version": lambda: PlanPackageRefused(
            "The plan package has format version {version}, which this version of the app "
            "does not know. Install a newer MSU Desktop.",
            **p,
        ),
        "manifest_invalid": lambda: PlanPackageRefused(
            "The plan package's manifest is not valid: {detail}", **p
        ),
        "signature_damaged": lambda: PlanPackageRefused(
            "A signature in the plan package is damaged: {reason}", **p
        ),
        "signature_mismatch": lambda: PlanPackageRefused(
            "The plan package was changed after it was signed (the agency's "
            "signature does not match); it was refused."
        ),
        "unlisted": lambda: PlanPackageRefused(
            "The plan package contains a file that its manifest does not list: {name}", **p
        ),
        "missing": lambda: PlanPackageRefused(
            "The plan package is incomplete: {name} is missing.", **p
        ),
        "changed": lambda: PlanPackageRefused(
            "The file {name} in the plan package was changed or damaged; the package was refused.",
            **p,
        ),
    }
    return refusals[problem.kind]()


def _manifest(envelope: Envelope) -> tuple[bytes, dict[str, Any]]:
    try:
        return envelope.manifest()
    except EnvelopeProblem as problem:
        raise _refusal(problem) from problem


def check_documents(files: dict[str, bytes], plan_id: str) -> None:
    """Form settings and the programme text must pass their schemas before anything is stored,
    and the plan must have a report form: its own, or one shipped with the app for it."""
    if "forms/report_rules.json" not in files and not shipped_rules_cover(plan_id):
        raise PlanPackageRefused(
            "The plan package has no report form (forms/report_rules.json) and this version "
            "of the app has none for the plan {plan}, so no report could be filled in; it was "
            "refused.",
            plan=plan_id,
        )
    for name, data in files.items():
        if name.startswith("forms/"):
            schema = FORM_SCHEMAS.get(name[len("forms/") :])
            if schema is None:
                raise PlanPackageRefused(
                    "The plan package carries a form this version of the app does not know: {name}",
                    name=name,
                )
        elif name == PROGRAMME:
            schema = "programme.schema.json"
        else:
            continue
        try:
            doc = json.loads(data.decode("utf-8"))
            validate(doc, schema, name)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PlanPackageRefused(
                "The file {name} in the plan package is not readable.", name=name
            ) from exc
        except InvalidData as exc:
            raise PlanPackageRefused(
                "The file {name} in the plan package is not valid: {detail}",
                name=name,
                detail=str(exc),
            ) from exc
        if name == PROGRAMME and doc.get("plan_id") != plan_id:
            raise PlanPackageRefused(
                "The programme text in the package belongs to another plan ({other}).",
                other=str(doc.get("plan_id")),
            )
        if (
            name == "forms/report_rules.json"
            and doc.get("plan_ids")
            and plan_id not in doc.get("plan_ids", [])
        ):
            raise PlanPackageRefused(
                "The report form in the package is written for other plans ({other}).",
                other=", ".join(map(str, doc["plan_ids"])),
            )


def _check_rotation(files: dict[str, bytes], keys: Sequence[TrustedKey]) -> None:
    """A key-rotation document that travels in the package is checked here, with everything
    else, before anything is installed (and by the dry run): a package whose rotation is not
    signed by a trusted key is refused as a whole."""
    if ROTATION not in files:
        return
    if ROTATION_SIGNATURE not in files:
        raise PlanPackageRefused(
            "The plan package carries a key-rotation document without its signature; it was "
            "refused and nothing was changed."
        )
    try:
        check_rotation(keys, files[ROTATION], files[ROTATION_SIGNATURE].decode("ascii", "replace"))
    except UserError as exc:
        raise PlanPackageRefused(
            "The plan package was refused and nothing was changed: {reason}", reason=str(exc)
        ) from exc


def read_unverified_manifest(path: Path) -> dict[str, Any]:
    """The manifest, without any trust: for the agency's own ``--previous`` bookkeeping."""
    with _open(Path(path)) as z:
        return _manifest(z)[1]


def verify_plan_package(
    path: Path,
    keys: Sequence[TrustedKey],
    *,
    installed_version: int | None = None,
) -> VerifiedPlanPackage:
    """Check everything against the agency ``keys`` trusted for plans (the office's trust
    store hands them in); ``installed_version`` of the same plan id refuses replays."""
    path = Path(path)
    if not path.is_file():
        raise PlanPackageRefused("The file was not found: {path}", path=str(path))
    with _open(path) as envelope:
        raw, manifest = _manifest(envelope)
        signatures = [n for n in envelope.archive.names() if n.startswith(SIGNATURE_DIR)]
        if not signatures:
            raise PlanPackageRefused("The plan package is not signed; it was refused.")
        try:
            texts = [envelope.text(name) for name in signatures]
            signers = trusted_signers(raw, texts, keys)
            if not signers:
                raise PlanPackageRefused(
                    "The plan package is not signed by a trusted agency key; it was refused."
                )
            files = envelope.listed_files(manifest, {*signatures, ROTATION_SIGNATURE})
        except EnvelopeProblem as problem:
            raise _refusal(problem) from problem
        if ROTATION in files and ROTATION_SIGNATURE in envelope.names:
            files[ROTATION_SIGNATURE] = envelope.archive.read(ROTATION_SIGNATURE, limit=8192)
    try:
        plan_doc = json.loads(files[PLAN].decode("utf-8"))
        plan = check_plan_document(plan_doc)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanPackageRefused("The plan in the package is not readable.") from exc
    except InvalidData as exc:
        raise PlanPackageRefused(
            "The plan in the package is not valid: {detail}", detail=str(exc)
        ) from exc
    if plan.plan_id != manifest["plan_id"] or plan.version != manifest["version"]:
        raise PlanPackageRefused("The plan in the package does not match its manifest.")
    check_documents(files, plan.plan_id)
    _check_rotation(files, keys)
    if installed_version is not None and plan.version <= installed_version:
        raise PlanPackageRefused(
            "This package holds version {version} of the plan, but version {installed} is "
            "already installed. An older or the same version is never installed again.",
            version=plan.version,
            installed=installed_version,
        )
    return VerifiedPlanPackage(path, manifest, plan, plan_doc, signers, files)
