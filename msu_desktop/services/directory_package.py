"""The directory as a signed package of its own (``.msudir``), built by the agency and installed
in the office and at the agency alike.

A ``.msudir`` is a zip: ``manifest.json`` (format, version, issued, the SHA-256 and size of
``directory.json``), ``signatures/<key id>.minisig`` (the agency's minisign signature over the
manifest, the same keys as plan packages) and ``directory.json`` (data/schema/directory.schema.json,
version 2). Checked completely before anything is used: a safe zip, a signature by a trusted key,
the listed file's hash, the schema, and a sound succession (no cycle of successors).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.domain.municipality import DirectoryRecord, diff_directories
from msu_desktop.errors import UserError
from msu_desktop.services import clock, directory
from msu_exchange.safe_zip import UnsafeArchive, open_archive, write_archive
from msu_exchange.signing.minisign import SecretKey, SignatureError, signature_key_id, verify
from msu_exchange.signing.trusted import TrustedKey

FORMAT = "msu-directory"
FORMAT_VERSION = 1
SUFFIX = ".msudir"
MANIFEST = "manifest.json"
DIRECTORY = "directory.json"
SIGNATURE_DIR = "signatures/"
MAX_DIRECTORY = 8 * 1024 * 1024


class DirectoryPackageRefused(UserError):
    """A directory package that must not be installed; the message says why."""


@dataclass
class VerifiedDirectory:
    path: Path
    version: str
    issued: str
    records: list[DirectoryRecord]
    content: bytes


def build(
    records: list[DirectoryRecord],
    keys: list[SecretKey],
    out: Path,
    *,
    version: str,
    issuer: str = "",
) -> Path:
    if not keys:
        raise UserError("A directory package must be signed with at least one agency key.")
    directory.check_sound(records)
    issued = clock.real_today()
    content = json.dumps(
        directory.document_of(records, version=version, issued=issued),
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    directory.parse(DIRECTORY, content)  # the schema, as the office will check it
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "version": version,
        "issued": issued.isoformat(),
        "issuer": issuer,
        "files": {DIRECTORY: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}},
    }
    raw = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    comment = f"msu-directory version={version}".replace("\n", " ")[:200]
    sigs = [
        (
            f"{SIGNATURE_DIR}{k.public_key().key_id_hex}.minisig",
            k.sign(raw, comment, "signature of an MSU directory package").encode("ascii"),
        )
        for k in keys
    ]
    write_archive(Path(out), [(MANIFEST, raw), *sigs, (DIRECTORY, content)])
    return Path(out)


def verify_package(path: Path, keys: list[TrustedKey]) -> VerifiedDirectory:
    path = Path(path)
    if not path.is_file():
        raise DirectoryPackageRefused("The file was not found: {path}", path=str(path))
    try:
        with open_archive(path, max_members=20, max_member=MAX_DIRECTORY) as z:
            if MANIFEST not in z.names():
                raise DirectoryPackageRefused(
                    "This is not a directory package (it has no manifest): {name}",
                    name=path.name,
                )
            raw = z.read(MANIFEST, limit=65536)
            try:
                manifest: dict[str, Any] = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise DirectoryPackageRefused(
                    "The directory package's manifest is not readable."
                ) from exc
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise DirectoryPackageRefused(
                    "This is not a directory package: {name}", name=path.name
                )
            if manifest.get("format_version") != FORMAT_VERSION:
                raise DirectoryPackageRefused(
                    "The directory package is of a format this version does not know; "
                    "update the app."
                )
            signed = False
            for name in (n for n in z.names() if n.startswith(SIGNATURE_DIR)):
                text = z.read(name, limit=8192).decode("ascii", "replace")
                try:
                    key_id = signature_key_id(text)
                except SignatureError as exc:
                    raise DirectoryPackageRefused(
                        "A signature in the directory package is damaged: {reason}",
                        reason=str(exc),
                    ) from exc
                for trusted in keys:
                    if trusted.key.key_id != key_id:
                        continue
                    try:
                        verify(trusted.key, raw, text)
                    except SignatureError as exc:
                        raise DirectoryPackageRefused(
                            "The directory package was changed after it was signed; it was refused."
                        ) from exc
                    signed = True
            if not signed:
                raise DirectoryPackageRefused(
                    "The directory package is not signed by a trusted agency key; it was refused."
                )
            meta = (manifest.get("files") or {}).get(DIRECTORY) or {}
            if DIRECTORY not in z.names() or not meta:
                raise DirectoryPackageRefused("The directory package has no directory.json.")
            content = z.read(DIRECTORY, limit=MAX_DIRECTORY)
    except UnsafeArchive as exc:
        raise DirectoryPackageRefused("{reason}", reason=str(exc)) from exc
    if len(content) != meta.get("size") or hashlib.sha256(content).hexdigest() != meta.get(
        "sha256"
    ):
        raise DirectoryPackageRefused(
            "The directory in the package was changed or damaged; it was refused."
        )
    try:
        records = directory.parse(DIRECTORY, content)
    except UserError as exc:
        raise DirectoryPackageRefused("{reason}", reason=str(exc)) from exc
    return VerifiedDirectory(
        path, str(manifest.get("version", "")), str(manifest.get("issued", "")), records, content
    )


def diff_lines(old: list[DirectoryRecord], new: list[DirectoryRecord], lang: str) -> list[str]:
    return diff_directories(old, new, lang)
