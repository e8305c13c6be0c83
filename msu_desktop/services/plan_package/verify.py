"""Checking a plan package completely before anything in it is trusted.

Order: a safe zip (no traversal, links, bombs) → a small, schema-valid manifest of a known format
→ a valid signature by a trusted agency key over the manifest → exactly the listed files, each
with its SHA-256 and size → a schema-valid plan whose id and version match the manifest → form
settings and programme text that pass their schemas and belong to that plan → a version newer
than the installed one. The first failure raises :class:`PlanPackageRefused` with one sentence
that says which.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msu_desktop.domain.plan import Plan
from msu_desktop.errors import InvalidData, UserError
from msu_desktop.services.plan_files import check_plan_document, shipped_rules_cover, validate
from msu_desktop.services.plan_package import (
    FORM_SCHEMAS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST,
    MAX_PACKAGE_MEMBERS,
    MAX_UNPACKED,
    PLAN,
    PROGRAMME,
    SIGNATURE_DIR,
)
from msu_desktop.services.trust import TrustedKey, check_rotation, trusted_keys
from msu_exchange.safe_zip import SafeZip, UnsafeArchive, open_archive
from msu_exchange.signing.minisign import SignatureError, signature_key_id, verify

ROTATION = "key-rotation.json"
ROTATION_SIGNATURE = "key-rotation.json.minisig"


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


def _open(path: Path) -> SafeZip:
    try:
        return open_archive(
            path,
            max_members=MAX_PACKAGE_MEMBERS,
            max_total_uncompressed=MAX_UNPACKED,
            max_member=MAX_UNPACKED,
        )
    except UnsafeArchive as exc:
        raise PlanPackageRefused("The plan package was refused: {reason}", reason=str(exc)) from exc


def _manifest(z: SafeZip) -> tuple[bytes, dict[str, Any]]:
    if MANIFEST not in z.names():
        raise PlanPackageRefused("The file is not a plan package (it has no manifest).")
    if z.size(MANIFEST) > MAX_MANIFEST:
        raise PlanPackageRefused(
            "The plan package's manifest is too large; the package was refused."
        )
    raw = z.read(MANIFEST, limit=MAX_MANIFEST)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanPackageRefused("The plan package's manifest is not readable.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PlanPackageRefused("The file is not a plan package (unknown manifest).")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise PlanPackageRefused(
            "The plan package has format version {version}, which this version of the app "
            "does not know. Install a newer MSU Desktop.",
            version=str(manifest.get("format_version")),
        )
    try:
        validate(manifest, "plan_package_manifest.schema.json", MANIFEST)
    except InvalidData as exc:
        raise PlanPackageRefused(
            "The plan package's manifest is not valid: {detail}", detail=str(exc)
        ) from exc
    return raw, manifest


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


def _check_rotation(files: dict[str, bytes], data_dir: Path) -> None:
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
        check_rotation(
            data_dir, files[ROTATION], files[ROTATION_SIGNATURE].decode("ascii", "replace")
        )
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
    data_dir: Path,
    *,
    installed_version: int | None = None,
) -> VerifiedPlanPackage:
    """Check everything; ``installed_version`` of the same plan id refuses replays."""
    path = Path(path)
    if not path.is_file():
        raise PlanPackageRefused("The file was not found: {path}", path=str(path))
    with _open(path) as z:
        raw, manifest = _manifest(z)
        signatures = [n for n in z.names() if n.startswith(SIGNATURE_DIR)]
        if not signatures:
            raise PlanPackageRefused("The plan package is not signed; it was refused.")
        keys = trusted_keys(data_dir)
        signers: list[TrustedKey] = []
        for name in signatures:
            text = z.read(name, limit=8192).decode("ascii", "replace")
            try:
                key_id = signature_key_id(text)
            except SignatureError as exc:
                raise PlanPackageRefused(
                    "A signature in the plan package is damaged: {reason}", reason=str(exc)
                ) from exc
            for trusted in keys:
                if trusted.key.key_id != key_id:
                    continue
                try:
                    verify(trusted.key, raw, text)
                except SignatureError as exc:
                    raise PlanPackageRefused(
                        "The plan package was changed after it was signed (the agency's "
                        "signature does not match); it was refused."
                    ) from exc
                signers.append(trusted)
        if not signers:
            raise PlanPackageRefused(
                "The plan package is not signed by a trusted agency key; it was refused."
            )
        listed: dict[str, dict[str, Any]] = manifest["files"]
        allowed_extra = {MANIFEST, *signatures, "key-rotation.json.minisig"}
        extra = sorted(set(z.names()) - set(listed) - allowed_extra)
        if extra:
            raise PlanPackageRefused(
                "The plan package contains a file that its manifest does not list: {name}",
                name=extra[0],
            )
        files: dict[str, bytes] = {}
        for name, meta in listed.items():
            if name not in z.names():
                raise PlanPackageRefused(
                    "The plan package is incomplete: {name} is missing.", name=name
                )
            data = z.read(name, limit=int(meta["size"]))
            if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                raise PlanPackageRefused(
                    "The file {name} in the plan package was changed or damaged; the package "
                    "was refused.",
                    name=name,
                )
            files[name] = data
        if "key-rotation.json" in files and "key-rotation.json.minisig" in z.names():
            files["key-rotation.json.minisig"] = z.read("key-rotation.json.minisig", limit=8192)
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
    _check_rotation(files, data_dir)
    if installed_version is not None and plan.version <= installed_version:
        raise PlanPackageRefused(
            "This package holds version {version} of the plan, but version {installed} is "
            "already installed. An older or the same version is never installed again.",
            version=plan.version,
            installed=installed_version,
        )
    return VerifiedPlanPackage(path, manifest, plan, plan_doc, signers, files)
