"""The directory as a signed package of its own (``.msudir``), built by the agency and installed
in the office and at the agency alike.

The envelope (the signed zip, its manifest and signatures) is the exchange layer's
:mod:`msu_exchange.directory_package`; here the directory inside it is made and read: the schema
(data/schema/directory.schema.json, version 2) and a sound succession (no cycle of successors),
checked completely before anything is used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from msu_desktop.domain.municipality import DirectoryRecord, diff_directories
from msu_desktop.errors import UserError
from msu_desktop.services import clock, directory
from msu_exchange.directory_package import (
    DIRECTORY,
    SUFFIX,
    DirectoryPackageRefused,
    open_directory,
    seal_directory,
)
from msu_exchange.signing.minisign import SecretKey
from msu_exchange.signing.trusted import TrustedKey

__all__ = ["SUFFIX", "DirectoryPackageRefused", "VerifiedDirectory", "build", "verify_package"]


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
    return seal_directory(content, keys, out, version=version, issued=issued, issuer=issuer)


def verify_package(path: Path, keys: list[TrustedKey]) -> VerifiedDirectory:
    signed = open_directory(path, keys)
    try:
        records = directory.parse(DIRECTORY, signed.content)
    except UserError as exc:
        raise DirectoryPackageRefused("{reason}", reason=str(exc)) from exc
    return VerifiedDirectory(Path(path), signed.version, signed.issued, records, signed.content)


def diff_lines(old: list[DirectoryRecord], new: list[DirectoryRecord], lang: str) -> list[str]:
    return diff_directories(old, new, lang)
