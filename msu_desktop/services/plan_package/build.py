"""Writing a signed plan package (the agency's side, ``msu-agency build-plan``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_desktop.services import clock
from msu_desktop.services.plan_files import check_plan_document, load_json
from msu_desktop.services.plan_package import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PLAN,
    PROGRAMME,
    SIGNATURE_DIR,
)
from msu_desktop.services.plan_package.verify import check_documents
from msu_exchange.safe_zip import write_archive
from msu_exchange.signing.minisign import SecretKey


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def build_plan_package(
    plan_doc: dict[str, Any],
    keys: list[SecretKey],
    out: Path,
    *,
    previous_plan_sha256: str | None = None,
    previous_version: int | None = None,
    directory: tuple[str, bytes] | None = None,
    forms: dict[str, bytes] | None = None,
    programme: bytes | None = None,
    key_rotation: tuple[bytes, str] | None = None,
    issued: dt.date | None = None,
    issuer: str = "",
) -> Path:
    """Sign ``plan_doc`` (checked against the plan schema first) into ``out``.

    ``directory``: (file name ``directory.json`` or ``directory.csv``, content);
    ``forms``: {"report_rules": bytes, ...}; ``programme``: the decree and Programme text
    (data/schema/programme.schema.json); ``key_rotation``: (document, its .minisig text).
    Form settings and the programme are checked against their schemas here, as the app will.
    """
    if not keys:
        raise UserError("A plan package must be signed with at least one agency key.")
    plan = check_plan_document(plan_doc)
    if previous_version is not None and plan.version <= previous_version:
        raise UserError(
            "The plan's version ({version}) must be greater than the previous package's "
            "({previous}).",
            version=plan.version,
            previous=previous_version,
        )
    members: dict[str, bytes] = {PLAN: canonical(plan_doc)}
    if directory:
        name, content = directory
        if name not in ("directory.json", "directory.csv"):
            raise ValueError(name)
        members[name] = content
    for form_name, content in (forms or {}).items():
        members[f"forms/{form_name}.json"] = content
    if programme is not None:
        members[PROGRAMME] = programme
    check_documents(members, plan.plan_id)
    extra: list[tuple[str, bytes]] = []
    if key_rotation:
        members["key-rotation.json"] = key_rotation[0]
        extra.append(("key-rotation.json.minisig", key_rotation[1].encode("utf-8")))
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "plan_id": plan.plan_id,
        "version": plan.version,
        "previous_sha256": previous_plan_sha256,
        "issued": (issued or clock.real_today()).isoformat(),
        "issuer": issuer,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    manifest_bytes = canonical(manifest)
    comment = f"msu-plan-package plan={plan.plan_id} version={plan.version}"
    signatures = [
        (
            f"{SIGNATURE_DIR}{key.public_key().key_id_hex}.minisig",
            key.sign(manifest_bytes, comment, "signature of an MSU plan package").encode("ascii"),
        )
        for key in keys
    ]
    write_archive(
        out,
        [(MANIFEST, manifest_bytes), *signatures, *members.items(), *extra],
    )
    return out


def plan_sha256_of_package(path: Path) -> tuple[str, int]:
    """(sha256 of plan.json, version) of an existing package, for ``--previous``."""
    from msu_desktop.services.plan_package.verify import read_unverified_manifest

    manifest = read_unverified_manifest(path)
    return manifest["files"][PLAN]["sha256"], int(manifest["version"])


def load_plan_json(path: Path) -> dict[str, Any]:
    doc = load_json(path, str(path))
    if not isinstance(doc, dict):
        raise UserError("{path} is not a plan file.", path=str(path))
    return doc
