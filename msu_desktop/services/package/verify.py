"""Verifying a report package: format, schema, hashes, sizes and the signature.

Used by ``msu-desktop verify`` and by the agency's ``msu-agency collect``. Raises
:class:`PackageInvalid` with ONE sentence that says what is wrong: not a package at all, an
unknown format version, a missing, extra or changed (tampered) file, a bad signature, or a key
other than the one the agency registered for this municipality.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.errors import InvalidData, UserError
from msu_desktop.services.package import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST,
    SIGNATURE,
)
from msu_desktop.services.plan_files import problem_text, validate
from msu_exchange.safe_zip import UnsafeArchive, open_archive
from msu_exchange.signing.minisign import PublicKey, SignatureError, verify


class PackageInvalid(UserError):
    """A report package that does not verify; the message says why."""


@dataclass
class VerifiedPackage:
    path: Path
    manifest: dict[str, Any]
    data: dict[str, Any]
    public_key: PublicKey
    trusted_comment: str

    @property
    def soate(self) -> str:
        return str(self.manifest["municipality"]["soate"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def verify_package(path: Path, trusted_key: PublicKey | None = None) -> VerifiedPackage:
    path = Path(path)
    if not path.is_file():
        raise PackageInvalid("The file was not found: {path}", path=str(path))
    try:
        z = open_archive(path, max_members=5000, max_total_uncompressed=1024 * 1024 * 1024)
    except UnsafeArchive as exc:
        raise PackageInvalid("Not a valid package: {reason}", reason=str(exc)) from exc
    try:
        with z:
            names = set(z.names())
            if MANIFEST not in names:
                raise PackageInvalid("This is not a report package (it has no manifest).")
            if z.size(MANIFEST) > MAX_MANIFEST:
                raise PackageInvalid("The package's manifest is too large.")
            raw = z.read(MANIFEST, limit=MAX_MANIFEST)
            try:
                manifest = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise PackageInvalid("The package's manifest is damaged (tampered file).") from exc
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise PackageInvalid("This is not a report package (unknown manifest).")
            if manifest.get("format_version") != FORMAT_VERSION:
                raise PackageInvalid(
                    "Unknown package format version {version}; a newer MSU Desktop is needed.",
                    version=str(manifest.get("format_version")),
                )
            try:
                validate(manifest, "package_manifest.schema.json", MANIFEST)
            except InvalidData as exc:
                raise PackageInvalid(
                    "The package's manifest is not valid: {detail}", detail=str(exc)
                ) from exc
            if SIGNATURE not in names:
                raise PackageInvalid(
                    "The package is not signed (missing file {name}).", name=SIGNATURE
                )
            key = PublicKey.from_b64(manifest["public_key"])
            if trusted_key is not None and key.raw != trusted_key.raw:
                raise PackageInvalid(
                    "The package is signed with a different key than the one registered for "
                    "this municipality (fingerprint {fingerprint}).",
                    fingerprint=key.fingerprint(),
                )
            sig_text = z.read(SIGNATURE, limit=8192).decode("ascii", "replace")
            try:
                comment = verify(key, raw, sig_text)
            except SignatureError as exc:
                raise PackageInvalid(
                    "Bad signature: the manifest was changed or signed by someone else ({reason})",
                    reason=str(exc),
                ) from exc
            listed: dict[str, dict[str, Any]] = manifest["files"]
            extra = sorted(names - set(listed) - {MANIFEST, SIGNATURE})
            if extra:
                raise PackageInvalid(
                    "The package has a file its manifest does not list: {name}", name=extra[0]
                )
            for name, meta in listed.items():
                if name not in names:
                    raise PackageInvalid("Missing file in the package: {name}", name=name)
                data = z.read(name, limit=int(meta["size"]))
                if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
                    raise PackageInvalid("Tampered file in the package: {name}", name=name)
            if DATA not in listed:
                raise PackageInvalid("Missing file in the package: {name}", name=DATA)
            try:
                data_doc = json.loads(z.read(DATA).decode("utf-8"))
                validate(data_doc, "package_data.schema.json", DATA)
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, InvalidData) as exc:
                raise PackageInvalid(
                    "The package's data.json is not valid: {detail}", detail=problem_text(exc)
                ) from exc
    except UnsafeArchive as exc:
        raise PackageInvalid("Not a valid package: {reason}", reason=str(exc)) from exc
    if data_doc["municipality"]["soate"] != manifest["municipality"]["soate"] or (
        data_doc["period"]["id"] != manifest["period"]
    ):
        raise PackageInvalid("The package's data does not match its manifest.")
    return VerifiedPackage(path, manifest, data_doc, key, comment)
