"""Directory packages (``.msudir``): the municipality directory as a signed envelope of its own,
built by the agency and installed in the office and at the agency alike.

A ``.msudir`` is an envelope (:mod:`msu_exchange.envelope`): ``manifest.json`` (format, version,
issued, issuer, the SHA-256 and size of ``directory.json``), ``signatures/<key id>.minisig`` (the
agency's minisign signatures over the manifest, the same keys as plan packages) and
``directory.json``. This module is the wire format: what is in the directory is read by the
office's ``services/directory.py``, which checks the schema and the succession.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_exchange.envelope import EnvelopeProblem, Layout, open_envelope, seal, trusted_signers
from msu_exchange.safe_zip import UnsafeArchive
from msu_exchange.signing.minisign import SecretKey
from msu_exchange.signing.trusted import TrustedKey

FORMAT = "msu-directory"
FORMAT_VERSION = 1
SUFFIX = ".msudir"
MANIFEST = "manifest.json"
DIRECTORY = "directory.json"
SIGNATURE_DIR = "signatures/"
MAX_DIRECTORY = 8 * 1024 * 1024
LAYOUT = Layout(FORMAT, FORMAT_VERSION, MANIFEST, max_manifest=65536)


class DirectoryPackageRefused(UserError):
    """A directory package that must not be installed; the message says why."""


@dataclass
class SignedDirectory:
    """A directory package whose signature and file were checked; its content not yet read."""

    version: str
    issued: str
    content: bytes


def seal_directory(
    content: bytes,
    keys: Sequence[SecretKey],
    out: Path,
    *,
    version: str,
    issued: dt.date,
    issuer: str = "",
) -> Path:
    """Write ``content`` (a ``directory.json``) as a package signed by every key of ``keys``."""
    if not keys:
        raise UserError("A directory package must be signed with at least one agency key.")
    comment = f"msu-directory version={version}".replace("\n", " ")[:200]

    def sign(raw: bytes) -> list[tuple[str, bytes]]:
        return [
            (
                f"{SIGNATURE_DIR}{k.public_key().key_id_hex}.minisig",
                k.sign(raw, comment, "signature of an MSU directory package").encode("ascii"),
            )
            for k in keys
        ]

    manifest = {"version": version, "issued": issued.isoformat(), "issuer": issuer}
    seal(Path(out), LAYOUT, manifest, sign, [(DIRECTORY, content)])
    return Path(out)


def _refusal(problem: EnvelopeProblem, name: str) -> DirectoryPackageRefused:
    p = problem.params
    if problem.kind == "no_manifest":
        return DirectoryPackageRefused(
            "This is not a directory package (it has no manifest): {name}", name=name
        )
    if problem.kind in ("manifest_too_large", "manifest_unreadable"):
        return DirectoryPackageRefused("The directory package's manifest is not readable.")
    if problem.kind == "foreign":
        return DirectoryPackageRefused("This is not a directory package: {name}", name=name)
    if problem.kind == "version":
        return DirectoryPackageRefused(
            "The directory package is of a format this version does not know; update the app."
        )
    if problem.kind == "signature_damaged":
        return DirectoryPackageRefused(
            "A signature in the directory package is damaged: {reason}", **p
        )
    if problem.kind == "signature_mismatch":
        return DirectoryPackageRefused(
            "The directory package was changed after it was signed; it was refused."
        )
    if problem.kind == "missing" or (problem.kind == "unlisted" and p.get("name") == DIRECTORY):
        return DirectoryPackageRefused("The directory package has no directory.json.")
    if problem.kind == "unlisted":
        return DirectoryPackageRefused("This is not a directory package: {name}", name=name)
    return DirectoryPackageRefused(
        "The directory in the package was changed or damaged; it was refused."
    )


def open_directory(path: Path, keys: Sequence[TrustedKey]) -> SignedDirectory:
    """Check a directory package's envelope: a safe zip, a manifest of this format, a signature
    by a trusted key, exactly ``directory.json`` with its size and SHA-256."""
    path = Path(path)
    if not path.is_file():
        raise DirectoryPackageRefused("The file was not found: {path}", path=str(path))
    try:
        with open_envelope(path, LAYOUT, max_members=20, max_member=MAX_DIRECTORY) as envelope:
            raw, manifest = envelope.manifest()
            signatures = [
                envelope.text(n) for n in sorted(envelope.names) if n.startswith(SIGNATURE_DIR)
            ]
            if not trusted_signers(raw, signatures, keys):
                raise DirectoryPackageRefused(
                    "The directory package is not signed by a trusted agency key; it was refused."
                )
            if DIRECTORY not in (manifest.get("files") or {}):
                raise DirectoryPackageRefused("The directory package has no directory.json.")
            signature_names = {n for n in envelope.names if n.startswith(SIGNATURE_DIR)}
            files = envelope.listed_files(manifest, signature_names)
    except UnsafeArchive as exc:
        raise DirectoryPackageRefused("{reason}", reason=str(exc)) from exc
    except EnvelopeProblem as problem:
        raise _refusal(problem, path.name) from problem
    meta: dict[str, Any] = manifest
    return SignedDirectory(
        str(meta.get("version", "")), str(meta.get("issued", "")), files[DIRECTORY]
    )
